/* A small grid of text cells rendered as an aligned text table,
 * a GitHub-flavoured Markdown table, or RFC 4180 CSV. */
#include "table.h"

#include <stdlib.h>
#include <string.h>

void gac_table_init(gac_table *t, size_t cols, const char *const *headers, const bool *right)
{
	memset(t, 0, sizeof *t);
	t->cols = cols;
	t->headers = headers;
	t->right = right;
}

void gac_table_free(gac_table *t)
{
	for (size_t i = 0; i < t->rows * t->cols; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t->flags);
	memset(t, 0, sizeof *t);
}

bool gac_table_row(gac_table *t, unsigned flags)
{
	if (t->failed)
		return false;
	if (t->rows == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		char **c = gac_realloc(t->cells, cap * t->cols * sizeof *c);
		if (!c) {
			t->failed = true;
			return false;
		}
		t->cells = c;
		unsigned *f = gac_realloc(t->flags, cap * sizeof *f);
		if (!f) {
			t->failed = true;
			return false;
		}
		t->flags = f;
		t->cap = cap;
	}
	for (size_t i = 0; i < t->cols; i++)
		t->cells[t->rows * t->cols + i] = NULL;
	t->flags[t->rows] = flags;
	t->rows++;
	return true;
}

void gac_table_set(gac_table *t, size_t col, const char *text)
{
	if (t->failed || !t->rows || col >= t->cols)
		return;
	char *d = gac_strdup(text ? text : "");
	if (!d) {
		t->failed = true;
		return;
	}
	char **cell = &t->cells[(t->rows - 1) * t->cols + col];
	free(*cell);
	*cell = d;
}

void gac_table_set_buf(gac_table *t, size_t col, gac_buf *b)
{
	if (b->failed)
		t->failed = true;
	gac_table_set(t, col, b->data ? b->data : "");
	gac_buf_free(b);
}

/* Display width of UTF-8 text: code points, which is right for the
 * Latin text and symbols the reports use. */
static size_t width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

static const char *cell(const gac_table *t, size_t r, size_t c)
{
	const char *s = t->cells[r * t->cols + c];
	return s ? s : "";
}

static void pad(gac_buf *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		gac_buf_putn(b, " ", 1);
}

static void render_text(gac_buf *b, const gac_table *t)
{
	size_t w[32] = {0};
	size_t cols = t->cols < 32 ? t->cols : 32;
	for (size_t c = 0; c < cols; c++) {
		w[c] = width(t->headers[c]);
		for (size_t r = 0; r < t->rows; r++)
			if (!(t->flags[r] & GAC_ROW_NOTE) && width(cell(t, r, c)) > w[c])
				w[c] = width(cell(t, r, c));
	}
	for (size_t r = 0; r <= t->rows; r++) {
		if (r > 0 && (t->flags[r - 1] & GAC_ROW_NOTE)) {
			gac_buf_printf(b, "    %s\n", cell(t, r - 1, 0));
			continue;
		}
		if (r > 0 && (t->flags[r - 1] & GAC_ROW_RULE)) {
			size_t total = 0;
			for (size_t c = 0; c < cols; c++)
				total += w[c] + (c ? 2 : 0);
			for (size_t i = 0; i < total; i++)
				gac_buf_puts(b, "─");
			gac_buf_puts(b, "\n");
		}
		size_t line_start = b->len;
		for (size_t c = 0; c < cols; c++) {
			const char *s = r == 0 ? t->headers[c] : cell(t, r - 1, c);
			size_t sw = width(s);
			if (c)
				pad(b, 2);
			if (t->right[c]) {
				pad(b, w[c] - sw);
				gac_buf_puts(b, s);
			} else {
				gac_buf_puts(b, s);
				if (c + 1 < cols)
					pad(b, w[c] - sw);
			}
		}
		/* no trailing blanks */
		while (!b->failed && b->len > line_start && b->data[b->len - 1] == ' ')
			b->data[--b->len] = '\0';
		gac_buf_puts(b, "\n");
	}
}

/* `cell`: inside a table cell no block (heading, list, quote) can start,
 * so the characters that only act at the start of a line are left as
 * they are and figures read as before: $1,234.50, +10.0%, (removed) */
static void md_escape(gac_buf *b, const char *s, bool cell)
{
	for (const char *p = s; p && *p; p++) {
		switch (*p) {
		case '<': gac_buf_puts(b, "&lt;"); break;
		case '>': gac_buf_puts(b, "&gt;"); break;
		case '&': gac_buf_puts(b, "&amp;"); break;
		/* a zero-width space after it: no mention, the @ still shown */
		case '@': gac_buf_puts(b, "@&#8203;"); break;
		case '\n': case '\r': case '\t': gac_buf_puts(b, " "); break;
		/* no "http://" or "www." for an autolink to start from */
		case ':':
			gac_buf_puts(b, !cell || p[1] == '/' ? "&#58;" : ":");
			break;
		case '.':
			if (!cell || (p - s >= 3 && !strncmp(p - 3, "www", 3)))
				gac_buf_puts(b, cell ? "&#46;" : "\\.");
			else
				gac_buf_puts(b, ".");
			break;
		case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '~':
			gac_buf_putn(b, "\\", 1);
			gac_buf_putn(b, p, 1);
			break;
		case '{': case '}': case '(': case ')': case '#': case '+': case '-': case '!':
			if (!cell)
				gac_buf_putn(b, "\\", 1);
			gac_buf_putn(b, p, 1);
			break;
		default: gac_buf_putn(b, p, 1);
		}
	}
}

void gac_md_text(gac_buf *b, const char *s)
{
	md_escape(b, s, false);
}

void gac_buf_user(gac_buf *b, const char *s, bool md)
{
	if (md)
		gac_md_text(b, s);
	else
		gac_buf_puts(b, s ? s : "");
}

static void md_cell(gac_buf *b, const char *s)
{
	md_escape(b, s, true);
}

static void render_markdown(gac_buf *b, const gac_table *t)
{
	gac_buf_puts(b, "|");
	for (size_t c = 0; c < t->cols; c++) {
		gac_buf_puts(b, " ");
		md_cell(b, t->headers[c]);
		gac_buf_puts(b, " |");
	}
	gac_buf_puts(b, "\n|");
	for (size_t c = 0; c < t->cols; c++)
		gac_buf_puts(b, t->right[c] ? "---:|" : "---|");
	gac_buf_puts(b, "\n");
	for (size_t r = 0; r < t->rows; r++) {
		if (t->flags[r] & GAC_ROW_NOTE) {
			gac_buf_puts(b, "| ");
			gac_buf_puts(b, "<sub>");
			md_cell(b, cell(t, r, 0));
			gac_buf_puts(b, "</sub>");
			for (size_t c = 1; c < t->cols; c++)
				gac_buf_puts(b, " |");
			gac_buf_puts(b, " |\n");
			continue;
		}
		bool bold = t->flags[r] & GAC_ROW_RULE;
		gac_buf_puts(b, "|");
		for (size_t c = 0; c < t->cols; c++) {
			const char *s = cell(t, r, c);
			gac_buf_puts(b, " ");
			if (bold && *s)
				gac_buf_puts(b, "**");
			md_cell(b, s);
			if (bold && *s)
				gac_buf_puts(b, "**");
			gac_buf_puts(b, " |");
		}
		gac_buf_puts(b, "\n");
	}
}

static void csv_field(gac_buf *b, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		gac_buf_puts(b, s);
		return;
	}
	gac_buf_puts(b, "\"");
	for (; *s; s++) {
		if (*s == '"')
			gac_buf_puts(b, "\"\"");
		else
			gac_buf_putn(b, s, 1);
	}
	gac_buf_puts(b, "\"");
}

static void render_csv(gac_buf *b, const gac_table *t)
{
	for (size_t r = 0; r <= t->rows; r++) {
		if (r > 0 && (t->flags[r - 1] & GAC_ROW_NOTE))
			continue;
		for (size_t c = 0; c < t->cols; c++) {
			if (c)
				gac_buf_puts(b, ",");
			csv_field(b, r == 0 ? t->headers[c] : cell(t, r - 1, c));
		}
		gac_buf_puts(b, "\r\n");
	}
}

void gac_table_render(gac_buf *b, const gac_table *t, gac_format f)
{
	if (t->failed) {
		b->failed = true;
		return;
	}
	switch (f) {
	case GAC_FORMAT_MARKDOWN: render_markdown(b, t); break;
	case GAC_FORMAT_CSV: render_csv(b, t); break;
	default: render_text(b, t); break;
	}
}

void gac_csv_field(gac_buf *b, const char *s)
{
	csv_field(b, s ? s : "");
}

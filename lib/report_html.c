/* HTML: one self-contained page from any report's Markdown form, its
 * charts inline as SVG and a footer naming the price sheet and the
 * scenario.  No script, no network, no style sheet but its own; laid
 * out for A4 when printed.
 *
 * The Markdown every report writes is the document: headings, GitHub
 * tables, lists, paragraphs, `code`, **bold**, --explain notes,
 * "Full breakdown" blocks and fenced blocks (calibrate's log).  This file reads that subset and nothing
 * more.  It is safe by construction: the report writers escape every
 * text a user gave (gac_md_text), and here no tag passes through as
 * text goes by: the two the writers use are read only where they put
 * them (<sub> wrapping a whole note cell, <details><summary>...</summary>
 * and </details> as lines of their own), and any other < or & is text. */
#include "table.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char style[] =
	"@page{size:A4;margin:14mm 12mm}\n"
	"body{font:10pt/1.4 \"DejaVu Sans\",\"Liberation Sans\",Arial,Helvetica,sans-serif;color:#111;"
	"max-width:186mm;margin:1.5em auto;padding:0 1em}\n"
	"h1,h2,h3,h4{line-height:1.2;margin:1.1em 0 .4em}h1{font-size:15pt}h2{font-size:13pt}"
	"h3{font-size:12pt}h4{font-size:10.5pt}\n"
	"p{margin:.4em 0}ul,ol{margin:.3em 0;padding-left:1.6em}\n"
	"table{border-collapse:collapse;margin:.5em 0 1em;font-size:9pt;font-variant-numeric:tabular-nums}\n"
	"th,td{border-bottom:1px solid #bbb;padding:.2em .45em;vertical-align:top;text-align:left;"
	"overflow-wrap:anywhere}\n"
	"th{border-bottom:1.5pt solid #333;overflow-wrap:normal}th.r{text-align:right}"
	/* a figure never breaks; a note beside it ("TOO FEW (needs 2 units)")
	 * wraps at its spaces */
	"td.r{text-align:right;overflow-wrap:normal}\n"
	/* many columns: smaller, so that a row still fits the width of A4 */
	"table.wide{font-size:7pt}table.wide th,table.wide td{padding:.15em .25em}"
	"table.wider{font-size:6.5pt}table.wider th,table.wider td{padding:.1em .2em}\n"
	"tr.total td{border-top:1.5pt solid #333;font-weight:bold}\n"
	"tr.note td{border-bottom:0;padding-top:0;color:#333}sub{vertical-align:baseline;font-size:8pt}\n"
	"tr{break-inside:avoid}thead{display:table-header-group}\n"
	"pre{font-size:8pt;line-height:1.3;white-space:pre-wrap;overflow-wrap:anywhere}\n"
	"code{font-family:\"DejaVu Sans Mono\",\"Liberation Mono\",monospace;font-size:90%}\n"
	"figure{margin:1em 0;break-inside:avoid}figure svg{max-width:100%;height:auto}\n"
	"details>summary{font-weight:bold;margin:.4em 0}\n"
	"p.warning{border-left:3pt solid #D55E00;padding:.2em .6em;background:#fdf3ec}\n"
	"footer{margin-top:2em;padding-top:.4em;border-top:1px solid #999;font-size:8pt;color:#444}\n";

/* An entity as the Markdown escaper writes it: &name; or &#digits; */
static size_t entity_len(const char *s)
{
	size_t i = 1;
	if (s[i] == '#') {
		i++;
		if (s[i] == 'x' || s[i] == 'X')
			i++;
		size_t d = i;
		while (isxdigit((unsigned char)s[i]))
			i++;
		if (i == d)
			return 0;
	} else {
		size_t d = i;
		while (isalnum((unsigned char)s[i]))
			i++;
		if (i == d)
			return 0;
	}
	return s[i] == ';' && i < 12 ? i + 1 : 0;
}

/* One character as text. */
static void text_char(gac_buf *b, char ch)
{
	switch (ch) {
	case '<': gac_buf_puts(b, "&lt;"); break;
	case '>': gac_buf_puts(b, "&gt;"); break;
	case '&': gac_buf_puts(b, "&amp;"); break;
	case '"': gac_buf_puts(b, "&quot;"); break;
	default: gac_buf_putn(b, &ch, 1);
	}
}

/* Text with nothing to read in it: every < > & " escaped. */
static void text_plain(gac_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		text_char(b, s[i]);
}

/* Whether ** occurs in s[0..n) (memmem is not C11). */
static bool closes(const char *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++)
		if (s[i] == '*' && s[i + 1] == '*')
			return true;
	return false;
}

/* Inline Markdown of s[0..n): backslash escapes, entities, `code` and
 * **bold**; everything else is text, every < included (the few tags the
 * report writers use are read where they put them: a table's note cell,
 * a line of its own). */
static void inline_md(gac_buf *b, const char *s, size_t n)
{
	bool bold = false;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch == '\\' && i + 1 < n && ispunct((unsigned char)s[i + 1])) {
			text_char(b, s[++i]);
		} else if (ch == '&') {
			size_t e = entity_len(s + i);
			if (e && i + e <= n) {
				gac_buf_putn(b, s + i, e);
				i += e - 1;
			} else {
				gac_buf_puts(b, "&amp;");
			}
		} else if (ch == '`') {
			const char *end = memchr(s + i + 1, '`', n - i - 1);
			if (!end) {
				text_char(b, ch);
				continue;
			}
			gac_buf_puts(b, "<code>");
			text_plain(b, s + i + 1, (size_t)(end - s) - i - 1);
			gac_buf_puts(b, "</code>");
			i = (size_t)(end - s);
		} else if (ch == '*' && i + 1 < n && s[i + 1] == '*') {
			/* ** opens only when a closing ** follows on the line */
			if (bold || closes(s + i + 2, n - i - 2)) {
				gac_buf_puts(b, bold ? "</strong>" : "<strong>");
				bold = !bold;
			} else {
				gac_buf_puts(b, "**");
			}
			i++;
		} else {
			text_char(b, ch);
		}
	}
	if (bold)
		gac_buf_puts(b, "</strong>");
}

/* A line without its end; *next the line after it. */
static size_t line_at(const char *s, const char **next)
{
	const char *nl = strchr(s, '\n');
	size_t n = nl ? (size_t)(nl - s) : strlen(s);
	*next = nl ? nl + 1 : s + n;
	return n;
}

static size_t heading_level(const char *s, size_t n)
{
	size_t h = 0;
	while (h < n && h < 7 && s[h] == '#')
		h++;
	return h >= 1 && h <= 6 && h < n && s[h] == ' ' ? h : 0;
}

/* The cells of a table row: split at each | not escaped or in `code`;
 * up to max of them into cell and len; returns how many there are. */
static size_t split_cells(const char *s, size_t n, const char **cell, size_t *len, size_t max)
{
	size_t i = 0, count = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i < n && s[i] == '|')
		i++;
	size_t start = i;
	bool code = false;
	for (; i <= n; i++) {
		if (i < n && s[i] == '\\' && i + 1 < n) {
			i++;
			continue;
		}
		if (i < n && s[i] == '`')
			code = !code;
		if (i == n || (s[i] == '|' && !code)) {
			size_t a = start, z = i;
			while (a < z && s[a] == ' ')
				a++;
			while (z > a && s[z - 1] == ' ')
				z--;
			if (i == n && a == z)  /* after the last | */
				break;
			if (count < max) {
				cell[count] = s + a;
				len[count] = z - a;
			}
			count++;
			start = i + 1;
		}
	}
	return count;
}

static bool is_delimiter_row(const char *s, size_t n)
{
	bool dash = false;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '-')
			dash = true;
		else if (!strchr("|: \t", s[i]))
			return false;
	}
	return dash;
}

/* a table of more columns is set smaller (class "wide", "wider") */
#define WIDE_COLS 7
#define WIDER_COLS 11

/* A cell that is all bold: a total row. */
static bool all_bold(const char *s, size_t n)
{
	return n >= 4 && !memcmp(s, "**", 2) && !memcmp(s + n - 2, "**", 2);
}

/* A note row of --explain, as gac_table_render writes it: the first cell
 * wrapped whole in <sub>, the others empty. */
static bool note_cell(const char *s, size_t n)
{
	return n >= 11 && !memcmp(s, "<sub>", 5) && !memcmp(s + n - 6, "</sub>", 6);
}

/* The cells of a row into cells (grown as needed); how many, or
 * SIZE_MAX when memory ran out. */
typedef struct row_cells {
	const char **cell;
	size_t *len;
	size_t cap;
} row_cells;

static size_t row_split(row_cells *r, const char *s, size_t n)
{
	size_t count = split_cells(s, n, r->cell, r->len, r->cap);
	if (count <= r->cap)
		return count;
	const char **c = realloc(r->cell, count * sizeof *c);
	if (c)
		r->cell = c;
	size_t *l = c ? realloc(r->len, count * sizeof *l) : NULL;
	if (!c || !l)
		return SIZE_MAX;
	r->len = l;
	r->cap = count;
	return split_cells(s, n, r->cell, r->len, r->cap);
}

/* A GitHub table: header, delimiter, rows, every column however many;
 * returns the text after it. */
static const char *table_block(gac_buf *b, const char *s)
{
	row_cells hr = {0}, dr = {0}, rr = {0};
	bool *right = NULL;
	const char *next, *dnext;
	size_t n = line_at(s, &next);
	size_t cols = row_split(&hr, s, n);
	size_t dn = line_at(next, &dnext);
	size_t dcols = row_split(&dr, next, dn);
	if (cols == SIZE_MAX || dcols == SIZE_MAX || !(right = calloc(cols ? cols : 1, sizeof *right))) {
		b->failed = true;  /* out of memory: the page is not made */
		s = dnext;
		goto done;
	}
	for (size_t k = 0; k < dcols && k < cols; k++)
		right[k] = dr.len[k] > 0 && dr.cell[k][dr.len[k] - 1] == ':';
	gac_buf_puts(b, cols > WIDER_COLS  ? "<table class=\"wider\">\n<thead><tr>"
	                : cols > WIDE_COLS ? "<table class=\"wide\">\n<thead><tr>"
	                                   : "<table>\n<thead><tr>");
	for (size_t k = 0; k < cols; k++) {
		gac_buf_puts(b, right[k] ? "<th class=\"r\">" : "<th>");
		inline_md(b, hr.cell[k], hr.len[k]);
		gac_buf_puts(b, "</th>");
	}
	gac_buf_puts(b, "</tr></thead>\n<tbody>\n");
	s = dnext;
	while (*s == '|') {
		n = line_at(s, &next);
		size_t got = row_split(&rr, s, n);
		if (got == SIZE_MAX) {
			b->failed = true;
			break;
		}
		if (got > 0 && note_cell(rr.cell[0], rr.len[0])) {
			/* the note spans the row, as the text table writes it */
			gac_buf_printf(b, "<tr class=\"note\"><td colspan=\"%zu\"><sub>", cols ? cols : 1);
			inline_md(b, rr.cell[0] + 5, rr.len[0] - 11);
			gac_buf_puts(b, "</sub></td></tr>\n");
		} else {
			/* a total row has a bold first cell */
			gac_buf_puts(b, got > 0 && all_bold(rr.cell[0], rr.len[0]) ? "<tr class=\"total\">" : "<tr>");
			for (size_t k = 0; k < cols || k < got; k++) {
				gac_buf_puts(b, k < cols && right[k] ? "<td class=\"r\">" : "<td>");
				if (k < got)
					inline_md(b, rr.cell[k], rr.len[k]);
				gac_buf_puts(b, "</td>");
			}
			gac_buf_puts(b, "</tr>\n");
		}
		s = next;
	}
	gac_buf_puts(b, "</tbody>\n</table>\n");
done:
	free(hr.cell);
	free(hr.len);
	free(dr.cell);
	free(dr.len);
	free(rr.cell);
	free(rr.len);
	free(right);
	return s;
}

/* A list item's depth (two spaces a level) and where its text starts;
 * 0 when the line is no list item. */
static size_t list_item(const char *s, size_t n, bool *ordered, size_t *text)
{
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	size_t depth = i / 2 + 1;
	if (i + 1 < n && (s[i] == '-' || s[i] == '*') && s[i + 1] == ' ') {
		*ordered = false;
		*text = i + 2;
		return depth;
	}
	size_t d = i;
	while (i < n && isdigit((unsigned char)s[i]))
		i++;
	if (i > d && i + 1 < n && s[i] == '.' && s[i + 1] == ' ') {
		*ordered = true;
		*text = i + 2;
		return depth;
	}
	return 0;
}

/* Lists, nested by indentation; returns the text after them. */
static const char *list_block(gac_buf *b, const char *s)
{
	bool stack[16];
	size_t depth = 0;
	const char *next;
	for (;;) {
		bool ordered = false;
		size_t text = 0, n = line_at(s, &next);
		size_t d = n ? list_item(s, n, &ordered, &text) : 0;
		if (!d) {
			/* a line indented under an item continues it */
			if (n && depth && s[0] == ' ') {
				gac_buf_puts(b, "<br>");
				size_t i = 0;
				while (i < n && s[i] == ' ')
					i++;
				inline_md(b, s + i, n - i);
				s = next;
				continue;
			}
			break;
		}
		if (d > 16)
			d = 16;
		while (depth > d) {
			gac_buf_puts(b, stack[--depth] ? "</li></ol>\n" : "</li></ul>\n");
		}
		if (depth == d) {
			gac_buf_puts(b, "</li>\n");
		} else {
			while (depth < d) {
				stack[depth++] = ordered;
				gac_buf_puts(b, ordered ? "<ol>\n" : "<ul>\n");
			}
		}
		gac_buf_puts(b, "<li>");
		inline_md(b, s + text, n - text);
		s = next;
	}
	while (depth > 0)
		gac_buf_puts(b, stack[--depth] ? "</li></ol>\n" : "</li></ul>\n");
	return s;
}

/* The Markdown document into HTML; `figures` goes in after the first
 * table (the report's main result), or at the end when there is none. */
/* A line that is exactly <details><summary>TEXT</summary>, TEXT without
 * a <, as report_ci.c writes it: the summary's text and length. */
static bool details_line(const char *s, size_t n, const char **text, size_t *len)
{
	static const char open[] = "<details><summary>", close[] = "</summary>";
	size_t o = sizeof open - 1, c = sizeof close - 1;
	if (n < o + c || memcmp(s, open, o) || memcmp(s + n - c, close, c))
		return false;
	*text = s + o;
	*len = n - o - c;
	return !memchr(*text, '<', *len);
}

/* A fence of three or more backticks alone on its line: its length. */
static size_t fence_len(const char *s, size_t n)
{
	size_t k = 0;
	while (k < n && s[k] == '`')
		k++;
	return k >= 3 && k == n ? k : 0;
}

/* A fenced block (a log such as calibrate's): its lines as text in
 * <pre>, up to a fence at least as long; returns the text after it. */
static const char *fenced_block(gac_buf *b, const char *s, size_t fence)
{
	const char *next;
	line_at(s, &next);
	s = next;
	gac_buf_puts(b, "<pre><code>");
	while (*s) {
		size_t n = line_at(s, &next);
		if (fence_len(s, n) >= fence) {
			s = next;
			break;
		}
		text_plain(b, s, n);
		gac_buf_puts(b, "\n");
		s = next;
	}
	gac_buf_puts(b, "</code></pre>\n");
	return s;
}

static void body_md(gac_buf *b, const char *md, const char *figures)
{
	const char *s = md, *next, *summary;
	bool para = false, placed = !figures || !*figures;
	size_t open = 0, slen;  /* <details> open */
	while (*s) {
		size_t n = line_at(s, &next);
		size_t h;
		bool ordered;
		size_t text;
		bool closes = open && n == 10 && !memcmp(s, "</details>", 10);
		size_t fence = fence_len(s, n);
		if (n == 0 || (*s == '|' && n > 1) || (h = heading_level(s, n)) || list_item(s, n, &ordered, &text) ||
		    details_line(s, n, &summary, &slen) || closes || fence) {
			if (para)
				gac_buf_puts(b, "</p>\n");
			para = false;
		}
		if (n == 0) {
			s = next;
		} else if (fence) {
			s = fenced_block(b, s, fence);
		} else if (*s == '|' && is_delimiter_row(next, line_at(next, &(const char *){NULL}))) {
			s = table_block(b, s);
			if (!placed) {
				gac_buf_puts(b, figures);
				placed = true;
			}
		} else if ((h = heading_level(s, n))) {
			gac_buf_printf(b, "<h%zu>", h);
			inline_md(b, s + h + 1, n - h - 1);
			gac_buf_printf(b, "</h%zu>\n", h);
			s = next;
		} else if (list_item(s, n, &ordered, &text)) {
			s = list_block(b, s);
		} else if (details_line(s, n, &summary, &slen)) {
			/* open: a printed page has no button to press */
			gac_buf_puts(b, "<details open><summary>");
			inline_md(b, summary, slen);
			gac_buf_puts(b, "</summary>\n");
			open++;
			s = next;
		} else if (closes) {
			gac_buf_puts(b, "</details>\n");
			open--;
			s = next;
		} else {
			/* lines of a paragraph; one ending in two spaces breaks */
			bool brk = para && s - md >= 3 && s[-2] == ' ' && s[-3] == ' ';
			gac_buf_puts(b, !para ? "<p>" : brk ? "<br>\n" : "\n");
			para = true;
			inline_md(b, s, n);
			s = next;
		}
	}
	if (para)
		gac_buf_puts(b, "</p>\n");
	for (; open; open--)
		gac_buf_puts(b, "</details>\n");
	if (!placed)
		gac_buf_puts(b, figures);
}

/* The text of the first heading, for <title>: its inline Markdown as
 * text (tags dropped). */
static void page_title(gac_buf *b, const char *md)
{
	for (const char *s = md, *next; *s; s = next) {
		size_t n = line_at(s, &next), h = heading_level(s, n);
		if (!h)
			continue;
		gac_buf t = {0};
		inline_md(&t, s + h + 1, n - h - 1);
		const char *x = gac_buf_text(b, &t);
		for (const char *p = x; *p; p++) {
			if (*p == '<') {  /* <code>, <strong> */
				const char *e = strchr(p, '>');
				if (!e)
					break;
				p = e;
				continue;
			}
			gac_buf_putn(b, p, 1);
		}
		gac_buf_free(&t);
		return;
	}
	gac_buf_puts(b, "genaicost report");
}

/* A chart's SVG inline: without its XML declaration, its ids (and the
 * references to them) prefixed so that two charts on a page never share
 * one. */
static gac_status figure_svg(gac_buf *b, const gac_chart *ch, size_t index)
{
	char *svg = NULL;
	size_t len = 0;
	gac_status st = gac_chart_render(&svg, &len, ch, GAC_CHART_SVG);
	if (st != GAC_OK)
		return st;
	const char *s = strstr(svg, "<svg");
	if (!s)
		s = svg;
	char prefix[32];
	snprintf(prefix, sizeof prefix, "c%zu-", index + 1);
	gac_buf_puts(b, "<figure>\n");
	static const char *const refs[] = {" id=\"", "url(#", "href=\"#"};
	bool in_tag = false;  /* ids live in attributes; text is left as it is */
	while (*s) {
		size_t k = 0, kl = 0;
		if (*s == '<' || *s == '>')
			in_tag = *s == '<';
		for (; in_tag && k < 3; k++)
			if (!strncmp(s, refs[k], kl = strlen(refs[k])))
				break;
		if (in_tag && k < 3) {
			gac_buf_putn(b, s, kl);
			gac_buf_puts(b, prefix);
			s += kl;
		} else if (in_tag && !strncmp(s, "aria-labelledby=\"", 17)) {
			/* a list of ids */
			gac_buf_putn(b, s, 17);
			s += 17;
			bool start = true;
			for (; *s && *s != '"'; s++) {
				if (start && *s != ' ')
					gac_buf_puts(b, prefix);
				start = *s == ' ';
				gac_buf_putn(b, s, 1);
			}
		} else {
			gac_buf_putn(b, s, 1);
			s++;
		}
	}
	gac_buf_puts(b, "</figure>\n");
	gac_free(svg);
	return GAC_OK;
}

static void footer_html(gac_buf *b, const gac_sheet *sh, const gac_scenario *sc)
{
	gac_buf_puts(b, "<footer>\n");
	if (sh) {
		gac_buf_puts(b, "Prices: ");
		text_plain(b, gac_sheet_name(sh), strlen(gac_sheet_name(sh)));
		gac_buf_puts(b, " (as of ");
		text_plain(b, gac_sheet_as_of(sh), strlen(gac_sheet_as_of(sh)));
		gac_buf_puts(b, "), sheet hash <code>");
		text_plain(b, gac_sheet_hash(sh), strlen(gac_sheet_hash(sh)));
		gac_buf_puts(b, "</code>");
	}
	if (sc) {
		const char *name = gac_scenario_name(sc);
		gac_buf_puts(b, sh ? " &middot; Scenario: " : "Scenario: ");
		if (name && *name)
			text_plain(b, name, strlen(name));
		else
			gac_buf_puts(b, "(unnamed)");
		gac_buf_puts(b, ", hash <code>");
		text_plain(b, gac_scenario_hash(sc), strlen(gac_scenario_hash(sc)));
		gac_buf_puts(b, "</code>");
	}
	gac_buf_printf(b, "%sMade with genaicost %s.\n</footer>\n", sh || sc ? " &middot; " : "", gac_version());
}

gac_status gac_report_html(char **out, const char *markdown, const char *const *warnings, size_t warning_count,
                           const gac_chart *const *charts, size_t chart_count, const gac_sheet *sheet,
                           const gac_scenario *scenario)
{
	if (out)
		*out = NULL;
	if (!out || !markdown || (chart_count && !charts) || (warning_count && !warnings))
		return GAC_EARG;
	for (size_t i = 0; i < warning_count; i++)
		if (!warnings[i])
			return GAC_EARG;
	for (size_t i = 0; i < chart_count; i++)
		if (!charts[i])
			return GAC_EARG;
	gac_buf fig = {0}, b = {0};
	for (size_t i = 0; i < chart_count; i++) {
		gac_status st = figure_svg(&fig, charts[i], i);
		if (st != GAC_OK) {
			gac_buf_free(&fig);
			return st;
		}
	}
	gac_buf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	                 "<meta name=\"generator\" content=\"genaicost\">\n<title>");
	page_title(&b, markdown);
	gac_buf_puts(&b, "</title>\n<style>\n");
	gac_buf_puts(&b, style);
	gac_buf_puts(&b, "</style>\n</head>\n<body>\n<main>\n");
	/* what the command warned of on standard error, on the page too */
	for (size_t i = 0; i < warning_count; i++) {
		gac_buf_puts(&b, "<p class=\"warning\"><strong>Warning:</strong> ");
		text_plain(&b, warnings[i], strlen(warnings[i]));
		gac_buf_puts(&b, "</p>\n");
	}
	body_md(&b, markdown, gac_buf_text(&b, &fig));
	gac_buf_puts(&b, "</main>\n");
	footer_html(&b, sheet, scenario);
	gac_buf_puts(&b, "</body>\n</html>\n");
	gac_buf_free(&fig);
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

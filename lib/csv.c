/*
 * CSV with libcsv: the only place libcsv is used.  One row reader, two
 * callers: gac_csv_column (one column of a small CSV of historical usage,
 * an `empirical` distribution's csv:, read whole) and gac_csv_stream (the
 * rows of a bill, a plain or gzip file of any size, read 64 KiB at a time
 * through zlib's gzread, which reads plain files as they are).
 *
 * RFC 4180: fields may be quoted, a quote inside doubled, and a quoted field
 * may hold commas and line breaks.  A UTF-8 byte order mark is skipped.  A
 * NUL byte is refused at its line, a malformed quote at the character
 * where it goes wrong, a header that names one column twice at the second.
 * Line numbers count the file's lines (a line break inside quotes too), and
 * columns count characters (UTF-8), not bytes or fields: an error points at
 * the start of the field it is about.
 *
 * libcsv reports a field when it ends, not where it began, so the text is
 * fed one byte at a time and the position of the byte after each field's
 * end is noted as the next field's start.  A row is held until it ends
 * (memory: the longest row, never the file).
 */
#include "internal.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define CHUNK (64u * 1024u)

typedef struct field_at {
	size_t off, len;
	unsigned line, col;
} field_at;

typedef struct reader {
	const char *file;
	gac_error *err;
	gac_status st;
	unsigned line, col;       /* of the next byte fed */
	unsigned fline, fcol;     /* where the field being read began */
	unsigned rline;           /* where the row being read began */
	bool need_start, prev_cr;
	size_t row;               /* rows handed on; row 0 is the header */
	char *text;               /* the row's fields, each NUL-terminated */
	size_t len, cap;
	field_at *f;
	size_t nf, fcap;
	gac_csv_cell *out;       /* the row as handed on */
	size_t out_cap;
	gac_csv_row_fn fn;
	void *user;
} reader;

static gac_status oom(reader *r)
{
	return gac_fail(r->err, GAC_ENOMEM, r->file, r->line, r->col, "out of memory");
}

static void on_field(void *s, size_t len, void *user)
{
	reader *r = user;
	if (r->st != GAC_OK)
		return;
	const char *text = s ? s : "";
	/* a field's text reaches messages: no control character (a quoted
	 * field's line breaks and a tab aside) */
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];
		unsigned cp = c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? c
		              : c == 0x7F ? c
		              : c == 0xC2 && i + 1 < len && (unsigned char)text[i + 1] >= 0x80 &&
		                        (unsigned char)text[i + 1] <= 0x9F ? (unsigned char)text[i + 1] : 0;
		if (cp) {
			r->st = gac_fail(r->err, GAC_EVALUE, r->file, r->fline, r->fcol,
			                 "a control character (U+%04X) in a field", cp);
			return;
		}
	}
	if (r->len + len + 1 > GAC_MAX_LINE_BYTES) {
		r->st = gac_fail(r->err, GAC_ELIMIT, r->file, r->rline, 1, "a row longer than %u bytes",
		                 (unsigned)GAC_MAX_LINE_BYTES);
		return;
	}
	if (r->len + len + 1 > r->cap) {
		size_t cap = r->cap ? r->cap : 256;
		while (cap < r->len + len + 1)
			cap *= 2;
		char *t = gac_realloc(r->text, cap);
		if (!t) {
			r->st = oom(r);
			return;
		}
		r->text = t;
		r->cap = cap;
	}
	if (r->nf == r->fcap) {
		size_t cap = r->fcap ? 2 * r->fcap : 16;
		field_at *f = gac_realloc(r->f, cap * sizeof *f);
		if (!f) {
			r->st = oom(r);
			return;
		}
		r->f = f;
		r->fcap = cap;
	}
	memcpy(r->text + r->len, text, len);
	r->text[r->len + len] = '\0';
	r->f[r->nf++] = (field_at){r->len, len, r->fline, r->fcol};
	r->len += len + 1;
	r->need_start = true;
}

static void on_row(int c, void *user)
{
	(void)c;
	reader *r = user;
	if (r->st != GAC_OK)
		return;
	if (r->row == 0) {
		/* one name twice: which column would a reader mean? */
		for (size_t j = 1; j < r->nf; j++)
			for (size_t i = 0; i < j; i++)
				if (r->f[i].len == r->f[j].len &&
				    !memcmp(r->text + r->f[i].off, r->text + r->f[j].off, r->f[i].len)) {
					r->st = gac_fail(r->err, GAC_ESCHEMA, r->file, r->f[j].line, r->f[j].col,
					                 "the header names column '%.*s' twice (columns %zu and %zu)",
					                 (int)r->f[j].len, r->text + r->f[j].off, i + 1, j + 1);
					return;
				}
	}
	if (r->nf > r->out_cap) {
		gac_csv_cell *o = gac_realloc(r->out, r->nf * sizeof *o);
		if (!o) {
			r->st = oom(r);
			return;
		}
		r->out = o;
		r->out_cap = r->nf;
	}
	for (size_t i = 0; i < r->nf; i++)
		r->out[i] = (gac_csv_cell){r->text + r->f[i].off, r->f[i].len, r->f[i].line, r->f[i].col};
	r->st = r->fn(r->user, r->row, r->out, r->nf, r->rline, r->err);
	r->row++;
	r->nf = 0;
	r->len = 0;
	r->need_start = true;
}

/* Where the byte just fed leaves the next one. */
static void advance(reader *r, unsigned char b)
{
	if (b == '\r' || (b == '\n' && !r->prev_cr)) {
		r->line++;
		r->col = 1;
	} else if (b != '\n' && (b & 0xC0) != 0x80) {
		r->col++;
	}
	r->prev_cr = b == '\r';
}

static void parse_error(reader *r, struct csv_parser *cp)
{
	r->st = csv_error(cp) == CSV_EPARSE
	            ? gac_fail(r->err, GAC_ESYNTAX, r->file, r->line, r->col,
	                       "a misplaced quote (a field holding a quote is written \"a \"\"b\"\"\")")
	            : oom(r);
}

/* Feed n bytes, none of them NUL. */
static void feed(reader *r, struct csv_parser *cp, const unsigned char *p, size_t n)
{
	for (const unsigned char *end = p + n; p < end && r->st == GAC_OK; p++) {
		/* a row starts at its first character, past line ends and blank lines */
		if (r->need_start && !(r->nf == 0 && (*p == '\r' || *p == '\n'))) {
			r->fline = r->line;
			r->fcol = r->col;
			if (r->nf == 0)
				r->rline = r->line;
			r->need_start = false;
		}
		if (csv_parse(cp, p, 1, on_field, on_row, r) != 1 && r->st == GAC_OK)
			parse_error(r, cp);
		advance(r, *p);
	}
}

/* The NUL at p (after feeding what comes before it). */
static void nul_at(reader *r, struct csv_parser *cp, const unsigned char *p, const unsigned char *nul)
{
	feed(r, cp, p, (size_t)(nul - p));
	if (r->st == GAC_OK)
		r->st = gac_fail(r->err, GAC_EVALUE, r->file, r->line, r->col, "a NUL byte: not a text file");
}

static bool start(reader *r, struct csv_parser *cp, const char *file, gac_csv_row_fn fn, void *user,
                  gac_error *err)
{
	memset(r, 0, sizeof *r);
	*r = (reader){.file = file, .err = err, .line = 1, .col = 1, .need_start = true, .fn = fn, .user = user};
	if (csv_init(cp, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		r->st = gac_fail(err, GAC_ENOMEM, file, 0, 0, "out of memory");
		return false;
	}
	csv_set_realloc_func(cp, gac_realloc);
	csv_set_free_func(cp, free);
	return true;
}

static gac_status finish(reader *r, struct csv_parser *cp)
{
	if (r->st == GAC_OK && csv_fini(cp, on_field, on_row, r) != 0 && r->st == GAC_OK)
		r->st = csv_error(cp) == CSV_EPARSE
		            ? gac_fail(r->err, GAC_ESYNTAX, r->file, r->fline, r->fcol, "a quoted field is not closed")
		            : oom(r);
	csv_free(cp);
	free(r->text);
	free(r->f);
	free(r->out);
	return r->st;
}

static const unsigned char bom[3] = {0xEF, 0xBB, 0xBF};

gac_status gac_csv_stream(const char *path, gac_csv_row_fn fn, void *user, gac_error *err)
{
	if (!path || !fn)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no path or no row function");
	errno = 0;
	gzFile gz = gzopen(path, "rb");
	if (!gz)
		return errno ? gac_fail(err, GAC_EIO, path, 0, 0, "cannot open: %s", strerror(errno))
		             : gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	gzbuffer(gz, CHUNK);
	unsigned char *buf = gac_malloc(CHUNK);
	reader r;
	struct csv_parser cp;
	if (!buf) {
		gzclose(gz);
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	}
	if (!start(&r, &cp, path, fn, user, err)) {
		free(buf);
		gzclose(gz);
		return r.st;
	}
	bool first = true;
	while (r.st == GAC_OK) {
		int n = gzread(gz, buf, CHUNK);
		int zerr = Z_OK;
		const char *why = n <= 0 ? gzerror(gz, &zerr) : NULL;
		if (n < 0 || (n == 0 && zerr != Z_OK && zerr != Z_STREAM_END)) {
			/* gzread returns 0 both at the end and on a stream cut short */
			r.st = zerr == Z_MEM_ERROR ? oom(&r)
			       : gac_fail(err, GAC_EIO, path, r.line, 0, "cannot read: %s",
			                  zerr == Z_ERRNO ? strerror(errno) : why);
			break;
		}
		if (n == 0)
			break;
		const unsigned char *p = buf;
		size_t len = (size_t)n;
		/* a UTF-8 byte order mark (as spreadsheets write) is not a character */
		if (first && len >= 3 && !memcmp(p, bom, 3)) {
			p += 3;
			len -= 3;
		}
		first = false;
		const unsigned char *nul = memchr(p, '\0', len);
		if (nul) {
			nul_at(&r, &cp, p, nul);
			break;
		}
		feed(&r, &cp, p, len);
	}
	free(buf);
	gzclose(gz);
	return finish(&r, &cp);
}

/* ---- one column, for empirical distributions ---- */

typedef struct column_reader {
	const char *file, *column;
	long want;                /* the column's index; -1 until the header is read */
	double *values;
	size_t count, cap;
} column_reader;

static gac_status column_row(void *user, size_t row, const gac_csv_cell *f, size_t n, unsigned line,
                             gac_error *err)
{
	column_reader *c = user;
	if (row == 0) {
		for (size_t i = 0; i < n && c->want < 0; i++)
			if (!strcmp(f[i].text, c->column))
				c->want = (long)i;
		/* the caller says where: at the scenario's column: */
		return c->want < 0 ? GAC_ENOTFOUND : GAC_OK;
	}
	/* a short row lacks the column: without this check the row's last
	 * field, from another column, was read as its value */
	if ((size_t)c->want >= n)
		return gac_fail(err, GAC_EVALUE, c->file, line, 1, "column '%s' is missing from this row", c->column);
	const gac_csv_cell *v = &f[c->want];
	double x;
	if (v->len >= 256 || gac_parse_number(&x, v->text, GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK)
		return gac_fail(err, GAC_EVALUE, c->file, v->line, v->col, "column '%s': '%.*s%s' is not a number",
		                c->column, v->len > GAC_SHOWN ? GAC_SHOWN : (int)v->len, v->text,
		                v->len > GAC_SHOWN ? "..." : "");
	if (c->count == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 64;
		double *a = gac_realloc(c->values, cap * sizeof *a);
		if (!a)
			return gac_fail(err, GAC_ENOMEM, c->file, v->line, v->col, "out of memory");
		c->values = a;
		c->cap = cap;
	}
	c->values[c->count++] = x;
	return GAC_OK;
}

gac_status gac_csv_column(double **values, size_t *count, const char *data, size_t len, const char *file,
                          const char *column, gac_error *err)
{
	*values = NULL;
	*count = 0;
	column_reader c = {.file = file, .column = column, .want = -1};
	reader r;
	struct csv_parser cp;
	const unsigned char *p = (const unsigned char *)data;
	if (!start(&r, &cp, file, column_row, &c, err))
		return r.st;
	/* a NUL is no text: refused where it is, not read as the file's end */
	const unsigned char *nul = memchr(p, '\0', len);
	if (nul) {
		for (const unsigned char *q = p; q < nul; q++)
			advance(&r, *q);
		csv_free(&cp);
		return gac_fail(err, GAC_EVALUE, file, r.line, r.col, "a NUL byte: not a text file");
	}
	if (len >= 3 && !memcmp(p, bom, 3)) {
		p += 3;
		len -= 3;
	}
	feed(&r, &cp, p, len);
	gac_status st = finish(&r, &cp);
	/* an empty file: no header, so no column */
	if (st == GAC_OK && c.want < 0)
		st = GAC_ENOTFOUND;
	if (st != GAC_OK) {
		free(c.values);
		return st;
	}
	*values = c.values;
	*count = c.count;
	return GAC_OK;
}

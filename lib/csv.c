/*
 * One column of a CSV file of historical usage (an `empirical`
 * distribution's csv:), read with libcsv: the only place libcsv is used.
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
 * end is noted as the next field's start.
 */
#include "internal.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

typedef struct reader {
	const char *file, *column;
	gac_error *err;
	gac_status st;
	unsigned line, col;       /* of the next byte fed */
	unsigned fline, fcol;     /* where the field being read began */
	unsigned rline;           /* where the row being read began */
	bool need_start, prev_cr;
	size_t row, field;        /* row 0 is the header */
	char **names;             /* the header */
	unsigned *name_col;
	size_t nnames;
	long want;                /* the column's index; -1 until the header is read */
	bool got;                 /* the row has the column */
	double *values;
	size_t count, cap;
} reader;

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
	if (r->row == 0) {
		for (size_t i = 0; i < r->nnames; i++)
			if (strlen(r->names[i]) == len && !memcmp(r->names[i], text, len)) {
				r->st = gac_fail(r->err, GAC_ESCHEMA, r->file, r->fline, r->fcol,
				                 "the header names column '%.*s' twice (columns %zu and %zu)", (int)len, text,
				                 i + 1, r->nnames + 1);
				return;
			}
		char **names = gac_realloc(r->names, (r->nnames + 1) * sizeof *names);
		if (names)
			r->names = names;
		char *name = names ? gac_malloc(len + 1) : NULL;
		if (!name) {
			r->st = gac_fail(r->err, GAC_ENOMEM, r->file, r->fline, r->fcol, "out of memory");
			return;
		}
		memcpy(name, text, len);
		name[len] = '\0';
		r->names[r->nnames++] = name;
	} else if ((long)r->field == r->want) {
		r->got = true;
		char buf[256];
		double v;
		if (len >= sizeof buf || (memcpy(buf, text, len), buf[len] = '\0',
		                          gac_parse_number(&v, buf, GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK)) {
			r->st = gac_fail(r->err, GAC_EVALUE, r->file, r->fline, r->fcol, "column '%s': '%.*s%s' is not a number",
			                 r->column, len > GAC_SHOWN ? GAC_SHOWN : (int)len, text, len > GAC_SHOWN ? "..." : "");
			return;
		}
		if (r->count == r->cap) {
			size_t cap = r->cap ? r->cap * 2 : 64;
			double *a = gac_realloc(r->values, cap * sizeof *a);
			if (!a) {
				r->st = gac_fail(r->err, GAC_ENOMEM, r->file, r->fline, r->fcol, "out of memory");
				return;
			}
			r->values = a;
			r->cap = cap;
		}
		r->values[r->count++] = v;
	}
	r->field++;
	r->need_start = true;
}

static void on_row(int c, void *user)
{
	(void)c;
	reader *r = user;
	if (r->st != GAC_OK)
		return;
	if (r->row == 0) {
		for (size_t i = 0; i < r->nnames && r->want < 0; i++)
			if (!strcmp(r->names[i], r->column))
				r->want = (long)i;
		if (r->want < 0)
			r->st = GAC_ENOTFOUND; /* the caller says where: at the scenario's column: */
	} else if (!r->got) {
		/* a short row lacks the column: without this check the row's last
		 * field, from another column, was read as its value */
		r->st = gac_fail(r->err, GAC_EVALUE, r->file, r->rline, 1, "column '%s' is missing from this row",
		                 r->column);
	}
	r->row++;
	r->field = 0;
	r->got = false;
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

gac_status gac_csv_column(double **values, size_t *count, const char *data, size_t len, const char *file,
                          const char *column, gac_error *err)
{
	*values = NULL;
	*count = 0;
	reader r = {.file = file, .column = column, .err = err, .line = 1, .col = 1, .need_start = true, .want = -1};
	const unsigned char *p = (const unsigned char *)data, *end = p + len;
	/* a NUL is no text: refused where it is, not read as the file's end */
	const unsigned char *nul = memchr(p, '\0', len);
	if (nul) {
		for (const unsigned char *q = p; q < nul; q++)
			advance(&r, *q);
		return gac_fail(err, GAC_EVALUE, file, r.line, r.col, "a NUL byte: not a text file");
	}
	/* a UTF-8 byte order mark (as spreadsheets write) is not a character */
	if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		p += 3;
	struct csv_parser cp;
	if (csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		return gac_fail(err, GAC_ENOMEM, file, 0, 0, "out of memory");
	csv_set_realloc_func(&cp, gac_realloc);
	csv_set_free_func(&cp, free);
	for (; p < end && r.st == GAC_OK; p++) {
		/* a row starts at its first character, past line ends and blank lines */
		if (r.need_start && !(r.field == 0 && (*p == '\r' || *p == '\n'))) {
			r.fline = r.line;
			r.fcol = r.col;
			if (r.field == 0)
				r.rline = r.line;
			r.need_start = false;
		}
		if (csv_parse(&cp, p, 1, on_field, on_row, &r) != 1 && r.st == GAC_OK) {
			r.st = csv_error(&cp) == CSV_EPARSE
			           ? gac_fail(err, GAC_ESYNTAX, file, r.line, r.col,
			                      "a misplaced quote (a field holding a quote is written \"a \"\"b\"\"\")")
			           : gac_fail(err, GAC_ENOMEM, file, r.line, r.col, "out of memory");
		}
		advance(&r, *p);
	}
	if (r.st == GAC_OK && csv_fini(&cp, on_field, on_row, &r) != 0 && r.st == GAC_OK)
		r.st = csv_error(&cp) == CSV_EPARSE
		           ? gac_fail(err, GAC_ESYNTAX, file, r.fline, r.fcol, "a quoted field is not closed")
		           : gac_fail(err, GAC_ENOMEM, file, r.line, r.col, "out of memory");
	csv_free(&cp);
	/* an empty file: no header, so no column */
	if (r.st == GAC_OK && r.want < 0)
		r.st = GAC_ENOTFOUND;
	for (size_t i = 0; i < r.nnames; i++)
		free(r.names[i]);
	free(r.names);
	if (r.st != GAC_OK) {
		free(r.values);
		return r.st;
	}
	*values = r.values;
	*count = r.count;
	return GAC_OK;
}

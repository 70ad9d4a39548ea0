/* libFuzzer harness: the CSV reader of empirical distributions
 * (lib/csv.c), checking its contract: the first line of the input names
 * the column to read and the rest is the file; a value comes only with
 * GAC_OK and is finite, an error in the file carries a line and a column
 * inside it (a column only with a line), and "no such column" has no
 * message. */
#include <genaicost.h>

#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t clen = nl ? (size_t)(nl - data) : 0;
	if (!nl || clen > 64 || memchr(data, '\0', clen))
		return 0;
	char column[65];
	memcpy(column, data, clen);
	column[clen] = '\0';
	const char *text = (const char *)nl + 1;
	size_t len = size - clen - 1;
	/* the lines the text has, for the bound on a reported line */
	size_t lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == len || text[i + 1] != '\n'));
	double *v = NULL;
	size_t n = 0;
	gac_error e;
	memset(&e, 0, sizeof e);
	gac_status st = gac_csv_column(&v, &n, text, len, "f.csv", column, &e);
	if (st == GAC_OK) {
		if (n && !v)
			abort();
		for (size_t i = 0; i < n; i++)
			if (!isfinite(v[i]))
				abort();
		free(v);
	} else {
		if (v || n)
			abort(); /* nothing handed out on failure */
		if (st == GAC_ENOTFOUND) {
			if (e.message[0])
				abort();
		} else if (st == GAC_EVALUE || st == GAC_ESYNTAX || st == GAC_ESCHEMA) {
			if (e.line < 1 || e.line > lines || e.column < 1 || e.column > len + 1 || strcmp(e.file, "f.csv"))
				abort();
		} else if (st != GAC_ENOMEM) {
			abort();
		}
	}
	return 0;
}

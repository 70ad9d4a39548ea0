/* Text grids for reports (internal). */
#ifndef GAC_TABLE_H
#define GAC_TABLE_H

#include "internal.h"

#define GAC_ROW_RULE 0x1u   /* a rule above the row (totals); bold in Markdown */
#define GAC_ROW_NOTE 0x2u   /* a free-text line under the previous row (column 0) */

typedef struct gac_table {
	size_t cols, rows, cap;
	const char *const *headers;
	const bool *right;       /* right-align column */
	char **cells;
	unsigned *flags;
	bool failed;
} gac_table;

GAC_HIDDEN void gac_table_init(gac_table *t, size_t cols, const char *const *headers, const bool *right);
GAC_HIDDEN void gac_table_free(gac_table *t);
GAC_HIDDEN bool gac_table_row(gac_table *t, unsigned flags);
GAC_HIDDEN void gac_table_set(gac_table *t, size_t col, const char *text);
/* Set from a buffer and release the buffer. */
GAC_HIDDEN void gac_table_set_buf(gac_table *t, size_t col, gac_buf *b);
GAC_HIDDEN void gac_table_render(gac_buf *b, const gac_table *t, gac_format f);

#endif

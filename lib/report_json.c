/* What every JSON report shares: figures that refuse inf and NaN, and the
 * dump into the library's own allocation. */
#include "table.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Set when a figure could not be written: jansson refuses inf and NaN,
 * and a report that failed for that is not out of memory. */
static _Thread_local bool json_nonfinite;

json_t *gac_jreal(double v)
{
	if (!isfinite(v)) {
		json_nonfinite = true;
		return NULL;
	}
	return json_real(v);
}

json_t *gac_jnum(double v)
{
	return isnan(v) ? json_null() : gac_jreal(v);
}

gac_status gac_json_status(const char *out)
{
	bool nonfinite = json_nonfinite;
	json_nonfinite = false;
	return out ? GAC_OK : nonfinite ? GAC_ERANGE : GAC_ENOMEM;
}

/* jansson's text, handed back as our own allocation with a newline */
/* json_dumps can lose bytes when its buffer fails to grow: jansson 2.14
 * ignores that failure for object keys and goes on, so an out-of-memory
 * run printed a report with a key missing and exit 0 (make fault-test).
 * Dumped into our own buffer, any failed append stays failed. */
int gac_json_dump_to_buf(const char *text, size_t size, void *data)
{
	gac_buf *b = data;
	gac_buf_putn(b, text, size);
	return b->failed ? -1 : 0;
}

char *gac_json_finish(json_t *root)
{
	gac_buf b = {0};
	int rc = root ? json_dump_callback(root, gac_json_dump_to_buf, &b, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	                                                          JSON_REAL_PRECISION(17))
	              : -1;
	json_decref(root);
	gac_buf_puts(&b, "\n");
	if (rc != 0 || b.failed) {
		gac_buf_free(&b);
		return NULL;
	}
	return gac_buf_take(&b);
}

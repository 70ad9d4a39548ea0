/* The formats a report can be written in: the one table of them. */
#include "table.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

gac_status gac_format_parse(gac_format *out, const char *name)
{
	static const char *const names[] = {"table", "json", "csv", "markdown"};
	if (!out || !name)
		return GAC_EARG;
	for (int i = 0; i < 4; i++)
		if (!strcmp(name, names[i])) {
			*out = (gac_format)i;
			return GAC_OK;
		}
	if (!strcmp(name, "md")) {
		*out = GAC_FORMAT_MARKDOWN;
		return GAC_OK;
	}
	return GAC_EVALUE;
}

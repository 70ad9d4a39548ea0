/* libFuzzer harness: gac_parse_number under each combination of flags,
 * checking its contract: a value is produced only with GAC_OK, is finite,
 * and is never negative under GAC_NUM_NONNEG. */
#include <genaicost.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* the parser takes NUL-terminated text; an embedded NUL just ends it early */
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	for (unsigned flags = 0; flags < 8; flags++) {
		const double sentinel = -12345.678;
		double v = sentinel;
		gac_status st = gac_parse_number(&v, text, flags);
		if (st == GAC_OK) {
			if (!isfinite(v))
				abort();
			if ((flags & GAC_NUM_NONNEG) && v < 0)
				abort();
		} else {
			if (st != GAC_EVALUE && st != GAC_ERANGE)
				abort();
			if (memcmp(&v, &sentinel, sizeof v) != 0)
				abort();  /* out is documented as untouched on error */
		}
	}
	free(text);
	return 0;
}

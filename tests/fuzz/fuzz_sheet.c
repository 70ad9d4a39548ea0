/* libFuzzer harness: price sheets from memory (gac_sheet_load_buffer),
 * then every model in every region it lists, and the models report, so
 * the accessors run over whatever a hostile sheet managed to load. */
#include <genaicost.h>

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gac_sheet *sheet = NULL;
	gac_error err;
	if (gac_sheet_load_buffer(&sheet, (const char *)data, size, "fuzz.yaml", &err) != GAC_OK)
		return 0;
	size_t n = gac_sheet_model_count(sheet);
	for (size_t i = 0; i < n; i++) {
		gac_model_info info;
		(void)gac_sheet_model(&info, sheet, i, NULL);
		for (size_t r = 0; r < info.region_count; r++) {
			const char *region = gac_sheet_model_region(sheet, i, r);
			if (region)
				(void)gac_sheet_model(&info, sheet, i, region);
		}
		size_t found;
		(void)gac_sheet_find(&found, sheet, info.id);
	}
	char *text = NULL;
	if (gac_report_models(&text, sheet, NULL, NULL, GAC_FORMAT_TABLE) == GAC_OK)
		free(text);
	text = NULL;
	if (gac_report_models(&text, sheet, NULL, NULL, GAC_FORMAT_JSON) == GAC_OK)
		free(text);
	gac_sheet_free(sheet);
	return 0;
}

/* libFuzzer harness: price sheets from memory (gac_sheet_load_buffer),
 * then every model in every region it lists, the models report, and an
 * estimate of a small scenario that uses the sheet's first models, so
 * the accessors and the engine run over whatever prices a hostile sheet
 * managed to load. */
#include <genaicost.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One workload per model (at most 8), in the first model's first region. */
static void price(const gac_sheet *sheet, size_t n)
{
	gac_scenario *sc = NULL;
	if (n == 0 || gac_scenario_new(&sc, "fuzz") != GAC_OK)
		return;
	const char *region = gac_sheet_model_region(sheet, 0, 0);
	if (region)
		(void)gac_scenario_set(sc, "region", region, NULL);
	for (size_t i = 0; i < n && i < 8; i++) {
		gac_model_info info = GAC_MODEL_INFO_INIT;
		char name[16], path[64];
		if (gac_sheet_model(&info, sheet, i, NULL) != GAC_OK)
			continue;
		snprintf(name, sizeof name, "w%zu", i);
		if (gac_scenario_add_workload(sc, name, info.id) != GAC_OK)
			continue;
		snprintf(path, sizeof path, "workloads.%s.requests_per_month", name);
		(void)gac_scenario_set(sc, path, "1M", NULL);
		snprintf(path, sizeof path, "workloads.%s.input_tokens", name);
		(void)gac_scenario_set(sc, path, "1500", NULL);
		snprintf(path, sizeof path, "workloads.%s.output_tokens", name);
		(void)gac_scenario_set(sc, path, "400", NULL);
	}
	gac_result *res = NULL;
	gac_error err;
	if (gac_estimate(&res, sc, sheet, &err) == GAC_OK) {
		char *text = NULL;
		if (gac_report(&text, res, sc, sheet, GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN) == GAC_OK)
			gac_free(text);
	}
	gac_result_free(res);
	gac_scenario_free(sc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gac_sheet *sheet = NULL;
	gac_error err;
	if (gac_sheet_load_buffer(&sheet, (const char *)data, size, "fuzz.yaml", &err) != GAC_OK)
		return 0;
	size_t n = gac_sheet_model_count(sheet);
	for (size_t i = 0; i < n; i++) {
		gac_model_info info = GAC_MODEL_INFO_INIT;
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
		gac_free(text);
	text = NULL;
	if (gac_report_models(&text, sheet, NULL, NULL, GAC_FORMAT_JSON) == GAC_OK)
		gac_free(text);
	price(sheet, n);
	gac_sheet_free(sheet);
	return 0;
}

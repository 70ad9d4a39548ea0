/* libFuzzer harness: scenarios from memory (gac_scenario_load_buffer);
 * a scenario that loads is cloned, priced against the bundled sheet
 * (loaded once) and reported, so the engine sees every value the loader
 * lets through.  GAC_FUZZ_SHEET names another sheet. */
#include <genaicost.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef GAC_FUZZ_SHEET_PATH
#define GAC_FUZZ_SHEET_PATH "pricing/aws-bedrock.yaml"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* reachable from a global for the whole run, so LeakSanitizer leaves it be */
static gac_sheet *sheet;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	const char *path = getenv("GAC_FUZZ_SHEET");
	gac_error err;
	if (gac_sheet_load_file(&sheet, path ? path : GAC_FUZZ_SHEET_PATH, &err) != GAC_OK) {
		/* the harness, not the library, reports: without a sheet it tests nothing */
		fprintf(stderr, "fuzz_scenario: %s:%u:%u: %s\n", err.file, err.line, err.column, err.message);
		exit(2);
	}
	return 0;
}

static void price(const gac_scenario *sc)
{
	gac_result *res = NULL;
	gac_error err;
	if (gac_estimate(&res, sc, sheet, &err) == GAC_OK) {
		char *text = NULL;
		if (gac_report(&text, res, sc, sheet, GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN) == GAC_OK)
			gac_free(text);
		text = NULL;
		if (gac_report(&text, res, sc, sheet, GAC_FORMAT_JSON, 0) == GAC_OK)
			gac_free(text);
	}
	gac_result_free(res);
	double total;
	(void)gac_estimate_total(&total, sc, sheet, &err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gac_scenario *sc = NULL;
	gac_error err;
	if (gac_scenario_load_buffer(&sc, (const char *)data, size, "fuzz.yaml", &err) != GAC_OK)
		return 0;
	gac_scenario *copy = NULL;
	if (gac_scenario_clone(&copy, sc) == GAC_OK) {
		price(copy);
		/* every parameter reads back as text on the copy */
		size_t n = gac_scenario_param_count(copy);
		for (size_t i = 0; i < n && i < 64; i++) {
			char *v = NULL;
			if (gac_scenario_get_text(&v, copy, gac_scenario_param_path(copy, i)) == GAC_OK)
				gac_free(v);
		}
	}
	gac_scenario_free(copy);
	price(sc);
	gac_snapshot *snap = NULL;
	if (gac_snapshot_price(&snap, sc, sheet, &err) == GAC_OK)
		gac_snapshot_free(snap);
	gac_scenario_free(sc);
	return 0;
}

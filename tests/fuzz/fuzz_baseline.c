/* libFuzzer harness: saved JSON reports read back as baselines
 * (gac_snapshot_load_buffer); one that loads is diffed against itself,
 * which walks every entry and line it holds. */
#include <genaicost.h>

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gac_snapshot *snap = NULL;
	gac_error err;
	if (gac_snapshot_load_buffer(&snap, (const char *)data, size, "fuzz.json", &err) != GAC_OK)
		return 0;
	(void)gac_snapshot_provenance(snap);
	size_t n = gac_snapshot_count(snap);
	for (size_t i = 0; i < n; i++)
		(void)gac_snapshot_find(snap, gac_snapshot_name(snap, i));
	char *text = NULL;
	if (gac_report_diff(&text, snap, snap, NULL, GAC_FORMAT_JSON, GAC_REPORT_ALL) == GAC_OK)
		gac_free(text);
	text = NULL;
	if (gac_report_diff(&text, snap, snap, NULL, GAC_FORMAT_TABLE, 0) == GAC_OK)
		gac_free(text);
	gac_snapshot_free(snap);
	return 0;
}

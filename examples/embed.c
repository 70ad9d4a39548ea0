/* Using libgenaicost from C: price a scenario and print its lines.
 *
 *   cc embed.c $(pkg-config --cflags --libs genaicost) -o embed
 *   ./embed examples/chatbot.yaml [PRICE-SHEET-DIR]
 *
 * Without PRICE-SHEET-DIR the library searches GENAICOST_PRICING_PATH,
 * then the sheets installed with it (gac_pricing_dirs).
 */
#include <genaicost.h>

#include <stdio.h>
#include <stdlib.h>

static int fail(gac_status st, const gac_error *e)
{
	if (e->line)
		fprintf(stderr, "embed: %s:%u:%u: %s\n", e->file, e->line, e->column, e->message);
	else
		fprintf(stderr, "embed: %s: %s\n", e->file[0] ? e->file : gac_strerror(st), e->message);
	return 1;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: embed SCENARIO [PRICE-SHEET-DIR]\n");
		return 2;
	}
	const char *given[] = {argc > 2 ? argv[2] : NULL, NULL};
	const char *const *dirs = argc > 2 ? given : NULL;
	gac_error err;
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_result *res = NULL;
	char *path = NULL;
	gac_status st;
	int rc = 1;

	if ((st = gac_scenario_load_file(&sc, argv[1], &err)) != GAC_OK) {
		rc = fail(st, &err);
		goto out;
	}
	/* the scenario's pricing: (or aws-bedrock), inside its directory or dirs
	 * (NULL: the library's own directories) */
	if ((st = gac_scenario_sheet_resolve(&path, sc, dirs, &err)) != GAC_OK ||
	    (st = gac_sheet_load_file(&sheet, path, &err)) != GAC_OK ||
	    (st = gac_estimate(&res, sc, sheet, &err)) != GAC_OK) {
		rc = fail(st, &err);
		goto out;
	}
	for (size_t i = 0; i < gac_result_line_count(res); i++) {
		const gac_line *l = gac_result_line(res, i);
		printf("%-12s %-22s %14.2f %s\n", l->workload, l->component, l->cost,
		       gac_result_currency(res));
	}
	printf("total %.2f %s per month (libgenaicost %s, prices as of %s)\n", gac_result_total(res),
	       gac_result_currency(res), gac_version(), gac_sheet_as_of(sheet));
	rc = 0;
out:
	gac_result_free(res);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	gac_free(path);
	return rc;
}

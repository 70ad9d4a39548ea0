/* genaicost validate: check price sheets and scenarios.  A scenario is
 * also priced, so unknown models, regions and missing prices show up. */
#include "cli.h"

#include <stdbool.h>

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost validate [--pricing FILE|NAME] FILE...\n\n"
	        "Check price sheets and scenarios; a scenario is priced against its sheet\n"
	        "(or --pricing) so unknown models, regions and missing prices are caught.\n"
	        "Prints one line per file; exits 3 if any file is invalid.\n\n"
	        "Options:\n"
	        "  --pricing FILE|NAME    price scenarios with this sheet instead of their own\n"
	        "  -h, --help             this help\n");
}

static int validate_one(cli *c, const char *path, const char *pricing)
{
	gac_error e;
	gac_file_kind kind;
	gac_status st = gac_file_kind_of(&kind, path, &e);
	if (st != GAC_OK)
		return report_error(c, st, &e);
	if (kind == GAC_FILE_PRICESHEET) {
		gac_sheet *s = NULL;
		st = gac_sheet_load_file(&s, path, &e);
		if (st != GAC_OK)
			return report_error(c, st, &e);
		fprintf(c->out, "%s: ok: price sheet %s, as of %s, %zu models\n", path, gac_sheet_name(s),
		        gac_sheet_as_of(s), gac_sheet_model_count(s));
		gac_sheet_free(s);
		return EXIT_OK;
	}
	gac_scenario *sc = NULL;
	int rc = load_scenario(c, &sc, path);
	if (rc != EXIT_OK)
		return rc;
	gac_sheet *sheet = NULL;
	rc = load_scenario_sheet(c, &sheet, pricing, sc);
	if (rc == EXIT_OK) {
		/* the baseline and every option must price */
		gac_comparison *cmp = NULL;
		st = gac_compare(&cmp, sc, sheet, &e);
		/* and what its uncertain inputs can reach, as simulate checks */
		if (st == GAC_OK)
			st = gac_scenario_check_uncertain(sc, &e);
		if (st != GAC_OK)
			rc = report_error(c, st, &e);
		else {
			/* a baseline is matched to its scenario by name: say when there is none */
			bool named = gac_scenario_name(sc)[0] != '\0';
			if (!named)
				fprintf(c->err, "genaicost: %s: warning: the scenario has no name: reports, baselines and "
				        "check tell scenarios apart by it; add name: at the top\n", path);
			fprintf(c->out, "%s: ok: scenario %s, %zu workload%s, %zu option%s, priced with %s\n", path,
			        named ? gac_scenario_name(sc) : "(no name)", gac_scenario_workload_count(sc),
			        gac_scenario_workload_count(sc) == 1 ? "" : "s", gac_scenario_option_count(sc),
			        gac_scenario_option_count(sc) == 1 ? "" : "s", gac_sheet_name(sheet));
		}
		gac_comparison_free(cmp);
	}
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	return rc;
}

int cmd_validate(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *pricing = NULL;
	int kind, files = 0, worst = EXIT_OK;
	args_init(&a, argc, argv);
	/* options first, so a bad option is a usage error before any work */
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2) {
			files++;
			continue;
		}
		if (!strcmp(a.opt, "-h") || !strcmp(a.opt, "--help")) {
			usage(c);
			return EXIT_OK;
		}
		if (strcmp(a.opt, "--pricing"))
			return usage_error(c, "validate", "unknown option '%s'", a.opt);
		if (!(pricing = args_value(c, &a)))
			return EXIT_USAGE;
	}
	if (!files)
		return usage_error(c, "validate", "validate needs at least one FILE");
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 1) {
			args_value(c, &a);
			continue;
		}
		int rc = validate_one(c, pos, pricing);
		/* the worst outcome wins: I/O (4) over invalid (3) */
		if (rc > worst)
			worst = rc;
	}
	return worst;
}

/* genaicost forecast: the months ahead with growth, seasonality and
 * commitments. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost forecast SCENARIO --months N [options]\n\n"
	        "Price the next N months: each workload's requests grow by its\n"
	        "growth_per_month (compound), times forecast.seasonality; during a\n"
	        "forecast.commitments entry the deployment runs as that option.\n\n"
	        "Options:\n"
	        "  --months N             months to forecast, 1 to 600\n"
	        "  --set PATH=VALUE       change the scenario first (repeatable)\n"
	        "  --pricing FILE|NAME    price sheet\n"
	        "  --format F             table | json | csv | markdown (default table)\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

int cmd_forecast(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *file = NULL, *pricing = NULL, *output = NULL;
	size_t months = 0;
	gac_format format = GAC_FORMAT_TABLE;
	const char **sets = calloc((size_t)argc + 1, sizeof *sets);
	size_t nsets = 0;
	int kind, rc = EXIT_OK;
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_forecast *fc = NULL;
	char *text = NULL;
	gac_error e;
	if (!sets) {
		fprintf(c->err, "genaicost: out of memory\n");
		return EXIT_IO;
	}
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2) {
			if (file) {
				rc = usage_error(c, "forecast", "forecast takes one SCENARIO");
				goto done;
			}
			file = pos;
			continue;
		}
		const char *o = a.opt, *v;
		if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
			usage(c);
			goto done;
		}
		if (strcmp(o, "--months") && strcmp(o, "--set") && strcmp(o, "--pricing") && strcmp(o, "--format") &&
		    strcmp(o, "-o") && strcmp(o, "--output")) {
			rc = usage_error(c, "forecast", "unknown option '%s'", o);
			goto done;
		}
		if (!(v = args_value(c, &a))) {
			rc = EXIT_USAGE;
			goto done;
		}
		if (!strcmp(o, "--months")) {
			double n;
			if (gac_parse_number(&n, v, 0) != GAC_OK || n < 1 || n > 600 || n != (double)(size_t)n) {
				rc = usage_error(c, "forecast", "--months takes a whole number from 1 to 600 (got '%s')", v);
				goto done;
			}
			months = (size_t)n;
		} else if (!strcmp(o, "--set"))
			sets[nsets++] = v;
		else if (!strcmp(o, "--pricing"))
			pricing = v;
		else if (!strcmp(o, "--format")) {
			if (gac_format_parse(&format, v) != GAC_OK) {
				rc = usage_error(c, "forecast", "unknown format '%s' (table, json, csv, markdown)", v);
				goto done;
			}
		} else
			output = v;
	}
	if (!file || !months) {
		rc = usage_error(c, "forecast", "forecast needs a SCENARIO and --months N");
		goto done;
	}
	gac_status st = gac_scenario_load_file(&sc, file, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	for (size_t i = 0; i < nsets; i++)
		if ((rc = apply_set_arg(c, sc, sets[i], "forecast")) != EXIT_OK)
			goto done;
	rc = load_sheet(c, &sheet, pricing ? pricing : gac_scenario_pricing(sc), pricing ? NULL : gac_scenario_dir(sc));
	if (rc != EXIT_OK)
		goto done;
	if ((st = gac_forecast_run(&fc, sc, sheet, months, &e)) != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if (gac_report_forecast(&text, fc, gac_sheet_currency(sheet), format) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	rc = emit(c, text, output);
done:
	free(text);
	gac_forecast_free(fc);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	free(sets);
	return rc;
}

/* genaicost sensitivity: which inputs move the bill most (a tornado). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost sensitivity SCENARIO [--swing 20%%] [options]\n\n"
	        "Move every numeric input down and up by the swing, price both, and rank\n"
	        "the inputs by how much the monthly total moves, drawn as a tornado.\n\n"
	        "Options:\n"
	        "  --swing S              how far to move each input: 20%% (default) or 0.2\n"
	        "  --set PATH=VALUE       change the scenario first (repeatable)\n"
	        "  --pricing FILE|NAME    price sheet\n"
	        "  --format F             table | json | csv | markdown (default table)\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

int cmd_sensitivity(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *file = NULL, *pricing = NULL, *output = NULL;
	double swing = 0.2;
	gac_format format = GAC_FORMAT_TABLE;
	const char **sets = calloc((size_t)argc + 1, sizeof *sets);
	size_t nsets = 0;
	int kind, rc = EXIT_OK;
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_sensitivity *sens = NULL;
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
				rc = usage_error(c, "sensitivity", "sensitivity takes one SCENARIO");
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
		if (strcmp(o, "--swing") && strcmp(o, "--set") && strcmp(o, "--pricing") && strcmp(o, "--format") &&
		    strcmp(o, "-o") && strcmp(o, "--output")) {
			rc = usage_error(c, "sensitivity", "unknown option '%s'", o);
			goto done;
		}
		if (!(v = args_value(c, &a))) {
			rc = EXIT_USAGE;
			goto done;
		}
		if (!strcmp(o, "--swing")) {
			if (gac_parse_number(&swing, v, GAC_NUM_PERCENT) != GAC_OK || !(swing > 0 && swing < 1)) {
				rc = usage_error(c, "sensitivity", "--swing is a fraction above 0 and below 1, such as 20%% "
				                                   "(got '%s')", v);
				goto done;
			}
		} else if (!strcmp(o, "--set"))
			sets[nsets++] = v;
		else if (!strcmp(o, "--pricing"))
			pricing = v;
		else if (!strcmp(o, "--format")) {
			if (gac_format_parse(&format, v) != GAC_OK) {
				rc = usage_error(c, "sensitivity", "unknown format '%s' (table, json, csv, markdown)", v);
				goto done;
			}
		} else
			output = v;
	}
	if (!file) {
		rc = usage_error(c, "sensitivity", "sensitivity needs a SCENARIO");
		goto done;
	}
	gac_status st = gac_scenario_load_file(&sc, file, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	for (size_t i = 0; i < nsets; i++)
		if ((rc = apply_set_arg(c, sc, sets[i], "sensitivity")) != EXIT_OK)
			goto done;
	rc = load_sheet(c, &sheet, pricing ? pricing : gac_scenario_pricing(sc), pricing ? NULL : gac_scenario_dir(sc));
	if (rc != EXIT_OK)
		goto done;
	if ((st = gac_sensitivity_run(&sens, sc, sheet, swing, &e)) != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if (gac_report_sensitivity(&text, sens, swing, gac_sheet_currency(sheet), format) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	rc = emit(c, text, output);
done:
	free(text);
	gac_sensitivity_free(sens);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	free(sets);
	return rc;
}

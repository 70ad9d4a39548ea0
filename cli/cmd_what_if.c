/* genaicost what-if: the scenario as written against the scenario with
 * changes, line by line; with --sweep, every option's total across a
 * range of one or two parameters. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost what-if SCENARIO --set PATH=VALUE... [options]\n"
	        "       genaicost what-if SCENARIO --sweep PATH=LO:HI:STEPS[:log] [--sweep ...]\n\n"
	        "Compare the scenario with changed inputs: both totals and every line item\n"
	        "that moved.  With --sweep, price every option at each point of a range of\n"
	        "one parameter (or a grid of two).\n\n"
	        "Options:\n"
	        "  --set PATH=VALUE       a change to compare against the baseline (repeatable)\n"
	        "  --sweep PATH=LO:HI:STEPS[:log]\n"
	        "                         vary PATH over STEPS points (2 or more), evenly or\n"
	        "                         logarithmically spaced; give two for a grid\n"
	        "  --pricing FILE|NAME    price sheet\n"
	        "  --format F             table | json | csv | markdown (default table)\n"
	        "  --explain              list unchanged line items too\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

int cmd_what_if(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *file = NULL, *pricing = NULL, *output = NULL;
	gac_format format = GAC_FORMAT_TABLE;
	unsigned flags = 0;
	const char **sets = calloc((size_t)argc + 1, sizeof *sets);
	const char **sweeps = calloc((size_t)argc + 1, sizeof *sweeps);
	size_t nsets = 0, nsweeps = 0;
	int kind, rc = EXIT_OK;
	gac_scenario *sc = NULL, *changed = NULL;
	gac_sheet *sheet = NULL;
	gac_result *before = NULL, *after = NULL;
	char *text = NULL;
	gac_error e;
	if (!sets || !sweeps) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2) {
			if (file) {
				rc = usage_error(c, "what-if", "what-if takes one SCENARIO");
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
		if (!strcmp(o, "--explain")) {
			flags |= GAC_REPORT_EXPLAIN;
			continue;
		}
		if (strcmp(o, "--set") && strcmp(o, "--sweep") && strcmp(o, "--pricing") && strcmp(o, "--format") &&
		    strcmp(o, "-o") && strcmp(o, "--output")) {
			rc = usage_error(c, "what-if", "unknown option '%s'", o);
			goto done;
		}
		if (!(v = args_value(c, &a))) {
			rc = EXIT_USAGE;
			goto done;
		}
		if (!strcmp(o, "--set"))
			sets[nsets++] = v;
		else if (!strcmp(o, "--sweep"))
			sweeps[nsweeps++] = v;
		else if (!strcmp(o, "--pricing"))
			pricing = v;
		else if (!strcmp(o, "--format")) {
			if (gac_format_parse(&format, v) != GAC_OK) {
				rc = usage_error(c, "what-if", "unknown format '%s' (table, json, csv, markdown)", v);
				goto done;
			}
		} else
			output = v;
	}
	if (!file) {
		rc = usage_error(c, "what-if", "what-if needs a SCENARIO");
		goto done;
	}
	if (!nsets && !nsweeps) {
		rc = usage_error(c, "what-if", "give at least one --set PATH=VALUE or --sweep");
		goto done;
	}
	if (nsweeps > 2) {
		rc = usage_error(c, "what-if", "at most two --sweep (a grid)");
		goto done;
	}
	gac_status st = gac_scenario_load_file(&sc, file, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	rc = load_sheet(c, &sheet, pricing ? pricing : gac_scenario_pricing(sc), pricing ? NULL : gac_scenario_dir(sc));
	if (rc != EXIT_OK)
		goto done;
	if (nsweeps) {
		/* --set changes the scenario the sweep runs on */
		for (size_t i = 0; i < nsets; i++)
			if ((rc = apply_set_arg(c, sc, sets[i], "what-if")) != EXIT_OK)
				goto done;
		rc = run_sweep(c, sc, sheet, sweeps, nsweeps, format, output);
		goto done;
	}
	if (gac_scenario_clone(&changed, sc) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	for (size_t i = 0; i < nsets; i++)
		if ((rc = apply_set_arg(c, changed, sets[i], "what-if")) != EXIT_OK)
			goto done;
	if ((st = gac_estimate(&before, sc, sheet, &e)) != GAC_OK ||
	    (st = gac_estimate(&after, changed, sheet, &e)) != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if (gac_report_what_if(&text, before, after, sets, nsets, format, flags) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	rc = emit(c, text, output);
done:
	free(text);
	gac_result_free(before);
	gac_result_free(after);
	gac_scenario_free(changed);
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
	free(sets);
	free(sweeps);
	return rc;
}

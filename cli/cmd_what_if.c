/* genaicost what-if: the scenario as written against the scenario with
 * changes, line by line; with --sweep, every option's total across a
 * range of one parameter or a grid of two. */
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
	        "  --format F             table | json | csv | markdown | html (default table)\n"
	        "  --explain              each changed line's formula before and after, the\n"
	        "                         totals unrounded, unchanged lines listed too; with\n"
	        "                         --sweep, how the points are spaced and priced\n"
	        "  --chart FILE           with --sweep, also draw a line per option (one sweep) or\n"
	        "                         a heat map per option (two) as FILE.svg, .png or .pdf\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

typedef struct sweep_list {
	const char **specs;
	size_t count;
} sweep_list;

static int take(cli *c, void *ctx, const char *opt, const char *v)
{
	sweep_list *sl = ctx;
	(void)c;
	(void)opt;  /* --sweep, the only one */
	sl->specs[sl->count++] = v;
	return EXIT_OK;
}

int cmd_what_if(cli *c, int argc, char **argv)
{
	common_opts co;
	const char **sweeps = calloc((size_t)argc + 1, sizeof *sweeps);
	size_t nsweeps = 0;
	int rc = common_init(c, &co, "what-if", argc);
	gac_scenario *sc = NULL, *changed = NULL;
	gac_sheet *sheet = NULL;
	gac_result *before = NULL, *after = NULL;
	char *text = NULL;
	gac_error e;
	if (rc != EXIT_OK || !sweeps) {
		free(sweeps);
		common_done(&co);
		if (rc == EXIT_OK)
			fprintf(c->err, "genaicost: out of memory\n");
		return EXIT_IO;
	}
	co.explain_ok = true;
	co.chart_ok = true;
	static const cmd_opt own[] = {{"--sweep", true}, {NULL, false}};
	sweep_list sl = {sweeps, 0};
	if (!parse_args(c, &co, argc, argv, own, take, &sl, usage, &rc))
		goto done;
	nsweeps = sl.count;
	if (!co.file) {
		rc = usage_error(c, co.cmd, "what-if needs a SCENARIO");
		goto done;
	}
	if (!co.nsets && !nsweeps) {
		rc = usage_error(c, co.cmd, "give at least one --set PATH=VALUE or --sweep");
		goto done;
	}
	if (nsweeps > 2) {
		rc = usage_error(c, co.cmd, "at most two --sweep (a grid)");
		goto done;
	}
	if (co.chart && !nsweeps) {
		rc = usage_error(c, co.cmd, "what-if draws a chart of a --sweep only: a --set alone has none");
		goto done;
	}
	if (nsweeps) {
		/* --set changes the scenario the sweep runs on */
		if ((rc = common_load(c, &co, &sc, &sheet)) == EXIT_OK)
			rc = run_sweep(c, sc, sheet, sweeps, nsweeps, co.format, co.flags, co.output, co.chart);
		goto done;
	}
	/* the baseline as written; the changes go to a copy */
	size_t nsets = co.nsets;
	co.nsets = 0;
	rc = common_load(c, &co, &sc, &sheet);
	co.nsets = nsets;
	if (rc != EXIT_OK)
		goto done;
	if (gac_scenario_clone(&changed, sc) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	for (size_t i = 0; i < co.nsets; i++)
		if ((rc = apply_set_arg(c, changed, co.sets[i], co.cmd)) != EXIT_OK)
			goto done;
	gac_status st;
	if ((st = gac_estimate(&before, sc, sheet, &e)) != GAC_OK ||
	    (st = gac_estimate(&after, changed, sheet, &e)) != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if (gac_report_what_if(&text, before, after, co.sets, co.nsets, report_format(co.format), co.flags) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	rc = emit_report(c, co.format, text, co.output, GAC_OK, NULL, NULL, sheet, sc);
done:
	gac_free(text);
	gac_result_free(before);
	gac_result_free(after);
	gac_scenario_free(changed);
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
	common_done(&co);
	free(sweeps);
	return rc;
}

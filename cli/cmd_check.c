/* genaicost check: the cost gate for CI.  Exit 0 when every threshold
 * holds, 1 when any is breached, and 2, 3 or 4 only for a broken run, so
 * a pipeline can tell "too expensive" from "broken". */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost check SCENARIO [options]\n\n"
	        "Judge the scenario's budget thresholds (its budget: section, and the flags\n"
	        "below): exit 0 when all hold, 1 when any is breached; 2, 3 and 4 mean the\n"
	        "run itself failed (usage, invalid input, I/O).\n\n"
	        "Options:\n"
	        "  --budget X             monthly budget for the scenario as written (budget.monthly)\n"
	        "  --baseline FILE        a saved JSON report (estimate, compare or check\n"
	        "                         --format json) to measure increases against\n"
	        "  --max-increase L       the most the total may rise over the baseline: 10%%\n"
	        "                         (budget.max_increase_percent) or an amount\n"
	        "                         (budget.max_increase); needs --baseline\n"
	        "  --percentile P         judge budgets on the P-th percentile of a simulation of\n"
	        "                         the scenario's uncertain inputs (budget.percentile)\n"
	        "  --trials N, --seed S, --threads T   the simulation (defaults 10000, 1, all)\n"
	        "  --pricing FILE|NAME    price sheet (default: the scenario's, else aws-bedrock)\n"
	        "  --set PATH=VALUE       change a parameter first (repeatable)\n"
	        "  --format F             table | json | csv | markdown (default table);\n"
	        "                         markdown is a pull-request comment, json a new baseline\n"
	        "  --explain              table: add the full line-item breakdown\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

int cmd_check(cli *c, int argc, char **argv)
{
	argscan a;
	common_opts co;
	const char *pos, *baseline_file = NULL, *budget = NULL, *increase = NULL, *percentile = NULL;
	int kind, rc = common_init(c, &co, "check", argc);
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_snapshot *baseline = NULL;
	gac_check *chk = NULL;
	char *text = NULL;
	gac_error e;
	gac_sim_options so = GAC_SIM_OPTIONS_INIT;
	if (rc != EXIT_OK)
		return rc;
	co.explain_ok = true;
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		int taken = common_take(c, &co, &a, kind, pos, &rc);
		if (taken < 0)
			goto done;
		if (taken)
			continue;
		const char *o = a.opt, *v;
		if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
			usage(c);
			goto done;
		}
		if (strcmp(o, "--budget") && strcmp(o, "--baseline") && strcmp(o, "--max-increase") &&
		    strcmp(o, "--percentile") && strcmp(o, "--trials") && strcmp(o, "--seed") && strcmp(o, "--threads")) {
			rc = usage_error(c, co.cmd, "unknown option '%s'", o);
			goto done;
		}
		if (!(v = args_value(c, &a))) {
			rc = EXIT_USAGE;
			goto done;
		}
		int simopt = take_sim_option(c, co.cmd, o, v, &so, &rc);
		if (simopt < 0)
			goto done;
		if (simopt)
			continue;
		if (!strcmp(o, "--budget"))
			budget = v;
		else if (!strcmp(o, "--baseline"))
			baseline_file = v;
		else if (!strcmp(o, "--max-increase"))
			increase = v;
		else
			percentile = v;
	}
	if (increase && !baseline_file) {
		rc = usage_error(c, co.cmd, "--max-increase measures against a baseline: give --baseline FILE");
		goto done;
	}
	/* the flags are thresholds like the scenario's: set them the same way */
	if ((rc = common_load(c, &co, &sc, &sheet)) != EXIT_OK)
		goto done;
	if (budget && (rc = usage_set(c, sc, "budget.monthly", budget, "--budget")) != EXIT_OK)
		goto done;
	if (percentile && (rc = usage_set(c, sc, "budget.percentile", percentile, "--percentile")) != EXIT_OK)
		goto done;
	if (increase) {
		size_t len = strlen(increase);
		bool pct = len && increase[len - 1] == '%';
		char num[64];
		snprintf(num, sizeof num, "%.*s", (int)(pct ? len - 1 : len), increase);
		rc = usage_set(c, sc, pct ? "budget.max_increase_percent" : "budget.max_increase", num, "--max-increase");
		if (rc != EXIT_OK)
			goto done;
	}
	if (baseline_file) {
		gac_status st = gac_snapshot_load_file(&baseline, baseline_file, &e);
		if (st != GAC_OK) {
			rc = report_error(c, st, &e);
			goto done;
		}
	}
	gac_status st = gac_check_run(&chk, sc, sheet, baseline, &so, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if (!gac_check_count(chk)) {
		rc = usage_error(c, co.cmd, "nothing to check: give --budget or --max-increase, or a budget: "
		                 "section in the scenario");
		goto done;
	}
	size_t skipped = gac_check_skipped(chk);
	if (skipped)
		fprintf(c->err, "%s: %s\n", c->prog,
		        baseline ? "the baseline lacks an option or workload a threshold names: that threshold is skipped"
		                 : "no --baseline: the increase thresholds are skipped");
	if (skipped == gac_check_count(chk)) {
		/* a gate that judged nothing must not pass */
		rc = usage_error(c, co.cmd, "nothing was judged: every threshold measures an increase and has no "
		                 "baseline figure (give --baseline)");
		goto done;
	}
	if (gac_report_check(&text, chk, co.format, co.flags) != GAC_OK) {
		fprintf(c->err, "%s: out of memory\n", c->prog);
		rc = EXIT_IO;
		goto done;
	}
	if ((rc = emit(c, text, co.output)) == EXIT_OK && gac_check_breached(chk))
		rc = EXIT_CHECK;
done:
	free(text);
	gac_check_free(chk);
	gac_snapshot_free(baseline);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

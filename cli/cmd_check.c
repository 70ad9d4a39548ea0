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
	        "  --max-increase L       the most the total may rise over the baseline: a share\n"
	        "                         such as 10%% (budget.max_increase_percent) or an\n"
	        "                         amount such as $500 (budget.max_increase); needs\n"
	        "                         --baseline\n"
	        "  --allow-other-baseline measure against a baseline of another scenario\n"
	        "                         (refused otherwise: exit 3)\n"
	        "  --percentile P         judge budgets on the P-th percentile of a simulation of\n"
	        "                         the scenario's uncertain inputs (budget.percentile)\n"
	        "  --trials N, --seed S, --threads T   the simulation (defaults 10000, 1, all)\n"
	        "  --pricing FILE|NAME    price sheet (default: the scenario's, else aws-bedrock)\n"
	        "  --set PATH=VALUE       change a parameter first (repeatable)\n"
	        "  --format F             table | json | csv | markdown | html (default table);\n"
	        "                         markdown is a pull-request comment, json a new baseline\n"
	        "  --explain              table: add the full line-item breakdown\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

/* What the command line asks of check, besides the shared options. */
typedef struct check_args {
	const char *baseline, *budget, *increase, *percentile;
	const char *sim_flag;  /* the first of --trials, --seed, --threads given */
	bool other_baseline;
	gac_sim_options sim;
} check_args;

static int take(cli *c, void *ctx, const char *opt, const char *v)
{
	check_args *ca = ctx;
	int rc = EXIT_OK;
	if (take_sim_option(c, "check", opt, v, &ca->sim, &rc)) {
		if (!ca->sim_flag)
			ca->sim_flag = opt;
		return rc;
	}
	if (!strcmp(opt, "--allow-other-baseline"))
		ca->other_baseline = true;
	else if (!strcmp(opt, "--budget"))
		ca->budget = v;
	else if (!strcmp(opt, "--baseline"))
		ca->baseline = v;
	else if (!strcmp(opt, "--max-increase"))
		ca->increase = v;
	else
		ca->percentile = v;
	return EXIT_OK;
}

int cmd_check(cli *c, int argc, char **argv)
{
	static const cmd_opt own[] = {{"--budget", true},  {"--baseline", true}, {"--max-increase", true},
	                              {"--percentile", true}, {"--trials", true}, {"--seed", true},
	                              {"--threads", true}, {"--allow-other-baseline", false},
	                              {NULL, false}};
	common_opts co;
	check_args ca = {.sim = GAC_SIM_OPTIONS_INIT};
	int rc = common_init(c, &co, "check", argc);
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_snapshot *baseline = NULL;
	gac_check *chk = NULL;
	char *text = NULL;
	gac_error e;
	if (rc != EXIT_OK)
		return rc;
	co.explain_ok = true;
	if (!parse_args(c, &co, argc, argv, own, take, &ca, usage, &rc))
		goto done;
	const char *baseline_file = ca.baseline, *budget = ca.budget, *increase = ca.increase,
	           *percentile = ca.percentile;
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
		/* 10% or $10: a bare 10 reads as either, so it is refused */
		size_t len = strlen(increase);
		bool pct = len && increase[len - 1] == '%', money = increase[0] == '$';
		char num[64];
		snprintf(num, sizeof num, "%.*s", (int)(pct ? len - 1 : money ? len - 1 : len), increase + money);
		double x;
		if ((!pct && !money) || (pct && money) || gac_parse_number(&x, num, GAC_NUM_SUFFIX) != GAC_OK) {
			/* in the user's words: the number alone would hide the % it lost */
			rc = usage_error(c, co.cmd, "--max-increase takes a share such as 10%% or an amount such as $500 "
			                 "(got '%s')", increase);
			goto done;
		}
		rc = usage_set(c, sc, pct ? "budget.max_increase_percent" : "budget.max_increase", num, "--max-increase");
		if (rc != EXIT_OK)
			goto done;
	}
	if (ca.sim_flag && !percentile) {
		/* a simulation's settings with no simulation to run would pass unseen */
		char *p = NULL;
		bool none = gac_scenario_get_text(&p, sc, "budget.percentile") != GAC_OK || !strcmp(p, "none");
		gac_free(p);
		if (none) {
			rc = usage_error(c, co.cmd, "%s sets the simulation of a percentile budget: give --percentile P "
			                 "(or budget.percentile in the scenario)", ca.sim_flag);
			goto done;
		}
	}
	if (baseline_file) {
		gac_status st = gac_snapshot_load_file(&baseline, baseline_file, &e);
		if (st == GAC_OK && !ca.other_baseline)
			st = gac_snapshot_same_scenario(baseline, sc, &e);
		if (st != GAC_OK) {
			rc = report_error(c, st, &e);
			if (st == GAC_EVALUE && !ca.other_baseline && gac_snapshot_provenance(baseline))
				fprintf(c->err, "%s: give --allow-other-baseline to measure against it anyway\n", c->prog);
			goto done;
		}
	}
	gac_status st = gac_check_run(&chk, sc, sheet, baseline, &ca.sim, &e);
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
	if (gac_report_check(&text, chk, report_format(co.format), co.flags) != GAC_OK) {
		fprintf(c->err, "%s: out of memory\n", c->prog);
		rc = EXIT_IO;
		goto done;
	}
	if ((rc = emit_report(c, co.format, text, co.output, GAC_OK, NULL, NULL, sheet, sc)) == EXIT_OK &&
	    gac_check_breached(chk))
		rc = EXIT_CHECK;
done:
	gac_free(text);
	gac_check_free(chk);
	gac_snapshot_free(baseline);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

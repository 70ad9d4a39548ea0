/* genaicost simulate: Monte Carlo over the scenario's uncertain inputs. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

typedef struct bar {
	FILE *err;
	struct timespec start;
	bool drawn;
} bar;

/* A progress bar on a terminal, once a run has taken about a second. */
static void progress(void *user, size_t done, size_t total)
{
	bar *b = user;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	double elapsed = (double)(now.tv_sec - b->start.tv_sec) + (double)(now.tv_nsec - b->start.tv_nsec) * 1e-9;
	if (!b->drawn && (elapsed < 1 || done >= total))
		return;
	int width = 40, filled = total ? (int)((double)done / (double)total * width) : width;
	/* rounded down: 100% is for finished, not for 99.6% */
	int percent = total ? (int)(100.0 * (double)done / (double)total) : 100;
	fprintf(b->err, "\r[%.*s%*s] %3d%% of %zu trials", filled, "########################################",
	        width - filled, "", percent, total);
	if (done >= total)
		fputc('\n', b->err);
	fflush(b->err);
	b->drawn = done < total;
}

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost simulate SCENARIO [--trials N] [--seed S] [options]\n\n"
	        "Sample the scenario's uncertain inputs and price every option in each\n"
	        "trial: the distribution of the monthly bill, the chance of exceeding the\n"
	        "budget, and how often each option is the cheapest.\n\n"
	        "Options:\n"
	        "  --trials N             trials (default 10000)\n"
	        "  --months N             each trial a whole horizon of N months (1 to 600),\n"
	        "                         priced as forecast prices them (growth, seasonality,\n"
	        "                         commitments): the distribution of the N-month total\n"
	        "  --seed S               seed of the generators (default 1): same seed, same result\n"
	        "  --threads T            threads (default: every core); results do not depend on it\n"
	        "  --budget X             monthly budget for P(over budget) (with --months, the\n"
	        "                         N-month total is held to N x X)\n"
	        "                         (default: the scenario's budget.monthly)\n"
	        "  --precision P          double the trials until every option's 95%% interval of\n"
	        "                         the mean is within P of it (e.g. 1%%)\n"
	        "  --max-trials N         the cap for --precision (default 100 x --trials)\n"
	        "  --memory MIB           keep totals up to MIB MiB (default: a quarter of physical\n"
	        "                         memory); beyond, percentiles come from a streamed summary\n"
	        "                         within 0.0488%%\n"
	        "  --histogram FILE       write each option's histogram (bin edges, counts) as CSV\n"
	        "  --set PATH=VALUE       change the scenario first (repeatable)\n"
	        "  --pricing FILE|NAME    price sheet\n"
	        "  --format F             table | json | csv | markdown | html (default table)\n"
	        "  --explain              the distributions as specified with their parameters,\n"
	        "                         the copula, how the mean, P95 and their errors come about\n"
	        "  --chart FILE           also draw the histogram, the cumulative distribution and\n"
	        "                         the budget as FILE.svg, FILE.png or FILE.pdf\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

/* What the command line asks of simulate, besides the shared options. */
typedef struct sim_args {
	gac_sim_options so;
	const char *histogram;
} sim_args;

static int take(cli *c, void *ctx, const char *opt, const char *v)
{
	sim_args *sa = ctx;
	gac_sim_options *so = &sa->so;
	int rc = EXIT_OK;
	double n;
	if (take_sim_option(c, "simulate", opt, v, so, &rc))
		return rc;
	if (!strcmp(opt, "--months")) {
		rc = parse_months(c, "simulate", v, &so->months);
	} else if (!strcmp(opt, "--budget")) {
		if (gac_parse_number(&so->budget, v, GAC_NUM_SUFFIX | GAC_NUM_NONNEG) != GAC_OK)
			return usage_error(c, "simulate", "--budget takes an amount (got '%s')", v);
	} else if (!strcmp(opt, "--precision")) {
		if (gac_parse_number(&so->precision, v, GAC_NUM_PERCENT) != GAC_OK || !(so->precision > 0 && so->precision < 1))
			return usage_error(c, "simulate", "--precision is a share above 0 and below 1, such as 1%% (got '%s')", v);
	} else if (!strcmp(opt, "--max-trials")) {
		if ((rc = parse_whole(c, "simulate", opt, v, 1, 1e9, &n)) == EXIT_OK)
			so->max_trials = (size_t)n;
	} else if (!strcmp(opt, "--memory")) {
		if ((rc = parse_whole(c, "simulate", opt, v, 1, 1048576, &n)) == EXIT_OK)
			so->memory_cap = (size_t)n << 20;
	} else {
		if ((rc = output_arg(c, "simulate", opt, v)) != EXIT_OK)
			return rc;
		sa->histogram = v;
	}
	return rc;
}

int cmd_simulate(cli *c, int argc, char **argv)
{
	static const cmd_opt own[] = {{"--trials", true},    {"--seed", true},   {"--threads", true},
	                              {"--budget", true},    {"--histogram", true}, {"--precision", true},
	                              {"--max-trials", true}, {"--memory", true}, {"--months", true},
	                              {NULL, false}};
	common_opts co;
	sim_args sa = {.so = GAC_SIM_OPTIONS_INIT};
	int rc = common_init(c, &co, "simulate", argc);
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_simulation *sim = NULL;
	gac_chart *chart = NULL;
	char *chart_bytes = NULL;
	size_t chart_len = 0;
	char *text = NULL;
	gac_error e;
	if (rc != EXIT_OK)
		return rc;
	co.explain_ok = true;
	co.chart_ok = true;
	if (!parse_args(c, &co, argc, argv, own, take, &sa, usage, &rc))
		goto done;
	gac_sim_options so = sa.so;
	const char *histogram = sa.histogram;
	if (so.max_trials && !(so.precision > 0)) {
		rc = usage_error(c, co.cmd, "--max-trials caps the trials --precision adds: give --precision too");
		goto done;
	}
	if (so.max_trials && so.max_trials < so.trials) {
		rc = usage_error(c, co.cmd, "--max-trials %zu is below --trials %zu, where --precision starts",
		                 so.max_trials, so.trials);
		goto done;
	}
	/* checked before any work, so that neither is written over the other */
	if (histogram && (rc = outputs_distinct(c, co.cmd, "--histogram", histogram, "-o", co.output)) != EXIT_OK)
		goto done;
	if (histogram && co.chart &&
	    (rc = outputs_distinct(c, co.cmd, "--histogram", histogram, "--chart", co.chart)) != EXIT_OK)
		goto done;
	if ((rc = common_load(c, &co, &sc, &sheet)) != EXIT_OK)
		goto done;
	bar pb = {.err = c->err};
	clock_gettime(CLOCK_MONOTONIC, &pb.start);
	if (isatty(fileno(c->err))) {
		so.progress = progress;
		so.progress_user = &pb;
	}
	gac_status st = gac_simulate(&sim, sc, sheet, &so, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if (so.precision > 0 && co.format == GAC_FORMAT_TABLE)
		fprintf(c->err, "genaicost: precision %g%% %s after %zu trial%s\n", 100 * so.precision,
		        gac_simulation_converged(sim) ? "reached" : "NOT reached (--max-trials ran out)",
		        gac_simulation_trials(sim), gac_simulation_trials(sim) == 1 ? "" : "s");
	if (gac_report_simulation(&text, sim, so.seed, gac_sheet_currency(sheet), report_format(co.format),
	                          co.flags) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	if (wants_chart(co.format, co.chart)) {
		/* the budget the run used: --budget, else the scenario's */
		double budget = so.budget;
		if (isnan(budget) && gac_scenario_get_number(&budget, sc, "budget.monthly") != GAC_OK)
			budget = NAN;
		/* a horizon's totals are held to its months' budget */
		if (so.months)
			budget *= (double)so.months;
		bool has_budget = false;
		for (size_t o = 0; o < gac_simulation_option_count(sim); o++)
			has_budget = has_budget || !isnan(gac_simulation_option(sim, o)->prob_over_budget);
		gac_chart_format f = GAC_CHART_SVG;
		st = gac_chart_simulate(&chart, sim, has_budget ? budget : NAN, gac_sheet_currency(sheet),
		                        gac_scenario_name(sc));
		chart_provenance(&st, chart, sheet, sc);
		if (st == GAC_OK && co.chart && (st = gac_chart_format_for_path(&f, co.chart)) == GAC_OK)
			st = gac_chart_render(&chart_bytes, &chart_len, chart, f);
		if (st != GAC_OK) {
			fprintf(c->err, "%s: %s: cannot draw the chart: %s\n", c->prog, co.chart ? co.chart : "--format html",
			        gac_strerror(st));
			rc = EXIT_IO;
			goto done;
		}
	}
	if (co.format == GAC_FORMAT_HTML) {
		char *page = NULL;
		if ((rc = html_page(c, &page, text, GAC_OK, chart, sheet, sc)) != EXIT_OK)
			goto done;
		gac_free(text);
		text = page;
	}
	if (histogram) {
		char *csv = NULL;
		if (gac_report_histogram(&csv, sim, 50) != GAC_OK) {
			fprintf(c->err, "genaicost: out of memory\n");
			rc = EXIT_IO;
			goto done;
		}
		/* all outputs ready before any is put in place: a report that
		 * cannot be written leaves no histogram behind */
		out_piece all[3] = {{csv, OUT_TEXT, histogram}};
		size_t n = 1;
		if (chart_bytes)
			all[n++] = (out_piece){chart_bytes, chart_len, co.chart};
		all[n++] = (out_piece){text, OUT_TEXT, co.output};
		rc = emit_together(c, all, n);
		gac_free(csv);
		goto done;
	}
	if (chart_bytes) {
		const out_piece both[] = {{chart_bytes, chart_len, co.chart}, {text, OUT_TEXT, co.output}};
		rc = emit_together(c, both, 2);
		goto done;
	}
	rc = emit(c, text, co.output);
done:
	gac_free(chart_bytes);
	gac_chart_free(chart);
	gac_free(text);
	gac_simulation_free(sim);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

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
	fprintf(b->err, "\r[%.*s%*s] %3.0f%% of %zu trials", filled, "########################################",
	        width - filled, "", total ? 100.0 * (double)done / (double)total : 100.0, total);
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
	        "  --seed S               seed of the generators (default 1): same seed, same result\n"
	        "  --threads T            threads (default: every core); results do not depend on it\n"
	        "  --budget X             monthly budget for P(over budget)\n"
	        "                         (default: the scenario's budget.monthly)\n"
	        "  --precision P          double the trials until every option's 95%% interval of\n"
	        "                         the mean is within P of it (e.g. 1%%)\n"
	        "  --max-trials N         the cap for --precision (default 100 x --trials)\n"
	        "  --memory MIB           keep totals up to MIB MiB (default 256); beyond, percentiles\n"
	        "                         are streaming estimates\n"
	        "  --histogram FILE       write each option's histogram (bin edges, counts) as CSV\n"
	        "  --set PATH=VALUE       change the scenario first (repeatable)\n"
	        "  --pricing FILE|NAME    price sheet\n"
	        "  --format F             table | json | csv | markdown (default table)\n"
	        "  --explain              the distributions as specified with their parameters,\n"
	        "                         the copula, how the mean, P95 and their errors come about\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

int cmd_simulate(cli *c, int argc, char **argv)
{
	argscan a;
	common_opts co;
	const char *pos, *histogram = NULL;
	gac_sim_options so = GAC_SIM_OPTIONS_INIT;
	int kind, rc = common_init(c, &co, "simulate", argc);
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_simulation *sim = NULL;
	char *text = NULL;
	gac_error e;
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
		if (strcmp(o, "--trials") && strcmp(o, "--seed") && strcmp(o, "--threads") && strcmp(o, "--budget") &&
		    strcmp(o, "--histogram") && strcmp(o, "--precision") && strcmp(o, "--max-trials") &&
		    strcmp(o, "--memory")) {
			rc = usage_error(c, co.cmd, "unknown option '%s'", o);
			goto done;
		}
		if (!(v = args_value(c, &a))) {
			rc = EXIT_USAGE;
			goto done;
		}
		double n;
		int simopt = take_sim_option(c, co.cmd, o, v, &so, &rc);
		if (simopt < 0)
			goto done;
		if (simopt)
			continue;
		if (!strcmp(o, "--budget")) {
			if (gac_parse_number(&so.budget, v, GAC_NUM_SUFFIX | GAC_NUM_NONNEG) != GAC_OK) {
				rc = usage_error(c, co.cmd, "--budget takes an amount (got '%s')", v);
				goto done;
			}
		} else if (!strcmp(o, "--precision")) {
			if (gac_parse_number(&so.precision, v, GAC_NUM_PERCENT) != GAC_OK || !(so.precision > 0 && so.precision < 1)) {
				rc = usage_error(c, co.cmd, "--precision is a share above 0 and below 1, such as 1%% (got '%s')", v);
				goto done;
			}
		} else if (!strcmp(o, "--max-trials")) {
			if ((rc = parse_whole(c, co.cmd, o, v, 1, 1e9, &n)) != EXIT_OK)
				goto done;
			so.max_trials = (size_t)n;
		} else if (!strcmp(o, "--memory")) {
			if ((rc = parse_whole(c, co.cmd, o, v, 1, 1048576, &n)) != EXIT_OK)
				goto done;
			so.memory_cap = (size_t)n << 20;
		} else {
			histogram = v;
		}
	}
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
		fprintf(c->err, "genaicost: precision %g%% %s after %zu trials\n", 100 * so.precision,
		        gac_simulation_converged(sim) ? "reached" : "NOT reached (--max-trials ran out)",
		        gac_simulation_trials(sim));
	if (gac_report_simulation(&text, sim, so.seed, gac_sheet_currency(sheet), co.format, co.flags) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	if (histogram) {
		enum { BINS = 50 };
		size_t cap = 64 + gac_simulation_option_count(sim) * BINS * 96;
		char *csv = malloc(cap);
		size_t len = 0;
		if (!csv) {
			rc = EXIT_IO;
			goto done;
		}
		len += (size_t)snprintf(csv, cap, "option,bin_low,bin_high,count\r\n");
		for (size_t o = 0; o < gac_simulation_option_count(sim); o++) {
			double edges[BINS + 1], counts[BINS];
			gac_simulation_histogram(sim, o, BINS, edges, counts);
			for (int k = 0; k < BINS && len < cap; k++)
				len += (size_t)snprintf(csv + len, cap - len, "%s,%.17g,%.17g,%.0f\r\n",
				                        gac_simulation_option(sim, o)->name, edges[k], edges[k + 1], counts[k]);
		}
		rc = emit(c, csv, histogram);
		free(csv);
		if (rc != EXIT_OK)
			goto done;
	}
	rc = emit(c, text, co.output);
done:
	free(text);
	gac_simulation_free(sim);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

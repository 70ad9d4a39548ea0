/* make bench: how fast analyses price a scenario, measured in one run.
 *  - a 1,000 × 1,000 sweep grid over a three-workload scenario (two
 *    options: 2,000,000 estimates) against the 2 s target;
 *  - Monte Carlo on a reference scenario (two workloads, five uncertain
 *    inputs, four options) with 1 and 2 threads, next to a bare GSL loop
 *    drawing the same variates;
 *  - first, issue 19's single lognormal (bench/single-lognormal.yaml)
 *    at 10^6, 10^7, ... trials as whole `genaicost simulate` processes,
 *    on 1 and 2 threads, exact and streamed, with each one's peak RSS,
 *    next to the bare loop and the same model in numpy
 *    (bench/lognormal.py) when /usr/bin/python3 has it;
 *  - then peak RSS of a long streaming run (10^8 trials by default) in a
 *    child process, so nothing the sweep allocated counts against it;
 *  - last, sensitivity over W/10 and W workloads (W = 1,000 by default,
 *    the most a scenario may hold), and how its time grows. */
#define _DEFAULT_SOURCE
#include "common.h"

#include <string.h>

#include <fcntl.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* Memory bounded for any trial count: the peak RSS of a long streaming
 * run in a child forked before anything else ran, so that it inherits no
 * heap but the sheet's. */
static int long_run(const char *big, size_t big_trials, const gac_sheet *sheet)
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		gac_error e;
		gac_scenario *sc = NULL;
		gac_sim_options o = GAC_SIM_OPTIONS_INIT;
		o.trials = big_trials;
		o.memory_cap = (size_t)64 << 20;  /* streamed whatever the machine's memory: bounded is the point */
		gac_simulation *sim = NULL;
		int bad = gac_scenario_load_file(&sc, big, &e) != GAC_OK || gac_simulate(&sim, sc, sheet, &o, &e) != GAC_OK;
		if (bad)
			fprintf(stderr, "bench: %s\n", e.message);
		else
			printf("monte carlo memory: %s, %zu trials: %s percentiles, mean %.2f", big, big_trials,
			       gac_simulation_exact(sim) ? "exact" : "streaming", gac_simulation_option(sim, 0)->mean);
		fflush(stdout);
		_exit(bad);
	}
	int status = 0;
	double t0 = now();
	struct rusage ru;  /* this child's own: RUSAGE_CHILDREN is the largest of all so far */
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "bench: the long run failed\n");
		return 1;
	}
	printf(" in %.1f s; peak RSS %.1f MiB (target 64 MB)\n", now() - t0, (double)ru.ru_maxrss / 1024);
	return 0;
}

/* Trials a second of issue 19's single lognormal drawn as lib/dist.c
 * draws it (exp(mu + sigma z), z from GSL's ziggurat), times $0.002, and
 * summed: the loop a compiled tool cannot beat.  The best of three. */
static double bare_lognormal_rate(size_t trials)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	if (!rng)
		return -1;
	const double z95 = 1.6448536269514722, mu = (log(1e6) + log(5e6)) / 2, sigma = (log(5e6) - log(1e6)) / (2 * z95);
	volatile double sink = 0;
	double best = 0;
	for (int rep = 0; rep < 3; rep++) {
		double t0 = now(), sum = 0;
		for (size_t t = 0; t < trials; t++)
			sum += exp(mu + sigma * gsl_ran_gaussian_ziggurat(rng, 1)) * 0.002;
		sink += sum;
		double r = (double)trials / (now() - t0);
		if (r > best)
			best = r;
	}
	gsl_rng_free(rng);
	(void)sink;
	return best;
}

/* The 1-minute load average: a second thread only helps when a core is free. */
static double load_average(void)
{
	double l = NAN;
	FILE *f = fopen("/proc/loadavg", "r");
	if (f && fscanf(f, "%lf", &l) != 1)
		l = NAN;
	if (f)
		fclose(f);
	return l;
}

/* One whole process, its output to /dev/null: wall seconds and peak RSS
 * (MiB) from its own rusage, or -1. */
static int timed(double *secs, double *mib, char *const argv[])
{
	fflush(stdout);
	double t0 = now();
	pid_t pid = fork();
	if (pid == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execv(argv[0], argv);
		_exit(127);
	}
	int status = 0;
	struct rusage ru;
	if (pid < 0 || wait4(pid, &status, 0, &ru) < 0 || !WIFEXITED(status) || WEXITSTATUS(status))
		return -1;
	*secs = now() - t0;
	*mib = (double)ru.ru_maxrss / 1024;
	return 0;
}

/* Issue 19's comparison: the single lognormal at 10^6 trials and each
 * tenfold up to `max` (only `max` when below 10^6), each configuration
 * the best of three whole processes, taken in turn. */
static int lognormal_runs(const char *bin, const char *scen, size_t max)
{
	int numpy = system("/usr/bin/python3 -c 'import numpy' >/dev/null 2>&1") == 0;
	double bare = bare_lognormal_rate(max < 1000000 ? max : 1000000);
	printf("single lognormal (%s: requests 1M to 5M a month x $0.002), whole processes, best of 3, "
	       "load average %.2f:\n", scen, load_average());
	for (size_t n = max < 1000000 ? max : 1000000; n <= max; n *= 10) {
		char trials[32];
		snprintf(trials, sizeof trials, "%zu", n);
		/* [streamed][threads - 1] */
		double best[2][2] = {{INFINITY, INFINITY}, {INFINITY, INFINITY}}, rss[2][2] = {{0, 0}, {0, 0}}, np = INFINITY,
		       np_rss = 0;
		for (int rep = 0; rep < 3; rep++) {
			for (int str = 0; str < 2; str++)
				for (int th = 1; th <= 2; th++) {
					char *argv[] = {(char *)bin, "simulate", (char *)scen, "--trials", trials, "--threads",
					                th == 1 ? "1" : "2", "--format", "json",
					                str ? "--memory" : NULL, "1", NULL};
					double t, m;
					if (timed(&t, &m, argv)) {
						fprintf(stderr, "bench: %s simulate %s --trials %s failed\n", bin, scen, trials);
						return 1;
					}
					if (t < best[str][th - 1])
						best[str][th - 1] = t;
					rss[str][th - 1] = m;
				}
			if (numpy) {
				char *argv[] = {"/usr/bin/python3", "bench/lognormal.py", trials, NULL};
				double t, m;
				if (timed(&t, &m, argv)) {
					fprintf(stderr, "bench: bench/lognormal.py %s failed\n", trials);
					return 1;
				}
				np = t < np ? t : np;
				np_rss = m;
			}
		}
		double b = (double)n / bare;
		printf("  %zu trials: bare loop %.4f s (1 core, in process)", n, b);
		if (numpy)
			printf("; numpy %.2f s, %.0f MiB", np, np_rss);
		printf("\n");
		for (int str = 0; str < 2; str++) {
			printf("    %-8s 1 thread %.2f s (%.0f MiB), 2 threads %.2f s (%.0f MiB): 2nd thread %.2fx (target 1.8x); "
			       "bare loop / 1 thread %.2f",
			       str ? "streamed" : "exact", best[str][0], rss[str][0], best[str][1], rss[str][1],
			       best[str][0] / best[str][1], b / best[str][0]);
			if (numpy)
				printf("; numpy / 2 threads %.2fx (above 1: genaicost faster)", np / best[str][1]);
			printf("\n");
		}
	}
	if (!numpy)
		printf("  numpy: /usr/bin/python3 has no numpy (Debian python3-numpy): skipped\n");
	return 0;
}

/* Seconds of one sensitivity run over `n` on-demand workloads, each with
 * its own request rate and tokens, or -1 after printing why it failed. */
static double sensitivity_time(const gac_sheet *sheet, size_t n)
{
	gac_error e;
	gac_scenario *sc = NULL;
	gac_status st = gac_scenario_new(&sc, "sensitivity-bench");
	char name[32], path[96], value[32];
	static const char *const field[] = {"requests_per_month", "input_tokens", "output_tokens"};
	for (size_t i = 0; st == GAC_OK && i < n; i++) {
		snprintf(name, sizeof name, "w%zu", i);
		st = gac_scenario_add_workload(sc, name, "anthropic.claude-3-5-haiku-20241022-v1:0");
		double v[] = {1000.0 * (double)(i + 1), 500.0 + (double)(i % 7) * 100, 100.0 + (double)(i % 5) * 50};
		for (int f = 0; st == GAC_OK && f < 3; f++) {
			snprintf(path, sizeof path, "workloads.%s.%s", name, field[f]);
			snprintf(value, sizeof value, "%.0f", v[f]);
			st = gac_scenario_set(sc, path, value, &e);
		}
	}
	gac_sensitivity *r = NULL;
	double t0 = now();
	if (st != GAC_OK || gac_sensitivity_run(&r, sc, sheet, 0.2, &e) != GAC_OK) {
		fprintf(stderr, "bench: sensitivity over %zu workloads: %s\n", n, e.message);
		gac_scenario_free(sc);
		return -1;
	}
	double dt = now() - t0;
	gac_sensitivity_free(r);
	gac_scenario_free(sc);
	return dt;
}

int main(int argc, char **argv)
{
	const char *scen = argc > 1 ? argv[1] : "bench/three-workloads.yaml";
	const char *sheetp = argc > 2 ? argv[2] : "pricing/aws-bedrock.yaml";
	size_t steps = argc > 3 ? (size_t)atol(argv[3]) : 1000;
	/* first, while this process holds next to nothing: a child's peak RSS
	 * counts the pages it shared with this one before its exec */
	if (argc > 10 && lognormal_runs(argv[9], argv[10], argc > 11 ? (size_t)atof(argv[11]) : 10000000))
		return 1;
	if (!strcmp(scen, "--lognormal-only"))
		return 0;  /* make bench-mc: issue 19's comparison alone */
	gac_error e;
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	if (gac_scenario_load_file(&sc, scen, &e) != GAC_OK || gac_sheet_load_file(&sheet, sheetp, &e) != GAC_OK) {
		fprintf(stderr, "bench: %s:%u:%u: %s\n", e.file, e.line, e.column, e.message);
		return 1;
	}
	if (long_run(argc > 6 ? argv[6] : "examples/uncertain-demand.yaml",
	             argc > 7 ? (size_t)atof(argv[7]) : 100000000, sheet))
		return 1;
	gac_sweep_axis *axes[2] = {NULL, NULL};
	char a[64], b[64];
	snprintf(a, sizeof a, "workloads.chat.requests_per_month=100k:10M:%zu", steps);
	snprintf(b, sizeof b, "workloads.chat.output_tokens=100:2000:%zu", steps);
	if (gac_sweep_axis_parse(&axes[0], a, &e) != GAC_OK || gac_sweep_axis_parse(&axes[1], b, &e) != GAC_OK) {
		fprintf(stderr, "bench: %s\n", e.message);
		return 1;
	}
	double t0 = now();
	gac_sweep *w = NULL;
	if (gac_sweep_run(&w, sc, sheet, axes, 2, &e) != GAC_OK) {
		fprintf(stderr, "bench: %s\n", e.message);
		return 1;
	}
	double dt = now() - t0;
	size_t points = gac_sweep_points(w), estimates = points * gac_sweep_option_count(w);
	printf("sweep %zu x %zu grid, %zu options: %zu points, %zu estimates in %.3f s\n", steps, steps,
	       gac_sweep_option_count(w), points, estimates, dt);
	printf("  %.0f points/s, %.0f estimates/s; %.2f of the 2 s target\n", (double)points / dt,
	       (double)estimates / dt, dt / 2.0);
	gac_sweep_free(w);
	gac_sweep_axis_free(axes[0]);
	gac_sweep_axis_free(axes[1]);
	gac_scenario_free(sc);

	/* Monte Carlo */
	const char *mc = argc > 4 ? argv[4] : "bench/mc-reference.yaml";
	size_t trials = argc > 5 ? (size_t)atol(argv[5]) : 200000;
	if (gac_scenario_load_file(&sc, mc, &e) != GAC_OK) {
		fprintf(stderr, "bench: %s:%u:%u: %s\n", e.file, e.line, e.column, e.message);
		return 1;
	}
	/* the best of three runs each, alternating thread counts, so a burst
	 * of other work on this noisy 2-core machine skews neither side */
	double rate[3] = {0, 0, 0};
	for (int rep = 0; rep < 3; rep++)
		for (unsigned th = 1; th <= 2; th++) {
			double r = mc_rate(sc, sheet, trials, th);
			if (r < 0)
				return 1;
			if (r > rate[th])
				rate[th] = r;
		}
	double bare = bare_rate(trials);
	printf("monte carlo %zu trials, 4 options, 5 inputs: %.0f trials/s on 1 thread, %.0f on 2 (%.2fx; target 1.8x)\n",
	       trials, rate[1], rate[2], rate[2] / rate[1]);
	printf("  a bare GSL loop drawing the same variates: %.0f trials/s; the simulation runs at %.2f of it "
	       "on 1 thread (target 0.50)\n", bare, rate[1] / bare);
	gac_scenario_free(sc);

	/* sensitivity: linear in the workloads */
	size_t wl = argc > 8 ? (size_t)atol(argv[8]) : 1000;
	double small = sensitivity_time(sheet, wl / 10 ? wl / 10 : 1), big = sensitivity_time(sheet, wl);
	if (small < 0 || big < 0)
		return 1;
	printf("sensitivity over %zu workloads: %.3f s; over %zu: %.3f s (%.1fx for %zux the workloads; "
	       "linear is %zux; target under 5 s)\n",
	       wl / 10 ? wl / 10 : 1, small, wl, big, big / small, wl / (wl / 10 ? wl / 10 : 1),
	       wl / (wl / 10 ? wl / 10 : 1));
	gac_sheet_free(sheet);

	return 0;
}

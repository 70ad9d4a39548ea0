/* make bench: issue 20's "faster text out".  A 1,000 × 1,000 sweep of a
 * three-workload scenario, timed three ways, each RUNS times (the best
 * and the median printed):
 *   library  gac_sweep_run in this process: the points priced, nothing
 *            written (the run the CLI is held to);
 *   write    gac_sweep_write as CSV into a writer that drops the bytes:
 *            priced and formatted in this process;
 *   CLI      `genaicost what-if SCENARIO --sweep A --sweep B --format csv
 *            -o /dev/null` as a whole process.
 * Then the CLI's median over the library's median against the target of
 * 3 (the CLI within 3x of the library run).
 * usage: sweep_csv SCENARIO SHEET GENAICOST [STEPS [RUNS]] */
#define _DEFAULT_SOURCE
#include <genaicost.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int drop(void *ctx, const char *data, size_t len)
{
	*(size_t *)ctx += len;
	(void)data;
	return 0;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static int run_cli(double *secs, char *const argv[])
{
	fflush(stdout);
	double t0 = now();
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		execv(argv[0], argv);
		_exit(127);
	}
	int status = 0;
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return -1;
	*secs = now() - t0;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: sweep_csv SCENARIO SHEET GENAICOST [STEPS [RUNS]]\n");
		return 2;
	}
	size_t steps = argc > 4 ? (size_t)atol(argv[4]) : 1000;
	size_t runs = argc > 5 ? (size_t)atol(argv[5]) : 3;
	if (runs < 1 || runs > 20 || steps < 2) {
		fprintf(stderr, "sweep_csv: STEPS at least 2, RUNS 1 to 20\n");
		return 2;
	}
	char a[96], b[96];
	snprintf(a, sizeof a, "workloads.chat.requests_per_month=100k:10M:%zu", steps);
	snprintf(b, sizeof b, "workloads.chat.output_tokens=100:2000:%zu", steps);
	gac_error e;
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_sweep_axis *axes[2] = {NULL, NULL};
	if (gac_scenario_load_file(&sc, argv[1], &e) != GAC_OK || gac_sheet_load_file(&sheet, argv[2], &e) != GAC_OK ||
	    gac_sweep_axis_parse(&axes[0], a, &e) != GAC_OK || gac_sweep_axis_parse(&axes[1], b, &e) != GAC_OK) {
		fprintf(stderr, "sweep_csv: %s:%u:%u: %s\n", e.file, e.line, e.column, e.message);
		return 1;
	}
	double lib[20], wr[20], cli[20];
	size_t bytes = 0;
	for (size_t r = 0; r < runs; r++) {
		double t0 = now();
		gac_sweep *w = NULL;
		if (gac_sweep_run(&w, sc, sheet, axes, 2, &e) != GAC_OK) {
			fprintf(stderr, "sweep_csv: %s\n", e.message);
			return 1;
		}
		lib[r] = now() - t0;
		gac_sweep_free(w);
		bytes = 0;
		t0 = now();
		if (gac_sweep_write(sc, sheet, axes, 2, gac_sheet_currency(sheet), GAC_FORMAT_CSV, 0, drop, &bytes, &e) !=
		    GAC_OK) {
			fprintf(stderr, "sweep_csv: %s\n", e.message);
			return 1;
		}
		wr[r] = now() - t0;
		char *cargv[] = {argv[3], "what-if", argv[1], "--pricing", argv[2], "--sweep", a, "--sweep", b,
		                 "--format", "csv", "-o", "/dev/null", NULL};
		if (run_cli(&cli[r], cargv) != 0) {
			fprintf(stderr, "sweep_csv: %s what-if failed\n", argv[3]);
			return 1;
		}
	}
	qsort(lib, runs, sizeof *lib, by_value);
	qsort(wr, runs, sizeof *wr, by_value);
	qsort(cli, runs, sizeof *cli, by_value);
	size_t m = runs / 2;
	printf("sweep %zu x %zu as CSV (%zu bytes), %zu runs, best / median:\n", steps, steps, bytes, runs);
	printf("  library gac_sweep_run      %.3f / %.3f s\n", lib[0], lib[m]);
	printf("  library gac_sweep_write    %.3f / %.3f s\n", wr[0], wr[m]);
	printf("  CLI what-if --format csv   %.3f / %.3f s\n", cli[0], cli[m]);
	printf("  CLI / library %.2fx (target 3x), CLI / library write %.2fx\n", cli[m] / lib[m], cli[m] / wr[m]);
	gac_sweep_axis_free(axes[0]);
	gac_sweep_axis_free(axes[1]);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	return 0;
}

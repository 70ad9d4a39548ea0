/* make bench: how fast analyses price a scenario.  Prints points per
 * second for a 1,000 × 1,000 sweep grid over a three-workload scenario
 * (two options, so 2,000,000 estimates) and the time against the 2 s
 * target, measured in one run. */
#define _POSIX_C_SOURCE 200809L
#include <genaicost.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
	const char *scen = argc > 1 ? argv[1] : "bench/three-workloads.yaml";
	const char *sheetp = argc > 2 ? argv[2] : "pricing/aws-bedrock.yaml";
	size_t steps = argc > 3 ? (size_t)atol(argv[3]) : 1000;
	gac_error e;
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	if (gac_scenario_load_file(&sc, scen, &e) != GAC_OK || gac_sheet_load_file(&sheet, sheetp, &e) != GAC_OK) {
		fprintf(stderr, "bench: %s:%u:%u: %s\n", e.file, e.line, e.column, e.message);
		return 1;
	}
	gac_sweep_axis axes[2];
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
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
	return 0;
}

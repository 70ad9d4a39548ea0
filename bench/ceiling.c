/* make bench, second part: how close to the bare GSL loop a simulation
 * could come whatever the cost engine took.  Linked with
 * -Wl,--wrap=gac_estimate_total_ws,--wrap=gac_plan_eval,--wrap=gac_plan_eval_block,--wrap=gac_param_store,
 * --wrap=gac_rank_split_for,--wrap=gac_rank_count,--wrap=gac_rank_scatter,--wrap=gac_rank_bucket,
 * --wrap=gac_rank_gather
 * (the Makefile's bench-ceiling), so lib/simulate.c's calls to those land
 * here, and one binary measures in one run, on 1 thread:
 *  - real: every call passed on to the library (the wrappers' own cost is
 *    a call and a branch);
 *  - free engine: a parameter store adds the drawn value to a sum and an
 *    estimate returns that sum (a block of trials evaluated by the plan:
 *    each trial's sum of the draws the plan reads), so no option is
 *    priced, yet the totals vary as a bill does and are sorted and ranked
 *    as usual;
 *  - free engine, no sorting: as free engine, and the sort behind the
 *    exact percentiles and rank correlations leaves the trials in their
 *    order (reports read garbage percentiles; only the time counts).
 * What the last two leave is drawing, keeping and summarising the trials:
 * no engine, however fast, takes a run past them. */
#define _POSIX_C_SOURCE 200809L
#include "common.h"

#include "../lib/internal.h"
#include "../lib/plan.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

enum mode { REAL, FREE_ENGINE, NO_SORT, MODES };
static enum mode mode = REAL;
static _Thread_local double drawn;  /* the values stored since the last estimate */
/* estimates and sorts the wrappers stood in for: that the wrapping took,
 * which no timing could show */
static atomic_size_t stubbed_estimates, skipped_sorts;

gac_status __real_gac_estimate_total_ws(double *total, const gac_scenario *s, const gac_sheet *sheet,
                                        gac_workspace *ws, gac_error *err);
gac_status __wrap_gac_estimate_total_ws(double *total, const gac_scenario *s, const gac_sheet *sheet,
                                        gac_workspace *ws, gac_error *err);
bool __real_gac_plan_eval(gac_plan *p, double *total, double *list);
bool __wrap_gac_plan_eval(gac_plan *p, double *total, double *list);
bool __real_gac_plan_eval_block(gac_plan *p, const double *const *col, size_t n, double *total, double *list,
                                 bool *held);
bool __wrap_gac_plan_eval_block(gac_plan *p, const double *const *col, size_t n, double *total, double *list,
                                 bool *held);
gac_status __real_gac_param_store(const gac_pref *r, const char *path, double v, gac_error *err);
gac_status __wrap_gac_param_store(const gac_pref *r, const char *path, double v, gac_error *err);
void __real_gac_rank_split_for(gac_rank_split *sp, uint64_t lo, uint64_t hi, size_t n);
void __wrap_gac_rank_split_for(gac_rank_split *sp, uint64_t lo, uint64_t hi, size_t n);
void __real_gac_rank_count(size_t *count, const double *src, size_t stride, size_t from, size_t to,
                           const gac_rank_split *sp);
void __wrap_gac_rank_count(size_t *count, const double *src, size_t stride, size_t from, size_t to,
                           const gac_rank_split *sp);
void __real_gac_rank_scatter(uint64_t *a, size_t *next, const double *src, size_t stride, size_t from, size_t to,
                             const gac_rank_split *sp);
void __wrap_gac_rank_scatter(uint64_t *a, size_t *next, const double *src, size_t stride, size_t from, size_t to,
                             const gac_rank_split *sp);
void __real_gac_rank_bucket(bool ranked, int32_t *direct, const double *src, size_t stride, size_t n,
                            const gac_rank_split *sp, uint64_t *a, const gac_rank_scratch *s, size_t from, size_t to,
                            gac_rank_want *want);
void __wrap_gac_rank_bucket(bool ranked, int32_t *direct, const double *src, size_t stride, size_t n,
                            const gac_rank_split *sp, uint64_t *a, const gac_rank_scratch *s, size_t from, size_t to,
                            gac_rank_want *want);
void __real_gac_rank_gather(int32_t *centred, size_t *next, const uint64_t *a, const double *src, size_t stride,
                            size_t from, size_t to, const gac_rank_split *sp);
void __wrap_gac_rank_gather(int32_t *centred, size_t *next, const uint64_t *a, const double *src, size_t stride,
                            size_t from, size_t to, const gac_rank_split *sp);

gac_status __wrap_gac_estimate_total_ws(double *total, const gac_scenario *s, const gac_sheet *sheet,
                                        gac_workspace *ws, gac_error *err)
{
	if (mode == REAL)
		return __real_gac_estimate_total_ws(total, s, sheet, ws, err);
	*total = drawn;
	drawn = 0;
	atomic_fetch_add(&stubbed_estimates, 1);
	return GAC_OK;
}

/* the compiled plan simulate prices with (the engine when it cannot) */
bool __wrap_gac_plan_eval(gac_plan *p, double *total, double *list)
{
	if (mode == REAL)
		return __real_gac_plan_eval(p, total, list);
	*total = *list = drawn;
	drawn = 0;
	atomic_fetch_add(&stubbed_estimates, 1);
	return true;
}

/* the same over a block of trials, reading the draws where simulate keeps them */
bool __wrap_gac_plan_eval_block(gac_plan *p, const double *const *col, size_t n, double *total, double *list,
                                bool *held)
{
	if (mode == REAL)
		return __real_gac_plan_eval_block(p, col, n, total, list, held);
	size_t moving = gac_plan_moving_count(p);
	for (size_t t = 0; t < n; t++) {
		double sum = 0;
		for (size_t k = 0; k < moving; k++)
			sum += col[k][t];
		total[t] = list[t] = sum;
		held[t] = true;
	}
	atomic_fetch_add(&stubbed_estimates, n);
	return true;
}

gac_status __wrap_gac_param_store(const gac_pref *r, const char *path, double v, gac_error *err)
{
	if (mode == REAL)
		return __real_gac_param_store(r, path, v, err);
	drawn += v;
	return GAC_OK;
}

/* The sort simulate runs, a series at a time (lib/rank.c): without
 * sorting every trial goes to the first bucket, in the order the trials
 * came, and ranks 0 */
void __wrap_gac_rank_split_for(gac_rank_split *sp, uint64_t lo, uint64_t hi, size_t n)
{
	if (mode == NO_SORT)
		atomic_fetch_add(&skipped_sorts, 1);
	__real_gac_rank_split_for(sp, lo, hi, n);
}

void __wrap_gac_rank_count(size_t *count, const double *src, size_t stride, size_t from, size_t to,
                           const gac_rank_split *sp)
{
	if (mode != NO_SORT)
		__real_gac_rank_count(count, src, stride, from, to, sp);
	else
		count[0] += to - from;
}

void __wrap_gac_rank_scatter(uint64_t *a, size_t *next, const double *src, size_t stride, size_t from, size_t to,
                             const gac_rank_split *sp)
{
	if (mode != NO_SORT) {
		__real_gac_rank_scatter(a, next, src, stride, from, to, sp);
		return;
	}
	for (size_t t = from; t < to; t++)
		a[next[0]++] = t;
}

void __wrap_gac_rank_bucket(bool ranked, int32_t *direct, const double *src, size_t stride, size_t n,
                            const gac_rank_split *sp, uint64_t *a, const gac_rank_scratch *s, size_t from, size_t to,
                            gac_rank_want *want)
{
	if (mode != NO_SORT) {
		__real_gac_rank_bucket(ranked, direct, src, stride, n, sp, a, s, from, to, want);
		return;
	}
	for (size_t k = from; direct && k < to; k++)
		direct[a[k]] = 0;
	for (size_t i = 0; want && i < want->count; i++)
		if (want->pos[i] >= from && want->pos[i] < to)
			want->trial[i] = a[want->pos[i]];
}

void __wrap_gac_rank_gather(int32_t *centred, size_t *next, const uint64_t *a, const double *src, size_t stride,
                            size_t from, size_t to, const gac_rank_split *sp)
{
	if (mode != NO_SORT) {
		__real_gac_rank_gather(centred, next, a, src, stride, from, to, sp);
		return;
	}
	memset(centred, 0, (to - from) * sizeof *centred);
}

int main(int argc, char **argv)
{
	const char *sheetp = argc > 1 ? argv[1] : "pricing/aws-bedrock.yaml";
	const char *mc = argc > 2 ? argv[2] : "bench/mc-reference.yaml";
	size_t trials = argc > 3 ? (size_t)atol(argv[3]) : 200000;
	gac_error e;
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	if (gac_sheet_load_file(&sheet, sheetp, &e) != GAC_OK || gac_scenario_load_file(&sc, mc, &e) != GAC_OK) {
		fprintf(stderr, "bench-ceiling: %s:%u:%u: %s\n", e.file, e.line, e.column, e.message);
		gac_sheet_free(sheet);
		return 1;
	}
	/* the best of three runs each, the modes in turn */
	double rate[MODES] = {0, 0, 0};
	for (int rep = 0; rep < 3; rep++)
		for (mode = REAL; mode < MODES; mode++) {
			double r = mc_rate(sc, sheet, trials, 1);
			if (r < 0)
				return 1;
			if (r > rate[mode])
				rate[mode] = r;
		}
	mode = REAL;
	double bare = bare_rate(trials);
	static const char *const what[MODES] = {"the real engine", "the engine free", "the engine free, no sorting"};
	printf("monte carlo ceiling, %zu trials on 1 thread; a bare GSL loop: %.0f trials/s\n", trials, bare);
	for (int k = REAL; k < MODES; k++)
		printf("  %-28s %9.0f trials/s, %.2f of the bare loop\n", what[k], rate[k], rate[k] / bare);
	printf("  (%zu estimates stubbed, %zu sorts skipped)\n", atomic_load(&stubbed_estimates),
	       atomic_load(&skipped_sorts));
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
	return 0;
}

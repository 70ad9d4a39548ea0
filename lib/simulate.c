/* Monte Carlo: uncertain inputs in, the distribution of every option's
 * monthly bill out.  Each trial sets the sampled values through the
 * parameter paths and prices with the real cost engine; with a horizon,
 * it prices the months as a forecast does and totals them. */
#include "simulate_impl.h"
#include "table.h"
#include "plan.h"
#include "forecast.h"

#include <stddef.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A block's tallies, per option o of n: [o] trials under capacity,
 * [n + o] trials it is the cheapest of those carrying the load, [2n]
 * trials where none carries it, [2n + 1 + o] trials over the budget.
 * Counted as the trials run (a field read per option), summed over
 * blocks: the same for any thread count. */
/* [3n + 1 + o] trials the plan's guards sent to the engine, [4n + 1 + o]
 * trials priced by the engine as the option has no plan. */
#define TALLY(n) (5 * (n) + 1)

typedef struct job {
	const gac_scenario *s;
	const gac_sheet *sheet;
	const gac_sim_options *opt;
	gac_simulation *sim;
	const double *chol;   /* m × m lower triangle, or NULL */
	const bool *joint;    /* m: the input is in the copula (correlated) */
	const size_t *by_row; /* m: the first input of its CSV file resampled by row with it, or SIZE_MAX */
	double *block_sums;   /* blocks × inputs */
	double *block_range;  /* blocks × (nopt + m) × 2 */
	size_t *block_counts; /* blocks × TALLY(nopt) */
	size_t b_first, b_last, nopt, m;
	double *block_mom;    /* blocks × nopt × (mean, m2, list sum) */
	double *totals;       /* options × trials, or NULL: streaming */
	double *draws;        /* inputs × trials, or NULL */
	hist *hists;          /* streaming: threads × nopt */
	double budget;        /* what a trial's total is held to: the monthly
	                       * budget × the horizon's months */
	unsigned thread, threads;
	atomic_size_t *done;  /* trials finished, all threads */
	const gac_error *asis; /* nopt: each option priced at the scenario's own
	                        * values (capacity_applies), GAC_OK or its error */
	gac_status st;
	gac_error err;
} job;

size_t gac_simulation_fallbacks(const gac_simulation *sim, size_t *unplanned)
{
	if (unplanned)
		*unplanned = sim ? sim->unplanned : 0;
	return sim ? sim->fallbacks : 0;
}

bool gac_simulation_list_mean(double *out, const gac_simulation *sim, size_t option)
{
	if (!sim || !sim->list_mean || option >= sim->options)
		return false;
	*out = sim->list_mean[option];
	return true;
}

void gac_simulation_free(gac_simulation *sim)
{
	if (!sim)
		return;
	for (size_t i = 0; i < sim->options; i++)
		free(sim->names[i]);
	for (size_t i = 0; i < sim->inputs; i++) {
		free(sim->paths[i]);
		free(sim->specs ? sim->specs[i] : NULL);
	}
	free(sim->specs);
	free(sim->corr);
	free(sim->names);
	free(sim->paths);
	free(sim->stats);
	free(sim->totals);
	free(sim->draws);
	for (size_t o = 0; sim->sum && o < sim->options; o++) {
		free(sim->sum[o].key);
		free(sim->sum[o].count);
	}
	free(sim->sum);
	free(sim->block_mom);
	free(sim->list_mean);
	free(sim->list_own);
	free(sim->rank);
	free(sim->block_sums);
	free(sim->block_range);
	free(sim->block_counts);
	free(sim->observed);
	free(sim->expected);
	free(sim);
}

/* MT19937 takes 32 bits of its seed, so 64-bit seeds per block would
 * collide by the birthday bound (about 7 repeated streams in 10^9 trials).
 * Instead the run's seed picks a 32-bit offset (SplitMix64) and each block
 * adds its number, through murmur3's finaliser, a bijection of 32-bit
 * integers: any two blocks of a run below 2^32 get different seeds. */
static unsigned long block_seed(uint64_t seed, size_t block)
{
	uint64_t z = seed + UINT64_C(0x9E3779B97F4A7C15);
	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	uint32_t h = (uint32_t)(z ^ (z >> 31)) + (uint32_t)block;
	h ^= h >> 16;
	h *= 0x85EBCA6BU;
	h ^= h >> 13;
	h *= 0xC2B2AE35U;
	h ^= h >> 16;
	return h;
}

/* One pass, no division per value: deviations from the first value (a
 * shift that keeps the squares small where the values are close) summed
 * with their squares; then mean = k + S1 / n, M2 = S2 - S1^2 / n. */
static inline gac_moments moments_pass(const double *src, size_t stride, size_t n, double budget, size_t *over,
                                       double *range)
{
	gac_moments r = {(double)n, 0, 0};
	if (!n)
		return r;
	const double k = src[0];
	double s1 = 0, s2 = 0, lo = k, hi = k;
	size_t above = 0;
	bool nan = false;
	for (size_t t = 0; t < n; t++) {
		double v = src[t * stride], d = v - k;
		s1 += d;
		s2 += d * d;
		above += v > budget;  /* false for a NaN budget */
		lo = v < lo ? v : lo;
		hi = v > hi ? v : hi;
		nan |= v != v;
	}
	/* the least and largest values, for the sort (NaN: some value was) */
	if (range) {
		range[0] = nan ? NAN : lo;
		range[1] = nan ? NAN : hi;
	}
	r.mean = k + s1 / r.n;
	/* rounding may take a spread of equal values below 0; squares past
	 * the largest double leave a NaN or infinity, for the caller to see */
	r.m2 = s2 - s1 * (s1 / r.n);
	if (r.m2 < 0)
		r.m2 = 0;
	if (over)
		*over += above;
	return r;
}

gac_moments gac_moments_of(const double *src, size_t stride, size_t n)
{
	return moments_pass(src, stride, n, NAN, NULL, NULL);
}

void gac_moments_merge(gac_moments *into, gac_moments add)
{
	if (add.n == 0)
		return;
	if (into->n == 0) {
		*into = add;
		return;
	}
	double n = into->n + add.n, delta = add.mean - into->mean;
	into->mean += delta * (add.n / n);
	into->m2 += add.m2 + delta * delta * (into->n * add.n / n);
	into->n = n;
}

/* Octave o into h's range; false when out of memory. */
static bool hist_reach(hist *h, unsigned o)
{
	unsigned first = h->count ? (o < h->first ? o : h->first) : o;
	unsigned last = h->count ? (o >= h->first + h->count ? o : h->first + h->count - 1) : o;
	uint64_t **p = gac_calloc(last - first + 1, sizeof *p);
	if (!p)
		return false;
	for (unsigned k = 0; k < h->count; k++)
		p[h->first - first + k] = h->oct[k];
	free(h->oct);
	h->oct = p;
	h->first = first;
	h->count = last - first + 1;
	return true;
}

static bool hist_add(hist *h, double v)
{
	uint64_t key = gac_order_key(v) >> KEY_SHIFT;
	unsigned o = (unsigned)(key >> SUB_BITS);
	if (o - h->first >= h->count && !hist_reach(h, o))  /* unsigned: below first too */
		return false;
	uint64_t **c = &h->oct[o - h->first];
	if (!*c && !(*c = gac_calloc(SUB, sizeof **c)))
		return false;
	(*c)[key & (SUB - 1)]++;
	if (v < h->min)
		h->min = v;
	if (v > h->max)
		h->max = v;
	return true;
}

static void hist_free(hist *h)
{
	for (unsigned k = 0; h && k < h->count; k++)
		free(h->oct[k]);
	if (h)
		free(h->oct);
}

static double key_value(uint64_t key)
{
	uint64_t u = key >> 63 ? key & ~(UINT64_C(1) << 63) : ~key;
	double v;
	memcpy(&v, &u, sizeof v);
	return v;
}

/* The middle of bucket `key`, within [lo, hi] (the option's extremes:
 * the value it stands for is there); the bucket at zero is 0. */
static double bucket_value(uint64_t key, double lo, double hi)
{
	double a = key_value(key << KEY_SHIFT), b = key_value(((key + 1) << KEY_SHIFT) - 1);
	double r = a == 0 || b == 0 ? 0 : a / 2 + b / 2;
	return fmin(fmax(r, lo), hi);
}

/* The value at position k (0-based) of the sorted totals, as the summary
 * knows it: the extremes exactly, the others within their bucket. */
static double summary_at(const summary *u, size_t n, double lo, double hi, size_t k)
{
	if (k == 0)
		return lo;
	if (k + 1 >= n)
		return hi;
	uint64_t seen = 0;
	for (size_t i = 0; i < u->n; i++) {
		seen += u->count[i];
		if (k < seen)
			return bucket_value(u->key[i], lo, hi);
	}
	return hi;
}

/* The f quantile as gac_rank_quantile interpolates it, from the summary:
 * each of the two order statistics within GAC_SIM_QUANTILE_ERROR of
 * itself, so the interpolation is too (the values of one sign). */
static double summary_quantile(const summary *u, size_t n, double lo, double hi, double f)
{
	const double index = f * (double)(n - 1);
	const size_t lhs = (size_t)index;
	if (lhs + 1 >= n)
		return summary_at(u, n, lo, hi, lhs);
	const double pair[2] = {summary_at(u, n, lo, hi, lhs), summary_at(u, n, lo, hi, lhs + 1)};
	return gsl_stats_quantile_from_sorted_data(pair, 1, 2, index - (double)lhs);
}

/* The threads' histograms of option o into one summary, ascending. */
static bool summary_merge(summary *u, const hist *h, size_t threads, size_t nopt, size_t o, double *lo, double *hi)
{
	unsigned first = UINT32_MAX, last = 0;
	*lo = INFINITY;
	*hi = -INFINITY;
	size_t cap = 0;
	for (size_t t = 0; t < threads; t++) {
		const hist *x = &h[t * nopt + o];
		if (!x->count)
			continue;
		first = x->first < first ? x->first : first;
		last = x->first + x->count - 1 > last ? x->first + x->count - 1 : last;
		*lo = fmin(*lo, x->min);
		*hi = fmax(*hi, x->max);
		for (unsigned k = 0; k < x->count; k++)
			cap += x->oct[k] ? SUB : 0;
	}
	u->n = 0;
	if (!(u->key = gac_malloc((cap ? cap : 1) * sizeof *u->key)) ||
	    !(u->count = gac_malloc((cap ? cap : 1) * sizeof *u->count)))
		return false;
	for (unsigned oc = first; cap && oc <= last; oc++)
		for (unsigned b = 0; b < SUB; b++) {
			uint64_t c = 0;
			for (size_t t = 0; t < threads; t++) {
				const hist *x = &h[t * nopt + o];
				if (oc >= x->first && oc - x->first < x->count && x->oct[oc - x->first])
					c += x->oct[oc - x->first][b];
			}
			if (c) {
				u->key[u->n] = (uint64_t)oc << SUB_BITS | b;
				u->count[u->n++] = c;
			}
		}
	return true;
}

/* When a trial moves only numbers the plan follows (each uncertain input
 * the option does not fix is a slot of the plan, and no expression
 * recomputes other fields from it), the plan folds every other number
 * into its constants and need not check them each trial.  A workload's
 * growth_per_month moves no month-1 figure (only a forecast reads it):
 * it is not one of them.  How many numbers move (moving_in: whose input
 * each is), or 0 when the plan was not folded. */
static size_t plan_trust(gac_plan *p, const gac_scenario *v, const gac_pref *refs, const bool *fixed, size_t m,
                         const double **moving, size_t *moving_in)
{
	if (v->binding_count)
		return 0;
	size_t n = 0;
	for (size_t i = 0; i < m; i++) {
		if (fixed[i])
			continue;
		if (refs[i].wild || refs[i].inherit)
			return 0;
		if (refs[i].w && refs[i].slot == &refs[i].w->v[GAC_W_GROWTH])
			continue;
		moving_in[n] = i;
		moving[n++] = refs[i].slot;
	}
	return gac_plan_trust(p, moving, n) ? n : 0;
}

/* Months 1..months of variant v as gac_forecast_run prices them: *total
 * their sum (the forecast's cumulative), *list that at list prices, and
 * *under 1 when in some month the units in force do not carry the peak. */
static gac_status price_horizon(double *total, double *list, int *under, const gac_scenario *v,
                                const gac_sheet *sheet, size_t months, gac_error *err)
{
	gac_forecast *f = NULL;
	gac_status st = gac_forecast_run(&f, v, sheet, months, err);
	if (st != GAC_OK)
		return st;
	size_t n = gac_forecast_count(f);
	double l = 0;
	int u = 0;
	for (size_t m = 0; m < n; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m);
		l += f->has_list ? f->list[m] : x->total;
		u |= x->under_capacity != 0;
	}
	*total = n ? gac_forecast_at(f, n - 1)->cumulative : 0;
	*list = l;
	*under = u;
	gac_forecast_free(f);
	return GAC_OK;
}

/* A trial's failure (status EVALUE) worded into msg: one the option has at
 * the scenario's own values too, the same error, does not depend on the
 * draws: it names the option, as compare does, with no hint to bound
 * them; another names the trial and gives that hint. */
static void trial_message(char *msg, size_t size, const job *j, size_t o, const gac_error *err, size_t trial)
{
	const gac_error *a = j->asis ? &j->asis[o] : NULL;
	if (a && a->status == err->status && a->line == err->line && a->column == err->column &&
	    !strcmp(a->file, err->file) && !strcmp(a->message, err->message)) {
		if (o)
			gac_c_snprintf(msg, size, "option '%s': %s", gac_scenario_option_name(j->s, o - 1), err->message);
		else
			gac_c_snprintf(msg, size, "%s", err->message);
		return;
	}
	gac_c_snprintf(msg, size, "trial %zu: %s (bound the uncertain inputs with min/max)", trial, err->message);
}

/* A horizon the forecast could not price (a month's draw the model cannot
 * serve): the trial named, the forecast's place and month kept. */
static void horizon_error(const job *j, size_t o, gac_error *err, size_t trial)
{
	char msg[sizeof err->message + 160], file[sizeof err->file];
	unsigned line = err->line, col = err->column;
	gac_c_snprintf(file, sizeof file, "%s", err->file);
	trial_message(msg, sizeof msg, j, o, err, trial);
	gac_fail(err, err->status, file[0] ? file : NULL, line, col, "%.400s", msg);
}

/* What a worker keeps from block to block: one variant of the scenario per
 * option, with its workspace, plan and the uncertain paths resolved in it,
 * and the block's draws. */
typedef struct wstate {
	gac_scenario **v;
	gac_workspace **ws;   /* a workspace per variant, so each keeps its models found */
	/* each option's plan, compiled at the first trial of each block (so
	 * the same for any thread count); NULL: price with the engine */
	gac_plan **plan;
	bool *compile;
	gac_pref *refs;       /* options × inputs */
	bool *fixed;          /* the same: an option that sets an uncertain input decides it */
	const double **moving;
	size_t *moving_in;    /* options × inputs: the input of each number the plan was told moves */
	size_t *moving_n;     /* options: how many */
	const double **col;   /* inputs: where a block evaluation reads each moving number */
	double *cols;         /* inputs × BLOCK: the block's draws, an input's together */
	/* per input, over the block's draws: the least and the largest, and
	 * whether some draw is NaN or (where a parameter takes whole numbers
	 * only) not whole */
	double *lo, *hi;
	bool *nan, *part, *whole;
	int *under;           /* BLOCK × options: under capacity in the trial */
	double *btot;         /* the block's totals: option o's at btot[o * bstride] */
	size_t bstride;
} wstate;

/* Input i's draws in the block: their extremes, NaN or not whole. */
static void block_range(wstate *w, size_t i, size_t n)
{
	const double *x = &w->cols[i * BLOCK];
	double lo = INFINITY, hi = -INFINITY;
	bool nan = false, part = false;
	for (size_t t = 0; t < n; t++) {
		lo = x[t] < lo ? x[t] : lo;
		hi = x[t] > hi ? x[t] : hi;
		nan |= x[t] != x[t];
	}
	for (size_t t = 0; w->whole[i] && t < n; t++)
		part |= x[t] != floor(x[t]);
	w->lo[i] = lo;
	w->hi[i] = hi;
	w->nan[i] = nan;
	w->part[i] = part;
}

/* Trial t (of block b) of option o as each trial was always priced: its
 * draws stored, the plan compiled at the block's first trial, then the
 * plan, or the engine where a guard broke or there is no plan.  Errors
 * name the trial. */
static gac_status price_trial(job *j, wstate *w, size_t b, size_t t, size_t o, gac_error *err)
{
	size_t m = j->m, nopt = j->nopt, at = t - b * BLOCK;
	size_t *tally = &j->block_counts[b * TALLY(nopt)];
	double *list_sum = &j->block_mom[(b * nopt + o) * 3 + 2], *total = &w->btot[o * w->bstride + at];
	gac_status st = GAC_OK;
	for (size_t i = 0; i < m && st == GAC_OK; i++) {
		if (w->fixed[o * m + i])
			continue;
		double x = w->cols[i * BLOCK + at];
		st = gac_param_store(&w->refs[o * m + i], j->s->uncertain[i].path, x, err);
		if (st != GAC_OK) {
			const struct gac_uncertain *un = &j->s->uncertain[i];
			char msg[sizeof err->message + 160];
			gac_c_snprintf(msg, sizeof msg, "trial %zu drew %g: %s (bound the distribution with min/max)", t + 1, x,
			               err->message);
			gac_fail(err, st, j->s->path, un->line, un->col, "%.400s", msg);
		}
	}
	if (j->opt->months) {
		if (st == GAC_OK) {
			/* the trial's horizon, priced as a forecast */
			int under = 0;
			double list = 0;
			st = price_horizon(total, &list, &under, w->v[o], j->sheet, j->opt->months, err);
			w->under[at * nopt + o] = under;
			if (st == GAC_OK)
				*list_sum += list;
		}
		if (st == GAC_EVALUE)
			horizon_error(j, o, err, t + 1);
		return st;
	}
	if (st == GAC_OK && w->compile[o]) {
		/* at this trial's values; one the engine refuses is priced by it
		 * below, and the next trial compiles */
		gac_error scratch;
		if (gac_plan_compile(&w->plan[o], w->v[o], j->sheet, &scratch) == GAC_OK) {
			w->compile[o] = false;
			w->moving_n[o] = plan_trust(w->plan[o], w->v[o], &w->refs[o * m], &w->fixed[o * m], m, w->moving,
			                            &w->moving_in[o * m]);
		}
	}
	double list;
	bool by_plan = st == GAC_OK && gac_plan_eval(w->plan[o], total, &list);
	if (by_plan) {
		*list_sum += list;
		w->under[at * nopt + o] = gac_plan_under_capacity(w->plan[o], NULL, NULL);
	} else if (st == GAC_OK) {
		tally[(w->plan[o] && gac_plan_ok(w->plan[o]) ? 3 : 4) * nopt + 1 + o]++;
		st = gac_estimate_total_ws(total, w->v[o], j->sheet, w->ws[o], err);
		/* the bill at list prices, summed in trial order */
		if (st == GAC_OK) {
			*list_sum += gac_workspace_list_total(w->ws[o]);
			w->under[at * nopt + o] = gac_workspace_under_capacity(w->ws[o], NULL, NULL);
		}
	}
	if (st == GAC_EVALUE) {
		/* a draw the model cannot serve (a request past its context window) */
		char msg[sizeof err->message + 160], file[sizeof err->file];
		unsigned line = err->line, col = err->column;
		gac_c_snprintf(file, sizeof file, "%s", err->file);
		trial_message(msg, sizeof msg, j, o, err, t + 1);
		gac_fail(err, st, file[0] ? file : NULL, line, col, "%.400s", msg);
	}
	return st;
}

/* Whether every draw of trials [at, at + n) of the block that option o
 * stores is one gac_param_store takes at once (in its interval): then
 * the plan may read the draws where they are. */
static bool storable(const job *j, const wstate *w, size_t o, size_t at, size_t n)
{
	size_t m = j->m;
	for (size_t i = 0; i < m; i++) {
		if (w->fixed[o * m + i])
			continue;
		const gac_pref *r = &w->refs[o * m + i];
		/* the whole block in the interval: so is this part of it */
		if (!r->wild && !w->nan[i] && w->lo[i] >= r->lo && w->hi[i] <= r->hi && (!r->whole || !w->part[i]))
			continue;
		const double *x = &w->cols[i * BLOCK + at];
		bool out = r->wild;
		for (size_t t = 0; t < n; t++)
			out |= !(x[t] >= r->lo && x[t] <= r->hi);
		for (size_t t = 0; r->whole && t < n; t++)
			out |= x[t] != floor(x[t]);
		if (out)
			return false;
	}
	return true;
}

/* Trials [t, last) of block b for option o: while its plan is folded
 * (trusted), GAC_PLAN_CHUNK trials at a time from the block's draws
 * without storing them, each trial where the plan does not hold priced as
 * price_trial prices it (which finds the same and gives it to the engine);
 * otherwise trial by trial.  On an error, *t is the trial. */
static gac_status price_option(job *j, wstate *w, size_t b, size_t *t, size_t last, size_t o, gac_error *err)
{
	size_t m = j->m, nopt = j->nopt, first = b * BLOCK;
	double *list_sum = &j->block_mom[(b * nopt + o) * 3 + 2];
	while (*t < last) {
		size_t at = *t - first, n = last - *t < GAC_PLAN_CHUNK ? last - *t : GAC_PLAN_CHUNK;
		double total[GAC_PLAN_CHUNK], list[GAC_PLAN_CHUNK];
		bool held[GAC_PLAN_CHUNK];
		bool block = !j->opt->months && !w->compile[o] && gac_plan_trusted(w->plan[o]) && storable(j, w, o, at, n);
		for (size_t k = 0; block && k < w->moving_n[o]; k++)
			w->col[k] = &w->cols[w->moving_in[o * m + k] * BLOCK + at];
		if (!block || !gac_plan_eval_block(w->plan[o], w->col, n, total, list, held)) {
			gac_status st = price_trial(j, w, b, *t, o, err);
			if (st != GAC_OK)
				return st;
			++*t;
			continue;
		}
		for (size_t k = 0; k < n; k++, ++*t) {
			if (!held[k]) {
				gac_status st = price_trial(j, w, b, *t, o, err);
				if (st != GAC_OK)
					return st;
				continue;
			}
			w->btot[o * w->bstride + at + k] = total[k];
			*list_sum += list[k];
			w->under[(at + k) * nopt + o] = gac_plan_under_capacity(w->plan[o], NULL, NULL);
		}
	}
	return GAC_OK;
}

static void *worker(void *arg)
{
	job *j = arg;
	size_t m = j->m, nopt = j->nopt;
	wstate w = {0};
	w.v = calloc(nopt, sizeof *w.v);
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	double *z = calloc(m + 1, sizeof *z), *x = calloc(m + 1, sizeof *x);
	size_t *row = calloc(m + 1, sizeof *row);  /* the row drawn for each file, at its first input */
	w.ws = calloc(nopt, sizeof *w.ws);
	w.plan = calloc(nopt, sizeof *w.plan);
	w.compile = calloc(nopt, sizeof *w.compile);
	w.moving = calloc(m + 1, sizeof *w.moving);
	w.moving_in = calloc(nopt * (m + 1), sizeof *w.moving_in);
	w.moving_n = calloc(nopt, sizeof *w.moving_n);
	w.col = calloc(m + 1, sizeof *w.col);
	/* a block evaluation reads a chunk's length past a column's start */
	w.cols = gac_calloc((m + 1) * BLOCK + GAC_PLAN_CHUNK, sizeof *w.cols);
	w.under = gac_malloc(BLOCK * nopt * sizeof *w.under);
	w.lo = calloc(m + 1, sizeof *w.lo);
	w.hi = calloc(m + 1, sizeof *w.hi);
	w.nan = calloc(m + 1, sizeof *w.nan);
	w.part = calloc(m + 1, sizeof *w.part);
	w.whole = calloc(m + 1, sizeof *w.whole);
	/* streaming: a block's totals, summarised when it ends */
	double *own = j->totals ? NULL : gac_malloc(BLOCK * nopt * sizeof *own);
	bool ok = w.v && rng && z && x && row && w.ws && w.plan && w.compile && w.moving && w.moving_in && w.moving_n && w.col &&
	          w.cols && w.under && w.lo && w.hi && w.nan && w.part && w.whole && (j->totals || own);
	for (size_t o = 0; ok && o < nopt; o++)
		ok = gac_workspace_new(&w.ws[o]) == GAC_OK;
	if (!ok) {
		j->st = gac_fail(&j->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		goto out;
	}
	/* a horizon's forecast may switch to the options its commitments
	 * name: its variants keep them */
	for (size_t o = 0; o < nopt && j->st == GAC_OK; o++)
		j->st = j->opt->months ? gac_scenario_with_option_kept(&w.v[o], j->s, o, &j->err)
		                       : gac_scenario_with_option_at(&w.v[o], j->s, o, &j->err);
	/* each variant's uncertain paths, resolved once */
	w.refs = calloc(nopt * (m + 1), sizeof *w.refs);
	if (!w.refs && j->st == GAC_OK)
		j->st = gac_fail(&j->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	w.fixed = calloc(nopt * (m + 1), sizeof *w.fixed);
	if (!w.fixed && j->st == GAC_OK)
		j->st = gac_fail(&j->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	for (size_t o = 0; o < nopt && j->st == GAC_OK; o++)
		for (size_t i = 0; i < m && j->st == GAC_OK; i++) {
			j->st = gac_param_resolve(&w.refs[o * m + i], w.v[o], j->s->uncertain[i].path);
			const gac_option *op = o ? &j->s->options[o - 1] : NULL;
			for (size_t k = 0; op && k < op->count; k++)
				if (!strcmp(op->paths[k], j->s->uncertain[i].path))
					w.fixed[o * m + i] = true;
			w.whole[i] |= w.refs[o * m + i].whole;
		}
	for (size_t b = j->b_first + j->thread; b < j->b_last && j->st == GAC_OK; b += j->threads) {
		gsl_rng_set(rng, block_seed(j->opt->seed, b));
		size_t first = b * BLOCK, last = first + BLOCK < j->sim->trials ? first + BLOCK : j->sim->trials;
		/* the calling thread reports progress; the others only count */
		if (j->thread == 0 && j->opt->progress)
			j->opt->progress(j->opt->progress_user, atomic_load(j->done), j->sim->trials);
		double *sums = &j->block_sums[b * m];
		w.btot = own ? own : &j->totals[first];
		w.bstride = own ? BLOCK : j->sim->trials;
		for (size_t o = 0; o < nopt; o++)
			j->block_mom[(b * nopt + o) * 3 + 2] = 0;
		size_t *tally = &j->block_counts[b * TALLY(nopt)];
		for (size_t o = 0; o < nopt; o++) {
			gac_plan_free(w.plan[o]);
			w.plan[o] = NULL;
			w.compile[o] = true;
		}
		/* the block's draws first, trial by trial: pricing draws nothing,
		 * so they are what they were when each trial priced its own */
		for (size_t t = first; t < last; t++) {
			for (size_t i = 0; i < m; i++)
				if (j->joint[i])
					z[i] = gsl_ran_ugaussian(rng);
			for (size_t i = 0; i < m; i++) {
				const gac_dist *d = &j->s->uncertain[i].dist;
				size_t leader = j->by_row[i];
				if (leader != SIZE_MAX) {
					/* columns of one history keep their months together */
					if (leader == i)
						row[i] = gsl_rng_uniform_int(rng, d->count);
					x[i] = fmin(fmax(d->rows[row[leader]], d->lo), d->hi);
				} else if (!j->joint[i]) {
					x[i] = gac_dist_draw(d, rng);
				} else {
					/* the Gaussian copula: correlate the normals, map to
					 * uniforms, then through the input's inverse CDF (the
					 * z of an input outside it stays 0, its weight is 0) */
					double acc = 0;
					for (size_t k = 0; k <= i; k++)
						acc += j->chol[i * m + k] * z[k];
					double u = gsl_cdf_ugaussian_P(acc);
					u = fmin(fmax(u, 1e-300), 1 - 1e-16);
					x[i] = gac_dist_quantile(d, u);
				}
				sums[i] += x[i];
				w.cols[i * BLOCK + (t - first)] = x[i];
			}
		}
		/* exact runs: each series' extremes in the block, for its sort */
		double *range = j->block_range ? &j->block_range[b * (nopt + m) * 2] : NULL;
		for (size_t i = 0; i < m; i++) {
			block_range(&w, i, last - first);
			if (range) {
				range[(nopt + i) * 2] = w.nan[i] ? NAN : w.lo[i];
				range[(nopt + i) * 2 + 1] = w.nan[i] ? NAN : w.hi[i];
			}
			if (j->draws)
				memcpy(&j->draws[i * j->sim->trials + first], &w.cols[i * BLOCK], (last - first) * sizeof *w.cols);
		}
		/* then option by option.  The first error in trial order is the
		 * one reported, as when each trial priced every option in turn:
		 * after an error at trial te, a later option runs only up to it */
		size_t te = last;
		for (size_t o = 0; o < nopt; o++) {
			size_t t = first;
			gac_error e;
			gac_status st = price_option(j, &w, b, &t, te, o, &e);
			if (st != GAC_OK) {
				te = t;
				j->st = st;
				j->err = e;
			}
		}
		if (j->st != GAC_OK)
			break;
		/* the cheapest of the options that carry the load (first of equals) */
		for (size_t t = 0; t < last - first; t++) {
			const double *tot = &w.btot[t];
			size_t best = nopt;
			for (size_t o = 0; o < nopt; o++) {
				int under = w.under[t * nopt + o];
				tally[o] += (size_t)under;
				if (!under && (best == nopt || tot[o * w.bstride] < tot[best * w.bstride]))
					best = o;
			}
			tally[nopt + best]++;
		}
		/* the block's moments and budget count, and its totals into the
		 * thread's summaries, while they are in cache */
		for (size_t o = 0; o < nopt && j->st == GAC_OK; o++) {
			gac_moments mo = moments_pass(&w.btot[o * w.bstride], 1, last - first, j->budget, &tally[2 * nopt + 1 + o],
			                              range ? &range[o * 2] : NULL);
			j->block_mom[(b * nopt + o) * 3] = mo.mean;
			j->block_mom[(b * nopt + o) * 3 + 1] = mo.m2;
			hist *h = own ? &j->hists[j->thread * nopt + o] : NULL;
			for (size_t t = 0; h && t < last - first; t++)
				if (!hist_add(h, w.btot[o * w.bstride + t])) {
					j->st = gac_fail(&j->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
					break;
				}
		}
		atomic_fetch_add(j->done, last - first);
	}
out:
	free(w.refs);
	free(w.fixed);
	for (size_t o = 0; w.v && o < nopt; o++)
		gac_scenario_free(w.v[o]);
	free(w.v);
	free(z);
	free(x);
	free(row);
	free(own);
	for (size_t o = 0; w.ws && o < nopt; o++)
		gac_workspace_free(w.ws[o]);
	free(w.ws);
	for (size_t o = 0; w.plan && o < nopt; o++)
		gac_plan_free(w.plan[o]);
	free(w.plan);
	free(w.compile);
	free(w.moving);
	free(w.moving_in);
	free(w.moving_n);
	free(w.col);
	free(w.cols);
	free(w.under);
	free(w.lo);
	free(w.hi);
	free(w.nan);
	free(w.part);
	free(w.whole);
	if (rng)
		gsl_rng_free(rng);
	return NULL;
}

static unsigned cores(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 && n < 1024 ? (unsigned)n : 1;
}

static gac_status simulate_once(gac_simulation **out, const gac_scenario *s, const gac_sheet *sheet,
                                const gac_sim_options *opt, gac_simulation *prev, gac_error *err);

/* A distribution that can draw what its parameter refuses (a normal on a
 * fraction, an unbounded one on a count with a maximum) fails before any
 * trial, not at whichever trial first draws there: how many trials ran
 * must not decide whether a scenario is valid.  Its reach is taken as the
 * quantiles the copula clamps to, 1e-300 and 1 - 1e-16. */
static gac_status check_support(const gac_scenario *s, gac_error *err)
{
	gac_scenario *probe = NULL;
	gac_status st = gac_scenario_with_option(&probe, s, "baseline", err);
	for (size_t i = 0; st == GAC_OK && i < s->uncertain_count; i++) {
		const struct gac_uncertain *un = &s->uncertain[i];
		gac_pref ref;
		if ((st = gac_param_resolve(&ref, probe, un->path)) != GAC_OK) {
			st = gac_fail(err, st, s->path, un->line, un->col, "uncertain %s is not a numeric parameter",
			              un->path);
			break;
		}
		const double ends[] = {gac_dist_quantile(&un->dist, 1e-300), gac_dist_quantile(&un->dist, 1 - 1e-16)};
		for (int k = 0; k < 2 && st == GAC_OK; k++)
			if ((st = gac_param_store(&ref, un->path, ends[k], err)) != GAC_OK) {
				char why[sizeof err->message];
				gac_c_snprintf(why, sizeof why, "%s", err->message);
				st = gac_fail(err, st, s->path, un->line, un->col,
				              "uncertain %s: the distribution reaches %g, which the parameter refuses (%.300s); "
				              "bound it with min/max", un->path, ends[k], why);
			}
	}
	gac_scenario_free(probe);
	return st;
}

gac_status gac_scenario_check_uncertain(const gac_scenario *s, gac_error *err)
{
	if (!s)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no scenario");
	gac_error_clear(err);
	return check_support(s, err);
}

/* Run blocks [proto->b_first, proto->b_last) on proto->threads threads. */
static gac_status run_blocks(const job *proto, gac_error *err)
{
	unsigned threads = proto->threads;
	job *jobs = gac_calloc(threads, sizeof *jobs);
	pthread_t *ids = gac_calloc(threads, sizeof *ids);
	bool *started = gac_calloc(threads, sizeof *started);
	gac_status st = GAC_OK;
	if (!jobs || !ids || !started) {
		free(jobs);
		free(ids);
		free(started);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	for (unsigned t = 0; t < threads; t++) {
		jobs[t] = *proto;
		jobs[t].thread = t;
		if (t > 0 && !(started[t] = pthread_create(&ids[t], NULL, worker, &jobs[t]) == 0))
			jobs[t].st = gac_fail(&jobs[t].err, GAC_ENOMEM, NULL, 0, 0, "cannot start a thread");
	}
	worker(&jobs[0]);
	for (unsigned t = 1; t < threads; t++)
		if (started[t])
			pthread_join(ids[t], NULL);
	/* the first failure in thread order, so the message is stable */
	for (unsigned t = 0; t < threads && st == GAC_OK; t++)
		if (jobs[t].st != GAC_OK) {
			st = jobs[t].st;
			if (err)
				*err = jobs[t].err;
		}
	free(jobs);
	free(ids);
	free(started);
	return st;
}

gac_status gac_sim_options_init(gac_sim_options *opts, unsigned int version)
{
	if (!opts || version < 1 || version > GAC_SIM_OPTIONS_VERSION)
		return GAC_EARG;
	/* a version-1 caller's struct ends before months */
	memset(opts, 0, version < 2 ? offsetof(gac_sim_options, months) : sizeof *opts);
	opts->version = version;
	opts->trials = 10000;
	opts->seed = 1;
	opts->budget = NAN;
	return GAC_OK;
}

/* The options as this version reads them: NULL and a zeroed struct (version
 * 0) are the defaults, their zeros standing for them; a newer version
 * than this library's is refused. */
static gac_status sim_options_resolve(gac_sim_options *to, const gac_sim_options *from, gac_error *err)
{
	gac_sim_options_init(to, GAC_SIM_OPTIONS_VERSION);
	if (!from)
		return GAC_OK;
	if (from->version > GAC_SIM_OPTIONS_VERSION)
		return gac_fail(err, GAC_EARG, NULL, 0, 0,
		                "simulation options of version %u: this library knows versions up to %u", from->version,
		                GAC_SIM_OPTIONS_VERSION);
	/* a version-1 struct (and a zeroed one, which may be one) ends
	 * before months */
	if (from->version < 2)
		memcpy(to, from, offsetof(gac_sim_options, months));
	else
		*to = *from;
	if (from->version == 0) {
		to->version = GAC_SIM_OPTIONS_VERSION;
		if (!to->trials)
			to->trials = 10000;
		if (!to->seed)
			to->seed = 1;
		if (to->budget == 0)
			to->budget = NAN;
	}
	return GAC_OK;
}

/* Precision control (as Crystal Ball's): more trials until every option's
 * 95% interval of the mean is narrow enough.  Blocks are seeded by number,
 * so a longer run repeats the shorter one's trials and adds to them. */
gac_status gac_simulate(gac_simulation **out, const gac_scenario *s, const gac_sheet *sheet,
                        const gac_sim_options *options, gac_error *err)
{
	if (out)
		*out = NULL;
	gac_sim_options given;
	gac_status rs = sim_options_resolve(&given, options, err);
	if (rs != GAC_OK)
		return rs;
	const gac_sim_options *opt = &given;
	/* no budget given: the scenario's budget.monthly, when it has one */
	if (s && isnan(opt->budget) && gac_param_is_set(s, "budget.monthly"))
		given.budget = s->g[GAC_G_BUDGET];
	if (!(opt->precision > 0)) {
		gac_status st = simulate_once(out, s, sheet, opt, NULL, err);
		if (st == GAC_OK)
			(*out)->converged = -1;  /* no precision was asked for */
		return st;
	}
	if (opt->precision >= 1)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "the precision is a share below 1, such as 1%% (got %g)",
		                opt->precision);
	gac_sim_options o = *opt;
	size_t max = opt->max_trials ? opt->max_trials : opt->trials * 100;
	gac_simulation *prev = NULL;
	for (;;) {
		/* the longer run adds blocks to the shorter one's, which it keeps */
		gac_status st = simulate_once(out, s, sheet, &o, prev, err);
		prev = NULL;
		if (st != GAC_OK)
			return st;
		bool ok = true;
		for (size_t i = 0; i < (*out)->options; i++) {
			const gac_sim_stats *x = &(*out)->stats[i];
			ok = ok && 2 * 1.96 * x->se_mean <= opt->precision * fabs(x->mean);
		}
		(*out)->converged = ok;
		if (ok || o.trials >= max) {
			if (o.progress)
				o.progress(o.progress_user, o.trials, o.trials);
			return GAC_OK;
		}
		prev = *out;
		*out = NULL;
		o.trials = o.trials * 2 < max ? o.trials * 2 : max;
	}
}

static _Atomic size_t phys_override;

void gac_sim_set_phys_memory(size_t bytes) { atomic_store(&phys_override, bytes); }

/* Exact percentiles up to a quarter of physical memory: the rest is left
 * to the system and to whatever else runs; 256 MiB where it is unknown. */
static size_t default_cap(void)
{
	size_t phys = atomic_load(&phys_override);
	if (!phys) {
		long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
		phys = pages > 0 && size > 0 && (size_t)pages <= SIZE_MAX / (size_t)size ? (size_t)pages * (size_t)size : 0;
	}
	return phys ? phys / 4 : (size_t)256 << 20;
}

size_t gac_simulation_memory(const gac_simulation *sim, bool *default_cap_, size_t *needed)
{
	if (default_cap_)
		*default_cap_ = sim && sim->cap_default;
	if (needed)
		*needed = sim ? sim->needed : 0;
	return sim ? sim->cap : 0;
}

static gac_status run_args_ok(gac_simulation **out, const gac_scenario *s, const gac_sheet *sheet,
                              const gac_sim_options *opt, gac_error *err)
{
	if (!out || !s || !sheet || !opt)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "missing argument");
	*out = NULL;
	if (opt->trials < 1 || opt->trials > 1000000000)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "trials run from 1 to 1,000,000,000 (got %zu)", opt->trials);
	if (opt->months > 600)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "a simulation's horizon runs 1 to 600 months (got %zu)",
		                opt->months);
	if (!s->uncertain_count)
		return gac_fail(err, GAC_ESCHEMA, s->path, 1, 1,
		                "the scenario declares no 'uncertain' inputs to simulate");
	return GAC_OK;
}

/* cols × rows doubles, a column's together: *from (cols × old) grown to
 * them, each column moved to its place (and taken: *from becomes NULL),
 * or fresh ones when from is NULL. */
static double *grow_or_alloc(double **from, size_t cols, size_t old, size_t rows)
{
	if (!from)
		return gac_malloc_large(cols * rows * sizeof(double));
	double *p = gac_realloc(*from, cols * rows * sizeof(double));
	if (!p)
		return NULL;
	*from = NULL;
	/* the last column first: each moves up, past none not yet moved */
	for (size_t c = cols; c-- > 1;)
		memmove(&p[c * rows], &p[c * old], old * sizeof *p);
	return p;
}

/* Whether a capacity verdict applies to variant v: some provisioned
 * throughput it prices has a known capacity per unit and a known load
 * (units_needed) and throttles the load above its units, so a trial can
 * find its units short.  On demand, a Reserved-tier reservation (no
 * units_needed: its overflow goes on demand), units whose load above them
 * goes on demand (overflow_on_demand: nothing is throttled, and the plan
 * records no throughput under capacity for them, gac_plan_under) or a
 * throughput whose capacity or load is unknown has none, and
 * its P(under capacity) is NaN, not a 0 that reads as "always carries".
 * One the engine refuses as written keeps the count of its trials, and
 * its error in *asis (a trial failing with the same error fails whatever
 * it drew: trial_message).  Only GAC_ENOMEM is returned as a failure. */
static gac_status capacity_applies(bool *out, gac_error *asis, const gac_scenario *v, const gac_sheet *sheet)
{
	gac_result *r = NULL;
	gac_status st = gac_estimate(&r, v, sheet, asis);
	*out = st != GAC_OK;
	for (size_t i = 0; st == GAC_OK && i < gac_result_provisioned_count(r); i++)
		*out |= !isnan(gac_result_provisioned(r, i)->units_needed) &&
		        !gac_result_provisioned(r, i)->overflow_on_demand;
	gac_result_free(r);
	return st == GAC_ENOMEM ? st : GAC_OK;
}

/* prev: a shorter exact run of the same scenario and options, or NULL;
 * taken over and freed.  Blocks are seeded by number, so its whole blocks
 * are this run's first ones: its totals and draws are grown in place, not
 * run again, and the result is the same as a run from scratch.  The rest
 * of it is freed before the post-processing allocates, so the two runs
 * together stay within what this one alone may take. */
static gac_status simulate_once(gac_simulation **out, const gac_scenario *s, const gac_sheet *sheet,
                                const gac_sim_options *opt, gac_simulation *prev, gac_error *err)
{
	gac_status st = run_args_ok(out, s, sheet, opt, err);
	if (st != GAC_OK) {
		gac_simulation_free(prev);
		return st;
	}
	size_t m = s->uncertain_count, nopt = s->option_count + 1;
	size_t cap = opt->memory_cap ? opt->memory_cap : default_cap();
	unsigned threads = opt->threads ? opt->threads : cores();
	size_t blocks = (opt->trials + BLOCK - 1) / BLOCK;
	if (threads > blocks)
		threads = (unsigned)blocks;
	/* exact percentiles while what they need fits the cap (exact_bytes:
	 * per trial the totals and draws kept, ranks and the sort's keys, and
	 * one thread's sort scratch); estimates beyond.  One
	 * thread's, not every thread's: whether a run streams must not depend
	 * on --threads; the sorting takes as many threads as the rest of the
	 * cap has scratch for. */
	size_t needed = gac_sim_exact_bytes(opt->trials, nopt, m, 1);
	bool streaming = needed > cap;
	unsigned sort_threads = 1;
	while (!streaming && sort_threads < threads && gac_sim_exact_bytes(opt->trials, nopt, m, sort_threads + 1) <= cap)
		sort_threads++;
	/* a longer run takes over a shorter one's totals and draws, grown in
	 * place (each option's and input's column moved up to its new start):
	 * the two runs' arrays never coexist, so the cap holds as for a run
	 * from scratch.  A streamed run keeps no totals, so it neither extends
	 * nor is extended. */
	bool extend = prev && !prev->streaming && !streaming && prev->options == nopt && prev->inputs == m &&
	              prev->trials <= opt->trials;
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	gac_simulation *sim = gac_calloc(1, sizeof *sim);
	double *chol = NULL, *block_sums = NULL, *block_mom = NULL, *block_range = NULL;
	size_t *block_counts = NULL, *tally = NULL;
	hist *hists = NULL;
	bool *verdict = NULL;  /* options: a capacity verdict applies (capacity_applies) */
	gac_error *asis = NULL; /* options: the error at the scenario's own values, or GAC_OK */
	bool *joint = gac_calloc(m, sizeof *joint);
	size_t *by_row = gac_calloc(m, sizeof *by_row);
	if (!joint || !by_row || !sim || !(sim->names = gac_calloc(nopt, sizeof *sim->names)) ||
	    !(sim->stats = gac_calloc(nopt, sizeof *sim->stats)) ||
	    (!streaming && !(sim->totals = grow_or_alloc(extend ? &prev->totals : NULL, nopt, extend ? prev->trials : 0,
	                                                 opt->trials))) ||
	    (!streaming && !(sim->draws = grow_or_alloc(extend ? &prev->draws : NULL, m, extend ? prev->trials : 0,
	                                                opt->trials))) ||
	    !(sim->rank = gac_calloc(m * nopt, sizeof *sim->rank)) ||
	    !(sim->paths = gac_calloc(m, sizeof *sim->paths)) || !(sim->observed = gac_calloc(m, sizeof *sim->observed)) ||
	    !(sim->expected = gac_calloc(m, sizeof *sim->expected)) ||
	    !(sim->specs = gac_calloc(m + 1, sizeof *sim->specs)) ||
	    (s->correlation && !(sim->corr = gac_calloc(m * m, sizeof *sim->corr))) ||
	    !(block_sums = gac_calloc(blocks * m, sizeof *block_sums)) ||
	    (!streaming && !(block_range = gac_calloc(blocks * (nopt + m) * 2, sizeof *block_range))) ||
	    !(block_counts = gac_calloc(blocks * TALLY(nopt), sizeof *block_counts)) ||
	    !(block_mom = gac_calloc(blocks * nopt * 3, sizeof *block_mom)) ||
	    (streaming && !(hists = gac_calloc((size_t)threads * nopt, sizeof *hists))) ||
	    (streaming && !(sim->sum = gac_calloc(nopt, sizeof *sim->sum))) ||
	    !(tally = gac_calloc(TALLY(nopt), sizeof *tally))) {
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		goto done;
	}
	/* pricing_overrides in any option: the mean bill at list prices too */
	if (!(sim->list_own = gac_calloc(nopt, sizeof *sim->list_own)) || !(verdict = gac_calloc(nopt, sizeof *verdict)) ||
	    !(asis = gac_calloc(nopt, sizeof *asis))) {
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		goto done;
	}
	bool ov = false;
	for (size_t o = 0; o < nopt; o++) {
		gac_scenario *v = NULL;
		if ((st = gac_scenario_with_option_at(&v, s, o, err)) != GAC_OK)
			goto done;
		ov |= sim->list_own[o] = gac_scenario_has_overrides(v);
		st = capacity_applies(&verdict[o], &asis[o], v, sheet);
		gac_scenario_free(v);
		v = NULL;
		if (st == GAC_OK && opt->months) {
			/* a trial prices a horizon: its error at the scenario's own
			 * values is the forecast's (its month named) */
			double total, list;
			int under;
			gac_error_clear(&asis[o]);
			if ((st = gac_scenario_with_option_kept(&v, s, o, err)) != GAC_OK)
				goto done;
			st = price_horizon(&total, &list, &under, v, sheet, opt->months, &asis[o]);
			gac_scenario_free(v);
			st = st == GAC_ENOMEM ? st : GAC_OK;
		}
		if (st != GAC_OK) {
			st = gac_fail(err, st, NULL, 0, 0, "out of memory");
			goto done;
		}
	}
	if (ov && !(sim->list_mean = gac_calloc(nopt, sizeof *sim->list_mean))) {
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		goto done;
	}
	sim->trials = opt->trials;
	sim->months = opt->months;
	sim->budget = opt->months ? opt->budget * (double)opt->months : opt->budget;
	sim->streaming = streaming;
	sim->threads = sort_threads;
	sim->cap = cap;
	sim->cap_default = !opt->memory_cap;
	sim->needed = needed;
	for (size_t k = 0; hists && k < (size_t)threads * nopt; k++) {
		hists[k].min = INFINITY;
		hists[k].max = -INFINITY;
	}
	for (size_t o = 0; o < nopt; o++) {
		sim->options = o + 1;
		if (!(sim->names[o] = gac_strdup(o ? gac_scenario_option_name(s, o - 1) : "baseline"))) {
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			goto done;
		}
	}
	for (size_t i = 0; i < m; i++) {
		sim->inputs = i + 1;
		if (!(sim->paths[i] = gac_strdup(s->uncertain[i].path))) {
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			goto done;
		}
		sim->expected[i] = gac_dist_drawn_mean(&s->uncertain[i].dist);
		gac_buf d = {0};
		gac_dist_describe(&d, &s->uncertain[i].dist);
		if (!(sim->specs[i] = gac_buf_take(&d))) {
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			goto done;
		}
	}
	if ((st = check_support(s, err)) != GAC_OK)
		goto done;
	if (s->correlation)
		memcpy(sim->corr, s->correlation, m * m * sizeof *sim->corr);
	if (s->correlation) {
		/* Spearman's rho to the normal copula's: 2 sin(pi rho / 6) */
		gsl_matrix *a = gsl_matrix_alloc(m, m);
		if (!a || !(chol = gac_calloc(m * m, sizeof *chol))) {
			gsl_matrix_free(a);
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			goto done;
		}
		for (size_t i = 0; i < m; i++)
			for (size_t k = 0; k < m; k++)
				gsl_matrix_set(a, i, k, i == k ? 1 : 2 * sin(3.14159265358979323846 * s->correlation[i * m + k] / 6));
		int gs = gsl_linalg_cholesky_decomp1(a);
		if (gs != GSL_SUCCESS) {
			gsl_matrix_free(a);
			st = gac_fail(err, GAC_EVALUE, s->path, s->corr_line, s->corr_col,
			              "the correlations do not form a valid (positive-definite) matrix; relax them");
			goto done;
		}
		for (size_t i = 0; i < m; i++)
			for (size_t k = 0; k <= i; k++)
				chol[i * m + k] = gsl_matrix_get(a, i, k);
		gsl_matrix_free(a);
	}
	/* inputs with a correlation go through the copula; the others are
	 * drawn with GSL's samplers, much faster for beta, gamma and PERT */
	for (size_t i = 0; i < m; i++)
		for (size_t k = 0; s->correlation && k < m; k++)
			if (k != i && s->correlation[i * m + k] != 0)
				joint[i] = true;
	/* Empirical columns of one CSV file outside the copula are resampled
	 * by row, together, so that a month's requests come with that month's
	 * answer lengths; each column's own distribution is the same either
	 * way.  A lone column is drawn as any empirical input. */
	for (size_t i = 0; by_row && i < m; i++) {
		by_row[i] = SIZE_MAX;
		const gac_dist *d = &s->uncertain[i].dist;
		for (size_t k = 0; d->rows && !joint[i] && k < m && by_row[i] == SIZE_MAX; k++) {
			const gac_dist *e = &s->uncertain[k].dist;
			if (k != i && e->rows && !joint[k] && e->count == d->count && gac_dist_same_file(e, d))
				by_row[i] = k < i ? by_row[k] : i;
		}
	}
	for (size_t i = 0; by_row && i < m; i++)
		if (by_row[i] != SIZE_MAX) {
			gac_buf d = {0};
			gac_buf_printf(&d, "%s; resampled by row of %s%s%s", sim->specs[i], s->uncertain[i].dist.source,
			               by_row[i] == i ? "" : ", with ", by_row[i] == i ? "" : s->uncertain[by_row[i]].path);
			char *t = gac_buf_take(&d);
			if (!t) {
				st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
				goto done;
			}
			free(sim->specs[i]);
			sim->specs[i] = t;
			sim->by_row = true;
		}
	atomic_size_t done = 0;
	job proto = {.s = s, .sheet = sheet, .opt = opt, .sim = sim, .chol = chol, .joint = joint, .by_row = by_row,
	             .block_sums = block_sums, .block_range = block_range, .block_counts = block_counts, .block_mom = block_mom, .nopt = nopt, .m = m,
	             .threads = threads, .done = &done, .b_last = blocks, .totals = sim->totals, .draws = sim->draws,
	             .hists = hists, .budget = sim->budget, .asis = asis};
	if (extend) {
		size_t kept = prev->trials / BLOCK;  /* a partial last block runs again, whole */
		memcpy(block_sums, prev->block_sums, kept * m * sizeof *block_sums);
		memcpy(block_range, prev->block_range, kept * (nopt + m) * 2 * sizeof *block_range);
		memcpy(block_counts, prev->block_counts, kept * TALLY(nopt) * sizeof *block_counts);
		memcpy(block_mom, prev->block_mom, kept * nopt * 3 * sizeof *block_mom);
		proto.b_first = kept;
		atomic_store(&done, kept * BLOCK);
	}
	gac_simulation_free(prev);
	prev = NULL;
	if ((st = run_blocks(&proto, err)) != GAC_OK)
		goto done;
	/* merged in block order: the same sums for any thread count */
	for (size_t i = 0; i < m; i++) {
		double sum = 0;
		for (size_t b = 0; b < blocks; b++)
			sum += block_sums[b * m + i];
		sim->observed[i] = sum / (double)opt->trials;
	}
	for (size_t b = 0; b < blocks; b++)
		for (size_t k = 0; k < TALLY(nopt); k++)
			tally[k] += block_counts[b * TALLY(nopt) + k];
	double n = (double)opt->trials;
	for (size_t o = 0; o < nopt; o++) {
		gac_sim_stats *x = &sim->stats[o];
		x->name = sim->names[o];
		x->prob_under_capacity = verdict[o] ? (double)tally[o] / n : NAN;
		x->prob_cheapest = (double)tally[nopt + o] / n;
		x->prob_over_budget = isnan(opt->budget) ? NAN : (double)tally[2 * nopt + 1 + o] / n;
		/* the blocks' moments merged in block order: the same for any
		 * thread count, and for a run that extended a shorter one */
		gac_moments mo = {0, 0, 0};
		double list = 0;
		for (size_t b = 0; b < blocks; b++) {
			size_t first = b * BLOCK, last = first + BLOCK < opt->trials ? first + BLOCK : opt->trials;
			gac_moments_merge(&mo, (gac_moments){(double)(last - first), block_mom[(b * nopt + o) * 3],
			                                     block_mom[(b * nopt + o) * 3 + 1]});
			list += block_mom[(b * nopt + o) * 3 + 2];
		}
		/* an option without overrides is billed at list: its own mean,
		 * not the same sum rounded another way */
		if (sim->list_mean)
			sim->list_mean[o] = sim->list_own[o] ? list / n : mo.mean;
		x->mean = mo.mean;
		x->sd = opt->trials > 1 ? sqrt(mo.m2 / (n - 1)) : 0;
		x->se_mean = x->sd / sqrt(n);
		if (!sim->streaming)
			continue;
		if (!summary_merge(&sim->sum[o], hists, threads, nopt, o, &x->min, &x->max)) {
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			goto done;
		}
		if (!isfinite(x->sd)) {
			st = gac_fail(err, GAC_ERANGE, NULL, 0, 0,
			              "option %s: the spread of the totals overflows the running statistics; "
			              "give --memory room to keep the totals", x->name);
			goto done;
		}
		const summary *u = &sim->sum[o];
		double *qs[] = {&x->p5, &x->p50, &x->p90, &x->p95, &x->p99};
		const double f[] = {0.05, 0.50, 0.90, 0.95, 0.99};
		for (int k = 0; k < 5; k++)
			*qs[k] = summary_quantile(u, opt->trials, x->min, x->max, f[k]);
		/* as from the order statistics, which the summary places within its bound */
		double d = 1.96 * sqrt(0.95 * 0.05 / n);
		x->se_p95 = (summary_quantile(u, opt->trials, x->min, x->max, fmin(0.95 + d, 1)) -
		             summary_quantile(u, opt->trials, x->min, x->max, 0.95 - d)) / (2 * 1.96);
	}
	sim->prob_none = (double)tally[2 * nopt] / n;
	sim->fallbacks = sim->unplanned = 0;
	for (size_t o = 0; o < nopt; o++) {
		sim->fallbacks += tally[3 * nopt + 1 + o];
		sim->unplanned += tally[4 * nopt + 1 + o];
	}
	sim->block_range = block_range;  /* the sorts read it */
	block_range = NULL;
	if (!sim->streaming && gac_sim_post_process(sim, sort_threads) != GAC_OK)
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	/* all done only when the statistics are: sorting a million-trial run
	 * takes a tenth of it; a precision round that will be extended is
	 * not the end (gac_simulate reports it) */
	if (st == GAC_OK && opt->progress && !(opt->precision > 0))
		opt->progress(opt->progress_user, opt->trials, opt->trials);
done:
	gac_simulation_free(prev);
	gsl_set_error_handler(old);
	free(chol);
	free(joint);
	free(by_row);
	free(tally);
	free(verdict);
	free(asis);
	for (size_t k = 0; hists && k < (size_t)threads * nopt; k++)
		hist_free(&hists[k]);
	free(hists);
	if (st != GAC_OK) {
		free(block_sums);
		free(block_range);
		free(block_counts);
		free(block_mom);
		gac_simulation_free(sim);
		return st;
	}
	sim->block_sums = block_sums;
	sim->block_counts = block_counts;
	sim->block_mom = block_mom;
	*out = sim;
	return GAC_OK;
}

size_t gac_simulation_trials(const gac_simulation *sim) { return sim ? sim->trials : 0; }
int gac_simulation_converged(const gac_simulation *sim) { return sim ? sim->converged : 0; }
int gac_simulation_exact(const gac_simulation *sim) { return sim ? !sim->streaming : 0; }
size_t gac_simulation_months(const gac_simulation *sim) { return sim ? sim->months : 0; }
double gac_simulation_budget(const gac_simulation *sim) { return sim ? sim->budget : NAN; }
double gac_simulation_prob_none_carries(const gac_simulation *sim) { return sim ? sim->prob_none : NAN; }
size_t gac_simulation_option_count(const gac_simulation *sim) { return sim ? sim->options : 0; }
size_t gac_simulation_input_count(const gac_simulation *sim) { return sim ? sim->inputs : 0; }

double gac_simulation_rank_correlation(const gac_simulation *sim, size_t i, size_t o)
{
	return sim && !sim->streaming && i < sim->inputs && o < sim->options ? sim->rank[i * sim->options + o] : NAN;
}

double gac_simulation_total(const gac_simulation *sim, size_t t, size_t o)
{
	return sim && sim->totals && t < sim->trials && o < sim->options ? sim->totals[o * sim->trials + t] : NAN;
}

gac_status gac_simulation_percentile(double *out, const gac_simulation *sim, size_t o, double p)
{
	if (!out || !sim || o >= sim->options || !(p > 0 && p < 100))
		return GAC_EARG;
	const gac_sim_stats *x = &sim->stats[o];
	/* the percentiles every run tracks, streamed ones included */
	const double have[] = {5, 50, 90, 95, 99};
	const double *at[] = {&x->p5, &x->p50, &x->p90, &x->p95, &x->p99};
	for (size_t k = 0; k < 5; k++)
		if (p == have[k]) {
			*out = *at[k];
			return GAC_OK;
		}
	if (sim->streaming) {
		*out = summary_quantile(&sim->sum[o], sim->trials, x->min, x->max, p / 100);
		return GAC_OK;
	}
	double *col = gac_malloc(sim->trials * sizeof *col);
	if (!col)
		return GAC_ENOMEM;
	memcpy(col, &sim->totals[o * sim->trials], sim->trials * sizeof *col);
	gsl_sort(col, 1, sim->trials);
	*out = gsl_stats_quantile_from_sorted_data(col, 1, sim->trials, p / 100);
	free(col);
	return GAC_OK;
}

const gac_sim_stats *gac_simulation_option(const gac_simulation *sim, size_t i)
{
	return sim && i < sim->options ? &sim->stats[i] : NULL;
}

const char *gac_simulation_input(const gac_simulation *sim, size_t i, double *observed, double *expected)
{
	if (!sim || i >= sim->inputs)
		return NULL;
	if (observed)
		*observed = sim->observed[i];
	if (expected)
		*expected = sim->expected[i];
	return sim->paths[i];
}

gac_status gac_simulation_histogram(const gac_simulation *sim, size_t o, size_t bins, double *edges, double *counts)
{
	if (!sim || o >= sim->options || bins < 1 || !edges || !counts)
		return GAC_EARG;
	const gac_sim_stats *s = &sim->stats[o];
	double lo = s->min, hi = s->max > s->min ? s->max : s->min + 1;
	if (sim->streaming) {
		/* the totals were not kept: each bucket of the summary counts in
		 * the bin of its middle (a bucket is 2^-10 of its value wide) */
		for (size_t b = 0; b <= bins; b++)
			edges[b] = b < bins ? lo + (hi - lo) * (double)b / (double)bins : hi;
		for (size_t b = 0; b < bins; b++)
			counts[b] = 0;
		const summary *u = &sim->sum[o];
		for (size_t i = 0; i < u->n; i++) {
			double f = (bucket_value(u->key[i], s->min, s->max) - lo) / (hi - lo) * (double)bins;
			size_t b = f >= (double)bins ? bins - 1 : f > 0 ? (size_t)f : 0;
			counts[b] += (double)u->count[i];
		}
		return GAC_OK;
	}
	return gac_sim_histogram_kept(sim, o, bins, lo, hi, edges, counts);
}

void gac_simulation_explain(gac_buf *b, const gac_simulation *sim, const char *cur, bool md)
{
	const char *in = md ? "- " : "  ";
	size_t m = sim->inputs, n = sim->trials;
	gac_buf_printf(b, "\n%sHow the simulation works\n\n", md ? "#### " : "");
	gac_buf_puts(b, "Each uncertain input, as specified:\n");
	for (size_t i = 0; i < m; i++) {
		gac_buf_puts(b, in);
		gac_buf_user(b, sim->paths[i], md);
		gac_buf_printf(b, ": %s\n", sim->specs ? sim->specs[i] : "");
	}
	bool any = false;
	for (size_t i = 0; sim->corr && i < m; i++)
		for (size_t k = 0; k < i; k++) {
			double r = sim->corr[i * m + k];
			if (r == 0)
				continue;
			if (!any)
				gac_buf_puts(b, "Gaussian copula: standard normals z are correlated through the Cholesky factor of "
				                "the normal correlations 2 sin(π ρ / 6) (ρ: Spearman's rank correlation as "
				                "written), then u = Φ(z) and each input = F⁻¹(u):\n");
			any = true;
			gac_buf_puts(b, in);
			gac_buf_user(b, sim->paths[k], md);
			gac_buf_puts(b, " and ");
			gac_buf_user(b, sim->paths[i], md);
			gac_buf_puts(b, ": ρ ");
			gac_buf_num(b, "%.6g", r);
			gac_buf_puts(b, " → normal correlation ");
			gac_buf_num(b, "%.6g", 2 * sin(3.14159265358979323846 * r / 6));
			gac_buf_puts(b, "\n");
		}
	if (!any)
		gac_buf_puts(b, "The inputs are drawn independently: u uniform on (0, 1), each input = F⁻¹(u).\n");
	if (sim->by_row)
		gac_buf_puts(b, "Columns of one CSV file are resampled a row at a time: a trial takes one row, "
		                "each row equally likely, and each column's value in it (min/max clamp it).\n");
	size_t unplanned = 0, fallbacks = gac_simulation_fallbacks(sim, &unplanned);
	if (sim->months) {
		gac_buf_printf(b, "%s %zu trial%s is a whole horizon of %zu month%s: it draws the inputs once, "
		                  "sets them, and prices months 1 to %zu of every option (the scenario with the option "
		                  "applied) as `forecast` does: each workload's rate × (1 + growth_per_month)^(month - 1 "
		                  "+ forecast.months_since_rates) × the month's seasonality, commitments held over "
		                  "their terms, their purchases billed; a trial's total is the sum of its %zu month%s "
		                  "(forecast's cumulative; what a commitment still owes after month %zu is not in it: "
		                  "forecast and compare --months print it), and the statistics are over those "
		                  "totals.\n",
		               n == 1 ? "The" : "Each of the", n, n == 1 ? "" : "s", sim->months,
		               sim->months == 1 ? "" : "s", sim->months, sim->months, sim->months == 1 ? "" : "s", sim->months);
		if (!isnan(sim->budget))
			gac_buf_printf(b, "%sP(over budget) holds each trial's total to the monthly budget × %zu month%s.\n",
			               in, sim->months, sim->months == 1 ? "" : "s");
		gac_buf_printf(b, "%sEvery month of every option-trial was priced by the cost engine through the "
		                  "forecast (the compiled plan prices one month and is not used).\n", in);
	} else {
		gac_buf_printf(b, "%s %zu trial%s the inputs to %s draws and prices every option by the "
		                  "cost engine's rules; the statistics are over the trials' totals.\n",
		               n == 1 ? "The" : "Each of the", n, n == 1 ? " sets" : "s sets", n == 1 ? "its" : "their");
	}
	if (!sim->months)
		gac_buf_printf(b, "%sThe engine's plan (its line formulas over the inputs, compiled at each block's first trial) "
	                  "priced %zu of the %zu option-trial%s, exactly as the engine would; %zu crossed a branch the "
	                  "plan was compiled on and %s priced by the engine, %zu had no plan (the engine "
	                  "refused the draws their block's plan was to be compiled at).\n",
	               in, n * sim->options - fallbacks - unplanned, n * sim->options, n * sim->options == 1 ? "" : "s",
	               fallbacks, fallbacks == 1 ? "was" : "were", unplanned);
	for (size_t o = 0; o < sim->options; o++) {
		const gac_sim_stats *x = &sim->stats[o];
		gac_buf_puts(b, in);
		gac_buf_user(b, x->name, md);
		gac_buf_printf(b, ": mean = sum of the totals / %zu = ", n);
		gac_money(b, x->mean, cur);
		gac_buf_puts(b, "; SE(mean) = SD / √n = ");
		gac_money(b, x->sd, cur);
		gac_buf_printf(b, " / √%zu = ", n);
		gac_money(b, x->se_mean, cur);
		if (sim->streaming) {
			gac_buf_puts(b, "; P95 = ");
			gac_money(b, x->p95, cur);
			gac_buf_puts(b, " (from the streamed summary: each total counted in a bucket 2^-10 of its value wide, "
			                "read at its middle, within ");
			gac_buf_num(b, "%.2g", 100 * GAC_SIM_QUANTILE_ERROR);
			gac_buf_puts(b, "% of the exact quantile; SE(P95) as below, from the summary's quantiles) = ");
			gac_money(b, x->se_p95, cur);
			gac_buf_puts(b, "\n");
			continue;
		}
		double d = 1.96 * sqrt(0.95 * 0.05 / (double)n);
		gac_buf_puts(b, "; P95 = the 0.95 quantile of the sorted totals (between order statistics) = ");
		gac_money(b, x->p95, cur);
		gac_buf_puts(b, "; SE(P95) = (Q(0.95 + d) - Q(0.95 - d)) / (2 × 1.96), d = 1.96 √(0.95 × 0.05 / n) = ");
		gac_buf_num(b, "%.6g", d);
		gac_buf_puts(b, ", so SE(P95) = ");
		gac_money(b, x->se_p95, cur);
		gac_buf_puts(b, "\n");
	}
}

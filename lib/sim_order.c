/* The work after the trials of an exact run: each series (an option's
 * totals, an input's draws) sorted and ranked (rank.c), the order
 * statistics a report needs, Spearman's rho of each input and option,
 * and histograms of the kept totals.  Shared among the run's threads; the
 * results do not depend on how many. */
#include "simulate_impl.h"

#include <gsl/gsl_histogram.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* The sample SD of totals near the largest double, whose squares
 * overflow: the deviations in units of the largest total. */
static double sample_sd(const double *col, size_t stride, size_t n, double mean)
{
	double scale = 0, sum = 0;
	for (size_t t = 0; t < n; t++)
		scale = fmax(scale, fabs(col[t * stride]));
	for (size_t t = 0; t < n; t++) {
		double z = (col[t * stride] - mean) / scale;
		sum += z * z;
	}
	return scale * sqrt(sum / (double)(n - 1));
}

/* The work after the trials: each series (an option's totals, an
 * input's draws) sorted and ranked in turn, every thread sharing each
 * one (rank.c: stretches of trials counted, scattered and gathered apart,
 * buckets sorted apart), into one array of keys.  An option's ranks are
 * kept in trial order; an input's are multiplied by them as they are
 * gathered, each stretch's sums exact (gac_exact), so the rank
 * correlations do not depend on the thread count. */
enum { STRETCHES = 16, GROUP = 8, CHUNK = 4096 };
/* Up to this many trials (a rank array of 64 MiB), ranks are stored
 * where they belong as each bucket is ranked: the random stores mostly
 * stay in cache, and an input's are kept (in input_rank) rather than
 * gathered (rank.c).  Measured on the single-lognormal model, 2 threads:
 * stored directly 0.40 s at 10^7 trials against 0.43 s gathered, even at
 * 2.5 x 10^7 (1.13 s, 1.14 s), 1.37-1.78 s against 1.15-1.20 s at 3 x 10^7
 * (best of three processes, two sets). */
enum { DIRECT_MAX = 1 << 24 };
static _Atomic size_t direct_override;

void gac_sim_set_direct_max(size_t trials) { atomic_store(&direct_override, trials); }

static bool ranks_direct(size_t n)
{
	size_t max = atomic_load(&direct_override);
	return n <= (max ? max : DIRECT_MAX);
}
typedef struct post {
	gac_simulation *sim;
	int32_t *ranks;          /* options × trials: each option's ranks, centred and doubled */
	int32_t *input_rank;     /* an input's, when stored directly */
	bool direct;             /* ranks stored directly, not gathered */
	gac_exact *sums;         /* a stretch's: the series' squared ranks, then its products with each option's */
	uint64_t *a;             /* the series' keys */
	gac_rank_scratch *scratch; /* each thread's */
	atomic_uint slot;        /* the scratch a thread takes */
	const double *src;       /* the series being sorted */
	int32_t *rank;           /* where its ranks go (an option's), or NULL: an input's, multiplied */
	bool ranked;             /* ranks wanted at all (some input is uncertain) */
	gac_rank_want *want;     /* the order statistics wanted, or NULL */
	gac_rank_split sp;
	size_t count[STRETCHES][GAC_RANK_BUCKETS];  /* each stretch's counts, then where its keys go */
	size_t first[STRETCHES][GAC_RANK_BUCKETS];  /* where they went first: the gather's start */
	size_t start[GAC_RANK_BUCKETS + 1];
	atomic_size_t next;      /* the next stretch or group of buckets */
} post;

/* fn(arg) on `threads` threads, the caller's among them.  Each fn takes
 * its tasks from an atomic counter in arg, so a thread that cannot start
 * only leaves more to the others. */
static void share_tasks(void *(*fn)(void *), void *arg, unsigned threads)
{
	pthread_t *ids = threads > 1 ? malloc((threads - 1) * sizeof *ids) : NULL;
	unsigned started = 0;
	while (ids && started + 1 < threads && pthread_create(&ids[started], NULL, fn, arg) == 0)
		started++;
	fn(arg);
	for (unsigned t = 0; t < started; t++)
		pthread_join(ids[t], NULL);
	free(ids);
}

static size_t stretch_at(size_t n, size_t c)
{
	return n / STRETCHES * c + (c < n % STRETCHES ? c : n % STRETCHES);
}

static void *count_worker(void *arg)
{
	post *p = arg;
	size_t n = p->sim->trials;
	for (size_t c; (c = atomic_fetch_add(&p->next, 1)) < STRETCHES;) {
		memset(p->count[c], 0, sizeof p->count[c]);
		gac_rank_count(p->count[c], p->src, 1, stretch_at(n, c), stretch_at(n, c + 1), &p->sp);
	}
	return NULL;
}

static void *scatter_worker(void *arg)
{
	post *p = arg;
	size_t n = p->sim->trials;
	for (size_t c; (c = atomic_fetch_add(&p->next, 1)) < STRETCHES;)
		gac_rank_scatter(p->a, p->count[c], p->src, 1, stretch_at(n, c), stretch_at(n, c + 1), &p->sp);
	return NULL;
}

static void *bucket_worker(void *arg)
{
	post *p = arg;
	size_t n = p->sim->trials;
	const gac_rank_scratch *b = &p->scratch[atomic_fetch_add(&p->slot, 1)];
	for (size_t g; (g = atomic_fetch_add(&p->next, 1)) < GAC_RANK_BUCKETS / GROUP;)
		for (size_t i = g * GROUP; i < (g + 1) * GROUP; i++)
			gac_rank_bucket(p->ranked, p->direct ? p->rank : NULL, p->src, 1, n, &p->sp, p->a, b, p->start[i],
			                p->start[i + 1], p->want);
	return NULL;
}

/* Each stretch's ranks in trial order, gathered unless stored directly:
 * an option's into its array, an input's a chunk at a time; the squares,
 * and an input's products with every option's. */
static void *gather_worker(void *arg)
{
	post *p = arg;
	size_t n = p->sim->trials, nopt = p->sim->options;
	bool input = p->rank == p->input_rank;
	const int32_t bound = (int32_t)(n - 1);  /* a centred rank's largest size */
	int32_t chunk[CHUNK];
	for (size_t c; (c = atomic_fetch_add(&p->next, 1)) < STRETCHES;) {
		gac_exact *sum = &p->sums[c * (1 + nopt)];
		memset(sum, 0, (1 + nopt) * sizeof *sum);
		for (size_t t = stretch_at(n, c), end = stretch_at(n, c + 1); t < end;) {
			size_t k = end - t < CHUNK ? end - t : CHUNK;
			int32_t *r = p->rank ? &p->rank[t] : chunk;
			if (!p->direct)
				gac_rank_gather(r, p->first[c], p->a, p->src, 1, t, t + k, &p->sp);
			gac_exact_dot(&sum[0], r, r, k, bound);
			for (size_t o = 0; input && o < nopt; o++)
				gac_exact_dot(&sum[1 + o], r, &p->ranks[o * n + t], k, bound);
			t += k;
		}
	}
	return NULL;
}

/* Series s (options first, then inputs), src, sorted: the trials at
 * want's positions (or none, NULL); ranked when p->ranked, into rank (an
 * option's; an input's stored directly, input_rank) or multiplied (an
 * input's gathered, rank NULL), the stretches' sums in p->sums.  Its extremes come from the blocks' when no value was NaN (a
 * NaN's key lies past them), else are read from it. */
static void sort_series(post *p, size_t s, const double *src, int32_t *rank, gac_rank_want *want, unsigned threads)
{
	const gac_simulation *sim = p->sim;
	size_t n = sim->trials, series = sim->options + sim->inputs, blocks = (n + BLOCK - 1) / BLOCK;
	double lo = INFINITY, hi = -INFINITY;
	bool known = sim->block_range != NULL;
	for (size_t k = 0; known && k < blocks; k++) {
		const double *r = &sim->block_range[(k * series + s) * 2];
		known = !isnan(r[0]) && !isnan(r[1]);
		lo = fmin(lo, r[0]);
		hi = fmax(hi, r[1]);
	}
	uint64_t klo = gac_order_key(lo), khi = gac_order_key(hi);
	if (!known) {
		klo = UINT64_MAX;
		khi = 0;
		for (size_t t = 0; t < n; t++) {
			uint64_t k = gac_order_key(src[t]);
			klo = k < klo ? k : klo;
			khi = k > khi ? k : khi;
		}
	}
	gac_rank_split_for(&p->sp, klo, khi, n);
	p->src = src;
	p->rank = rank;
	p->want = want;
	atomic_store(&p->next, 0);
	share_tasks(count_worker, p, threads);
	/* each bucket's place, and within it each stretch's, in trial order */
	size_t sum = 0;
	for (size_t i = 0; i < GAC_RANK_BUCKETS; i++) {
		p->start[i] = sum;
		for (size_t c = 0; c < STRETCHES; c++) {
			size_t here = p->count[c][i];
			p->count[c][i] = p->first[c][i] = sum;
			sum += here;
		}
	}
	p->start[GAC_RANK_BUCKETS] = sum;
	atomic_store(&p->next, 0);
	share_tasks(scatter_worker, p, threads);
	atomic_store(&p->next, 0);
	atomic_store(&p->slot, 0);
	share_tasks(bucket_worker, p, threads);
	if (p->ranked) {
		atomic_store(&p->next, 0);
		share_tasks(gather_worker, p, threads);
	}
}

/* A series' exact sums, its stretches' merged: k 0 its squares, 1 + o
 * its products with option o's ranks. */
static double merged(const post *p, size_t k)
{
	gac_exact total = {0, 0};
	for (size_t c = 0; c < STRETCHES; c++)
		gac_exact_merge(&total, &p->sums[c * (1 + p->sim->options) + k]);
	return gac_exact_value(&total);
}

/* An option's order statistics; its totals' ranks too (centred, doubled)
 * when rank is not NULL.  The moments and shares are in already. */
static void stats(post *p, size_t o, int32_t *rank, unsigned threads)
{
	gac_simulation *sim = p->sim;
	size_t n = sim->trials, nopt = 1;  /* an option's totals are together */
	const double *src = &sim->totals[o * n];
	gac_sim_stats *s = &sim->stats[o];
	/* totals near the largest double: the merged squares overflowed */
	if (n > 1 && !isfinite(s->sd)) {
		s->sd = sample_sd(src, nopt, n, s->mean);
		s->se_mean = s->sd / sqrt((double)n);
	}
	/* the order statistics around P95 span its 95% interval: sqrt(n p q) ranks */
	const double d = 1.96 * sqrt(0.95 * 0.05 / (double)n), f[] = {0.05, 0.50, 0.90, 0.95, 0.99, fmin(0.95 + d, 1),
	                                                             0.95 - d};
	gac_rank_want w;
	gac_rank_want_init(&w, n);
	gac_rank_want_position(&w, 0);
	gac_rank_want_position(&w, n - 1);
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		gac_rank_want_quantile(&w, f[i]);
	sort_series(p, o, src, rank, &w, threads);
	s->min = gac_rank_want_value(&w, src, nopt, 0);
	s->max = gac_rank_want_value(&w, src, nopt, n - 1);
	s->p5 = gac_rank_want_quantile_of(&w, src, nopt, f[0]);
	s->p50 = gac_rank_want_quantile_of(&w, src, nopt, f[1]);
	s->p90 = gac_rank_want_quantile_of(&w, src, nopt, f[2]);
	s->p95 = gac_rank_want_quantile_of(&w, src, nopt, f[3]);
	s->p99 = gac_rank_want_quantile_of(&w, src, nopt, f[4]);
	s->se_p95 = (gac_rank_want_quantile_of(&w, src, nopt, f[5]) - gac_rank_want_quantile_of(&w, src, nopt, f[6])) /
	            (2 * 1.96);
}

gac_status gac_sim_post_process(gac_simulation *sim, unsigned threads)
{
	size_t n = sim->trials, m = sim->inputs, nopt = sim->options;
	/* a short series is not worth a thread's start: one sorts it */
	unsigned sorting = n < (size_t)1 << 18 ? 1 : threads;
	post *p = gac_calloc(1, sizeof *p);
	double *squares = NULL;
	gac_status st = GAC_ENOMEM;
	if (!p)
		return st;
	p->sim = sim;
	p->ranked = m > 0;  /* no inputs: nothing to rank */
	p->direct = ranks_direct(n);
	size_t cap = n < GAC_RANK_SCRATCH ? n : GAC_RANK_SCRATCH;
	if (p->ranked && (!(p->ranks = gac_malloc_large(n * nopt * sizeof *p->ranks)) ||
	                  (p->direct && !(p->input_rank = gac_malloc_large(n * sizeof *p->input_rank))) ||
	                  !(p->sums = gac_calloc(STRETCHES * (1 + nopt), sizeof *p->sums)) ||
	                  !(squares = gac_calloc(nopt, sizeof *squares))))
		goto out;
	p->a = gac_malloc_large(n * sizeof *p->a);
	p->scratch = gac_calloc(sorting, sizeof *p->scratch);
	if (!p->a || !p->scratch)
		goto out;
	/* a thread without scratch does not sort: the others do, unless none
	 * has any */
	unsigned have = 0;
	bool gathering = p->ranked && !p->direct;
	for (; have < sorting; have++) {
		gac_rank_scratch *b = &p->scratch[have];
		b->cap = cap;
		b->keys = gac_malloc_large(cap * sizeof *b->keys);
		b->rank = gathering ? gac_malloc_large(cap * sizeof *b->rank) : NULL;
		b->trial = gathering ? gac_malloc_large(cap * sizeof *b->trial) : NULL;
		if (!b->keys || (gathering && (!b->rank || !b->trial)))
			break;
	}
	if (!have)
		goto out;
	for (size_t o = 0; o < nopt; o++) {
		stats(p, o, p->ranked ? &p->ranks[o * n] : NULL, have);
		if (p->ranked)
			squares[o] = merged(p, 0);
	}
	/* each input's draws, their ranks multiplied by each option's: Spearman's
	 * rho is Pearson's r of the ranks; centred, their covariance is a dot
	 * product (doubled, both sides: the factor 4 cancels) */
	for (size_t i = 0; i < m; i++) {
		sort_series(p, nopt + i, &sim->draws[i * n], p->input_rank, NULL, have);
		double own = merged(p, 0);
		for (size_t o = 0; o < nopt; o++) {
			double r = merged(p, 1 + o) / sqrt(own * squares[o]);
			/* a constant side has no rank order: no correlation, NaN (not a 0
			 * that reads as "does not move it"); rounding may carry a perfect
			 * correlation a bit past 1, which no correlation is */
			bool flat = own == 0 || squares[o] == 0;
			sim->rank[i * nopt + o] = flat || !isfinite(r) ? NAN : fmax(-1, fmin(1, r));
		}
	}
	st = GAC_OK;
out:
	for (unsigned t = 0; p->scratch && t < sorting; t++) {
		free(p->scratch[t].keys);
		free(p->scratch[t].rank);
		free(p->scratch[t].trial);
	}
	free(p->scratch);
	free(p->a);
	free(p->ranks);
	free(p->input_rank);
	free(p->sums);
	free(p);
	free(squares);
	return st;
}

/* What exact percentiles of n trials of nopt options and m uncertain
 * inputs take with k threads sorting (gac_sim_post_process): the totals and draws
 * kept; the options' ranks, and an input's when they are stored directly
 * (m > 0 only); the sort's keys (8 bytes a trial, shared); and each
 * thread's scratch, a key an entry and, gathering, a rank and a trial too.
 * SIZE_MAX past what a size_t counts. */
size_t gac_sim_exact_bytes(size_t n, size_t nopt, size_t m, unsigned k)
{
	bool direct = ranks_direct(n);
	size_t kept = sizeof(double) * (nopt + m) + (m ? sizeof(int32_t) * (nopt + direct) : 0);
	size_t scratch = (n < GAC_RANK_SCRATCH ? n : GAC_RANK_SCRATCH) *
	                 (sizeof(uint64_t) + (m && !direct ? sizeof(int32_t) + sizeof(uint32_t) : 0));
	if (n > (SIZE_MAX - k * scratch) / (kept + sizeof(uint64_t)))
		return SIZE_MAX;
	return n * (kept + sizeof(uint64_t)) + k * scratch;
}

/* A histogram of kept totals, a stretch of trials a task: each value in
 * the bin gsl_histogram_increment puts it in (its find: the bin its place
 * in the range names, if the value lies within that bin's edges, else a
 * bisection; a NaN in the first), inline: a call each, adding to a
 * double, took 0.5-0.8 s at 10^8 trials, one thread. */
typedef struct hist_job {
	const gac_simulation *sim;
	const double *col, *range;
	size_t bins;
	double hi, lo;
	size_t *tally;  /* STRETCHES × 4 × bins */
	atomic_size_t next;
} hist_job;

static void *hist_worker(void *arg)
{
	hist_job *j = arg;
	const size_t bins = j->bins, n = j->sim->trials;
	const double *range = j->range, r0 = range[0], rn = range[bins], per = (double)bins / (rn - r0);
	for (size_t c; (c = atomic_fetch_add(&j->next, 1)) < STRETCHES;) {
		size_t *tally = &j->tally[c * 4 * bins];
		for (size_t t = stretch_at(n, c), end = stretch_at(n, c + 1); t < end; t++) {
			double v = j->col[t];
			/* the maximum belongs in the last bin, not past it */
			if (v >= j->hi)
				v = rn - (j->hi - j->lo) * 1e-12;
			if (v < r0 || v >= rn)
				continue;
			/* a guess, checked against the bin's edges as GSL's is */
			size_t i = isnan(v) ? bins : (size_t)(int64_t)((v - r0) * per);
			if (i >= bins || !(v >= range[i] && v < range[i + 1])) {
				size_t lower = 0, upper = bins;
				while (upper - lower > 1) {
					size_t mid = (upper + lower) / 2;
					if (v >= range[mid])
						lower = mid;
					else
						upper = mid;
				}
				i = lower;
			}
			tally[(t & 3) * bins + i]++;
		}
	}
	return NULL;
}

gac_status gac_sim_histogram_kept(const gac_simulation *sim, size_t o, size_t bins, double lo, double hi,
                                  double *edges, double *counts)
{
	gsl_histogram *h = gsl_histogram_alloc(bins);
	/* each stretch's four tallies (a trial's in turn, so that a run of
	 * values in one bin is not one chain of adds to a single counter);
	 * long series binned by the threads that sorted them */
	size_t *tally = gac_calloc(STRETCHES * 4 * bins, sizeof *tally);
	if (!h || !tally) {
		gsl_histogram_free(h);
		free(tally);
		return GAC_ENOMEM;
	}
	gsl_histogram_set_ranges_uniform(h, lo, hi);
	hist_job hj = {.sim = sim, .col = &sim->totals[o * sim->trials], .range = h->range, .bins = bins,
	                .hi = hi, .lo = lo, .tally = tally};
	atomic_init(&hj.next, 0);
	share_tasks(hist_worker, &hj, sim->trials < (size_t)1 << 18 ? 1 : sim->threads);
	for (size_t b = 0; b <= bins; b++)
		edges[b] = b < bins ? h->range[b] : h->range[bins];
	for (size_t b = 0; b < bins; b++) {
		size_t sum = 0;
		for (size_t k = 0; k < STRETCHES * 4; k++)
			sum += tally[k * bins + b];
		counts[b] = (double)sum;
	}
	free(tally);
	gsl_histogram_free(h);
	return GAC_OK;
}

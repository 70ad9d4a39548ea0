/* lib/rank.c: the sort behind a simulation's percentiles and ranks,
 * checked against a comparison sort of (value, trial) and GSL's. */
#include "tests.h"

#include "internal.h"

#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>

typedef struct pair {
	double v;
	size_t t;
} pair;

static int by_value_then_trial(const void *x, const void *y)
{
	const pair *a = x, *b = y;
	if (a->v != b->v)
		return a->v < b->v ? -1 : 1;
	return a->t < b->t ? -1 : a->t > b->t;
}

/* The steps simulate shares among threads, on one: the keys' range
 * told (lo, hi), scratch of cap entries; ranks into rank (or none, NULL),
 * stored directly or gathered, the trials at want's positions. */
static void sort_steps(int32_t *rank, gac_rank_want *want, const double *src, size_t stride, size_t n, uint64_t lo,
                       uint64_t hi, size_t cap, bool direct)
{
	if (!n)
		return;
	uint64_t *a = malloc(n * sizeof *a);
	gac_rank_scratch s = {malloc(cap * sizeof *s.keys), malloc(cap * sizeof *s.rank), malloc(cap * sizeof *s.trial),
	                      cap};
	static size_t start[GAC_RANK_BUCKETS + 1], next[GAC_RANK_BUCKETS], first[GAC_RANK_BUCKETS];
	ck_assert(a && s.keys && s.rank && s.trial);
	gac_rank_split sp;
	gac_rank_split_for(&sp, lo, hi, n);
	/* two stretches, counted and scattered apart as threads would */
	memset(next, 0, sizeof next);
	size_t half[GAC_RANK_BUCKETS] = {0};
	gac_rank_count(half, src, stride, 0, n / 2, &sp);
	gac_rank_count(next, src, stride, n / 2, n, &sp);
	size_t sum = 0;
	static size_t second[GAC_RANK_BUCKETS], first2[GAC_RANK_BUCKETS];
	for (size_t i = 0; i < GAC_RANK_BUCKETS; i++) {
		start[i] = sum;
		first[i] = sum;
		sum += half[i];
		second[i] = first2[i] = sum;
		sum += next[i];
		next[i] = first[i];
	}
	start[GAC_RANK_BUCKETS] = sum;
	ck_assert_uint_eq(sum, n);
	gac_rank_scatter(a, next, src, stride, 0, n / 2, &sp);
	gac_rank_scatter(a, second, src, stride, n / 2, n, &sp);
	for (size_t i = GAC_RANK_BUCKETS; i-- > 0;)  /* any order */
		gac_rank_bucket(rank != NULL, direct ? rank : NULL, src, stride, n, &sp, a, &s, start[i], start[i + 1], want);
	if (rank && !direct) {
		gac_rank_gather(&rank[n / 2], first2, a, src, stride, n / 2, n, &sp);
		gac_rank_gather(rank, first, a, src, stride, 0, n / 2, &sp);
	}
	free(a);
	free(s.keys);
	free(s.rank);
	free(s.trial);
}

/* sorts n values of src (stride apart) both ways and compares: each
 * trial's centred rank (ties sharing their mean rank) exactly, the trials
 * at 32 positions, and the percentiles with GSL's from a sorted copy */
static void check_series(const double *src, size_t stride, size_t n)
{
	double *sorted = malloc(n * sizeof *sorted);
	int32_t *rank = malloc(n * sizeof *rank), *rank2 = malloc(n * sizeof *rank2);
	size_t cap = n < GAC_RANK_SCRATCH ? n : GAC_RANK_SCRATCH;
	pair *p = malloc(n * sizeof *p);
	int32_t *want = malloc(n * sizeof *want);
	ck_assert(sorted && rank && rank2 && p && want);
	uint64_t lo = UINT64_MAX, hi = 0;
	for (size_t t = 0; t < n; t++) {
		uint64_t k = gac_order_key(src[t * stride]);
		lo = k < lo ? k : lo;
		hi = k > hi ? k : hi;
	}
	/* the ends, the quantiles below and positions spread between */
	gac_rank_want w;
	gac_rank_want_init(&w, n);
	const double f[] = {0, 0.05, 0.5, 0.9, 0.95, 0.99, 0.9503, 1};
	for (size_t i = 0; i < sizeof f / sizeof *f; i++)
		gac_rank_want_quantile(&w, f[i]);
	for (size_t k = 0; w.count < GAC_RANK_WANT && k < n; k += n / 13 + 1)
		gac_rank_want_position(&w, k);
	gac_rank_want_position(&w, n - 1);
	sort_steps(rank, &w, src, stride, n, lo, hi, cap, true);
	for (size_t t = 0; t < n; t++)
		p[t] = (pair){src[t * stride], t};
	qsort(p, n, sizeof *p, by_value_then_trial);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j + 1 < n && p[j + 1].v == p[i].v)
			j++;
		for (size_t k = i; k <= j; k++)
			want[p[k].t] = (int32_t)(2 * ((double)(i + j) / 2 + 1) - ((double)n + 1));  /* 2 × mean rank − (n + 1) */
		i = j + 1;
	}
	/* counted, then asserted once: an assertion a value (Check records
	 * each one's place) would be most of the suite's time */
	size_t bad = 0, first = n;
	for (size_t t = 0; t < n; t++)
		if (rank[t] != want[t] && !bad++)
			first = t;
	ck_assert_msg(!bad, "%zu of %zu ranks differ; the first, trial %zu: %d (expected %d)", bad, n, first,
	              first < n ? (int)rank[first] : 0, first < n ? (int)want[first] : 0);
	ck_assert_uint_ge(w.count, n < 8 ? n : 8);
	for (size_t i = 0; i < w.count; i++)
		ck_assert_msg(w.trial[i] == p[w.pos[i]].t, "position %zu: trial %zu, expected %zu", w.pos[i], w.trial[i],
		              p[w.pos[i]].t);
	/* no ranks wanted: the same trials */
	gac_rank_want w2 = w;
	memset(w2.trial, 0xff, sizeof w2.trial);
	sort_steps(NULL, &w2, src, stride, n, lo, hi, cap, false);
	ck_assert(memcmp(w.trial, w2.trial, w.count * sizeof *w.trial) == 0);
	/* gathered, and stored directly again: told the keys' range or one
	 * wider (every key there is), with scratch for fewer keys than a
	 * bucket holds: those sorted in place (scratch of 1: every bucket and
	 * run of more than 1; of 37: the larger ones), the same ranks and
	 * trials */
	const uint64_t from[] = {lo, lo / 2, 0, lo, lo, lo}, to[] = {hi, hi + (UINT64_MAX - hi) / 2, UINT64_MAX, hi, hi, hi};
	const size_t caps[] = {cap, cap, cap, 1, 37, 5000};
	for (size_t v = 0; v < 2 * sizeof caps / sizeof *caps; v++) {
		gac_rank_want w3 = w;
		memset(w3.trial, 0xff, sizeof w3.trial);
		size_t k = v % (sizeof caps / sizeof *caps);
		sort_steps(rank2, &w3, src, stride, n, from[k], to[k], caps[k] < n ? caps[k] : n, v < sizeof caps / sizeof *caps);
		size_t differ = 0;
		for (size_t t = 0; t < n; t++)
			differ += rank2[t] != rank[t];
		ck_assert_msg(!differ, "case %zu, scratch of %zu: %zu of %zu ranks differ", v, caps[k], differ, n);
		ck_assert_msg(memcmp(w.trial, w3.trial, w.count * sizeof *w.trial) == 0, "case %zu, scratch of %zu: trials differ",
		              v, caps[k]);
	}
	for (size_t t = 0; t < n; t++)
		sorted[t] = src[t * stride];
	gsl_sort(sorted, 1, n);
	for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
		double got = gac_rank_want_quantile_of(&w, src, stride, f[i]),
		       exp = gsl_stats_quantile_from_sorted_data(sorted, 1, n, f[i]);
		ck_assert_msg(got == exp || (isnan(got) && isnan(exp)), "quantile %g: %.17g, GSL %.17g", f[i], got, exp);
	}
	ck_assert(gac_rank_want_value(&w, src, stride, 0) == sorted[0] || isnan(sorted[0]));
	ck_assert(gac_rank_want_value(&w, src, stride, n - 1) == sorted[n - 1] || isnan(sorted[n - 1]));
	free(sorted);
	free(rank);
	free(rank2);
	free(p);
	free(want);
}

START_TEST(order_key_sorts_as_the_double)
{
	const double v[] = {-1e300, -2.5, -1e-300, 0.0, 1e-300, 1, 2.5, 1e300};
	for (size_t i = 1; i < sizeof v / sizeof *v; i++)
		ck_assert_msg(gac_order_key(v[i - 1]) < gac_order_key(v[i]), "%g before %g", v[i - 1], v[i]);
	ck_assert(gac_order_key(-0.0) == gac_order_key(0.0));
}
END_TEST

START_TEST(random_series_match_a_comparison_sort)
{
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	enum { N = 50000 };
	double *x = malloc(3 * N * sizeof *x);
	ck_assert(x != NULL);
	/* lognormal totals, every third of an interleaved array as the
	 * simulation keeps them */
	for (size_t t = 0; t < N; t++)
		x[t * 3] = gsl_ran_lognormal(r, 10, 1);
	check_series(x, 3, N);
	/* more than 2^18: the top digit sorted first, then each bucket */
	double *big = malloc(300000 * sizeof *big);
	ck_assert(big != NULL);
	for (size_t t = 0; t < 300000; t++)
		big[t] = t % 1000 == 7 ? big[t / 2] : gsl_ran_lognormal(r, 10, 1);  /* some ties */
	check_series(big, 1, 300000);
	for (size_t t = 0; t < 300000; t++)
		big[t] = (double)gsl_rng_uniform_int(r, 1u << 30);  /* crowded buckets, many ties */
	check_series(big, 1, 300000);
	free(big);
	/* values of both signs spanning the whole range of doubles */
	for (size_t t = 0; t < N; t++)
		x[t] = (gsl_rng_uniform(r) < 0.5 ? -1 : 1) * pow(10, gsl_ran_flat(r, -300, 300));
	check_series(x, 1, N);
	/* many ties: a Poisson count */
	for (size_t t = 0; t < N; t++)
		x[t] = gsl_ran_poisson(r, 3);
	check_series(x, 1, N);
	gsl_rng_free(r);
	free(x);
}
END_TEST

START_TEST(values_the_top_bits_cannot_tell_apart)
{
	/* one outlier stretches the span so that the 32 top bits of the rest
	 * are equal: runs short (insertion) and long (a second radix sort) */
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	enum { N = 20000 };
	double *x = malloc(N * sizeof *x);
	ck_assert(x != NULL);
	for (size_t t = 0; t < N; t++)
		x[t] = 1000 + gsl_rng_uniform(r) * 1e-9;
	x[N / 2] = 1e300;
	x[N / 3] = -0.0;
	x[N / 4] = 0.0;
	x[N / 5] = x[7];  /* a tie inside the long run */
	check_series(x, 1, N);
	for (size_t t = 0; t < N; t++)
		x[t] = t % 40 == 0 ? 1e300 : 1000 + (double)(t % 37) * 1e-12;
	check_series(x, 1, N);
	/* values a few ulps apart, unshifted: a span of 22 bits sorts in two
	 * passes, of 11 in one (each built where its last pass ends in a) */
	for (size_t t = 0; t < N; t++)
		x[t] = 1 + (double)gsl_rng_uniform_int(r, 3000000) * DBL_EPSILON;
	check_series(x, 1, N);
	for (size_t t = 0; t < N; t++)
		x[t] = 1 + (double)gsl_rng_uniform_int(r, 2000) * DBL_EPSILON;
	check_series(x, 1, N);
	gsl_rng_free(r);
	free(x);
}
END_TEST

/* the sum both ways: told the values' bound, and told the largest */
static double exact_dot(const int32_t *x, const int32_t *y, size_t n)
{
	int32_t bound = 0;
	for (size_t t = 0; t < n; t++) {
		bound = abs(x[t]) > bound ? abs(x[t]) : bound;
		bound = abs(y[t]) > bound ? abs(y[t]) : bound;
	}
	gac_exact sum = {0, 0}, wide = {0, 0};
	gac_exact_dot(&sum, x, y, n, bound);
	gac_exact_dot(&wide, x, y, n, INT32_MAX);
	ck_assert_msg(sum.lo == wide.lo && sum.hi == wide.hi, "bound %d: %.17g, told 2^31 − 1: %.17g", (int)bound,
	              gac_exact_value(&sum), gac_exact_value(&wide));
	return gac_exact_value(&sum);
}

START_TEST(exact_dot_is_the_dot_product)
{
	/* against a long double sum, exact here (64-bit mantissa): with ranks
	 * of a million trials the products reach 10^12 and the sum 10^17,
	 * past a double's 2^53 */
	enum { N = 1000003 };
	int32_t *x = malloc(N * sizeof *x), *y = malloc(N * sizeof *y);
	ck_assert(x && y);
	long double want = 0;
	for (size_t t = 0; t < N; t++) {
		x[t] = (int32_t)(2 * t) - (N - 1);
		y[t] = (int32_t)((t * 7919) % N) * 2 - (N - 1);
		want += (long double)x[t] * y[t];
	}
	ck_assert_msg(exact_dot(x, y, N) == (double)want, "%.17g vs %.17Lg", exact_dot(x, y, N), want);
	/* a series with itself: the sum of squares of 2t - (n - 1), n (n² - 1) / 3,
	 * 333,336,333,342,000,008 here, as a double 333,336,333,342,000,000 */
	ck_assert_msg(exact_dot(x, x, N) == 333336333342000000.0, "%.17g", exact_dot(x, x, N));
	/* short: n not a multiple of anything; nothing */
	const int32_t a[] = {-2, 0, 2}, b[] = {2, 0, -2};
	ck_assert(exact_dot(a, b, 3) == -8);
	ck_assert(exact_dot(a, b, 0) == 0);
	/* past 2^64: 16 (2^31 - 1)^2 = 73,786,976,226,118,729,744, both signs,
	 * and in any order (merged halves) */
	int32_t big[16], neg[16];
	for (size_t t = 0; t < 16; t++) {
		big[t] = INT32_MAX;
		neg[t] = -INT32_MAX;
	}
	ck_assert_msg(exact_dot(big, big, 16) == 73786976226118729744.0, "%.17g", exact_dot(big, big, 16));
	ck_assert_msg(exact_dot(big, neg, 16) == -73786976226118729744.0, "%.17g", exact_dot(big, neg, 16));
	gac_exact one = {0, 0}, two = {0, 0};
	gac_exact_dot(&one, big, neg, 9, INT32_MAX);
	gac_exact_dot(&two, big, big, 7, INT32_MAX);
	gac_exact_merge(&one, &two);
	/* −9 + 7 = −2 of them */
	ck_assert_msg(gac_exact_value(&one) == -2.0 * 4611686014132420609.0, "%.17g", gac_exact_value(&one));
	free(x);
	free(y);
}
END_TEST

START_TEST(constant_and_tiny_series)
{
	double one = 42, same[100];
	for (size_t t = 0; t < 100; t++)
		same[t] = 7;
	check_series(&one, 1, 1);
	check_series(same, 1, 100);
	double two[] = {2, 1};
	check_series(two, 1, 2);
	/* nothing to sort: no access at all */
	sort_steps(NULL, NULL, NULL, 1, 0, 0, 0, 1, false);
}
END_TEST

Suite *suite_rank(void)
{
	Suite *s = suite_create("rank");
	TCase *t = tcase_create("core");
	tcase_set_timeout(t, 60);
	tcase_add_test(t, order_key_sorts_as_the_double);
	tcase_add_test(t, random_series_match_a_comparison_sort);
	tcase_add_test(t, values_the_top_bits_cannot_tell_apart);
	tcase_add_test(t, constant_and_tiny_series);
	tcase_add_test(t, exact_dot_is_the_dot_product);
	suite_add_tcase(s, t);
	return s;
}

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

/* sorts n values of src (stride apart) both ways and compares: the
 * order of trials exactly, each trial's centred rank (ties sharing their
 * mean rank) exactly, and the percentiles with GSL's from a sorted copy */
static void check_series(const double *src, size_t stride, size_t n)
{
	double *sorted = malloc(n * sizeof *sorted);
	int32_t *rank = malloc(n * sizeof *rank);
	uint64_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
	pair *p = malloc(n * sizeof *p);
	int32_t *want = malloc(n * sizeof *want);
	ck_assert(sorted && rank && a && b && p && want);
	gac_rank_sort(rank, src, stride, n, a, b);
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
	for (size_t k = 0; k < n; k++) {
		double v = gac_rank_value(src, stride, a, k);
		if (((a[k] & UINT32_MAX) != p[k].t || memcmp(&v, &p[k].v, sizeof v) != 0 || rank[k] != want[k]) && !bad++)
			first = k;
	}
	ck_assert_msg(!bad, "%zu of %zu positions differ; the first, %zu: trial %zu (expected %zu), rank %d (expected %d)",
	              bad, n, first, first < n ? (size_t)(a[first] & UINT32_MAX) : 0, first < n ? p[first].t : 0,
	              first < n ? (int)rank[first] : 0, first < n ? (int)want[first] : 0);
	/* told the keys' range, or one wider (every key there is), the same */
	uint64_t lo = UINT64_MAX, hi = 0;
	for (size_t t = 0; t < n; t++) {
		uint64_t k = gac_order_key(src[t * stride]);
		lo = k < lo ? k : lo;
		hi = k > hi ? k : hi;
	}
	const uint64_t from[] = {lo, lo / 2, 0}, to[] = {hi, hi + (UINT64_MAX - hi) / 2, UINT64_MAX};
	uint64_t *a2 = malloc(n * sizeof *a2);
	int32_t *rank2 = malloc(n * sizeof *rank2);
	ck_assert(a2 && rank2);
	for (size_t w = 0; w < 3; w++) {
		gac_rank_sort_within(rank2, src, stride, n, from[w], to[w], a2, b);
		size_t differ = 0;
		for (size_t k = 0; k < n; k++)
			differ += (a2[k] & UINT32_MAX) != (a[k] & UINT32_MAX) || rank2[k] != rank[k];
		ck_assert_msg(!differ, "range %zu: %zu of %zu positions differ", w, differ, n);
	}
	/* scratch for fewer keys than a bucket holds: those sorted in place
	 * (scratch of 1: every bucket and run of more than 1; of 37: the
	 * larger ones), the same order */
	const size_t caps[] = {1, 37, 5000};
	for (size_t w = 0; w < 3; w++) {
		gac_rank_sort_scratch(rank2, src, stride, n, lo, hi, a2, b, caps[w]);
		size_t differ = 0;
		for (size_t k = 0; k < n; k++)
			differ += (a2[k] & UINT32_MAX) != (a[k] & UINT32_MAX) || rank2[k] != rank[k];
		ck_assert_msg(!differ, "scratch of %zu: %zu of %zu positions differ", caps[w], differ, n);
	}
	free(a2);
	free(rank2);
	for (size_t t = 0; t < n; t++)
		sorted[t] = src[t * stride];
	gsl_sort(sorted, 1, n);
	const double f[] = {0, 0.05, 0.5, 0.9, 0.95, 0.99, 0.9503, 1};
	for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
		double got = gac_rank_quantile(src, stride, a, n, f[i]), exp = gsl_stats_quantile_from_sorted_data(sorted, 1, n, f[i]);
		ck_assert_msg(got == exp || (isnan(got) && isnan(exp)), "quantile %g: %.17g, GSL %.17g", f[i], got, exp);
	}
	free(sorted);
	free(rank);
	free(a);
	free(b);
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

START_TEST(rank_dot_is_the_dot_product)
{
	/* against a long double sum; with ranks of a million trials the
	 * products reach 10^12 and the sum 10^17, past a double's 2^53 */
	enum { N = 1000003 };
	int32_t *x = malloc(N * sizeof *x), *y = malloc(N * sizeof *y);
	ck_assert(x && y);
	long double want = 0;
	for (size_t t = 0; t < N; t++) {
		x[t] = (int32_t)(2 * t) - (N - 1);
		y[t] = (int32_t)((t * 7919) % N) * 2 - (N - 1);
		want += (long double)x[t] * y[t];
	}
	double got = gac_rank_dot(x, y, N);
	ck_assert_msg(fabsl(got - want) <= fabsl(want) * 1e-12, "%.17g vs %.17Lg", got, want);
	/* a series with itself: the sum of squares of 2t - (n - 1), n (n² - 1) / 3 */
	ck_assert_msg(fabs(gac_rank_dot(x, x, N) - (double)N * ((double)N * N - 1) / 3) <= 1e-12 * (double)N * N * N,
	              "%.17g", gac_rank_dot(x, x, N));
	/* short tails: n not a multiple of four */
	const int32_t a[] = {-2, 0, 2}, b[] = {2, 0, -2};
	ck_assert(gac_rank_dot(a, b, 3) == -8);
	ck_assert(gac_rank_dot(a, b, 0) == 0);
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
	gac_rank_sort(NULL, NULL, 1, 0, NULL, NULL);
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
	tcase_add_test(t, rank_dot_is_the_dot_product);
	suite_add_tcase(s, t);
	return s;
}

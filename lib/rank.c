/* Order statistics and ranks of a simulated series: sorting it for its
 * percentiles and ranking it for Spearman's rho, in one sort.
 *
 * Sorting is most of the work after the trials (nine series of 10^6 in the
 * bench).  A double's bits, flipped as order_key does, sort as the double;
 * a series spans a small part of that 64-bit range, so the keys less the
 * smallest, shifted right until they fit 32 bits, still nearly always
 * tell two values apart.  Those 32 bits sit above the trial's index in one
 * 64-bit word and sort in three 11-bit LSD passes over 8 bytes a value,
 * where sorting the whole key with its index took six passes over 16.
 * Values that share their top 32 bits then sort on the 32 bits the shift
 * dropped, in the same word: the result is the order of (value, trial)
 * exactly, as a full comparison sort would give it.  The sorted values are
 * never gathered into a copy, a random read each: ties are found from the
 * keys and the few order statistics a report needs are read from the
 * trials. */
#include "internal.h"

#include <gsl/gsl_statistics_double.h>
#include <string.h>

static inline uint64_t order_key(double v)
{
	v += 0.0;  /* -0 equals 0 (-0 + 0 is 0): one key, so equal values are equal keys */
	uint64_t u;
	memcpy(&u, &v, sizeof u);
	/* negative: every bit flipped; else the sign bit set */
	return u ^ ((uint64_t)-(int64_t)(u >> 63) | UINT64_C(1) << 63);
}

uint64_t gac_order_key(double v)
{
	return order_key(v);
}

enum { DIGIT = 11, BUCKETS = 1 << DIGIT, PASSES = 3 };
/* from this many keys the top digit goes first (sort_top_first) */
enum { MSD_FROM = 1 << 18 };

/* One pass: each key to its digit's next place (restrict: a store there
 * does not change what is read, so each key is loaded once). */
static void scatter(uint64_t *restrict to, const uint64_t *restrict from, size_t n, size_t *restrict c, int at)
{
	size_t t = 0;
	for (; t + 2 <= n; t += 2) {
		uint64_t x = from[t], y = from[t + 1];
		to[c[(x >> at) & (BUCKETS - 1)]++] = x;
		to[c[(y >> at) & (BUCKETS - 1)]++] = y;
	}
	for (; t < n; t++)
		to[c[(from[t] >> at) & (BUCKETS - 1)]++] = from[t];
}

/* Stable LSD radix sort of from[0..n) on bits 32..63, count holding each
 * digit's histogram; the other of a and b is scratch.  Where the result
 * is: a or b. */
static uint64_t *sort_counted(uint64_t *from, uint64_t *a, uint64_t *b, size_t n, size_t (*count)[BUCKETS])
{
	uint64_t *to = from == a ? b : a;
	for (int d = 0; d < PASSES && n; d++) {
		int at = 32 + d * DIGIT;
		size_t *c = count[d];
		if (c[(from[0] >> at) & (BUCKETS - 1)] == n)
			continue;  /* every key has this digit: nothing to move */
		size_t sum = 0;
		for (size_t i = 0; i < BUCKETS; i++) {
			size_t here = c[i];
			c[i] = sum;
			sum += here;
		}
		scatter(to, from, n, c, at);
		uint64_t *x = from;
		from = to;
		to = x;
	}
	return from;
}

/* The same for a[0..n), counting first; the result in a. */
static void sort_high(uint64_t *a, uint64_t *b, size_t n)
{
	size_t count[PASSES][BUCKETS];
	memset(count, 0, sizeof count);
	for (size_t t = 0; t < n; t++)
		for (int d = 0; d < PASSES; d++)
			count[d][(a[t] >> (32 + d * DIGIT)) & (BUCKETS - 1)]++;
	if (sort_counted(a, a, b, n, count) != a)
		memcpy(a, b, n * sizeof *a);
}

static void insertion_sort(uint64_t *a, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		uint64_t v = a[i];
		size_t j = i;
		for (; j > 0 && a[j - 1] > v; j--)
			a[j] = a[j - 1];
		a[j] = v;
	}
}

/* A bucket x[0..n) of keys sharing their top digit, sorted stably on the
 * 22 bits below it (three passes of 8, 8 and 6 bits, between x and y;
 * few keys: by insertion, all 64 bits, which orders equal keys by trial
 * as a stable sort does); the result in y. */
static void sort_bucket(uint64_t *x, uint64_t *y, size_t n)
{
	if (n <= 32) {
		memcpy(y, x, n * sizeof *y);
		insertion_sort(y, n);
		return;
	}
	enum { SMALL = 256 };
	size_t c[3][SMALL];
	memset(c, 0, sizeof c);
	for (size_t t = 0; t < n; t++) {
		uint64_t k = x[t] >> 32;
		c[0][k & (SMALL - 1)]++;
		c[1][(k >> 8) & (SMALL - 1)]++;
		c[2][(k >> 16) & 63]++;
	}
	uint64_t *from = x, *to = y;
	for (int d = 0; d < 3; d++) {
		int at = 32 + 8 * d;
		uint64_t mask = d < 2 ? SMALL - 1 : 63;  /* the top digit's bits are not this one's */
		size_t *cd = c[d];
		if (cd[(from[0] >> at) & mask] == n)
			continue;  /* every key has this digit */
		size_t sum = 0;
		for (size_t i = 0; i < SMALL; i++) {
			size_t here = cd[i];
			cd[i] = sum;
			sum += here;
		}
		for (size_t t = 0; t < n; t++)
			to[cd[(from[t] >> at) & mask]++] = from[t];
		uint64_t *w = from;
		from = to;
		to = w;
	}
	if (from != y)
		memcpy(y, from, n * sizeof *y);
}

/* a[0..n) sorted as sort_counted sorts it, for a series too large for the
 * cache: one pass by the top digit (top: its counts) into b, where each
 * bucket is a few thousand keys at most, then each bucket back into a.
 * Three passes over the whole array become one, the other two in cache. */
static void sort_top_first(uint64_t *a, uint64_t *b, size_t n, const size_t *top)
{
	size_t start[BUCKETS + 1], at[BUCKETS], sum = 0;
	for (size_t i = 0; i < BUCKETS; i++) {
		start[i] = at[i] = sum;
		sum += top[i];
	}
	start[BUCKETS] = sum;
	scatter(b, a, n, at, 32 + 2 * DIGIT);
	for (size_t i = 0; i < BUCKETS; i++)
		sort_bucket(&b[start[i]], &a[start[i]], start[i + 1] - start[i]);
}

/* Trials a[i..j) hold one value: each gets twice their mean rank less
 * n + 1, which is i + j - n, an integer; ties keep it, so a correlation of
 * ranks is a dot product of integers. */
static inline void tie(int32_t *centred, const uint64_t *a, size_t i, size_t j, size_t n)
{
	if (!centred)
		return;
	int32_t r = (int32_t)((int64_t)i + (int64_t)j - (int64_t)n);
	for (size_t k = i; k < j; k++)
		centred[a[k] & UINT32_MAX] = r;
}

void gac_rank_sort(int32_t *centred, const double *src, size_t stride, size_t n, uint64_t *a, uint64_t *b)
{
	uint64_t lo = UINT64_MAX, hi = 0;
	for (size_t t = 0; t < n; t++) {
		uint64_t k = order_key(src[t * stride]);
		lo = k < lo ? k : lo;
		hi = k > hi ? k : hi;
	}
	gac_rank_sort_within(centred, src, stride, n, lo, hi, a, b);
}

void gac_rank_sort_within(int32_t *centred, const double *src, size_t stride, size_t n, uint64_t lo, uint64_t hi,
                          uint64_t *a, uint64_t *b)
{
	if (!n)
		return;
	/* the shift that brings the span within 32 bits */
	unsigned shift = 0;
	while (((hi - lo) >> shift) > UINT32_MAX)
		shift++;
	/* the passes the span needs; built where an even or odd number of them
	 * leaves the result in a (a pass whose digit every key shares is
	 * skipped, which may leave it in b: copied back) */
	uint64_t span = (hi - lo) >> shift;
	int passes = span >> (2 * DIGIT) ? 3 : span >> DIGIT ? 2 : 1;
	size_t count[PASSES][BUCKETS];
	memset(count, 0, sizeof count);
	if (passes == 3 && n >= MSD_FROM) {
		/* large: the top digit first, then each bucket in cache */
		for (size_t t = 0; t < n; t++) {
			uint64_t k = (order_key(src[t * stride]) - lo) >> shift;
			a[t] = k << 32 | (uint64_t)t;
			count[2][k >> (2 * DIGIT)]++;
		}
		sort_top_first(a, b, n, count[2]);
	} else {
		uint64_t *keys = passes % 2 ? b : a;
		for (size_t t = 0; t < n; t++) {
			uint64_t k = (order_key(src[t * stride]) - lo) >> shift;
			keys[t] = k << 32 | (uint64_t)t;
			for (int d = 0; d < PASSES; d++)
				count[d][(k >> (d * DIGIT)) & (BUCKETS - 1)]++;
		}
		if (sort_counted(keys, a, b, n, count) != a)
			memcpy(a, b, n * sizeof *a);
	}
	/* each trial's rank as if no two shared their top bits; then the runs
	 * that do, ordered on the bits the shift dropped, and the ties */
	for (size_t k = 0; centred && k < n; k++)
		centred[a[k] & UINT32_MAX] = (int32_t)(2 * (int64_t)k + 1 - (int64_t)n);
	const uint64_t low_bits = shift ? (UINT64_C(1) << shift) - 1 : 0;
	for (size_t i = 0; i + 1 < n; i++) {
		if ((a[i] ^ a[i + 1]) >> 32)
			continue;
		size_t j = i + 2;
		while (j < n && !((a[j] ^ a[i]) >> 32))
			j++;
		if (!shift) {
			/* unshifted, equal top bits are equal values */
			tie(centred, a, i, j, n);
			i = j - 1;
			continue;
		}
		/* a run the top bits do not order: its keys' dropped bits (at most
		 * 32 of them) take the top place, and order it */
		for (size_t k = i; k < j; k++) {
			uint64_t t = a[k] & UINT32_MAX;
			a[k] = ((order_key(src[t * stride]) - lo) & low_bits) << 32 | t;
		}
		if (j - i <= 32)
			insertion_sort(&a[i], j - i);
		else
			sort_high(&a[i], &b[i], j - i);
		for (size_t k = i; k < j;) {
			size_t l = k + 1;
			while (l < j && a[l] >> 32 == a[k] >> 32)
				l++;
			tie(centred, a, k, l, n);
			k = l;
		}
		i = j - 1;  /* the next run starts at j at the earliest */
	}
}

double gac_rank_quantile(const double *src, size_t stride, const uint64_t *a, size_t n, double f)
{
	/* GSL's interpolation between the two order statistics around f,
	 * given just those two: read from the trials, not from a sorted copy */
	const double index = f * (double)(n - 1);
	const size_t lhs = (size_t)index;
	if (lhs + 1 >= n)
		return src[(a[lhs] & UINT32_MAX) * stride];  /* as GSL: the last value, not 1 x + 0 x */
	const size_t rhs = lhs + 1;
	const double pair[2] = {src[(a[lhs] & UINT32_MAX) * stride], src[(a[rhs] & UINT32_MAX) * stride]};
	return gsl_stats_quantile_from_sorted_data(pair, 1, 2, index - (double)lhs);
}

double gac_rank_dot(const int32_t *x, const int32_t *y, size_t n)
{
	/* each product is exact in a double (it rounds only past 2^26
	 * trials); four sums so that the adds overlap, over stretches of 4096
	 * added to the total, so that rounding grows with n / 4096 + 4096 adds
	 * rather than n; always in this order */
	double total = 0;
	for (size_t t = 0; t < n;) {
		double s[4] = {0, 0, 0, 0};
		size_t end = n - t > 4096 ? t + 4096 : n;
		for (; t + 4 <= end; t += 4)
			for (int k = 0; k < 4; k++)
				s[k] += (double)x[t + k] * (double)y[t + k];
		for (; t < end; t++)
			s[0] += (double)x[t] * (double)y[t];
		total += (s[0] + s[1]) + (s[2] + s[3]);
	}
	return total;
}

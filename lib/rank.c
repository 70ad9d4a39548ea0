/* Order statistics and ranks of a simulated series: sorting it for its
 * percentiles and ranking it for Spearman's rho, in one sort.
 *
 * Sorting is most of the work after the trials (nine series of 10^6 in the
 * bench).  A double's bits, flipped as order_key does, sort as the double;
 * a series spans a small part of that 64-bit range, so the keys less the
 * smallest, shifted right until they fit 32 bits, still nearly always
 * tell two values apart.  Those 32 bits sit above the trial's index in one
 * 64-bit word.  A short series sorts in up to three 11-bit LSD passes over
 * 8 bytes a value, between the keys and a scratch of as many.  A long one
 * is built twice from the values, once to count each key's top digit and
 * once to scatter it, stably, to its bucket in the one array of keys; each
 * bucket (a few hundred thousand keys at most for any smooth
 * distribution) then sorts on the bits below its digit through a fixed
 * scratch, in cache, and is ranked there.  So the sort holds 8 bytes a
 * value and 8 MiB, not 16 bytes a value; a bucket more crowded than the
 * scratch sorts in place, most significant digit first.
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

enum { DIGIT = 11, BUCKETS = GAC_RANK_BUCKETS, PASSES = 3 };
_Static_assert(GAC_RANK_BUCKETS == 1 << DIGIT, "a bucket a top digit");
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

/* x[0..n) sorted on its whole 64-bit word, in place, most significant
 * digit first ("American flag sort"): the bits above top are the same in
 * every key.  Only for what the scratch cannot hold (a bucket or a run of
 * equal top bits crowded past it), which sorted stably would be in this
 * order too: the low 32 bits are the trial, so no two words are equal. */
static void sort_in_place(uint64_t *x, size_t n, int top)
{
	if (n <= 32 || top <= 0) {
		insertion_sort(x, n);
		return;
	}
	enum { W = 8, DIGITS = 1 << W };
	const int at = top > W ? top - W : 0;
	const uint64_t mask = (UINT64_C(1) << (top - at)) - 1;
	size_t count[DIGITS] = {0}, next[DIGITS], end[DIGITS], sum = 0;
	for (size_t t = 0; t < n; t++)
		count[(x[t] >> at) & mask]++;
	for (size_t d = 0; d < DIGITS; d++) {
		next[d] = sum;
		sum += count[d];
		end[d] = sum;
	}
	/* each key swapped to its digit's next free place until the one
	 * brought back belongs here */
	for (size_t d = 0; d < DIGITS; d++)
		while (next[d] < end[d]) {
			uint64_t v = x[next[d]];
			size_t e;
			while ((e = (v >> at) & mask) != d) {
				uint64_t w = x[next[e]];
				x[next[e]++] = v;
				v = w;
			}
			x[next[d]++] = v;
		}
	for (size_t d = 0, from = 0; d < DIGITS; from = end[d], d++)
		if (end[d] - from > 1)
			sort_in_place(&x[from], end[d] - from, at);
}

/* x[0..n) sorted stably on bits at..at+bits of each word (the bits above
 * them the same in every key), through scratch y of at least n, in as few
 * LSD passes of at most 11 bits as cover them (few keys: by insertion,
 * all 64 bits, which orders equal keys by trial as a stable sort does);
 * the result in x. */
static void sort_low(uint64_t *x, uint64_t *y, size_t n, int at, int bits)
{
	if (n <= 32) {
		insertion_sort(x, n);
		return;
	}
	/* digits as wide as the keys are many (a pass costs n plus its
	 * counters: a few hundred keys take 8-bit digits, not 11), 4 to 11
	 * bits; at most 6 × 2^11 counters, 96 KiB of stack */
	int most = 4;
	while (most < DIGIT && (n >> (most + 1)))
		most++;
	const int digits = (bits + most - 1) / most, width = (bits + digits - 1) / digits;
	const size_t size = (size_t)1 << width;
	const uint64_t mask = size - 1;
	size_t count[6 * BUCKETS];
	memset(count, 0, digits * size * sizeof *count);
	for (size_t t = 0; t < n; t++) {
		uint64_t k = x[t] >> at;
		for (int d = 0; d < digits; d++)
			count[d * size + ((k >> (width * d)) & mask)]++;
	}
	uint64_t *from = x, *to = y;
	for (int d = 0; d < digits; d++) {
		const int pos = at + width * d;
		/* the last digit may reach past the bits sorted on, into bits the
		 * same in every key: those change no order */
		size_t *cd = &count[d * size];
		if (cd[(from[0] >> pos) & mask] == n)
			continue;  /* every key has this digit */
		size_t sum = 0;
		for (size_t i = 0; i <= mask; i++) {
			size_t here = cd[i];
			cd[i] = sum;
			sum += here;
		}
		for (size_t t = 0; t < n; t++)
			to[cd[(from[t] >> pos) & mask]++] = from[t];
		uint64_t *w = from;
		from = to;
		to = w;
	}
	if (from != x)
		memcpy(x, from, n * sizeof *x);
}

/* Trials a[i..j) hold one value: each gets twice their mean rank less
 * n + 1, which is i + j - n, an integer; ties keep it, so a correlation of
 * ranks is a dot product of integers. */
static inline void tie(int32_t *centred, const uint64_t *a, size_t i, size_t j, size_t n, uint64_t tmask)
{
	if (!centred)
		return;
	int32_t r = (int32_t)((int64_t)i + (int64_t)j - (int64_t)n);
	for (size_t k = i; k < j; k++)
		centred[a[k] & tmask] = r;
}

/* Positions [from, to) of a, sorted on their keys (the bits from ib up):
 * each trial's rank as if no two shared a key; then the runs that do,
 * ordered on the bits the shift dropped, and the ties; then each word
 * left as its trial alone.  A run shares its top digit, so it lies within
 * one bucket. */
static void finish(int32_t *centred, const double *src, size_t stride, size_t n, uint64_t lo, unsigned shift,
                   int ib, uint64_t *a, uint64_t *b, size_t bcap, size_t from, size_t to)
{
	const uint64_t tmask = (UINT64_C(1) << ib) - 1;
	for (size_t k = from; centred && k < to; k++)
		centred[a[k] & tmask] = (int32_t)(2 * (int64_t)k + 1 - (int64_t)n);
	const uint64_t low_bits = shift ? (UINT64_C(1) << shift) - 1 : 0;
	for (size_t i = from; i + 1 < to; i++) {
		if ((a[i] ^ a[i + 1]) >> ib)
			continue;
		size_t j = i + 2;
		while (j < to && !((a[j] ^ a[i]) >> ib))
			j++;
		if (!shift) {
			/* unshifted, equal keys are equal values */
			tie(centred, a, i, j, n, tmask);
			i = j - 1;
			continue;
		}
		/* a run the keys do not order: its keys' dropped bits (at most
		 * 64 - ib of them) take the key's place, and order it */
		for (size_t k = i; k < j; k++) {
			uint64_t t = a[k] & tmask;
			a[k] = ((order_key(src[t * stride]) - lo) & low_bits) << ib | t;
		}
		if (j - i <= bcap)
			sort_low(&a[i], b, j - i, ib, (int)shift);
		else
			sort_in_place(&a[i], j - i, ib + (int)shift);
		for (size_t k = i; k < j;) {
			size_t l = k + 1;
			while (l < j && a[l] >> ib == a[k] >> ib)
				l++;
			tie(centred, a, k, l, n, tmask);
			k = l;
		}
		i = j - 1;  /* the next run starts at j at the earliest */
	}
	if (ib < 32)
		for (size_t k = from; k < to; k++)
			a[k] &= tmask;
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
	gac_rank_sort_scratch(centred, src, stride, n, lo, hi, a, b, n < GAC_RANK_SCRATCH ? n : GAC_RANK_SCRATCH);
}

void gac_rank_sort_scratch(int32_t *centred, const double *src, size_t stride, size_t n, uint64_t lo, uint64_t hi,
                           uint64_t *a, uint64_t *b, size_t bcap)
{
	if (!n)
		return;
	if (n < MSD_FROM && n <= bcap) {
		/* small: the key's top 32 bits above the trial, sorted in LSD
		 * passes between a and b, built where an even or odd number of
		 * them leaves the result in a (a pass whose digit every key shares
		 * is skipped, which may leave it in b: copied back) */
		unsigned shift = 0;
		while (((hi - lo) >> shift) > UINT32_MAX)
			shift++;
		uint64_t span = (hi - lo) >> shift;
		int passes = span >> (2 * DIGIT) ? 3 : span >> DIGIT ? 2 : 1;
		size_t count[PASSES][BUCKETS];
		memset(count, 0, sizeof count);
		uint64_t *keys = passes % 2 ? b : a;
		for (size_t t = 0; t < n; t++) {
			uint64_t k = (order_key(src[t * stride]) - lo) >> shift;
			keys[t] = k << 32 | (uint64_t)t;
			for (int d = 0; d < PASSES; d++)
				count[d][(k >> (d * DIGIT)) & (BUCKETS - 1)]++;
		}
		if (sort_counted(keys, a, b, n, count) != a)
			memcpy(a, b, n * sizeof *a);
		finish(centred, src, stride, n, lo, shift, 32, a, b, bcap, 0, n);
		return;
	}
	/* large: as gac_rank_split, gac_rank_count, gac_rank_scatter and
	 * gac_rank_bucket do it, here on one thread */
	gac_rank_split sp;
	gac_rank_split_for(&sp, lo, hi, n);
	size_t start[GAC_RANK_BUCKETS + 1], next[GAC_RANK_BUCKETS];
	memset(next, 0, sizeof next);
	gac_rank_count(next, src, stride, 0, n, &sp);
	size_t sum = 0;
	for (size_t i = 0; i < GAC_RANK_BUCKETS; i++) {
		start[i] = sum;
		sum += next[i];
		next[i] = start[i];
	}
	start[GAC_RANK_BUCKETS] = sum;
	gac_rank_scatter(a, next, src, stride, 0, n, &sp);
	for (size_t i = 0; i < GAC_RANK_BUCKETS; i++)
		gac_rank_bucket(centred, src, stride, n, &sp, a, b, bcap, start[i], start[i + 1]);
}

/* A long series: the trial takes the ib bits its largest index needs and
 * the key all the rest, so that fewer values share a key and need their
 * dropped bits read back (a random read each: 10^8 lognormal values in
 * 32-bit keys shared them one in eight).  The keys are built twice from
 * the values, once to count their top digit and once to scatter them by
 * it, stably, into a (no copy of n keys to sort from); then each bucket
 * sorts on the bits below its digit through the scratch, and is ranked,
 * while it is in cache.  Stretches of trials count and scatter apart,
 * and buckets sort apart: a series shares its threads. */
void gac_rank_split_for(gac_rank_split *sp, uint64_t lo, uint64_t hi, size_t n)
{
	int ib = 1;
	while (ib < 32 && (n - 1) >> ib)
		ib++;
	/* 12 bits a key beyond the trial's keep values 4,096 keys apart on
	 * average (and 32 at least, as a short series has): more would only
	 * add passes over each bucket */
	const int kb = ib + 12 < 32 ? 32 : ib + 12 < 64 - ib ? ib + 12 : 64 - ib;
	const uint64_t kmax = (UINT64_C(1) << kb) - 1;
	unsigned shift = 0;
	while (((hi - lo) >> shift) > kmax)
		shift++;
	int sb = 0;  /* the span's significant bits */
	for (uint64_t span = (hi - lo) >> shift; span; span >>= 1)
		sb++;
	*sp = (gac_rank_split){.lo = lo, .shift = shift, .ib = ib, .low = sb > DIGIT ? sb - DIGIT : 0};
}

static inline uint64_t split_key(const gac_rank_split *sp, double v)
{
	return (order_key(v) - sp->lo) >> sp->shift;
}

void gac_rank_count(size_t *count, const double *src, size_t stride, size_t from, size_t to,
                    const gac_rank_split *sp)
{
	const int low = sp->low;
	for (size_t t = from; t < to; t++)
		count[split_key(sp, src[t * stride]) >> low]++;
}

void gac_rank_scatter(uint64_t *a, size_t *next, const double *src, size_t stride, size_t from, size_t to,
                      const gac_rank_split *sp)
{
	const int low = sp->low, ib = sp->ib;
	for (size_t t = from; t < to; t++) {
		uint64_t k = split_key(sp, src[t * stride]);
		a[next[k >> low]++] = k << ib | (uint64_t)t;
	}
}

void gac_rank_bucket(int32_t *centred, const double *src, size_t stride, size_t n, const gac_rank_split *sp,
                     uint64_t *a, uint64_t *b, size_t bcap, size_t from, size_t to)
{
	size_t m = to - from;
	if (!m)
		return;
	if (sp->low && m <= bcap)
		sort_low(&a[from], b, m, sp->ib, sp->low);
	else if (sp->low)
		sort_in_place(&a[from], m, sp->ib + sp->low);
	finish(centred, src, stride, n, sp->lo, sp->shift, sp->ib, a, b, bcap, from, to);
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

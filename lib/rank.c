/* Order statistics and ranks of a simulated series: sorting it for its
 * percentiles and ranking it for Spearman's rho, in one sort.
 *
 * Sorting is most of the work after the trials.  A double's bits,
 * flipped as order_key does, sort as the double; a series spans a small
 * part of that 64-bit range, so the keys less the smallest, shifted right
 * until they fit the bits above the trial's index, still nearly always
 * tell two values apart.  The keys are built twice from the values, once
 * to count each key's top digit and once to scatter it, stably, to its
 * bucket in one array of keys (8 bytes a value).  Each bucket (a few
 * hundred thousand keys at most for any smooth distribution) then sorts
 * on the bits below its digit through a fixed scratch, in cache, and is
 * ranked there; values that share a key sort on the bits the shift
 * dropped, read back from the values.  The result is the order of
 * (value, trial) exactly, as a full comparison sort would give it.
 *
 * A rank is wanted in trial order, to multiply by another series' rank of
 * the same trial.  Written there from the sorted order, each would be a
 * random store (a fifth of a run's time at 10^8 trials).  So a bucket
 * writes its ranks back in the order its keys came, which is trial order
 * (the scatter is stable), and a gather retraces the scatter: trial by
 * trial, the next rank of that trial's bucket.  A bucket more crowded
 * than the scratch sorts in place, most significant digit first, ranks
 * into each word above its trial and sorts back on the trial. */
#include "internal.h"

#include <gsl/gsl_statistics_double.h>
#include <math.h>
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

enum { DIGIT = 11, BUCKETS = GAC_RANK_BUCKETS };
_Static_assert(GAC_RANK_BUCKETS == 1 << DIGIT, "a bucket a top digit");

/* compared on the bits in keep (on which no two words are equal) */
static void insertion_sort(uint64_t *a, size_t n, uint64_t keep)
{
	for (size_t i = 1; i < n; i++) {
		uint64_t v = a[i];
		size_t j = i;
		for (; j > 0 && (a[j - 1] & keep) > (v & keep); j--)
			a[j] = a[j - 1];
		a[j] = v;
	}
}

/* x[0..n) sorted on its bits below top, in place, most significant digit
 * first ("American flag sort"); keep: the bits a few words left are
 * compared on (those below top, and any above that order them as well).
 * Only for what the scratch cannot hold (a bucket or a run of equal top
 * bits crowded past it), which sorted stably would be in this order too:
 * no two words are equal on keep. */
static void sort_in_place(uint64_t *x, size_t n, int top, uint64_t keep)
{
	if (n <= 32 || top <= 0) {
		insertion_sort(x, n, keep);
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
			sort_in_place(&x[from], end[d] - from, at, keep);
}

/* x[0..n) sorted stably on bits at..at+bits of each word (the bits above
 * them the same in every key), through scratch y of at least n, in as few
 * LSD passes of at most 11 bits as cover them (few keys: by insertion,
 * all 64 bits, which orders equal keys by trial as a stable sort does);
 * the result in x. */
static void sort_low(uint64_t *x, uint64_t *y, size_t n, int at, int bits)
{
	if (n <= 32) {
		insertion_sort(x, n, UINT64_MAX);
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

/* How a bucket's words name their trial, and where its ranks go.  The
 * bits under ib are an id: the word's place in the bucket as it was
 * scattered (trial[id] its trial, by_id[id] its rank), or the trial
 * itself (trial NULL; the rank then goes to direct[trial], or above it in
 * the word). */
typedef struct ranking {
	const double *src;
	size_t stride, n;
	uint64_t lo;
	unsigned shift;
	int ib;
	uint64_t tmask;
	const uint32_t *trial;
	int32_t *by_id;
	int32_t *direct;  /* each trial's rank, or NULL */
	bool ranked;
	uint64_t *b;  /* scratch of bcap keys */
	size_t bcap;
} ranking;

static inline size_t trial_of(const ranking *g, uint64_t w)
{
	size_t id = (size_t)(w & g->tmask);
	return g->trial ? g->trial[id] : id;
}

/* position k, word w, ranks r: twice its mean rank less n + 1, which is
 * an integer (ties keep it, so a correlation of ranks is a dot product of
 * integers) */
static inline void put(const ranking *g, uint64_t *a, size_t k, uint64_t w, int32_t r)
{
	if (!g->ranked)
		return;
	if (g->direct)
		g->direct[trial_of(g, w)] = r;
	else if (g->by_id)
		g->by_id[w & g->tmask] = r;
	else
		a[k] = (uint64_t)(uint32_t)r << 32 | (w & g->tmask);
}

/* Positions [from, to) of a, sorted on their keys (the bits from ib up):
 * each ranked as if no two shared a key; a run that does is ordered on
 * the bits the shift dropped, read back from the values, and its ties
 * share their rank.  A run shares its top digit, so it lies within one
 * bucket.  Only positions already ranked are written (a word's rank may
 * go over it). */
static void rank_runs(const ranking *g, uint64_t *a, size_t from, size_t to)
{
	const int ib = g->ib;
	const int64_t n = (int64_t)g->n;
	const uint64_t low_bits = g->shift ? (UINT64_C(1) << g->shift) - 1 : 0;
	for (size_t i = from; i < to;) {
		const uint64_t w = a[i];
		size_t j = i + 1;
		while (j < to && !((a[j] ^ w) >> ib))
			j++;
		if (j == i + 1) {
			put(g, a, i, w, (int32_t)(2 * (int64_t)i + 1 - n));
			i = j;
			continue;
		}
		if (g->shift) {
			/* a run the keys do not order: its keys' dropped bits (at most
			 * 64 - ib of them) take the key's place, and order it */
			for (size_t k = i; k < j; k++) {
				uint64_t key = order_key(g->src[trial_of(g, a[k]) * g->stride]);
				a[k] = ((key - g->lo) & low_bits) << ib | (a[k] & g->tmask);
			}
			if (j - i <= g->bcap)
				sort_low(&a[i], g->b, j - i, ib, (int)g->shift);
			else
				sort_in_place(&a[i], j - i, ib + (int)g->shift, UINT64_MAX);
		}
		/* (unshifted, equal keys are equal values) */
		for (size_t k = i; k < j;) {
			const uint64_t v = a[k];
			size_t l = k + 1;
			while (l < j && !((a[l] ^ v) >> ib))
				l++;
			const int32_t r = (int32_t)((int64_t)k + (int64_t)l - n);
			for (size_t q = k; q < l; q++)
				put(g, a, q, a[q], r);
			k = l;
		}
		i = j;
	}
}

/* The trial takes the ib bits its largest index needs, and the key's top
 * digit picks its bucket: the word holds the trial and the key's bits
 * below that digit.  12 bits a key beyond the trial's keep values 4,096
 * keys apart on average (and 32 at least, as a short series has); where
 * the bucket sort takes three passes anyway (more than 22 bits below the
 * digit), as many as three 11-bit passes cover.  Values that share a key
 * have their dropped bits read back, a random read each; at 10^8 trials
 * most of those are values that are equal (GSL's Gaussian draws take
 * about 2^32 values, so 10^8 of them repeat some 10^6 times), which no
 * key short of the whole value tells apart.  The keys are built twice from the values, once to count their top digit
 * and once to scatter them by it, stably, into a (no copy of n keys to
 * sort from); then each bucket sorts on the bits below its digit through
 * the scratch, and is ranked, while it is in cache.  Stretches of trials
 * count and scatter apart, and buckets sort apart: a series shares its
 * threads. */
void gac_rank_split_for(gac_rank_split *sp, uint64_t lo, uint64_t hi, size_t n)
{
	int ib = 1;
	while (ib < 32 && (n - 1) >> ib)
		ib++;
	int kb = ib + 12 < 32 ? 32 : ib + 12;
	if (kb - DIGIT > 2 * DIGIT)
		kb = 4 * DIGIT;
	if (kb > 64 + DIGIT - ib)
		kb = 64 + DIGIT - ib;
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
	const uint64_t below = (UINT64_C(1) << low) - 1;
	for (size_t t = from; t < to; t++) {
		uint64_t k = split_key(sp, src[t * stride]);
		a[next[k >> low]++] = (k & below) << ib | (uint64_t)t;
	}
}

/* the trials at the wanted positions in [from, to) */
static void record(gac_rank_want *want, const ranking *g, const uint64_t *a, size_t from, size_t to)
{
	for (size_t i = 0; want && i < want->count; i++)
		if (want->pos[i] >= from && want->pos[i] < to)
			want->trial[i] = trial_of(g, a[want->pos[i]]);
}

void gac_rank_bucket(bool ranked, int32_t *direct, const double *src, size_t stride, size_t n,
                     const gac_rank_split *sp, uint64_t *a, const gac_rank_scratch *s, size_t from, size_t to,
                     gac_rank_want *want)
{
	const size_t m = to - from;
	if (!m)
		return;
	ranking g = {.src = src, .stride = stride, .n = n, .lo = sp->lo, .shift = sp->shift, .ib = sp->ib,
	             .tmask = (UINT64_C(1) << sp->ib) - 1, .direct = direct, .ranked = ranked, .b = s->keys,
	             .bcap = s->cap};
	uint64_t *x = &a[from];
	if (m <= s->cap) {
		/* ranks left here for the gather: each word's place in the bucket
		 * (trial order) as its id, its trial aside (the ids order equal
		 * keys as the trials did) */
		bool slots = ranked && !direct;
		for (size_t j = 0; slots && j < m; j++) {
			s->trial[j] = (uint32_t)(x[j] & g.tmask);
			x[j] = (x[j] & ~g.tmask) | j;
		}
		if (slots) {
			g.trial = s->trial;
			g.by_id = s->rank;
		}
		if (sp->low)
			sort_low(x, s->keys, m, sp->ib, sp->low);
		rank_runs(&g, a, from, to);
		record(want, &g, a, from, to);
		for (size_t j = 0; slots && j < m; j++)
			x[j] = (uint32_t)s->rank[j];
		return;
	}
	/* crowded: the trial stays the id; ranks left here for the gather go
	 * above it, and the words sort back on the trial (unique) */
	if (sp->low)
		sort_in_place(x, m, sp->ib + sp->low, UINT64_MAX);
	rank_runs(&g, a, from, to);
	record(want, &g, a, from, to);
	if (ranked && !direct) {
		sort_in_place(x, m, sp->ib, g.tmask);
		for (size_t j = 0; j < m; j++)
			x[j] >>= 32;
	}
}

void gac_rank_gather(int32_t *centred, size_t *next, const uint64_t *a, const double *src, size_t stride, size_t from,
                     size_t to, const gac_rank_split *sp)
{
	const int low = sp->low;
	for (size_t t = from; t < to; t++)
		centred[t - from] = (int32_t)(uint32_t)a[next[split_key(sp, src[t * stride]) >> low]++];
}

void gac_rank_want_init(gac_rank_want *w, size_t n)
{
	w->n = n;
	w->count = 0;
}

static void want_position(gac_rank_want *w, size_t k)
{
	for (size_t i = 0; i < w->count; i++)
		if (w->pos[i] == k)
			return;
	if (w->count < GAC_RANK_WANT)
		w->pos[w->count++] = k;
}

static double value_at(const gac_rank_want *w, const double *src, size_t stride, size_t k)
{
	for (size_t i = 0; i < w->count; i++)
		if (w->pos[i] == k)
			return src[w->trial[i] * stride];
	return NAN;  /* not asked for */
}

/* GSL's interpolation between the two order statistics around f: its
 * index and the one above, unless that is past the last */
static size_t quantile_lhs(size_t n, double f)
{
	return (size_t)(f * (double)(n - 1));
}

void gac_rank_want_quantile(gac_rank_want *w, double f)
{
	if (!w->n)
		return;
	size_t lhs = quantile_lhs(w->n, f);
	want_position(w, lhs);
	if (lhs + 1 < w->n)
		want_position(w, lhs + 1);
}

double gac_rank_want_quantile_of(const gac_rank_want *w, const double *src, size_t stride, double f)
{
	const double index = f * (double)(w->n - 1);
	const size_t lhs = quantile_lhs(w->n, f);
	if (lhs + 1 >= w->n)
		return value_at(w, src, stride, lhs);  /* as GSL: the last value, not 1 x + 0 x */
	const double pair[2] = {value_at(w, src, stride, lhs), value_at(w, src, stride, lhs + 1)};
	return gsl_stats_quantile_from_sorted_data(pair, 1, 2, index - (double)lhs);
}

double gac_rank_want_value(const gac_rank_want *w, const double *src, size_t stride, size_t k)
{
	return value_at(w, src, stride, k);
}

void gac_rank_want_position(gac_rank_want *w, size_t k)
{
	want_position(w, k);
}

/* ---- exact sums of products of ranks ---- */

static void add_words(gac_exact *s, uint64_t hi, uint64_t lo)
{
	uint64_t l = s->lo + lo;
	s->hi += hi + (l < s->lo);
	s->lo = l;
}

void gac_exact_dot(gac_exact *sum, const int32_t *x, const int32_t *y, size_t n, int32_t bound)
{
	if (bound <= 1 << 20) {
		/* products of at most 2^40, 4,096 of them at most 2^52: exact in
		 * a double, whose multiply-adds vectorise */
		for (size_t t = 0; t < n;) {
			size_t end = n - t > 4096 ? t + 4096 : n;
			double s[4] = {0, 0, 0, 0};
			for (; t + 4 <= end; t += 4)
				for (int k = 0; k < 4; k++)
					s[k] += (double)x[t + k] * (double)y[t + k];
			for (; t < end; t++)
				s[0] += (double)x[t] * (double)y[t];
			int64_t v = (int64_t)((s[0] + s[1]) + (s[2] + s[3]));
			add_words(sum, v < 0 ? UINT64_MAX : 0, (uint64_t)v);
		}
		return;
	}
	/* each product p (|p| < 2^62) as p_hi 2^32 + p_lo, p_lo its low 32
	 * bits: the two halves summed apart cannot overflow for n below 2^31 */
	uint64_t lo = 0;
	int64_t hi = 0;
	for (size_t t = 0; t < n; t++) {
		int64_t p = (int64_t)x[t] * y[t];
		uint64_t pl = (uint64_t)p & UINT32_MAX;
		lo += pl;
		hi += (p - (int64_t)pl) / ((int64_t)1 << 32);
	}
	/* hi 2^32, as 128 bits: hi / 2^32 (rounded down) above, its low half
	 * shifted up below */
	int64_t top = (hi - (int64_t)((uint64_t)hi & UINT32_MAX)) / ((int64_t)1 << 32);
	add_words(sum, (uint64_t)top, (uint64_t)hi << 32);
	add_words(sum, 0, lo);
}

void gac_exact_merge(gac_exact *sum, const gac_exact *more)
{
	add_words(sum, more->hi, more->lo);
}

double gac_exact_value(const gac_exact *sum)
{
	uint64_t hi = sum->hi, lo = sum->lo;
	bool negative = hi >> 63;
	if (negative) {
		lo = ~lo + 1;
		hi = ~hi + (lo == 0);
	}
	double v = hi ? ldexp((double)hi, 64) + (double)lo : (double)lo;
	return negative ? -v : v;
}

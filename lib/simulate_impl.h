/* A simulation's insides, shared by the trials and reports (simulate.c)
 * and the work after the trials of an exact run (sim_order.c: sorting,
 * ranks, rank correlations, histograms of kept totals).  Private to those
 * two. */
#ifndef GAC_SIMULATE_IMPL_H
#define GAC_SIMULATE_IMPL_H

#include "internal.h"

#include <stdint.h>

#define BLOCK 4096   /* trials per generator stream */

/* A streamed run's summary of an option's totals: counts in buckets of
 * 2^-SUB_BITS of their value, which keep any quantile within half that
 * (GAC_SIM_QUANTILE_ERROR) of the exact one.  A bucket is a total's order
 * key (rank.c) less its low bits: sign and exponent pick an octave, the
 * top SUB_BITS bits of the mantissa the bucket in it.  Each thread counts
 * into its own, octaves allocated as the totals reach them; counts add
 * up the same in any order, so the merged summary does not depend on the
 * thread count. */
enum { SUB_BITS = 10, SUB = 1 << SUB_BITS, KEY_SHIFT = 52 - SUB_BITS };

typedef struct hist {
	uint64_t **oct;        /* octaves first .. first + count - 1: SUB counts each, or NULL */
	unsigned first, count;
	double min, max;
} hist;

/* An option's merged summary: its non-empty buckets, ascending. */
typedef struct summary {
	uint64_t *key, *count;
	size_t n;
} summary;

struct gac_simulation {
	size_t trials, options, inputs;
	size_t months;        /* 0: a trial is one month; else its horizon */
	double budget;        /* what a trial's total was held to (NAN: none) */
	int converged;
	int streaming;        /* percentiles from the summaries, totals not kept */
	unsigned threads;     /* how many shared the work after the trials */
	size_t cap, needed;   /* the memory cap, and what exact percentiles needed */
	bool cap_default;     /* the cap was a quarter of physical memory */
	char **names;
	gac_sim_stats *stats;
	double *totals;       /* options × trials: an option's together */
	double *draws;        /* inputs × trials */
	summary *sum;         /* streaming: per option */
	double *block_mom;    /* blocks × options × (mean, m2, list sum): each block's moments and
	                       * its sum of totals at list prices (pricing_overrides) */
	double *list_mean;    /* options: the mean bill at list prices, or NULL: no overrides */
	bool *list_own;       /* options: priced with overrides of its own */
	double *rank;         /* inputs × options: Spearman's rho of input and total */
	double *block_sums;   /* blocks × inputs: each block's sum of draws, for a longer run */
	double *block_range;  /* blocks × (options + inputs) × 2: each block's least and largest total and
	                       * draw (NaN: some value was NaN), for the sorts */
	size_t *block_counts; /* blocks × TALLY(options): see job */
	double prob_none;     /* share of trials in which no option carries the load */
	char **paths;
	double *observed, *expected;
	char **specs;         /* each input's distribution in words, for --explain */
	double *corr;         /* inputs² rank correlations as written, or NULL */
	bool by_row;          /* some inputs are CSV columns resampled by row */
	/* option-trials priced by the engine: a guard of the plan broke, or
	 * the option has no plan (provisioned units, services, ...) */
	size_t fallbacks, unplanned;
};

/* The exact run's order statistics, rank correlations (Spearman's rho
 * of each input and option) and extremes, on `threads` threads. */
GAC_HIDDEN gac_status gac_sim_post_process(gac_simulation *sim, unsigned threads);
/* What exact percentiles of n trials of nopt options and m uncertain
 * inputs take with k threads sorting; SIZE_MAX past what a size_t counts. */
GAC_HIDDEN size_t gac_sim_exact_bytes(size_t n, size_t nopt, size_t m, unsigned k);
/* Kept totals of option o in bins equal parts of [lo, hi], as
 * gsl_histogram_increment bins them. */
GAC_HIDDEN gac_status gac_sim_histogram_kept(const gac_simulation *sim, size_t o, size_t bins, double lo, double hi,
                                             double *edges, double *counts);

#endif

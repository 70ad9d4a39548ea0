/* Monte Carlo: analytic checks, correlation, thread independence, a
 * pinned seed, and bad distributions. */
#include "tests.h"
#include "internal.h"

#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_histogram.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* one request costs exactly $1: 1,000 input tokens at $1 per 1K */
static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, output: 1}\n"
	"  - {id: m.pt, regions: [us-east-1], per: 1K, input: 1, output: 1,\n"
	"     model_unit_hour: {1_month: 10, 6_month: 5}}\n";

static gac_sheet *sheet;

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
}

static void teardown(void)
{
	gac_sheet_free(sheet);
}

static gac_scenario *load(const char *yaml)
{
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "s.yaml", &e) == GAC_OK, "%s", e.message);
	return s;
}

/* One workload at $1 per 1K tokens and 1,000 tokens a request, so the
 * total is the request count, drawn from SPEC. */
static gac_scenario *load_demand(const char *spec)
{
	char yaml[512];
	snprintf(yaml, sizeof yaml,
	         "genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1,"
	         " input_tokens: 1000, output_tokens: 0}\nuncertain:\n  workloads.w.requests_per_month: %s\n", spec);
	return load(yaml);
}

static gac_simulation *simulate(const gac_scenario *s, size_t trials, unsigned threads, uint64_t seed)
{
	gac_sim_options o = GAC_SIM_OPTIONS_INIT;
	o.trials = trials;
	o.threads = threads;
	o.seed = seed;
	o.budget = 3e6;
	gac_simulation *sim = NULL;
	gac_error e;
	ck_assert_msg(gac_simulate(&sim, s, sheet, &o, &e) == GAC_OK, "%s", e.message);
	return sim;
}

#define LOGNORMAL                                                                        \
	"genaicost: scenario/1\n"                                                            \
	"workloads:\n"                                                                       \
	"  - {name: w, model: m.one, requests_per_month: 1, input_tokens: 1000, output_tokens: 0}\n"           \
	"uncertain:\n"                                                                       \
	"  workloads.w.requests_per_month: 1M to 5M\n"

START_TEST(lognormal_demand_matches_analytic)
{
	/* total = requests × $1: a lognormal with p5 1M and p95 5M, so
	 * mu = (ln 1M + ln 5M)/2, sigma = (ln 5M − ln 1M)/(2 × 1.6449) */
	gac_scenario *s = load(LOGNORMAL);
	gac_simulation *sim = simulate(s, 200000, 2, 7);
	double mu = (log(1e6) + log(5e6)) / 2, sigma = (log(5e6) - log(1e6)) / (2 * 1.6448536269514722);
	double mean = exp(mu + sigma * sigma / 2), median = exp(mu);
	double p95 = gsl_cdf_lognormal_Pinv(0.95, mu, sigma);
	const gac_sim_stats *st = gac_simulation_option(sim, 0);
	ck_assert_msg(fabs(st->mean - mean) < 3 * st->se_mean, "mean %g vs %g (se %g)", st->mean, mean, st->se_mean);
	ck_assert_rel(st->p50, median, 0.01);
	ck_assert_rel(st->p95, p95, 0.01);
	ck_assert_rel(st->p5, 1e6, 0.01);
	/* P(total > 3M) = 1 − Φ((ln 3M − mu)/sigma) */
	double over = 1 - gsl_cdf_ugaussian_P((log(3e6) - mu) / sigma);
	ck_assert_msg(fabs(st->prob_over_budget - over) < 0.005, "P(over) %g vs %g", st->prob_over_budget, over);
	ck_assert(st->prob_cheapest == 1);
	double obs, exp_;
	ck_assert_str_eq(gac_simulation_input(sim, 0, &obs, &exp_), "workloads.w.requests_per_month");
	ck_assert_rel(exp_, mean, 1e-12);
	ck_assert_rel(obs, st->mean, 1e-9);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

START_TEST(precision_and_ranking)
{
	/* precision 2%: 10k trials give a 95% interval of about ±1.1% of the
	 * mean for this lognormal (sd/mean ≈ 0.55 → 2 × 1.96 × 0.55/√n), so
	 * one doubling at most */
	gac_scenario *s = load(LOGNORMAL);
	gac_sim_options o = GAC_SIM_OPTIONS_INIT;
	o.trials = 1000;
	o.precision = 0.02;
	gac_simulation *sim = NULL;
	gac_error e;
	ck_assert_int_eq(gac_simulate(&sim, s, sheet, &o, &e), GAC_OK);
	const gac_sim_stats *st = gac_simulation_option(sim, 0);
	ck_assert_int_eq(gac_simulation_converged(sim), 1);
	ck_assert(2 * 1.96 * st->se_mean <= 0.02 * st->mean);
	size_t n = gac_simulation_trials(sim);
	ck_assert(n == 8000 || n == 16000);
	/* the doublings keep the shorter runs' whole blocks and add to them
	 * (1000, 2000, 4000, 8000 trials: blocks of 4,096 reused once there
	 * are any), and the result is a plain run of n trials, bit for bit */
	gac_sim_options plain = GAC_SIM_OPTIONS_INIT;
	plain.trials = n;
	gac_simulation *once = NULL;
	ck_assert_int_eq(gac_simulate(&once, s, sheet, &plain, &e), GAC_OK);
	for (size_t t = 0; t < n; t++)
		ck_assert(gac_simulation_total(once, t, 0) == gac_simulation_total(sim, t, 0));
	const gac_sim_stats *a = gac_simulation_option(once, 0);
	ck_assert(a->mean == st->mean && a->sd == st->sd && a->p95 == st->p95 && a->se_p95 == st->se_p95);
	double obs_a, obs_b;
	gac_simulation_input(once, 0, &obs_a, NULL);
	gac_simulation_input(sim, 0, &obs_b, NULL);
	ck_assert(obs_a == obs_b);
	ck_assert(gac_simulation_rank_correlation(once, 0, 0) == gac_simulation_rank_correlation(sim, 0, 0));
	gac_simulation_free(once);
	/* the first trials are those of a shorter run: blocks are seeded by number */
	gac_sim_options p = GAC_SIM_OPTIONS_INIT;
	p.trials = 1000;
	gac_simulation *short_run = NULL;
	ck_assert_int_eq(gac_simulate(&short_run, s, sheet, &p, &e), GAC_OK);
	for (size_t t = 0; t < 1000; t++)
		ck_assert(gac_simulation_total(short_run, t, 0) == gac_simulation_total(sim, t, 0));
	/* the total is the one input × $1: a perfect rank correlation */
	ck_assert_rel(gac_simulation_rank_correlation(sim, 0, 0), 1, 1e-12);
	/* SE of P95 close to sqrt(p q / n) / density at P95 */
	double mu = (log(1e6) + log(5e6)) / 2, sigma = (log(5e6) - log(1e6)) / (2 * 1.6448536269514722);
	double x95 = gsl_cdf_lognormal_Pinv(0.95, mu, sigma);
	double f95 = exp(-pow(log(x95) - mu, 2) / (2 * sigma * sigma)) / (x95 * sigma * sqrt(2 * 3.141592653589793));
	ck_assert_rel(st->se_p95, sqrt(0.95 * 0.05 / (double)n) / f95, 0.25);
	gac_simulation_free(short_run);
	/* a cap that stops it: not converged */
	gac_simulation_free(sim);
	o.precision = 0.0001;
	o.max_trials = 2000;
	ck_assert_int_eq(gac_simulate(&sim, s, sheet, &o, &e), GAC_OK);
	ck_assert_int_eq(gac_simulation_converged(sim), 0);
	ck_assert_uint_eq(gac_simulation_trials(sim), 2000);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

/* A horizon: requests fixed at 100 ($100 a month), growing 10 % a month.
 * Each trial prices months 1..N as the forecast does, so with nothing
 * truly uncertain every trial is 100 × (1.1^N − 1) / 0.1 and equals the
 * forecast's cumulative. */
static gac_simulation *simulate_months(const gac_scenario *s, size_t trials, unsigned threads, size_t months,
                                       double budget, size_t cap)
{
	gac_sim_options o = GAC_SIM_OPTIONS_INIT;
	o.trials = trials;
	o.threads = threads;
	o.months = months;
	o.budget = budget;
	o.memory_cap = cap;
	gac_simulation *sim = NULL;
	gac_error e;
	ck_assert_msg(gac_simulate(&sim, s, sheet, &o, &e) == GAC_OK, "%s", e.message);
	return sim;
}

#define GROWING(extra)                                                                          \
	"genaicost: scenario/1\n"                                                                   \
	"workloads:\n"                                                                              \
	"  - {name: w, model: m.one, requests_per_month: 100, input_tokens: 1000, output_tokens: 0," \
	" growth_per_month: 0.1}\n" extra

START_TEST(horizon_fixed_growth_is_the_forecast)
{
	gac_scenario *s = load(GROWING("uncertain:\n  workloads.w.requests_per_month: {dist: fixed, value: 100}\n"));
	gac_simulation *sim = simulate_months(s, 100, 1, 12, NAN, 0);
	/* 100 × (1.1^12 − 1) / 0.1 = 2,138.428376721 */
	const double want = 100 * (pow(1.1, 12) - 1) / 0.1;
	ck_assert_double_eq_tol(want, 2138.428376721, 1e-8);
	const gac_sim_stats *x = gac_simulation_option(sim, 0);
	ck_assert_uint_eq(gac_simulation_months(sim), 12);
	const double *at[] = {&x->p5, &x->p50, &x->p90, &x->p95, &x->min, &x->max, &x->mean};
	for (size_t k = 0; k < sizeof at / sizeof *at; k++)
		ck_assert_msg(fabs(*at[k] - want) <= 1e-9 * want, "%.17g", *at[k]);
	ck_assert(x->sd < 1e-9 * want);
	/* the forecast's own cumulative, to 1e-9 */
	gac_forecast *f = NULL;
	gac_error e;
	ck_assert_int_eq(gac_forecast_run(&f, s, sheet, 12, &e), GAC_OK);
	ck_assert_double_eq_tol(gac_forecast_at(f, 11)->cumulative, x->mean, 1e-9);
	gac_forecast_free(f);
	gac_simulation_free(sim);
	/* one month a trial (months 0): growth does not act, $100 every trial */
	sim = simulate_months(s, 100, 1, 0, NAN, 0);
	ck_assert_uint_eq(gac_simulation_months(sim), 0);
	ck_assert_double_eq_tol(gac_simulation_option(sim, 0)->p90, 100, 1e-9);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

/* Seasonality, an option and a commitment: baseline and option each
 * equal their own forecast's cumulative to 1e-9. */
START_TEST(horizon_seasons_and_commitments_are_the_forecast)
{
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: w, model: m.pt, requests_per_month: 100, input_tokens: 1000, output_tokens: 0,"
		" growth_per_month: 0.1}\n"
		"forecast:\n"
		"  seasonality: [1, 2, 0.5]\n"
		"  commitments:\n"
		"    - {option: pt, start: 4, months: 4}\n"
		"options:\n"
		"  - name: pt\n"
		"    set: {deployment.mode: provisioned, deployment.commitment: 1-month, deployment.model_units: 1}\n"
		"  - name: half\n"
		"    set: {workloads.w.input_tokens: 500}\n"
		"uncertain:\n"
		"  workloads.w.requests_per_month: {dist: fixed, value: 100}\n";
	gac_scenario *s = load(yaml);
	gac_simulation *sim = simulate_months(s, 50, 2, 7, NAN, 0);
	gac_error e;
	for (size_t o = 0; o < 3; o++) {
		gac_scenario *v = NULL;
		ck_assert_int_eq(gac_scenario_with_option_kept(&v, s, o, &e), GAC_OK);
		gac_forecast *f = NULL;
		ck_assert_msg(gac_forecast_run(&f, v, sheet, 7, &e) == GAC_OK, "%s", e.message);
		double want = gac_forecast_at(f, 6)->cumulative;
		ck_assert_msg(fabs(gac_simulation_option(sim, o)->p50 - want) <= 1e-9 * want, "option %zu: %.17g vs %.17g",
		              o, gac_simulation_option(sim, o)->p50, want);
		gac_forecast_free(f);
		gac_scenario_free(v);
	}
	/* the baseline by hand: months 1-3 on demand, 100 × 1.1^(m-1) ×
	 * season; months 4-7 on the 1-month unit, 730 h × $10 = $7,300 each */
	double hand = 100 * 1 + 110 * 2 + 121 * 0.5 + 4 * 7300;
	ck_assert_double_eq_tol(gac_simulation_option(sim, 0)->mean, hand, 1e-9 * hand);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

/* Growth drawn uniform on [0, 0.2] over 2 months: total = 100 + 100 (1 + g),
 * so the P90 is 200 + 100 × 0.18 = 218 and the mean 210 (sampling error
 * of P90: 20 × sqrt(0.9 × 0.1 / n) = $0.06 at n = 10,000). */
START_TEST(horizon_uniform_growth_quantile)
{
	gac_scenario *s = load(GROWING("uncertain:\n  workloads.w.growth_per_month: {dist: uniform, min: 0, max: 0.2}\n"));
	/* 4,000 horizons (each month priced on the engine): the total is
	 * 200 + 100 g, so its P90 is 218 and P5 201, and a sample quantile's
	 * SE sqrt(p q / n) × 20 is 0.095 and 0.069: 0.3 is 3 and 4 of them */
	gac_simulation *a = simulate_months(s, 4000, 1, 2, NAN, 0);
	const gac_sim_stats *x = gac_simulation_option(a, 0);
	ck_assert_msg(fabs(x->p90 - 218) < 0.3, "P90 %g", x->p90);
	ck_assert_msg(fabs(x->p5 - 201) < 0.3, "P5 %g", x->p5);
	ck_assert_msg(fabs(x->mean - 210) < 4 * x->se_mean, "mean %g", x->mean);
	ck_assert(x->min >= 200 && x->max <= 220);
	/* the rank correlation of the growth with the total is 1 */
	ck_assert_double_eq_tol(gac_simulation_rank_correlation(a, 0, 0), 1, 1e-12);
	/* 2 threads: the same trials, the same report */
	gac_simulation *b = simulate_months(s, 4000, 2, 2, NAN, 0);
	char *ja = NULL, *jb = NULL;
	ck_assert_int_eq(gac_report_simulation(&ja, a, 1, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&jb, b, 1, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_str_eq(ja, jb);
	ck_assert_ptr_nonnull(strstr(ja, "\"months\": 2,"));
	gac_free(ja);
	gac_free(jb);
	/* streamed past a tiny cap: the P90 within the summary's bound, the
	 * same for 1 and 2 threads */
	gac_simulation *c = simulate_months(s, 4000, 1, 2, NAN, 4096), *d = simulate_months(s, 4000, 2, 2, NAN, 4096);
	ck_assert_int_eq(gac_simulation_exact(c), 0);
	ck_assert(fabs(gac_simulation_option(c, 0)->p90 - x->p90) <= 2 * GAC_SIM_QUANTILE_ERROR * x->p90);
	ck_assert(gac_simulation_option(c, 0)->p90 == gac_simulation_option(d, 0)->p90);
	ck_assert(gac_simulation_option(c, 0)->mean == gac_simulation_option(d, 0)->mean);
	/* the table and CSV say the horizon; one month says growth does not act */
	char *t = NULL;
	ck_assert_int_eq(gac_report_simulation(&t, a, 1, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "4000 trials of 2 months each"));
	ck_assert_ptr_nonnull(strstr(t, "every figure is the 2-month total"));
	gac_free(t);
	ck_assert_int_eq(gac_report_simulation(&t, a, 1, "USD", GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "P(under capacity),Months\r\n"));
	gac_free(t);
	gac_simulation *one = simulate_months(s, 100, 1, 0, NAN, 0);
	ck_assert_int_eq(gac_report_simulation(&t, one, 1, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "growth_per_month does not act"));
	gac_free(t);
	/* the growth moves no month-1 figure: the plan prices every trial */
	ck_assert_uint_eq(gac_simulation_fallbacks(one, NULL), 0);
	ck_assert_int_eq(gac_report_simulation(&t, one, 1, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_ptr_null(strstr(t, "\"months\""));
	gac_free(t);
	gac_simulation_free(one);
	gac_simulation_free(a);
	gac_simulation_free(b);
	gac_simulation_free(c);
	gac_simulation_free(d);
	gac_scenario_free(s);
}
END_TEST

/* The budget of a horizon is its months × the monthly one: 3 months of
 * $100 ($300) are over 3 × $99 and under 3 × $101; out-of-range months
 * are refused. */
START_TEST(horizon_budget_and_range)
{
	gac_scenario *s = load("genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 100,"
	                       " input_tokens: 1000, output_tokens: 0}\nuncertain:\n"
	                       "  workloads.w.requests_per_month: {dist: fixed, value: 100}\n");
	gac_simulation *sim = simulate_months(s, 10, 1, 3, 99, 0);
	ck_assert_double_eq(gac_simulation_option(sim, 0)->prob_over_budget, 1);
	ck_assert_double_eq_tol(gac_simulation_option(sim, 0)->mean, 300, 1e-9);
	/* the budget held to, said: 3 × $99 = $297 */
	ck_assert_double_eq(gac_simulation_budget(sim), 297);
	char *text = NULL;
	ck_assert_int_eq(gac_report_simulation(&text, sim, 1, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "; P(over budget) against $297.00 (3 × $99.00 a month)\n"));
	gac_free(text);
	ck_assert_int_eq(gac_report_simulation(&text, sim, 1, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "\"budget\": 297.0,"));
	gac_free(text);
	gac_simulation_free(sim);
	sim = simulate_months(s, 10, 1, 3, 101, 0);
	ck_assert_double_eq(gac_simulation_option(sim, 0)->prob_over_budget, 0);
	gac_simulation_free(sim);
	gac_sim_options o = GAC_SIM_OPTIONS_INIT;
	o.months = 601;
	gac_error e;
	ck_assert_int_eq(gac_simulate(&sim, s, sheet, &o, &e), GAC_EVALUE);
	ck_assert_ptr_null(sim);
	ck_assert_str_eq(e.message, "a simulation's horizon runs 1 to 600 months (got 601)");
	ck_assert_uint_eq(gac_simulation_months(NULL), 0);
	ck_assert(isnan(gac_simulation_budget(NULL)));
	/* no budget: NAN */
	sim = simulate_months(s, 10, 1, 3, NAN, 0);
	ck_assert(isnan(gac_simulation_budget(sim)));
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

START_TEST(threads_and_seed)
{
	gac_scenario *s = load(LOGNORMAL "options:\n  - {name: half, set: {workloads.w.input_tokens: 500}}\n");
	gac_simulation *a = simulate(s, 50000, 1, 42), *b = simulate(s, 50000, 2, 42), *c = simulate(s, 50000, 2, 43);
	for (size_t t = 0; t < 50000; t++)
		for (size_t o = 0; o < 2; o++)
			ck_assert(gac_simulation_total(a, t, o) == gac_simulation_total(b, t, o));
	ck_assert_int_eq(gac_simulation_converged(a), -1);  /* no precision asked for */
	char *ja = NULL, *jb = NULL;
	ck_assert_int_eq(gac_report_simulation(&ja, a, 42, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&jb, b, 42, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_str_eq(ja, jb);
	gac_free(ja);
	gac_free(jb);
	ck_assert(gac_simulation_option(a, 0)->mean != gac_simulation_option(c, 0)->mean);
	/* the half-price option is exactly half in every trial */
	ck_assert(gac_simulation_option(a, 1)->prob_cheapest == 1);
	ck_assert_rel(gac_simulation_option(a, 1)->mean, gac_simulation_option(a, 0)->mean / 2, 1e-12);
	/* pinned: seed 42, 50,000 trials (an MT19937 stream per block, the
	 * lognormal drawn by gsl_ran_gaussian_ziggurat); within 1 SE of the
	 * analytic 2,520,340 */
	ck_assert_rel(gac_simulation_option(a, 0)->mean, 2524654.3002394577, 1e-9);
	gac_simulation_free(a);
	gac_simulation_free(b);
	gac_simulation_free(c);
	gac_scenario_free(s);
}
END_TEST

/* From 2^18 trials each series is sorted by every thread at once
 * (stretches of trials counted and scattered apart, buckets sorted
 * apart): the same report for 1 and 2 threads, and the percentiles those
 * of the totals sorted by GSL. */
START_TEST(long_series_sorted_by_threads)
{
	enum { N = 270000 };
	gac_scenario *s = load(LOGNORMAL "options:\n  - {name: half, set: {workloads.w.input_tokens: 500}}\n");
	gac_simulation *a = simulate(s, N, 1, 7), *b = simulate(s, N, 2, 7);
	ck_assert_int_eq(gac_simulation_exact(a), 1);
	char *ja = NULL, *jb = NULL;
	ck_assert_int_eq(gac_report_simulation(&ja, a, 7, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&jb, b, 7, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_str_eq(ja, jb);
	/* ranks gathered back in trial order (as past 2^24 trials) rather
	 * than stored directly: the same document, to the bit */
	gac_sim_set_direct_max(1000);
	gac_simulation *g = simulate(s, N, 2, 7);
	gac_sim_set_direct_max(0);
	char *jg = NULL;
	ck_assert_int_eq(gac_report_simulation(&jg, g, 7, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_str_eq(ja, jg);
	gac_free(ja);
	gac_free(jb);
	gac_free(jg);
	gac_simulation_free(g);
	double *x = malloc(N * sizeof *x);
	ck_assert_ptr_nonnull(x);
	for (size_t o = 0; o < 2; o++) {
		/* the histogram, binned by the two threads, counts as GSL's does */
		enum { BINS = 37 };
		double edges[BINS + 1], counts[BINS];
		ck_assert_int_eq(gac_simulation_histogram(b, o, BINS, edges, counts), GAC_OK);
		const gac_sim_stats *sv = gac_simulation_option(b, o);
		gsl_histogram *h = gsl_histogram_alloc(BINS);
		gsl_histogram_set_ranges_uniform(h, sv->min, sv->max);
		for (size_t t = 0; t < N; t++) {
			double v = gac_simulation_total(b, t, o);
			gsl_histogram_increment(h, v >= sv->max ? gsl_histogram_max(h) - (sv->max - sv->min) * 1e-12 : v);
		}
		size_t differ = 0;
		for (size_t k = 0; k < BINS; k++)
			differ += counts[k] != gsl_histogram_get(h, k) || edges[k] != h->range[k];
		ck_assert_msg(!differ, "option %zu: %zu of %d bins differ", o, differ, BINS);
		gsl_histogram_free(h);
		for (size_t t = 0; t < N; t++)
			x[t] = gac_simulation_total(b, t, o);
		gsl_sort(x, 1, N);
		const gac_sim_stats *st = gac_simulation_option(b, o);
		ck_assert(st->min == x[0] && st->max == x[N - 1]);
		ck_assert(st->p5 == gsl_stats_quantile_from_sorted_data(x, 1, N, 0.05));
		ck_assert(st->p50 == gsl_stats_quantile_from_sorted_data(x, 1, N, 0.50));
		ck_assert(st->p95 == gsl_stats_quantile_from_sorted_data(x, 1, N, 0.95));
		ck_assert(st->p99 == gsl_stats_quantile_from_sorted_data(x, 1, N, 0.99));
		/* the one input moves both totals in step: rank correlation 1 */
		ck_assert_double_eq_tol(gac_simulation_rank_correlation(b, 0, o), 1, 1e-12);
	}
	free(x);
	gac_simulation_free(a);
	gac_simulation_free(b);
	gac_scenario_free(s);
}
END_TEST

/* Two workloads of 1,000 requests × 1,000 input tokens at $1 per 1K, and
 * options that zero one or the other: each option's total is then the
 * other workload's input tokens, so tests can read draws off totals. */
#define TWO_WORKLOADS                                                                 \
	"genaicost: scenario/1\n"                                                         \
	"workloads:\n"                                                                    \
	"  - {name: a, model: m.one, requests_per_month: 1000, input_tokens: 1000, output_tokens: 0}\n"     \
	"  - {name: b, model: m.one, requests_per_month: 1000, input_tokens: 1000, output_tokens: 0}\n"     \
	"uncertain:\n"
#define ONLY_A_ONLY_B                                                                 \
	"options:\n"                                                                      \
	"  - {name: only-a, set: {workloads.b.requests_per_month: 0}}\n"                  \
	"  - {name: only-b, set: {workloads.a.requests_per_month: 0}}\n"

START_TEST(correlated_inputs)
{
	/* two workloads, one uncertain input each; options zero one or the
	 * other, so their totals are the two inputs (× $1 per 1K tokens) */
	static const char yaml[] =
		TWO_WORKLOADS
		"  workloads.a.input_tokens: {dist: uniform, min: 0, max: 1000}\n"
		"  workloads.b.input_tokens: {dist: gamma, mean: 500, sd: 200}\n"
		"correlations:\n"
		"  - {between: [workloads.a.input_tokens, workloads.b.input_tokens], rho: 0.7}\n"
		ONLY_A_ONLY_B;
	gac_scenario *s = load(yaml);
	enum { N = 40000 };
	gac_simulation *sim = simulate(s, N, 2, 5);
	double *x = malloc(N * sizeof *x), *y = malloc(N * sizeof *y), *work = malloc(2 * N * sizeof *work);
	for (size_t t = 0; t < N; t++) {
		x[t] = gac_simulation_total(sim, t, 1);
		y[t] = gac_simulation_total(sim, t, 2);
	}
	double rho = gsl_stats_spearman(x, 1, y, 1, N, work);
	ck_assert_msg(fabs(rho - 0.7) < 0.02, "rank correlation %g, asked 0.7", rho);
	/* the sensitivity ranking's rho of input a with option only-b is the
	 * same rank correlation, as GSL computes it (only-a's total is input a) */
	ck_assert_msg(fabs(gac_simulation_rank_correlation(sim, 0, 2) - rho) < 1e-12, "%.17g vs GSL %.17g",
	              gac_simulation_rank_correlation(sim, 0, 2), rho);
	ck_assert_rel(gac_simulation_rank_correlation(sim, 0, 1), 1, 1e-12);
	ck_assert_rel(gac_simulation_rank_correlation(sim, 1, 2), 1, 1e-12);
	free(x);
	free(y);
	free(work);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

static void load_fails(const char *uncertain, gac_status st, const char *msg)
{
	char yaml[2048];
	snprintf(yaml, sizeof yaml,
	         "genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1, "
	         "input_tokens: 1000, output_tokens: 1}\n%s",
	         uncertain);
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "b.yaml", &e), st);
	ck_assert_msg(strstr(e.message, msg) != NULL, "'%s' lacks '%s'", e.message, msg);
	ck_assert_uint_ge(e.line, 4);
}

typedef struct seen {
	size_t calls, last, total;
} seen;

static void count_progress(void *user, size_t done, size_t total)
{
	seen *x = user;
	ck_assert(done >= x->last);  /* never backwards */
	x->calls++;
	x->last = done;
	x->total = total;
}

START_TEST(progress_callback)
{
	gac_scenario *s = load(LOGNORMAL);
	gac_sim_options o = GAC_SIM_OPTIONS_INIT;
	seen x = {0};
	o.trials = 50000;
	o.threads = 2;
	o.progress = count_progress;
	o.progress_user = &x;
	gac_simulation *sim = NULL;
	gac_error e;
	ck_assert_int_eq(gac_simulate(&sim, s, sheet, &o, &e), GAC_OK);
	ck_assert_uint_ge(x.calls, 2);
	ck_assert_uint_eq(x.last, 50000);
	ck_assert_uint_eq(x.total, 50000);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

START_TEST(empirical_resampling)
{
	/* each observation equally likely: the mean of the draws tends to the
	 * data's mean, 2.5 for {1, 2, 3, 4}, and only those values occur */
	gac_scenario *s = load_demand("{dist: empirical, values: [4, 1, 3, 2]}");
	gac_simulation *sim = simulate(s, 40000, 2, 3);
	double obs, exp_;
	gac_simulation_input(sim, 0, &obs, &exp_);
	ck_assert_rel(exp_, 2.5, 1e-12);
	ck_assert_msg(fabs(obs - 2.5) < 0.02, "mean of draws %g", obs);
	for (size_t t = 0; t < 1000; t++) {
		double v = gac_simulation_total(sim, t, 0);
		ck_assert(v == 1 || v == 2 || v == 3 || v == 4);
	}
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

/* gac_report_histogram: totals of 1, 2, 3 or 4 dollars (one request at
 * $1 each, the request count drawn from {1, 2, 3, 4}) in 3 bins from the
 * least to the most: edges 1, 2, 3, 4 exactly; the first bin holds the
 * trials of $1, the second those of $2, the last (closed) those of $3 and
 * $4, each counted here from the kept totals; one CRLF row a bin. */
START_TEST(histogram_csv)
{
	gac_scenario *s = load_demand("{dist: empirical, values: [4, 1, 3, 2]}");
	gac_simulation *sim = simulate(s, 4000, 1, 7);
	double want[3] = {0, 0, 0};
	for (size_t t = 0; t < 4000; t++) {
		double v = gac_simulation_total(sim, t, 0);
		want[v == 1 ? 0 : v == 2 ? 1 : 2]++;
	}
	ck_assert(want[0] > 800 && want[1] > 800 && want[2] > 1700);  /* about 1,000, 1,000, 2,000 */
	char *csv = NULL, expect[256];
	ck_assert_int_eq(gac_report_histogram(&csv, sim, 3), GAC_OK);
	snprintf(expect, sizeof expect,
	         "option,bin_low,bin_high,count\r\nbaseline,1,2,%.0f\r\nbaseline,2,3,%.0f\r\nbaseline,3,4,%.0f\r\n",
	         want[0], want[1], want[2]);
	ck_assert_str_eq(csv, expect);
	gac_free(csv);
	csv = (char *)1;
	ck_assert_int_eq(gac_report_histogram(&csv, sim, 0), GAC_EARG);
	ck_assert_ptr_null(csv);
	ck_assert_int_eq(gac_report_histogram(&csv, NULL, 3), GAC_EARG);
	ck_assert_int_eq(gac_report_histogram(NULL, sim, 3), GAC_EARG);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

/* Every kind of distribution, as specified and as drawn: the mean of the
 * distribution (gac_dist_mean) is the analytic one, and the draws' mean
 * comes within 2% of it.  total = requests × $1, so totals are draws. */
START_TEST(every_kind_has_its_mean)
{
	static const struct {
		const char *spec;
		double mean;
	} kinds[] = {
		{"{dist: uniform, min: 10, max: 20}", 15},
		{"{dist: normal, mean: 100, sd: 10, min: 50, max: 150}", 100},
		{"{dist: lognormal, mean: 100, sd: 20}", 100},
		{"{dist: lognormal, p5: 1k, p95: 4k}", NAN},  /* computed below */
		{"{dist: triangular, min: 0, mode: 30, max: 90}", 40},
		{"{dist: pert, min: 0, mode: 30, max: 90}", 35},
		{"{dist: gamma, shape: 4, scale: 25}", 100},
		{"{dist: gamma, mean: 100, sd: 50}", 100},
		{"{dist: beta, alpha: 2, beta: 6}", 0.25},
		{"{dist: beta, mean: 0.25, sd: 0.1}", 0.25},
		{"{dist: poisson, mean: 50}", 50},
		{"{dist: poisson, mean: 0.5}", 0.5},
	};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		gac_scenario *s = load_demand(kinds[i].spec);
		gac_simulation *sim = simulate(s, 40000, 2, 11);
		double obs, want;
		gac_simulation_input(sim, 0, &obs, &want);
		double mean = kinds[i].mean;
		if (isnan(mean)) {
			/* exp(mu + sigma²/2) of the lognormal with P5 1k and P95 4k */
			double mu = (log(1e3) + log(4e3)) / 2, sigma = (log(4e3) - log(1e3)) / (2 * 1.6448536269514722);
			mean = exp(mu + sigma * sigma / 2);
		}
		ck_assert_msg(fabs(want - mean) <= 1e-9 * mean, "%s: mean %.17g, expected %.17g", kinds[i].spec, want,
		              mean);
		ck_assert_msg(fabs(obs - mean) <= 0.02 * mean, "%s: draws' mean %g, expected %g", kinds[i].spec, obs,
		              mean);
		ck_assert_rel(gac_simulation_option(sim, 0)->mean, obs, 1e-9);
		gac_simulation_free(sim);
		gac_scenario_free(s);
	}
}
END_TEST

/* Bounds change the mean that is drawn: the sanity check compares the
 * draws with the bounded distribution's own mean, and a count's minimum
 * is itself drawn. */
START_TEST(bounded_means)
{
	gac_scenario *s = load_demand("{dist: normal, mean: 100, sd: 50, min: 90}");
	gac_simulation *sim = simulate(s, 40000, 2, 3);
	double obs, want;
	gac_simulation_input(sim, 0, &obs, &want);
	/* the normal truncated below at a = -0.2 sd: mean + sd φ(a) / (1 - Φ(a)) */
	double a = -0.2, mean = 100 + 50 * gsl_ran_ugaussian_pdf(a) / (1 - gsl_cdf_ugaussian_P(a));
	ck_assert_rel(want, mean, 1e-7);
	ck_assert_rel(obs, mean, 0.01);
	ck_assert(gac_simulation_option(sim, 0)->min >= 90);
	gac_simulation_free(sim);
	gac_scenario_free(s);

	s = load_demand("{dist: poisson, mean: 5, min: 5}");
	sim = simulate(s, 40000, 2, 3);
	gac_simulation_input(sim, 0, &obs, &want);
	double num = 0, den = 0;
	for (unsigned k = 5; k < 200; k++) {
		num += k * gsl_ran_poisson_pdf(k, 5);
		den += gsl_ran_poisson_pdf(k, 5);
	}
	ck_assert_rel(want, num / den, 1e-6);  /* 6.5..., not the 5 of the unbounded Poisson */
	ck_assert_rel(obs, num / den, 0.01);
	/* the total is the draw itself ($1 per 1K tokens, 1,000 tokens): 5 is drawn */
	ck_assert(gac_simulation_option(sim, 0)->min == 5);
	gac_simulation_free(sim);
	gac_scenario_free(s);

	/* a large mean: the quantile's search starts near the answer */
	s = load_demand("{dist: poisson, mean: 1M, min: 999k, max: 1.001M}");
	sim = simulate(s, 2000, 1, 3);
	gac_simulation_input(sim, 0, &obs, &want);
	ck_assert_rel(obs, 1e6, 1e-3);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

/* fixed and empirical have no CDF here: bounds clamp the draws */
START_TEST(bounds_clamp_fixed_and_empirical)
{
	gac_scenario *s = load("genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1,"
	                       " input_tokens: 1000, output_tokens: 0}\nuncertain:\n  workloads.w.requests_per_month: {dist: empirical,"
	                       " values: [1, 2, 3, 4], min: 2, max: 3}\n");
	gac_simulation *sim = simulate(s, 1000, 1, 5);
	size_t twos = 0;
	for (size_t t = 0; t < 1000; t++) {
		double v = gac_simulation_total(sim, t, 0);
		ck_assert_msg(v == 2 || v == 3, "trial %zu: %g outside [2, 3]", t, v);
		twos += v == 2;
	}
	ck_assert_msg(twos > 400 && twos < 600, "%zu of 1000 draws clamped to 2", twos);
	gac_simulation_free(sim);
	gac_scenario_free(s);

	s = load("genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1,"
	         " input_tokens: 1000, output_tokens: 0}\nuncertain:\n  workloads.w.requests_per_month: {dist: fixed, value: 5,"
	         " min: 6, max: 9}\n  workloads.w.input_tokens: 2000\n");
	sim = simulate(s, 100, 1, 5);
	/* 6 requests (5 clamped up) × 2,000 tokens at $1 per 1K */
	ck_assert_rel(gac_simulation_total(sim, 0, 0), 12, 1e-12);
	ck_assert_rel(gac_simulation_total(sim, 99, 0), 12, 1e-12);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

/* load an empirical column of CSV relative to a scenario in tests/data/X */
static gac_status load_csv_scenario(gac_scenario **s, const char *dir, const char *csv, const char *column,
                                    gac_error *e)
{
	char yaml[512], name[256];
	snprintf(yaml, sizeof yaml,
	         "genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1,"
	         " input_tokens: 1000, output_tokens: 0}\nuncertain:\n  workloads.w.requests_per_month: {dist: empirical,"
	         " csv: %s, column: %s}\n", csv, column);
	snprintf(name, sizeof name, "%s", test_path(dir));
	return gac_scenario_load_buffer(s, yaml, strlen(yaml), name, e);
}

/* usage-pairs.csv's column a as workload a's input tokens, and column b
 * (b = 2a in every row) as workload b's: `b_csv` names the file for b,
 * `b_extra` adds to b's distribution */
static gac_scenario *load_usage_pairs(const char *b_csv, const char *b_extra)
{
	char yaml[2048];
	snprintf(yaml, sizeof yaml,
	         TWO_WORKLOADS
	         "  workloads.a.input_tokens: {dist: empirical, csv: usage-pairs.csv, column: a}\n"
	         "  workloads.b.input_tokens: {dist: empirical, csv: %s, column: b%s}\n" ONLY_A_ONLY_B,
	         b_csv, b_extra);
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), test_path("tests/data/good/s.yaml"), &e) == GAC_OK,
	              "%s", e.message);
	return s;
}

START_TEST(empirical_csv_columns_resampled_by_row)
{
	/* b is twice a in every row of usage-pairs.csv: drawn a row at a
	 * time, the two totals rise and fall together; each column keeps its
	 * own distribution (five values, each a fifth of the draws) */
	gac_scenario *s = load_usage_pairs("usage-pairs.csv", ", max: 900");
	enum { N = 20000 };
	gac_simulation *sim = simulate(s, N, 2, 3);
	size_t drawn[5] = {0};
	for (size_t t = 0; t < N; t++) {
		double a = gac_simulation_total(sim, t, 1), b = gac_simulation_total(sim, t, 2);
		/* $1 per 1K tokens × 1,000 requests: the total is the token count */
		ck_assert_msg(b == fmin(2 * a, 900), "trial %zu: a %g, b %g", t, a, b);
		drawn[(size_t)a / 100 - 1]++;
	}
	for (int k = 0; k < 5; k++)  /* a fifth each, within 4 standard errors */
		ck_assert_msg(fabs((double)drawn[k] - N / 5.0) < 4 * sqrt(N * 0.2 * 0.8), "value %d: %zu", (k + 1) * 100,
		              drawn[k]);
	ck_assert_rel(gac_simulation_rank_correlation(sim, 0, 2), 1, 1e-12);
	/* the expected mean of a clamped column is that of its clamped values */
	double observed, expected;
	gac_simulation_input(sim, 1, &observed, &expected);
	ck_assert_rel(expected, (200 + 600 + 400 + 900 + 800) / 5.0, 1e-12);
	ck_assert_msg(fabs(observed - expected) < 5, "observed %g, expected %g", observed, expected);
	gac_simulation_free(sim);
	/* a clone (each option's variant) keeps the rows */
	gac_scenario *copy = NULL;
	ck_assert_int_eq(gac_scenario_clone(&copy, s), GAC_OK);
	sim = simulate(copy, 1000, 1, 3);
	ck_assert_rel(gac_simulation_rank_correlation(sim, 0, 2), 1, 1e-12);
	gac_simulation_free(sim);
	gac_scenario_free(copy);
	gac_scenario_free(s);
}
END_TEST

START_TEST(empirical_csv_one_file_named_two_ways)
{
	/* "./usage-pairs.csv" is usage-pairs.csv: the file, not its spelling,
	 * makes the history whose rows are drawn together */
	gac_scenario *s = load_usage_pairs("./usage-pairs.csv", "");
	gac_simulation *sim = simulate(s, 2000, 1, 5);
	for (size_t t = 0; t < 2000; t++)
		ck_assert_msg(gac_simulation_total(sim, t, 2) == 2 * gac_simulation_total(sim, t, 1), "trial %zu", t);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

START_TEST(empirical_csv_quotes_and_short_rows)
{
	/* RFC 4180 quotes: a header with a comma, a doubled quote, a quoted
	 * number, a blank line and a CRLF line end */
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_msg(load_csv_scenario(&s, "tests/data/good/s.yaml", "usage-quoted.csv", "requests", &e) == GAC_OK,
	              "%s", e.message);
	gac_simulation *sim = simulate(s, 4000, 1, 2);
	double obs, want;
	gac_simulation_input(sim, 0, &obs, &want);
	ck_assert_rel(want, 250, 1e-12);  /* 100, 300, 200, 400 */
	for (size_t t = 0; t < 4000; t++) {
		double v = gac_simulation_total(sim, t, 0);
		ck_assert(v == 100 || v == 200 || v == 300 || v == 400);
	}
	gac_simulation_free(sim);
	gac_scenario_free(s);
	/* the quoted header is matched without its quotes */
	ck_assert_int_eq(load_csv_scenario(&s, "tests/data/good/s.yaml", "usage-quoted.csv", "\"note, free text\"", &e),
	                 GAC_EVALUE);
	ck_assert_str_eq(e.message, "column 'note, free text': 'quiet, holidays' is not a number");
	ck_assert_uint_eq(e.line, 2);
	/* regression: a row without the column took the row's last field (2) */
	ck_assert_int_eq(load_csv_scenario(&s, "tests/data/bad/s.yaml", "usage-short-row.csv", "requests", &e),
	                 GAC_EVALUE);
	ck_assert_ptr_null(s);
	ck_assert_str_eq(e.message, "column 'requests' is missing from this row");
	ck_assert_uint_eq(e.line, 3);
	ck_assert_ptr_nonnull(strstr(e.file, "tests/data/bad/usage-short-row.csv"));
	/* a column with no values under it */
	ck_assert_int_eq(load_csv_scenario(&s, "tests/data/bad/s.yaml", "usage-header-only.csv", "requests", &e),
	                 GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "tests/data/bad/usage-header-only.csv has no values under 'requests'"));
}
END_TEST

/* validate's check of what uncertain inputs can reach, without a
 * simulation: the same check and message as gac_simulate's */
START_TEST(check_uncertain_without_simulating)
{
	/* uniform 0.2 to 1.5 on a fraction: its top, the quantile at
	 * 1 - 1e-16, is 0.2 + 1.3 (1 - 1e-16) = 1.5 to %g's six digits, past 1 */
	gac_scenario *s = load("genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1,"
	                       " input_tokens: 1000, cache_read_fraction: 0.5}\nuncertain:\n"
	                       "  workloads.w.cache_read_fraction: {dist: uniform, min: 0.2, max: 1.5}\n");
	gac_error e;
	ck_assert_int_eq(gac_scenario_check_uncertain(s, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 5);
	ck_assert_uint_eq(e.column, 3);
	ck_assert_ptr_nonnull(strstr(e.message, "uncertain workloads.w.cache_read_fraction: the distribution reaches 1.5,"));
	/* gac_simulate refuses it with the same words */
	gac_simulation *sim = NULL;
	gac_sim_options so = GAC_SIM_OPTIONS_INIT;
	gac_error e2;
	ck_assert_int_eq(gac_simulate(&sim, s, sheet, &so, &e2), GAC_EVALUE);
	ck_assert_str_eq(e.message, e2.message);
	gac_scenario_free(s);
	/* bounded with max: 1, it passes */
	s = load("genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1,"
	         " input_tokens: 1000, cache_read_fraction: 0.5}\nuncertain:\n"
	         "  workloads.w.cache_read_fraction: {dist: normal, mean: 0.5, sd: 0.3, min: 0, max: 1}\n");
	ck_assert_int_eq(gac_scenario_check_uncertain(s, &e), GAC_OK);
	gac_scenario_free(s);
	ck_assert_int_eq(gac_scenario_check_uncertain(NULL, &e), GAC_EARG);
}
END_TEST

/* the messages of bad distribution specs, with their positions */
START_TEST(bad_distribution_messages)
{
	static const struct {
		const char *spec;
		unsigned col;
		const char *msg;
	} bad[] = {
		{"{dist: fixed}", 29, "fixed needs 'value'"},
		{"{dist: uniform, min: 1}", 29, "uniform needs min and max"},
		{"{dist: uniform, min: 5, max: 1}", 29, "min must be below max"},
		{"{dist: normal, mean: 5}", 29, "normal needs mean and an sd above 0"},
		{"{dist: lognormal, mean: 5}", 29, "lognormal needs a mean and an sd above 0, or p5 and p95"},
		{"{dist: lognormal, p5: 5}", 29, "lognormal by interval needs p5 below p95"},
		{"{dist: lognormal, p5: -1, p95: 5}", 29, "a 90% interval needs 0 < p5 < p95"},
		{"{dist: pert, min: 1, max: 5, mode: 7}", 29, "triangular and pert need min <= mode <= max"},
		{"{dist: gamma, mean: 5}", 29, "gamma needs shape and scale above 0, or a mean and an sd above 0"},
		{"{dist: gamma, shape: x, scale: 1}", 50, "shape: 'x' is not a number"},
		{"{dist: beta, alpha: 1, beta: [2]}", 58, "beta must be a scalar, not a list"},
		{"{dist: beta, mean: 0.5, sd: 0.6}", 29,
		 "beta needs alpha and beta above 0, or a mean in (0,1) and a matching sd"},
		{"{dist: poisson, mean: 0}", 29, "poisson needs a mean above 0"},
		{"{dist: empirical}", 29, "empirical needs 'values', a list of observations, or 'csv' and 'column'"},
		{"{dist: empirical, values: []}", 55, "values must not be empty"},
		{"{dist: empirical, values: [1, x]}", 59, "a value: 'x' is not a number"},
		{"{dist: empirical, csv: x.csv}", 29, "an empirical csv needs 'column', the header of the column to read"},
		{"{dist: normal, mean: 5, sd: 1, min: 100, max: 200}", 29, "min and max leave no probability to draw from"},
		{"lots to more", 29, "write 'LOW to HIGH' with two numbers, e.g. '1M to 5M'"},
		{"{mean: 4}", 29, "needs 'dist' (fixed, uniform, normal, lognormal, triangular, pert, gamma, beta, "
		                  "poisson or empirical)"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char yaml[512];
		snprintf(yaml, sizeof yaml,
		         "genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1,"
		         " input_tokens: 1000, output_tokens: 0}\nuncertain:\n  workloads.w.input_tokens: %s\n", bad[i].spec);
		gac_scenario *s = NULL;
		gac_error e;
		ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "b.yaml", &e) != GAC_OK, "%s loaded",
		              bad[i].spec);
		ck_assert_msg(strstr(e.message, bad[i].msg) != NULL, "%s: '%s' lacks '%s'", bad[i].spec, e.message,
		              bad[i].msg);
		ck_assert_msg(e.line == 5 && e.column == bad[i].col, "%s: at %u:%u, expected 5:%u", bad[i].spec, e.line,
		              e.column, bad[i].col);
	}
	/* a missing CSV is named relative to the scenario */
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_int_eq(load_csv_scenario(&s, "tests/data/bad/s.yaml", "no-such.csv", "a", &e), GAC_EIO);
	ck_assert_ptr_nonnull(strstr(e.message, "tests/data/bad/no-such.csv: cannot open"));
}
END_TEST

START_TEST(bad_distributions)
{
	load_fails("uncertain:\n  workloads.w.input_tokens: {dist: weibull}\n", GAC_EVALUE, "unknown distribution 'weibull'");
	load_fails("uncertain:\n  workloads.w.input_tokens: 5M to 1M\n", GAC_EVALUE, "0 < p5 < p95");
	load_fails("uncertain:\n  workloads.w.input_tokens: {dist: lognormal, p5: 9, p95: 3}\n", GAC_EVALUE,
	           "p5 below p95");
	load_fails("uncertain:\n  workloads.w.input_tokens: {dist: normal, mean: 1, sd: -2}\n", GAC_EVALUE,
	           "sd must not be negative");
	load_fails("uncertain:\n  workloads.w.input_tokens: {dist: beta, mean: 1.5, sd: 0.1}\n", GAC_EVALUE,
	           "a mean in (0,1)");
	load_fails("uncertain:\n  workloads.w.input_tokns: 1 to 2\n", GAC_ESCHEMA,
	           "(did you mean 'workloads.w.input_tokens'?)");
	load_fails("uncertain:\n  workloads.w.input_tokens: 1 to 2\n  workloads.w.output_tokens: 1 to 2\n"
	           "correlations:\n  - {between: [workloads.w.input_tokens, workloads.w.output_tokens], rho: 1.5}\n",
	           GAC_EVALUE, "rank correlation from -1 to 1");
	load_fails("correlations: []\n", GAC_ESCHEMA, "declare 'uncertain' too");
	/* a draw the parameter refuses, and trials out of range */
	gac_scenario *s = load("genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1,"
	                       " input_tokens: 1000, output_tokens: 0}\nuncertain:\n  workloads.w.input_tokens: {dist: normal, mean: 1,"
	                       " sd: 5}\n");
	gac_sim_options o = GAC_SIM_OPTIONS_INIT;
	gac_simulation *sim = NULL;
	gac_error e;
	ck_assert_int_eq(gac_simulate(&sim, s, sheet, &o, &e), GAC_EVALUE);
	/* refused before any trial, however few: the reach of the normal is its
	 * 1e-300 quantile, 1 - 5 × 37.0471 */
	ck_assert_ptr_nonnull(strstr(e.message, "uncertain workloads.w.input_tokens: the distribution reaches -184.2"));
	ck_assert_ptr_nonnull(strstr(e.message, "bound it with min/max"));
	ck_assert_uint_eq(e.line, 5);
	o.trials = 0;
	ck_assert_int_eq(gac_simulate(&sim, s, sheet, &o, &e), GAC_EVALUE);
	ck_assert_ptr_null(sim);
	gac_scenario_free(s);
	/* three inputs pairwise +0.9, +0.9, -0.9: not positive definite */
	s = load("genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1, input_tokens: 1,"
	         " output_tokens: 1, peak_to_average: 1}\nuncertain:\n  workloads.w.input_tokens: 1 to 2\n"
	         "  workloads.w.output_tokens: 1 to 2\n  workloads.w.requests_per_month: 1 to 2\ncorrelations:\n"
	         "  - {between: [workloads.w.input_tokens, workloads.w.output_tokens], rho: 0.9}\n"
	         "  - {between: [workloads.w.input_tokens, workloads.w.requests_per_month], rho: 0.9}\n"
	         "  - {between: [workloads.w.output_tokens, workloads.w.requests_per_month], rho: -0.9}\n");
	o.trials = 10;
	ck_assert_int_eq(gac_simulate(&sim, s, sheet, &o, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "positive-definite"));
	/* placed at the correlations, which are what to relax */
	ck_assert_uint_eq(e.line, 9);  /* the list's first entry */
	gac_scenario_free(s);
}
END_TEST

/* Past memory_cap the totals stream into summaries merged in block
 * order: mean, sd, min, max and the probabilities are the kept run's
 * (the same blocks' moments, merged alike); each percentile is within
 * GAC_SIM_QUANTILE_ERROR (2^-11) of the kept run's; the result does not
 * depend on the thread count, down to the rendered JSON. */
static gac_simulation *streamed(const gac_scenario *s, size_t trials, unsigned threads, size_t cap)
{
	gac_sim_options o = GAC_SIM_OPTIONS_INIT;
	o.trials = trials;
	o.threads = threads;
	o.seed = 9;
	o.budget = 3e6;
	o.memory_cap = cap;
	gac_simulation *sim = NULL;
	gac_error e;
	ck_assert_msg(gac_simulate(&sim, s, sheet, &o, &e) == GAC_OK, "%s", e.message);
	return sim;
}

static bool within(double est, double exact, double bound)
{
	return fabs(est - exact) <= bound * fabs(exact);
}

/* equal, or both NaN (not applicable) */
static bool same(double a, double b)
{
	return a == b || (isnan(a) && isnan(b));
}

START_TEST(streaming_past_the_cap)
{
	enum { N = 100000 };
	gac_scenario *s = load(LOGNORMAL "options:\n  - {name: half, set: {workloads.w.input_tokens: 500}}\n");
	gac_simulation *kept = streamed(s, N, 2, 0), *one = streamed(s, N, 1, 4096), *two = streamed(s, N, 2, 4096);
	ck_assert(gac_simulation_exact(kept));
	ck_assert(!gac_simulation_exact(one) && !gac_simulation_exact(two));
	ck_assert(!gac_simulation_exact(NULL));
	for (size_t o = 0; o < 2; o++) {
		const gac_sim_stats *k = gac_simulation_option(kept, o), *a = gac_simulation_option(one, o),
		                    *b = gac_simulation_option(two, o);
		/* the same blocks, merged in block order: identical for any thread count */
		ck_assert(a->mean == b->mean && a->sd == b->sd && a->p95 == b->p95 && a->p50 == b->p50);
		ck_assert(a->se_p95 == b->se_p95 && a->p5 == b->p5 && a->p99 == b->p99);
		/* and identical to the kept run's moments: the same merge */
		ck_assert(a->mean == k->mean && a->sd == k->sd);
		ck_assert(a->min == k->min && a->max == k->max);
		ck_assert(a->prob_over_budget == k->prob_over_budget);
		ck_assert(a->prob_cheapest == k->prob_cheapest);
		const double *ap[] = {&a->p5, &a->p50, &a->p90, &a->p95, &a->p99},
		             *kp[] = {&k->p5, &k->p50, &k->p90, &k->p95, &k->p99};
		for (int q = 0; q < 5; q++)
			ck_assert_msg(within(*ap[q], *kp[q], GAC_SIM_QUANTILE_ERROR), "option %zu quantile %d: %.17g vs %.17g",
			              o, q, *ap[q], *kp[q]);
		/* any percentile, not just the five */
		for (double p = 0.5; p < 100; p += 3.5) {
			double est, exact;
			ck_assert_int_eq(gac_simulation_percentile(&est, one, o, p), GAC_OK);
			ck_assert_int_eq(gac_simulation_percentile(&exact, kept, o, p), GAC_OK);
			ck_assert_msg(within(est, exact, GAC_SIM_QUANTILE_ERROR), "P%g: %.17g vs %.17g", p, est, exact);
		}
		/* SE(P95) from the summary's quantiles: the two within the bound, of a spread ~100x smaller */
		ck_assert(isfinite(a->se_p95) && a->se_p95 > 0);
		ck_assert_rel(a->se_p95, k->se_p95, 0.1);
	}
	/* the streamed histogram counts each bucket at its middle: a bin
	 * differs from the kept run's by at most the trials within a bucket's
	 * width (2^-10 of the value) of its two edges */
	double edges[13], counts[12], ke[13], kc[12], obs_k, obs_a;
	for (size_t o = 0; o < 2; o++) {
		ck_assert_int_eq(gac_simulation_histogram(one, o, 12, edges, counts), GAC_OK);
		ck_assert_int_eq(gac_simulation_histogram(kept, o, 12, ke, kc), GAC_OK);
		double sum = 0;
		for (int b = 0; b < 12; b++) {
			ck_assert_rel(edges[b], ke[b], 1e-12);
			double near = 0;
			for (size_t t = 0; t < N; t++) {
				double v = gac_simulation_total(kept, t, o);
				near += fabs(v - ke[b]) <= fabs(v) / 1024 || fabs(v - ke[b + 1]) <= fabs(v) / 1024;
			}
			ck_assert_msg(fabs(counts[b] - kc[b]) <= near, "bin %d: %g vs %g (%g near its edges)", b, counts[b],
			              kc[b], near);
			sum += counts[b];
		}
		ck_assert(sum == N);
	}
	/* any bin count */
	ck_assert_int_eq(gac_simulation_histogram(one, 0, 7, edges, counts), GAC_OK);
	ck_assert(isnan(gac_simulation_rank_correlation(one, 0, 0)));
	ck_assert(isnan(gac_simulation_total(one, 0, 0)));
	gac_simulation_input(kept, 0, &obs_k, NULL);
	gac_simulation_input(one, 0, &obs_a, NULL);
	ck_assert_rel(obs_a, obs_k, 1e-12);
	char *json = NULL, *json1 = NULL, *text = NULL;
	ck_assert_int_eq(gac_report_simulation(&json, two, 9, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&json1, one, 9, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_str_eq(json, json1);
	ck_assert_ptr_nonnull(strstr(json, "\"percentiles\": \"streaming\""));
	ck_assert_ptr_nonnull(strstr(json, "\"percentile_error\": 0.00048828125"));
	ck_assert_int_eq(gac_report_simulation(&text, two, 9, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	/* 100,000 trials x ((8 + 4) bytes x 3 series + 16 bytes of sorting) = 5.0 MiB */
	ck_assert_msg(strstr(text, "percentiles from a streamed summary within 0.0488% (the totals would take 5.0 MiB, "
	                           "past the 0.0 MiB memory cap)"), "%s", text);
	gac_free(json);
	gac_free(json1);
	gac_free(text);
	gac_simulation_free(kept);
	gac_simulation_free(one);
	gac_simulation_free(two);
	gac_scenario_free(s);
}
END_TEST

/* Merging blocks' moments in order (Chan et al.) gives a single pass's
 * mean and variance: 10,007 lognormal values in uneven blocks against
 * GSL's two-pass mean and variance, to 1e-12. */
/* pricing_overrides: the mean bill at list prices beside the negotiated
 * one, the same for any thread count.  $1 per 1K tokens, 1,000 tokens a
 * request: the list bill is the request count; fixed at 2,000 requests
 * it is $2,000 in every trial, and the 25% discount leaves $1,500 (saving
 * $500); the option without the discount is billed at list. */
START_TEST(list_mean_with_overrides)
{
	gac_scenario *s = load("genaicost: scenario/1\npricing_overrides: {discount: 25%}\nworkloads:\n"
	                       "  - {name: w, model: m.one, requests_per_month: 1, input_tokens: 1000, output_tokens: 0}\n"
	                       "options:\n  - {name: list, set: {pricing_overrides.discount: 0}}\n"
	                       "uncertain:\n  workloads.w.requests_per_month: {dist: fixed, value: 2000}\n");
	gac_simulation *one = simulate(s, 5000, 1, 7), *two = simulate(s, 5000, 2, 7);
	double l1, l2;
	ck_assert(gac_simulation_list_mean(&l1, one, 0) && gac_simulation_list_mean(&l2, two, 0));
	ck_assert(l1 == 2000 && l2 == 2000);
	ck_assert(gac_simulation_option(one, 0)->mean == 1500);
	ck_assert(gac_simulation_list_mean(&l1, one, 1) && l1 == 2000);
	ck_assert(gac_simulation_option(one, 1)->mean == 2000);
	gac_simulation_free(one);
	gac_simulation_free(two);
	gac_scenario_free(s);
	/* without overrides there is no list figure */
	s = load_demand("{dist: fixed, value: 2000}");
	one = simulate(s, 100, 1, 7);
	ck_assert(!gac_simulation_list_mean(&l1, one, 0));
	gac_simulation_free(one);
	gac_scenario_free(s);
	/* a uniform draw: list mean = the requests' sample mean; the net 0.75 of it */
	s = load("genaicost: scenario/1\npricing_overrides: {discount: 25%}\nworkloads:\n"
	         "  - {name: w, model: m.one, requests_per_month: 1, input_tokens: 1000, output_tokens: 0}\n"
	         "uncertain:\n  workloads.w.requests_per_month: {dist: uniform, min: 1000, max: 3000}\n");
	one = simulate(s, 20000, 2, 3);
	ck_assert(gac_simulation_list_mean(&l1, one, 0));
	ck_assert_double_eq_tol(gac_simulation_option(one, 0)->mean, 0.75 * l1, 1e-9 * l1);
	ck_assert_double_eq_tol(l1, 2000, 20);   /* SE of the mean: 577 / sqrt(20000) = 4.1 */
	gac_simulation_free(one);
	gac_scenario_free(s);
}
END_TEST

START_TEST(moments_merge_as_one_pass)
{
	enum { N = 10007 };
	double *x = malloc(N * sizeof *x);
	ck_assert_ptr_nonnull(x);
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	for (size_t t = 0; t < N; t++)
		x[t] = 1e6 + gsl_ran_lognormal(r, 8, 1.2);
	gsl_rng_free(r);
	gac_moments all = gac_moments_of(x, 1, N), merged = {0, 0, 0};
	const size_t cut[] = {0, 1, 4096, 4100, 9000, N};
	for (size_t k = 0; k + 1 < sizeof cut / sizeof *cut; k++)
		gac_moments_merge(&merged, gac_moments_of(&x[cut[k]], 1, cut[k + 1] - cut[k]));
	double mean = gsl_stats_mean(x, 1, N), var = gsl_stats_variance_m(x, 1, N, mean);
	ck_assert(all.n == N && merged.n == N);
	ck_assert_rel(all.mean, mean, 1e-12);
	ck_assert_rel(merged.mean, mean, 1e-12);
	ck_assert_rel(all.m2 / (N - 1), var, 1e-12);
	ck_assert_rel(merged.m2 / (N - 1), var, 1e-12);
	/* by hand: 1, 2, 3, 4 in blocks {1, 2} and {3, 4}: mean 2.5, M2 5 */
	const double h[] = {1, 2, 3, 4};
	gac_moments m = gac_moments_of(h, 1, 2);
	gac_moments_merge(&m, gac_moments_of(&h[2], 1, 2));
	ck_assert(m.n == 4 && m.mean == 2.5 && m.m2 == 5);
	/* an empty side changes nothing */
	gac_moments_merge(&m, (gac_moments){0, 0, 0});
	ck_assert(m.n == 4 && m.mean == 2.5 && m.m2 == 5);
	free(x);
}
END_TEST

/* The default cap is a quarter of physical memory: 40,000 trials of two
 * options and one input need 40,000 x (12 x 3 + 16) = 2,080,000 bytes,
 * kept with 8 MiB of memory (2 MiB cap), streamed with 8,000,000 bytes
 * (2,000,000 cap); a cap given wins over it. */
START_TEST(cap_adapts_to_memory)
{
	gac_scenario *s = load(LOGNORMAL "options:\n  - {name: half, set: {workloads.w.input_tokens: 500}}\n");
	gac_sim_set_phys_memory((size_t)8 << 20);
	gac_simulation *big = streamed(s, 40000, 2, 0);
	gac_sim_set_phys_memory(8000000);
	gac_simulation *small = streamed(s, 40000, 2, 0), *given = streamed(s, 40000, 2, (size_t)4 << 20);
	gac_sim_set_phys_memory(0);
	ck_assert(gac_simulation_exact(big));
	ck_assert(!gac_simulation_exact(small));
	ck_assert(gac_simulation_exact(given));
	bool dflt = false;
	size_t needed = 0;
	ck_assert_uint_eq(gac_simulation_memory(big, &dflt, &needed), (size_t)2 << 20);
	ck_assert(dflt && needed == 2080000);
	ck_assert_uint_eq(gac_simulation_memory(small, &dflt, &needed), 2000000);
	ck_assert(dflt && needed == 2080000);
	ck_assert_uint_eq(gac_simulation_memory(given, &dflt, NULL), (size_t)4 << 20);
	ck_assert(!dflt);
	char *a = NULL, *b = NULL, *c = NULL;
	ck_assert_int_eq(gac_report_simulation(&a, big, 9, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&b, small, 9, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&c, given, 9, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_msg(strstr(a, "exact percentiles (the totals kept: 2.0 MiB, within a quarter of physical memory)"),
	              "%s", a);
	ck_assert_msg(strstr(b, "percentiles from a streamed summary within 0.0488% (the totals would take 2.0 MiB, "
	                        "past a quarter of physical memory, 1.9 MiB)"), "%s", b);
	ck_assert_msg(strstr(c, "exact percentiles (the totals kept: 2.0 MiB, within the 4.0 MiB memory cap)"), "%s", c);
	gac_free(a);
	gac_free(b);
	gac_free(c);
	gac_simulation_free(big);
	gac_simulation_free(small);
	gac_simulation_free(given);
	gac_scenario_free(s);
}
END_TEST

/* Capacity: requests uniform over [338,000, 738,000] a month of 1,000
 * input tokens, spread over 24 h × 60 × 730/24 = 43,800 minutes: the peak
 * is requests × 1,000 / 43,800 tokens/min, and a unit serves 10,000, so one
 * unit carries up to 438,000 requests and two up to 876,000.
 *   baseline on demand: requests × $1 (338,000 to 738,000)
 *   one: 1 unit × 730 h × $10 = $7,300, under capacity above 438,000:
 *        P = (738,000 − 438,000) / 400,000 = 0.75
 *   two: 2 × 730 × $10 = $14,600, never under capacity
 * one is the cheapest whenever it carries the load (P 0.25), two in every
 * other trial (0.75), the baseline never; no trial lacks a carrier. */
#define CAPACITY                                                                        \
	"genaicost: scenario/1\n"                                                           \
	"workloads:\n"                                                                      \
	"  - {name: w, model: m.pt, requests_per_month: 1, input_tokens: 1000, output_tokens: 0}\n" \
	"deployment: {model_unit_input_tpm: 10000, model_unit_output_tpm: 10000}\n"           \
	"uncertain:\n"                                                                      \
	"  workloads.w.requests_per_month: {dist: uniform, min: 338000, max: 738000}\n"

START_TEST(capacity_shares)
{
	enum { N = 40000 };
	gac_scenario *s = load(CAPACITY
	                       "options:\n"
	                       "  - {name: one, set: {deployment.mode: provisioned, deployment.commitment: 1-month,"
	                       " deployment.model_units: 1}}\n"
	                       "  - {name: two, set: {deployment.mode: provisioned, deployment.commitment: 1-month,"
	                       " deployment.model_units: 2}}\n");
	gac_simulation *sim = simulate(s, N, 2, 3), *one_thread = simulate(s, N, 1, 3);
	const gac_sim_stats *b = gac_simulation_option(sim, 0), *o1 = gac_simulation_option(sim, 1),
	                    *o2 = gac_simulation_option(sim, 2);
	ck_assert(o1->mean == 7300 && o2->mean == 14600);
	/* binomial share of 40,000 trials: sd sqrt(0.75 × 0.25 / 40,000) = 0.0022; 0.01 is 4.6 sd */
	ck_assert_msg(fabs(o1->prob_under_capacity - 0.75) < 0.01, "P(under) %g", o1->prob_under_capacity);
	/* the baseline on demand has no capacity to be under: NaN, not 0;
	 * two is sized against the peak and carries it in every trial: 0 */
	ck_assert(isnan(b->prob_under_capacity) && o2->prob_under_capacity == 0);
	ck_assert_msg(fabs(o1->prob_cheapest - 0.25) < 0.01, "P(cheapest) %g", o1->prob_cheapest);
	ck_assert(o2->prob_cheapest == o1->prob_under_capacity);
	ck_assert(b->prob_cheapest == 0);
	ck_assert(gac_simulation_prob_none_carries(sim) == 0);
	/* counts per trial: the same for any thread count, and when streaming */
	gac_simulation *str = streamed(s, N, 2, 4096), *kept = streamed(s, N, 1, 0);
	ck_assert(!gac_simulation_exact(str) && gac_simulation_exact(kept));
	for (size_t o = 0; o < 3; o++) {
		const gac_sim_stats *a = gac_simulation_option(sim, o), *z = gac_simulation_option(one_thread, o),
		                    *w = gac_simulation_option(str, o), *k = gac_simulation_option(kept, o);
		ck_assert(same(a->prob_under_capacity, z->prob_under_capacity) && a->prob_cheapest == z->prob_cheapest);
		ck_assert(same(k->prob_under_capacity, w->prob_under_capacity) && k->prob_cheapest == w->prob_cheapest);
	}
	gac_simulation_free(kept);
	gac_simulation_free(sim);
	gac_simulation_free(one_thread);
	gac_simulation_free(str);
	gac_scenario_free(s);
	/* the baseline itself on one unit, and no option: in the 75% of trials
	 * above 438,000 requests nothing carries the load, and they count for
	 * none; the shares still sum to 1 */
	s = load(CAPACITY);
	ck_assert_int_eq(gac_scenario_set(s, "deployment.mode", "provisioned", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "deployment.commitment", "1-month", NULL), GAC_OK);
	sim = simulate(s, N, 2, 3);
	b = gac_simulation_option(sim, 0);
	double none = gac_simulation_prob_none_carries(sim);
	ck_assert_msg(fabs(none - 0.75) < 0.01, "P(none) %g", none);
	ck_assert(none == b->prob_under_capacity);
	ck_assert(b->prob_cheapest + none == 1);
	char *t = NULL;
	ck_assert_int_eq(gac_report_simulation(&t, sim, 3, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "P(under capacity)"));
	ck_assert_ptr_nonnull(strstr(t, "No option carries the peak load in "));
	gac_free(t);
	gac_simulation_free(sim);
	gac_scenario_free(s);
	ck_assert(isnan(gac_simulation_prob_none_carries(NULL)));
}
END_TEST

/* P(under capacity) only where a capacity verdict applies.  CAPACITY
 * without its deployment's tokens per minute: the sheet gives m.pt none,
 * so "blind" (1 unit, no capacity per unit) has no units_needed; "one"
 * says its unit's 10,000 tokens/min itself and is under capacity in the
 * trials above 438,000 requests (P 0.75, as in capacity_shares); the
 * baseline is on demand.  The table prints "-" where no verdict applies,
 * CSV an empty cell, JSON null; 75.x% and 0.0% stay numbers. */
START_TEST(capacity_verdict)
{
	gac_scenario *s = load("genaicost: scenario/1\n"
	                       "workloads:\n"
	                       "  - {name: w, model: m.pt, requests_per_month: 1, input_tokens: 1000, output_tokens: 0}\n"
	                       "uncertain:\n"
	                       "  workloads.w.requests_per_month: {dist: uniform, min: 338000, max: 738000}\n"
	                       "options:\n"
	                       "  - {name: blind, set: {deployment.mode: provisioned, deployment.commitment: 1-month,"
	                       " deployment.model_units: 1}}\n"
	                       "  - {name: one, set: {deployment.mode: provisioned, deployment.commitment: 1-month,"
	                       " deployment.model_units: 1, deployment.model_unit_input_tpm: 10000,"
	                       " deployment.model_unit_output_tpm: 10000}}\n"
	                       "  - {name: two, set: {deployment.mode: provisioned, deployment.commitment: 1-month,"
	                       " deployment.model_units: 2, deployment.model_unit_input_tpm: 10000,"
	                       " deployment.model_unit_output_tpm: 10000}}\n");
	gac_simulation *sim = simulate(s, 4000, 2, 3);
	const gac_sim_stats *b = gac_simulation_option(sim, 0), *blind = gac_simulation_option(sim, 1),
	                    *one = gac_simulation_option(sim, 2), *two = gac_simulation_option(sim, 3);
	ck_assert(isnan(b->prob_under_capacity) && isnan(blind->prob_under_capacity));
	/* binomial sd sqrt(0.75 × 0.25 / 4,000) = 0.0068; 0.03 is 4.4 sd */
	ck_assert_msg(fabs(one->prob_under_capacity - 0.75) < 0.03, "P(under) %g", one->prob_under_capacity);
	ck_assert(two->prob_under_capacity == 0);
	/* blind costs $7,300 like one, and carries every trial as far as is known */
	ck_assert(blind->mean == 7300 && one->mean == 7300 && two->mean == 14600);
	char *t = NULL, *c = NULL, *j = NULL;
	ck_assert_int_eq(gac_report_simulation(&t, sim, 3, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&c, sim, 3, "USD", GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&j, sim, 3, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	/* the last cell of each row: P(under capacity) */
	const char *bl = strstr(t, "\nbaseline "), *blr = strstr(t, "\nblind "), *twr = strstr(t, "\ntwo ");
	ck_assert(bl && blr && twr);
	ck_assert_msg(!strncmp(strchr(bl + 1, '\n') - 2, " -", 2), "%s", t);
	ck_assert_msg(!strncmp(strchr(blr + 1, '\n') - 2, " -", 2), "%s", t);
	ck_assert_msg(!strncmp(strchr(twr + 1, '\n') - 5, " 0.0%", 5), "%s", t);
	ck_assert_msg(strstr(c, "\r\nblind,7300,0,7300,7300,7300,7300,7300,7300,7300,0,1,\r\n"), "%s", c);
	ck_assert_msg(strstr(c, ",0,0,\r\nblind,"), "%s", c);  /* baseline: over budget 0, cheapest 0, empty */
	ck_assert_msg(strstr(c, "\r\ntwo,14600,0,14600,14600,14600,14600,14600,14600,14600,0,0,0\r\n"), "%s", c);
	json_error_t je;
	json_t *root = json_loads(j, 0, &je), *opts = json_object_get(root, "options");
	ck_assert_ptr_nonnull(root);
	ck_assert(json_is_null(json_object_get(json_array_get(opts, 0), "prob_under_capacity")));
	ck_assert(json_is_null(json_object_get(json_array_get(opts, 1), "prob_under_capacity")));
	ck_assert(json_real_value(json_object_get(json_array_get(opts, 2), "prob_under_capacity")) ==
	          one->prob_under_capacity);
	ck_assert(json_is_number(json_object_get(json_array_get(opts, 3), "prob_under_capacity")) &&
	          json_number_value(json_object_get(json_array_get(opts, 3), "prob_under_capacity")) == 0);
	json_decref(root);
	gac_free(t);
	gac_free(c);
	gac_free(j);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

/* Spearman's rho where a side does not vary: the ranks of a constant
 * series are all equal, their sum of squares 0, and rho = 0/0 has no
 * value: NaN (it was 0, printed "+0.000" as if the input did not move a
 * total that cannot move).  The baseline on demand costs requests × $1
 * (1,000 input tokens at $1 per 1K), strictly increasing in the draw:
 * rho 1.  "two" is 2 units × 730 h × $10 = $14,600 in every trial, and
 * output_tokens a fixed draw of 0. */
START_TEST(rank_flat)
{
	gac_scenario *s = load(CAPACITY
	                       "  workloads.w.output_tokens: {dist: fixed, value: 0}\n"
	                       "options:\n"
	                       "  - {name: two, set: {deployment.mode: provisioned, deployment.commitment: 1-month,"
	                       " deployment.model_units: 2}}\n");
	gac_simulation *sim = simulate(s, 2000, 2, 5);
	ck_assert(gac_simulation_option(sim, 1)->min == 14600 && gac_simulation_option(sim, 1)->max == 14600);
	ck_assert_rel(gac_simulation_rank_correlation(sim, 0, 0), 1, 1e-12);
	ck_assert(isnan(gac_simulation_rank_correlation(sim, 0, 1)));  /* a constant total */
	ck_assert(isnan(gac_simulation_rank_correlation(sim, 1, 0)));  /* a constant draw */
	ck_assert(isnan(gac_simulation_rank_correlation(sim, 1, 1)));
	char *t = NULL, *md = NULL, *j = NULL;
	ck_assert_int_eq(gac_report_simulation(&t, sim, 5, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&md, sim, 5, "USD", GAC_FORMAT_MARKDOWN, 0), GAC_OK);
	ck_assert_int_eq(gac_report_simulation(&j, sim, 5, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_ptr_null(strstr(t, "+0.000"));
	ck_assert_msg(strstr(t, "    +1.000    -\n"), "%s", t);
	const char *note = "A rank correlation is \"-\" where a side does not vary: the total of two is the same in "
	                   "every trial; the draws of workloads.w.output_tokens are the same in every trial.\n";
	ck_assert_msg(strstr(t, note), "%s", t);
	/* Markdown escapes the path's punctuation */
	ck_assert_msg(strstr(md, "the total of two is the same in every trial; the draws of "
	                         "workloads\\.w\\.output\\_tokens are the same in every trial.\n"), "%s", md);
	ck_assert_msg(strstr(md, "| +1.000 | - |"), "%s", md);
	json_t *root = json_loads(j, 0, NULL), *ins = json_object_get(root, "inputs");
	json_t *r0 = json_object_get(json_array_get(ins, 0), "rank_correlation"),
	       *r1 = json_object_get(json_array_get(ins, 1), "rank_correlation");
	ck_assert(json_real_value(json_object_get(r0, "baseline")) == gac_simulation_rank_correlation(sim, 0, 0));
	ck_assert(json_is_null(json_object_get(r0, "two")) && json_is_null(json_object_get(r1, "baseline")) &&
	          json_is_null(json_object_get(r1, "two")));
	json_decref(root);
	gac_free(t);
	gac_free(md);
	gac_free(j);
	gac_simulation_free(sim);
	/* streamed: no ranks at all, and the heading says why; no note */
	sim = streamed(s, 2000, 2, 4096);
	ck_assert(!gac_simulation_exact(sim));
	ck_assert_int_eq(gac_report_simulation(&t, sim, 9, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_null(strstr(t, "A rank correlation is"));
	gac_free(t);
	gac_simulation_free(sim);
	/* the totals of two options */
	gac_scenario_free(s);
	s = load(CAPACITY
	         "options:\n"
	         "  - {name: one, set: {deployment.mode: provisioned, deployment.commitment: 1-month}}\n"
	         "  - {name: two, set: {deployment.mode: provisioned, deployment.commitment: 1-month,"
	         " deployment.model_units: 2}}\n");
	sim = simulate(s, 100, 1, 5);
	ck_assert_int_eq(gac_report_simulation(&t, sim, 5, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_msg(strstr(t, "where a side does not vary: the totals of one and two are each the same in every "
	                        "trial.\n"), "%s", t);
	gac_free(t);
	gac_simulation_free(sim);
	gac_scenario_free(s);
}
END_TEST

Suite *suite_simulate(void)
{
	Suite *s = suite_create("simulate");
	TCase *t = tcase_create("monte-carlo");
	tcase_set_timeout(t, 120);
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, lognormal_demand_matches_analytic);
	tcase_add_test(t, threads_and_seed);
	tcase_add_test(t, long_series_sorted_by_threads);
	tcase_add_test(t, precision_and_ranking);
	tcase_add_test(t, correlated_inputs);
	tcase_add_test(t, empirical_resampling);
	tcase_add_test(t, histogram_csv);
	tcase_add_test(t, progress_callback);
	tcase_add_test(t, bad_distributions);
	tcase_add_test(t, every_kind_has_its_mean);
	tcase_add_test(t, bounds_clamp_fixed_and_empirical);
	tcase_add_test(t, bounded_means);
	tcase_add_test(t, empirical_csv_quotes_and_short_rows);
	tcase_add_test(t, empirical_csv_columns_resampled_by_row);
	tcase_add_test(t, empirical_csv_one_file_named_two_ways);
	tcase_add_test(t, bad_distribution_messages);
	tcase_add_test(t, check_uncertain_without_simulating);
	tcase_add_test(t, streaming_past_the_cap);
	tcase_add_test(t, moments_merge_as_one_pass);
	tcase_add_test(t, list_mean_with_overrides);
	tcase_add_test(t, cap_adapts_to_memory);
	tcase_add_test(t, capacity_shares);
	tcase_add_test(t, capacity_verdict);
	tcase_add_test(t, rank_flat);
	tcase_add_test(t, horizon_fixed_growth_is_the_forecast);
	tcase_add_test(t, horizon_seasons_and_commitments_are_the_forecast);
	tcase_add_test(t, horizon_uniform_growth_quantile);
	tcase_add_test(t, horizon_budget_and_range);
	suite_add_tcase(s, t);
	return s;
}

/* Break-even on the real cost function, against closed forms. */
#include "tests.h"
#include "breakeven.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.instant\n"
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.0008\n"
	"    output: 0.0024\n"
	"    batch_discount: 50%\n"
	"    model_unit_hour: {1_month: 39.6, 6_month: 22.0}\n";

/* 1,500 input + 400 output tokens: $0.0012 + $0.00096 = $0.00216 a request */
#define SCEN                                                                              \
	"genaicost: scenario/1\n"                                                             \
	"workloads:\n"                                                                        \
	"  - {name: w, model: m.instant, requests_per_month: 1M, input_tokens: 1500,"         \
	" output_tokens: 400}\n"                                                              \
	"options:\n"                                                                          \
	"  - {name: pt, set: {deployment.mode: provisioned, deployment.commitment: 6-month}}\n" \
	"  - {name: batch, set: {deployment.mode: batch}}\n"

static gac_sheet *sheet;
static gac_scenario *sc;

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
	ck_assert_msg(gac_scenario_load_buffer(&sc, SCEN, strlen(SCEN), "s.yaml", &e) == GAC_OK, "%s", e.message);
}

static void teardown(void)
{
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
}

START_TEST(provisioned_closed_form)
{
	/* 1 model unit × $22 × 730 h = $16,060 = $0.00216 × x  →  x = 7,435,185.185… */
	gac_break_even *be = NULL;
	gac_error e;
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                      1, 1e12, &e),
	                 GAC_OK);
	ck_assert_uint_eq(gac_break_even_count(be), 1);
	const gac_crossing *x = gac_break_even_at(be, 0);
	ck_assert_rel(x->value, 16060 / 0.00216, 1e-6);
	ck_assert_rel(x->value, 7435185.185185185, 1e-9);
	ck_assert_rel(x->cost_a, 16060, 1e-9);
	ck_assert_rel(x->cost_b, 16060, 1e-12);
	ck_assert_int_eq(x->step, 0);
	double alo, blo, ahi, bhi;
	gac_break_even_ends(be, &alo, &blo, &ahi, &bhi);
	ck_assert_rel(alo, 0.00216, 1e-12);
	ck_assert_rel(bhi, 16060, 1e-12);
	ck_assert_ptr_null(gac_break_even_at(be, 1));
	gac_break_even_free(be);
	gac_break_even_free(NULL);
}
END_TEST

START_TEST(no_crossing)
{
	/* batch costs half of on-demand at every volume: never equal above 0 */
	gac_break_even *be = NULL;
	gac_error e;
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline",
	                                      "batch", 1000, 1e9, &e),
	                 GAC_OK);
	ck_assert_uint_eq(gac_break_even_count(be), 0);
	double alo, blo, ahi, bhi;
	gac_break_even_ends(be, &alo, &blo, &ahi, &bhi);
	ck_assert_rel(blo, alo / 2, 1e-12);
	ck_assert_rel(bhi, ahi / 2, 1e-12);
	gac_break_even_free(be);
}
END_TEST

START_TEST(capacity_range_starts_above_zero)
{
	/* a model unit's output capacity of 0 is the sheet's, not none: a range
	 * from 0 to 2M is searched from 2M / 1e6 = 2 tokens a minute; a range
	 * that starts above 0, and any other parameter, as given */
	gac_break_even *be = NULL;
	gac_error e;
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "deployment.model_unit_output_tpm", "baseline", "pt",
	                                      0, 2e6, &e),
	                 GAC_OK);
	double lo, hi;
	gac_break_even_range(be, &lo, &hi);
	ck_assert(lo == 2);
	ck_assert(hi == 2e6);
	gac_break_even_free(be);
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                      0, 1e9, &e),
	                 GAC_OK);
	gac_break_even_range(be, &lo, &hi);
	ck_assert(lo == 0);
	gac_break_even_free(be);
	gac_break_even_range(NULL, &lo, NULL);
	ck_assert(isnan(lo));
}
END_TEST

START_TEST(crossings_from_model_unit_steps)
{
	/* units sized from load: one unit serves 8,000,000 requests a month
	 * (input 273,972.6… tokens/min ≈ 8M × 1,500 / 43,800 min).  Provisioned
	 * wins from 7,435,185 until the second unit at 8M; on-demand catches up
	 * again at 2 × 16,060 / 0.00216 = 14,870,370.37. */
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_units", "auto", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set_number(sc, "deployment.model_unit_input_tpm", 8e6 * 1500 / 43800, &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_unit_output_tpm", "10M", &e), GAC_OK);
	gac_break_even *be = NULL;
	ck_assert_msg(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                   1e6, 1.2e7 + 3e6, &e) == GAC_OK, "%s", e.message);
	ck_assert_uint_eq(gac_break_even_count(be), 3);
	ck_assert_rel(gac_break_even_at(be, 0)->value, 16060 / 0.00216, 1e-9);
	ck_assert_int_eq(gac_break_even_at(be, 0)->step, 0);
	ck_assert_rel(gac_break_even_at(be, 1)->value, 8e6, 1e-9);
	ck_assert_int_eq(gac_break_even_at(be, 1)->step, 1);
	ck_assert_rel(gac_break_even_at(be, 2)->value, 2 * 16060 / 0.00216, 1e-9);
	for (size_t i = 1; i < gac_break_even_count(be); i++)
		ck_assert(gac_break_even_at(be, i)->value > gac_break_even_at(be, i - 1)->value);
	/* on the plans: the second unit breaks a guard of pt's once, at the
	 * first scan point past 8M (the engine prices it, a 2-unit plan is
	 * compiled there); Brent's method then narrows the jump between the
	 * 1-unit plan, kept, and the 2-unit one, with no engine at all */
	const gac_be_stats *st = gac_break_even_stats(be);
	ck_assert_uint_eq(st->fallbacks, 1);
	ck_assert_uint_eq(st->engine_evals, 3);
	ck_assert_uint_eq(st->compiles, 3);
	ck_assert_int_gt(gac_break_even_at(be, 1)->iterations, 2);  /* more than a straight crossing takes */
	/* the step's two sides, the bracket Brent's method narrowed it to
	 * (narrower than 1e-13 of 8M): just below one unit, 730 × $22 =
	 * $16,060, and on demand 8M × $0.00216 = $17,280; just above two,
	 * $32,120, on demand the same */
	const gac_crossing *k = gac_break_even_at(be, 1);
	ck_assert(k->below < k->above && (k->above - k->below) <= 1e-12 * 8e6);
	ck_assert_rel(k->below, 8e6, 1e-9);
	ck_assert(k->cost_b_below == 16060 && k->cost_b_above == 32120);
	ck_assert_rel(k->cost_a_below, 17280, 1e-9);
	ck_assert_rel(k->cost_a_above, 17280, 1e-9);
	ck_assert(k->cost_b == k->cost_b_below || k->cost_b == k->cost_b_above);  /* the value is one side */
	/* where the costs meet there are no sides */
	ck_assert(isnan(gac_break_even_at(be, 0)->below) && isnan(gac_break_even_at(be, 0)->cost_a_above));
	char *t = NULL;
	ck_assert_int_eq(gac_report_break_even(&t, be, NULL, NULL, 0, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "2. at 8,000,000.00 the costs jump past each other (a step): just below, "
	                                "baseline $17,280.00 and pt $16,060.00; just above, baseline $17,280.00 and pt "
	                                "$32,120.00\n"));
	gac_free(t);
	ck_assert_int_eq(gac_report_break_even(&t, be, NULL, NULL, 0, GAC_FORMAT_JSON, 0), GAC_OK);
	json_t *root = json_loads(t, 0, NULL);
	json_t *step = json_array_get(json_object_get(root, "break_even"), 1);
	ck_assert(json_real_value(json_object_get(json_object_get(step, "below"), "cost_b")) == 16060);
	ck_assert(json_real_value(json_object_get(json_object_get(step, "above"), "cost_b")) == 32120);
	ck_assert(json_real_value(json_object_get(json_object_get(step, "below"), "value")) == k->below);
	ck_assert(json_is_null(json_object_get(json_array_get(json_object_get(root, "break_even"), 0), "above")));
	json_decref(root);
	gac_free(t);
	ck_assert_int_eq(gac_report_break_even(&t, be, NULL, NULL, 0, GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, ",below,cost_a_below,cost_b_below,above,cost_a_above,cost_b_above\r\n"));
	ck_assert_ptr_nonnull(strstr(t, ",0,0,0,,,,,,\r\n"));  /* the first crossing: the costs meet */
	ck_assert_ptr_nonnull(strstr(t, ",1,0,0,8000000,17280,16060,"));  /* the step: below, a and b there */
	gac_free(t);
	gac_break_even_free(be);
}
END_TEST

START_TEST(plan_solve_closed_form)
{
	/* the crossing of provisioned_closed_form, solved on the two plans:
	 * on-demand x × $0.00216 is a straight line in x, one 6-month unit a
	 * constant 1 × $22 × 730 h = $16,060, so x = 16,060 / 0.00216 =
	 * 7,435,185.185185185…  Each option is priced once by the engine, at
	 * the first point, where its plan is compiled; no guard breaks (one
	 * unit carries the load: the default capacity, 0 = the sheet's, is
	 * not in any guard here); the scan passes almost all of its 4,000
	 * points without pricing them: f is a straight line of one sign below
	 * and above the crossing */
	gac_break_even *be = NULL;
	gac_error e;
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                      1, 1e12, &e),
	                 GAC_OK);
	ck_assert_uint_eq(gac_break_even_count(be), 1);
	ck_assert_rel(gac_break_even_at(be, 0)->value, 16060 / 0.00216, 1e-9);
	ck_assert_rel(gac_break_even_at(be, 0)->cost_a, 16060, 1e-9);
	const gac_be_stats *st = gac_break_even_stats(be);
	ck_assert_uint_eq(st->engine_evals, 2);
	ck_assert_uint_eq(st->compiles, 2);
	ck_assert_uint_eq(st->fallbacks, 0);
	ck_assert_uint_eq(st->scan_points, 4000);
	/* the engine alone priced 2 × (4,001 + 1) totals and Brent's: here
	 * fewer than a tenth of the points are priced at all */
	ck_assert_uint_gt(st->skipped, 3600);
	ck_assert_uint_lt(st->plan_evals + st->engine_evals, 800);
	ck_assert_ptr_null(gac_break_even_stats(NULL));
	gac_break_even_free(be);
}
END_TEST

START_TEST(plan_solve_unit_step_falls_back)
{
	/* 6-month against 1-month units, both sized from the load: one unit
	 * serves 8,000,000 requests a month (input tokens/min per unit =
	 * 8M × 1,500 / 43,800), so both go from 1 to 2 units at 8M inside
	 * 1M..15M.  f = 730 h × ($22 − $39.60) × units = −12,848 × units keeps
	 * its sign: no crossing.  The step breaks a guard of each plan once,
	 * at the first scan point past 8M: 2 fallbacks, the plans compiled
	 * again there (2 + 2 compiles), 2 + 2 totals from the engine. */
	gac_error e;
	static const char *const paths[] = {"deployment.mode", "deployment.commitment"};
	static const char *const values[] = {"provisioned", "1-month"};
	ck_assert_int_eq(gac_scenario_add_option(sc, "pt1", paths, values, 2, &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_units", "auto", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set_number(sc, "deployment.model_unit_input_tpm", 8e6 * 1500 / 43800, &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_unit_output_tpm", "10M", &e), GAC_OK);
	gac_break_even *be = NULL;
	ck_assert_msg(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "pt", "pt1", 1e6, 15e6,
	                                   &e) == GAC_OK, "%s", e.message);
	ck_assert_uint_eq(gac_break_even_count(be), 0);
	double alo, blo, ahi, bhi;
	gac_break_even_ends(be, &alo, &blo, &ahi, &bhi);
	ck_assert_rel(alo, 16060, 1e-12);
	ck_assert_rel(blo, 28908, 1e-12);
	ck_assert_rel(ahi, 2 * 16060, 1e-12);
	ck_assert_rel(bhi, 2 * 28908, 1e-12);
	const gac_be_stats *st = gac_break_even_stats(be);
	ck_assert_uint_eq(st->fallbacks, 2);
	ck_assert_uint_eq(st->compiles, 4);
	ck_assert_uint_eq(st->engine_evals, 4);
	ck_assert_uint_gt(st->skipped, 0);
	gac_break_even_free(be);
}
END_TEST

START_TEST(plan_solve_capacity_limit)
{
	/* capacity_limit_closed_form's unit of 50,000 output tokens a minute
	 * carries 50,000 × 43,800 / 400 = 5,475,000 requests a month: the
	 * limit is found by bisection on the plans, which know whether the
	 * unit carries the load.  pt's guard (output tokens a minute per
	 * unit > 1) breaks once, at the first scan point past the limit: the
	 * engine prices it and compiles the plan of the throttled unit; the
	 * bisection then moves between that plan and the one below the limit.
	 * (The range ends at 10M, below 1M input tokens a minute × 43,800 /
	 * 1,500 = 29.2M requests, where the input side passes one unit too:
	 * another branch, another plan.) */
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_unit_input_tpm", "1M", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_unit_output_tpm", "50k", &e), GAC_OK);
	gac_break_even *be = NULL;
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                      1, 1e7, &e),
	                 GAC_OK);
	double v, u, need;
	ck_assert_int_eq(gac_break_even_capacity_limit(be, 1, &v, &u, &need), 1);
	ck_assert_rel(v, 50000.0 * 43800 / 400, 1e-12);
	ck_assert(u == 1 && need == 2);
	ck_assert_uint_eq(gac_break_even_count(be), 1);
	ck_assert_rel(gac_break_even_at(be, 0)->value, 16060 / 0.00216, 1e-9);
	ck_assert_int_eq(gac_break_even_at(be, 0)->under_capacity_b, 1);
	const gac_be_stats *st = gac_break_even_stats(be);
	ck_assert_uint_eq(st->fallbacks, 1);
	ck_assert_uint_eq(st->engine_evals, 3);
	ck_assert_uint_eq(st->compiles, 3);
	gac_break_even_free(be);
}
END_TEST

START_TEST(plan_solve_engine_where_no_formula)
{
	/* a count of model units is in no formula (the plan holds only at the
	 * count it was compiled at): each of the values 1..10, and 10 again
	 * for the high end, priced by the engine for both options, 2 × 11 =
	 * 22; on-demand's $2,160 is below 1 × $16,060 throughout */
	gac_break_even *be = NULL;
	gac_error e;
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "deployment.model_units", "baseline", "pt", 1, 10, &e),
	                 GAC_OK);
	ck_assert_uint_eq(gac_break_even_count(be), 0);
	const gac_be_stats *st = gac_break_even_stats(be);
	ck_assert_uint_eq(st->scan_points, 9);
	ck_assert_uint_eq(st->engine_evals, 22);
	ck_assert_uint_eq(st->plan_evals, 0);
	ck_assert_uint_eq(st->compiles, 2);
	ck_assert_uint_eq(st->skipped, 0);
	gac_break_even_free(be);
}
END_TEST

START_TEST(bad_requests)
{
	gac_break_even *be = NULL;
	gac_error e;
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.request_per_month", "baseline", "pt",
	                                      1, 10, &e),
	                 GAC_EPARAM);
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "region", "baseline", "pt", 1, 10, &e), GAC_EPARAM);
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                      10, 10, &e),
	                 GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "LO below HI"));
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline",
	                                      "nope", 1, 10, &e),
	                 GAC_EPARAM);
	ck_assert_ptr_nonnull(strstr(e.message, "no option named 'nope'"));
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "pt", "pt", 1, 10,
	                                      &e),
	                 GAC_EVALUE);
	ck_assert_ptr_null(be);
}
END_TEST

START_TEST(capacity_limit_closed_form)
{
	/* a unit serving 50,000 output tokens a minute: 400 tokens a request
	 * over 730 × 60 = 43,800 minutes, so one unit carries up to
	 * 50,000 × 43,800 / 400 = 5,475,000 requests a month, below the
	 * crossing at 16,060 / 0.00216 = 7,435,185.19: it lies beyond what the
	 * unit carries. */
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_unit_input_tpm", "1M", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_unit_output_tpm", "50k", &e), GAC_OK);
	gac_break_even *be = NULL;
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                      1, 1e12, &e),
	                 GAC_OK);
	double v, u, need;
	ck_assert_int_eq(gac_break_even_capacity_limit(be, 0, &v, &u, &need), 0);
	ck_assert(isnan(v) && isnan(u) && isnan(need));
	ck_assert_int_eq(gac_break_even_capacity_limit(be, 1, &v, &u, &need), 1);
	ck_assert_rel(v, 50000.0 * 43800 / 400, 1e-12);
	ck_assert(u == 1 && need == 2);
	ck_assert_uint_eq(gac_break_even_count(be), 1);
	const gac_crossing *x = gac_break_even_at(be, 0);
	ck_assert_rel(x->value, 7435185.185185185, 1e-9);
	ck_assert_int_eq(x->under_capacity_a, 0);
	ck_assert_int_eq(x->under_capacity_b, 1);
	/* the summary says so: pt costs less above only as its load is throttled */
	char *t = NULL;
	ck_assert_int_eq(gac_report_break_even(&t, be, NULL, NULL, 0, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "baseline is cheaper below the break-even, which lies beyond what pt's 1 model "
	                                "unit carries (it runs out of capacity at 5,475,000.00): above it pt costs less "
	                                "only because the load above its units is throttled, not served.\n"));
	ck_assert_ptr_null(strstr(t, "pt above the last"));
	gac_free(t);
	gac_break_even_free(be);
	/* two units carry 10,950,000: the crossing (2 × 16,060 / 0.00216 =
	 * 14,870,370.37) still lies beyond them, the limit moves to 10.95M */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_units", "2", &e), GAC_OK);
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                      1, 1e12, &e),
	                 GAC_OK);
	ck_assert_int_eq(gac_break_even_capacity_limit(be, 1, &v, &u, &need), 1);
	ck_assert_rel(v, 2 * 50000.0 * 43800 / 400, 1e-12);
	ck_assert(u == 2 && need == 3);
	gac_break_even_free(be);
	/* a range that starts past the limit: under capacity from its start */
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                      20e6, 30e6, &e),
	                 GAC_OK);
	ck_assert_int_eq(gac_break_even_capacity_limit(be, 1, &v, NULL, NULL), 1);
	ck_assert(v == 20e6);
	ck_assert_int_eq(gac_break_even_capacity_limit(be, 2, &v, NULL, NULL), 0);
	ck_assert_int_eq(gac_break_even_capacity_limit(NULL, 0, NULL, NULL, NULL), 0);
	gac_break_even_free(be);
	/* a whole count: model units 1..10 at 20M requests; 20M × 400 / 43,800
	 * = 182,648 tokens/min needs ceil(3.65) = 4 units of 50,000 — the
	 * count falls: from 1 to 3 units it is under capacity, from the start */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.requests_per_month", "20M", &e), GAC_OK);
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "deployment.model_units", "baseline", "pt", 1, 10, &e),
	                 GAC_OK);
	ck_assert_int_eq(gac_break_even_capacity_limit(be, 1, &v, &u, &need), 1);
	ck_assert(v == 1 && u == 1 && need == 4);
	/* on demand 20M × $0.00216 = $43,200: 2 units ($32,120) cost less, 3
	 * ($48,180) more: a step at 3, its side below the whole value 2 */
	ck_assert_uint_eq(gac_break_even_count(be), 1);
	x = gac_break_even_at(be, 0);
	ck_assert(x->step && x->value == 3 && x->below == 2 && x->above == 3);
	ck_assert(x->cost_b_below == 32120 && x->cost_b_above == 48180);
	ck_assert_rel(x->cost_a_below, 43200, 1e-12);
	ck_assert_int_eq(gac_report_break_even(&t, be, NULL, NULL, 0, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "1. at 3.00 the costs jump past each other (a step): just below (at 2.00), "
	                                "baseline $43,200.00 and pt $32,120.00; just above, baseline $43,200.00 and pt "
	                                "$48,180.00\n"));
	/* pt is cheaper below only while its load is throttled (it needs 4) */
	ck_assert_ptr_nonnull(strstr(t, "pt is cheaper below the first break-even (as far as its units carry the load: "
	                                "see above), baseline above the last.\n"));
	gac_free(t);
	gac_break_even_free(be);
}
END_TEST

START_TEST(report_names_and_figures)
{
	/* the closed form above, rendered: the crossing at 16,060 / 0.00216 */
	gac_break_even *be = NULL;
	gac_error e;
	char *t = NULL;
	ck_assert_int_eq(gac_break_even_solve(&be, sc, sheet, "workloads.w.requests_per_month", "baseline", "pt",
	                                      1, 1e12, &e),
	                 GAC_OK);
	ck_assert_str_eq(gac_break_even_path(be), "workloads.w.requests_per_month");
	ck_assert_str_eq(gac_break_even_option(be, 0), "baseline");
	ck_assert_str_eq(gac_break_even_option(be, 1), "pt");
	ck_assert_ptr_null(gac_break_even_path(NULL));
	ck_assert_ptr_null(gac_break_even_option(NULL, 1));
	ck_assert_int_eq(gac_report_break_even(&t, be, NULL, NULL, 0, GAC_FORMAT_JSON, 0), GAC_OK);
	json_error_t je;
	json_t *root = json_loads(t, 0, &je);
	ck_assert_ptr_nonnull(root);
	ck_assert_str_eq(json_string_value(json_object_get(root, "genaicost")), "break-even/1");
	ck_assert_str_eq(json_string_value(json_object_get(root, "path")), "workloads.w.requests_per_month");
	ck_assert_str_eq(json_string_value(json_object_get(root, "b")), "pt");
	json_t *x = json_array_get(json_object_get(root, "break_even"), 0);
	ck_assert_uint_eq(json_array_size(json_object_get(root, "break_even")), 1);
	ck_assert_rel(json_real_value(json_object_get(x, "value")), 7435185.185185185, 1e-9);
	ck_assert_rel(json_real_value(json_object_get(x, "cost_b")), 16060, 1e-12);
	ck_assert(json_real_value(json_array_get(json_object_get(root, "range"), 1)) == 1e12);
	json_decref(root);
	gac_free(t);
	t = NULL;
	/* table: the crossing, and with tokens a minute per request (1,900
	 * tokens over 43,800 minutes) the load it is */
	ck_assert_int_eq(gac_report_break_even(&t, be, NULL, NULL, 1900.0 / 43800, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "at 7,435,185.19 both cost $16,060.00"));
	ck_assert_ptr_nonnull(strstr(t, "that is 322,530.86 tokens a minute"));
	gac_free(t);
	t = NULL;
	ck_assert_int_eq(gac_report_break_even(&t, be, sc, sheet, 0, GAC_FORMAT_MARKDOWN, GAC_REPORT_EXPLAIN), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "#### How the break-even is found"));
	ck_assert_ptr_nonnull(strstr(t, "cost_pt(x) = the sum of pt's line items = $16,060.00"));
	gac_free(t);
	/* explaining prices again: it needs the scenario and sheet */
	ck_assert_int_eq(gac_report_break_even(&t, be, NULL, NULL, 0, GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN), GAC_EARG);
	ck_assert_ptr_null(t);
	ck_assert_int_eq(gac_report_break_even(&t, NULL, sc, sheet, 0, GAC_FORMAT_JSON, 0), GAC_EARG);
	ck_assert_int_eq(gac_report_break_even(NULL, be, sc, sheet, 0, GAC_FORMAT_JSON, 0), GAC_EARG);
	gac_break_even_free(be);
}
END_TEST

START_TEST(default_range_by_kind)
{
	double lo = -1, hi = -1;
	/* an amount accepting 0: 0 to 100 × the 1M now */
	ck_assert_int_eq(gac_break_even_default_range(&lo, &hi, sc, sheet, "workloads.w.requests_per_month"), GAC_OK);
	ck_assert(lo == 0 && hi == 100e6);
	/* a fraction: 0 to 1 */
	ck_assert_int_eq(gac_break_even_default_range(&lo, &hi, sc, sheet, "workloads.w.response_cache_hit_rate"), GAC_OK);
	ck_assert_msg(lo == 0 && hi == 1, "%g %g", lo, hi);
	/* a count refusing 0: 1 to 100 × max(1, the 1 unit now) */
	ck_assert_int_eq(gac_break_even_default_range(&lo, &hi, sc, sheet, "deployment.model_units"), GAC_OK);
	ck_assert(lo == 1 && hi == 100);
	/* bounded (hours in a month, at most 744): 73,000 refused, the
	 * double 1,460 too, halved towards lo until taken */
	ck_assert_int_eq(gac_break_even_default_range(&lo, &hi, sc, sheet, "hours_per_month"), GAC_OK);
	ck_assert(hi <= 744 && hi >= 730);
	/* ended below a context window of 200,000 tokens: 100 × 3,000 input
	 * tokens is refused, bisected down to the last value priced */
	static const char windowed[] = "genaicost: pricesheet/1\nname: t\ncurrency: USD\nas_of: 2025-02-28\n"
	                               "sources: [hand]\nmodels:\n  - id: m.instant\n    regions: [us-east-1]\n"
	                               "    per: 1K\n    input: 0.0008\n    output: 0.0024\n"
	                               "    context_window: 200000\n";
	gac_sheet *w = NULL;
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&w, windowed, strlen(windowed), "w.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.input_tokens", "3000", &e), GAC_OK);
	ck_assert_int_eq(gac_break_even_default_range(&lo, &hi, sc, w, "workloads.w.input_tokens"), GAC_OK);
	ck_assert_msg(lo == 0 && hi > 199000 && hi <= 200000, "%g %g", lo, hi);
	ck_assert_int_eq(gac_break_even_default_range(&lo, &hi, sc, sheet, "workloads.w.input_tokens"), GAC_OK);
	ck_assert(hi == 300000);
	gac_sheet_free(w);
	ck_assert_int_eq(gac_break_even_default_range(&lo, &hi, sc, sheet, "region"), GAC_EPARAM);
	ck_assert_int_eq(gac_break_even_default_range(&lo, &hi, sc, sheet, "workloads.w.nope"), GAC_EPARAM);
	ck_assert_int_eq(gac_break_even_default_range(NULL, &hi, sc, sheet, "hours_per_month"), GAC_EARG);
}
END_TEST

Suite *suite_breakeven(void)
{
	Suite *s = suite_create("breakeven");
	TCase *t = tcase_create("solve");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, provisioned_closed_form);
	tcase_add_test(t, capacity_limit_closed_form);
	tcase_add_test(t, no_crossing);
	tcase_add_test(t, capacity_range_starts_above_zero);
	tcase_add_test(t, crossings_from_model_unit_steps);
	tcase_add_test(t, bad_requests);
	tcase_add_test(t, report_names_and_figures);
	tcase_add_test(t, default_range_by_kind);
	tcase_add_test(t, plan_solve_closed_form);
	tcase_add_test(t, plan_solve_unit_step_falls_back);
	tcase_add_test(t, plan_solve_capacity_limit);
	tcase_add_test(t, plan_solve_engine_where_no_formula);
	suite_add_tcase(s, t);
	return s;
}

/* Options and side-by-side comparison, through parameter paths only. */
#include "tests.h"

#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.big\n"
	"    regions: [us-east-1, us-west-2]\n"
	"    per: 1M\n"
	"    input: 3\n"
	"    output: 15\n"
	"    batch_discount: 50%\n"
	"  - id: m.small\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 0.8\n"
	"    output: 4\n"
	"    model_unit_hour: {1_month: 39.6, 6_month: 22.0}\n";

static const char scen_yaml[] =
	"genaicost: scenario/1\n"
	"name: opts\n"
	"workloads:\n"
	"  - name: chat\n"
	"    model: m.big\n"
	"    requests_per_month: 1M\n"
	"    input_tokens: 1000\n"
	"    output_tokens: 100\n"
	"options:\n"
	"  - name: small\n"
	"    set:\n"
	"      workloads.chat.model: m.small\n"
	"  - name: half-batch\n"
	"    description: half through batch\n"
	"    set: {workloads.chat.batch_fraction: 50%}\n"
	"  - name: reserved\n"
	"    set:\n"
	"      workloads.chat.model: m.small\n"
	"      deployment.mode: provisioned\n"
	"      deployment.commitment: 6-month\n"
	"      deployment.model_units: 2\n";

static gac_sheet *sheet;
static gac_scenario *sc;

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
	ck_assert_msg(gac_scenario_load_buffer(&sc, scen_yaml, strlen(scen_yaml), "s.yaml", &e) == GAC_OK,
	              "%s", e.message);
}

static void teardown(void)
{
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
}

START_TEST(options_listed_and_applied)
{
	ck_assert_uint_eq(gac_scenario_option_count(sc), 3);
	ck_assert_str_eq(gac_scenario_option_name(sc, 1), "half-batch");
	ck_assert_ptr_null(gac_scenario_option_name(sc, 3));
	gac_scenario *v = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_with_option(&v, sc, "reserved", &e), GAC_OK);
	double x;
	ck_assert_int_eq(gac_scenario_get_number(&x, v, "deployment.model_units"), GAC_OK);
	ck_assert(x == 2);
	ck_assert_int_eq(gac_scenario_get_number(&x, v, "deployment.mode"), GAC_OK);
	ck_assert(x == 2);
	/* the original is untouched */
	ck_assert_int_eq(gac_scenario_get_number(&x, sc, "deployment.model_units"), GAC_OK);
	ck_assert(x == 1);
	gac_scenario_free(v);
	ck_assert_int_eq(gac_scenario_with_option(&v, sc, "baseline", &e), GAC_OK);
	gac_scenario_free(v);
	ck_assert_int_eq(gac_scenario_with_option(&v, sc, "nope", &e), GAC_EPARAM);
	ck_assert_ptr_null(v);
	ck_assert_ptr_nonnull(strstr(e.message, "options: baseline, small, half-batch, reserved"));
}
END_TEST

START_TEST(compare_figures)
{
	/* baseline: 1M × (1000 × 3 + 100 × 15) / 1M = 4500
	 * small:    1M × (1000 × 0.8 + 100 × 4) / 1M = 1200
	 * half-batch: 2250 real-time + 2250 × 0.5 batch = 3375
	 * reserved: 2 units × 730 h × 22 = 32120 */
	gac_comparison *c = NULL;
	gac_error e;
	ck_assert_int_eq(gac_compare(&c, sc, sheet, &e), GAC_OK);
	ck_assert_uint_eq(gac_comparison_count(c), 4);
	ck_assert_str_eq(gac_comparison_name(c, 0), "baseline");
	ck_assert_rel(gac_result_total(gac_comparison_result(c, 0)), 4500, 1e-12);
	ck_assert_rel(gac_result_total(gac_comparison_result(c, 1)), 1200, 1e-12);
	ck_assert_rel(gac_result_total(gac_comparison_result(c, 2)), 3375, 1e-12);
	ck_assert_rel(gac_result_total(gac_comparison_result(c, 3)), 32120, 1e-12);
	ck_assert_uint_eq(gac_comparison_cheapest(c), 1);
	ck_assert_ptr_null(gac_comparison_result(c, 4));

	char *t = NULL;
	ck_assert_int_eq(gac_report_compare(&t, c, sc, sheet, GAC_FORMAT_TABLE, 0, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "small (cheapest)"));
	ck_assert_ptr_nonnull(strstr(t, "-$3,300.00"));
	ck_assert_ptr_nonnull(strstr(t, "-73.3%"));
	ck_assert_ptr_nonnull(strstr(t, "+$27,620.00"));
	ck_assert_ptr_nonnull(strstr(t, "Cheapest: small at $1,200.00, $3,300.00 (73.3%) less than the baseline."));
	gac_free(t);
	ck_assert_int_eq(gac_report_compare(&t, c, sc, sheet, GAC_FORMAT_CSV, 0, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "Option,Region,Monthly cost,Change,Change %,under_capacity\r\n"));
	ck_assert_ptr_nonnull(strstr(t, "half-batch,us-east-1,3375,-1125,-25,false\r\n"));
	gac_free(t);
	ck_assert_int_eq(gac_report_compare(&t, c, sc, sheet, GAC_FORMAT_JSON, 0, 0), GAC_OK);
	json_t *root = json_loads(t, 0, NULL);
	ck_assert_ptr_nonnull(root);
	ck_assert_str_eq(json_string_value(json_object_get(root, "genaicost")), "compare/1");
	ck_assert_str_eq(json_string_value(json_object_get(root, "cheapest")), "small");
	json_t *opts = json_object_get(root, "options");
	ck_assert_uint_eq(json_array_size(opts), 4);
	json_t *r = json_array_get(opts, 3);
	ck_assert_str_eq(json_string_value(json_object_get(r, "name")), "reserved");
	ck_assert(json_real_value(json_object_get(r, "total")) == 32120);
	ck_assert(json_real_value(json_object_get(r, "delta")) == 27620);
	ck_assert_uint_eq(json_array_size(json_object_get(r, "lines")), 1);
	json_decref(root);
	gac_free(t);
	gac_comparison_free(c);
	gac_comparison_free(NULL);
}
END_TEST

/* 100M requests of 1,000 + 100 tokens over 730 × 60 = 43,800 minutes:
 * 1e11 / 43,800 = 2,283,105.02 input tokens/min at peak; a unit serves 2M,
 * so ceil(1.14) = 2 units are needed (output 228,310.5 of 1M: 1).
 *   baseline on demand: 100M × (1000 × 0.8 + 100 × 4) / 1M = 120,000
 *   one-unit:  1 × 730 × 22 = 16,060, under capacity (needs 2)
 *   two-units: 2 × 730 × 22 = 32,120, carries the load */
static const char cap_yaml[] =
	"genaicost: scenario/1\n"
	"name: cap\n"
	"workloads:\n"
	"  - name: chat\n"
	"    model: m.small\n"
	"    requests_per_month: 100M\n"
	"    input_tokens: 1000\n"
	"    output_tokens: 100\n"
	"deployment:\n"
	"  model_unit_input_tpm: 2M\n"
	"  model_unit_output_tpm: 1M\n"
	"options:\n"
	"  - name: one-unit\n"
	"    set: {deployment.mode: provisioned, deployment.commitment: 6-month, deployment.model_units: 1}\n"
	"  - name: two-units\n"
	"    set: {deployment.mode: provisioned, deployment.commitment: 6-month, deployment.model_units: 2}\n";

START_TEST(cheapest_carries_the_load)
{
	gac_scenario *s = NULL;
	gac_comparison *c = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_load_buffer(&s, cap_yaml, strlen(cap_yaml), "cap.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_compare(&c, s, sheet, &e), GAC_OK);
	ck_assert_rel(gac_result_total(gac_comparison_result(c, 0)), 120000, 1e-12);
	ck_assert_rel(gac_result_total(gac_comparison_result(c, 1)), 16060, 1e-12);
	ck_assert_rel(gac_result_total(gac_comparison_result(c, 2)), 32120, 1e-12);
	double need = 0;
	ck_assert_int_eq(gac_result_under_capacity(gac_comparison_result(c, 1), &need), 1);
	ck_assert(need == 2);
	ck_assert_int_eq(gac_result_under_capacity(gac_comparison_result(c, 2), NULL), 0);
	/* the cheapest total (one-unit) does not carry the load: two-units is named */
	ck_assert_uint_eq(gac_comparison_cheapest(c), 2);
	char *t = NULL;
	ck_assert_int_eq(gac_report_compare(&t, c, s, sheet, GAC_FORMAT_TABLE, 0, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "one-unit TOO FEW (needs 2 units)"));
	ck_assert_ptr_nonnull(strstr(t, "two-units (cheapest)"));
	ck_assert_ptr_nonnull(strstr(t, "Cheapest: two-units at $32,120.00"));
	gac_free(t);
	ck_assert_int_eq(gac_report_compare(&t, c, s, sheet, GAC_FORMAT_CSV, 0, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "Option,Region,Monthly cost,Change,Change %,under_capacity\r\n"));
	ck_assert_ptr_nonnull(strstr(t, "one-unit,us-east-1,16060,-103940,"));
	ck_assert_ptr_nonnull(strstr(t, ",true\r\ntwo-units,"));
	gac_free(t);
	ck_assert_int_eq(gac_report_compare(&t, c, s, sheet, GAC_FORMAT_JSON, 0, 0), GAC_OK);
	json_t *root = json_loads(t, 0, NULL);
	ck_assert_str_eq(json_string_value(json_object_get(root, "cheapest")), "two-units");
	json_t *o1 = json_array_get(json_object_get(root, "options"), 1);
	ck_assert(json_is_true(json_object_get(o1, "under_capacity")));
	json_t *p = json_array_get(json_object_get(o1, "provisioned"), 0);
	ck_assert(json_real_value(json_object_get(p, "units")) == 1);
	ck_assert(json_real_value(json_object_get(p, "units_needed")) == 2);
	ck_assert(json_is_true(json_object_get(p, "under_capacity")));
	ck_assert(json_is_false(json_object_get(json_array_get(json_object_get(root, "options"), 2), "under_capacity")));
	json_decref(root);
	gac_free(t);
	gac_comparison_free(c);
	gac_scenario_free(s);
	/* the baseline on one unit too, and the second option on one unit:
	 * no option carries the load, so none is the cheapest */
	static const char none_yaml[] =
		"genaicost: scenario/1\n"
		"name: none\n"
		"workloads:\n"
		"  - {name: chat, model: m.small, requests_per_month: 100M, input_tokens: 1000, output_tokens: 100}\n"
		"deployment: {mode: provisioned, commitment: 6-month, model_units: 1,\n"
		"             model_unit_input_tpm: 2M, model_unit_output_tpm: 1M}\n"
		"options:\n"
		"  - name: month\n"
		"    set: {deployment.commitment: 1-month}\n";
	ck_assert_int_eq(gac_scenario_load_buffer(&s, none_yaml, strlen(none_yaml), "none.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_compare(&c, s, sheet, &e), GAC_OK);
	ck_assert_uint_eq(gac_comparison_cheapest(c), SIZE_MAX);
	ck_assert_int_eq(gac_report_compare(&t, c, s, sheet, GAC_FORMAT_TABLE, 0, 0), GAC_OK);
	ck_assert_ptr_null(strstr(t, "(cheapest)"));
	ck_assert_ptr_nonnull(strstr(t, "Cheapest: none: no option carries the peak load"));
	gac_free(t);
	ck_assert_int_eq(gac_report_compare(&t, c, s, sheet, GAC_FORMAT_JSON, 0, 0), GAC_OK);
	root = json_loads(t, 0, NULL);
	ck_assert(json_is_null(json_object_get(root, "cheapest")));
	json_decref(root);
	gac_free(t);
	gac_comparison_free(c);
	gac_scenario_free(s);
	ck_assert_uint_eq(gac_comparison_cheapest(NULL), SIZE_MAX);
}
END_TEST

/* Load `yaml` as a scenario and expect `st` at line:col with `msg`. */
static void expect_bad(const char *yaml, gac_status st, unsigned line, unsigned col, const char *msg)
{
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "b.yaml", &e), st);
	ck_assert_ptr_null(s);
	ck_assert_uint_eq(e.line, line);
	ck_assert_uint_eq(e.column, col);
	ck_assert_msg(strstr(e.message, msg) != NULL, "message '%s' lacks '%s'", e.message, msg);
}

#define HEAD                      \
	"genaicost: scenario/1\n"     \
	"workloads:\n"                \
	"  - name: chat\n"            \
	"    model: m.big\n"          \
	"    requests_per_month: 1\n" \
	"options:\n"

/* An option that changes deployment.mode leaves the baseline's fields of
 * the mode it leaves behind, unless it sets them too: over a provisioned
 * baseline (m.small, 6-month commitment, 2 units: 2 × 730 h × 22 =
 * 32,120), on demand is 1M × (1000 × 0.8 + 100 × 4) / 1M = 1,200, not a
 * commitment refused without provisioned throughput. */
START_TEST(option_leaves_a_mode)
{
	static const char y[] = "genaicost: scenario/1\n"
	                        "name: leave\n"
	                        "deployment: {mode: provisioned, commitment: 6-month, model_units: 2}\n"
	                        "workloads:\n"
	                        "  - {name: chat, model: m.small, requests_per_month: 1M, input_tokens: 1000, "
	                        "output_tokens: 100}\n"
	                        "options:\n"
	                        "  - {name: od, set: {deployment.mode: on-demand}}\n"
	                        "  - {name: od-kept, set: {deployment.mode: on-demand, deployment.commitment: 6-month}}\n";
	gac_scenario *base = NULL, *v = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&base, y, strlen(y), "leave.yaml", &e) == GAC_OK, "%s", e.message);
	double x, total;
	ck_assert_int_eq(gac_estimate_total(&total, base, sheet, &e), GAC_OK);
	ck_assert_double_eq_tol(total, 32120, 1e-9);
	ck_assert_int_eq(gac_scenario_with_option(&v, base, "od", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_get_number(&x, v, "deployment.commitment"), GAC_OK);
	ck_assert(x == 0);
	ck_assert_int_eq(gac_scenario_get_number(&x, v, "deployment.model_units"), GAC_OK);
	ck_assert(x == 1);
	ck_assert_int_eq(gac_estimate_total(&total, v, sheet, &e), GAC_OK);
	ck_assert_double_eq_tol(total, 1200, 1e-9);
	gac_scenario_free(v);
	/* a commitment the option writes itself is still refused, at its place */
	ck_assert_int_eq(gac_scenario_with_option(&v, base, "od-kept", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate_total(&total, v, sheet, &e), GAC_EVALUE);
	ck_assert_msg(strstr(e.message, "deployment.commitment is 6-month but deployment.mode is on-demand"), "%s",
	              e.message);
	ck_assert_uint_eq(e.line, 8);
	gac_scenario_free(v);
	gac_scenario_free(base);
}
END_TEST

START_TEST(bad_options)
{
	/* an unknown path is placed at its key (8:11), not at its value (8:40) */
	expect_bad(HEAD "  - name: x\n    set: {workloads.chat.output_tokns: 5}\n", GAC_ESCHEMA, 8, 11,
	           "option 'x': unknown parameter 'workloads.chat.output_tokns' (did you mean "
	           "'workloads.chat.output_tokens'?)");
	expect_bad(HEAD "  - name: x\n    set:\n      deployment.mode: batch\n      workloads.*.output_tokns: 5\n",
	           GAC_ESCHEMA, 10, 7, "option 'x': 'workloads.*.output_tokns' matches no parameter of this scenario "
	           "(did you mean 'workloads.*.output_tokens'?)");
	/* a refused value stays at the value */
	expect_bad(HEAD "  - name: x\n    set:\n      deployment.mode: fast\n", GAC_EVALUE, 9, 24,
	           "deployment.mode must be one of on-demand, batch, provisioned");
	expect_bad(HEAD "  - name: baseline\n    set: {}\n", GAC_EVALUE, 7, 11, "not be 'baseline'");
	expect_bad(HEAD "  - name: x\n    set: {}\n  - name: x\n    set: {}\n", GAC_ESCHEMA, 9, 11,
	           "option 'x' is declared twice");
	expect_bad(HEAD "  - name: x\n", GAC_ESCHEMA, 7, 5, "needs 'set'");
	expect_bad(HEAD "  - name: x\n    sett: {}\n", GAC_ESCHEMA, 8, 5, "did you mean 'set'?");
	expect_bad(HEAD "  - name: x\n    set: {workloads.chat.input_tokens: [1]}\n", GAC_ESCHEMA, 8, 40,
	           "must be a scalar");
}
END_TEST

Suite *suite_options(void)
{
	Suite *s = suite_create("options");
	TCase *t = tcase_create("compare");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, options_listed_and_applied);
	tcase_add_test(t, compare_figures);
	tcase_add_test(t, cheapest_carries_the_load);
	tcase_add_test(t, option_leaves_a_mode);
	suite_add_tcase(s, t);
	TCase *b = tcase_create("bad");
	tcase_add_test(b, bad_options);
	suite_add_tcase(s, b);
	return s;
}

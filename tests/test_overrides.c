/* pricing_overrides: discounts and private prices against figures
 * computed by hand. */
#include "tests.h"
#include "internal.h"
#include "forecast.h"

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
	"  - id: m.a\n"
	"    vendor: acme\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 2\n"
	"    output: 10\n"
	"    model_unit_hour: {1_month: 40}\n"
	"    model_unit_capacity: {input_tpm: 1M, output_tpm: 1M}\n"
	"    customization: {training_per_1k_tokens: 0.004, storage_per_month: 2}\n"
	"  - id: m.b\n"
	"    vendor: beta\n"
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.001\n"
	"    output: 0.004\n"
	"  - id: m.c\n"
	"    vendor: acme\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 2\n"
	"    output: 10\n"
	"data_transfer: {source: hand, inter_az_per_gb: 0.01}\n";

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

/* 1000 requests of 1000 input and 100 output tokens: 1M input, 0.1M output */
#define WORKLOAD(name, model) \
	"  - name: " name "\n    model: " model "\n    requests_per_month: 1000\n" \
	"    input_tokens: 1000\n    output_tokens: 100\n"

static gac_scenario *load(const char *yaml)
{
	gac_scenario *s = NULL;
	gac_error e;
	gac_status st = gac_scenario_load_buffer(&s, yaml, strlen(yaml), "s.yaml", &e);
	ck_assert_msg(st == GAC_OK, "%s", e.message);
	return s;
}

static gac_result *price(const gac_scenario *s)
{
	gac_result *r = NULL;
	gac_error e;
	gac_status st = gac_estimate(&r, s, sheet, &e);
	ck_assert_msg(st == GAC_OK, "%s", e.message);
	/* a quiet estimate (sweeps, Monte Carlo) bills the same */
	double total = 0;
	ck_assert_int_eq(gac_estimate_total(&total, s, sheet, &e), GAC_OK);
	ck_assert_rel(total, gac_result_total(r), 1e-15);
	return r;
}

static const gac_line *find(const gac_result *r, const char *workload, const char *component)
{
	for (size_t i = 0; i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		if (!strcmp(l->workload, workload) && !strcmp(l->component, component))
			return l;
	}
	ck_abort_msg("no line %s / %s", workload, component);
	return NULL;
}

/* 12% off a mixed bill: on demand 1M × 2 + 0.1M × 10 = 3, one model
 * unit for 730 h at 40 = 29,200; list 29,203, billed × 0.88 = 25,698.64 */
START_TEST(discount_mixed)
{
	gac_scenario *s = load("genaicost: scenario/1\n"
	                       "pricing_overrides: {discount: 12%}\n"
	                       "workloads:\n" WORKLOAD("chat", "m.a") WORKLOAD("pt", "m.a")
	                       "    deployment: {mode: provisioned, commitment: 1-month, model_units: 1}\n");
	gac_result *r = price(s);
	ck_assert_int_eq(gac_result_has_overrides(r), 1);
	ck_assert_rel(gac_result_list_total(r), 29203.0, 1e-12);
	ck_assert_rel(gac_result_total(r), 25698.64, 1e-12);
	const gac_line *l = find(r, "pt", "provisioned throughput");
	ck_assert_rel(l->list_price, 40.0, 1e-15);
	ck_assert_rel(l->unit_price, 35.2, 1e-15);
	ck_assert_rel(l->cost, 730 * 35.2, 1e-15);
	ck_assert_ptr_nonnull(strstr(l->formula, "list 40 × (1 − 12% account-wide discount) = 35.2"));
	/* the commitment's figures are at the price billed */
	const gac_provisioned *p = gac_result_provisioned(r, 0);
	ck_assert_rel(p->monthly_cost, 25696.0, 1e-12);
	ck_assert_rel(p->locked_in, 25696.0, 1e-12);
	l = find(r, "chat", "output tokens");
	ck_assert_rel(l->unit_price, 8.8, 1e-15);
	ck_assert_rel(l->cost, 0.88, 1e-14);
	gac_result_free(r);
	gac_scenario_free(s);
}
END_TEST

/* A private price replaces the list price, in the sheet's unit: 0.5 and
 * 3 per 1M are 0.0005 and 0.003 per 1K; 1000 × 0.0005 + 100 × 0.003 =
 * 0.8, then 10% off everything: 0.72; exclusive: true keeps 0.8. */
START_TEST(private_price)
{
	static const char fmt[] = "genaicost: scenario/1\n"
	                          "pricing_overrides:\n"
	                          "  discount: 10%%\n"
	                          "  discounts: [{vendor: beta, discount: 50%%}]\n"
	                          "  prices:\n"
	                          "    m.b: {per: 1M, input: 0.5, output: 3%s}\n"
	                          "workloads:\n" WORKLOAD("chat", "m.b");
	char yaml[512];
	snprintf(yaml, sizeof yaml, fmt, "");
	gac_scenario *s = load(yaml);
	gac_result *r = price(s);
	/* list: 1000 × 0.001 + 100 × 0.004 = 1.4 */
	ck_assert_rel(gac_result_list_total(r), 1.4, 1e-14);
	ck_assert_rel(gac_result_total(r), 0.72, 1e-14);
	const gac_line *l = find(r, "chat", "input tokens");
	ck_assert_rel(l->unit_price, 0.00045, 1e-14);
	ck_assert_rel(l->list_price, 0.001, 1e-15);
	ck_assert_ptr_nonnull(strstr(l->formula, "private price 0.5 USD per 1M tokens"));
	gac_result_free(r);
	gac_scenario_free(s);
	snprintf(yaml, sizeof yaml, fmt, ", exclusive: true");
	s = load(yaml);
	r = price(s);
	ck_assert_rel(gac_result_total(r), 0.8, 1e-14);
	gac_result_free(r);
	gac_scenario_free(s);
}
END_TEST

/* The most specific discount wins, then the account-wide one stacks:
 *   m.a input:  model 30%             2 × 0.7 × 0.9 = 1.26
 *   m.a output: model 30% (beats vendor+price 25%) 10 × 0.7 × 0.9 = 6.3
 *   m.c input:  vendor 20%            2 × 0.8 × 0.9 = 1.44
 *   m.c output: vendor+price 25%      10 × 0.75 × 0.9 = 6.75
 *   m.b output: price 5%              0.004 × 0.95 × 0.9 = 0.00342
 *   m.b input:  nothing but 10%       0.001 × 0.9 = 0.0009 */
START_TEST(most_specific_wins)
{
	gac_scenario *s = load("genaicost: scenario/1\n"
	                       "pricing_overrides:\n"
	                       "  discount: 0.1\n"
	                       "  discounts:\n"
	                       "    - {price: output, discount: 5%}\n"
	                       "    - {vendor: acme, price: output, discount: 25%}\n"
	                       "    - {vendor: acme, discount: 20%}\n"
	                       "    - {model: m.a, discount: 30%}\n"
	                       "workloads:\n" WORKLOAD("a", "m.a") WORKLOAD("b", "m.b") WORKLOAD("c", "m.c"));
	gac_result *r = price(s);
	ck_assert_rel(find(r, "a", "input tokens")->unit_price, 1.26, 1e-14);
	ck_assert_rel(find(r, "a", "output tokens")->unit_price, 6.3, 1e-14);
	ck_assert_rel(find(r, "c", "input tokens")->unit_price, 1.44, 1e-14);
	ck_assert_rel(find(r, "c", "output tokens")->unit_price, 6.75, 1e-14);
	ck_assert_rel(find(r, "b", "output tokens")->unit_price, 0.00342, 1e-14);
	ck_assert_rel(find(r, "b", "input tokens")->unit_price, 0.0009, 1e-14);
	/* 1.26 + 0.63 + 1.44 + 0.675 + 0.342 + 0.9 = 5.247 */
	ck_assert_rel(gac_result_total(r), 5.247, 1e-14);
	ck_assert_ptr_nonnull(strstr(find(r, "c", "output tokens")->formula,
	                             "× (1 − 25% discount for vendor acme output prices, pricing_overrides.discounts.2)"));
	gac_result_free(r);
	gac_scenario_free(s);
}
END_TEST

/* Each discount and private price is a parameter: --set, sweeps and
 * Monte Carlo reach it; without pricing_overrides there is none, and the
 * path still takes a --set. */
START_TEST(parameters)
{
	gac_scenario *s = load("genaicost: scenario/1\nworkloads:\n" WORKLOAD("chat", "m.a"));
	size_t plain = gac_scenario_param_count(s);
	gac_result *r = price(s);
	ck_assert_int_eq(gac_result_has_overrides(r), 0);
	ck_assert_rel(gac_result_list_total(r), gac_result_total(r), 0);
	gac_result_free(r);
	char hash[17];
	memcpy(hash, gac_scenario_hash(s), sizeof hash);
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(s, "pricing_overrides.discount", "25%", &e), GAC_OK);
	ck_assert_str_ne(gac_scenario_hash(s), hash);  /* a baseline knows */
	ck_assert_uint_eq(gac_scenario_param_count(s), plain + 1);
	r = price(s);
	ck_assert_rel(gac_result_total(r), 3 * 0.75, 1e-14);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(s, "pricing_overrides.discount", "101%", &e), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_set(s, "pricing_overrides.discounts.1.discount", "1%", &e), GAC_EPARAM);
	gac_scenario_free(s);

	s = load("genaicost: scenario/1\n"
	         "pricing_overrides:\n"
	         "  discounts: [{model: m.a, discount: 10%}]\n"
	         "  prices: {m.b: {input: 0.002}}\n"
	         "workloads:\n" WORKLOAD("chat", "m.a"));
	ck_assert_uint_eq(gac_scenario_param_count(s), plain + 3);
	ck_assert_str_eq(gac_scenario_param_path(s, plain), "pricing_overrides.discount");
	ck_assert_str_eq(gac_scenario_param_path(s, plain + 1), "pricing_overrides.discounts.1.discount");
	ck_assert_str_eq(gac_scenario_param_path(s, plain + 2), "pricing_overrides.prices.m.b.input");
	double v;
	ck_assert_int_eq(gac_scenario_get_number(&v, s, "pricing_overrides.discounts.1.discount"), GAC_OK);
	ck_assert_rel(v, 0.1, 0);
	ck_assert_int_eq(gac_scenario_set_number(s, "pricing_overrides.discounts.1.discount", 0.5, &e), GAC_OK);
	/* a copy (an option, a Monte Carlo trial) prices as the original */
	gac_scenario *c = NULL;
	ck_assert_int_eq(gac_scenario_clone(&c, s), GAC_OK);
	r = price(c);
	ck_assert_rel(gac_result_total(r), 1.5, 1e-14);
	gac_result_free(r);
	gac_scenario_free(c);
	gac_scenario_free(s);
}
END_TEST

/* Training is a one-time amount: its net (for the total cost of
 * ownership) is discounted as its line is.  1M training tokens = 1,000 1K
 * at 0.004 list, 50% off training, then 10%: 0.0018 a 1K, one time 1.8
 * (spread 1.8 ÷ 12 a month); storage 2 × 0.9 = 1.8; 730 model-unit hours
 * at 40 × 0.9 = 36: 26,280; 100 GB across AZs, billed twice, at 0.01 less
 * 25% and 10%: 200 × 0.00675 = 1.35.  Month 1 of the TCO: 26,280 + 1.8
 * + 1.35 + the 1.8 paid once = 26,284.95. */
START_TEST(one_time_and_transfer)
{
	gac_scenario *s = load("genaicost: scenario/1\n"
	                       "pricing_overrides:\n"
	                       "  discount: 10%\n"
	                       "  discounts: [{price: training, discount: 50%}, {price: data_transfer, discount: 25%}]\n"
	                       "traffic: {cross_az_gb: 100}\n"
	                       "topology: {strategy: multi-az, azs_per_region: 2}\n"
	                       "customizations:\n"
	                       "  - {name: tuned, kind: fine-tune, base_model: m.a, training_tokens: 1M}\n"
	                       "workloads:\n" WORKLOAD("w", "custom:tuned")
	                       "    deployment: {mode: provisioned, commitment: 1-month, model_units: 1}\n");
	gac_result *r = price(s);
	const gac_line *l = find(r, "tuned", "fine-tuning (training)");
	ck_assert_rel(l->unit_price, 0.0018, 1e-14);
	ck_assert_rel(l->one_time, 1.8, 1e-14);
	ck_assert_rel(l->cost, 1.8 / 12, 1e-14);
	ck_assert_rel(find(r, "tuned", "custom model storage")->cost, 1.8, 1e-14);
	ck_assert_rel(find(r, "*", "inter-AZ data transfer")->cost, 1.35, 1e-14);
	double tco[2];
	ck_assert_int_eq(gac_result_tco(tco, 2, r), GAC_OK);
	ck_assert_rel(tco[0], 26284.95, 1e-12);
	ck_assert_rel(tco[1] - tco[0], 26280 + 1.8 + 1.35, 1e-12);
	gac_result_free(r);
	gac_scenario_free(s);
}
END_TEST

static gac_status load_error(const char *yaml, gac_error *e)
{
	gac_scenario *s = NULL;
	gac_status st = gac_scenario_load_buffer(&s, yaml, strlen(yaml), "s.yaml", e);
	if (st == GAC_OK) {
		gac_result *r = NULL;
		st = gac_estimate(&r, s, sheet, e);
		gac_result_free(r);
	}
	gac_scenario_free(s);
	return st;
}

START_TEST(errors)
{
	gac_error e;
	ck_assert_int_eq(load_error("genaicost: scenario/1\n"
	                            "pricing_overrides:\n"
	                            "  discounts:\n"
	                            "    - {vendor: acme, discount: 120%}\n"
	                            "workloads:\n" WORKLOAD("chat", "m.a"), &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 32);
	ck_assert_ptr_nonnull(strstr(e.message, "a discount from 0 to 100% (got 120%)"));
	ck_assert_int_eq(load_error("genaicost: scenario/1\n"
	                            "pricing_overrides: {discounts: [{price: ouptut, discount: 5%}]}\n"
	                            "workloads:\n" WORKLOAD("chat", "m.a"), &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "unknown price kind 'ouptut' (did you mean 'output'?)"));
	/* a private price ten times the list price is a unit written wrong:
	 * m.b is per 1K at 0.001, so input 0.01 per 1K is 10 times it (line
	 * 4, the value at column 18); 0.0099 (9.9 times) is a price */
	ck_assert_int_eq(load_error("genaicost: scenario/1\n"
	                            "pricing_overrides:\n"
	                            "  prices:\n"
	                            "    m.b: {input: 0.01}\n"
	                            "workloads:\n" WORKLOAD("chat", "m.b"), &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 18);
	ck_assert_str_eq(e.message, "pricing_overrides.prices: m.b input is 0.01 per 1K tokens, 10 times the list price "
	                            "(0.001 in us-east-1); a private price is per 1K tokens, the sheet's unit, unless the "
	                            "entry says per: 1M");
	ck_assert_int_eq(load_error("genaicost: scenario/1\n"
	                            "pricing_overrides: {prices: {m.b: {input: 0.0099}}}\n"
	                            "workloads:\n" WORKLOAD("chat", "m.b"), &e), GAC_OK);
	/* per: 1M converts before comparing: m.a is 2 per 1M, 19.99 per 1M passes */
	ck_assert_int_eq(load_error("genaicost: scenario/1\n"
	                            "pricing_overrides: {prices: {m.a: {per: 1M, input: 19.99}}}\n"
	                            "workloads:\n" WORKLOAD("chat", "m.a"), &e), GAC_OK);
	ck_assert_int_eq(load_error("genaicost: scenario/1\n"
	                            "pricing_overrides:\n"
	                            "  prices:\n"
	                            "    m.x: {input: 1}\n"
	                            "workloads:\n" WORKLOAD("chat", "m.a"), &e), GAC_EMODEL);
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 5);
	ck_assert_ptr_nonnull(strstr(e.message, "unknown model 'm.x'"));
	ck_assert_ptr_nonnull(strstr(e.message, "similar ids: 'm.a'"));
	ck_assert_int_eq(load_error("genaicost: scenario/1\n"
	                            "pricing_overrides: {discounts: [{vendor: beta, model: m.a, discount: 5%}]}\n"
	                            "workloads:\n" WORKLOAD("chat", "m.a"), &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "would never apply"));
	ck_assert_int_eq(load_error("genaicost: scenario/1\n"
	                            "pricing_overrides: {discounts: [{price: input, discount: 5%}, "
	                            "{price: input, discount: 6%}]}\n"
	                            "workloads:\n" WORKLOAD("chat", "m.a"), &e), GAC_ESCHEMA);
	ck_assert_int_eq(load_error("genaicost: scenario/1\n"
	                            "pricing_overrides: {prices: {m.a: {per: 1M}}}\n"
	                            "workloads:\n" WORKLOAD("chat", "m.a"), &e), GAC_ESCHEMA);
}
END_TEST

static double jnum(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	ck_assert_msg(json_is_number(v), "no number %s", key);
	return json_number_value(v);
}

/* Every report that shows a total shows the bill at list prices and the
 * saving.  m.a: 1M input × 2 + 0.1M output × 10 per 1M = 3 list; m.b:
 * 1,000 1K input × 0.001 + 100 × 0.004 = 1.4 list, its input at the
 * private 0.0005: 0.5 + 0.4 = 0.9.  List 4.4 on every option.
 *   baseline, 12% EDP: (3 + 0.9) × 0.88 = 3.432, saving 0.968
 *   none, no EDP:       3 + 0.9      = 3.9,   saving 0.5
 *   deep, 25% EDP:     3.9 × 0.75    = 2.925, saving 1.475 */
START_TEST(reports_show_list)
{
	gac_scenario *s = load("genaicost: scenario/1\n"
	                       "pricing_overrides:\n"
	                       "  discount: 12%\n"
	                       "  prices: {m.b: {input: 0.0005}}\n"
	                       "workloads:\n" WORKLOAD("chat", "m.a") WORKLOAD("side", "m.b")
	                       "options:\n"
	                       "  - {name: none, set: {pricing_overrides.discount: 0}}\n"
	                       "  - {name: deep, set: {pricing_overrides.discount: 25%}}\n");
	gac_comparison *cmp = NULL;
	gac_error e;
	ck_assert_int_eq(gac_compare(&cmp, s, sheet, &e), GAC_OK);
	static const double total[] = {3.432, 3.9, 2.925}, saving[] = {0.968, 0.5, 1.475};
	for (size_t i = 0; i < 3; i++) {
		const gac_result *r = gac_comparison_result(cmp, i);
		ck_assert_rel(gac_result_total(r), total[i], 1e-14);
		ck_assert_rel(gac_result_list_total(r), 4.4, 1e-14);
	}
	char *text = NULL;
	ck_assert_int_eq(gac_report_compare(&text, cmp, s, sheet, GAC_FORMAT_JSON, 0, 0), GAC_OK);
	json_t *root = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(root);
	json_t *opts = json_object_get(root, "options");
	ck_assert_uint_eq(json_array_size(opts), 3);
	for (size_t i = 0; i < 3; i++) {
		json_t *o = json_array_get(opts, i);
		ck_assert_rel(jnum(o, "list_total"), 4.4, 1e-14);
		ck_assert_rel(jnum(o, "negotiated_saving"), saving[i], 1e-13);
	}
	json_decref(root);
	free(text);
	ck_assert_int_eq(gac_report_compare(&text, cmp, s, sheet, GAC_FORMAT_TABLE, 0, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "At list"));
	ck_assert_ptr_nonnull(strstr(text, "Saving"));
	ck_assert_ptr_nonnull(strstr(text, "$4.40"));
	ck_assert_ptr_nonnull(strstr(text, "$1.48"));  /* deep's 1.475, rounded only here */
	free(text);
	ck_assert_int_eq(gac_report_compare(&text, cmp, s, sheet, GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "  none: 4.4 − 3.9 = 0.5"));
	free(text);

	/* what-if from the baseline to no EDP: saving 0.968 -> 0.5 */
	const gac_result *a = gac_comparison_result(cmp, 0), *z = gac_comparison_result(cmp, 1);
	ck_assert_int_eq(gac_report_what_if(&text, a, z, NULL, 0, GAC_FORMAT_JSON, 0), GAC_OK);
	root = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(root);
	ck_assert_rel(jnum(root, "list_total_before"), 4.4, 1e-14);
	ck_assert_rel(jnum(root, "list_total_after"), 4.4, 1e-14);
	ck_assert_rel(jnum(root, "negotiated_saving_before"), 0.968, 1e-13);
	ck_assert_rel(jnum(root, "negotiated_saving_after"), 0.5, 1e-13);
	json_decref(root);
	free(text);
	ck_assert_int_eq(gac_report_what_if(&text, a, z, NULL, 0, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "At list prices: $4.40 → $4.40; negotiated saving $0.97 → $0.50"));
	free(text);
	gac_comparison_free(cmp);

	/* sensitivity: the total as written, 3.432, at list 4.4 */
	gac_sensitivity *sens = NULL;
	ck_assert_int_eq(gac_sensitivity_run(&sens, s, sheet, 0.2, &e), GAC_OK);
	ck_assert_rel(gac_sensitivity_list_base(sens), 4.4, 1e-14);
	ck_assert_int_eq(gac_report_sensitivity(&text, sens, 0.2, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "from a total of $3.43 ($4.40 at list prices, a negotiated saving of $0.97)"));
	free(text);
	gac_sensitivity_free(sens);

	/* forecast, 2 months without growth: 3.432 billed, 4.4 list a month;
	 * over both 8.8 at list, 1.936 saved */
	gac_forecast *fc = NULL;
	ck_assert_int_eq(gac_forecast_run(&fc, s, sheet, 2, &e), GAC_OK);
	ck_assert_int_eq(fc->has_list, 1);
	ck_assert_rel(fc->list[1], 4.4, 1e-14);
	ck_assert_rel(fc->months[1].total, 3.432, 1e-14);
	ck_assert_int_eq(gac_report_forecast(&text, fc, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "At list prices the 2 months cost $8.80; pricing_overrides save $1.94 of it."));
	free(text);
	gac_forecast_free(fc);
	gac_scenario_free(s);

	/* no pricing_overrides: no list columns, no keys */
	s = load("genaicost: scenario/1\nworkloads:\n" WORKLOAD("chat", "m.a")
	         "options:\n  - {name: more, set: {workloads.chat.requests_per_month: 2000}}\n");
	ck_assert_int_eq(gac_compare(&cmp, s, sheet, &e), GAC_OK);
	ck_assert_int_eq(gac_report_compare(&text, cmp, s, sheet, GAC_FORMAT_JSON, 0, 0), GAC_OK);
	ck_assert_ptr_null(strstr(text, "list_total"));
	free(text);
	ck_assert_int_eq(gac_report_compare(&text, cmp, s, sheet, GAC_FORMAT_TABLE, 0, 0), GAC_OK);
	ck_assert_ptr_null(strstr(text, "At list"));
	free(text);
	ck_assert_int_eq(gac_report_what_if(&text, gac_comparison_result(cmp, 0), gac_comparison_result(cmp, 1),
	                                    NULL, 0, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_null(strstr(text, "At list"));
	free(text);
	gac_comparison_free(cmp);
	gac_scenario_free(s);
}
END_TEST

/* A sweep of the EDP keeps each cell's total at list prices: m.a 3 and
 * m.b 1.4 list, 4.4 at every point; billed (3 + 0.9) × (1 − d) = 3.9,
 * 3.51, 3.12 at d = 0, 10%, 20%.  Without overrides, no list totals. */
START_TEST(sweep_list)
{
	gac_scenario *s = load("genaicost: scenario/1\n"
	                       "pricing_overrides: {prices: {m.b: {input: 0.0005}}}\n"
	                       "workloads:\n" WORKLOAD("chat", "m.a") WORKLOAD("side", "m.b"));
	gac_sweep_axis *ax = NULL;
	gac_error e;
	ck_assert_int_eq(gac_sweep_axis_parse(&ax, "pricing_overrides.discount=0:20%:3", &e), GAC_OK);
	gac_sweep *w = NULL;
	ck_assert_int_eq(gac_sweep_run(&w, s, sheet, &ax, 1, &e), GAC_OK);
	static const double billed[] = {3.9, 3.51, 3.12};
	for (size_t p = 0; p < 3; p++) {
		ck_assert_rel(gac_sweep_total(w, p, 0), billed[p], 1e-14);
		ck_assert_rel(gac_sweep_list_total(w, p, 0), 4.4, 1e-14);
	}
	char *text = NULL;
	ck_assert_int_eq(gac_report_sweep(&text, w, &ax, 1, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	json_t *root = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(root);
	json_t *row = json_array_get(json_object_get(root, "rows"), 2);
	ck_assert_rel(jnum(json_object_get(row, "list_total"), "baseline"), 4.4, 1e-14);
	json_decref(root);
	free(text);
	ck_assert_int_eq(gac_report_sweep(&text, w, &ax, 1, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "At list prices: $4.40 at every point"));
	free(text);
	gac_sweep_free(w);
	gac_scenario_free(s);

	s = load("genaicost: scenario/1\nworkloads:\n" WORKLOAD("chat", "m.a"));
	gac_sweep_axis_free(ax);
	ck_assert_int_eq(gac_sweep_axis_parse(&ax, "workloads.chat.requests_per_month=1000:2000:2", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_run(&w, s, sheet, &ax, 1, &e), GAC_OK);
	ck_assert(isnan(gac_sweep_list_total(w, 0, 0)));
	ck_assert_int_eq(gac_report_sweep(&text, w, &ax, 1, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_ptr_null(strstr(text, "list_total"));
	free(text);
	gac_sweep_free(w);
	gac_sweep_axis_free(ax);
	gac_scenario_free(s);
}
END_TEST

Suite *suite_overrides(void)
{
	Suite *s = suite_create("overrides");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, discount_mixed);
	tcase_add_test(tc, private_price);
	tcase_add_test(tc, most_specific_wins);
	tcase_add_test(tc, parameters);
	tcase_add_test(tc, errors);
	tcase_add_test(tc, one_time_and_transfer);
	tcase_add_test(tc, reports_show_list);
	tcase_add_test(tc, sweep_list);
	suite_add_tcase(s, tc);
	return s;
}

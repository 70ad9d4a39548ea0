/* The cost engine against figures computed by hand. */
#include "tests.h"

#include <stdlib.h>
#include <string.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.sonnet\n"               /* $3 / $15 per 1M, the issue's example */
	"    regions: [us-east-1, eu-west-1]\n"
	"    per: 1M\n"
	"    input: 3\n"
	"    output: 15\n"
	"    batch_input: 1.5\n"
	"    batch_output: 7.5\n"
	"    cache_write: 3.75\n"
	"    cache_read: 0.3\n"
	"    global: {input: 2.7, output: 13.5}\n"
	"    long_context: {threshold: 200K, input: 6, output: 22.5, cache_write: 7.5, cache_read: 0.6}\n"
	"    region_prices:\n"
	"      eu-west-1: {input: 4}\n"
	"  - id: m.marginal\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 1\n"
	"    output: 2\n"
	"    long_context: {threshold: 100K, input: 3, billing: marginal}\n"
	"  - id: m.instant\n"
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.0008\n"
	"    output: 0.0024\n"
	"    batch_discount: 50%\n"
	"    model_unit_hour: {no_commit: 44.0, 1_month: 39.6, 6_month: 22.0}\n"
	"  - id: m.pt\n"                 /* capacities are test assumptions */
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.003\n"
	"    output: 0.015\n"
	"    model_unit_hour: {no_commit: 50, 1_month: 40, 6_month: 25}\n"
	"    model_unit_capacity: {input_tpm: 100K, output_tpm: 20K}\n"
	"    output_burndown: 5\n"
	"    provisioned_no_commit: custom-only\n"
	"  - id: m.embed\n"
	"    kind: embedding\n"
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.0001\n"
	"  - id: m.image\n"
	"    kind: image\n"
	"    regions: [us-east-1]\n"
	"    images:\n"
	"      - {max_size: 1024, max_steps: 50, price: 0.04}\n"
	"      - {max_size: 1024, max_steps: 150, price: 0.08}\n"
	"      - {max_size: 512, quality: premium, price: 0.01}\n";

static gac_sheet *sheet;

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
}

static void teardown(void)
{
	gac_sheet_free(sheet);
	sheet = NULL;
}

/* A one-workload scenario "w" on `model` with the given settings. */
static gac_scenario *quick(const char *model, const char *const *sets)
{
	gac_scenario *sc = NULL;
	ck_assert_int_eq(gac_scenario_new(&sc, "t"), GAC_OK);
	ck_assert_int_eq(gac_scenario_add_workload(sc, "w", model), GAC_OK);
	for (size_t i = 0; sets && sets[i]; i += 2) {
		gac_error e;
		ck_assert_msg(gac_scenario_set(sc, sets[i], sets[i + 1], &e) == GAC_OK, "%s: %s", sets[i],
		              e.message);
	}
	return sc;
}

static gac_result *run(const gac_scenario *sc)
{
	gac_result *r = NULL;
	gac_error e;
	gac_status st = gac_estimate(&r, sc, sheet, &e);
	ck_assert_msg(st == GAC_OK, "estimate failed: %s", e.message);
	/* every line is exactly quantity × unit price, and the total their sum */
	double sum = 0;
	for (size_t i = 0; i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		ck_assert(l->cost == l->quantity * l->unit_price);
		ck_assert_ptr_nonnull(strstr(l->formula, l->unit));
		sum += l->cost;
	}
	ck_assert(gac_result_total(r) == sum);
	/* the quiet path that analyses use gives the same figure, bit for bit */
	double quick;
	ck_assert_int_eq(gac_estimate_total(&quick, sc, sheet, &e), GAC_OK);
	ck_assert(quick == gac_result_total(r));
	return r;
}

static const gac_line *find_line(const gac_result *r, const char *component)
{
	for (size_t i = 0; i < gac_result_line_count(r); i++)
		if (!strcmp(gac_result_line(r, i)->component, component))
			return gac_result_line(r, i);
	ck_abort_msg("no line '%s'", component);
	return NULL;
}

START_TEST(issue_example_10500)
{
	/* 1M requests × (1,500 × $3 + 400 × $15) per 1M tokens = $10,500.00 */
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "1500",
	                      "workloads.w.output_tokens", "400", NULL};
	gac_scenario *sc = quick("m.sonnet", sets);
	gac_result *r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 2);
	ck_assert_rel(gac_result_total(r), 10500.0, 1e-12);
	const gac_line *in = find_line(r, "input tokens");
	ck_assert_rel(in->quantity, 1500.0, 0);
	ck_assert_str_eq(in->unit, "1M tokens");
	ck_assert_rel(in->unit_price, 3.0, 0);
	ck_assert_rel(find_line(r, "output tokens")->cost, 6000.0, 1e-12);
	ck_assert_str_eq(gac_result_currency(r), "USD");
	ck_assert_rel(gac_result_hours(r), 730, 0);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(caches_and_batch)
{
	/* 2M requests, 10% answered by a response cache, 20% of the rest batch:
	 * real-time 1.44M requests, batch 0.36M.
	 * input 1.44M×1500×0.45 = 972M tok × $3/M = 2916
	 * cache write 1.44M×1500×0.05 = 108M × 3.75 = 405
	 * cache read 1.44M×1500×0.5 = 1080M × 0.3 = 324
	 * output 1.44M×400 = 576M × 15 = 8640
	 * batch in 0.36M×1500 = 540M × 1.5 = 810; batch out 144M × 7.5 = 1080
	 * total 14175 */
	const char *sets[] = {"workloads.w.requests_per_month", "2M", "workloads.w.input_tokens", "1500",
	                      "workloads.w.output_tokens", "400", "workloads.w.cache_read_fraction", "0.5",
	                      "workloads.w.cache_write_fraction", "5%",
	                      "workloads.w.response_cache_hit_rate", "0.1",
	                      "workloads.w.batch_fraction", "0.2", NULL};
	gac_scenario *sc = quick("m.sonnet", sets);
	gac_result *r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 6);
	ck_assert_rel(find_line(r, "input tokens")->cost, 2916, 1e-12);
	ck_assert_rel(find_line(r, "cache write tokens")->cost, 405, 1e-12);
	ck_assert_rel(find_line(r, "cache read tokens")->cost, 324, 1e-12);
	ck_assert_rel(find_line(r, "output tokens")->cost, 8640, 1e-12);
	ck_assert_rel(find_line(r, "batch input tokens")->cost, 810, 1e-12);
	ck_assert_rel(find_line(r, "batch output tokens")->cost, 1080, 1e-12);
	ck_assert_rel(gac_result_total(r), 14175, 1e-12);
	ck_assert_ptr_nonnull(strstr(find_line(r, "input tokens")->formula,
	                             "2000000 requests × (1 − 0.1 response-cache hits) × (1 − 0.2 batch)"));
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(batch_mode_and_discount)
{
	/* mode batch: every request at batch prices; m.instant derives them
	 * from batch_discount 50%: 0.0004 / 0.0012 per 1K.
	 * 1M × 1500 / 1K × 0.0004 = 600; 1M × 400 / 1K × 0.0012 = 480 */
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "1500",
	                      "workloads.w.output_tokens", "400", "deployment.mode", "batch", NULL};
	gac_scenario *sc = quick("m.instant", sets);
	gac_result *r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 2);
	ck_assert_rel(find_line(r, "batch input tokens")->unit_price, 0.0004, 1e-15);
	ck_assert_rel(find_line(r, "batch input tokens")->cost, 600, 1e-12);
	ck_assert_rel(find_line(r, "batch output tokens")->cost, 480, 1e-12);
	ck_assert_str_eq(find_line(r, "batch input tokens")->unit, "1K tokens");
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(provisioned_terms)
{
	/* units × hours × hourly rate; tokens are covered by the model units */
	static const struct {
		const char *commit;
		double rate;
	} terms[] = {{"none", 44.0}, {"1-month", 39.6}, {"6-month", 22.0}};
	for (size_t i = 0; i < 3; i++) {
		const char *sets[] = {"workloads.w.requests_per_month", "5M", "workloads.w.input_tokens", "800",
		                      "deployment.mode", "provisioned", "deployment.commitment", terms[i].commit,
		                      "deployment.model_units", "3", "hours_per_month", "720", NULL};
		gac_scenario *sc = quick("m.instant", sets);
		gac_result *r = run(sc);
		ck_assert_uint_eq(gac_result_line_count(r), 1);
		const gac_line *l = find_line(r, "provisioned throughput");
		ck_assert_rel(l->quantity, 2160, 0);
		ck_assert_str_eq(l->unit, "model-unit hour");
		ck_assert_rel(gac_result_total(r), 3 * 720 * terms[i].rate, 1e-12);
		gac_result_free(r);
		gac_scenario_free(sc);
	}
}
END_TEST

START_TEST(provisioned_shared_by_workloads)
{
	/* two workloads on one model share one provisioned throughput */
	gac_scenario *sc = quick("m.instant", NULL);
	ck_assert_int_eq(gac_scenario_add_workload(sc, "v", "m.instant"), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.requests_per_month", "1M", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.v.requests_per_day", "1k", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.mode", "provisioned", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.commitment", "6-month", NULL), GAC_OK);
	gac_result *r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 1);
	ck_assert_str_eq(gac_result_line(r, 0)->workload, "w,v");
	ck_assert_rel(gac_result_total(r), 730 * 22.0, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(provisioned_sizing)
{
	/* 43,800 active minutes (24 h × 730/24 days).
	 * 4,380,000 requests: 100 requests/min on average.
	 * input 100 × 2,000 = 200,000 tokens/min, peak × 1.5 = 300,000 → 3 units of 100K
	 * output 100 × 100 × 5 burndown = 50,000/min, peak 75,000 → ceil(3.75) = 4 units of 20K
	 * → 4 units × 730 h × $25 = $73,000 a month, 6 months locked in = $438,000
	 * utilisation: output 50,000 / (4 × 20,000) = 62.5%, input 200,000 / 400,000 = 50%
	 * tokens 4.38M × 2,100 = 9,198,000,000 → 73,000 / 9,198 = $7.9365... per 1M */
	const char *sets[] = {"workloads.w.requests_per_month", "4.38M", "workloads.w.input_tokens", "2000",
	                      "workloads.w.output_tokens", "100", "workloads.w.peak_to_average", "1.5",
	                      "deployment.mode", "provisioned", "deployment.commitment", "6-month",
	                      "deployment.model_units", "auto", NULL};
	gac_scenario *sc = quick("m.pt", sets);
	gac_result *r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 1);
	ck_assert_rel(gac_result_total(r), 73000, 1e-12);
	ck_assert_uint_eq(gac_result_provisioned_count(r), 1);
	const gac_provisioned *p = gac_result_provisioned(r, 0);
	ck_assert_str_eq(p->model, "m.pt");
	ck_assert_str_eq(p->workloads, "w");
	ck_assert(p->units == 4 && p->units_needed == 4);
	ck_assert_rel(p->peak_input_tpm, 300000, 1e-12);
	ck_assert_rel(p->peak_output_tpm, 75000, 1e-12);
	ck_assert_rel(p->utilisation, 0.625, 1e-12);
	ck_assert_rel(p->tokens_per_month, 9198e6, 1e-12);
	ck_assert_rel(p->effective_per_1m, 73000 / 9198.0, 1e-12);
	ck_assert(p->term_months == 6);
	ck_assert_rel(p->locked_in, 438000, 1e-12);
	ck_assert_ptr_nonnull(strstr(gac_result_line(r, 0)->formula, "max(ceil(300000 peak input tokens/min"));
	gac_result_free(r);
	/* the scenario's capacity overrides the sheet's: 200K/40K → 2 units */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_unit_input_tpm", "200k", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_unit_output_tpm", "40k", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 2 * 730 * 25, 1e-12);
	gac_result_free(r);
	/* a fixed count is billed as given, and the need still reported */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_units", "1", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 730 * 25, 1e-12);
	ck_assert(gac_result_provisioned(r, 0)->units_needed == 2);
	ck_assert(gac_result_provisioned(r, 0)->units == 1);
	/* 1 unit where 2 are needed: under capacity, and the result says so */
	ck_assert_int_eq(gac_result_provisioned(r, 0)->under_capacity, 1);
	double need = 0;
	ck_assert_int_eq(gac_result_under_capacity(r, &need), 1);
	ck_assert(need == 2);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_units", "2", NULL), GAC_OK);
	r = run(sc);
	ck_assert_int_eq(gac_result_provisioned(r, 0)->under_capacity, 0);
	ck_assert_int_eq(gac_result_under_capacity(r, &need), 0);
	ck_assert(isnan(need));
	gac_result_free(r);
	ck_assert_int_eq(gac_result_under_capacity(NULL, NULL), 0);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(provisioned_load_unknown)
{
	/* units alone, no request rate (a quick provisioned estimate): the
	 * units are billed, 3 × 730 h × $40 (1-month) = $87,600, and with the
	 * load unknown there is no capacity verdict, although m.pt's capacity
	 * is known */
	const char *sets[] = {"deployment.mode", "provisioned", "deployment.commitment", "1-month",
	                      "deployment.model_units", "3", NULL};
	gac_scenario *sc = quick("m.pt", sets);
	gac_result *r = run(sc);
	ck_assert_rel(gac_result_total(r), 87600, 1e-12);
	ck_assert_uint_eq(gac_result_provisioned_count(r), 1);
	const gac_provisioned *p = gac_result_provisioned(r, 0);
	ck_assert(p->units == 3);
	ck_assert(isnan(p->units_needed));
	ck_assert(isnan(p->utilisation));
	ck_assert_int_eq(p->load_unknown, 1);
	ck_assert_int_eq(p->under_capacity, 0);
	double need = 0;
	ck_assert_int_eq(gac_result_under_capacity(r, &need), 0);
	ck_assert(isnan(need));
	ck_assert_rel(p->locked_in, 87600, 1e-12);
	gac_result_free(r);
	/* auto has nothing to size from: an error, not 1 unit */
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_units", "auto", NULL), GAC_OK);
	r = NULL;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "no workload on m.pt gives its request rate"));
	/* on demand, a workload without a rate is still refused */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.mode", "on-demand", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.commitment", "none", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ESCHEMA);
	ck_assert_ptr_nonnull(strstr(e.message, "has no request rate"));
	/* given a rate, the verdict is back: load_unknown 0 */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.mode", "provisioned", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.commitment", "1-month", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_units", "3", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.requests_per_month", "1M", NULL), GAC_OK);
	r = run(sc);
	ck_assert_int_eq(gac_result_provisioned(r, 0)->load_unknown, 0);
	ck_assert(gac_result_provisioned(r, 0)->units_needed == 1);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(provisioned_rules)
{
	gac_error e;
	gac_result *r = NULL;
	/* auto without a known capacity */
	const char *a[] = {"workloads.w.requests_per_month", "1M", "deployment.mode", "provisioned",
	                   "deployment.model_units", "auto", NULL};
	gac_scenario *sc = quick("m.instant", a);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	ck_assert_ptr_nonnull(strstr(e.message, "AWS does not publish it"));
	gac_scenario_free(sc);
	/* no commitment on a base model the sheet sells only with one */
	const char *b[] = {"workloads.w.requests_per_month", "1M", "deployment.mode", "provisioned", NULL};
	sc = quick("m.pt", b);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "sold only for custom models"));
	gac_scenario_free(sc);
	/* a commitment without provisioned throughput */
	const char *c[] = {"workloads.w.requests_per_month", "1M", "deployment.commitment", "1-month", NULL};
	sc = quick("m.sonnet", c);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "deployment.commitment is 1-month but deployment.mode is "
	                                        "on-demand"));
	gac_scenario_free(sc);
	/* batch on provisioned throughput */
	const char *d[] = {"workloads.w.requests_per_month", "1M", "deployment.mode", "provisioned",
	                   "deployment.commitment", "1-month", "workloads.w.batch_fraction", "0.1", NULL};
	sc = quick("m.instant", d);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "batch inference does not run on provisioned throughput"));
	ck_assert_ptr_null(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(request_rates)
{
	/* per day: 1,000/day × 730/24 days = 30,416.67 requests;
	 * per second: 2/s × 3600 × 8 h × 730/24 days = 1,752,000 requests.
	 * 1 input token each at $3/M. */
	const char *day[] = {"workloads.w.requests_per_day", "1000", "workloads.w.input_tokens", "1", NULL};
	gac_scenario *sc = quick("m.sonnet", day);
	gac_result *r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * (730 / 24.0) * 3 / 1e6, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
	const char *sec[] = {"workloads.w.requests_per_second", "2", "workloads.w.active_hours_per_day", "8",
	                     "workloads.w.input_tokens", "1", NULL};
	sc = quick("m.sonnet", sec);
	r = run(sc);
	ck_assert_rel(find_line(r, "input tokens")->quantity, 1752000 / 1e6, 1e-12);
	ck_assert_rel(gac_result_total(r), 1752000 * 3 / 1e6, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(global_and_region_prices)
{
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "1000",
	                      "workloads.w.output_tokens", "100", NULL};
	gac_scenario *sc = quick("m.sonnet", sets);
	gac_result *r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 3 + 100 * 15, 1e-12);
	gac_result_free(r);
	/* global cross-region inference: 2.7 / 13.5 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.inference", "global", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 2.7 + 100 * 13.5, 1e-12);
	ck_assert_ptr_nonnull(strstr(find_line(r, "input tokens")->formula, "global cross-region rate"));
	gac_result_free(r);
	/* eu-west-1 overrides the input price only */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.inference", "regional", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "region", "eu-west-1", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 4 + 100 * 15, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(long_context_whole_request)
{
	/* mean input above the 200K threshold: every token at the tier's rate */
	const char *sets[] = {"workloads.w.requests_per_month", "1000", "workloads.w.input_tokens", "300k",
	                      "workloads.w.output_tokens", "1000", NULL};
	gac_scenario *sc = quick("m.sonnet", sets);
	gac_result *r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 2);
	ck_assert_rel(find_line(r, "long-context input tokens")->cost, 1000 * 300000 * 6 / 1e6, 1e-12);
	ck_assert_rel(find_line(r, "long-context output tokens")->cost, 1000 * 1000 * 22.5 / 1e6, 1e-12);
	gac_result_free(r);
	/* a quarter of the requests over the threshold, the rest at base rates */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.input_tokens", "10000", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.long_context_fraction", "25%", NULL), GAC_OK);
	r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 4);
	ck_assert_rel(find_line(r, "input tokens")->cost, 750 * 10000 * 3 / 1e6, 1e-12);
	ck_assert_rel(find_line(r, "long-context input tokens")->cost, 250 * 10000 * 6 / 1e6, 1e-12);
	ck_assert_rel(gac_result_total(r),
	              (750 * (10000 * 3 + 1000 * 15) + 250 * (10000 * 6 + 1000 * 22.5)) / 1e6, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(long_context_marginal)
{
	/* marginal: base rate on everything, plus (3 − 1) on tokens above 100K */
	const char *sets[] = {"workloads.w.requests_per_month", "100", "workloads.w.input_tokens", "150k",
	                      "workloads.w.output_tokens", "0", NULL};
	gac_scenario *sc = quick("m.marginal", sets);
	gac_result *r = run(sc);
	ck_assert_rel(find_line(r, "input tokens")->cost, 100 * 150000 * 1 / 1e6, 1e-12);
	const gac_line *p = find_line(r, "long-context input premium");
	ck_assert_rel(p->quantity, 100 * 50000 / 1e6, 1e-12);
	ck_assert_rel(p->unit_price, 2, 0);
	ck_assert_rel(gac_result_total(r), 15 + 10, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(embeddings_and_images)
{
	const char *emb[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "300", NULL};
	gac_scenario *sc = quick("m.embed", emb);
	gac_result *r = run(sc);
	ck_assert_rel(gac_result_total(r), 1e6 * 300 / 1000 * 0.0001, 1e-12);
	gac_result_free(r);
	/* an embedding model has no output price */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.output_tokens", "10", NULL), GAC_OK);
	gac_error e;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	ck_assert_ptr_null(r);
	ck_assert_ptr_nonnull(strstr(e.message, "no output price for m.embed"));
	gac_scenario_free(sc);

	/* 1,000 requests × 2 images at 1024 px, 50 steps: $0.04 each */
	const char *img[] = {"workloads.w.requests_per_month", "1000", "workloads.w.images_per_request", "2",
	                     NULL};
	sc = quick("m.image", img);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 80, 1e-12);
	ck_assert_str_eq(gac_result_line(r, 0)->unit, "image");
	gac_result_free(r);
	/* more steps: the 150-step price */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.image_steps", "100", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 160, 1e-12);
	gac_result_free(r);
	/* premium at 512 px */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.image_quality", "premium", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.image_size", "512", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.image_steps", "50", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 20, 1e-12);
	gac_result_free(r);
	/* no price for premium at 1024 px */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.image_size", "1024", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(errors_are_placed)
{
	static const char scen[] =
		"genaicost: scenario/1\n"
		"name: e\n"
		"workloads:\n"
		"  - name: a\n"
		"    model: m.sonet\n"
		"    requests_per_month: 1\n";
	gac_scenario *sc = NULL;
	gac_result *r = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_load_buffer(&sc, scen, strlen(scen), "s.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EMODEL);
	ck_assert_str_eq(e.file, "s.yaml");
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 5);
	ck_assert_ptr_nonnull(strstr(e.message, "did you mean 'm.sonnet'?"));
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.model", "m.sonnet", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "region", "ap-south-1", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EREGION);
	ck_assert_ptr_nonnull(strstr(e.message, "sheet lists: us-east-1, eu-west-1"));
	ck_assert_int_eq(gac_scenario_set(sc, "region", "us-east-1", NULL), GAC_OK);
	/* cache fractions above 1 together */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.input_tokens", "10", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.cache_read_fraction", "0.7", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.cache_write_fraction", "0.4", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "above 1"));
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.cache_write_fraction", "0", NULL), GAC_OK);
	/* provisioned without a price for the term */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.mode", "provisioned", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	ck_assert_ptr_nonnull(strstr(e.message, "no-commitment model unit"));
	/* overflow is an error, never inf in a report */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.mode", "on-demand", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.requests_per_month", "1e300", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.input_tokens", "1e300", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ERANGE);
	ck_assert_ptr_null(r);
	gac_scenario_free(sc);
	ck_assert_int_eq(gac_estimate(NULL, NULL, sheet, &e), GAC_EARG);
	gac_result_free(NULL);
}
END_TEST

START_TEST(set_changes_estimate_through_paths)
{
	/* every analysis acts through parameter paths: a set on a clone
	 * changes the clone's estimate and not the original's */
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.output_tokens", "400", NULL};
	gac_scenario *sc = quick("m.sonnet", sets), *copy = NULL;
	ck_assert_int_eq(gac_scenario_clone(&copy, sc), GAC_OK);
	ck_assert_int_eq(gac_scenario_set_number(copy, "workloads.w.output_tokens", 800, NULL), GAC_OK);
	gac_result *a = run(sc), *b = run(copy);
	ck_assert_rel(gac_result_total(a), 6000, 1e-12);
	ck_assert_rel(gac_result_total(b), 12000, 1e-12);
	gac_result_free(a);
	gac_result_free(b);
	gac_scenario_free(copy);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(workspace_follows_what_changes)
{
	/* a workspace keeps the models an estimate found; a change of model,
	 * region or sheet must be priced anew, a number need not be */
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "1000",
	                      "workloads.w.output_tokens", "400", NULL};
	gac_scenario *sc = quick("m.sonnet", sets);
	gac_workspace *ws = NULL;
	gac_error e;
	double total;
	ck_assert_int_eq(gac_workspace_new(&ws), GAC_OK);
	ck_assert_int_eq(gac_estimate_total_ws(&total, sc, sheet, ws, &e), GAC_OK);
	ck_assert_rel(total, 9000, 1e-12);  /* 1M × (1,000 × $3 + 400 × $15) / 1M */
	ck_assert_int_eq(gac_scenario_set_number(sc, "workloads.w.output_tokens", 800, NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate_total_ws(&total, sc, sheet, ws, &e), GAC_OK);
	ck_assert_rel(total, 15000, 1e-12);
	ck_assert_int_eq(gac_scenario_set(sc, "region", "eu-west-1", &e), GAC_OK);  /* input $4 there */
	ck_assert_int_eq(gac_estimate_total_ws(&total, sc, sheet, ws, &e), GAC_OK);
	ck_assert_rel(total, 16000, 1e-12);
	ck_assert_int_eq(gac_scenario_set(sc, "region", "us-east-1", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.model", "m.marginal", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate_total_ws(&total, sc, sheet, ws, &e), GAC_OK);
	ck_assert_rel(total, 2600, 1e-12);  /* 1M × (1,000 × $1 + 800 × $2) / 1M */
	/* another scenario and another sheet through the same workspace */
	gac_scenario *other = quick("m.sonnet", sets);
	ck_assert_int_eq(gac_estimate_total_ws(&total, other, sheet, ws, &e), GAC_OK);
	ck_assert_rel(total, 9000, 1e-12);
	gac_sheet *cheaper = NULL;
	const char *y = "genaicost: pricesheet/1\nname: t2\ncurrency: USD\nas_of: 2025-01-01\nsources: [x]\nmodels:\n"
	                "  - {id: m.sonnet, regions: [us-east-1], per: 1M, input: 1, output: 1}\n";
	ck_assert_msg(gac_sheet_load_buffer(&cheaper, y, strlen(y), "t2.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_int_eq(gac_estimate_total_ws(&total, other, cheaper, ws, &e), GAC_OK);
	ck_assert_rel(total, 1400, 1e-12);
	gac_sheet_free(cheaper);
	gac_scenario_free(other);
	gac_workspace_free(ws);
	gac_scenario_free(sc);
}
END_TEST

Suite *suite_cost(void)
{
	Suite *s = suite_create("cost");
	TCase *t = tcase_create("engine");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, issue_example_10500);
	tcase_add_test(t, caches_and_batch);
	tcase_add_test(t, batch_mode_and_discount);
	tcase_add_test(t, provisioned_terms);
	tcase_add_test(t, provisioned_shared_by_workloads);
	tcase_add_test(t, request_rates);
	tcase_add_test(t, provisioned_sizing);
	tcase_add_test(t, provisioned_rules);
	tcase_add_test(t, global_and_region_prices);
	tcase_add_test(t, long_context_whole_request);
	tcase_add_test(t, long_context_marginal);
	tcase_add_test(t, provisioned_load_unknown);
	tcase_add_test(t, embeddings_and_images);
	tcase_add_test(t, errors_are_placed);
	tcase_add_test(t, set_changes_estimate_through_paths);
	tcase_add_test(t, workspace_follows_what_changes);
	suite_add_tcase(s, t);
	return s;
}

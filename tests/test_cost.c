/* The cost engine against figures computed by hand. */
#include "tests.h"
#include "internal.h"

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
	"    long_context: {threshold: 200K, input: 6, output: 22.5, cache_write: 7.5, cache_read: 0.6,\n"
	"                   global: {input: 5.4, output: 20.25}}\n"
	"    context_window: 1M\n"
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
	"  - id: m.small\n"                /* a small window: 8,192 tokens in and out */
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 1\n"
	"    output: 2\n"
	"    context_window: 8192\n"
	"  - id: m.tiers\n"                /* rate cards: figures are test assumptions */
	"    regions: [us-east-1, eu-west-1]\n"
	"    per: 1M\n"
	"    input: 1\n"
	"    output: 4\n"
	"    cache_write: 1.25\n"
	"    cache_write_1h: 2\n"
	"    cache_read: 0.1\n"
	"    priority: {input: 1.75, output: 7}\n"
	"    flex: {input: 0.5, output: 2}\n"
	"    latency_optimized: {input: 1.25, output: 5}\n"
	"    reserved_input: {1_month: 30, 3_month: 25}\n"
	"    reserved_output: {1_month: 150, 3_month: 125}\n"
	"    region_prices:\n"
	"      eu-west-1: {flex: {input: 0.6}}\n"
	"  - id: m.lctier\n"               /* a tier card without a long-context rate */
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 1\n"
	"    output: 2\n"
	"    priority: {input: 2, output: 4}\n"
	"    long_context: {threshold: 100K, input: 3, output: 6}\n"
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
	                             "2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × (1 − 0.2 batch_fraction)"));
	/* the batch line reads no cache fraction, and says why: 0.36M × all
	 * 1,500 input tokens = 540M at the batch price */
	ck_assert_str_eq(find_line(r, "batch input tokens")->formula,
	                 "2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × 0.2 batch_fraction × 1500 "
	                 "input_tokens = 540000000 tokens ÷ 1000000 (prompt caching does not apply to batch: every input "
	                 "token pays the batch input price; 0.5 cache_read_fraction and 0.05 cache_write_fraction price "
	                 "the real-time requests only) = 540 1M tokens × 1.5 USD = 810 USD");
	ck_assert_ptr_null(strstr(find_line(r, "batch output tokens")->formula, "prompt caching"));
	gac_result_free(r);
	/* every request batch: the fractions price none; 1.8M × 1,500 = 2,700M
	 * tokens × $1.5 = $4,050 (a 1-hour cache write listed with them) */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.mode", "batch", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.cache_write_1h_fraction", "0.1", NULL), GAC_OK);
	r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 2);
	ck_assert_rel(find_line(r, "batch input tokens")->cost, 4050, 1e-12);
	ck_assert_ptr_nonnull(strstr(find_line(r, "batch input tokens")->formula,
	                             " (prompt caching does not apply to batch: every input token pays the batch input "
	                             "price; 0.5 cache_read_fraction, 0.05 cache_write_fraction and 0.1 "
	                             "cache_write_1h_fraction price no request: all are batch) = 2700 1M tokens"));
	gac_result_free(r);
	/* no cache fraction: no note */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.cache_read_fraction", "0", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.cache_write_fraction", "0", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.cache_write_1h_fraction", "0", NULL), GAC_OK);
	r = run(sc);
	ck_assert_ptr_null(strstr(find_line(r, "batch input tokens")->formula, "prompt caching"));
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
		                      "workloads.w.output_tokens", "200", "deployment.mode", "provisioned", "deployment.commitment", terms[i].commit,
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
	static const char *const tokens[] = {"workloads.w.input_tokens", "workloads.w.output_tokens",
	                                     "workloads.v.input_tokens", "workloads.v.output_tokens"};
	for (size_t i = 0; i < 4; i++)
		ck_assert_int_eq(gac_scenario_set(sc, tokens[i], "100", NULL), GAC_OK);
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
	/* with a rate, requests are served: their tokens must be said */
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ESCHEMA);
	ck_assert_ptr_nonnull(strstr(e.message, "does not say its input_tokens"));
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.input_tokens", "100", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.output_tokens", "10", NULL), GAC_OK);
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
	                   "deployment.model_units", "auto", "workloads.w.input_tokens", "100",
	                   "workloads.w.output_tokens", "10", NULL};
	gac_scenario *sc = quick("m.instant", a);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	ck_assert_ptr_nonnull(strstr(e.message, "AWS does not publish it"));
	gac_scenario_free(sc);
	/* no commitment on a base model the sheet sells only with one */
	const char *b[] = {"workloads.w.requests_per_month", "1M", "deployment.mode", "provisioned",
	                   "workloads.w.input_tokens", "100", "workloads.w.output_tokens", "10", NULL};
	sc = quick("m.pt", b);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "sold only for custom models"));
	gac_scenario_free(sc);
	/* a commitment without provisioned throughput */
	const char *c[] = {"workloads.w.requests_per_month", "1M", "deployment.commitment", "1-month",
	                   "workloads.w.input_tokens", "100", "workloads.w.output_tokens", "10", NULL};
	sc = quick("m.sonnet", c);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "deployment.commitment is 1-month but deployment.mode is "
	                                        "on-demand"));
	gac_scenario_free(sc);
	/* batch on provisioned throughput */
	const char *d[] = {"workloads.w.requests_per_month", "1M", "deployment.mode", "provisioned",
	                   "deployment.commitment", "1-month", "workloads.w.batch_fraction", "0.1",
	                   "workloads.w.input_tokens", "100", "workloads.w.output_tokens", "10", NULL};
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
	const char *day[] = {"workloads.w.requests_per_day", "1000", "workloads.w.input_tokens", "1",
	                     "workloads.w.output_tokens", "0", NULL};
	gac_scenario *sc = quick("m.sonnet", day);
	gac_result *r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * (730 / 24.0) * 3 / 1e6, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
	const char *sec[] = {"workloads.w.requests_per_second", "2", "workloads.w.active_hours_per_day", "8",
	                     "workloads.w.input_tokens", "1", "workloads.w.output_tokens", "0", NULL};
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

/* 1M requests of 1,000 input and 100 output tokens on each rate card
 * of m.tiers (prices per 1M tokens) */
START_TEST(service_tiers_and_rate_cards)
{
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "1000",
	                      "workloads.w.output_tokens", "100", NULL};
	gac_scenario *sc = quick("m.tiers", sets);
	gac_result *r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 1 + 100 * 4, 1e-12);  /* standard: 1,400 */
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.service_tier", "priority", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 1.75 + 100 * 7, 1e-12);  /* 2,450 */
	ck_assert_ptr_nonnull(strstr(find_line(r, "output tokens (Priority tier)")->formula, "(Priority tier rate)"));
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.service_tier", "flex", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 0.5 + 100 * 2, 1e-12);  /* 700 */
	gac_result_free(r);
	/* eu-west-1 lists its own Flex input price; output keeps the entry's */
	ck_assert_int_eq(gac_scenario_set(sc, "region", "eu-west-1", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 0.6 + 100 * 2, 1e-12);  /* 800 */
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(sc, "region", "us-east-1", NULL), GAC_OK);
	/* a tier prices only what it lists: cache reads on Flex have no price,
	 * and the message names the tiers the model has */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.cache_read_fraction", "0.2", NULL), GAC_OK);
	gac_error e;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	ck_assert_ptr_nonnull(strstr(e.message, "no Flex tier price for cache read for m.tiers in us-east-1"));
	ck_assert_ptr_nonnull(strstr(e.message, "(its tiers: standard, priority, flex)"));
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.cache_read_fraction", "0", NULL), GAC_OK);
	/* latency-optimized inference: 1.25 / 5 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.service_tier", "standard", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.inference", "latency-optimized", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 1.25 + 100 * 5, 1e-12);  /* 1,750 */
	ck_assert_ptr_nonnull(strstr(find_line(r, "input tokens (latency-optimized)")->formula, "(latency-optimized rate)"));
	gac_result_free(r);
	/* a tier and latency-optimized inference do not combine */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.service_tier", "priority", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "latency-optimized"));
	gac_scenario_free(sc);
	/* a model without tiers: the message says it has the standard one */
	const char *prio[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "1000",
	                      "workloads.w.output_tokens", "100", "workloads.w.service_tier", "priority", NULL};
	sc = quick("m.sonnet", prio);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	ck_assert_ptr_nonnull(strstr(e.message, "no Priority tier price for m.sonnet in us-east-1 (its tiers: standard)"));
	gac_scenario_free(sc);
}
END_TEST

/* Long context on a rate card: 1,000 requests of 300,000 input and 1,000
 * output tokens, all above the 200K threshold */
START_TEST(long_context_on_rate_cards)
{
	const char *sets[] = {"workloads.w.requests_per_month", "1000", "workloads.w.input_tokens", "300000",
	                      "workloads.w.output_tokens", "1000", "workloads.w.inference", "global", NULL};
	gac_scenario *sc = quick("m.sonnet", sets);
	gac_result *r = run(sc);
	/* the global card's long-context rate: 300M × 5.4 + 1M × 20.25 per 1M */
	ck_assert_rel(gac_result_total(r), 300 * 5.4 + 1 * 20.25, 1e-12);
	ck_assert_ptr_nonnull(strstr(find_line(r, "long-context input tokens")->formula,
	                             "(long-context global cross-region rate)"));
	gac_result_free(r);
	/* regional: the entry's long-context rate, 300 × 6 + 1 × 22.5 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.inference", "regional", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 300 * 6 + 1 * 22.5, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
	/* a tier whose card has no long-context rate: not the standard one */
	const char *tier[] = {"workloads.w.requests_per_month", "1000", "workloads.w.input_tokens", "150000",
	                      "workloads.w.output_tokens", "1000", "workloads.w.service_tier", "priority", NULL};
	sc = quick("m.lctier", tier);
	gac_error e;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	ck_assert_ptr_nonnull(strstr(e.message, "no Priority tier price for long-context input for m.lctier"));
	/* below the threshold the tier's own rates: 1000 × (150,000 × 2 + 1,000 × 4) / 1M */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.input_tokens", "50000", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), (50000.0 * 2 + 1000 * 4) * 1000 / 1e6, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
	size_t i;
	double v;
	ck_assert_int_eq(gac_sheet_find(&i, sheet, "m.sonnet"), GAC_OK);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "long_context.global.output"), GAC_OK);
	ck_assert(v == 20.25);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "long_context.flex.output"), GAC_ENOPRICE);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "long_context.bogus.output"), GAC_EARG);
}
END_TEST

/* 1-hour cache writes: 1M requests of 1,000 input tokens, 20 % read from
 * the cache at 0.1, 50 % written for an hour at 2, 30 % uncached at 1,
 * and 100 output tokens at 4 */
START_TEST(cache_write_1h)
{
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "1000",
	                      "workloads.w.output_tokens", "100", "workloads.w.cache_read_fraction", "0.2",
	                      "workloads.w.cache_write_1h_fraction", "0.5", NULL};
	gac_scenario *sc = quick("m.tiers", sets);
	gac_result *r = run(sc);
	ck_assert_rel(find_line(r, "input tokens")->cost, 300, 1e-12);
	ck_assert_rel(find_line(r, "1-hour cache write tokens")->cost, 1000, 1e-12);
	ck_assert_rel(find_line(r, "cache read tokens")->cost, 20, 1e-12);
	ck_assert_rel(gac_result_total(r), 300 + 1000 + 20 + 400, 1e-12);  /* 1,720 */
	ck_assert_ptr_nonnull(strstr(find_line(r, "input tokens")->formula, "0.5 cache_write_1h_fraction)"));
	gac_result_free(r);
	/* the three shares may not pass 1 */
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.cache_write_fraction", "0.4", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "cache_write_1h_fraction is 1.1, above 1"));
	gac_scenario_free(sc);
	/* a model without a 1-hour price */
	sc = quick("m.marginal", sets);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	ck_assert_ptr_nonnull(strstr(e.message, "no cache write (1 hour) price for m.marginal"));
	gac_scenario_free(sc);
}
END_TEST

/* The Reserved tier: 43.8M requests a month of 1,000 + 100 tokens over
 * 43,800 active minutes (24 h × 60 × 730/24 days) is a flat 1,000,000
 * input and 100,000 output tokens a minute: 1,000 and 100 blocks of 1K
 * tokens per minute, at $30 and $150 a block a month (1-month term) */
START_TEST(reserved_tier)
{
	const char *sets[] = {"workloads.w.requests_per_month", "43.8M", "workloads.w.input_tokens", "1000",
	                      "workloads.w.output_tokens", "100", "deployment.mode", "reserved", NULL};
	gac_scenario *sc = quick("m.tiers", sets);
	gac_result *r = run(sc);
	/* auto: 1,000 × $30 + 100 × $150, no token lines */
	ck_assert_uint_eq(gac_result_line_count(r), 2);
	ck_assert_rel(find_line(r, "Reserved tier input (1-month)")->cost, 30000, 1e-12);
	ck_assert_rel(find_line(r, "Reserved tier output (1-month)")->cost, 15000, 1e-12);
	ck_assert_rel(gac_result_total(r), 45000, 1e-12);
	const gac_provisioned *pv = gac_result_provisioned(r, 0);
	ck_assert_int_eq(pv->reserved, 1);
	ck_assert(pv->input_tpm_per_unit == 1e6 && pv->output_tpm_per_unit == 1e5);
	ck_assert_rel(pv->peak_input_tpm, 1e6, 1e-12);
	ck_assert_rel(pv->peak_output_tpm, 1e5, 1e-12);
	ck_assert(pv->term_months == 1 && pv->locked_in == 45000 && pv->overflow_share == 0);
	gac_result_free(r);
	/* 3-month term: 1,000 × $25 + 100 × $125 = 37,500; 112,500 locked in */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.term", "3-month", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 37500, 1e-12);
	ck_assert(gac_result_provisioned(r, 0)->locked_in == 112500);
	gac_result_free(r);
	/* input counts the tokens not read from the cache: half cached, 500,000 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.cache_read_fraction", "0.5", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(find_line(r, "Reserved tier input (3-month)")->cost, 500 * 25, 1e-12);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.cache_read_fraction", "0", NULL), GAC_OK);
	/* 800,000 input reserved: 1 − 0.8 = 20 % of the month to the Standard
	 * tier, input binding: 0.2 × 43.8e9 input tokens at $1 per 1M = 8,760
	 * and 0.2 × 4.38e9 output at $4 = 3,504.  Output auto is sized for the
	 * share of its peak the input reservation carries, 100,000 × 800,000 ÷
	 * 1,000,000 = 80,000 (80 blocks at $150 = 12,000; the whole peak, 100
	 * blocks, left 20 idle, $3,000), over 800 × 30 input */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.term", "1-month", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.input_tokens_per_minute", "800k", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(find_line(r, "overflow input tokens (on demand)")->cost, 8760, 1e-12);
	ck_assert_rel(find_line(r, "overflow output tokens (on demand)")->cost, 3504, 1e-12);
	ck_assert_rel(find_line(r, "Reserved tier output (1-month)")->quantity, 80, 1e-12);
	ck_assert_rel(find_line(r, "Reserved tier output (1-month)")->cost, 12000, 1e-12);
	ck_assert_rel(gac_result_total(r), 24000 + 12000 + 8760 + 3504, 1e-12);  /* 48,264 */
	ck_assert(gac_result_provisioned(r, 0)->output_tpm_per_unit == 80000);
	ck_assert_rel(gac_result_provisioned(r, 0)->overflow_share, 0.2, 1e-12);
	ck_assert_ptr_nonnull(strstr(gac_result_provisioned(r, 0)->formula,
	                             "ceil(100000 peak output tokens/min × 800000 input tokens/min reserved ÷ 1000000 "
	                             "peak input tokens/min = 80000 ÷ 1000) × 1000) = 80000 output tokens/min (auto: "
	                             "the share of the peak the input reservation carries)"));
	/* the utilisation counts what the reservation carries: input
	 * 0.8 × 43.8e9 ÷ (800,000 × 60 × 730 = 35.04e9) = 1, output
	 * 0.8 × 4.38e9 ÷ (80,000 × 43,800 = 3.504e9) = 1; not 43.8e9 ÷
	 * 35.04e9 = 1.25 */
	ck_assert_rel(gac_result_provisioned(r, 0)->utilisation, 1, 1e-12);
	ck_assert_int_eq(gac_result_under_capacity(r, NULL), 0);
	gac_result_free(r);
	/* with load above the reservation the utilisation is a lower bound, as
	 * provisioned units' (the overflow share an upper bound): at a peak
	 * twice the average, 2,000,000 input, 800,000 reserved sends 1 − 0.4
	 * = 60 % to the Standard tier; output auto 200,000 × 0.4 = 80,000;
	 * each side carries 0.4 × its month: 0.4 × 43.8e9 ÷ 35.04e9 = 0.5 and
	 * 0.4 × 4.38e9 ÷ (80,000 × 43,800 = 3.504e9) = 0.5 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.peak_to_average", "2", NULL), GAC_OK);
	r = run(sc);
	ck_assert(gac_result_provisioned(r, 0)->output_tpm_per_unit == 80000);
	ck_assert_rel(gac_result_provisioned(r, 0)->overflow_share, 0.6, 1e-12);
	ck_assert_rel(gac_result_provisioned(r, 0)->utilisation, 0.5, 1e-12);
	ck_assert_ptr_nonnull(strstr(gac_result_provisioned(r, 0)->formula,
	                             "= 0.5 (a lower bound: the overflow share is an upper bound, exact for a flat load)"));
	static const char bound[] = "utilisation at least 50.0% (the overflow share is an upper bound, exact for a flat "
	                            "load); the load above it goes to the Standard tier";
	char *text = NULL;
	ck_assert_int_eq(gac_report(&text, r, sc, sheet, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, bound));
	gac_free(text);
	ck_assert_int_eq(gac_report(&text, r, sc, sheet, GAC_FORMAT_MARKDOWN, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, bound));
	gac_free(text);
	ck_assert_int_eq(gac_report(&text, r, sc, sheet, GAC_FORMAT_JSON, GAC_REPORT_EXPLAIN), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "= 0.5 (a lower bound: the overflow share is an upper bound"));
	gac_free(text);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.peak_to_average", "1", NULL), GAC_OK);
	/* rounded up to 1,000: 333,000 input reserved carries 33.3 % of the
	 * peak, output 100,000 × 333,000 ÷ 1,000,000 = 33,300 → 34,000 (34
	 * blocks, $5,100); the input still binds, share 1 − 0.333 = 0.667 */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.input_tokens_per_minute", "333k", NULL), GAC_OK);
	r = run(sc);
	ck_assert(gac_result_provisioned(r, 0)->output_tpm_per_unit == 34000);
	ck_assert_rel(find_line(r, "Reserved tier output (1-month)")->cost, 34 * 150, 1e-12);
	ck_assert_rel(gac_result_provisioned(r, 0)->overflow_share, 0.667, 1e-12);
	gac_result_free(r);
	/* at least AWS's minimum: 100,000 input carries 10 %, output 10,000 */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.input_tokens_per_minute", "100k", NULL), GAC_OK);
	r = run(sc);
	ck_assert(gac_result_provisioned(r, 0)->output_tpm_per_unit == 10000);
	gac_result_free(r);
	/* a given input at or above its peak binds nothing: output auto is
	 * sized for its whole peak, 100,000 */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.input_tokens_per_minute", "1.2M", NULL), GAC_OK);
	r = run(sc);
	ck_assert(gac_result_provisioned(r, 0)->output_tpm_per_unit == 100000);
	ck_assert(gac_result_provisioned(r, 0)->overflow_share == 0);
	/* no load above it: the utilisation is exact, no bound (1e6 ÷ 1.2e6) */
	ck_assert_int_eq(gac_report(&text, r, sc, sheet, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "output tokens/min; utilisation 100.0%\n"));
	ck_assert_ptr_null(strstr(text, "at least"));
	gac_free(text);
	gac_result_free(r);
	/* the other way round: 80,000 output given binds (20 % over), input
	 * auto 1,000,000 × 80,000 ÷ 100,000 = 800,000, 800 × 30 = 24,000; the
	 * same overflow, 8,760 + 3,504, and the same 48,264 */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.input_tokens_per_minute", "auto", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.output_tokens_per_minute", "80k", NULL), GAC_OK);
	r = run(sc);
	ck_assert(gac_result_provisioned(r, 0)->input_tpm_per_unit == 800000);
	ck_assert_rel(find_line(r, "Reserved tier input (1-month)")->cost, 24000, 1e-12);
	ck_assert_rel(gac_result_provisioned(r, 0)->overflow_share, 0.2, 1e-12);
	ck_assert_rel(gac_result_total(r), 24000 + 12000 + 8760 + 3504, 1e-12);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.output_tokens_per_minute", "auto", NULL), GAC_OK);
	gac_error e;
	/* below AWS's minimum of 100,000 input tokens a minute */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.input_tokens_per_minute", "50k", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "reserves at least 100000 input tokens per minute"));
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.input_tokens_per_minute", "auto", NULL), GAC_OK);
	/* combinations AWS does not sell, and a model without the tier */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.overflow", "throttle", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "to the Standard tier by itself"));
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.overflow", "on-demand", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.commitment", "6-month", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "the Reserved tier's is deployment.term"));
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.commitment", "none", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.service_tier", "priority", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "service_tier priority prices on-demand requests"));
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.service_tier", "standard", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.batch_fraction", "0.5", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "batch inference does not run on the Reserved tier"));
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.batch_fraction", "0", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.mode", "on-demand", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "deployment.term is the Reserved tier's, but deployment.mode is on-demand"));
	gac_scenario_free(sc);
	sc = quick("m.sonnet", sets);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ENOPRICE);
	ck_assert_ptr_nonnull(strstr(e.message, "no 1-month Reserved tier input price for m.sonnet"));
	gac_scenario_free(sc);
}
END_TEST

/* Every price by key, through the public accessor and the dimension table */
START_TEST(prices_by_key)
{
	size_t i;
	ck_assert_int_eq(gac_sheet_find(&i, sheet, "m.tiers"), GAC_OK);
	double v = -1;
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, "us-east-1", "priority.output"), GAC_OK);
	ck_assert(v == 7);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "reserved_output.3_month"), GAC_OK);
	ck_assert(v == 125);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "cache_write_1h"), GAC_OK);
	ck_assert(v == 2);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, "eu-west-1", "flex.input"), GAC_OK);
	ck_assert(v == 0.6);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, "us-east-1", "flex.input"), GAC_OK);
	ck_assert(v == 0.5);
	v = -1;
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "flex.cache_read"), GAC_ENOPRICE);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "model_unit_hour.1_month"), GAC_ENOPRICE);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "priority.batch_input"), GAC_EARG);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "bogus"), GAC_EARG);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "bogus.input"), GAC_EARG);
	ck_assert(v == -1);
	ck_assert_int_eq(gac_sheet_find(&i, sheet, "m.sonnet"), GAC_OK);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "long_context.cache_read"), GAC_OK);
	ck_assert(v == 0.6);
	ck_assert_int_eq(gac_sheet_model_price(&v, sheet, i, NULL, "global.output"), GAC_OK);
	ck_assert(v == 13.5);
	/* the table: gac_price first, in its order, then the rest by key */
	ck_assert_uint_eq(gac_dimension_count(), 14);
	ck_assert_str_eq(gac_dimension_key(GAC_PRICE_CACHE_READ), "cache_read");
	ck_assert_str_eq(gac_dimension_key(GAC_PRICE_MU_6_MONTH), "model_unit_hour.6_month");
	ck_assert_str_eq(gac_dimension_key(9), "cache_write_1h");
	ck_assert_str_eq(gac_dimension_unit(10), "1K tokens per minute per month");
	ck_assert_str_eq(gac_dimension_key(12), "reserved_output.1_month");
	ck_assert_str_eq(gac_dimension_label(13), "3-month Reserved tier output");
	ck_assert_ptr_null(gac_dimension_key(14));
	ck_assert_ptr_null(gac_dimension_unit(14));
	ck_assert_ptr_null(gac_dimension_label(14));
}
END_TEST

/* A rate card holds token prices only; each misspelling is placed */
START_TEST(rate_card_sheet_errors)
{
	static const struct {
		const char *entry;
		gac_status st;
		const char *msg;
	} bad[] = {
		{"    priority: {batch_input: 1}\n", GAC_ESCHEMA, "t.yaml:10:16: unknown key 'batch_input' in priority"},
		{"    flex: {}\n", GAC_ESCHEMA, "flex lists no price"},
		{"    reserved_input: {6_month: 1}\n", GAC_ESCHEMA, "unknown key '6_month' in reserved_input"},
		{"    cache_write_1h: -1\n", GAC_EVALUE, "cache_write_1h"},
		{"    offer: {code: AmazonBedrock, rates: {priority.batch_input: {sku: X}}}\n", GAC_ESCHEMA,
		 "offer rates name 'priority.batch_input'"},
		{"    offer: {code: AmazonBedrock, rates: {priority.input: {sku: X, rate: Y}}}\n", GAC_ESCHEMA,
		 "unknown key 'rate' in an offer rate"},
		{"    latency_optimised: {input: 1}\n", GAC_ESCHEMA, "did you mean 'latency_optimized'?"},
	};
	for (size_t k = 0; k < sizeof bad / sizeof *bad; k++) {
		char y[1024];
		snprintf(y, sizeof y,
		         "genaicost: pricesheet/1\nname: t\ncurrency: USD\nas_of: 2025-01-01\nsources: [hand]\n"
		         "models:\n  - id: m.x\n    regions: [us-east-1]\n    per: 1M\n%s", bad[k].entry);
		gac_sheet *sh = NULL;
		gac_error e;
		ck_assert_int_eq(gac_sheet_load_buffer(&sh, y, strlen(y), "t.yaml", &e), bad[k].st);
		char where[2048];
		snprintf(where, sizeof where, "%s:%u:%u: %s", e.file, e.line, e.column, e.message);
		ck_assert_msg(strstr(where, bad[k].msg), "case %zu: %s", k, where);
		ck_assert_ptr_null(sh);
	}
	/* and a good offer block loads */
	const char *good = "genaicost: pricesheet/1\nname: t\ncurrency: USD\nas_of: 2025-01-01\nsources: [hand]\n"
	                   "models:\n  - id: m.x\n    regions: [us-east-1]\n    per: 1K\n    input: 0.001\n"
	                   "    offer:\n      code: AmazonBedrock\n      published: 2026-11-20T00:00:00Z\n"
	                   "      rates:\n        input: {sku: ABC, rate_code: ABC.JRTCKXETXF.6YS6EN2CT7, "
	                   "effective: 2026-11-01, unit: 1K tokens}\n";
	gac_sheet *sh = NULL;
	gac_error e;
	ck_assert_msg(gac_sheet_load_buffer(&sh, good, strlen(good), "t.yaml", &e) == GAC_OK, "%s", e.message);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(inference_profile_ids)
{
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "1000",
	                      "workloads.w.output_tokens", "100", NULL};
	/* us.: a geographic profile, the regional prices 3 / 15 per 1M */
	gac_scenario *sc = quick("us.m.sonnet", sets);
	gac_result *r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 3 + 100 * 15, 1e-12);
	ck_assert_str_eq(find_line(r, "input tokens")->model, "m.sonnet");
	gac_result_free(r);
	gac_scenario_free(sc);
	/* global.: the global prices 2.7 / 13.5, as inference: global */
	sc = quick("global.m.sonnet", sets);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 2.7 + 100 * 13.5, 1e-12);
	ck_assert_ptr_nonnull(strstr(find_line(r, "input tokens")->formula, "global cross-region rate"));
	gac_result_free(r);
	gac_scenario_free(sc);
	/* eu. from us-east-1 is refused; from eu-west-1 it has eu-west-1's input price, 4 */
	sc = quick("eu.m.sonnet", sets);
	gac_error e;
	r = NULL;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EREGION);
	ck_assert_ptr_nonnull(strstr(e.message, "'eu.' inference profile is called from the eu-* regions, not from us-east-1"));
	ck_assert_int_eq(gac_scenario_set(sc, "region", "eu-west-1", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 1000 * 4 + 100 * 15, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
	/* jp. names its two source regions */
	sc = quick("jp.m.sonnet", sets);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EREGION);
	ck_assert_ptr_nonnull(strstr(e.message, "from ap-northeast-1 or ap-northeast-3, not from us-east-1"));
	gac_scenario_free(sc);
	/* a prefix alone, or one the sheet has no model behind, is an unknown model */
	sc = quick("us.", sets);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EMODEL);
	gac_scenario_free(sc);
	sc = quick("us.m.nosuch", sets);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EMODEL);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(fully_cached_input_bills_no_input_tokens)
{
	/* 0.7 + 0.3 of the input cached: 1 - 0.7 - 0.3 is 5.6e-17 in binary,
	 * which must not bill 1.2e-10 tokens; 1M × 1,000 × 0.3 × $3.75 +
	 * 1M × 1,000 × 0.7 × $0.30 + 1M × 100 × $15 per 1M = 1,125 + 210 + 1,500 */
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "1000",
	                      "workloads.w.output_tokens", "100", "workloads.w.cache_read_fraction", "0.7",
	                      "workloads.w.cache_write_fraction", "0.3", NULL};
	gac_scenario *sc = quick("m.sonnet", sets);
	gac_result *r = run(sc);
	for (size_t i = 0; i < gac_result_line_count(r); i++)
		ck_assert_str_ne(gac_result_line(r, i)->component, "input tokens");
	ck_assert_rel(gac_result_total(r), 1125 + 210 + 1500, 1e-12);
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
	/* an explicit 0 output tokens is allowed: the same $30 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.output_tokens", "0", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 30, 1e-12);
	gac_result_free(r);
	/* an embedding model produces no output tokens: refused before any price is looked up */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.output_tokens", "10", NULL), GAC_OK);
	gac_error e;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_null(r);
	ck_assert_ptr_nonnull(strstr(e.message, "output_tokens is 10, but m.embed is an embedding model and "
	                                        "embedding models produce no output tokens"));
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
	/* at the model: value, line 5 column 12 */
	ck_assert_uint_eq(e.line, 5);
	ck_assert_uint_eq(e.column, 12);
	ck_assert_ptr_nonnull(strstr(e.message, "did you mean 'm.sonnet'?"));
	/* a model from --set: at the workload, line 4 column 5 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.model", "m.sonet2", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EMODEL);
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 5);
	/* a region the sheet prices, but not for this model: the model's fault */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.model", "m.instant", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "region", "eu-west-1", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EREGION);
	ck_assert_ptr_nonnull(strstr(e.message, "m.instant is not offered in 'eu-west-1' (sheet lists: us-east-1)"));
	/* a region no model of the sheet is offered in: the region's fault, the
	 * nearest region named (eu-west-1 is 1 edit from eu-west-2) */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.model", "m.sonnet", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "region", "eu-west-2", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EREGION);
	ck_assert_str_eq(e.message, "region 'eu-west-2' is not in price sheet 't' (did you mean 'eu-west-1'?)");
	ck_assert_int_eq(gac_scenario_set(sc, "region", "ap-south-1", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EREGION);
	ck_assert_ptr_nonnull(strstr(e.message, "region 'ap-south-1' is not in price sheet 't' (see 'genaicost models'"));
	ck_assert_int_eq(gac_scenario_set(sc, "region", "us-east-1", NULL), GAC_OK);
	/* cache fractions above 1 together */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.input_tokens", "10", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.output_tokens", "0", NULL), GAC_OK);
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
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.requests_per_month", "1e306", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.a.input_tokens", "1000", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ERANGE);
	ck_assert_ptr_null(r);
	gac_scenario_free(sc);
	ck_assert_int_eq(gac_estimate(NULL, NULL, sheet, &e), GAC_EARG);
	gac_result_free(NULL);
}
END_TEST

START_TEST(tokens_must_be_given)
{
	/* a workload that leaves out its tokens is not priced at $0 for them */
	static const char scen[] =
		"genaicost: scenario/1\n"
		"name: t\n"
		"workloads:\n"
		"  - name: chat\n"                 /* line 4 */
		"    model: m.sonnet\n"
		"    requests_per_month: 1M\n"
		"    output_tokens: 100\n"         /* line 7, column 20 */
		"  - name: emb\n"                  /* line 8 */
		"    model: m.embed\n"
		"    requests_per_month: 1M\n"
		"  - name: pic\n"
		"    model: m.image\n"
		"    requests_per_month: 1000\n";
	gac_scenario *sc = NULL;
	gac_result *r = NULL;
	gac_error e;
	double total;
	ck_assert_int_eq(gac_scenario_load_buffer(&sc, scen, strlen(scen), "s.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ESCHEMA);
	ck_assert_ptr_null(r);
	ck_assert_str_eq(e.file, "s.yaml");
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 5);
	ck_assert_ptr_nonnull(strstr(e.message, "workload 'chat' does not say its input_tokens"));
	/* the quiet path analyses use refuses the same */
	ck_assert_int_eq(gac_estimate_total(&total, sc, sheet, &e), GAC_ESCHEMA);
	ck_assert_uint_eq(e.line, 4);
	/* an explicit 0 is an answer; the embedding workload is next */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.input_tokens", "0", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ESCHEMA);
	ck_assert_uint_eq(e.line, 8);
	ck_assert_ptr_nonnull(strstr(e.message, "workload 'emb' does not say its input_tokens: m.embed is an "
	                                        "embedding model"));
	/* an embedding workload needs no output_tokens, an image workload no tokens:
	 * 1M × 100 × $15 / 1M = $1,500 output; 1M × 50 / 1K × $0.0001 = $5;
	 * 1,000 images × $0.04 = $40; total $1,545 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.emb.input_tokens", "50", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 1500 + 5 + 40, 1e-12);
	gac_result_free(r);
	/* --model puts a text model on the embedding workload: it says no output_tokens */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.emb.model", "m.sonnet", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_ESCHEMA);
	ck_assert_uint_eq(e.line, 8);
	ck_assert_ptr_nonnull(strstr(e.message, "workload 'emb' does not say its output_tokens: m.sonnet "
	                                        "generates text"));
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.emb.model", "m.embed", NULL), GAC_OK);
	/* and an embedding model on the chat workload: its 100 output tokens are refused
	 * at the value, line 7 column 20 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.model", "m.embed", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 7);
	ck_assert_uint_eq(e.column, 20);
	ck_assert_ptr_nonnull(strstr(e.message, "embedding models produce no output tokens"));
	gac_scenario_free(sc);
}
END_TEST

START_TEST(context_window_refuses)
{
	static const char scen[] =
		"genaicost: scenario/1\n"
		"name: t\n"
		"workloads:\n"
		"  - name: w\n"
		"    model: m.small\n"
		"    requests_per_month: 1000\n"
		"    input_tokens: 8000\n"        /* line 7, column 19 */
		"    output_tokens: 192\n"
		"options:\n"
		"  - name: long\n"
		"    set:\n"
		"      workloads.w.input_tokens: 9000\n";  /* line 12, column 33 */
	gac_scenario *sc = NULL;
	gac_result *r = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_load_buffer(&sc, scen, strlen(scen), "s.yaml", &e), GAC_OK);
	/* 8,000 + 192 = 8,192 tokens: exactly the window, priced:
	 * 1,000 × 8,000 × $1 / 1M = $8; 1,000 × 192 × $2 / 1M = $0.384 */
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 8.384, 1e-12);
	gac_result_free(r);
	/* one token more is refused, at the input_tokens value */
	ck_assert_int_eq(gac_scenario_set_number(sc, "workloads.w.output_tokens", 193, NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_null(r);
	ck_assert_uint_eq(e.line, 7);
	ck_assert_uint_eq(e.column, 19);
	ck_assert_ptr_nonnull(strstr(e.message, "8000 input + 193 output tokens a request is 8193 tokens, "
	                                        "above the context window of m.small, 8192 tokens"));
	double total;
	ck_assert_int_eq(gac_estimate_total(&total, sc, sheet, &e), GAC_EVALUE);
	/* an option that passes the window is placed at the option's value */
	ck_assert_int_eq(gac_scenario_set_number(sc, "workloads.w.output_tokens", 192, NULL), GAC_OK);
	gac_comparison *cmp = NULL;
	ck_assert_int_eq(gac_compare(&cmp, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_null(cmp);
	ck_assert_uint_eq(e.line, 12);
	ck_assert_uint_eq(e.column, 33);
	ck_assert_ptr_nonnull(strstr(e.message, "9192 tokens"));
	gac_scenario_free(sc);
	/* the long-context tier of m.sonnet is used inside its 1M window, and a
	 * request past the window is refused, not priced at the tier */
	const char *sets[] = {"workloads.w.requests_per_month", "1000", "workloads.w.input_tokens", "999000",
	                      "workloads.w.output_tokens", "1000", NULL};
	sc = quick("m.sonnet", sets);
	r = run(sc);  /* 1,000 × (999,000 × $6 + 1,000 × $22.5) / 1M = $5,994 + $22.5 */
	ck_assert_rel(gac_result_total(r), 5994 + 22.5, 1e-12);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.output_tokens", "1001", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 0);  /* set in code: no place in a file */
	ck_assert_ptr_nonnull(strstr(e.message, "context window of m.sonnet, 1000000 tokens"));
	gac_scenario_free(sc);
}
END_TEST

START_TEST(set_changes_estimate_through_paths)
{
	/* every analysis acts through parameter paths: a set on a clone
	 * changes the clone's estimate and not the original's */
	const char *sets[] = {"workloads.w.requests_per_month", "1M", "workloads.w.input_tokens", "0",
	                      "workloads.w.output_tokens", "400", NULL};
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

START_TEST(overflow_on_demand_and_throttle)
{
	/* m.pt: 100K input / 20K output tokens/min a unit, burndown 5, $0.003 / $0.015
	 * per 1K on demand, $25 a unit-hour on 6 months.
	 * 4.38M requests × 2,000 input, 100 output, peak 1.5 over 43,800 active min:
	 *   peak input  = 8.76e9 ÷ 43,800 × 1.5 = 300,000 tokens/min
	 *   peak output = 4.38e8 × 5 ÷ 43,800 × 1.5 = 75,000 tokens/min; 4 units needed
	 * 2 units bought: input 300,000 ÷ (2 × 100,000) = 1.5, output 75,000 ÷ (2 × 20,000)
	 *   = 1.875: output binds; share = 1 − 40,000 ÷ 75,000 = 7/15 = 0.4666...
	 * overflow input  = 7/15 × 8.76e9 = 4.088e9 tokens = 4,088,000 1K × $0.003 = $12,264
	 * overflow output = 7/15 × 4.38e8 = 2.044e8 tokens =   204,400 1K × $0.015 = $3,066
	 * units: 2 × 730 h × $25 = $36,500; total 36,500 + 12,264 + 3,066 = $51,830
	 * effective per 1M: 51,830 ÷ 9,198e6 tokens × 1e6 = $5.63492... */
	const char *sets[] = {"workloads.w.requests_per_month", "4.38M", "workloads.w.input_tokens", "2000",
	                      "workloads.w.output_tokens", "100", "workloads.w.peak_to_average", "1.5",
	                      "deployment.mode", "provisioned", "deployment.commitment", "6-month",
	                      "deployment.model_units", "2", "deployment.overflow", "on-demand", NULL};
	gac_scenario *sc = quick("m.pt", sets);
	gac_result *r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 3);
	ck_assert_rel(find_line(r, "provisioned throughput")->cost, 36500, 1e-12);
	const gac_line *oi = find_line(r, "overflow input tokens (on demand)");
	const gac_line *oo = find_line(r, "overflow output tokens (on demand)");
	ck_assert_rel(oi->quantity, 4088000, 1e-12);
	ck_assert(oi->unit_price == 0.003);
	ck_assert_rel(oi->cost, 12264, 1e-12);
	ck_assert_rel(oo->quantity, 204400, 1e-12);
	ck_assert_rel(oo->cost, 3066, 1e-12);
	ck_assert_str_eq(oi->workload, "w");
	/* printed from the plan, as the token lines are: share × requests ×
	 * tokens, 7/15 × 4,380,000 × 2,000 = 4,088,000,000 read left to right */
	ck_assert_str_eq(oi->formula, "(1 − 2 model units × 20000 output tokens/min per unit ÷ 75000 peak output "
	                              "tokens/min = 0.4666666666666667 overflow share) × 4380000 requests_per_month × "
	                              "2000 input_tokens = 4088000000 tokens ÷ 1000 (at the on-demand rate; output binds; "
	                              "the share is an upper bound: the whole month's tokens at the peak's share, exact "
	                              "for a flat load) = 4088000 1K tokens × 0.003 USD = 12264 USD");
	ck_assert_ptr_nonnull(strstr(oo->formula, "overflow share) × 4380000 requests_per_month × 100 output_tokens = "
	                                          "204400000 tokens ÷ 1000"));
	ck_assert_rel(gac_result_total(r), 51830, 1e-12);
	const gac_provisioned *p = gac_result_provisioned(r, 0);
	ck_assert(p->units == 2 && p->units_needed == 4);
	ck_assert_int_eq(p->under_capacity, 0);  /* the load is served */
	ck_assert_int_eq(gac_result_under_capacity(r, NULL), 0);
	ck_assert_int_eq(p->overflow_on_demand, 1);
	ck_assert_rel(p->overflow_share, 7.0 / 15, 1e-12);
	ck_assert_rel(p->overflow_input_tokens, 4.088e9, 1e-12);
	ck_assert_rel(p->overflow_output_tokens, 2.044e8, 1e-12);
	ck_assert_rel(p->overflow_cost, 15330, 1e-12);
	ck_assert_rel(p->effective_per_1m, 51830 / 9198.0, 1e-12);
	ck_assert_rel(p->monthly_cost, 36500, 1e-12);
	ck_assert_rel(p->locked_in, 219000, 1e-12);  /* 36,500 × 6: the units alone */
	/* the utilisation counts what the 2 units carry, not the 7/15 served on
	 * demand: input 8.76e9 − 4.088e9 = 4.672e9 ÷ (2 × 100,000 × 60 × 730 =
	 * 8.76e9) = 8/15; output 2.19e9 burndown × (1 − 7/15) = 1.168e9 ÷
	 * (2 × 20,000 × 60 × 730 = 1.752e9) = 2/3; max 2/3, as when throttled
	 * below (it read 2.19e9 ÷ 1.752e9 = 125%, the on-demand load included);
	 * the tokens a month stay all 9.198e9, every one served */
	ck_assert_rel(p->utilisation, 2.0 / 3, 1e-12);
	ck_assert_rel(p->tokens_per_month, 9.198e9, 1e-12);
	ck_assert_ptr_nonnull(strstr(p->formula, "utilisation = max(4672000000 input tokens on the units (8760000000 − "
	                                         "4088000000 served on demand) ÷ (2 units × 100000 tokens/min × 60 × "
	                                         "730 h), 1168000000 output tokens on the units (2190000000 − "
	                                         "0.4666666666666667 on-demand share × 2190000000) (burndown included) "
	                                         "÷ (2 units × 20000 tokens/min × 60 × 730 h)) = 0.6666666666666666"));
	ck_assert_ptr_nonnull(strstr(p->formula, "tokens a month = 8760000000 input + 438000000 output = 9198000000"));
	/* the derivation names every figure */
	ck_assert_ptr_nonnull(strstr(p->formula, "units needed = max(ceil(300000 ÷ 100000 input tokens/min per unit), "
	                                         "ceil(75000 ÷ 20000 output tokens/min per unit)) = 4"));
	ck_assert_ptr_nonnull(strstr(p->formula, "locked in = 36500 USD a month × 6 months = 219000 USD"));
	ck_assert_ptr_nonnull(strstr(p->formula, "overflow share = max(0, 1 − 2 model units × 20000 output "
	                                         "tokens/min per unit ÷ 75000 peak output tokens/min)"));
	gac_result_free(r);
	/* throttle (the default): flagged, not priced; the volume still known */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.overflow", "throttle", NULL), GAC_OK);
	r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 1);
	ck_assert_rel(gac_result_total(r), 36500, 1e-12);
	p = gac_result_provisioned(r, 0);
	ck_assert_int_eq(p->under_capacity, 1);
	ck_assert_int_eq(p->overflow_on_demand, 0);
	ck_assert_rel(p->overflow_share, 7.0 / 15, 1e-12);
	ck_assert(p->overflow_cost == 0);
	ck_assert_ptr_nonnull(strstr(p->formula, "throttled (deployment.overflow: throttle): not served, not priced"));
	/* what the units serve, the throttled 7/15 not counted:
	 *   input  8.76e9 − 4.088e9 = 4.672e9, output 4.38e8 − 2.044e8 = 2.336e8:
	 *   4.9056e9 tokens served (of 9.198e9 asked, 4.2924e9 throttled)
	 *   $36,500 ÷ 4,905.6M = $7.44047… per 1M (it read $3.968…, per token asked)
	 *   utilisation max(4.672e9 ÷ (2 × 100,000 × 60 × 730) = 8/15,
	 *   2.19e9 burndown output × 8/15 = 1.168e9 ÷ (2 × 20,000 × 60 × 730) = 2/3)
	 *   = 2/3 (it read 2.19e9 ÷ 1.752e9 = 125%, the throttled load included) */
	ck_assert_rel(p->tokens_per_month, 4.9056e9, 1e-12);
	ck_assert_rel(p->overflow_input_tokens + p->overflow_output_tokens, 4.2924e9, 1e-12);
	ck_assert_rel(p->effective_per_1m, 36500 / 4905.6, 1e-12);
	ck_assert_rel(p->utilisation, 2.0 / 3, 1e-12);
	ck_assert_ptr_nonnull(strstr(p->formula, "tokens served a month = (8760000000 − 4088000000 throttled) input + "
	                                         "(438000000 − 204400000 throttled) output = 4905600000 (9198000000 a "
	                                         "month asked, 4292400000 throttled: not served)"));
	ck_assert_ptr_nonnull(strstr(p->formula, "effective per 1M tokens served = 36500 USD ÷ 4905600000 tokens"));
	char *text = NULL;
	ck_assert_int_eq(gac_report(&text, r, sc, sheet, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "utilisation at least 66.7% (the overflow share is an upper bound, exact "
	                                   "for a flat load); 4,905,600,000 tokens served a month (4,292,400,000 "
	                                   "throttled, not served) at $7.44 per 1M tokens"));
	gac_free(text);
	gac_result_free(r);
	/* one unit: "1 model unit", not "1 model units"; output binds with
	 * 1 − 20,000 ÷ 75,000 = 11/15 of the month above it */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_units", "1", NULL), GAC_OK);
	r = run(sc);
	p = gac_result_provisioned(r, 0);
	ck_assert_rel(p->overflow_share, 11.0 / 15, 1e-12);
	ck_assert_msg(strstr(find_line(r, "provisioned throughput")->formula,
	                     "1 model unit × 730 hours (6-month commitment)"), "%s",
	              find_line(r, "provisioned throughput")->formula);
	ck_assert_msg(strstr(p->formula, "overflow share = max(0, 1 − 1 model unit × 20000 output tokens/min per unit "
	                                 "÷ 75000 peak output tokens/min)"), "%s", p->formula);
	ck_assert_msg(strstr(p->formula, " ÷ (1 unit × 100000 tokens/min × 60 × 730 h)"), "%s", p->formula);
	ck_assert_ptr_null(strstr(p->formula, "1 model units"));
	ck_assert_ptr_null(strstr(p->formula, "1 units"));
	gac_result_free(r);
	/* enough units: no overflow, nothing added */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.overflow", "on-demand", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.model_units", "4", NULL), GAC_OK);
	r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 1);
	ck_assert_rel(gac_result_total(r), 73000, 1e-12);
	ck_assert(gac_result_provisioned(r, 0)->overflow_share == 0);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

static gac_scenario *load_yaml(const char *y)
{
	gac_scenario *sc = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&sc, y, strlen(y), "s.yaml", &e) == GAC_OK, "%s", e.message);
	return sc;
}

/* A pattern means "every workload where the field applies": output_tokens
 * through workloads.*.output_tokens is skipped on an embedding workload
 * (priced as if not written) and refused only where it applies to none;
 * the same value written by name is still refused. */
START_TEST(wildcard_skips_where_field_does_not_apply)
{
	static const char y[] =
		"genaicost: scenario/1\n"
		"name: w\n"
		"pricing: t\n"
		"region: us-east-1\n"
		"workloads:\n"
		"  - {name: chat, model: m.instant, requests_per_month: 1M, input_tokens: 1000, output_tokens: 200}\n"
		"  - {name: docs, model: m.embed, requests_per_month: 2M, input_tokens: 300}\n"
		"options:\n"
		"  - name: longer\n"
		"    set: {workloads.*.output_tokens: 500}\n";
	gac_scenario *sc = load_yaml(y);
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.*.output_tokens", "400", &e), GAC_OK);
	/* chat: 1M × 1,000 / 1K × $0.0008 = $800 in, 1M × 400 / 1K × $0.0024 = $960 out;
	 * docs: 2M × 300 / 1K × $0.0001 = $60, its 400 output tokens skipped */
	gac_result *r = run(sc);
	ck_assert_rel(gac_result_total(r), 800 + 960 + 60, 1e-12);
	ck_assert_uint_eq(gac_result_line_count(r), 3);
	const gac_line *l = gac_result_line(r, 2);
	ck_assert_str_eq(l->workload, "docs");
	ck_assert_ptr_nonnull(strstr(l->formula, "output_tokens from workloads.*.output_tokens skipped here: m.embed "
	                                         "is an embedding model"));
	gac_result_free(r);
	/* the option's pattern too: chat's 500 out is 1M × 500 / 1K × $0.0024 = $1,200 */
	gac_comparison *c = NULL;
	ck_assert_int_eq(gac_compare(&c, sc, sheet, &e), GAC_OK);
	ck_assert_rel(gac_result_total(gac_comparison_result(c, 1)), 800 + 1200 + 60, 1e-12);
	gac_comparison_free(c);
	/* by name it is the workload's own value: refused as before */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.docs.output_tokens", "400", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "output_tokens is 400, but m.embed is an embedding model"));
	gac_scenario_free(sc);

	/* a pattern that applies to no workload: refused, naming it; from the
	 * command line a usage error (no place), in a file at its value */
	static const char only[] =
		"genaicost: scenario/1\n"
		"name: w\n"
		"pricing: t\n"
		"region: us-east-1\n"
		"workloads:\n"
		"  - {name: docs, model: m.embed, requests_per_month: 2M, input_tokens: 300}\n"
		"  - {name: queries, model: m.embed, requests_per_month: 1M, input_tokens: 20}\n"
		"options:\n"
		"  - name: longer\n"
		"    set: {workloads.*.output_tokens: 500}\n";
	sc = load_yaml(only);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.*.output_tokens", "400", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EPARAM);
	ck_assert_ptr_null(r);
	ck_assert_uint_eq(e.line, 0);
	ck_assert_str_eq(e.message, "'workloads.*.output_tokens' applies to no workload of this scenario: every "
	                            "workload it names runs an embedding model (docs: m.embed), and embedding models "
	                            "produce no output tokens");
	gac_scenario_free(sc);
	sc = load_yaml(only);
	ck_assert_int_eq(gac_compare(&c, sc, sheet, &e), GAC_ESCHEMA);  /* as a pattern that matches nothing */
	ck_assert_str_eq(e.file, "s.yaml");
	ck_assert_uint_eq(e.line, 10);
	ck_assert_uint_eq(e.column, 38);  /* the value 500 */
	gac_scenario_free(sc);
}
END_TEST

/* issue 16: a vanishing volume on provisioned throughput divided the
 * month's cost into an infinite price per 1M tokens */
START_TEST(provisioned_vanishing_volume)
{
	static const char y[] =
		"genaicost: scenario/1\n"
		"name: p\n"
		"pricing: t\n"
		"region: us-east-1\n"
		"deployment: {mode: provisioned, commitment: 6-month, model_units: 1}\n"
		"workloads:\n"
		"  - name: w\n"
		"    model: m.pt\n"
		"    requests_per_month: 1e-310\n"
		"    input_tokens: 100\n"
		"    output_tokens: 100\n";
	gac_scenario *sc = load_yaml(y);
	gac_result *r = NULL;
	gac_error e;
	/* 2e-308 tokens: $18,250 ÷ 2e-308 × 1e6 is past DBL_MAX */
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_ptr_null(r);
	ck_assert_str_eq(e.file, "s.yaml");
	ck_assert_uint_eq(e.line, 9);
	ck_assert_uint_eq(e.column, 25);
	ck_assert_ptr_nonnull(strstr(e.message, "requests_per_month is too small"));
	/* 0 requests: no tokens, the price per token not applicable (NaN,
	 * shown as nothing and null), the units still billed:
	 * 1 × 730 h × $25 = $18,250 */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.requests_per_month", "0", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 18250, 1e-12);
	const gac_provisioned *p = gac_result_provisioned(r, 0);
	ck_assert(p->tokens_per_month == 0);
	ck_assert(isnan(p->effective_per_1m));
	ck_assert(p->utilisation == 0);
	gac_result_free(r);
	/* 1 request: 200 tokens, $18,250 ÷ 200 × 1e6 = $91,250,000 per 1M */
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.requests_per_month", "1", NULL), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_provisioned(r, 0)->effective_per_1m, 9.125e7, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(per_workload_deployment)
{
	/* chat on m.pt with its own provisioned block, embeddings on demand:
	 * chat: 4 units (as provisioned_sizing) × 730 h × $25 = $73,000
	 * embed: 1M requests × 500 tokens = 5e8 tokens = 500,000 1K × $0.0001 = $50
	 * total $73,050 */
	static const char y[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - name: chat\n"
		"    model: m.pt\n"
		"    requests_per_month: 4.38M\n"
		"    input_tokens: 2000\n"
		"    output_tokens: 100\n"
		"    peak_to_average: 1.5\n"
		"    deployment: {mode: provisioned, commitment: 6-month, model_units: auto}\n"
		"  - name: embed\n"
		"    model: m.embed\n"
		"    requests_per_month: 1M\n"
		"    input_tokens: 500\n";
	gac_scenario *sc = load_yaml(y);
	gac_result *r = run(sc);
	ck_assert_uint_eq(gac_result_line_count(r), 2);
	ck_assert_rel(find_line(r, "provisioned throughput")->cost, 73000, 1e-12);
	ck_assert_rel(find_line(r, "input tokens")->cost, 50, 1e-12);
	ck_assert_rel(gac_result_total(r), 73050, 1e-12);
	ck_assert_uint_eq(gac_result_provisioned_count(r), 1);
	ck_assert_str_eq(gac_result_provisioned(r, 0)->workloads, "chat");
	gac_result_free(r);
	/* paths: the workload's own value, the scenario's while unset */
	double v;
	ck_assert_int_eq(gac_scenario_get_number(&v, sc, "workloads.chat.deployment.mode"), GAC_OK);
	ck_assert(v == GAC_MODE_PROVISIONED);
	ck_assert_int_eq(gac_scenario_get_number(&v, sc, "workloads.embed.deployment.mode"), GAC_OK);
	ck_assert(v == GAC_MODE_ON_DEMAND);
	/* a --set on the path: 2 units fixed, overflow on demand for chat alone
	 * (share 7/15 as in overflow_on_demand_and_throttle: +$15,330, 2 units $36,500) */
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.deployment.model_units", "2", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.deployment.overflow", "on-demand", &e), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 36500 + 15330 + 50, 1e-12);
	gac_result_free(r);
	/* the fast path analyses use (sweeps, Monte Carlo) stores the same */
	gac_pref pr;
	ck_assert_int_eq(gac_param_resolve(&pr, sc, "workloads.chat.deployment.model_units"), GAC_OK);
	ck_assert_int_eq(gac_param_store(&pr, "workloads.chat.deployment.model_units", 4, &e), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 73050, 1e-12);
	gac_result_free(r);
	/* the scenario's provisioned deployment with a workload of its own on
	 * demand: the scenario's commitment is not the embed workload's */
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.mode", "provisioned", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "deployment.commitment", "1-month", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.embed.deployment.mode", "on-demand", &e), GAC_OK);
	r = run(sc);
	ck_assert_rel(gac_result_total(r), 73050, 1e-12);  /* chat keeps its own 6-month block */
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(units_shared_by_same_deployment)
{
	/* two workloads on m.instant: shared units when their deployments agree
	 * (1 unit × 730 h × $22), apart when they differ (+1 unit at $39.6 1-month) */
	static const char y[] =
		"genaicost: scenario/1\n"
		"deployment: {mode: provisioned, commitment: 6-month}\n"
		"workloads:\n"
		"  - {name: a, model: m.instant, requests_per_month: 1M, input_tokens: 10, output_tokens: 5}\n"
		"  - {name: b, model: m.instant, requests_per_month: 1M, input_tokens: 10, output_tokens: 5,\n"
		"     deployment: {commitment: 6-month}}\n";
	gac_scenario *sc = load_yaml(y);
	gac_result *r = run(sc);
	ck_assert_uint_eq(gac_result_provisioned_count(r), 1);
	ck_assert_str_eq(gac_result_provisioned(r, 0)->workloads, "a,b");
	ck_assert_rel(gac_result_total(r), 730 * 22.0, 1e-12);
	gac_result_free(r);
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.b.deployment.commitment", "1-month", &e), GAC_OK);
	r = run(sc);
	ck_assert_uint_eq(gac_result_provisioned_count(r), 2);
	ck_assert_str_eq(gac_result_provisioned(r, 0)->workloads, "a");
	ck_assert_str_eq(gac_result_provisioned(r, 1)->workloads, "b");
	ck_assert_rel(gac_result_total(r), 730 * 22.0 + 730 * 39.6, 1e-12);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(per_workload_deployment_errors)
{
	gac_error e;
	gac_result *r = NULL;
	/* a workload's own commitment on its own on-demand mode: at its line:col */
	static const char a[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - name: w\n"
		"    model: m.sonnet\n"
		"    requests_per_month: 1M\n"
		"    deployment:\n"
		"      commitment: 1-month\n";
	gac_scenario *sc = load_yaml(a);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 7);
	ck_assert_uint_eq(e.column, 19);
	ck_assert_ptr_nonnull(strstr(e.message, "workload 'w': deployment.commitment is 1-month but its "
	                                        "deployment.mode is on-demand"));
	gac_scenario_free(sc);
	/* batch on a workload's own provisioned throughput: at its mode */
	static const char b[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - name: w\n"
		"    model: m.instant\n"
		"    requests_per_month: 1M\n"
		"    batch_fraction: 0.5\n"
		"    deployment: {mode: provisioned, commitment: 1-month}\n";
	sc = load_yaml(b);
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 7);
	ck_assert_uint_eq(e.column, 24);
	ck_assert_ptr_nonnull(strstr(e.message, "batch inference does not run on provisioned throughput"));
	gac_scenario_free(sc);
	/* an unknown overflow, and an unknown key in a workload's block */
	static const char c[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - name: w\n"
		"    model: m.instant\n"
		"    requests_per_month: 1M\n"
		"    deployment: {overflow: spill}\n";
	ck_assert_int_eq(gac_scenario_load_buffer(&sc, c, strlen(c), "s.yaml", &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 6);
	ck_assert_uint_eq(e.column, 28);
	ck_assert_ptr_nonnull(strstr(e.message, "workloads.w.deployment.overflow must be one of throttle, on-demand"));
	static const char d[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - name: w\n"
		"    model: m.instant\n"
		"    requests_per_month: 1M\n"
		"    deployment: {units: 2}\n";
	ck_assert_int_eq(gac_scenario_load_buffer(&sc, d, strlen(d), "s.yaml", &e), GAC_ESCHEMA);
	ck_assert_uint_eq(e.line, 6);
	ck_assert_ptr_nonnull(strstr(e.message, "units"));
	/* the same values through --set place nothing but still refuse */
	sc = quick("m.instant", NULL);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.deployment.overflow", "spill", &e), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.w.deployment.model_units", "0.5", &e), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.nobody.deployment.mode", "batch", &e), GAC_EPARAM);
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
	tcase_add_test(t, overflow_on_demand_and_throttle);
	tcase_add_test(t, per_workload_deployment);
	tcase_add_test(t, provisioned_vanishing_volume);
	tcase_add_test(t, units_shared_by_same_deployment);
	tcase_add_test(t, per_workload_deployment_errors);
	tcase_add_test(t, global_and_region_prices);
	tcase_add_test(t, service_tiers_and_rate_cards);
	tcase_add_test(t, cache_write_1h);
	tcase_add_test(t, long_context_on_rate_cards);
	tcase_add_test(t, reserved_tier);
	tcase_add_test(t, prices_by_key);
	tcase_add_test(t, rate_card_sheet_errors);
	tcase_add_test(t, inference_profile_ids);
	tcase_add_test(t, fully_cached_input_bills_no_input_tokens);
	tcase_add_test(t, long_context_whole_request);
	tcase_add_test(t, long_context_marginal);
	tcase_add_test(t, provisioned_load_unknown);
	tcase_add_test(t, embeddings_and_images);
	tcase_add_test(t, wildcard_skips_where_field_does_not_apply);
	tcase_add_test(t, errors_are_placed);
	tcase_add_test(t, set_changes_estimate_through_paths);
	tcase_add_test(t, tokens_must_be_given);
	tcase_add_test(t, context_window_refuses);
	tcase_add_test(t, workspace_follows_what_changes);
	suite_add_tcase(s, t);
	return s;
}

/* Cost gates: snapshots (priced now or read back from JSON), the
 * thresholds of check, and the diff and check reports. */
#define _DEFAULT_SOURCE
#include "tests.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - {id: m.big, vendor: v, regions: [us-east-1], per: 1M, input: 3, output: 15}\n"
	"  - {id: m.small, vendor: v, regions: [us-east-1], per: 1M, input: 0.25, output: 1.25}\n";

/* chat: 1M × (1000 in × $3 + 200 out × $15)/1M = 3000 + 3000 = $6,000
 * nightly: 100k × (500 × $0.25 + 100 × $1.25)/1M = 12.5 + 12.5 = $25 */
static const char scenario_yaml[] =
	"genaicost: scenario/1\n"                                         /* 1 */
	"name: gate\n"                                                    /* 2 */
	"workloads:\n"                                                    /* 3 */
	"  - {name: chat, model: m.big, requests_per_month: 1M, input_tokens: 1000, output_tokens: 200}\n"
	"  - {name: nightly, model: m.small, requests_per_month: 100k, input_tokens: 500, output_tokens: 100}\n"
	"options:\n"                                                      /* 6 */
	"  - name: small\n"                                               /* 7 */
	"    set: {workloads.chat.model: m.small}\n"                      /* 8 */
	"uncertain:\n"                                                    /* 9 */
	"  workloads.chat.requests_per_month: 500k to 2M\n";

static gac_sheet *sheet;

static void setup(void)
{
	gac_error e;
	ck_assert_msg(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e) == GAC_OK,
	              "%s", e.message);
}

static void teardown(void)
{
	gac_sheet_free(sheet);
}

static gac_scenario *scenario(const char *extra)
{
	size_t n = strlen(scenario_yaml) + (extra ? strlen(extra) : 0) + 1;
	char *text = malloc(n);
	ck_assert_ptr_nonnull(text);
	snprintf(text, n, "%s%s", scenario_yaml, extra ? extra : "");
	gac_scenario *s = NULL;
	gac_error e;
	gac_status st = gac_scenario_load_buffer(&s, text, strlen(text), "gate.yaml", &e);
	ck_assert_msg(st == GAC_OK, "%s:%u:%u: %s", e.file, e.line, e.column, e.message);
	free(text);
	return s;
}

/* The estimate report of a scenario, as `estimate --format json` writes it. */
static char *estimate_json(const gac_scenario *s)
{
	gac_result *r = NULL;
	ck_assert_int_eq(gac_estimate(&r, s, sheet, NULL), GAC_OK);
	char *text = NULL;
	ck_assert_int_eq(gac_report(&text, r, s, sheet, GAC_FORMAT_JSON, 0), GAC_OK);
	gac_result_free(r);
	return text;
}

static char *replace(const char *text, const char *from, const char *to)
{
	const char *at = strstr(text, from);
	ck_assert_msg(at != NULL, "'%s' not in the report", from);
	size_t n = strlen(text) - strlen(from) + strlen(to) + 1;
	char *out = malloc(n);
	ck_assert_ptr_nonnull(out);
	memcpy(out, text, (size_t)(at - text));
	strcpy(out + (at - text), to);
	strcat(out, at + strlen(from));
	return out;
}

static void load_fails(const char *text, gac_status want, unsigned line, unsigned col, const char *msg)
{
	gac_snapshot *s = (gac_snapshot *)&s;
	gac_error e;
	gac_status st = gac_snapshot_load_buffer(&s, text, strlen(text), "base.json", &e);
	ck_assert_msg(st == want, "status %s (%s), expected %s", gac_strerror(st), e.message, gac_strerror(want));
	ck_assert_ptr_null(s);
	ck_assert_str_eq(e.file, "base.json");
	ck_assert_msg(e.line == line && e.column == col, "at %u:%u, expected %u:%u (%s)", e.line, e.column, line,
	              col, e.message);
	ck_assert_msg(strstr(e.message, msg) != NULL, "'%s' lacks '%s'", e.message, msg);
}

START_TEST(test_snapshot_price)
{
	gac_scenario *s = scenario(NULL);
	gac_snapshot *snap = NULL;
	ck_assert_int_eq(gac_snapshot_price(&snap, s, sheet, NULL), GAC_OK);
	ck_assert_uint_eq(gac_snapshot_count(snap), 2);
	ck_assert_str_eq(gac_snapshot_name(snap, 0), "baseline");
	ck_assert_str_eq(gac_snapshot_name(snap, 1), "small");
	ck_assert_uint_eq(gac_snapshot_find(snap, "small"), 1);
	ck_assert_uint_eq(gac_snapshot_find(snap, "nope"), 2);
	ck_assert(gac_result_total(gac_snapshot_result(snap, 0)) == 6025.0);
	/* chat on the small model: 1M × (1000 × 0.25 + 200 × 1.25)/1M = 500 */
	ck_assert(gac_result_total(gac_snapshot_result(snap, 1)) == 525.0);
	const gac_provenance *p = gac_snapshot_provenance(snap);
	ck_assert_str_eq(p->kind, "scenario");
	ck_assert_str_eq(p->source, "gate.yaml");
	ck_assert_str_eq(p->scenario_hash, gac_scenario_hash(s));
	ck_assert_str_eq(p->pricing_hash, gac_sheet_hash(sheet));
	ck_assert_str_eq(p->pricing_as_of, "2025-02-28");
	ck_assert(gac_result_workload_share(gac_snapshot_result(snap, 0), "chat") == 6000.0);
	ck_assert(gac_result_workload_share(gac_snapshot_result(snap, 0), "nightly") == 25.0);
	ck_assert(gac_result_workload_share(gac_snapshot_result(snap, 0), "ch") == 0.0);
	ck_assert_ptr_null(gac_snapshot_name(snap, 2));
	ck_assert_ptr_null(gac_snapshot_result(NULL, 0));
	gac_snapshot_free(snap);
	gac_snapshot_free(NULL);
	gac_scenario_free(s);
}
END_TEST

/* A saved report reads back to the same figures, bit for bit. */
START_TEST(test_snapshot_round_trip)
{
	gac_scenario *s = scenario(NULL);
	char *text = estimate_json(s);
	gac_snapshot *snap = NULL;
	gac_error e;
	ck_assert_int_eq(gac_snapshot_load_buffer(&snap, text, strlen(text), "base.json", &e), GAC_OK);
	ck_assert_uint_eq(gac_snapshot_count(snap), 1);
	ck_assert_str_eq(gac_snapshot_name(snap, 0), "baseline");
	const gac_result *r = gac_snapshot_result(snap, 0);
	ck_assert(gac_result_total(r) == 6025.0);
	ck_assert_uint_eq(gac_result_line_count(r), 4);
	ck_assert_str_eq(gac_result_line(r, 0)->workload, "chat");
	ck_assert_str_eq(gac_result_line(r, 0)->component, "input tokens");
	ck_assert(gac_result_line(r, 0)->cost == 3000.0);
	const gac_provenance *p = gac_snapshot_provenance(snap);
	ck_assert_str_eq(p->kind, "report/1");
	ck_assert_str_eq(p->scenario_name, "gate");
	ck_assert_str_eq(p->scenario_hash, gac_scenario_hash(s));
	ck_assert_str_eq(p->pricing_name, "t");
	ck_assert_str_eq(p->currency, "USD");
	gac_snapshot_free(snap);
	gac_free(text);

	/* a comparison reads back with every option */
	gac_comparison *cmp = NULL;
	ck_assert_int_eq(gac_compare(&cmp, s, sheet, NULL), GAC_OK);
	ck_assert_int_eq(gac_report_compare(&text, cmp, s, sheet, GAC_FORMAT_JSON, 0, 0), GAC_OK);
	ck_assert_int_eq(gac_snapshot_load_buffer(&snap, text, strlen(text), "cmp.json", &e), GAC_OK);
	ck_assert_uint_eq(gac_snapshot_count(snap), 2);
	ck_assert(gac_result_total(gac_snapshot_result(snap, 1)) == 525.0);
	ck_assert_str_eq(gac_snapshot_provenance(snap)->kind, "compare/1");
	gac_snapshot_free(snap);
	gac_comparison_free(cmp);
	gac_free(text);
	gac_scenario_free(s);
}
END_TEST

START_TEST(test_snapshot_errors)
{
	gac_scenario *s = scenario(NULL);
	char *good = estimate_json(s);
	char *bad;
	/* line 29 is the first line's cost in the pretty-printed report */
	bad = replace(good, "\"cost\": 3000.0", "\"cost\": 3001.0");
	load_fails(bad, GAC_EVALUE, 29, 15, "lines[0].cost: is 3001, but quantity × unit_price is 3000");
	free(bad);
	bad = replace(good, "\"total\": 6025.0", "\"total\": 6000.0");
	load_fails(bad, GAC_EVALUE, 18, 12, "total: is 6000, but its lines add to 6025");
	free(bad);
	bad = replace(good, "\"total\": 6025.0", "\"total\": \"6025\"");
	load_fails(bad, GAC_ESCHEMA, 18, 12, "total: should be a number");
	free(bad);
	bad = replace(good, "\"report/1\"", "\"report/2\"");
	load_fails(bad, GAC_EVERSION, 2, 16, "'report/2' is newer than this genaicost reads");
	free(bad);
	bad = replace(good, "\"report/1\"", "\"sweep/1\"");
	load_fails(bad, GAC_ESCHEMA, 2, 16, "'sweep/1' holds no line items");
	free(bad);
	bad = replace(good, "\"report/1\"", "\"report/x\"");
	load_fails(bad, GAC_ESCHEMA, 2, 16, "not a report version");
	free(bad);
	bad = replace(good, "\"component\": \"input tokens\"", "\"componnet\": \"input tokens\"");
	load_fails(bad, GAC_ESCHEMA, 22, 5, "lines[0]: 'component' is missing");  /* the item lacking it */
	free(bad);
	bad = replace(good, "\"currency\": \"USD\",", "");
	load_fails(bad, GAC_ESCHEMA, 1, 1, "'currency' is missing");
	free(bad);
	load_fails("{\"genaicost\": \"report/1\",\n  \"total\": 1,,\n}", GAC_ESYNTAX, 2, 14, "not valid JSON");
	load_fails("[1, 2]", GAC_ESCHEMA, 1, 1, "a genaicost report is a JSON object");
	load_fails("{\"name\": \"x\"}", GAC_ESCHEMA, 1, 1, "not a genaicost report");
	gac_snapshot *snap = (gac_snapshot *)&snap;
	gac_error e;
	ck_assert_int_eq(gac_snapshot_load_file(&snap, "/nonexistent/base.json", &e), GAC_EIO);
	ck_assert_ptr_null(snap);
	ck_assert_int_eq(gac_snapshot_load_buffer(NULL, "{}", 2, "x", &e), GAC_EARG);
	gac_free(good);
	gac_scenario_free(s);
}
END_TEST

static const gac_check_item *item(const gac_check *c, const char *path)
{
	for (size_t i = 0; i < gac_check_count(c); i++)
		if (!strcmp(gac_check_at(c, i)->path, path))
			return gac_check_at(c, i);
	ck_abort_msg("no threshold %s", path);
	return NULL;
}

START_TEST(test_check_budgets)
{
	gac_scenario *s = scenario("budget:\n"
	                           "  monthly: 6000\n"
	                           "  workloads:\n"
	                           "    nightly: {monthly: 25}\n"
	                           "  options:\n"
	                           "    small: {monthly: 600}\n");
	gac_check *c = NULL;
	ck_assert_int_eq(gac_check_run(&c, s, sheet, NULL, NULL, NULL), GAC_OK);
	ck_assert_uint_eq(gac_check_count(c), 3);
	ck_assert_uint_eq(gac_check_breached(c), 1);
	const gac_check_item *x = item(c, "budget.monthly");
	ck_assert_str_eq(x->option, "baseline");
	ck_assert_ptr_null(x->workload);
	ck_assert_int_eq(x->kind, GAC_THRESHOLD_BUDGET);
	ck_assert(x->value == 6025.0 && x->excess == 25.0 && isnan(x->percentile));
	ck_assert_int_eq(x->status, GAC_CHECK_BREACHED);
	x = item(c, "budget.workloads.nightly.monthly");
	ck_assert_str_eq(x->workload, "nightly");
	ck_assert(x->value == 25.0 && x->excess == 0.0);  /* at the limit holds */
	ck_assert_int_eq(x->status, GAC_CHECK_HOLDS);
	x = item(c, "budget.options.small.monthly");
	ck_assert_str_eq(x->option, "small");
	ck_assert(x->value == 525.0 && x->excess == -75.0);
	ck_assert_int_eq(gac_check_trials(c), 0);
	ck_assert_ptr_null(gac_check_baseline(c));
	gac_check_free(c);
	/* a --set through the one mechanism moves the verdict */
	ck_assert_int_eq(gac_scenario_set(s, "budget.monthly", "7000", NULL), GAC_OK);
	ck_assert_int_eq(gac_check_run(&c, s, sheet, NULL, NULL, NULL), GAC_OK);
	ck_assert_uint_eq(gac_check_breached(c), 0);
	gac_check_free(c);
	gac_check_free(NULL);
	gac_scenario_free(s);
}
END_TEST

START_TEST(test_check_increases)
{
	gac_scenario *old = scenario(NULL);
	char *text = estimate_json(old);
	gac_snapshot *base = NULL;
	ck_assert_int_eq(gac_snapshot_load_buffer(&base, text, strlen(text), "base.json", NULL), GAC_OK);
	gac_free(text);
	gac_scenario *s = scenario("budget:\n"
	                           "  max_increase_percent: 9\n"
	                           "  max_increase: 500\n"
	                           "  workloads:\n"
	                           "    chat: {max_increase_percent: 20}\n"
	                           "  options:\n"
	                           "    small: {max_increase: 1}\n");
	/* output 200 -> 240 tokens: chat's output line 3000 -> 3600 */
	ck_assert_int_eq(gac_scenario_set(s, "workloads.chat.output_tokens", "240", NULL), GAC_OK);
	gac_check *c = NULL;
	ck_assert_int_eq(gac_check_run(&c, s, sheet, base, NULL, NULL), GAC_OK);
	const gac_check_item *x = item(c, "budget.max_increase_percent");
	ck_assert(x->old_value == 6025.0 && x->value == 6625.0);
	ck_assert_rel(x->excess, 100.0 * 600 / 6025 - 9, 1e-12);
	ck_assert_int_eq(x->status, GAC_CHECK_BREACHED);
	x = item(c, "budget.max_increase");
	ck_assert(x->excess == 100.0);
	ck_assert_int_eq(x->status, GAC_CHECK_BREACHED);
	x = item(c, "budget.workloads.chat.max_increase_percent");
	ck_assert(x->old_value == 6000.0 && x->value == 6600.0);
	ck_assert_rel(x->excess, -10.0, 1e-12);
	ck_assert_int_eq(x->status, GAC_CHECK_HOLDS);
	/* an estimate report holds only the baseline: the option is skipped */
	x = item(c, "budget.options.small.max_increase");
	ck_assert_int_eq(x->status, GAC_CHECK_SKIPPED);
	ck_assert(isnan(x->old_value));
	ck_assert_uint_eq(gac_check_breached(c), 2);
	ck_assert_ptr_eq(gac_check_baseline(c), base);
	gac_check_free(c);
	/* without a baseline every increase is skipped, nothing breaks */
	ck_assert_int_eq(gac_check_run(&c, s, sheet, NULL, NULL, NULL), GAC_OK);
	ck_assert_uint_eq(gac_check_breached(c), 0);
	for (size_t i = 0; i < gac_check_count(c); i++)
		ck_assert_int_eq(gac_check_at(c, i)->status, GAC_CHECK_SKIPPED);
	gac_check_free(c);
	gac_snapshot_free(base);
	gac_scenario_free(s);
	gac_scenario_free(old);
}
END_TEST

/* From nothing, any rise is past every percentage. */
START_TEST(test_check_rise_from_zero)
{
	gac_scenario *old = scenario(NULL);
	ck_assert_int_eq(gac_scenario_set(old, "workloads.nightly.requests_per_month", "0", NULL), GAC_OK);
	gac_snapshot *base = NULL;
	ck_assert_int_eq(gac_snapshot_price(&base, old, sheet, NULL), GAC_OK);
	gac_scenario *s = scenario("budget:\n  workloads:\n    nightly: {max_increase_percent: 1000}\n");
	gac_check *c = NULL;
	ck_assert_int_eq(gac_check_run(&c, s, sheet, base, NULL, NULL), GAC_OK);
	const gac_check_item *x = gac_check_at(c, 0);
	ck_assert(x->old_value == 0.0 && isinf(x->excess));
	ck_assert_int_eq(x->status, GAC_CHECK_BREACHED);
	gac_check_free(c);
	gac_snapshot_free(base);
	gac_scenario_free(s);
	gac_scenario_free(old);
}
END_TEST

/* A figure that meets its limit on paper may sit 1e-15 above it in
 * double: it holds.  A workload the baseline never had is skipped, not
 * judged a rise from nothing. */
START_TEST(test_check_at_the_limit)
{
	gac_scenario *old = scenario(NULL);
	ck_assert_int_eq(gac_scenario_set(old, "workloads.chat.requests_per_month", "1000", NULL), GAC_OK);
	gac_snapshot *base = NULL;
	ck_assert_int_eq(gac_snapshot_price(&base, old, sheet, NULL), GAC_OK);
	gac_scenario *s = scenario("budget: {max_increase_percent: 10}\n");
	ck_assert_int_eq(gac_scenario_set(s, "workloads.chat.requests_per_month", "1100", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "workloads.nightly.requests_per_month", "110000", NULL), GAC_OK);
	gac_check *c = NULL;
	ck_assert_int_eq(gac_check_run(&c, s, sheet, base, NULL, NULL), GAC_OK);
	const gac_check_item *x = item(c, "budget.max_increase_percent");
	ck_assert_rel(100 * (x->value - x->old_value) / x->old_value, 10.0, 1e-12);
	ck_assert_int_eq(x->status, GAC_CHECK_HOLDS);
	gac_check_free(c);
	/* one more request is past it */
	ck_assert_int_eq(gac_scenario_set(s, "workloads.chat.requests_per_month", "1101", NULL), GAC_OK);
	ck_assert_int_eq(gac_check_run(&c, s, sheet, base, NULL, NULL), GAC_OK);
	ck_assert_int_eq(item(c, "budget.max_increase_percent")->status, GAC_CHECK_BREACHED);
	gac_check_free(c);
	gac_snapshot_free(base);
	gac_scenario_free(s);
	gac_scenario_free(old);

	/* a workload added since the baseline */
	const char *one = "genaicost: scenario/1\n"
	                  "workloads:\n"
	                  "  - {name: a, model: m.big, requests_per_month: 1000, input_tokens: 10, output_tokens: 0}\n";
	const char *two = "genaicost: scenario/1\n"
	                  "workloads:\n"
	                  "  - {name: a, model: m.big, requests_per_month: 1000, input_tokens: 10, output_tokens: 0}\n"
	                  "  - {name: extra, model: m.big, requests_per_month: 1000, input_tokens: 10, output_tokens: 0}\n"
	                  "budget: {workloads: {extra: {max_increase_percent: 10}, a: {max_increase: 0}}}\n";
	ck_assert_int_eq(gac_scenario_load_buffer(&old, one, strlen(one), "one.yaml", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_load_buffer(&s, two, strlen(two), "two.yaml", NULL), GAC_OK);
	ck_assert_int_eq(gac_snapshot_price(&base, old, sheet, NULL), GAC_OK);
	ck_assert_int_eq(gac_check_run(&c, s, sheet, base, NULL, NULL), GAC_OK);
	ck_assert_int_eq(item(c, "budget.workloads.extra.max_increase_percent")->status, GAC_CHECK_SKIPPED);
	ck_assert_int_eq(item(c, "budget.workloads.a.max_increase")->status, GAC_CHECK_HOLDS);
	ck_assert_uint_eq(gac_check_skipped(c), 1);
	ck_assert_uint_eq(gac_check_breached(c), 0);
	gac_check_free(c);
	gac_snapshot_free(base);
	gac_scenario_free(s);
	gac_scenario_free(old);
}
END_TEST

START_TEST(test_check_percentile)
{
	gac_scenario *s = scenario("budget: {monthly: 9000, percentile: 90, workloads: {chat: {monthly: 7000}}}\n");
	gac_sim_options so = GAC_SIM_OPTIONS_INIT;
	so.trials = 4000;
	so.threads = 1;
	gac_check *c = NULL;
	gac_error e;
	ck_assert_int_eq(gac_check_run(&c, s, sheet, NULL, &so, &e), GAC_OK);
	ck_assert_uint_eq(gac_check_trials(c), 4000);
	ck_assert(gac_check_percentile(c) == 90);
	const gac_check_item *x = item(c, "budget.monthly");
	ck_assert(x->percentile == 90);
	/* the same P90 the simulation reports */
	gac_simulation *sim = NULL;
	ck_assert_int_eq(gac_simulate(&sim, s, sheet, &so, &e), GAC_OK);
	ck_assert(x->value == gac_simulation_option(sim, 0)->p90);
	double p80;
	ck_assert_int_eq(gac_simulation_percentile(&p80, sim, 0, 80), GAC_OK);
	ck_assert(p80 < x->value && p80 > gac_simulation_option(sim, 0)->p50);
	ck_assert_int_eq(gac_simulation_percentile(&p80, sim, 0, 100), GAC_EARG);
	gac_simulation_free(sim);
	/* requests 500k..2M at p5..p95: P90 of 6000 × r/1M + 25 is above 9000 */
	ck_assert_int_eq(x->status, x->value > 9000 ? GAC_CHECK_BREACHED : GAC_CHECK_HOLDS);
	ck_assert(x->value > 9000);
	/* a workload's budget stays on the estimate */
	x = item(c, "budget.workloads.chat.monthly");
	ck_assert(isnan(x->percentile) && x->value == 6000.0);
	/* budgets are monthly: a horizon in the options is not used */
	double p90 = item(c, "budget.monthly")->value;
	gac_check_free(c);
	so.months = 12;
	ck_assert_int_eq(gac_check_run(&c, s, sheet, NULL, &so, &e), GAC_OK);
	ck_assert(item(c, "budget.monthly")->value == p90);
	gac_check_free(c);
	so.months = 0;
	gac_scenario_free(s);

	/* a percentile budget without uncertain inputs is an error at its line */
	const char *plain = "genaicost: scenario/1\n"
	                    "workloads:\n"
	                    "  - {name: a, model: m.big, requests_per_month: 1, input_tokens: 0, output_tokens: 0}\n"
	                    "budget:\n"
	                    "  monthly: 1\n"
	                    "  percentile: 95\n";
	ck_assert_int_eq(gac_scenario_load_buffer(&s, plain, strlen(plain), "p.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_check_run(&c, s, sheet, NULL, NULL, &e), GAC_EVALUE);
	ck_assert_ptr_null(c);
	ck_assert_uint_eq(e.line, 6);
	ck_assert_uint_eq(e.column, 15);
	ck_assert_ptr_nonnull(strstr(e.message, "uncertain"));
	gac_scenario_free(s);
}
END_TEST

/* The inputs two snapshots differ in, as a list of "path old new". */
static void expect_changes(const gac_snapshot *a, const gac_snapshot *z, const char *const *want, size_t nwant)
{
	gac_input_changes *ch = NULL;
	ck_assert_int_eq(gac_snapshot_input_changes(&ch, a, z), GAC_OK);
	size_t n = gac_input_changes_count(ch);
	for (size_t i = 0; i < n && i < nwant; i++) {
		const gac_input_change *x = gac_input_changes_at(ch, i);
		char got[512];
		snprintf(got, sizeof got, "%s %s %s%s%s", x->path, x->old_value ? x->old_value : "-",
		         x->new_value ? x->new_value : "-", x->added ? " added" : "", x->removed ? " removed" : "");
		ck_assert_str_eq(got, want[i]);
	}
	ck_assert_uint_eq(n, nwant);
	ck_assert_ptr_null(gac_input_changes_at(ch, n));
	gac_input_changes_free(ch);
}

START_TEST(test_input_changes)
{
	/* the gate scenario, and one edited by hand: hours 730 -> 744, chat's
	 * output 200 -> 350 on m.small, nightly gone, embed new, the option
	 * small now overriding output_tokens instead of the model */
	static const char edited[] =
		"genaicost: scenario/1\n"
		"name: gate\n"
		"hours_per_month: 744\n"
		"workloads:\n"
		"  - {name: chat, model: m.small, requests_per_month: 1M, input_tokens: 1000, output_tokens: 350}\n"
		"  - {name: embed, model: m.small, requests_per_month: 10k, input_tokens: 100, output_tokens: 0}\n"
		"options:\n"
		"  - name: small\n"
		"    set: {workloads.chat.output_tokens: 100}\n"
		"budget: {monthly: 100}\n";
	gac_scenario *old = scenario(NULL), *s = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_load_buffer(&s, edited, strlen(edited), "edited.yaml", &e), GAC_OK);
	gac_snapshot *a = NULL, *z = NULL;
	ck_assert_int_eq(gac_snapshot_price(&a, old, sheet, NULL), GAC_OK);
	ck_assert_int_eq(gac_snapshot_price(&z, s, sheet, NULL), GAC_OK);
	ck_assert(gac_snapshot_has_inputs(a) && gac_snapshot_has_inputs(z));
	/* the old side's order (numbers, then text, then option overrides),
	 * then what only the new side has; a workload once, as a whole; the
	 * budget is judged, not priced, and is not listed */
	static const char *const want[] = {
		"hours_per_month 730 744",
		"workloads.chat.output_tokens 200 350",
		"workloads.nightly - - removed",
		"workloads.chat.model m.big m.small",
		"options.small.workloads.chat.model m.small - removed",
		"workloads.embed - - added",
		"options.small.workloads.chat.output_tokens - 100 added",
	};
	expect_changes(a, z, want, sizeof want / sizeof *want);
	/* the other way round, every change reversed */
	static const char *const back[] = {
		"hours_per_month 744 730",
		"workloads.chat.output_tokens 350 200",
		"workloads.embed - - removed",
		"workloads.chat.model m.small m.big",
		"options.small.workloads.chat.output_tokens 100 - removed",
		"workloads.nightly - - added",
		"options.small.workloads.chat.model - m.small added",
	};
	expect_changes(z, a, back, sizeof back / sizeof *back);
	/* a snapshot against itself: nothing */
	expect_changes(a, a, NULL, 0);
	/* the JSON of diff carries the same list */
	char *text = NULL;
	ck_assert_int_eq(gac_report_diff(&text, a, z, NULL, GAC_FORMAT_JSON, 0), GAC_OK);
	json_t *root = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(root);
	ck_assert_str_eq(json_string_value(json_object_get(root, "inputs_compared")), "all");
	json_t *ci = json_object_get(root, "changed_inputs");
	ck_assert_uint_eq(json_array_size(ci), 7);
	json_t *x = json_array_get(ci, 1);
	ck_assert_str_eq(json_string_value(json_object_get(x, "path")), "workloads.chat.output_tokens");
	ck_assert_str_eq(json_string_value(json_object_get(x, "old")), "200");
	ck_assert_str_eq(json_string_value(json_object_get(x, "new")), "350");
	ck_assert_str_eq(json_string_value(json_object_get(x, "change")), "changed");
	x = json_array_get(ci, 5);
	ck_assert(json_is_null(json_object_get(x, "old")) && json_is_null(json_object_get(x, "new")));
	ck_assert_str_eq(json_string_value(json_object_get(x, "change")), "added");
	json_decref(root);
	gac_free(text);
	/* a saved estimate keeps its inputs, text too: read back, the same list */
	char *saved = estimate_json(old);
	gac_snapshot *back_a = NULL;
	ck_assert_int_eq(gac_snapshot_load_buffer(&back_a, saved, strlen(saved), "old.json", &e), GAC_OK);
	gac_free(saved);
	expect_changes(back_a, z, want, sizeof want / sizeof *want);
	gac_snapshot_free(back_a);
	gac_snapshot_free(a);
	gac_snapshot_free(z);
	gac_scenario_free(s);
	gac_scenario_free(old);
}
END_TEST

/* A saved report/1 with the given as_of, hash and inputs (no lines). */
static gac_snapshot *report_with(const char *as_of, const char *hash, const char *inputs)
{
	char text[2048];
	snprintf(text, sizeof text,
	         "{\"genaicost\": \"report/1\",\n"
	         " \"scenario\": {\"name\": \"gate\", \"hash\": \"h\", \"region\": \"us-east-1\"},\n"
	         " \"pricing\": {\"name\": \"p\", \"as_of\": \"%s\", \"hash\": \"%s\"},\n"
	         " \"currency\": \"USD\", \"total\": 0, \"lines\": []%s%s}\n",
	         as_of, hash, inputs ? ", \"inputs\": " : "", inputs ? inputs : "");
	gac_snapshot *s = NULL;
	gac_error e;
	ck_assert_msg(gac_snapshot_load_buffer(&s, text, strlen(text), "r.json", &e) == GAC_OK, "%s", e.message);
	return s;
}

START_TEST(test_input_changes_reports)
{
	/* numbers read back in the words of params: a choice by name
	 * (deployment.mode 2 is provisioned), a count of 0 as auto */
	gac_snapshot *a = report_with("2025-01-01", "aaaa",
	                              "{\"deployment.mode\": 0, \"deployment.model_units\": 1, "
	                              "\"workloads.chat.output_tokens\": 350, \"workloads.chat.inference\": 0, "
	                              "\"budget.monthly\": 100, \"region\": \"us-east-1\", "
	                              "\"workloads.chat.model\": \"m.big\"}");
	gac_snapshot *z = report_with("2026-01-01", "bbbb",
	                              "{\"deployment.mode\": 2, \"deployment.model_units\": 0, "
	                              "\"workloads.chat.output_tokens\": 500, \"workloads.chat.inference\": 1, "
	                              "\"budget.monthly\": 200, \"region\": \"us-west-2\", "
	                              "\"workloads.chat.model\": \"m.small\"}");
	static const char *const want[] = {
		"deployment.mode on-demand provisioned",
		"deployment.model_units 1 auto",
		"workloads.chat.output_tokens 350 500",
		"workloads.chat.inference regional global",
		"region us-east-1 us-west-2",
		"workloads.chat.model m.big m.small",
		"pricing.as_of 2025-01-01 2026-01-01",
		"pricing.hash aaaa bbbb",
	};
	expect_changes(a, z, want, sizeof want / sizeof *want);
	/* a report saved with numbers only: the text is not compared (not
	 * listed as removed or added) */
	gac_snapshot *numbers = report_with("2025-01-01", "aaaa",
	                                    "{\"deployment.mode\": 0, \"deployment.model_units\": 1, "
	                                    "\"workloads.chat.output_tokens\": 350, \"workloads.chat.inference\": 0}");
	static const char *const num_want[] = {
		"deployment.mode on-demand provisioned",
		"deployment.model_units 1 auto",
		"workloads.chat.output_tokens 350 500",
		"workloads.chat.inference regional global",
		"pricing.as_of 2025-01-01 2026-01-01",
		"pricing.hash aaaa bbbb",
	};
	expect_changes(numbers, z, num_want, 6);
	/* a number only one side has is listed as added (or removed), but for
	 * one at its default, scenario-wide (deployment.mode on-demand,
	 * model_units 1) or of a workload both sides have (inference
	 * regional): the other side was saved before it existed */
	gac_snapshot *fewer = report_with("2025-01-01", "aaaa", "{\"workloads.chat.output_tokens\": 350}");
	expect_changes(numbers, fewer, NULL, 0);
	gac_snapshot *global = report_with("2025-01-01", "aaaa",
	                                   "{\"workloads.chat.output_tokens\": 350, \"workloads.chat.inference\": 1}");
	static const char *const fewer_want[] = {
		"workloads.chat.inference global - removed",
	};
	expect_changes(global, fewer, fewer_want, 1);
	gac_snapshot_free(global);
	gac_snapshot_free(fewer);
	fewer = report_with("2025-01-01", "aaaa", "{\"workloads.chat.output_tokens\": 350, \"deployment.model_units\": 3}");
	static const char *const three_want[] = {
		"deployment.model_units 3 - removed",
	};
	gac_snapshot *only = report_with("2025-01-01", "aaaa", "{\"workloads.chat.output_tokens\": 350}");
	expect_changes(fewer, only, three_want, 1);
	gac_snapshot_free(only);
	gac_snapshot_free(fewer);
	/* a report saved without inputs: the price sheet alone */
	gac_snapshot *none = report_with("2025-01-01", "aaaa", NULL);
	ck_assert(!gac_snapshot_has_inputs(none));
	expect_changes(none, z, num_want + 4, 2);
	char *text = NULL;
	ck_assert_int_eq(gac_report_diff(&text, none, z, NULL, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "Changed inputs: (of the price sheet only: r.json, a report/1 saved by an "
	                                   "older genaicost, holds no inputs)\n"
	                                   "  pricing.as_of  2025-01-01 -> 2026-01-01\n"
	                                   "  pricing.hash   aaaa -> bbbb\n"));
	gac_free(text);
	/* inputs of the wrong type are refused at their place */
	gac_snapshot *bad = NULL;
	gac_error e;
	const char *wrong = "{\"genaicost\": \"report/1\", \"scenario\": {\"name\": \"g\", \"hash\": \"h\"},\n"
	                    " \"pricing\": {\"name\": \"p\", \"as_of\": \"a\", \"hash\": \"b\"}, \"currency\": \"USD\",\n"
	                    " \"total\": 0, \"lines\": [], \"inputs\": {\"region\": [1]}}\n";
	ck_assert_int_eq(gac_snapshot_load_buffer(&bad, wrong, strlen(wrong), "w.json", &e), GAC_ESCHEMA);
	ck_assert_ptr_null(bad);
	ck_assert_uint_eq(e.line, 3);
	ck_assert_str_eq(e.message, "inputs.region: should be a number or a string");
	gac_snapshot_free(a);
	gac_snapshot_free(z);
	gac_snapshot_free(numbers);
	gac_snapshot_free(none);
}
END_TEST

/* Text read back from a saved report may hold anything: each changed
 * input stays on its line (controls escaped), and in Markdown cannot
 * format, link or open HTML (punctuation backslash-escaped, the path a
 * code span fenced past its own backticks). */
START_TEST(test_input_changes_escaped)
{
	/* control characters and line breaks in a saved report's text are
	 * refused where they are read, at the field */
	const char *ctl = "{\"genaicost\": \"report/1\",\n"
	                  " \"scenario\": {\"name\": \"gate\", \"hash\": \"h\", \"region\": \"us-east-1\"},\n"
	                  " \"pricing\": {\"name\": \"p\", \"as_of\": \"a\", \"hash\": \"b\"},\n"
	                  " \"currency\": \"USD\", \"total\": 0, \"lines\": [],\n"
	                  " \"inputs\": {\"pricing\": \"a\\u001b[2J\"}}\n";
	gac_snapshot *bad = NULL;
	gac_error e;
	ck_assert_int_ne(gac_snapshot_load_buffer(&bad, ctl, strlen(ctl), "c.json", &e), GAC_OK);
	ck_assert_ptr_null(bad);
	ck_assert_uint_eq(e.line, 5);
	ck_assert_ptr_nonnull(strstr(e.message, "inputs.pricing"));
	gac_snapshot *a = report_with("2025-01-01", "aaaa",
	                              "{\"workloads.chat.model\": \"<b>*m*</b> [x](y) # h\", "
	                              "\"pricing\": \"a_b|c\", \"region\": \"us-east-1\"}");
	gac_snapshot *z = report_with("2025-01-01", "aaaa",
	                              "{\"workloads.chat.model\": \"m.big\", \"pricing\": \"p\", "
	                              "\"region\": \"us-east-1\", \"w`x y\": \"1\"}");
	char *text = NULL;
	ck_assert_int_eq(gac_report_diff(&text, a, z, NULL, GAC_FORMAT_MARKDOWN, 0), GAC_OK);
	ck_assert_msg(strstr(text, "- Changed inputs:\n"
	                           "  - `workloads.chat.model` &lt;b&gt;\\*m\\*&lt;/b&gt; \\[x\\]\\(y\\) \\# h -> m\\.big\n"
	                           "  - `pricing` a\\_b\\|c -> p\n"
	                           "  - ``w`x y`` added: 1\n\n") != NULL, "%s", text);
	gac_free(text);
	ck_assert_int_eq(gac_report_diff(&text, a, z, NULL, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_msg(strstr(text, "Changed inputs:\n"
	                           "  workloads.chat.model  <b>*m*</b> [x](y) # h -> m.big\n"
	                           "  pricing               a_b|c -> p\n"
	                           "  w`x y                 added: 1\n\n") != NULL, "%s", text);
	gac_free(text);
	/* JSON keeps the text as it is: jansson escapes it */
	ck_assert_int_eq(gac_report_diff(&text, a, z, NULL, GAC_FORMAT_JSON, 0), GAC_OK);
	json_t *root = json_loads(text, 0, NULL);
	json_t *first = json_array_get(json_object_get(root, "changed_inputs"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(first, "old")), "<b>*m*</b> [x](y) # h");
	json_decref(root);
	gac_free(text);
	gac_snapshot_free(a);
	gac_snapshot_free(z);
}
END_TEST

START_TEST(test_baseline_of_another_scenario)
{
	gac_scenario *s = scenario(NULL);  /* name: gate */
	gac_snapshot *same = report_with("2025-01-01", "aaaa", NULL);
	gac_error e;
	ck_assert_int_eq(gac_snapshot_same_scenario(same, s, &e), GAC_OK);
	const char *other = "{\"genaicost\": \"report/1\",\n"
	                    " \"scenario\": {\"name\": \"support-chatbot\", \"hash\": \"h\"},\n"
	                    " \"pricing\": {\"name\": \"p\", \"as_of\": \"a\", \"hash\": \"b\"}, \"currency\": \"USD\",\n"
	                    " \"total\": 0, \"lines\": []}\n";
	gac_snapshot *b = NULL;
	ck_assert_int_eq(gac_snapshot_load_buffer(&b, other, strlen(other), "o.json", &e), GAC_OK);
	ck_assert_int_eq(gac_snapshot_same_scenario(b, s, &e), GAC_EVALUE);
	/* at the baseline's scenario.name: line 2, column 23 (its opening quote) */
	ck_assert_str_eq(e.file, "o.json");
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 23);
	ck_assert_str_eq(e.message, "the baseline is of scenario 'support-chatbot', not of 'gate' checked against it: "
	                            "an increase over another scenario's costs measures nothing");
	/* allowed (the CLI's --allow-other-baseline), the check runs and its
	 * report says so */
	gac_check *c = NULL;
	gac_scenario *t = scenario("budget: {max_increase_percent: 10}\n");
	gac_snapshot_free(b);
	char *saved = estimate_json(s);
	char *renamed = replace(saved, "\"name\": \"gate\"", "\"name\": \"support-chatbot\"");
	ck_assert_int_eq(gac_snapshot_load_buffer(&b, renamed, strlen(renamed), "o.json", &e), GAC_OK);
	ck_assert_int_eq(gac_check_run(&c, t, sheet, b, NULL, &e), GAC_OK);
	char *text = NULL;
	ck_assert_int_eq(gac_report_check(&text, c, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "The baseline is of another scenario, support-chatbot, not gate "
	                                   "(--allow-other-baseline)\n"
	                                   "Changed inputs: none\n"));
	gac_free(text);
	ck_assert_int_eq(gac_report_check(&text, c, GAC_FORMAT_JSON, 0), GAC_OK);
	json_t *root = json_loads(text, 0, NULL);
	ck_assert(json_is_true(json_object_get(root, "baseline_other_scenario")));
	ck_assert_uint_eq(json_array_size(json_object_get(root, "changed_inputs")), 0);
	ck_assert_str_eq(json_string_value(json_object_get(root, "inputs_compared")), "all");
	ck_assert(json_is_object(json_object_get(root, "inputs")));
	json_decref(root);
	gac_free(text);
	gac_free(saved);
	free(renamed);
	gac_check_free(c);
	gac_snapshot_free(b);
	gac_snapshot_free(same);
	gac_scenario_free(t);
	gac_scenario_free(s);
}
END_TEST

START_TEST(test_report_diff)
{
	gac_scenario *old = scenario(NULL), *s = scenario(NULL);
	ck_assert_int_eq(gac_scenario_set(s, "workloads.chat.output_tokens", "240", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "workloads.nightly.model", "m.big", NULL), GAC_OK);
	gac_snapshot *a = NULL, *z = NULL;
	ck_assert_int_eq(gac_snapshot_price(&a, old, sheet, NULL), GAC_OK);
	ck_assert_int_eq(gac_snapshot_price(&z, s, sheet, NULL), GAC_OK);
	char *text = NULL;
	ck_assert_int_eq(gac_report_diff(&text, a, z, NULL, GAC_FORMAT_MARKDOWN, 0), GAC_OK);
	/* the nightly lines changed model: removed (m.small) and added (m.big) */
	ck_assert_ptr_nonnull(strstr(text, "### genaicost diff: gate\n"));
	/* a --set changes what was priced, and the hash says so */
	ck_assert_str_ne(gac_scenario_hash(s), gac_scenario_hash(old));
	/* and the inputs say which: the two --set, nothing else */
	ck_assert_ptr_nonnull(strstr(text, "- Changed inputs:\n"
	                                   "  - `workloads.chat.output_tokens` 200 -> 240\n"
	                                   "  - `workloads.nightly.model` m\\.small -> m\\.big\n\n"));
	ck_assert_ptr_nonnull(strstr(text, "| chat | m.big | output tokens | $3,000.00 | $3,600.00 | +$600.00 | +20.0% |\n"));
	ck_assert_ptr_nonnull(strstr(text, "| nightly | m.small | input tokens (removed) | $12.50 | $0.00 | -$12.50 | -100.0% |\n"));
	ck_assert_ptr_nonnull(strstr(text, "| nightly | m.big | input tokens (added) | $0.00 | $150.00 | +$150.00 | new |\n"));
	ck_assert_ptr_null(strstr(text, "| chat | m.big | input tokens |"));  /* unchanged: hidden */
	ck_assert_ptr_nonnull(strstr(text, "| **Total** |  |  | **$6,025.00** | **$6,900.00** | **+$875.00** | **+14.5%** |\n"));
	gac_free(text);
	ck_assert_int_eq(gac_report_diff(&text, a, z, NULL, GAC_FORMAT_TABLE, GAC_REPORT_ALL), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "input tokens "));  /* unchanged: shown */
	gac_free(text);
	ck_assert_int_eq(gac_report_diff(&text, a, z, "small", GAC_FORMAT_JSON, 0), GAC_OK);
	json_error_t je;
	json_t *root = json_loads(text, 0, &je);
	ck_assert_ptr_nonnull(root);
	ck_assert_str_eq(json_string_value(json_object_get(root, "genaicost")), "diff/1");
	ck_assert_str_eq(json_string_value(json_object_get(root, "option")), "small");
	ck_assert(json_real_value(json_object_get(root, "old_total")) == 525.0);
	ck_assert_uint_eq(json_array_size(json_object_get(root, "options")), 2);
	json_decref(root);
	gac_free(text);
	ck_assert_int_eq(gac_report_diff(&text, a, z, "nope", GAC_FORMAT_TABLE, 0), GAC_EPARAM);
	ck_assert_ptr_null(text);
	ck_assert_int_eq(gac_report_diff(NULL, a, z, NULL, GAC_FORMAT_TABLE, 0), GAC_EARG);
	gac_snapshot_free(a);
	gac_snapshot_free(z);
	gac_scenario_free(s);
	gac_scenario_free(old);
}
END_TEST

START_TEST(test_report_check)
{
	gac_scenario *old = scenario(NULL);
	gac_snapshot *base = NULL;
	ck_assert_int_eq(gac_snapshot_price(&base, old, sheet, NULL), GAC_OK);
	gac_scenario *s = scenario("budget: {monthly: 7000, max_increase_percent: 5}\n");
	ck_assert_int_eq(gac_scenario_set(s, "workloads.chat.output_tokens", "240", NULL), GAC_OK);
	gac_check *c = NULL;
	ck_assert_int_eq(gac_check_run(&c, s, sheet, base, NULL, NULL), GAC_OK);
	char *text = NULL;
	ck_assert_int_eq(gac_report_check(&text, c, GAC_FORMAT_MARKDOWN, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "### ❌ genaicost check: gate — 1 of 2 thresholds breached\n"));
	ck_assert_ptr_nonnull(strstr(text, "| ✅ | budget.monthly | total | $7,000.00 | $6,625.00 |  | $375.00 under |\n"));
	ck_assert_ptr_nonnull(strstr(text, "| ❌ | budget.max\\_increase\\_percent | total | +5% | $6,625.00 | $6,025.00 | "
	                                   "+$600.00 (+10.0%); 4.96 points over |\n"));
	ck_assert_ptr_nonnull(strstr(text, "#### Top movers (the scenario as written)"));
	ck_assert_ptr_nonnull(strstr(text, "<details><summary>Full breakdown</summary>"));
	gac_free(text);
	/* check/1 is a baseline: it reads back with every option */
	ck_assert_int_eq(gac_report_check(&text, c, GAC_FORMAT_JSON, 0), GAC_OK);
	gac_snapshot *again = NULL;
	gac_error e;
	ck_assert_int_eq(gac_snapshot_load_buffer(&again, text, strlen(text), "check.json", &e), GAC_OK);
	ck_assert_uint_eq(gac_snapshot_count(again), 2);
	ck_assert(gac_result_total(gac_snapshot_result(again, 0)) == 6625.0);
	json_t *root = json_loads(text, 0, NULL);
	ck_assert(json_is_false(json_object_get(root, "passed")));
	ck_assert_int_eq(json_integer_value(json_object_get(root, "breached")), 1);
	ck_assert_uint_eq(json_array_size(json_object_get(root, "movers")), 1);
	json_decref(root);
	gac_snapshot_free(again);
	gac_free(text);
	ck_assert_int_eq(gac_report_check(&text, c, GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "breached,budget.max_increase_percent,total,5,6625,6025,"));
	gac_free(text);
	gac_check_free(c);
	gac_snapshot_free(base);
	gac_scenario_free(s);
	gac_scenario_free(old);
}
END_TEST

Suite *suite_check(void)
{
	Suite *s = suite_create("check");
	TCase *snap = tcase_create("snapshot");
	tcase_add_checked_fixture(snap, setup, teardown);
	tcase_add_test(snap, test_snapshot_price);
	tcase_add_test(snap, test_snapshot_round_trip);
	tcase_add_test(snap, test_snapshot_errors);
	suite_add_tcase(s, snap);
	TCase *gate = tcase_create("gate");
	tcase_add_checked_fixture(gate, setup, teardown);
	tcase_set_timeout(gate, 30);
	tcase_add_test(gate, test_check_budgets);
	tcase_add_test(gate, test_check_increases);
	tcase_add_test(gate, test_check_rise_from_zero);
	tcase_add_test(gate, test_check_at_the_limit);
	tcase_add_test(gate, test_check_percentile);
	suite_add_tcase(s, gate);
	TCase *rep = tcase_create("reports");
	tcase_add_checked_fixture(rep, setup, teardown);
	tcase_add_test(rep, test_report_diff);
	tcase_add_test(rep, test_input_changes);
	tcase_add_test(rep, test_input_changes_reports);
	tcase_add_test(rep, test_input_changes_escaped);
	tcase_add_test(rep, test_baseline_of_another_scenario);
	tcase_add_test(rep, test_report_check);
	suite_add_tcase(s, rep);
	return s;
}

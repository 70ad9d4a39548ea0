/* Sweeps and what-if deltas: every point equals an estimate with the same
 * parameters set by hand. */
#include "tests.h"

#include <math.h>
#include <stdbool.h>
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
	"  - {id: m.big, regions: [us-east-1], per: 1M, input: 3, output: 15, batch_discount: 50%}\n"
	"  - {id: m.small, regions: [us-east-1], per: 1M, input: 0.8, output: 4}\n";

#define SCEN                                                                                  \
	"genaicost: scenario/1\n"                                                                 \
	"workloads:\n"                                                                            \
	"  - {name: a, model: m.big, requests_per_month: 1M, input_tokens: 1000, output_tokens: 100}\n" \
	"  - {name: b, model: m.small, requests_per_day: 10k, input_tokens: 500, output_tokens: 50}\n"  \
	"options:\n"                                                                              \
	"  - {name: small, set: {workloads.a.model: m.small}}\n"

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

START_TEST(axis_parsing)
{
	gac_sweep_axis *a = NULL;
	gac_error e;
	double lo, hi;
	size_t steps;
	int log_scale;
	ck_assert_int_eq(gac_sweep_axis_parse(&a, "workloads.a.output_tokens=100:2k:20", &e), GAC_OK);
	ck_assert_str_eq(gac_sweep_axis_path(a), "workloads.a.output_tokens");
	gac_sweep_axis_range(a, &lo, &hi, &steps, &log_scale);
	ck_assert(lo == 100 && hi == 2000 && steps == 20 && !log_scale);
	gac_sweep_axis_free(a);
	ck_assert_int_eq(gac_sweep_axis_parse(&a, "x=1:1M:7:log", &e), GAC_OK);
	gac_sweep_axis_range(a, NULL, &hi, NULL, &log_scale);
	ck_assert(log_scale && hi == 1e6);
	gac_sweep_axis_free(a);
	/* NULL-safe accessors */
	gac_sweep_axis_free(NULL);
	ck_assert_ptr_null(gac_sweep_axis_path(NULL));
	gac_sweep_axis_range(NULL, &lo, &hi, &steps, &log_scale);
	ck_assert(isnan(lo) && isnan(hi) && steps == 0 && log_scale == 0);
	static const struct {
		const char *spec, *msg;
	} bad[] = {
		{"x=5:1:10", "empty or inverted"},   {"x=1:1:10", "empty or inverted"},
		{"x=1:5:1", "STEPS must be from 2"}, {"x=0:5:3:log", "a log sweep cannot reach 0"},
		{"x=-1:5:3:log", "a log sweep"},     {"x=1:5", "PATH=LO:HI:STEPS"},
		{"=1:5:3", "PATH=LO:HI:STEPS"},      {"x=1:5:2.5", "PATH=LO:HI:STEPS"},
		{"x=1:5:3:lin", "PATH=LO:HI:STEPS"}, {"x=a:5:3", "PATH=LO:HI:STEPS"},
	};
	/* no spec at all: GAC_EARG, and *out is NULL as on every failure */
	a = (gac_sweep_axis *)&e;
	ck_assert_int_eq(gac_sweep_axis_parse(&a, NULL, &e), GAC_EARG);
	ck_assert_ptr_null(a);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		a = (gac_sweep_axis *)&e;  /* NULL on failure */
		ck_assert_int_eq(gac_sweep_axis_parse(&a, bad[i].spec, &e), GAC_EVALUE);
		ck_assert_ptr_null(a);
		ck_assert_msg(strstr(e.message, bad[i].msg) != NULL, "%s: '%s'", bad[i].spec, e.message);
	}
}
END_TEST

START_TEST(points_match_estimates)
{
	gac_sweep_axis *ax[2] = {NULL, NULL};
	gac_error e;
	ck_assert_int_eq(gac_sweep_axis_parse(&ax[0], "workloads.a.requests_per_month=1k:10M:5:log", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_axis_parse(&ax[1], "workloads.b.output_tokens=0:400:3", &e), GAC_OK);
	gac_sweep *w = NULL;
	ck_assert_msg(gac_sweep_run(&w, sc, sheet, ax, 2, &e) == GAC_OK, "%s", e.message);
	ck_assert_uint_eq(gac_sweep_points(w), 15);
	ck_assert_uint_eq(gac_sweep_option_count(w), 2);
	ck_assert_str_eq(gac_sweep_option_name(w, 1), "small");
	/* the second axis varies fastest; ends exact */
	ck_assert(gac_sweep_value(w, 0, 0) == 1000 && gac_sweep_value(w, 14, 0) == 1e7);
	ck_assert(gac_sweep_value(w, 1, 1) == 200 && gac_sweep_value(w, 2, 1) == 400);
	ck_assert_rel(gac_sweep_value(w, 3, 0), 1e4, 1e-12);
	for (size_t p = 0; p < gac_sweep_points(w); p++)
		for (size_t o = 0; o < 2; o++) {
			gac_scenario *v = NULL;
			gac_result *r = NULL;
			ck_assert_int_eq(gac_scenario_with_option(&v, sc, o ? "small" : "baseline", &e), GAC_OK);
			ck_assert_int_eq(gac_scenario_set_number(v, gac_sweep_axis_path(ax[0]), gac_sweep_value(w, p, 0), &e), GAC_OK);
			ck_assert_int_eq(gac_scenario_set_number(v, gac_sweep_axis_path(ax[1]), gac_sweep_value(w, p, 1), &e), GAC_OK);
			ck_assert_int_eq(gac_estimate(&r, v, sheet, &e), GAC_OK);
			ck_assert(gac_sweep_total(w, p, o) == gac_result_total(r));
			gac_result_free(r);
			gac_scenario_free(v);
		}
	/* by hand at the first point: a = 1k × (1000 × 3 + 100 × 15) / 1M = 4.5,
	 * b = 10k × 730/24 × 500 × 0.8 / 1M = 121.666… */
	ck_assert_rel(gac_sweep_total(w, 0, 0), 4.5 + 10000 * (730 / 24.0) * 500 * 0.8 / 1e6, 1e-12);
	char *t = NULL;
	ck_assert_int_eq(gac_report_sweep(&t, w, ax, 2, "USD", GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "workloads.a.requests_per_month,workloads.b.output_tokens,baseline,small,"
	                                "baseline under_capacity,small under_capacity\r\n"));
	ck_assert_ptr_nonnull(strstr(t, "\r\n10000000,400,"));
	gac_free(t);
	ck_assert_ptr_null(gac_sweep_option_name(w, 2));
	/* on demand: no point is under capacity */
	ck_assert_int_eq(gac_sweep_under_capacity(w, 0, 0), 0);
	ck_assert_int_eq(gac_sweep_under_capacity(w, 0, 99), 0);
	ck_assert_int_eq(gac_sweep_under_capacity(NULL, 0, 0), 0);
	ck_assert(isnan(gac_sweep_units_needed(w, 0, 0)) && isnan(gac_sweep_units_needed(NULL, 0, 0)));
	ck_assert(isnan(gac_sweep_total(w, 15, 0)));
	gac_sweep_free(w);
	gac_sweep_free(NULL);
	gac_sweep_axis_free(ax[0]);
	gac_sweep_axis_free(ax[1]);
}
END_TEST

START_TEST(sweep_errors)
{
	gac_sweep_axis *ax[2] = {NULL, NULL};
	gac_error e;
	gac_sweep *w = NULL;
	ck_assert_int_eq(gac_sweep_axis_parse(&ax[0], "workloads.a.output_tokns=1:5:3", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_run(&w, sc, sheet, ax, 1, &e), GAC_EPARAM);
	ck_assert_ptr_nonnull(strstr(e.message, "did you mean 'workloads.a.output_tokens'"));
	gac_sweep_axis_free(ax[0]);
	ck_assert_int_eq(gac_sweep_axis_parse(&ax[0], "workloads.a.response_cache_hit_rate=0:2:3", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_run(&w, sc, sheet, ax, 1, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "fraction between 0 and 1"));
	gac_sweep_axis_free(ax[0]);
	ck_assert_int_eq(gac_sweep_axis_parse(&ax[0], "hours_per_month=700:730:2", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_axis_parse(&ax[1], "hours_per_month=700:730:2", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_run(&w, sc, sheet, ax, 2, &e), GAC_EVALUE);
	ck_assert_ptr_null(w);
	gac_sweep_axis_free(ax[0]);
	gac_sweep_axis_free(ax[1]);
}
END_TEST

START_TEST(what_if_deltas)
{
	/* output tokens of a: 100 → 300 doubles-plus the output line;
	 * moving a to batch replaces its lines with batch ones */
	gac_scenario *v = NULL;
	gac_result *r0 = NULL, *r1 = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_clone(&v, sc), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(v, "workloads.a.output_tokens", "300", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(v, "workloads.b.batch_fraction", "0", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r0, sc, sheet, &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r1, v, sheet, &e), GAC_OK);
	gac_deltas *dl = NULL;
	ck_assert_int_eq(gac_result_diff(&dl, r0, r1), GAC_OK);
	size_t n = gac_deltas_count(dl);
	ck_assert_uint_eq(n, 4);
	const gac_delta *d1 = gac_deltas_at(dl, 1);
	ck_assert_str_eq(d1->component, "output tokens");
	ck_assert_rel(d1->old_cost, 1500, 1e-12);
	ck_assert_rel(d1->new_cost, 4500, 1e-12);
	ck_assert(!d1->added && !d1->removed);
	ck_assert(gac_deltas_at(dl, 0)->old_cost == gac_deltas_at(dl, 0)->new_cost);
	ck_assert_ptr_null(gac_deltas_at(dl, 4));
	ck_assert_ptr_null(gac_deltas_at(NULL, 0));
	ck_assert_uint_eq(gac_deltas_count(NULL), 0);
	gac_deltas_free(dl);
	gac_deltas_free(NULL);
	char *t = NULL;
	const char *changes[] = {"workloads.a.output_tokens=300"};
	ck_assert_int_eq(gac_report_what_if(&t, r0, r1, changes, 1, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "+$3,000.00"));
	ck_assert_ptr_nonnull(strstr(t, "+200.0%"));
	ck_assert_ptr_null(strstr(t, "input tokens"));  /* unchanged lines hidden */
	gac_free(t);
	gac_result_free(r1);
	/* a line only one side has */
	ck_assert_int_eq(gac_scenario_set(v, "workloads.a.batch_fraction", "1", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r1, v, sheet, &e), GAC_OK);
	ck_assert_int_eq(gac_result_diff(&dl, r0, r1), GAC_OK);
	size_t added = 0, removed = 0;
	for (size_t i = 0; i < gac_deltas_count(dl); i++) {
		added += (size_t)gac_deltas_at(dl, i)->added;
		removed += (size_t)gac_deltas_at(dl, i)->removed;
	}
	ck_assert_uint_eq(removed, 2);  /* a's on-demand lines */
	ck_assert_uint_eq(added, 2);    /* a's batch lines */
	gac_deltas_free(dl);
	ck_assert_int_eq(gac_report_what_if(&t, r0, r1, changes, 1, GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "(added)"));
	gac_free(t);
	gac_result_free(r0);
	gac_result_free(r1);
	gac_scenario_free(v);
}
END_TEST

START_TEST(what_if_explain)
{
	/* a's output tokens 100 → 300: its output line's formula on both
	 * sides, the unchanged ones counted, the totals unrounded */
	gac_scenario *v = NULL;
	gac_result *r0 = NULL, *r1 = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_clone(&v, sc), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(v, "workloads.a.output_tokens", "300", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r0, sc, sheet, &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r1, v, sheet, &e), GAC_OK);
	const char *changes[] = {"workloads.a.output_tokens=300"};
	char *t = NULL;
	ck_assert_int_eq(gac_report_what_if(&t, r0, r1, changes, 1, GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN), GAC_OK);
	const char *sec = strstr(t, "How each changed line is computed:");
	ck_assert_ptr_nonnull(sec);
	const char *before = strstr(sec, "    before = "), *after = strstr(sec, "    after  = ");
	ck_assert_ptr_nonnull(before);
	ck_assert_ptr_nonnull(after);
	ck_assert(before < after);
	ck_assert_ptr_nonnull(strstr(before, "× 100 output_tokens"));
	ck_assert_ptr_nonnull(strstr(after, "× 300 output_tokens"));
	ck_assert_ptr_nonnull(strstr(after, "= 4500 USD\n"));
	/* the scenario's other lines (a's input, b's two) did not move */
	ck_assert_ptr_nonnull(strstr(sec, "  3 lines cost the same on both sides"));
	char want[160];
	snprintf(want, sizeof want, "change       = %.17g − %.17g = %.17g USD", gac_result_total(r1),
	         gac_result_total(r0), gac_result_total(r1) - gac_result_total(r0));
	ck_assert_ptr_nonnull(strstr(sec, want));
	gac_free(t);
	/* without --explain no formulas; in JSON each line carries both */
	ck_assert_int_eq(gac_report_what_if(&t, r0, r1, changes, 1, GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_null(strstr(t, "How each changed line"));
	gac_free(t);
	ck_assert_int_eq(gac_report_what_if(&t, r0, r1, changes, 1, GAC_FORMAT_JSON, GAC_REPORT_EXPLAIN), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "\"formula_before\": \""));
	ck_assert_ptr_nonnull(strstr(t, "300 output_tokens"));
	gac_free(t);
	ck_assert_int_eq(gac_report_what_if(&t, r0, r1, changes, 1, GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_ptr_null(strstr(t, "formula_before"));
	gac_free(t);
	gac_result_free(r0);
	gac_result_free(r1);
	gac_scenario_free(v);
}
END_TEST

/* A growing text gac_sweep_write writes into; `fail_at` > 0: the call of
 * that number fails. */
typedef struct sink_text {
	char *data;
	size_t len, calls, fail_at;
} sink_text;

static int sink_write(void *ctx, const char *text, size_t len)
{
	sink_text *t = ctx;
	if (++t->calls == t->fail_at)
		return -1;
	char *d = realloc(t->data, t->len + len + 1);
	ck_assert_ptr_nonnull(d);
	memcpy(d + t->len, text, len);
	t->len += len;
	d[t->len] = '\0';
	t->data = d;
	return 0;
}

START_TEST(sweep_write_streams_the_report)
{
	/* 1,000 × 3 points, more than one 64 KiB piece of CSV: written a row
	 * at a time, byte for byte the report built whole, in every format.
	 * At 100 output tokens and 1M requests a: 1M × (1000 × $3 + 100 ×
	 * $15)/1M = $4,500, b $182.5 (sensitivity_ranking): baseline
	 * $4,682.5; the option puts a on m.small, 1M × (1000 × 0.8 + 100 ×
	 * 4)/1M = $1,200: $1,382.5. */
	gac_sweep_axis *ax[2] = {NULL, NULL};
	gac_error e;
	ck_assert_int_eq(gac_sweep_axis_parse(&ax[0], "workloads.a.output_tokens=100:1099:1000", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_axis_parse(&ax[1], "workloads.a.requests_per_month=1M:2M:3", &e), GAC_OK);
	gac_sweep *w = NULL;
	ck_assert_int_eq(gac_sweep_run(&w, sc, sheet, ax, 2, &e), GAC_OK);
	const gac_format fmts[] = {GAC_FORMAT_CSV, GAC_FORMAT_JSON, GAC_FORMAT_TABLE, GAC_FORMAT_MARKDOWN};
	for (size_t f = 0; f < 4; f++)
		for (size_t naxes = 1; naxes <= 2; naxes++) {
			gac_sweep *one = NULL;
			const gac_sweep *use = w;
			if (naxes == 1) {
				ck_assert_int_eq(gac_sweep_run(&one, sc, sheet, ax, 1, &e), GAC_OK);
				use = one;
			}
			char *whole = NULL;
			ck_assert_int_eq(gac_report_sweep(&whole, use, ax, naxes, "USD", fmts[f], GAC_REPORT_EXPLAIN), GAC_OK);
			sink_text t = {0};
			ck_assert_msg(gac_sweep_write(sc, sheet, ax, naxes, "USD", fmts[f], GAC_REPORT_EXPLAIN, sink_write, &t,
			                              &e) == GAC_OK, "%s", e.message);
			ck_assert_uint_eq(t.len, strlen(whole));
			ck_assert_msg(!strcmp(t.data, whole), "format %zu, %zu axes: the streamed report differs", f, naxes);
			if (fmts[f] == GAC_FORMAT_CSV && naxes == 2)
				ck_assert_uint_gt(t.calls, 1);  /* 81 KB, written in pieces */
			if (fmts[f] == GAC_FORMAT_CSV && naxes == 2)
				ck_assert_ptr_nonnull(strstr(t.data, "\r\n100,1000000,4682.5,1382.5,false,false\r\n"));
			free(t.data);
			gac_free(whole);
			gac_sweep_free(one);
		}
	/* a writer that fails stops the run: GAC_EIO, no call after it */
	sink_text t = {.fail_at = 2};
	ck_assert_int_eq(gac_sweep_write(sc, sheet, ax, 2, "USD", GAC_FORMAT_CSV, 0, sink_write, &t, &e), GAC_EIO);
	ck_assert_uint_eq(t.calls, 2);
	free(t.data);
	/* the sweep's own errors, as gac_sweep_run gives them */
	gac_sweep_axis *bad = NULL;
	ck_assert_int_eq(gac_sweep_axis_parse(&bad, "workloads.zz.input_tokens=1:2:3", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_write(sc, sheet, &bad, 1, "USD", GAC_FORMAT_JSON, 0, sink_write, &t, &e), GAC_EPARAM);
	ck_assert_int_eq(gac_sweep_write(sc, sheet, ax, 2, "USD", GAC_FORMAT_CSV, 0, NULL, NULL, &e), GAC_EARG);
	gac_sweep_axis *none[2] = {ax[0], NULL};
	ck_assert_int_eq(gac_sweep_write(sc, sheet, none, 2, "USD", GAC_FORMAT_CSV, 0, sink_write, &t, &e), GAC_EARG);
	gac_sweep *no = NULL;
	ck_assert_int_eq(gac_sweep_run(&no, sc, sheet, none, 2, &e), GAC_EARG);
	ck_assert_ptr_null(no);
	gac_sweep_free(w);
	gac_sweep_axis_free(bad);
	gac_sweep_axis_free(ax[0]);
	gac_sweep_axis_free(ax[1]);
}
END_TEST

/* One model unit carries (a test assumption) 1,000 output tokens a minute
 * and costs $10 an hour on a 6-month term: $10 × 730 h = $7,300 a month.
 * R requests a month of 73 output tokens, around the clock, peak at
 * R × 73 ÷ (730 h × 60) = R × 73 ÷ 43,800 = R ÷ 600 output tokens a
 * minute (10 input tokens: R ÷ 4,380 of 1M a minute, never binding):
 *   R:          300k   600k   900k   1.2M   1.5M
 *   tokens/min:  500  1,000  1,500  2,000  2,500
 *   units:         1      1      2      2      3   (ceil(tokens/min ÷ 1,000))
 * "fixed" bills 1 unit: under capacity from 900k, needing 2, 2 and 3;
 * "auto" bills what the peak needs, never under; the baseline runs on
 * demand at 10 × $1/1M + 73 × $5/1M = $0.000375 a request. */
static const char cap_sheet[] =
	"genaicost: pricesheet/1\n"
	"name: pt\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.pt\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 1\n"
	"    output: 5\n"
	"    model_unit_hour: {no_commit: 30, 1_month: 20, 6_month: 10}\n"
	"    model_unit_capacity: {input_tpm: 1M, output_tpm: 1000}\n";

static const char cap_scen[] =
	"genaicost: scenario/1\n"
	"workloads:\n"
	"  - {name: a, model: m.pt, requests_per_month: 400k, input_tokens: 10, output_tokens: 73}\n"
	"deployment: {model_units: 1}\n"
	"options:\n"
	"  - {name: fixed, set: {deployment.mode: provisioned, deployment.commitment: 6-month}}\n"
	"  - {name: auto, set: {deployment.mode: provisioned, deployment.commitment: 6-month,"
	" deployment.model_units: auto}}\n";

START_TEST(sweep_units_needed)
{
	gac_sheet *sh = NULL;
	gac_scenario *s = NULL;
	gac_sweep *w = NULL;
	gac_error e;
	gac_sweep_axis *ax = NULL;
	ck_assert_int_eq(gac_sheet_load_buffer(&sh, cap_sheet, strlen(cap_sheet), "pt.yaml", &e), GAC_OK);
	ck_assert_msg(gac_scenario_load_buffer(&s, cap_scen, strlen(cap_scen), "c.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_int_eq(gac_sweep_axis_parse(&ax, "workloads.a.requests_per_month=300k:1.5M:5", &e), GAC_OK);
	ck_assert_msg(gac_sweep_run(&w, s, sh, &ax, 1, &e) == GAC_OK, "%s", e.message);
	const double requests[] = {300e3, 600e3, 900e3, 1.2e6, 1.5e6}, need[] = {1, 1, 2, 2, 3};
	for (size_t p = 0; p < 5; p++) {
		ck_assert(gac_sweep_value(w, p, 0) == requests[p]);
		ck_assert_rel(gac_sweep_total(w, p, 0), requests[p] * 0.000375, 1e-12);
		ck_assert_rel(gac_sweep_total(w, p, 1), 7300, 1e-12);
		ck_assert_int_eq(gac_sweep_under_capacity(w, p, 0), 0);
		ck_assert(isnan(gac_sweep_units_needed(w, p, 0)));
		ck_assert_int_eq(gac_sweep_under_capacity(w, p, 1), need[p] > 1);
		if (need[p] > 1)
			ck_assert(gac_sweep_units_needed(w, p, 1) == need[p]);
		else
			ck_assert(isnan(gac_sweep_units_needed(w, p, 1)));
		ck_assert_int_eq(gac_sweep_under_capacity(w, p, 2), 0);
		ck_assert(isnan(gac_sweep_units_needed(w, p, 2)));
	}
	ck_assert(isnan(gac_sweep_units_needed(w, 5, 1)) && isnan(gac_sweep_units_needed(w, 0, 3)));
	/* each format says it the one way, the streamed writer byte for byte */
	static const struct {
		gac_format f;
		const char *has;
	} want[] = {
		{GAC_FORMAT_TABLE, "$7,300.00 TOO FEW (needs 3 units)"},
		{GAC_FORMAT_MARKDOWN, "| $7,300.00 TOO FEW (needs 2 units) |"},
		{GAC_FORMAT_CSV, "workloads.a.requests_per_month,baseline,fixed,auto,baseline under_capacity,"
		                 "fixed under_capacity,auto under_capacity\r\n"},
		{GAC_FORMAT_CSV, "\r\n600000,225,7300,"},
		{GAC_FORMAT_CSV, "\r\n1500000,562.5,7300,"},
		{GAC_FORMAT_JSON, "\"genaicost\": \"sweep/2\""},
		{GAC_FORMAT_JSON, "\"under_capacity\": {\n        \"baseline\": false,\n        \"fixed\": true,\n"
		                  "        \"auto\": false\n      },\n      \"units_needed\": {\n        \"fixed\": 3.0\n"
		                  "      }\n    }\n  ]"},
		{GAC_FORMAT_JSON, "\"units_needed\": {}"},
	};
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		char *whole = NULL;
		ck_assert_int_eq(gac_report_sweep(&whole, w, &ax, 1, "USD", want[i].f, 0), GAC_OK);
		ck_assert_msg(strstr(whole, want[i].has) != NULL, "no '%s' in\n%s", want[i].has, whole);
		sink_text t = {0};
		ck_assert_int_eq(gac_sweep_write(s, sh, &ax, 1, "USD", want[i].f, 0, sink_write, &t, &e), GAC_OK);
		ck_assert_str_eq(t.data, whole);
		free(t.data);
		gac_free(whole);
	}
	/* CSV: each option's verdict after the totals, true where too few */
	char *csv = NULL;
	ck_assert_int_eq(gac_report_sweep(&csv, w, &ax, 1, "USD", GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(csv, "\r\n600000,225,7300,7300,false,false,false\r\n"));
	ck_assert_ptr_nonnull(strstr(csv, "\r\n900000,337.5,7300,14600,false,true,false\r\n"));
	gac_free(csv);
	gac_sweep_axis_free(ax);
	gac_sweep_free(w);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(option_copy_without_options)
{
	/* a variant carries no options list; it prices as the scenario with
	 * the overrides: a on m.small is $1,200, b $182.5 */
	gac_scenario *v = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_with_option(&v, sc, "small", &e), GAC_OK);
	ck_assert_uint_eq(gac_scenario_option_count(v), 0);
	ck_assert_uint_eq(gac_scenario_option_count(sc), 1);
	double t = 0;
	ck_assert_int_eq(gac_estimate_total(&t, v, sheet, &e), GAC_OK);
	ck_assert_rel(t, 1200 + 182.5, 1e-12);
	gac_scenario_free(v);
	ck_assert_int_eq(gac_scenario_with_option(&v, sc, "nope", &e), GAC_EPARAM);
	ck_assert_ptr_null(v);
}
END_TEST

Suite *suite_sweep(void)
{
	Suite *s = suite_create("sweep");
	TCase *t = tcase_create("sweep");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, axis_parsing);
	tcase_add_test(t, points_match_estimates);
	tcase_add_test(t, sweep_errors);
	tcase_add_test(t, what_if_deltas);
	tcase_add_test(t, what_if_explain);
	tcase_add_test(t, sweep_write_streams_the_report);
	tcase_add_test(t, sweep_units_needed);
	tcase_add_test(t, option_copy_without_options);
	suite_add_tcase(s, t);
	return s;
}

/* The item of `path` in a ranking (a failure when it has none). */
static const gac_sensitivity_item *item_of(const gac_sensitivity *r, const char *path)
{
	for (size_t i = 0; i < gac_sensitivity_count(r); i++)
		if (!strcmp(gac_sensitivity_at(r, i)->path, path))
			return gac_sensitivity_at(r, i);
	ck_abort_msg("no item %s", path);
	return NULL;
}

START_TEST(sensitivity_ranking)
{
	/* ±20% on a = 1M × (1000 × $3 + 100 × $15)/1M = $4,500 and
	 * b = 10k/day × 730/24 × (500 × 0.8 + 50 × 4)/1M = $182.5:
	 * a's requests swing 0.4 × 4500 = 1800, input 0.4 × 3000 = 1200,
	 * output 0.4 × 1500 = 600, b's requests 0.4 × 182.5 = 73 */
	gac_sensitivity *r = NULL;
	gac_error e;
	ck_assert_int_eq(gac_sensitivity_run(&r, sc, sheet, 0.2, &e), GAC_OK);
	ck_assert_rel(gac_sensitivity_base(r), 4500 + 182.5, 1e-12);
	const gac_sensitivity_item *top = gac_sensitivity_at(r, 0);
	ck_assert_str_eq(top->path, "workloads.a.requests_per_month");
	ck_assert_rel(top->swing, 1800, 1e-9);
	ck_assert_rel(top->low, 800000, 1e-12);
	ck_assert_rel(top->total_high, 1.2 * 4500 + 182.5, 1e-12);
	ck_assert_str_eq(gac_sensitivity_at(r, 1)->path, "workloads.a.input_tokens");
	ck_assert_rel(gac_sensitivity_at(r, 1)->swing, 1200, 1e-9);
	ck_assert_str_eq(gac_sensitivity_at(r, 2)->path, "workloads.a.output_tokens");
	ck_assert_rel(gac_sensitivity_at(r, 2)->swing, 600, 1e-9);
	for (size_t i = 1; i < gac_sensitivity_count(r); i++)
		ck_assert(gac_sensitivity_at(r, i)->swing <= gac_sensitivity_at(r, i - 1)->swing);
	/* b's rate is per day: its per-month path is 0 and left out */
	for (size_t i = 0; i < gac_sensitivity_count(r); i++)
		ck_assert_str_ne(gac_sensitivity_at(r, i)->path, "workloads.b.requests_per_month");
	char *t = NULL;
	ck_assert_int_eq(gac_report_sensitivity(&t, r, 0.2, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "█"));
	ck_assert_ptr_nonnull(strstr(t, "$1,800.00"));
	gac_free(t);
	gac_sensitivity_free(r);
	ck_assert_int_eq(gac_sensitivity_run(&r, sc, sheet, 1.5, &e), GAC_EVALUE);
	ck_assert_ptr_null(r);
	/* a declared range wins over the swing: output 0..500 → 0 to 7,500 */
	static const char yaml[] = SCEN "ranges: {workloads.a.output_tokens: 0:500}\n";
	gac_scenario *d = NULL;
	ck_assert_msg(gac_scenario_load_buffer(&d, yaml, strlen(yaml), "r.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_int_eq(gac_sensitivity_run(&r, d, sheet, 0.2, &e), GAC_OK);
	top = gac_sensitivity_at(r, 0);
	ck_assert_str_eq(top->path, "workloads.a.output_tokens");
	ck_assert(top->low == 0 && top->high == 500);
	ck_assert_rel(top->swing, 7500, 1e-12);
	gac_sensitivity_free(r);
	gac_scenario_free(d);
	/* a range on a rate the workload does not use moves it on a copy only:
	 * the other inputs still price against the rate as written */
	static const char other_rate[] = SCEN "ranges: {workloads.a.requests_per_day: 10k:20k}\n";
	ck_assert_msg(gac_scenario_load_buffer(&d, other_rate, strlen(other_rate), "r.yaml", &e) == GAC_OK, "%s",
	              e.message);
	ck_assert_int_eq(gac_sensitivity_run(&r, d, sheet, 0.2, &e), GAC_OK);
	bool input_found = false;
	for (size_t i = 0; i < gac_sensitivity_count(r); i++)
		if (!strcmp(gac_sensitivity_at(r, i)->path, "workloads.a.input_tokens")) {
			input_found = true;
			ck_assert_rel(gac_sensitivity_at(r, i)->swing, 1200, 1e-9);
		}
	ck_assert(input_found);
	gac_sensitivity_free(r);
	gac_scenario_free(d);
	static const char bad[] = SCEN "ranges: {workloads.a.output_tokens: 500:0}\n";
	ck_assert_int_eq(gac_scenario_load_buffer(&d, bad, strlen(bad), "r.yaml", &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "empty or inverted"));
}
END_TEST

/* A swing the scenario refuses at one end is taken as far as it goes and
 * marked, never dropped. */
START_TEST(sensitivity_clamped)
{
	static const char cache_sheet[] =
		"genaicost: pricesheet/1\nname: c\ncurrency: USD\nas_of: 2025-02-28\nsources: [hand]\n"
		"models:\n  - {id: m.c, regions: [us-east-1], per: 1M, input: 3, output: 15, cache_read: 0.3, "
		"cache_write: 3.75}\n";
	static const char yaml[] =
		"genaicost: scenario/1\nworkloads:\n"
		"  - {name: a, model: m.c, requests_per_month: 1M, input_tokens: 1000, output_tokens: 100,\n"
		"     cache_read_fraction: 0.9, cache_write_fraction: 0.05}\n";
	gac_sheet *sh = NULL;
	gac_scenario *d = NULL;
	gac_error e;
	ck_assert_msg(gac_sheet_load_buffer(&sh, cache_sheet, strlen(cache_sheet), "c.yaml", &e) == GAC_OK, "%s",
	              e.message);
	ck_assert_msg(gac_scenario_load_buffer(&d, yaml, strlen(yaml), "c.yaml", &e) == GAC_OK, "%s", e.message);
	/* 1e9 input tokens a month: 0.9 read × $0.3 = $270, 0.05 written ×
	 * $3.75 = $187.5, 0.05 plain × $3 = $150; 1e8 output × $15 = $1,500;
	 * total $2,107.5.  cache_read_fraction ±20%: low 0.72 reads $216 and
	 * leaves 0.23 plain, $690: $2,593.5.  High 1.08 is past 1, and 1 with
	 * the 0.05 written is past 1 too: as far as it goes is 0.95, $285 read,
	 * nothing plain: $1,972.5.  Swing $2,593.5 − $1,972.5 = $621. */
	gac_sensitivity *r = NULL;
	ck_assert_int_eq(gac_sensitivity_run(&r, d, sh, 0.2, &e), GAC_OK);
	ck_assert_rel(gac_sensitivity_base(r), 2107.5, 1e-12);
	const gac_sensitivity_item *x = NULL;
	for (size_t i = 0; i < gac_sensitivity_count(r); i++)
		if (!strcmp(gac_sensitivity_at(r, i)->path, "workloads.a.cache_read_fraction"))
			x = gac_sensitivity_at(r, i);
	ck_assert_ptr_nonnull(x);
	ck_assert_int_eq(x->clamped_low, 0);
	ck_assert_int_eq(x->clamped_high, 1);
	ck_assert_rel(x->low, 0.72, 1e-12);
	ck_assert_rel(x->total_low, 2593.5, 1e-12);
	ck_assert_rel(x->high, 0.95, 1e-12);
	ck_assert_rel(x->total_high, 1972.5, 1e-9);
	ck_assert_rel(x->swing, 621, 1e-9);
	/* hours_per_month is structural: not ranked, listed */
	bool listed = false;
	for (size_t i = 0; i < gac_sensitivity_unranked_count(r); i++)
		listed = listed || !strcmp(gac_sensitivity_unranked(r, i), "hours_per_month");
	ck_assert(listed);
	for (size_t i = 0; i < gac_sensitivity_count(r); i++)
		ck_assert_str_ne(gac_sensitivity_at(r, i)->path, "hours_per_month");
	char *t = NULL;
	ck_assert_int_eq(gac_report_sensitivity(&t, r, 0.2, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "\"clamped\": true"));
	gac_free(t);
	gac_sensitivity_free(r);
	/* named, it is ranked: 730 × 1.2 = 876 is past 744, so high is 744,
	 * clamped; an on-demand bill does not move with it */
	const char *vary[] = {"hours_per_month"};
	ck_assert_int_eq(gac_sensitivity_run_vary(&r, d, sh, 0.2, vary, 1, &e), GAC_OK);
	ck_assert_uint_eq(gac_sensitivity_count(r), 1);
	x = gac_sensitivity_at(r, 0);
	ck_assert(x->low == 584 && x->high == 744 && x->clamped_high && !x->clamped_low);
	ck_assert(x->swing == 0);
	gac_sensitivity_free(r);
	const char *nope[] = {"workloads.zz.input_tokens"};
	ck_assert_int_eq(gac_sensitivity_run_vary(&r, d, sh, 0.2, nope, 1, &e), GAC_EPARAM);
	ck_assert_ptr_null(r);
	/* a named input at 0 (batch_fraction, not written) moves nowhere by
	 * ±20%: refused, not an empty table; so is a pattern that moves none */
	const char *zero[] = {"workloads.a.batch_fraction"}, *zeros[] = {"workloads.*.batch_fraction"};
	ck_assert_int_eq(gac_sensitivity_run_vary(&r, d, sh, 0.2, zero, 1, &e), GAC_EPARAM);
	ck_assert_ptr_null(r);
	ck_assert_msg(strstr(e.message, "--vary workloads.a.batch_fraction moves no input: its value is 0"), "%s",
	              e.message);
	ck_assert_int_eq(gac_sensitivity_run_vary(&r, d, sh, 0.2, zeros, 1, &e), GAC_EPARAM);
	ck_assert_ptr_null(r);
	gac_scenario_free(d);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(sensitivity_groups_match_full_repricing)
{
	/* a and b share m.pt's provisioned units (one line, "a,b"), c has
	 * m.pt2's alone, d runs on demand: the inputs of each group are priced
	 * on a copy of the group; every total at low and at high must be the
	 * whole scenario's, re-priced with that one input moved */
	static const char sheet2[] =
		"genaicost: pricesheet/1\nname: pt\ncurrency: USD\nas_of: 2025-02-28\nsources: [hand]\nmodels:\n"
		"  - {id: m.pt, regions: [us-east-1], per: 1M, input: 1, output: 5,\n"
		"     model_unit_hour: {no_commit: 30, 1_month: 20, 6_month: 10},\n"
		"     model_unit_capacity: {input_tpm: 1M, output_tpm: 1000}}\n"
		"  - {id: m.pt2, regions: [us-east-1], per: 1M, input: 1, output: 5,\n"
		"     model_unit_hour: {no_commit: 30, 1_month: 20, 6_month: 10},\n"
		"     model_unit_capacity: {input_tpm: 1M, output_tpm: 1000}}\n";
	static const char yaml[] =
		"genaicost: scenario/1\nworkloads:\n"
		"  - {name: a, model: m.pt, requests_per_month: 400k, input_tokens: 10, output_tokens: 73}\n"
		"  - {name: b, model: m.pt, requests_per_month: 700k, input_tokens: 20, output_tokens: 73}\n"
		"  - {name: c, model: m.pt2, requests_per_month: 300k, input_tokens: 10, output_tokens: 50}\n"
		"  - {name: d, model: m.pt2, requests_per_month: 900k, input_tokens: 30, output_tokens: 20,\n"
		"     deployment: {mode: on-demand}}\n"
		"deployment: {mode: provisioned, commitment: 6-month, model_units: auto}\n";
	gac_sheet *sh = NULL;
	gac_scenario *d = NULL;
	gac_error e;
	ck_assert_msg(gac_sheet_load_buffer(&sh, sheet2, strlen(sheet2), "pt.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_scenario_load_buffer(&d, yaml, strlen(yaml), "g.yaml", &e) == GAC_OK, "%s", e.message);
	/* 1.1M requests × 73 / 43,800 min = 1,833 output tokens a minute: 2
	 * units, $14,600; c 300k × 50 / 43,800 = 342: 1 unit, $7,300; d on
	 * demand 900k × (30 × $1 + 20 × $5)/1M = $117 */
	gac_sensitivity *r = NULL;
	ck_assert_int_eq(gac_sensitivity_run(&r, d, sh, 0.2, &e), GAC_OK);
	ck_assert_rel(gac_sensitivity_base(r), 14600 + 7300 + 117, 1e-12);
	size_t checked = 0;
	bool shared = false;
	for (size_t i = 0; i < gac_sensitivity_count(r); i++) {
		const gac_sensitivity_item *x = gac_sensitivity_at(r, i);
		for (int end = 0; end < 2; end++) {
			gac_scenario *c = NULL;
			double t = 0;
			ck_assert_int_eq(gac_scenario_clone(&c, d), GAC_OK);
			ck_assert_int_eq(gac_scenario_set_number(c, x->path, end ? x->high : x->low, &e), GAC_OK);
			ck_assert_int_eq(gac_estimate_total(&t, c, sh, &e), GAC_OK);
			ck_assert_rel(end ? x->total_high : x->total_low, t, 1e-9);
			gac_scenario_free(c);
			checked++;
		}
		shared = shared || (!strncmp(x->path, "workloads.b.", 12) && x->swing > 0);
	}
	/* b's requests +20%: 840k + a's 400k = 1.24M requests, 2,067 output
	 * tokens a minute, 3 units: $21,900 on the line b shares with a */
	ck_assert_uint_gt(checked, 20);
	ck_assert(shared);
	for (size_t i = 0; i < gac_sensitivity_count(r); i++)
		if (!strcmp(gac_sensitivity_at(r, i)->path, "workloads.b.requests_per_month"))
			ck_assert_rel(gac_sensitivity_at(r, i)->total_high, 21900 + 7300 + 117, 1e-12);
	/* units sized from the load are a step: at the value written they do
	 * not move with the load (slope 0); d on demand moves by 117/900k a
	 * request, 900k × $5/1M = $4.5 an output token */
	ck_assert(item_of(r, "workloads.a.requests_per_month")->slope == 0);
	ck_assert(item_of(r, "workloads.b.output_tokens")->slope == 0);
	ck_assert(item_of(r, "workloads.c.requests_per_month")->slope == 0);
	ck_assert_rel(item_of(r, "workloads.d.requests_per_month")->slope, 117 / 900e3, 1e-12);
	ck_assert_rel(item_of(r, "workloads.d.output_tokens")->slope, 4.5, 1e-12);
	ck_assert_rel(item_of(r, "workloads.d.output_tokens")->elasticity, 90 / (14600 + 7300 + 117.0), 1e-12);
	gac_sensitivity_free(r);
	gac_scenario_free(d);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(sensitivity_elasticity)
{
	/* the base 4,682.5 of sensitivity_ranking: a = 1M × (1000 × $3 + 100 ×
	 * $15)/1M = 4,500, b = 10k × 730/24 × (500 × 0.8 + 50 × 4)/1M = 182.5.
	 * Slopes: a's requests 4,500/1M = 0.0045 a request, a's input tokens
	 * 1M × $3/1M = $3 a token, output $15, b's requests a day 182.5/10k =
	 * 0.01825; elasticity = slope × value / 4,682.5 */
	gac_sensitivity *r = NULL;
	gac_error e;
	ck_assert_int_eq(gac_sensitivity_run(&r, sc, sheet, 0.2, &e), GAC_OK);
	const double base = 4682.5;
	const gac_sensitivity_item *x = item_of(r, "workloads.a.requests_per_month");
	ck_assert_rel(x->slope, 0.0045, 1e-12);
	ck_assert_rel(x->elasticity, 4500 / base, 1e-12);
	x = item_of(r, "workloads.a.input_tokens");
	ck_assert_rel(x->slope, 3, 1e-12);
	ck_assert_rel(x->elasticity, 3000 / base, 1e-12);
	x = item_of(r, "workloads.a.output_tokens");
	ck_assert_rel(x->slope, 15, 1e-12);
	ck_assert_rel(x->elasticity, 1500 / base, 1e-12);
	x = item_of(r, "workloads.b.requests_per_day");
	ck_assert_rel(x->slope, 0.01825, 1e-12);
	ck_assert_rel(x->elasticity, 182.5 / base, 1e-12);
	/* linear inputs: the swing is 2 × 0.2 × elasticity × total (the
	 * inputs that do not move this bill, such as an on-demand workload's
	 * peak_to_average, are in no formula: the plan has no slope for them) */
	size_t moving = 0;
	for (size_t i = 0; i < gac_sensitivity_count(r); i++) {
		x = gac_sensitivity_at(r, i);
		if (x->swing == 0)
			continue;
		ck_assert_rel(x->swing, fabs(0.4 * x->elasticity * base), 1e-9);
		moving++;
	}
	ck_assert_uint_eq(moving, 6);  /* a's and b's rate, input and output */
	char *t = NULL;
	ck_assert_int_eq(gac_report_sensitivity(&t, r, 0.2, "USD", GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "Swing,Clamped,Slope,Elasticity\r\n"));
	ck_assert_ptr_nonnull(strstr(t, "workloads.a.input_tokens,1000,800,1200,4082.5,5282.5,1200,,3,"));
	gac_free(t);
	ck_assert_int_eq(gac_report_sensitivity(&t, r, 0.2, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "\"slope\": 3.0,"));
	gac_free(t);
	ck_assert_int_eq(gac_report_sensitivity(&t, r, 0.2, "USD", GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN), GAC_OK);
	/* 3000/4682.5 = 0.6406...: three figures in the table, in full in --explain */
	ck_assert_ptr_nonnull(strstr(t, "  0.641\n"));
	ck_assert_ptr_nonnull(strstr(t, "slope d total / d input = 3, elasticity = slope × 1000 / 4682.5 = 0.64068"));
	gac_free(t);
	gac_sensitivity_free(r);

	/* through drivers and expressions: requests = users × calls × 250
	 * (1M), input tokens = 4000 / calls (1,000): a = users × 250 × (12,000
	 * + calls × 1,500)/1M, so d/d users = 250 × 18,000/1M = 4.5 and
	 * d/d calls = users × 250 × 1,500/1M = 375 (the quotient rule: the
	 * input's 12,000 does not move with calls) */
	static const char drv[] =
		"genaicost: scenario/1\n"
		"drivers: {users: 1000, calls: 4}\n"
		"workloads:\n"
		"  - {name: a, model: m.big, requests_per_month: \"= users * calls * 250\", input_tokens: \"= 4000 / calls\","
		" output_tokens: 100}\n"
		"  - {name: b, model: m.small, requests_per_day: 10k, input_tokens: 500, output_tokens: 50}\n";
	gac_scenario *d = NULL;
	ck_assert_msg(gac_scenario_load_buffer(&d, drv, strlen(drv), "d.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_int_eq(gac_sensitivity_run(&r, d, sheet, 0.2, &e), GAC_OK);
	ck_assert_rel(gac_sensitivity_base(r), base, 1e-12);
	x = item_of(r, "drivers.users");
	ck_assert_rel(x->slope, 4.5, 1e-12);
	ck_assert_rel(x->elasticity, 4500 / base, 1e-12);
	x = item_of(r, "drivers.calls");
	ck_assert_rel(x->slope, 375, 1e-12);
	ck_assert_rel(x->elasticity, 1500 / base, 1e-12);
	gac_sensitivity_free(r);
	gac_scenario_free(d);

	/* a step of the bill has no slope: the mode, named with --vary */
	const char *vary[] = {"deployment.mode", "workloads.a.output_tokens"};
	ck_assert_int_eq(gac_sensitivity_run_vary(&r, sc, sheet, 0.2, vary, 2, &e), GAC_OK);
	ck_assert(isnan(item_of(r, "deployment.mode")->slope));
	ck_assert(isnan(item_of(r, "deployment.mode")->elasticity));
	ck_assert_rel(item_of(r, "workloads.a.output_tokens")->slope, 15, 1e-12);
	gac_sensitivity_free(r);
}
END_TEST

Suite *suite_sensitivity(void)
{
	Suite *s = suite_create("sensitivity");
	TCase *t = tcase_create("tornado");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, sensitivity_ranking);
	tcase_add_test(t, sensitivity_clamped);
	tcase_add_test(t, sensitivity_groups_match_full_repricing);
	tcase_add_test(t, sensitivity_elasticity);
	suite_add_tcase(s, t);
	return s;
}

/* The Reserved tier in a forecast, on a sheet whose model reserves 1K
 * input tokens/min at $30 (1-month) or $25 (3-month) a month and 1K
 * output at $150 or $125, and sells on demand (the Standard tier) at $1
 * input and $4 output per 1M.  43.8M requests of 1,000 input and 100
 * output tokens around the clock (43,800 minutes) is 1,000,000 input and
 * 100,000 output tokens a minute; on demand 43.8M × (1,000 × $1 + 100 ×
 * $4)/1M = $61,320 a month. */
static const char rv_sheet[] =
	"genaicost: pricesheet/1\n"
	"name: rv\n"
	"currency: USD\n"
	"as_of: 2026-12-01\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.rv\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 1\n"
	"    output: 4\n"
	"    reserved_input: {1_month: 30, 3_month: 25}\n"
	"    reserved_output: {1_month: 150, 3_month: 125}\n";

#define RV_SCEN(deploy, growth, rest)                                                                \
	"genaicost: scenario/1\n"                                                                        \
	"region: us-east-1\n"                                                                            \
	"deployment: " deploy "\n"                                                                       \
	"workloads:\n"                                                                                   \
	"  - {name: chat, model: m.rv, requests_per_month: 43.8M, input_tokens: 1000, output_tokens: 100,"  \
	" growth_per_month: " growth "}\n" rest

static gac_forecast *run_rv(const char *yaml, size_t months, gac_sheet **sh)
{
	gac_scenario *s = NULL;
	gac_forecast *f = NULL;
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(sh, rv_sheet, strlen(rv_sheet), "rv.yaml", &e), GAC_OK);
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "f.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_forecast_run(&f, s, *sh, months, &e) == GAC_OK, "%s", e.message);
	gac_scenario_free(s);
	return f;
}

static void check_rv_buy(const gac_forecast *f, size_t i, const char *option, const char *kind, size_t month,
                         size_t last, double in, double out, double monthly)
{
	const gac_forecast_purchase *p = gac_forecast_purchase_at(f, i);
	ck_assert_ptr_nonnull(p);
	ck_assert_int_eq(p->reserved, 1);
	ck_assert_str_eq(p->option, option);
	ck_assert_str_eq(p->kind, kind);
	ck_assert_str_eq(p->model, "m.rv");
	ck_assert_str_eq(p->workloads, "chat");
	ck_assert_uint_eq(p->month, month);
	ck_assert_uint_eq(p->last_month, last);
	ck_assert_rel(p->input_tpm, in, 1e-12);
	ck_assert_rel(p->output_tpm, out, 1e-12);
	ck_assert_rel(p->monthly_cost, monthly, 1e-12);
	ck_assert(p->units == 0);
}

START_TEST(forecast_reserved_one_month)
{
	/* flat load on 1-month terms: 1,000 × $30 + 100 × $150 = $45,000 a
	 * month, renewed every month, nothing owed after any month */
	gac_sheet *sh = NULL;
	gac_forecast *f = run_rv(RV_SCEN("{mode: reserved, term: 1-month}", "0", ""), 3, &sh);
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 3);
	for (size_t m = 1; m <= 3; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		ck_assert_rel(x->total, 45000, 1e-12);
		ck_assert_rel(x->reserved_fee, 45000, 1e-12);
		ck_assert(x->reserved_overflow == 0);
		ck_assert(x->owed_after == 0);
		ck_assert(isnan(x->units));
		check_rv_buy(f, m - 1, "baseline", m == 1 ? "purchase" : "renewal", m, m, 1e6, 1e5, 45000);
	}
	ck_assert_rel(gac_forecast_at(f, 2)->cumulative, 135000, 1e-12);
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_reserved_fixed_overflows)
{
	/* 1,200,000 + 120,000 tokens/min reserved for 3 months: 1,200 × $25 +
	 * 120 × $125 = $45,000 a month.  Growing 10% a month the load passes it
	 * in month 3 (1,210,000 input tokens/min): the share above it,
	 * 1 − 1.2 ÷ 1.1^(m-1), of the month's $61,320 × 1.1^(m-1) on demand
	 * goes to the Standard tier: $61,320 × (1.1^(m-1) − 1.2) =
	 * $613.20 in month 3, $8,032.92 in month 4, $16,194.612 in month 5.
	 * Month 4 renews it as written; after month 5, 1 × $45,000 is owed. */
	gac_sheet *sh = NULL;
	gac_forecast *f = run_rv(RV_SCEN("{mode: reserved, term: 3-month, input_tokens_per_minute: 1.2M,"
	                                 " output_tokens_per_minute: 120k}", "10%", ""), 5, &sh);
	const double over[] = {0, 0, 613.2, 8032.92, 16194.612}, owed[] = {90000, 45000, 0, 90000, 45000};
	double sum = 0;
	for (size_t m = 1; m <= 5; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		sum += 45000 + over[m - 1];
		ck_assert_rel(x->reserved_fee, 45000, 1e-12);
		if (over[m - 1] == 0)
			ck_assert(x->reserved_overflow == 0);
		else
			ck_assert_rel(x->reserved_overflow, over[m - 1], 1e-9);
		ck_assert_rel(x->total, 45000 + over[m - 1], 1e-12);
		ck_assert_rel(x->cumulative, sum, 1e-12);
		ck_assert_rel(x->owed_after, owed[m - 1], 1e-12);
	}
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 2);
	check_rv_buy(f, 0, "baseline", "purchase", 1, 3, 1.2e6, 1.2e5, 45000);
	check_rv_buy(f, 1, "baseline", "renewal", 4, 6, 1.2e6, 1.2e5, 45000);
	ck_assert_rel(gac_forecast_owed_after(f), 45000, 1e-12);
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_reserved_auto_resized_on_renewal)
{
	/* auto on 3-month terms, growing 25% a month (1.25^(m-1) exact).
	 * Month 1 reserves 1,000,000 + 100,000: $37,500 a month, held through
	 * month 3 while the load grows: overflow $61,320 × (1.25^(m-1) − 1) =
	 * $15,330 and $34,492.50.  Month 4 renews it at that month's peak,
	 * 1,953,125 + 195,312.5 tokens/min rounded up to 1,000: 1,954,000 +
	 * 196,000, 1,954 × $25 + 196 × $125 = $73,350 a month; month 5's
	 * 2,441,406.25 input tokens/min overflow by 1 − 1.954 ÷ 2.44140625 (the
	 * input side binds: 196 ÷ 244.140625 leaves less above):
	 * $61,320 × (2.44140625 − 1.954) = $29,887.75125. */
	gac_sheet *sh = NULL;
	gac_forecast *f = run_rv(RV_SCEN("{mode: reserved, term: 3-month}", "25%", ""), 5, &sh);
	const double fee[] = {37500, 37500, 37500, 73350, 73350}, over[] = {0, 15330, 34492.5, 0, 29887.75125};
	for (size_t m = 1; m <= 5; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		ck_assert_rel(x->reserved_fee, fee[m - 1], 1e-12);
		if (over[m - 1] == 0)
			ck_assert(x->reserved_overflow == 0);
		else
			ck_assert_rel(x->reserved_overflow, over[m - 1], 1e-9);
		ck_assert_rel(x->total, fee[m - 1] + over[m - 1], 1e-12);
	}
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 2);
	check_rv_buy(f, 0, "baseline", "purchase", 1, 3, 1e6, 1e5, 37500);
	check_rv_buy(f, 1, "baseline", "renewal", 4, 6, 1954000, 196000, 73350);
	ck_assert_rel(gac_forecast_owed_after(f), 73350, 1e-12);
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_reserved_commitment)
{
	/* on demand ($61,320 a month) but from month 2 a commitment runs it as
	 * 'reserve', a 3-month reservation ($37,500 a month, months 2 to 4),
	 * for 2 months: back on demand in month 4, the reservation still bills
	 * idle then ($61,320 + $37,500); in a 3-month forecast 1 × $37,500 is
	 * owed after it. */
	gac_sheet *sh = NULL;
	static const char yaml[] = RV_SCEN("{mode: on-demand}", "0",
	                                   "forecast:\n"
	                                   "  commitments: [{option: reserve, start: 2, months: 2}]\n"
	                                   "options:\n"
	                                   "  - {name: reserve, set: {deployment.mode: reserved, deployment.term: 3-month}}\n");
	gac_forecast *f = run_rv(yaml, 4, &sh);
	const double total[] = {61320, 37500, 37500, 98820}, fee[] = {0, 37500, 37500, 37500};
	const char *const dep[] = {"baseline", "reserve", "reserve", "baseline"};
	for (size_t m = 1; m <= 4; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		ck_assert_str_eq(x->option, dep[m - 1]);
		ck_assert_rel(x->total, total[m - 1], 1e-12);
		if (fee[m - 1] == 0)
			ck_assert(x->reserved_fee == 0);
		else
			ck_assert_rel(x->reserved_fee, fee[m - 1], 1e-12);
	}
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 1);
	check_rv_buy(f, 0, "reserve", "purchase", 2, 4, 1e6, 1e5, 37500);
	ck_assert(gac_forecast_owed_after(f) == 0);
	gac_forecast_free(f);
	gac_sheet_free(sh);
	f = run_rv(yaml, 3, &sh);
	ck_assert_rel(gac_forecast_owed_after(f), 37500, 1e-12);
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_reserved_carried_into_commitment)
{
	/* the baseline's 3-month reservation (1,000,000 + 100,000 tokens/min,
	 * $37,500 a month, months 1 to 3) stays the workload's when a
	 * commitment halves its prompts in months 2 and 3: no second purchase
	 * and no idle copy, $37,500 a month (the load is within it); month 4,
	 * back on the baseline, renews it: 2 × $37,500 owed after month 4. */
	gac_sheet *sh = NULL;
	static const char yaml[] = RV_SCEN("{mode: reserved, term: 3-month}", "0",
	                                   "forecast:\n"
	                                   "  commitments: [{option: short, start: 2, months: 2}]\n"
	                                   "options:\n"
	                                   "  - {name: short, set: {workloads.chat.input_tokens: 500}}\n");
	gac_forecast *f = run_rv(yaml, 4, &sh);
	for (size_t m = 1; m <= 4; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		ck_assert_str_eq(x->option, m == 2 || m == 3 ? "short" : "baseline");
		ck_assert_rel(x->total, 37500, 1e-12);
		ck_assert_rel(x->reserved_fee, 37500, 1e-12);
		ck_assert(x->reserved_overflow == 0);
	}
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 2);
	check_rv_buy(f, 0, "baseline", "purchase", 1, 3, 1e6, 1e5, 37500);
	check_rv_buy(f, 1, "baseline", "renewal", 4, 6, 1e6, 1e5, 37500);
	ck_assert_rel(gac_forecast_owed_after(f), 75000, 1e-12);
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

/* Two reservations of one model and term, chat's sized from its peak
 * (1,000,000 + 100,000 tokens/min) and search's written at that size: in
 * month 1 they are apart (auto and written), but held from month 2 they
 * meet at one size and would be priced as one: refused at chat's mode,
 * not merged. */
START_TEST(forecast_reserved_apart)
{
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"region: us-east-1\n"
		"deployment: {term: 3-month}\n"
		"workloads:\n"
		"  - name: chat\n"
		"    model: m.rv\n"
		"    requests_per_month: 43.8M\n"
		"    input_tokens: 1000\n"
		"    output_tokens: 100\n"
		"    deployment: {mode: reserved}\n"
		"  - name: search\n"
		"    model: m.rv\n"
		"    requests_per_month: 1M\n"
		"    input_tokens: 10\n"
		"    output_tokens: 1\n"
		"    deployment: {mode: reserved, input_tokens_per_minute: 1M, output_tokens_per_minute: 100k}\n";
	gac_sheet *sh = NULL;
	gac_scenario *s = NULL;
	gac_forecast *f = NULL;
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sh, rv_sheet, strlen(rv_sheet), "rv.yaml", &e), GAC_OK);
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "f.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_int_eq(gac_forecast_run(&f, s, sh, 6, &e), GAC_EVALUE);
	ck_assert_ptr_null(f);
	ck_assert_uint_eq(e.line, 10);
	ck_assert_ptr_nonnull(strstr(e.message, "month 2 (baseline): the reservation of m.rv for 'chat' bought in month 1"));
	/* a 1-month forecast never holds one */
	ck_assert_int_eq(gac_forecast_run(&f, s, sh, 1, &e), GAC_OK);
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 2);
	ck_assert_rel(gac_forecast_at(f, 0)->reserved_fee, 2 * 37500, 1e-12);
	gac_forecast_free(f);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_growth_and_commitments)
{
	/* a: 1M × $4.50/1k requests = $4,500 growing 10% a month, seasonality
	 * (1, 2) repeating; b ($182.50) flat.  From month 3 a commitment runs the
	 * deployment as 'small' for 2 months, then back to the baseline. */
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.big, requests_per_month: 1M, input_tokens: 1000, output_tokens: 100,"
		" growth_per_month: 10%}\n"
		"  - {name: b, model: m.small, requests_per_day: 10k, input_tokens: 500, output_tokens: 50}\n"
		"forecast:\n"
		"  seasonality: [1, 2]\n"
		"  commitments: [{option: small, start: 3, months: 2}]\n"
		"options:\n"
		"  - {name: small, set: {workloads.a.model: m.small}}\n";
	gac_scenario *s = NULL;
	gac_forecast *f = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "f.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_forecast_run(&f, s, sheet, 6, &e) == GAC_OK, "%s", e.message);
	ck_assert_uint_eq(gac_forecast_count(f), 6);
	double b = 10000 * (730 / 24.0) * (500 * 0.8 + 50 * 4) / 1e6, b2[] = {1, 2, 1, 2, 1, 2};
	double a_big = 4500, a_small = 1e6 * (1000 * 0.8 + 100 * 4) / 1e6;
	double sum = 0;
	for (size_t m = 1; m <= 6; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		double factor = pow(1.1, (double)(m - 1)) * b2[m - 1];
		bool small = m == 3 || m == 4;
		double want = (small ? a_small : a_big) * factor + b * b2[m - 1];
		sum += want;
		ck_assert_uint_eq(x->month, m);
		ck_assert_str_eq(x->option, small ? "small" : "baseline");
		ck_assert_rel(x->factor, factor, 1e-12);
		ck_assert_rel(x->total, want, 1e-12);
		ck_assert_rel(x->cumulative, sum, 1e-12);
	}
	ck_assert(gac_forecast_owed_after(f) == 0);
	gac_forecast_free(f);
	/* a commitment past the horizon owes its remaining months: none here,
	 * the option has no provisioned throughput */
	ck_assert_int_eq(gac_forecast_run(&f, s, sheet, 3, &e), GAC_OK);
	ck_assert(gac_forecast_owed_after(f) == 0);
	gac_forecast_free(f);
	ck_assert_int_eq(gac_forecast_run(&f, s, sheet, 0, &e), GAC_EVALUE);
	gac_scenario_free(s);
	gac_forecast_free(NULL);
}
END_TEST

/* A sheet whose model sells provisioned throughput: one model unit on a
 * 6-month term costs $10 × 730 h = $7,300 a month and carries (a test
 * assumption) 1,000 output tokens a minute.  A workload of R requests of
 * 73 output tokens around the clock peaks at R × 73 ÷ 43,800 minutes =
 * R ÷ 600 output tokens a minute, so it needs ceil(R ÷ 600,000) units.
 * On demand a request costs 10 × $1/1M + 73 × $5/1M = $0.000375. */
static const char pt_sheet[] =
	"genaicost: pricesheet/1\n"
	"name: pt\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.pt\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 1\n"
	"    output: 5\n"
	"    model_unit_hour: {no_commit: 30, 1_month: 20, 6_month: 10}\n"
	"    model_unit_capacity: {input_tpm: 1M, output_tpm: 1000}\n"
	"  - id: m.pt2\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 1\n"
	"    output: 5\n"
	"    model_unit_hour: {no_commit: 30, 1_month: 20, 6_month: 10}\n"
	"    model_unit_capacity: {input_tpm: 1M, output_tpm: 1000}\n";

/* 400k requests growing 25% a month: R(m) = 400,000 × 1.25^(m-1)
 *   m:      1     2     3        4        5        6          7          8
 *   R:  400k  500k  625k  781,250  976,562  1,220,703  1,525,879  1,907,349
 *   need:  1     1     2        2        2          3          3          4
 * (R ÷ 600,000 = 0.67, 0.83, 1.04, 1.30, 1.63, 2.03, 2.54, 3.18) */
#define PT_SCEN(commitment)                                                                          \
	"genaicost: scenario/1\n"                                                                        \
	"workloads:\n"                                                                                   \
	"  - {name: a, model: m.pt, requests_per_month: 400k, input_tokens: 10, output_tokens: 73,"      \
	" growth_per_month: 25%}\n"                                                                      \
	"deployment: {model_units: 1}\n"                                                                 \
	"forecast:\n"                                                                                    \
	"  commitments: [" commitment "]\n"                                                              \
	"options:\n"                                                                                     \
	"  - {name: fixed, set: {deployment.mode: provisioned, deployment.commitment: 6-month}}\n"       \
	"  - {name: auto, set: {deployment.mode: provisioned, deployment.commitment: 6-month,"           \
	" deployment.model_units: auto}}\n"

static gac_forecast *run_pt(const char *yaml, size_t months, gac_sheet **sh)
{
	gac_scenario *s = NULL;
	gac_forecast *f = NULL;
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(sh, pt_sheet, strlen(pt_sheet), "pt.yaml", &e), GAC_OK);
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "f.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_forecast_run(&f, s, *sh, months, &e) == GAC_OK, "%s", e.message);
	gac_scenario_free(s);
	return f;
}

START_TEST(forecast_baseline_commitment)
{
	/* the scenario's own deployment commits (no forecast.commitments): 1
	 * unit on a 6-month term is bought in month 1 and renewed in month 7,
	 * $7,300 a month; owed after month m = (6 − m) × $7,300 in the first
	 * term, (12 − m) × $7,300 in the second: $36,500 after month 1,
	 * $0 after month 6, $36,500 again after month 7 and $29,200 after 8 */
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.pt, requests_per_month: 400k, input_tokens: 10, output_tokens: 73}\n"
		"deployment: {mode: provisioned, commitment: 6-month, model_units: 1}\n";
	gac_sheet *sh = NULL;
	gac_forecast *f = run_pt(yaml, 8, &sh);
	for (size_t m = 1; m <= 8; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		ck_assert_str_eq(x->option, "baseline");
		ck_assert_rel(x->total, 7300, 1e-12);
		ck_assert_rel(x->cumulative, 7300.0 * (double)m, 1e-12);
		ck_assert_rel(x->owed_after, (double)((m <= 6 ? 6 : 12) - m) * 7300, 1e-12);
	}
	ck_assert_rel(gac_forecast_owed_after(f), 29200, 1e-12);
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 2);
	const gac_forecast_purchase *p = gac_forecast_purchase_at(f, 0), *q = gac_forecast_purchase_at(f, 1);
	ck_assert_str_eq(p->option, "baseline");
	ck_assert_str_eq(p->kind, "purchase");
	ck_assert_uint_eq(p->month, 1);
	ck_assert_uint_eq(p->last_month, 6);
	ck_assert(p->units == 1);
	ck_assert_rel(p->monthly_cost, 7300, 1e-12);
	ck_assert_str_eq(q->kind, "renewal");
	ck_assert_uint_eq(q->month, 7);
	ck_assert_uint_eq(q->last_month, 12);
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_fixed_units_across_a_term)
{
	/* 1 unit fixed for the 6-month term of months 1 to 6: $7,300 a month
	 * whatever the load; from month 3 the load needs 2, then 3 in month 6:
	 * under capacity (the rest is throttled, not priced).  Owed after month
	 * m = (6 − m) × $7,300.  Months 7 and 8 run on demand:
	 * 1,525,878.90625 × $0.000375 = $572.20458984375 and
	 * 1,907,348.6328125 × $0.000375 = $715.2557373046875. */
	gac_sheet *sh = NULL;
	gac_forecast *f = run_pt(PT_SCEN("{option: fixed, start: 1}"), 8, &sh);
	const double need[] = {1, 1, 2, 2, 2, 3};
	double sum = 0;
	for (size_t m = 1; m <= 6; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		sum += 7300;
		ck_assert_str_eq(x->option, "fixed");
		ck_assert_rel(x->total, 7300, 1e-12);
		ck_assert_rel(x->cumulative, sum, 1e-12);
		ck_assert(x->units == 1);
		ck_assert(x->units_needed == need[m - 1]);
		ck_assert_int_eq(x->under_capacity, need[m - 1] > 1);
		ck_assert_rel(x->owed_after, (6.0 - (double)m) * 7300, 1e-12);
	}
	const gac_forecast_month *m7 = gac_forecast_at(f, 6), *m8 = gac_forecast_at(f, 7);
	ck_assert_str_eq(m7->option, "baseline");
	ck_assert_rel(m7->total, 572.20458984375, 1e-12);
	ck_assert_rel(m8->total, 715.2557373046875, 1e-12);
	ck_assert_rel(m8->cumulative, 43800 + 572.20458984375 + 715.2557373046875, 1e-12);
	ck_assert(isnan(m7->units) && isnan(m7->units_needed) && !m7->under_capacity && m7->owed_after == 0);
	/* one purchase, never resized */
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 1);
	const gac_forecast_purchase *p = gac_forecast_purchase_at(f, 0);
	ck_assert_str_eq(p->kind, "purchase");
	ck_assert_str_eq(p->option, "fixed");
	ck_assert(p->month == 1 && p->last_month == 6 && p->units == 1 && p->term_months == 6);
	ck_assert_rel(p->monthly_cost, 7300, 1e-12);
	ck_assert_ptr_null(gac_forecast_purchase_at(f, 1));
	ck_assert(gac_forecast_owed_after(f) == 0);
	gac_forecast_free(f);
	/* a 4-month horizon: months 5 and 6 still owed, 2 × $7,300 */
	f = NULL;
	gac_sheet_free(sh);
	f = run_pt(PT_SCEN("{option: fixed, start: 1}"), 4, &sh);
	ck_assert_rel(gac_forecast_owed_after(f), 14600, 1e-12);
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_extra_purchases_with_their_own_terms)
{
	/* auto over 12 months from month 1, forecast 8 months:
	 *   month 1: purchase 1 unit, months 1-6
	 *   month 3: need 2, 1 in force: extra +1, months 3-8
	 *   month 6: need 3, 2 in force: extra +1, months 6-11
	 *   month 7: the first term ended; in force 2 (extras of months 3 and
	 *            6), need 3: renewal of 1, months 7-12
	 *   month 8: need 4, 3 in force: extra +1, months 8-13
	 * units 1,1,2,2,2,3,3,4, each $7,300: totals units × $7,300.
	 * Owed after m, in unit-months left × $7,300:
	 *   1: 5   2: 4   3: 3+5   4: 2+4   5: 1+3   6: 0+2+5
	 *   7: 1+4+5   8: 0+3+4+5 */
	gac_sheet *sh = NULL;
	gac_forecast *f = run_pt(PT_SCEN("{option: auto, start: 1, months: 12}"), 8, &sh);
	const double units[] = {1, 1, 2, 2, 2, 3, 3, 4};
	const double owed[] = {5, 4, 8, 6, 4, 7, 10, 12};
	double sum = 0;
	for (size_t m = 1; m <= 8; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		sum += units[m - 1] * 7300;
		ck_assert_str_eq(x->option, "auto");
		ck_assert(x->units == units[m - 1]);
		ck_assert(x->units_needed == units[m - 1]);
		ck_assert_int_eq(x->under_capacity, 0);
		ck_assert_rel(x->total, units[m - 1] * 7300, 1e-12);
		ck_assert_rel(x->cumulative, sum, 1e-12);
		ck_assert_rel(x->owed_after, owed[m - 1] * 7300, 1e-12);
	}
	ck_assert_rel(sum, 131400, 1e-12);
	ck_assert_rel(gac_forecast_owed_after(f), 87600, 1e-12);
	static const struct {
		const char *kind;
		size_t month, last;
	} want[] = {{"purchase", 1, 6}, {"extra purchase", 3, 8}, {"extra purchase", 6, 11},
	            {"renewal", 7, 12}, {"extra purchase", 8, 13}};
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 5);
	for (size_t i = 0; i < 5; i++) {
		const gac_forecast_purchase *p = gac_forecast_purchase_at(f, i);
		ck_assert_str_eq(p->kind, want[i].kind);
		ck_assert_uint_eq(p->month, want[i].month);
		ck_assert_uint_eq(p->last_month, want[i].last);
		ck_assert(p->units == 1 && p->term_months == 6);
		ck_assert_rel(p->monthly_cost, 7300, 1e-12);
	}
	gac_forecast_free(f);
	gac_sheet_free(sh);
	/* the commitment's default 6 months (1-6): the extras bought in months
	 * 3 and 6 still bill in months 7 and 8, idle beside on demand:
	 *   month 7: $572.20458984375 + 2 × $7,300 = $15,172.20458984375
	 *   month 8: $715.2557373046875 + 2 × $7,300 = $15,315.2557373046875
	 *   owed after 8: the month-6 extra's months 9-11, 3 × $7,300 */
	f = run_pt(PT_SCEN("{option: auto, start: 1}"), 8, &sh);
	const gac_forecast_month *m7 = gac_forecast_at(f, 6), *m8 = gac_forecast_at(f, 7);
	ck_assert_str_eq(m7->option, "baseline");
	ck_assert_rel(m7->total, 15172.20458984375, 1e-12);
	ck_assert_rel(m8->total, 15315.2557373046875, 1e-12);
	ck_assert(m7->units == 2 && m8->units == 2 && isnan(m8->units_needed) && !m8->under_capacity);
	ck_assert_rel(m8->owed_after, 21900, 1e-12);
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 3);
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_auto_over_two_models)
{
	/* model_units: auto over two models: each throughput its own purchase,
	 * sized from its own peak (400k requests: 1 unit each), bought in
	 * month 2 for months 2 to 7 at $7,300 a month each.  Month 1 on
	 * demand, 2 × 400,000 × $0.000375 = $300; months 2 and 3 $14,600;
	 * owed after month 3: 4 months × $14,600 = $58,400. */
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.pt, requests_per_month: 400k, input_tokens: 10, output_tokens: 73}\n"
		"  - {name: b, model: m.pt2, requests_per_month: 400k, input_tokens: 10, output_tokens: 73}\n"
		"forecast:\n"
		"  commitments:\n"
		"    - {option: auto, start: 2}\n"
		"options:\n"
		"  - {name: auto, set: {deployment.mode: provisioned, deployment.commitment: 6-month,"
		" deployment.model_units: auto}}\n";
	gac_sheet *sh = NULL;
	gac_forecast *f = run_pt(yaml, 3, &sh);
	const double total[] = {300, 14600, 14600}, owed[] = {0, 5 * 14600, 4 * 14600};
	for (size_t m = 1; m <= 3; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		ck_assert_rel(x->total, total[m - 1], 1e-12);
		if (owed[m - 1] == 0)
			ck_assert(x->owed_after == 0);
		else
			ck_assert_rel(x->owed_after, owed[m - 1], 1e-12);
	}
	ck_assert_rel(gac_forecast_owed_after(f), 58400, 1e-12);
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 2);
	static const char *const model[] = {"m.pt", "m.pt2"}, *const wl[] = {"a", "b"};
	for (size_t i = 0; i < 2; i++) {
		const gac_forecast_purchase *p = gac_forecast_purchase_at(f, i);
		ck_assert_str_eq(p->option, "auto");
		ck_assert_str_eq(p->kind, "purchase");
		ck_assert_str_eq(p->model, model[i]);
		ck_assert_str_eq(p->workloads, wl[i]);
		ck_assert(p->month == 2 && p->last_month == 7 && p->units == 1 && p->term_months == 6);
		ck_assert_rel(p->monthly_cost, 7300, 1e-12);
	}
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_workload_commitment)
{
	/* the commitment on one workload's own deployment, b on demand
	 * (1M × $0.000375 = $375 a month): a's throughput is bought, extended
	 * and renewed as forecast_extra_purchases_with_their_own_terms buys the
	 * scenario's (units 1,1,2,2,2,3,3,4 at $7,300, owed after month m in
	 * unit-months 5,4,8,6,4,7,10,12 × $7,300) */
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.pt, requests_per_month: 400k, input_tokens: 10, output_tokens: 73,"
		" growth_per_month: 25%, deployment: {mode: provisioned, commitment: 6-month, model_units: auto}}\n"
		"  - {name: b, model: m.pt2, requests_per_month: 1M, input_tokens: 10, output_tokens: 73}\n";
	gac_sheet *sh = NULL;
	gac_forecast *f = run_pt(yaml, 8, &sh);
	const double units[] = {1, 1, 2, 2, 2, 3, 3, 4}, owed[] = {5, 4, 8, 6, 4, 7, 10, 12};
	double sum = 0;
	for (size_t m = 1; m <= 8; m++) {
		const gac_forecast_month *x = gac_forecast_at(f, m - 1);
		sum += units[m - 1] * 7300 + 375;
		ck_assert_str_eq(x->option, "baseline");
		ck_assert(x->units == units[m - 1]);
		ck_assert_rel(x->total, units[m - 1] * 7300 + 375, 1e-12);
		ck_assert_rel(x->cumulative, sum, 1e-12);
		ck_assert_rel(x->owed_after, owed[m - 1] * 7300, 1e-12);
	}
	static const struct {
		const char *kind;
		size_t month, last;
	} want[] = {{"purchase", 1, 6}, {"extra purchase", 3, 8}, {"extra purchase", 6, 11},
	            {"renewal", 7, 12}, {"extra purchase", 8, 13}};
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 5);
	for (size_t i = 0; i < 5; i++) {
		const gac_forecast_purchase *p = gac_forecast_purchase_at(f, i);
		ck_assert_str_eq(p->option, "baseline");
		ck_assert_str_eq(p->kind, want[i].kind);
		ck_assert_str_eq(p->model, "m.pt");
		ck_assert_str_eq(p->workloads, "a");
		ck_assert_uint_eq(p->month, want[i].month);
		ck_assert_uint_eq(p->last_month, want[i].last);
		ck_assert(p->units == 1 && p->term_months == 6);
		ck_assert_rel(p->monthly_cost, 7300, 1e-12);
	}
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_workload_commitment_owed_as_compare)
{
	/* 1 unit fixed on a workload's 6-month commitment, 3 months: $7,300 +
	 * b's $375 a month; the unit still owes months 4 to 6, 3 × $7,300 =
	 * $21,900, what compare's owed row (gac_result_owed_after) counts */
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.pt, requests_per_month: 400k, input_tokens: 10, output_tokens: 73,"
		" deployment: {mode: provisioned, commitment: 6-month, model_units: 1}}\n"
		"  - {name: b, model: m.pt2, requests_per_month: 1M, input_tokens: 10, output_tokens: 73}\n";
	gac_sheet *sh = NULL;
	gac_forecast *f = run_pt(yaml, 3, &sh);
	ck_assert_rel(gac_forecast_at(f, 2)->cumulative, 3 * 7675.0, 1e-12);
	ck_assert_rel(gac_forecast_owed_after(f), 21900, 1e-12);
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 1);
	gac_scenario *s = NULL;
	gac_result *r = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "w.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, s, sh, &e), GAC_OK);
	ck_assert_rel(gac_result_owed_after(r, 3), gac_forecast_owed_after(f), 1e-12);
	gac_result_free(r);
	gac_scenario_free(s);
	gac_forecast_free(f);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_committed_units_apart)
{
	/* a's auto units (1, from its peak) and c's written 1 are two
	 * throughputs in month 1; held at 1 from month 2 they meet and would be
	 * priced as one: refused at the deployment's mode (line 2), not merged */
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"deployment: {mode: provisioned, commitment: 6-month, model_units: 1}\n"
		"workloads:\n"
		"  - {name: a, model: m.pt, requests_per_month: 400k, input_tokens: 10, output_tokens: 73,"
		" deployment: {model_units: auto}}\n"
		"  - {name: c, model: m.pt, requests_per_month: 1k, input_tokens: 10, output_tokens: 73}\n";
	gac_sheet *sh = NULL;
	gac_scenario *s = NULL;
	gac_forecast *f = NULL;
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sh, pt_sheet, strlen(pt_sheet), "pt.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "f.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_forecast_run(&f, s, sh, 3, &e), GAC_EVALUE);
	ck_assert_ptr_null(f);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_msg(strstr(e.message, "month 2 (baseline): the 1 model unit of m.pt for 'a' bought in month 1 holds to "
	                                  "month 6, but at that size it meets 'a,c'") != NULL,
	              "%s", e.message);
	ck_assert_int_eq(gac_forecast_run(&f, s, sh, 1, &e), GAC_OK);
	ck_assert_uint_eq(gac_forecast_purchase_count(f), 2);
	gac_forecast_free(f);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_months_since_rates)
{
	/* a: 1M requests of m.big, $4,500 a month at the rates written, growing
	 * 10% a month; the rates describe the month 2 months before month 1
	 * (forecast.start 2026-10): month m costs 4,500 × 1.1^(m-1+2): $5,445,
	 * $5,989.50, $6,588.45; seasonality (1, 2) still from month 1 doubles
	 * month 2: $11,979.  Half a month: month 1 at 4,500 × 1.1^0.5. */
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.big, requests_per_month: 1M, input_tokens: 1000, output_tokens: 100,"
		" growth_per_month: 10%}\n"
		"forecast:\n"
		"  start: 2026-10\n"
		"  months_since_rates: 2\n"
		"  seasonality: [1, 2, 1]\n";
	gac_scenario *s = NULL;
	gac_forecast *f = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "r.yaml", &e) == GAC_OK, "%s", e.message);
	/* both are parameters: forecast.start the last text one (listed when
	 * given), months_since_rates the last number */
	char *path = NULL, *value = NULL;
	size_t nt = gac_scenario_text_param_count(s), nn = gac_scenario_param_count(s);
	ck_assert_int_eq(gac_scenario_text_param_path(&path, s, nt - 1), GAC_OK);
	ck_assert_str_eq(path, "forecast.start");
	ck_assert_int_eq(gac_scenario_get_text(&value, s, path), GAC_OK);
	ck_assert_str_eq(value, "2026-10");
	free(path);
	free(value);
	ck_assert_str_eq(gac_scenario_param_path(s, nn - 1), "forecast.months_since_rates");
	ck_assert_msg(gac_forecast_run(&f, s, sheet, 3, &e) == GAC_OK, "%s", e.message);
	const double total[] = {5445, 11979, 6588.45}, factor[] = {1.21, 1.331 * 2, 1.4641};
	for (size_t m = 1; m <= 3; m++) {
		ck_assert_rel(gac_forecast_at(f, m - 1)->total, total[m - 1], 1e-12);
		ck_assert_rel(gac_forecast_at(f, m - 1)->factor, factor[m - 1], 1e-12);
	}
	char *text = NULL;
	ck_assert_int_eq(gac_report_forecast(&text, f, "USD", GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "\n2026-10  baseline "));
	ck_assert_ptr_nonnull(strstr(text, "\n2026-12  baseline "));
	ck_assert_ptr_nonnull(strstr(text, "(1 + growth_per_month)^(m-1+2)"));
	ck_assert_ptr_nonnull(strstr(text, "a: requests_per_month 1000000 × (1 + 0.1)^(m-1+2); 2026-12: × (1 + 0.1)^4 = 1.4641"));
	free(text);
	ck_assert_int_eq(gac_report_forecast(&text, f, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "\"calendar_month\": \"2026-11\""));
	ck_assert_ptr_nonnull(strstr(text, "\"start\": \"2026-10\""));
	ck_assert_ptr_nonnull(strstr(text, "\"months_since_rates\": 2.0"));
	free(text);
	gac_forecast_free(f);
	/* a parameter path like any: half a month, and a start across a year */
	ck_assert_int_eq(gac_scenario_set(s, "forecast.months_since_rates", "0.5", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "forecast.start", "2026-12", &e), GAC_OK);
	ck_assert_int_eq(gac_forecast_run(&f, s, sheet, 2, &e), GAC_OK);
	ck_assert_rel(gac_forecast_at(f, 0)->total, 4500 * sqrt(1.1), 1e-12);
	ck_assert_int_eq(gac_report_forecast(&text, f, "USD", GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "\n2027-01,baseline,"));
	free(text);
	gac_forecast_free(f);
	ck_assert_int_eq(gac_scenario_set(s, "forecast.start", "2026-1", &e), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_set(s, "forecast.months_since_rates", "-1", &e), GAC_EVALUE);
	gac_scenario_free(s);
}
END_TEST

/* forecast --explain's formula names the seasonality only when there is
 * one: without it the factor is 1 and "seasonality[(m-1) mod 1 + 1]" (a
 * table of none) is left out; one value is "seasonality[1]".  The same
 * $4,500 a month of m.big growing 10%: $4,500, $4,950, $5,445; × 1.5
 * with seasonality [1.5]: $6,750, $7,425, $8,167.50; with [1, 2, 1]
 * month 2 doubles: $9,900. */
START_TEST(forecast_explain_without_seasonality)
{
	static const char *const season[] = {"", "forecast: {seasonality: [1.5]}\n", "forecast: {seasonality: [1, 2, 1]}\n"};
	static const char *const formula[] = {
		"(1 + growth_per_month)^(m-1); the month is then priced like an estimate",
		"(1 + growth_per_month)^(m-1) × seasonality[1]; the month is then priced",
		"(1 + growth_per_month)^(m-1) × seasonality[(m-1) mod 3 + 1]; the month is then priced"};
	const double total[3][3] = {{4500, 4950, 5445}, {6750, 7425, 8167.5}, {4500, 9900, 5445}};
	for (int k = 0; k < 3; k++) {
		char yaml[512];
		snprintf(yaml, sizeof yaml,
		         "genaicost: scenario/1\n"
		         "workloads:\n"
		         "  - {name: a, model: m.big, requests_per_month: 1M, input_tokens: 1000, output_tokens: 100,"
		         " growth_per_month: 10%%}\n%s", season[k]);
		gac_scenario *s = NULL;
		gac_forecast *f = NULL;
		gac_error e;
		ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "r.yaml", &e) == GAC_OK, "%s", e.message);
		ck_assert_msg(gac_forecast_run(&f, s, sheet, 3, &e) == GAC_OK, "%s", e.message);
		for (size_t m = 0; m < 3; m++)
			ck_assert_rel(gac_forecast_at(f, m)->total, total[k][m], 1e-12);
		char *text = NULL;
		ck_assert_int_eq(gac_report_forecast(&text, f, "USD", GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN), GAC_OK);
		ck_assert_msg(strstr(text, formula[k]), "%s", text);
		ck_assert_ptr_null(strstr(text, "mod 1 + 1"));
		if (k == 0)
			ck_assert_msg(!strstr(text, "seasonality[") && strstr(text, "seasonality: none (1 every month)"), "%s",
			              text);
		free(text);
		gac_forecast_free(f);
		gac_scenario_free(s);
	}
}
END_TEST

START_TEST(owed_after_months_of_a_commitment)
{
	/* 2 units on a 6-month term: 2 × $10 × 730 h = $14,600 a month, bought
	 * in month 1 and renewed in month 7.  After month 3: (6 − 3) × $14,600 =
	 * $43,800; after 6: 0; after 8: (12 − 8) × $14,600 = $58,400.  A 1-month
	 * term (2 × $20 × 730 = $29,200) ends with every month: 0. */
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.pt, requests_per_month: 400k, input_tokens: 10, output_tokens: 73}\n"
		"deployment: {mode: provisioned, commitment: 6-month, model_units: 2}\n";
	gac_sheet *sh = NULL;
	gac_scenario *s = NULL;
	gac_result *r = NULL;
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sh, pt_sheet, strlen(pt_sheet), "pt.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "o.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, s, sh, &e), GAC_OK);
	ck_assert_rel(gac_result_total(r), 14600, 1e-12);
	ck_assert_rel(gac_result_owed_after(r, 3), 43800, 1e-12);
	ck_assert(gac_result_owed_after(r, 6) == 0);
	ck_assert_rel(gac_result_owed_after(r, 8), 58400, 1e-12);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(s, "deployment.commitment", "1-month", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, s, sh, &e), GAC_OK);
	ck_assert_rel(gac_result_total(r), 29200, 1e-12);
	ck_assert(gac_result_owed_after(r, 3) == 0);
	gac_result_free(r);
	ck_assert(gac_result_owed_after(NULL, 3) == 0);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(forecast_overflow_placed_at_the_growth)
{
	/* 1000% growth a month: month m prices 11^(m-1) times month 1, past
	 * the largest double within 600 months; the error is placed at the
	 * growth written in the file (line 4, column 23) and
	 * quotes it */
	static const char yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.big, requests_per_month: 1M, input_tokens: 1000, output_tokens: 100,\n"
		"    growth_per_month: 1000%}\n";
	gac_scenario *s = NULL;
	gac_forecast *f = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "g.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_int_eq(gac_forecast_run(&f, s, sheet, 600, &e), GAC_ERANGE);
	ck_assert_ptr_null(f);
	ck_assert_str_eq(e.file, "g.yaml");
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 23);
	ck_assert_msg(strstr(e.message, "month ") == e.message, "%s", e.message);
	ck_assert_msg(strstr(e.message, "(the growth, here: '10')") != NULL, "%s", e.message);
	gac_scenario_free(s);
	/* an estimate's overflow at the value written: requests_per_month */
	static const char big[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.big, requests_per_month: 1e308, input_tokens: 1000, output_tokens: 100}\n";
	gac_result *r = NULL;
	ck_assert_int_eq(gac_scenario_load_buffer(&s, big, strlen(big), "b.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, s, sheet, &e), GAC_ERANGE);
	ck_assert_uint_eq(e.line, 3);
	ck_assert_uint_eq(e.column, 49);
	ck_assert_msg(strstr(e.message, "(its largest input, here: '1e+308')") != NULL, "%s", e.message);
	gac_scenario_free(s);
}
END_TEST

Suite *suite_forecast(void)
{
	Suite *s = suite_create("forecast");
	TCase *t = tcase_create("months");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, forecast_growth_and_commitments);
	tcase_add_test(t, forecast_reserved_one_month);
	tcase_add_test(t, forecast_reserved_fixed_overflows);
	tcase_add_test(t, forecast_reserved_auto_resized_on_renewal);
	tcase_add_test(t, forecast_reserved_commitment);
	tcase_add_test(t, forecast_reserved_carried_into_commitment);
	tcase_add_test(t, forecast_reserved_apart);
	tcase_add_test(t, forecast_baseline_commitment);
	tcase_add_test(t, forecast_fixed_units_across_a_term);
	tcase_add_test(t, forecast_extra_purchases_with_their_own_terms);
	tcase_add_test(t, forecast_auto_over_two_models);
	tcase_add_test(t, forecast_workload_commitment);
	tcase_add_test(t, forecast_workload_commitment_owed_as_compare);
	tcase_add_test(t, forecast_committed_units_apart);
	tcase_add_test(t, forecast_months_since_rates);
	tcase_add_test(t, forecast_explain_without_seasonality);
	tcase_add_test(t, owed_after_months_of_a_commitment);
	tcase_add_test(t, forecast_overflow_placed_at_the_growth);
	suite_add_tcase(s, t);
	return s;
}

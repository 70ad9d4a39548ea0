/* Calibration (lib/usage.c, usage_logs.c, usage_cloudwatch.c,
 * calibrate.c, report_calibrate.c): the hourly aggregate, RFC 3339 times,
 * the growth fit against hand-computed least squares, and the fixtures of
 * tests/data/usage/ summed and fitted by hand. */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"
#include "calibrate.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

static gac_sheet *bundled(void)
{
	gac_sheet *sh = NULL;
	gac_error e;
	ck_assert_msg(gac_sheet_load_file(&sh, test_path("pricing/aws-bedrock.yaml"), &e) == GAC_OK, "%s", e.message);
	return sh;
}

static const gac_cal_workload *workload(const gac_calibration *c, const char *model, const char *region)
{
	for (size_t i = 0; i < c->nw; i++) {
		const gac_usage_series *s = &c->u.series[c->w[i].series];
		if (!strcmp(s->model, model) && !strcmp(s->region, region))
			return &c->w[i];
	}
	ck_abort_msg("no workload of %s in %s", model, region);
	return NULL;
}

START_TEST(calibrate_times)
{
	int64_t t;
	bool date;
	/* 2026-03-02 is day 20514 since 1970-01-01 (56 years, 14 leap days, Jan + Feb 59 days, +1) */
	ck_assert(gac_time_parse(&t, "2026-03-02T14:09:00Z", false, &date));
	ck_assert_int_eq(t, 20514LL * 86400 + 14 * 3600 + 9 * 60);
	ck_assert(!date);
	ck_assert(gac_time_parse(&t, "2026-03-02T15:09:00.125+01:00", false, NULL));
	ck_assert_int_eq(t, 20514LL * 86400 + 14 * 3600 + 9 * 60);
	ck_assert(gac_time_parse(&t, "2026-03-02", true, &date));
	ck_assert_int_eq(t, 20514LL * 86400);
	ck_assert(date);
	ck_assert(!gac_time_parse(&t, "2026-03-02", false, NULL));
	ck_assert(!gac_time_parse(&t, "2026-02-29T00:00:00Z", false, NULL)); /* not a leap year */
	ck_assert(!gac_time_parse(&t, "2026-03-02T14:09:00", false, NULL));  /* no zone */
	ck_assert(!gac_time_parse(&t, "2026-3-2T14:09:00Z", false, NULL));
	int y;
	unsigned m, d;
	gac_civil_from_days(20514, &y, &m, &d);
	ck_assert_int_eq(y, 2026);
	ck_assert_uint_eq(m, 3);
	ck_assert_uint_eq(d, 2);
}
END_TEST

START_TEST(calibrate_aggregate_per_hour)
{
	gac_usage u;
	gac_usage_init(&u);
	size_t a, b, a2;
	ck_assert_int_eq(gac_usage_series_get(&a, &u, "m1", "us-east-1"), GAC_OK);
	ck_assert_int_eq(gac_usage_series_get(&b, &u, "m1", "eu-west-1"), GAC_OK);
	ck_assert_int_eq(gac_usage_series_get(&a2, &u, "m1", "us-east-1"), GAC_OK);
	ck_assert_uint_eq(a, a2);
	ck_assert_uint_ne(a, b);
	/* 3,000 hours of series a, 1 + hour requests each: the table grows past
	 * its first 1,024 cells; hour 7 gets one more request from series b */
	gac_usage_counts c = {0};
	for (int64_t h = 0; h < 3000; h++) {
		c.requests = 1 + (double)h;
		c.input = 10;
		ck_assert_int_eq(gac_usage_add(&u, a, 500000 + h, 1, &c), GAC_OK);
	}
	c.requests = 1;
	ck_assert_int_eq(gac_usage_add(&u, b, 500007, 60, &c), GAC_OK);
	ck_assert_int_eq(gac_usage_add(&u, a, 500007, 1, &c), GAC_OK);
	ck_assert_uint_eq(u.ncells, 3001);
	ck_assert_rel(gac_usage_at(&u, a, 500007).requests, 9, 0);
	ck_assert_rel(gac_usage_at(&u, a, 500007).input, 20, 0);
	ck_assert_rel(gac_usage_at(&u, b, 500007).requests, 1, 0);
	ck_assert_rel(gac_usage_at(&u, b, 500008).requests, 0, 0);
	/* sum of 1..3000 = 4,501,500, plus the one added at hour 7 */
	ck_assert_rel(u.series[a].total.requests, 4501501, 0);
	ck_assert_int_eq(u.series[a].first_hour, 500000);
	ck_assert_int_eq(u.series[a].last_hour, 502999);
	ck_assert_int_eq(u.series[a].end, 503000LL * 3600);
	ck_assert_int_eq(u.series[b].resolution, 60);
	gac_usage_done(&u);
}
END_TEST

START_TEST(calibrate_growth_fit)
{
	double g, slope, se, gse;
	/* an exact 10% a month: slope ln 1.1, no residual */
	const double exact[] = {100, 110, 121, 133.1};
	ck_assert_int_eq(gac_fit_growth(&g, &slope, &se, &gse, exact, 4), GAC_OK);
	ck_assert_rel(g, 0.1, 1e-12);
	ck_assert_rel(slope, log(1.1), 1e-12);
	ck_assert(se < 1e-7);
	/* ln rates 0, 0.1, 0.3, 0.3 at months 0..3: mean x 1.5, Sxx 5, mean y
	 * 0.175, Sxy 0.55, slope 0.11, intercept 0.01; residuals -0.01,
	 * -0.02, 0.07, -0.04, SSR 0.007, s^2 = 0.007 / 2, se = sqrt(s^2 / 5)
	 * = sqrt(0.0007); growth e^0.11 - 1, its se e^0.11 x sqrt(0.0007) */
	const double noisy[] = {1, exp(0.1), exp(0.3), exp(0.3)};
	ck_assert_int_eq(gac_fit_growth(&g, &slope, &se, &gse, noisy, 4), GAC_OK);
	ck_assert_rel(slope, 0.11, 1e-12);
	ck_assert_rel(se, sqrt(0.0007), 1e-10);
	ck_assert_rel(g, exp(0.11) - 1, 1e-12);
	ck_assert_rel(gse, exp(0.11) * sqrt(0.0007), 1e-10);
	ck_assert_int_eq(gac_fit_growth(&g, &slope, &se, &gse, noisy, 2), GAC_EARG);
	const double zero[] = {1, 0, 2};
	ck_assert_int_eq(gac_fit_growth(&g, &slope, &se, &gse, zero, 3), GAC_EVALUE);
}
END_TEST

/* The two log fixtures over January to March 2026 (2,160 hours). */
START_TEST(calibrate_logs_fixture)
{
	gac_calibration *c = NULL;
	gac_error e;
	gac_sheet *sh = bundled();
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_period(c, "2026-01-01..2026-03-31", &e), GAC_OK);
	ck_assert_msg(gac_calibration_add_file(c, test_path("tests/data/usage/invocations-jan-feb.jsonl"), GAC_USAGE_AUTO,
	                                       &e) == GAC_OK,
	              "%s", e.message);
	ck_assert_msg(gac_calibration_add_file(c, test_path("tests/data/usage/invocations-mar-apr.jsonl.gz"),
	                                       GAC_USAGE_LOGS, &e) == GAC_OK,
	              "%s", e.message);
	ck_assert_msg(gac_calibration_finish(c, sh, &e) == GAC_OK, "%s", e.message);
	/* 23 lines: 1 blank, 22 records; 18 invocations used; 1 in April, 1
	 * ValidationException, 1 ThrottlingException, 1 other schemaType */
	ck_assert_uint_eq(c->logs.lines, 23);
	ck_assert_uint_eq(c->logs.blank, 1);
	ck_assert_uint_eq(c->logs.records, 22);
	ck_assert_uint_eq(c->logs.used, 18);
	ck_assert_uint_eq(c->logs.outside, 1);
	ck_assert_uint_eq(c->logs.failed, 1);
	ck_assert_uint_eq(c->logs.throttled, 1);
	ck_assert_uint_eq(c->logs.other, 1);
	ck_assert_rel(c->hours, 2160, 0);
	ck_assert_str_eq(c->scenario_region, "us-east-1");
	/* haiku in us-east-1: 2 requests in January (1000 in, 200 out), 4 in
	 * February (+1000 cache read each), 8 in March (+250 cache write) */
	const gac_cal_workload *w = workload(c, "anthropic.claude-haiku-4-5-20251001-v1:0", "us-east-1");
	ck_assert_int_eq(w->status, GAC_CAL_WRITTEN);
	ck_assert_str_eq(w->name, "claude-haiku-4-5-20251001-v1-0");
	ck_assert_rel(w->total.requests, 14, 0);
	ck_assert_rel(w->requests_per_month, 14.0 * 730 / 2160, 1e-15);
	/* 14,000 uncached + 4,000 read + 2,000 written = 20,000 over 14 */
	ck_assert_rel(w->input_tokens, 20000.0 / 14, 1e-15);
	ck_assert_rel(w->output_tokens, 200, 1e-15);
	ck_assert_rel(w->cache_read_fraction, 0.2, 1e-15);
	ck_assert_rel(w->cache_write_fraction, 0.1, 1e-15);
	/* hours with requests: 01-05T10 (2), 02-03T09 (3), 02-03T10 (1),
	 * 03-02T14 (6), 03-02T15 (2): 5 hours, mean 2.8, peak 6 */
	ck_assert_rel(w->active_hours, 5, 0);
	ck_assert_rel(w->peak_requests, 6, 0);
	ck_assert_rel(w->peak_to_average, 6 / 2.8, 1e-15);
	ck_assert_rel(w->active_hours_per_day, 5.0 * 24 / 2160, 1e-15);
	/* monthly rates 2/744, 4/672 and 8/744 an hour: the slope through the
	 * ends is ln 2; February lies d = ln(744/672) above their line, so
	 * the residuals are -d/3, 2d/3, -d/3, SSR 2d^2/3 on 1 degree of
	 * freedom, Sxx 2: se = d / sqrt(3) */
	ck_assert(w->growth_ok);
	ck_assert_uint_eq(w->growth_months, 3);
	ck_assert_rel(w->slope, log(2), 1e-12);
	ck_assert_rel(w->growth, 1, 1e-12);
	ck_assert_rel(w->slope_se, log(744.0 / 672) / sqrt(3), 1e-10);
	/* the profile ARN is the profile id; the throttle is counted apart */
	w = workload(c, "us.anthropic.claude-sonnet-4-5-20250929-v1:0", "us-east-1");
	ck_assert_int_eq(w->status, GAC_CAL_WRITTEN);
	ck_assert_str_eq(w->name, "us-claude-sonnet-4-5-20250929-v1-0");
	ck_assert_rel(w->total.requests, 2, 0);
	ck_assert_rel(w->total.throttles, 1, 0);
	ck_assert(!w->growth_ok);
	ck_assert_str_eq(w->growth_why, "a month without requests");
	/* the same model in another region is a workload of its own */
	w = workload(c, "anthropic.claude-haiku-4-5-20251001-v1:0", "us-west-2");
	ck_assert_str_eq(w->name, "claude-haiku-4-5-20251001-v1-0-us-west-2");
	ck_assert_rel(w->input_tokens, 3000, 0);
	w = workload(c, "acme.mystery-v1", "us-east-1");
	ck_assert_int_eq(w->status, GAC_CAL_UNKNOWN);

	/* the scenario loads and prices with the bundled sheet */
	char *text = NULL, *csv = NULL;
	ck_assert_int_eq(gac_calibration_scenario(&text, c, NULL), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "# Not written:\n#   acme.mystery-v1 in us-east-1: 1 request, "));
	gac_scenario *sc = NULL;
	ck_assert_msg(gac_scenario_load_buffer(&sc, text, strlen(text), "calibrated.yaml", &e) == GAC_OK, "%s",
	              e.message);
	gac_result *r = NULL;
	ck_assert_msg(gac_estimate(&r, sc, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert(gac_result_total(r) > 0);
	/* the history: one row a month, February at 4 x 730 / 672 requests */
	ck_assert_int_eq(gac_calibration_history(&csv, c), GAC_OK);
	ck_assert_ptr_nonnull(strstr(csv, "\n2026-02,672,4.345238095,2000,200,0.5,0,"));
	char *rep = NULL;
	ck_assert_int_eq(gac_report_calibration(&rep, c, GAC_FORMAT_CSV), GAC_EVALUE);
	ck_assert_int_eq(gac_report_calibration(&rep, c, GAC_FORMAT_JSON), GAC_OK);
	ck_assert_ptr_nonnull(strstr(rep, "\"genaicost\": \"calibrate/1\""));
	gac_free(rep);
	ck_assert_int_eq(gac_report_calibration(&rep, c, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_nonnull(strstr(rep, "not written: acme.mystery-v1 in us-east-1, 1 request: not in the price sheet"));
	gac_free(rep);
	gac_result_free(r);
	gac_scenario_free(sc);
	gac_free(text);
	gac_free(csv);
	gac_calibration_free(c);
	gac_sheet_free(sh);
}
END_TEST

/* get-metric-data: haiku 30, 60, (gap), 30 invocations in the hours 09 to
 * 12 of 2026-05-04; the query file asked for the whole day (StartTime,
 * EndTime), so the span is 24 hours */
START_TEST(calibrate_cloudwatch_fixture)
{
	gac_calibration *c = NULL;
	gac_error e;
	gac_sheet *sh = bundled();
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_msg(gac_calibration_add_file(c, test_path("tests/data/usage/cloudwatch-results.json"), GAC_USAGE_AUTO,
	                                       &e) == GAC_OK,
	              "%s", e.message);
	ck_assert_msg(gac_calibration_add_file(c, test_path("tests/data/usage/cloudwatch-queries.json"), GAC_USAGE_AUTO,
	                                       &e) == GAC_OK,
	              "%s", e.message);
	ck_assert_msg(gac_calibration_finish(c, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert_rel(c->hours, 24, 0);
	ck_assert_uint_eq(c->cws.ignored, 1); /* InvocationLatency */
	const gac_cal_workload *w = workload(c, "anthropic.claude-haiku-4-5-20251001-v1:0", "us-east-1");
	ck_assert_rel(w->requests_per_month, 120.0 * 730 / 24, 1e-15);
	/* 96,000 uncached + 24,000 read = 120,000 over 120 */
	ck_assert_rel(w->input_tokens, 1000, 1e-15);
	ck_assert_rel(w->cache_read_fraction, 0.2, 1e-15);
	ck_assert_rel(w->output_tokens, 200, 1e-15);
	ck_assert_rel(w->peak_to_average, 60 / 40.0, 1e-15);
	ck_assert_rel(w->active_hours_per_day, 3 * 24 / 24.0, 1e-15);
	ck_assert_rel(w->total.throttles, 5, 0);
	w = workload(c, "amazon.nova-micro-v1:0", "us-east-1");
	ck_assert_rel(w->requests_per_month, 20.0 * 730 / 24, 1e-15);
	ck_assert_rel(w->active_hours_per_day, 2 * 24 / 24.0, 1e-15);
	gac_calibration_free(c);
	/* without the query's range, the data's own: 09:00 to 13:00, 4 hours */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_period(c, "2026-05-04T09:00:00Z..2026-05-04T13:00:00Z", &e), GAC_OK);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/cloudwatch-results.json"),
	                                          GAC_USAGE_AUTO, &e),
	                 GAC_OK);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/cloudwatch-queries.json"),
	                                          GAC_USAGE_AUTO, &e),
	                 GAC_OK);
	ck_assert_msg(gac_calibration_finish(c, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert_rel(c->hours, 4, 0);
	w = workload(c, "anthropic.claude-haiku-4-5-20251001-v1:0", "us-east-1");
	ck_assert_rel(w->requests_per_month, 120.0 * 730 / 4, 1e-15);
	ck_assert_rel(w->active_hours_per_day, 3 * 24 / 4.0, 1e-15);
	gac_calibration_free(c);

	/* get-metric-statistics: daily sums, so no peak; the model is given */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/statistics-invocations.json"),
	                                          GAC_USAGE_CLOUDWATCH, &e),
	                 GAC_EARG);
	ck_assert_int_eq(gac_calibration_set_model(c, "anthropic.claude-haiku-4-5-20251001-v1:0"), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_region(c, "us-west-2"), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_region(c, "US East"), GAC_EVALUE);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/statistics-invocations.json"),
	                                          GAC_USAGE_CLOUDWATCH, &e),
	                 GAC_OK);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/statistics-input.json"),
	                                          GAC_USAGE_CLOUDWATCH, &e),
	                 GAC_OK);
	ck_assert_msg(gac_calibration_finish(c, sh, &e) == GAC_OK, "%s", e.message);
	w = workload(c, "anthropic.claude-haiku-4-5-20251001-v1:0", "us-west-2");
	/* 4,500 invocations in 3 days (72 hours) */
	ck_assert_rel(c->hours, 72, 0);
	ck_assert_rel(w->requests_per_month, 4500.0 * 730 / 72, 1e-15);
	ck_assert_rel(w->input_tokens, 4500000.0 / 4500, 1e-15);
	ck_assert(!w->hourly);
	ck_assert_rel(w->peak_to_average, 0, 0);
	gac_calibration_free(c);
	gac_sheet_free(sh);
}
END_TEST

/* Records the scanner leaves to jansson (counts written 1000.0 and 2.0e2,
 * an escaped key, an escaped model id, \u escapes and numbers jansson
 * must judge) and one it takes (raw UTF-8, deep nesting) count alike:
 * 5 requests of 1,000 input and 200 output tokens in the hour 10 of
 * 2026-01-05. */
START_TEST(calibrate_scanner_and_jansson_agree)
{
	gac_calibration *c = NULL;
	gac_error e;
	gac_sheet *sh = bundled();
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_msg(gac_calibration_add_file(c, test_path("tests/data/usage/jansson-path.jsonl"), GAC_USAGE_LOGS, &e) ==
	                  GAC_OK,
	              "%s", e.message);
	ck_assert_msg(gac_calibration_finish(c, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert_uint_eq(c->logs.used, 5);
	ck_assert_uint_eq(c->u.nseries, 1);
	const gac_cal_workload *w = workload(c, "anthropic.claude-haiku-4-5-20251001-v1:0", "us-east-1");
	ck_assert_rel(w->total.requests, 5, 0);
	ck_assert_rel(w->input_tokens, 1000, 0);
	ck_assert_rel(w->output_tokens, 200, 0);
	ck_assert_rel(c->hours, 1, 0);
	gac_calibration_free(c);
	gac_sheet_free(sh);
}
END_TEST

/* n invocation-log records as Bedrock writes them (4 models, 2 regions,
 * one a minute), gzip in 3 members; the record of line `bad` (0: none)
 * replaced by `bad_text`.  The path in path[64]. */
static void write_log_gz(char path[64], unsigned long n, unsigned long bad, const char *bad_text)
{
	static const char *const models[] = {"anthropic.claude-haiku-4-5-20251001-v1:0",
	                                     "us.anthropic.claude-sonnet-4-5-20250929-v1:0", "amazon.nova-micro-v1:0",
	                                     "amazon.titan-embed-text-v2:0"};
	snprintf(path, 64, "/tmp/gac-logs-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
	gzFile gz = NULL;
	for (unsigned long i = 0; i < n; i++) {
		if (i % (n / 3 + 1) == 0) {
			if (gz)
				ck_assert_int_eq(gzclose(gz), Z_OK);
			ck_assert_ptr_nonnull(gz = gzopen(path, i ? "ab1" : "wb1"));
		}
		if (i + 1 == bad) {
			ck_assert_int_gt(gzprintf(gz, "%s\n", bad_text), 0);
			continue;
		}
		unsigned long t = i * 60;
		ck_assert_int_gt(
		    gzprintf(gz,
		             "{\"schemaType\":\"ModelInvocationLog\",\"schemaVersion\":\"1.0\",\"timestamp\":\"2026-01-%02luT%02lu:"
		             "%02lu:00Z\",\"accountId\":\"111122223333\",\"identity\":{\"arn\":\"arn:aws:sts::111122223333:"
		             "assumed-role/app/w\"},\"region\":\"%s\",\"requestId\":\"00000000-0000-4000-8000-%012lu\","
		             "\"operation\":\"Converse\",\"modelId\":\"%s\",\"input\":{\"inputContentType\":\"application/"
		             "json\",\"inputTokenCount\":%lu,\"cacheReadInputTokenCount\":%lu,\"cacheWriteInputTokenCount\":0},"
		             "\"output\":{\"outputContentType\":\"application/json\",\"outputTokenCount\":%lu}}\n",
		             1 + t / 86400, t % 86400 / 3600, t % 3600 / 60, i / 4 % 2 ? "us-west-2" : "us-east-1", i,
		             models[i % 4], 500 + i % 1000, i % 3 * 500, i % 4 == 3 ? 0 : 100 + i % 300),
		    0);
	}
	ck_assert_int_eq(gzclose(gz), Z_OK);
}

/* Read a log file, inflating ahead or on one thread. */
static gac_status read_log_file(gac_usage *u, gac_log_stats *stats, gac_error *e, const char *path, bool one_thread)
{
	gac_usage_init(u);
	memset(stats, 0, sizeof *stats);
	gac_lines_one_thread = one_thread;
	gac_status st = gac_usage_read_logs(u, stats, path, 0, 0, "us-east-1", e);
	gac_lines_one_thread = false;
	return st;
}

/* A gzip log of 12,000 records (several blocks of lines.c, 3 members)
 * read with inflating on a second thread and on one: the same sums to the
 * token, and errors in its middle at the same line and column. */
START_TEST(calibrate_logs_gzip_ahead)
{
	char path[64];
	const unsigned long n = 12000;
	write_log_gz(path, n, 0, NULL);
	gac_usage a, b;
	gac_log_stats sa, sb;
	gac_error ea, eb;
	ck_assert_int_eq(read_log_file(&a, &sa, &ea, path, false), GAC_OK);
	ck_assert_int_eq(read_log_file(&b, &sb, &eb, path, true), GAC_OK);
	ck_assert_uint_eq(sa.lines, n);
	ck_assert_uint_eq(sa.used, n);
	ck_assert_uint_eq(sb.used, n);
	ck_assert_uint_eq(a.nseries, 8);
	ck_assert_uint_eq(b.nseries, 8);
	ck_assert_uint_eq(a.ncells, b.ncells);
	double input = 0, want_input = 0, output = 0, want_output = 0;
	for (unsigned long i = 0; i < n; i++) {
		want_input += 500 + i % 1000;
		want_output += i % 4 == 3 ? 0 : 100 + i % 300;
	}
	for (size_t i = 0; i < a.nseries; i++) {
		ck_assert_str_eq(a.series[i].model, b.series[i].model);
		ck_assert_str_eq(a.series[i].region, b.series[i].region);
		ck_assert(a.series[i].total.requests == b.series[i].total.requests);
		ck_assert(a.series[i].total.input == b.series[i].total.input);
		ck_assert(a.series[i].total.output == b.series[i].total.output);
		ck_assert(a.series[i].total.cache_read == b.series[i].total.cache_read);
		ck_assert_int_eq(a.series[i].first_hour, b.series[i].first_hour);
		ck_assert_int_eq(a.series[i].last_hour, b.series[i].last_hour);
		input += a.series[i].total.input;
		output += a.series[i].total.output;
	}
	ck_assert_rel(input, want_input, 0);
	ck_assert_rel(output, want_output, 0);
	gac_usage_done(&a);
	gac_usage_done(&b);
	unlink(path);
	/* a bad record at line 8,000: a negative count (the scanner's), text
	 * that is no JSON (jansson's column) */
	static const char *const bad[] = {
	    "{\"schemaType\":\"ModelInvocationLog\",\"timestamp\":\"2026-01-20T00:00:00Z\",\"modelId\":\"m\","
	    "\"input\":{\"inputTokenCount\":-5}}",
	    "  {\"schemaType\":\"ModelInvocationLog\",\"timestamp\":2026-01-20}"};
	static const gac_status want[] = {GAC_EVALUE, GAC_ESYNTAX};
	for (int k = 0; k < 2; k++) {
		write_log_gz(path, n, 8000, bad[k]);
		ck_assert_int_eq(read_log_file(&a, &sa, &ea, path, false), want[k]);
		ck_assert_int_eq(read_log_file(&b, &sb, &eb, path, true), want[k]);
		ck_assert_str_eq(ea.file, path);
		ck_assert_uint_eq(ea.line, 8000);
		ck_assert_uint_eq(eb.line, 8000);
		ck_assert_uint_eq(ea.column, eb.column);
		if (k)
			ck_assert_uint_gt(ea.column, 49);   /* jansson's: past "timestamp": */
		else
			ck_assert_uint_eq(ea.column, 1);
		ck_assert_str_eq(ea.message, eb.message);
		ck_assert_uint_eq(sa.used, 7999);
		ck_assert_uint_eq(sb.used, 7999);
		gac_usage_done(&a);
		gac_usage_done(&b);
		unlink(path);
	}
}
END_TEST

/* The scanner against jansson: every byte of a record replaced in turn by
 * each of a set of bytes that break or bend JSON, read both ways; same
 * status, message, position, counts and sums. */
static void read_one(gac_status *st, gac_error *e, gac_log_stats *stats, gac_usage_counts *total, size_t *nseries,
                     const char *line, size_t len, bool jansson)
{
	gac_usage u;
	gac_usage_init(&u);
	memset(stats, 0, sizeof *stats);
	gac_logs_jansson_only = jansson;
	*st = gac_usage_log_line(&u, stats, line, len, 0, 0, "us-east-1", e);
	gac_logs_jansson_only = false;
	memset(total, 0, sizeof *total);
	*nseries = u.nseries;
	for (size_t i = 0; i < u.nseries; i++) {
		total->requests += u.series[i].total.requests;
		total->input += u.series[i].total.input;
		total->output += u.series[i].total.output;
		total->cache_read += u.series[i].total.cache_read;
		total->throttles += u.series[i].total.throttles;
	}
	gac_usage_done(&u);
}

START_TEST(calibrate_scanner_matches_jansson)
{
	/* the second record's strings are long (the scanner reads them 16 and
	 * 8 bytes at a time: every byte of a block is replaced in turn) and
	 * hold UTF-8 of 2, 3 and 4 bytes; the third ends in a long string, read
	 * 16, 8, then 1 byte at a time as the line's end nears */
	static const char rec_short[] =
	    "{\"schemaType\":\"ModelInvocationLog\",\"timestamp\":\"2026-01-05T10:00:00Z\",\"region\":\"us-east-1\","
	    "\"modelId\":\"m.x-v1:0\",\"errorCode\":null,\"input\":{\"inputTokenCount\":120,"
	    "\"cacheReadInputTokenCount\":7,\"inputBodyJson\":{\"a\":[1,-2.5,true,null,\"\\u00e9\\n\"]}},"
	    "\"output\":{\"outputTokenCount\":30}}";
	static const char rec_long[] =
	    "{\"schemaType\":\"ModelInvocationLog\",\"identity\":{\"arn\":\"arn:aws:sts::111122223333:assumed-role/"
	    "caf\xc3\xa9-\xe2\x82\xac-\xf0\x9f\x98\x80/w\"},\"timestamp\":\"2026-01-05T10:00:00.123+00:00\","
	    "\"modelId\":\"arn:aws:bedrock:us-east-1:111122223333:inference-profile/us.anthropic.claude-v1:0\","
	    "\"input\":{\"inputTokenCount\":4567,\"cacheWriteInputTokenCount\":1000},\"output\":{\"outputTokenCount\":89}}";
	static const char rec_tail[] =
	    "{\"schemaType\":\"ModelInvocationLog\",\"timestamp\":\"2026-01-05T10:00:00Z\",\"modelId\":\"m\","
	    "\"region\":\"eu-west-1\",\"operation\":\"InvokeModelWithResponseStream\"}";
	static const char *const recs[] = {rec_short, rec_long, rec_tail};
	static const char bytes[] = {'"', '\\', '{', '}', '[', ']', ',', ':', '0', '-', '.', 'e', 'x', ' ', '\t',
	                             (char)0x80, (char)0xC3, (char)0xFF, 'n', '1', 0x1F, 0x7F};
	size_t tried = 0, accepted = 0;
	for (size_t k = 0; k < sizeof recs / sizeof recs[0]; k++) {
	const char *rec = recs[k];
	size_t n = strlen(rec);
	for (size_t pos = 0; pos < n; pos++) {
		for (size_t b = 0; b < sizeof bytes; b++) {
			char line[512];
			ck_assert_uint_lt(n, sizeof line);
			memcpy(line, rec, n + 1);
			if (line[pos] == bytes[b])
				continue;
			line[pos] = bytes[b];
			gac_status sa, sb;
			gac_error ea, eb;
			gac_log_stats ta, tb;
			gac_usage_counts ca, cb;
			size_t na, nb;
			read_one(&sa, &ea, &ta, &ca, &na, line, n, false);
			read_one(&sb, &eb, &tb, &cb, &nb, line, n, true);
			ck_assert_msg(sa == sb, "byte %zu = 0x%02x: scanner %d, jansson %d (%s)", pos, (unsigned char)bytes[b],
			              (int)sa, (int)sb, eb.message);
			if (sa != GAC_OK) {
				ck_assert_str_eq(ea.message, eb.message);
				ck_assert_uint_eq(ea.line, eb.line);
				ck_assert_uint_eq(ea.column, eb.column);
			} else {
				accepted++;
				ck_assert_uint_eq(ta.used, tb.used);
				ck_assert_uint_eq(ta.other, tb.other);
				ck_assert_uint_eq(ta.failed, tb.failed);
				ck_assert_uint_eq(na, nb);
				ck_assert_msg(ca.requests == cb.requests && ca.input == cb.input && ca.output == cb.output &&
				                  ca.cache_read == cb.cache_read && ca.throttles == cb.throttles,
				              "byte %zu = 0x%02x: sums differ", pos, (unsigned char)bytes[b]);
			}
			tried++;
		}
	}
	}
	/* most replacements break the line, some bend it (a digit, a letter in a string) */
	ck_assert_uint_gt(tried, 10000);
	ck_assert_uint_gt(accepted, 2000);
}
END_TEST

START_TEST(calibrate_bad_inputs)
{
	gac_calibration *c = NULL;
	gac_error e;
	gac_sheet *sh = bundled();
	/* a line that is no JSON: its line and column */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/bad-not-json.jsonl"), GAC_USAGE_AUTO, &e),
	                 GAC_ESYNTAX);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_ge(e.column, 70);
	gac_calibration_free(c);
	/* a negative count */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(
	    gac_calibration_add_file(c, test_path("tests/data/usage/bad-negative-count.jsonl"), GAC_USAGE_LOGS, &e),
	    GAC_EVALUE);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_str_eq(e.message, "input.inputTokenCount is not a whole number of 0 or more");
	gac_calibration_free(c);
	/* a key given twice: the scanner leaves the line to jansson, which refuses it */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(
	    gac_calibration_add_file(c, test_path("tests/data/usage/bad-duplicate-key.jsonl"), GAC_USAGE_LOGS, &e),
	    GAC_ESYNTAX);
	ck_assert_uint_eq(e.line, 1);
	ck_assert_ptr_nonnull(strstr(e.message, "duplicate object key"));
	gac_calibration_free(c);
	/* logs and metrics together */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(
	    gac_calibration_add_file(c, test_path("tests/data/usage/invocations-jan-feb.jsonl"), GAC_USAGE_AUTO, &e),
	    GAC_OK);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/cloudwatch-results.json"),
	                                          GAC_USAGE_AUTO, &e),
	                 GAC_EVALUE);
	gac_calibration_free(c);
	/* a period with no data */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_period(c, "2027-01-01..2027-01-31", &e), GAC_OK);
	ck_assert_int_eq(
	    gac_calibration_add_file(c, test_path("tests/data/usage/invocations-jan-feb.jsonl"), GAC_USAGE_AUTO, &e),
	    GAC_OK);
	ck_assert_int_eq(gac_calibration_finish(c, sh, &e), GAC_EVALUE);
	ck_assert_str_eq(e.message, "no invocation in period 2027-01-01..2027-01-31 in the files read");
	gac_calibration_free(c);
	/* bad periods */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_period(c, "2026-02-01..2026-01-01", &e), GAC_EVALUE);
	ck_assert_int_eq(gac_calibration_set_period(c, "2026-02-01", &e), GAC_EVALUE);
	ck_assert_int_eq(gac_calibration_set_period(c, "2026-02-01..tomorrow", &e), GAC_EVALUE);
	/* a CloudWatch result without its query */
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/bad-cloudwatch-no-query.json"),
	                                          GAC_USAGE_AUTO, &e),
	                 GAC_OK);
	ck_assert_int_eq(gac_calibration_finish(c, sh, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "result 'nobody' has no query"));
	gac_calibration_free(c);
	gac_calibration_free(NULL);
	gac_sheet_free(sh);
}
END_TEST


/* A CUR 2.0 bill (tests/data/usage/cur-2026.csv) into a scenario, by hand:
 * October bills Claude Haiku 4.5 input 400,000,000 + 427,272,727.27,
 * cache writes 200M, cache reads 1,000M, output 500M (and 10M priority
 * output tokens, not a token kind calibrated: listed); November input
 * 800M, cache writes 200M, reads 1,000M, output 500M.  Tokens of both
 * months: 5,027,272,727.27; at 2,500 tokens a request, 2,010,909.09
 * requests, 1,005,454.55 a month (a bill month is a scenario month).
 * Priced at the bundled list (1.1, 1.375, 0.11, 5.5 per 1M): October
 * 910 + 275 + 110 + 2,750 = 4,045.00, November 880 + 275 + 110 + 2,750 =
 * 4,015.00; the calibrated month is their mean, 4,030.00. */
START_TEST(calibrate_cur_bill)
{
	gac_calibration *c = NULL;
	gac_error e;
	gac_sheet *sh = bundled();
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_map(c, test_path("pricing/aws-offer-map.yaml")), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_request_tokens(c, NULL, 0), GAC_EVALUE);
	ck_assert_int_eq(gac_calibration_set_request_tokens(c, NULL, 1000), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_request_tokens(c, NULL, 2500), GAC_OK); /* replaces */
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/cur-2026.csv"), GAC_USAGE_CUR, &e), GAC_OK);
	ck_assert_int_eq(gac_calibration_finish(c, sh, &e), GAC_OK);
	ck_assert_uint_eq(c->bs.rows, 16);
	ck_assert_uint_eq(c->bs.used, 10);
	ck_assert_uint_eq(c->bs.other_kinds, 1);
	ck_assert_uint_eq(c->bs.not_priced, 5);
	ck_assert_uint_eq(c->nmonths, 2);
	const gac_cal_workload *w = workload(c, "anthropic.claude-haiku-4-5-20251001-v1:0", "us-east-1");
	double in = 400000000.0 + 427272727.27 + 800000000.0, cw = 400e6, cr = 2000e6, out = 1000e6;
	double req = (in + cw + cr + out) / 2500;
	ck_assert_double_eq_tol(w->total.requests, req, 1e-6);
	ck_assert_double_eq_tol(w->requests_per_month, req / 2, 1e-6);
	ck_assert_double_eq_tol(w->input_tokens, (in + cw + cr) / req, 1e-9);
	ck_assert_double_eq_tol(w->output_tokens, out / req, 1e-9);
	ck_assert_double_eq_tol(w->cache_read_fraction, cr / (in + cw + cr), 1e-12);
	ck_assert_double_eq_tol(w->cache_write_fraction, cw / (in + cw + cr), 1e-12);
	ck_assert(!w->growth_ok);
	char *text = NULL;
	ck_assert_int_eq(gac_calibration_scenario(&text, c, NULL), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "# ASSUMED: 5,027,272,727 billed tokens (10 rows, 2026-10 to 2026-11 (2 bill months)) / 2500 tokens a request"));
	ck_assert_ptr_nonnull(strstr(text, "output_priority in us-east-1: 10,000,000, 96.25 USD"));
	char *report = NULL;
	ck_assert_int_eq(gac_report_calibration(&report, c, GAC_FORMAT_TABLE), GAC_OK);
	/* grouped figures, never %g's 1.00545e+06 */
	ck_assert_ptr_nonnull(strstr(report, "2,010,909 requests, 1,005,455 a month (assumed: --request-tokens)"));
	ck_assert_ptr_nonnull(strstr(report, "output_priority in us-east-1: 10,000,000, 96.25 USD"));
	ck_assert_ptr_null(strstr(report, "e+0"));
	gac_free(report);
	/* the rates are the mean of October and November: forecast month 1 is
	 * December, (2 + 1) / 2 = 1.5 months of growth after them */
	ck_assert_ptr_nonnull(strstr(text, "\n  start: 2026-12\n"));
	ck_assert_ptr_nonnull(strstr(text, "\n  months_since_rates: 1.5\n"));
	gac_scenario *sc = NULL;
	ck_assert_msg(gac_scenario_load_buffer(&sc, text, strlen(text), "calibrated.yaml", &e) == GAC_OK, "%s", e.message);
	gac_result *r = NULL;
	ck_assert_int_eq(gac_estimate(&r, sc, sh, &e), GAC_OK);
	/* the scenario's figures are written to 10 significant digits */
	ck_assert_double_eq_tol(gac_result_total(r), 4030.00, 1e-5);
	gac_result_free(r);
	gac_scenario_free(sc);
	gac_free(text);
	gac_calibration_free(c);
	/* no request rule: refused at finish, naming the model */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_map(c, test_path("pricing/aws-offer-map.yaml")), GAC_OK);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/cur-2026.csv"), GAC_USAGE_CUR, &e), GAC_OK);
	ck_assert_int_eq(gac_calibration_finish(c, sh, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "a bill counts tokens, not requests"));
	gac_calibration_free(c);
	/* a model's own rule beats the default */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_map(c, test_path("pricing/aws-offer-map.yaml")), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_request_tokens(c, NULL, 1), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_request_tokens(c, "anthropic.claude-haiku-4-5-20251001-v1:0", 5000), GAC_OK);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/cur-2026.csv"), GAC_USAGE_CUR, &e), GAC_OK);
	ck_assert_int_eq(gac_calibration_finish(c, sh, &e), GAC_OK);
	w = workload(c, "anthropic.claude-haiku-4-5-20251001-v1:0", "us-east-1");
	ck_assert_double_eq_tol(w->requests_per_month, (in + cw + cr + out) / 5000 / 2, 1e-6);
	ck_assert(!w->request_tokens_default);
	gac_calibration_free(c);
	/* a rule for a model the bill does not bill (a typo) is refused,
	 * naming the nearest billed model, not dropped for the default */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_map(c, test_path("pricing/aws-offer-map.yaml")), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_request_tokens(c, NULL, 1000), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_request_tokens(c, "anthropic.claude-haiku-4-5-20251001-v2:0", 500), GAC_OK);
	ck_assert_int_eq(gac_calibration_add_file(c, test_path("tests/data/usage/cur-2026.csv"), GAC_USAGE_CUR, &e), GAC_OK);
	ck_assert_int_eq(gac_calibration_finish(c, sh, &e), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "the bill has no token lines of 'anthropic.claude-haiku-4-5-20251001-v2:0' "
	                                        "(did you mean 'anthropic.claude-haiku-4-5-20251001-v1:0'?)"));
	gac_calibration_free(c);
	gac_sheet_free(sh);
}
END_TEST

/* Seasonality by hand.  Rates 100 x s with s = 1.5 in January and December
 * and 1 otherwise: ln s is symmetric about the middle of the year, so the
 * least-squares slope is 0 and the intercept the mean of ln r, ln 100 +
 * ln 1.5 / 6.  Over the trend, January and December are 1.5^(5/6), the
 * other months 1.5^(-1/6); their mean 1.5^(-1/6) x 13/12; scaled to mean 1:
 * 18/13 and 12/13.  With a trend of 1.1^i over 24 months the slope is
 * ln 1.1 (ln s is uncorrelated with i) and the factors the same.  The
 * fixture tests/data/usage/cur-two-years.csv bills those 24 months
 * (1e9 x 1.1^i x s input tokens): growth 10 %, the slope's standard error
 * ln 1.5 x sqrt(10 / (22 x 3 x 1150)) (residuals 5/6 ln 1.5 four times and
 * -1/6 ln 1.5 twenty times; sum of (i - 11.5)^2 = 24 x 575 / 12). */
START_TEST(calibrate_seasonality)
{
	double r[24], f[12];
	unsigned pts[12];
	for (int i = 0; i < 12; i++)
		r[i] = 100 * (i == 0 || i == 11 ? 1.5 : 1);
	ck_assert_int_eq(gac_fit_season(f, pts, r, 12, 0), GAC_OK);
	for (int k = 0; k < 12; k++) {
		ck_assert_double_eq_tol(f[k], k == 0 || k == 11 ? 18.0 / 13 : 12.0 / 13, 1e-12);
		ck_assert_uint_eq(pts[k], 1);
	}
	/* the same year starting in July: the factors stay with their months */
	double rot[12];
	for (int i = 0; i < 12; i++)
		rot[i] = r[(i + 6) % 12];
	ck_assert_int_eq(gac_fit_season(f, pts, rot, 12, 6), GAC_OK);
	ck_assert_double_eq_tol(f[0], 18.0 / 13, 1e-12);
	ck_assert_double_eq_tol(f[11], 18.0 / 13, 1e-12);
	ck_assert_double_eq_tol(f[6], 12.0 / 13, 1e-12);
	for (int i = 0; i < 24; i++)
		r[i] = 100 * pow(1.1, i) * (i % 12 == 0 || i % 12 == 11 ? 1.5 : 1);
	ck_assert_int_eq(gac_fit_season(f, pts, r, 24, 0), GAC_OK);
	ck_assert_double_eq_tol(f[0], 18.0 / 13, 1e-12);
	ck_assert_double_eq_tol(f[5], 12.0 / 13, 1e-12);
	ck_assert_uint_eq(pts[5], 2);
	ck_assert_int_eq(gac_fit_season(f, pts, r, 11, 0), GAC_EARG);
	r[3] = 0;
	ck_assert_int_eq(gac_fit_season(f, pts, r, 12, 0), GAC_EVALUE);

	gac_calibration *c = NULL;
	gac_error e;
	gac_sheet *sh = bundled();
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_map(c, test_path("pricing/aws-offer-map.yaml")), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_request_tokens(c, NULL, 1000), GAC_OK);
	ck_assert_int_eq(
	    gac_calibration_add_file(c, test_path("tests/data/usage/cur-two-years.csv"), GAC_USAGE_CUR, &e), GAC_OK);
	ck_assert_int_eq(gac_calibration_finish(c, sh, &e), GAC_OK);
	ck_assert(c->season_ok);
	ck_assert_uint_eq(c->season_months, 24);
	for (int k = 0; k < 12; k++)
		ck_assert_double_eq_tol(c->season[k], k == 0 || k == 11 ? 18.0 / 13 : 12.0 / 13, 1e-9);
	const gac_cal_workload *w = workload(c, "anthropic.claude-haiku-4-5-20251001-v1:0", "us-east-1");
	ck_assert(w->growth_ok);
	ck_assert_double_eq_tol(w->growth, 0.1, 1e-9);
	ck_assert_double_eq_tol(w->slope_se, log(1.5) * sqrt(10.0 / (66.0 * 1150.0)), 1e-9);
	char *text = NULL;
	ck_assert_int_eq(gac_calibration_scenario(&text, c, NULL), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "seasonality: [1.384615385, 0.9230769231, "));
	ck_assert_ptr_nonnull(strstr(text, "month 1 of a forecast is 2027-01"));
	/* the growth's uncertainty for a simulated horizon: a normal of the
	 * fitted growth and its standard error, e^slope × SE(slope) =
	 * 1.1 × ln 1.5 × sqrt(10 / (66 × 1150)) */
	const double gse = 1.1 * log(1.5) * sqrt(10.0 / (66.0 * 1150.0));
	ck_assert_double_eq_tol(w->growth_se, gse, 1e-9);
	const char *key = "workloads.claude-haiku-4-5-20251001-v1-0.growth_per_month: {dist: normal, mean: 0.1, sd: ";
	const char *at = strstr(text, key);
	ck_assert_ptr_nonnull(at);
	ck_assert_double_eq_tol(strtod(at + strlen(key), NULL), gse, 1e-9);
	ck_assert_ptr_nonnull(strstr(at, ", min: -1, max: 10}"));
	gac_scenario *sc = NULL;
	ck_assert_msg(gac_scenario_load_buffer(&sc, text, strlen(text), "calibrated.yaml", &e) == GAC_OK, "%s", e.message);
	/* drawn through 12 months: the draws' mean near 0.1 (SE gse / 20) */
	gac_sim_options so = GAC_SIM_OPTIONS_INIT;
	so.trials = 400;
	so.months = 12;
	gac_simulation *sim = NULL;
	ck_assert_msg(gac_simulate(&sim, sc, sh, &so, &e) == GAC_OK, "%s", e.message);
	double obs, expd;
	ck_assert_ptr_nonnull(gac_simulation_input(sim, 0, &obs, &expd));
	ck_assert_double_eq_tol(expd, 0.1, 1e-9);
	ck_assert(fabs(obs - 0.1) < 4 * gse / 20);
	ck_assert(gac_simulation_option(sim, 0)->sd > 0);
	gac_simulation_free(sim);
	gac_scenario_free(sc);
	gac_free(text);
	gac_calibration_free(c);
	/* 11 months: no seasonality */
	ck_assert_int_eq(gac_calibration_new(&c), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_map(c, test_path("pricing/aws-offer-map.yaml")), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_request_tokens(c, NULL, 1000), GAC_OK);
	ck_assert_int_eq(gac_calibration_set_period(c, "2025-01-01..2025-11-30", &e), GAC_OK);
	ck_assert_int_eq(
	    gac_calibration_add_file(c, test_path("tests/data/usage/cur-two-years.csv"), GAC_USAGE_CUR, &e), GAC_OK);
	ck_assert_int_eq(gac_calibration_finish(c, sh, &e), GAC_OK);
	ck_assert(!c->season_ok);
	ck_assert_uint_eq(c->bs.outside, 13);
	gac_calibration_free(c);
	gac_sheet_free(sh);
}
END_TEST

Suite *suite_calibrate(void)
{
	Suite *s = suite_create("calibrate");
	TCase *t = tcase_create("calibrate");
	/* a byte-by-byte comparison of two readers: seconds under ASan on a busy machine */
	tcase_set_timeout(t, 60);
	tcase_add_test(t, calibrate_times);
	tcase_add_test(t, calibrate_aggregate_per_hour);
	tcase_add_test(t, calibrate_growth_fit);
	tcase_add_test(t, calibrate_logs_fixture);
	tcase_add_test(t, calibrate_cloudwatch_fixture);
	tcase_add_test(t, calibrate_scanner_and_jansson_agree);
	tcase_add_test(t, calibrate_scanner_matches_jansson);
	tcase_add_test(t, calibrate_logs_gzip_ahead);
	tcase_add_test(t, calibrate_bad_inputs);
	tcase_add_test(t, calibrate_cur_bill);
	tcase_add_test(t, calibrate_seasonality);
	suite_add_tcase(s, t);
	return s;
}

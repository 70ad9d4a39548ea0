/* Scenarios (lib/scenario.c): loading, a scenario built in code, copies.
 * Parameter paths are tests/test_params.c. */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"
#include "internal.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "example_scenario.h"

/* The numeric parameters a scenario lists before its workloads'
 * (hours_per_month, deployment.* 9, traffic.* 3, topology.* 7, 12
 * seasonality factors, budget.* 5), and each workload's fields without
 * its own deployment.* (tests/test_params.c names them all). */
#define NGLOBALS 37
#define NFIELDS 20

static void load_fails(const char *text, gac_status want, unsigned line, unsigned col, const char *msg)
{
	gac_scenario *s = (gac_scenario *)&s; /* must be reset to NULL */
	gac_error err;
	gac_status st = gac_scenario_load_buffer(&s, text, strlen(text), "bad.yaml", &err);
	ck_assert_msg(st == want, "status %d (%s: %s), expected %d (%s)", (int)st, gac_strerror(st),
	              err.message, (int)want, gac_strerror(want));
	ck_assert_ptr_null(s);
	ck_assert_int_eq(err.status, want);
	ck_assert_str_eq(err.file, "bad.yaml");
	ck_assert_msg(err.line == line && err.column == col, "error at %u:%u, expected %u:%u (%s)",
	              err.line, err.column, line, col, err.message);
	ck_assert_msg(strstr(err.message, msg) != NULL, "message '%s' lacks '%s'", err.message, msg);
}

static double get(const gac_scenario *s, const char *path)
{
	double v = -1;
	gac_status st = gac_scenario_get_number(&v, s, path);
	ck_assert_msg(st == GAC_OK, "get %s: %s", path, gac_strerror(st));
	return v;
}

static char *get_text(const gac_scenario *s, const char *path)
{
	char *t = NULL;
	gac_status st = gac_scenario_get_text(&t, s, path);
	ck_assert_msg(st == GAC_OK, "get_text %s: %s", path, gac_strerror(st));
	ck_assert_ptr_nonnull(t);
	return t;
}

static void expect_text(const gac_scenario *s, const char *path, const char *want)
{
	char *t = get_text(s, path);
	ck_assert_str_eq(t, want);
	gac_free(t);
}

/* ---- loading ---- */

START_TEST(test_example_loads)
{
	gac_scenario *s = load_ok(example);
	ck_assert_str_eq(gac_scenario_name(s), "support-chatbot");
	ck_assert_str_eq(gac_scenario_pricing(s), "aws-bedrock");
	ck_assert_str_eq(gac_scenario_path(s), "scenario.yaml");
	ck_assert_str_eq(gac_scenario_dir(s), ".");
	ck_assert_uint_eq(strlen(gac_scenario_hash(s)), 16);
	ck_assert_uint_eq(gac_scenario_workload_count(s), 1);
	ck_assert_str_eq(gac_scenario_workload_name(s, 0), "chat");
	ck_assert_ptr_null(gac_scenario_workload_name(s, 1));
	ck_assert_str_eq(gac_scenario_workload_model(s, 0), SONNET);

	ck_assert(get(s, W "requests_per_month") == 2e6);
	ck_assert(get(s, W "input_tokens") == 1500.0);
	ck_assert(get(s, W "output_tokens") == 400.0);
	ck_assert(get(s, W "cache_read_fraction") == 0.5);
	ck_assert(get(s, W "cache_write_fraction") == 0.05);
	ck_assert(get(s, W "response_cache_hit_rate") == 0.1);
	ck_assert(get(s, W "batch_fraction") == 0.2);
	ck_assert(get(s, "hours_per_month") == 730.0);
	ck_assert(get(s, "deployment.model_units") == 1.0);
	ck_assert(get(s, "deployment.mode") == 0.0);
	ck_assert(get(s, "deployment.commitment") == 0.0);
	/* defaults of what the file leaves out */
	ck_assert(get(s, W "requests_per_day") == 0.0);
	ck_assert(get(s, W "active_hours_per_day") == 24.0);
	ck_assert(get(s, W "inference") == 0.0);
	ck_assert(get(s, W "long_context_fraction") == 0.0);
	ck_assert(get(s, W "images_per_request") == 1.0);
	ck_assert(get(s, W "image_size") == 1024.0);
	ck_assert(get(s, W "image_steps") == 50.0);

	expect_text(s, "region", "us-east-1");
	expect_text(s, "pricing", "aws-bedrock");
	expect_text(s, W "model", SONNET);
	expect_text(s, "deployment.mode", "on-demand");
	expect_text(s, "deployment.commitment", "none");
	expect_text(s, W "requests_per_month", "2000000");
	expect_text(s, W "cache_write_fraction", "0.05");

	/* text parameters have no number; unknown paths none either */
	double v = 42;
	ck_assert_int_eq(gac_scenario_get_number(&v, s, "region"), GAC_EPARAM);
	ck_assert_int_eq(gac_scenario_get_number(&v, s, W "model"), GAC_EPARAM);
	ck_assert_int_eq(gac_scenario_get_number(&v, s, W "nothing"), GAC_EPARAM);
	ck_assert_int_eq(gac_scenario_get_number(&v, s, "workloads.chat"), GAC_EPARAM);
	ck_assert_int_eq(gac_scenario_get_number(&v, s, "workloads.other.input_tokens"), GAC_EPARAM);
	ck_assert_int_eq(gac_scenario_get_number(&v, s, "deployment"), GAC_EPARAM);
	ck_assert(v == 42);
	ck_assert_int_eq(gac_scenario_get_number(NULL, s, "hours_per_month"), GAC_EARG);
	ck_assert_int_eq(gac_scenario_get_number(&v, NULL, "hours_per_month"), GAC_EARG);
	ck_assert_int_eq(gac_scenario_get_number(&v, s, NULL), GAC_EARG);
	gac_scenario_free(s);
}
END_TEST

START_TEST(test_rates_and_defaults)
{
	/* minimal scenario: defaults for the rest */
	static const char text[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m, requests_per_day: 1_000}\n"
		"  - {name: b, model: m, requests_per_second: 0.5, active_hours_per_day: 8}\n";
	gac_scenario *s = load_ok(text);
	ck_assert_str_eq(gac_scenario_name(s), "");
	ck_assert_ptr_null(gac_scenario_pricing(s));
	expect_text(s, "region", "us-east-1");
	ck_assert(get(s, "hours_per_month") == 730.0);
	ck_assert(get(s, "deployment.model_units") == 1.0);
	ck_assert(get(s, "workloads.a.requests_per_day") == 1000.0);
	ck_assert(get(s, "workloads.a.requests_per_month") == 0.0);
	ck_assert(get(s, "workloads.b.requests_per_second") == 0.5);
	ck_assert(get(s, "workloads.b.active_hours_per_day") == 8.0);
	gac_scenario_free(s);
}
END_TEST

START_TEST(test_load_errors)
{
	char *t = edit(example, "scenario/1", "scenario/2");
	load_fails(t, GAC_EVERSION, 1, 12, "scenario version 'scenario/2' is not supported (this is genaicost ");
	free(t);
	t = edit(example, "scenario/1", "pricesheet/1");
	load_fails(t, GAC_ESCHEMA, 1, 12, "expected 'genaicost: scenario/1', found 'pricesheet/1'");
	free(t);
	t = edit(example, "genaicost: scenario/1\n", "");
	load_fails(t, GAC_ESCHEMA, 1, 1, "not a genaicost file");
	free(t);
	load_fails("", GAC_ESCHEMA, 1, 1, "the file is empty");
	load_fails("genaicost: scenario/1\n", GAC_ESCHEMA, 1, 1, "a scenario needs 'workloads'");
	load_fails("genaicost: scenario/1\nworkloads: []\n", GAC_ESCHEMA, 2, 12,
	           "workloads must not be empty");
	load_fails("genaicost: scenario/1\nworkloads: {chat: 1}\n", GAC_ESCHEMA, 2, 12,
	           "workloads must be a list, not a mapping");

	t = edit(example, "hours_per_month: 730", "hours_per_month: 0");
	load_fails(t, GAC_EVALUE, 5, 18, "hours_per_month must be above 0");
	free(t);
	t = edit(example, "hours_per_month: 730", "hours_per_month: 745");
	load_fails(t, GAC_EVALUE, 5, 18, "hours_per_month must be at most 744 (got 745)");
	free(t);
	t = edit(example, "hours_per_month: 730", "hours_per_month: lots");
	load_fails(t, GAC_EVALUE, 5, 18, "hours_per_month: 'lots' is not a number");
	free(t);
	t = edit(example, "region: us-east-1", "regoin: us-east-1");
	load_fails(t, GAC_ESCHEMA, 4, 1, "unknown key 'regoin' in a scenario (did you mean 'region'?)");
	free(t);
	t = edit(example, "  mode: on-demand", "  mode: spot");
	load_fails(t, GAC_EVALUE, 17, 9,
	           "deployment.mode must be one of on-demand, batch, provisioned, reserved (got 'spot')");
	free(t);
	t = edit(example, "  commitment: none", "  commitment: 12-month");
	load_fails(t, GAC_EVALUE, 18, 15,
	           "deployment.commitment must be one of none, 1-month, 6-month (got '12-month')");
	free(t);
	t = edit(example, "  model_units: 1", "  model_units: 1.5");
	load_fails(t, GAC_EVALUE, 19, 16, "deployment.model_units must be a whole number >= 1 (got 1.5)");
	free(t);
	t = edit(example, "  model_units: 1", "  modelunits: 1");
	load_fails(t, GAC_ESCHEMA, 19, 3,
	           "unknown key 'modelunits' in deployment (did you mean 'model_units'?)");
	free(t);
	t = edit(example, "cache_read_fraction: 0.5", "cache_read_fraction: 1.5");
	load_fails(t, GAC_EVALUE, 12, 26,
	           W "cache_read_fraction is a fraction between 0 and 1 (got 1.5; write 50% or 0.5)");
	free(t);
	t = edit(example, "input_tokens: 1500", "input_tokens: -1500");
	load_fails(t, GAC_EVALUE, 10, 19, W "input_tokens must not be negative (got -1500)");
	free(t);
	t = edit(example, "output_tokens: 400", "output_tokens: [400]");
	load_fails(t, GAC_ESCHEMA, 11, 20, W "output_tokens must be a scalar, not a list");
	free(t);
	t = edit(example, "batch_fraction: 0.2", "batch_fraction: .nan");
	load_fails(t, GAC_EVALUE, 15, 21, W "batch_fraction: '.nan' is not a fraction (0.5 or 50%)");
	free(t);
	t = edit(example, "    model: " SONNET "\n", "    model: ''\n");
	load_fails(t, GAC_EVALUE, 8, 12, "model must not be empty");
	free(t);
	t = edit(example, "    model: " SONNET "\n", "");
	load_fails(t, GAC_ESCHEMA, 7, 5, "workload 'chat' needs 'model'");
	free(t);
	t = edit(example, "  - name: chat\n", "  - model_name: chat\n");
	load_fails(t, GAC_ESCHEMA, 7, 5, "unknown key 'model_name' in a workload");
	free(t);
}
END_TEST

START_TEST(test_fraction_percent_in_file)
{
	char *t = edit(example, "cache_read_fraction: 0.5", "cache_read_fraction: 50%");
	gac_scenario *s = load_ok(t);
	ck_assert(get(s, W "cache_read_fraction") == 0.5);
	gac_scenario_free(s);
	free(t);
}
END_TEST

START_TEST(test_workload_rate_errors)
{
	char *t = edit(example, "    requests_per_month: 2M\n",
	               "    requests_per_month: 2M\n    requests_per_day: 1000\n");
	load_fails(t, GAC_ESCHEMA, 10, 23,
	           "give the request rate once: requests_per_month, requests_per_day or "
	           "requests_per_second");
	free(t);
	t = edit(example, "    requests_per_month: 2M\n", "    requests_per_second: 3\n    requests_per_day: 1000\n");
	load_fails(t, GAC_ESCHEMA, 9, 26, "give the request rate once");
	free(t);
	t = edit(example, "    requests_per_month: 2M\n", "");
	load_fails(t, GAC_ESCHEMA, 7, 5,
	           "workload 'chat' needs requests_per_month, requests_per_day or requests_per_second");
	free(t);
}
END_TEST

START_TEST(test_workload_unknown_key)
{
	char *t = edit(example, "    output_tokens: 400", "    output_token: 400");
	load_fails(t, GAC_ESCHEMA, 11, 5,
	           "unknown key 'output_token' in a workload (did you mean 'output_tokens'?)");
	free(t);
	t = edit(example, "    batch_fraction: 0.2", "    batch_fractoin: 0.2");
	load_fails(t, GAC_ESCHEMA, 15, 5,
	           "unknown key 'batch_fractoin' in a workload (did you mean 'batch_fraction'?)");
	free(t);
	t = edit(example, "    batch_fraction: 0.2", "    priority: high");
	load_fails(t, GAC_ESCHEMA, 15, 5, "unknown key 'priority' in a workload");
	free(t);
}
END_TEST

START_TEST(test_workload_names)
{
	static const char second[] =
		"deployment:\n";
	char *t = edit(example, second,
	               "  - name: chat\n"                   /* 16 */
	               "    model: other\n"
	               "    requests_per_day: 10\n"
	               "deployment:\n");
	load_fails(t, GAC_ESCHEMA, 16, 11, "workload 'chat' is declared twice");
	free(t);
	t = edit(example, "  - name: chat\n", "  - name: chat bot\n");
	load_fails(t, GAC_EVALUE, 7, 11,
	           "workload name 'chat bot' may only hold letters, digits, '_' and '-'");
	free(t);
	t = edit(example, "  - name: chat\n", "  - name: chat.v2\n");
	load_fails(t, GAC_EVALUE, 7, 11, "workload name 'chat.v2' may only hold");
	free(t);
	t = edit(example, "  - name: chat\n", "  - name: \"\"\n");
	load_fails(t, GAC_EVALUE, 7, 11, "workload name '' may only hold");
	free(t);
	t = edit(example, "  - name: chat\n", "  - name: [chat]\n");
	load_fails(t, GAC_ESCHEMA, 7, 11, "name must be a scalar, not a list");
	free(t);
	/* letters, digits, '_' and '-' */
	t = edit(example, "  - name: chat\n", "  - name: Chat_v2-eu\n");
	gac_scenario *s = load_ok(t);
	ck_assert_str_eq(gac_scenario_workload_name(s, 0), "Chat_v2-eu");
	ck_assert(get(s, "workloads.Chat_v2-eu.input_tokens") == 1500.0);
	gac_scenario_free(s);
	free(t);
}
END_TEST

/* Errors in the sections beside workloads: services, forecast, ranges,
 * correlations and topology regions, each with its position. */
START_TEST(test_section_errors)
{
#define HEAD                                                                                 \
	"genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, requests_per_month: 1, " \
	"input_tokens: 1000}\n"
#define UNC "uncertain:\n  workloads.w.input_tokens: 1k to 2k\n"
	static const struct {
		const char *yaml;
		gac_status st;
		unsigned line, col;
		const char *msg;
	} bad[] = {
		{"genaicost: scenario/1\nworkloads:\n  - {model: m.one, requests_per_month: 1}\n", GAC_ESCHEMA, 3, 5,
		 "a workload needs 'name'"},
		{HEAD "services:\n  - {service: s3, quantity: 1}\n", GAC_ESCHEMA, 5, 5, "a service needs 'name'"},
		{HEAD "services:\n  - {name: \"a b\", service: s3, quantity: 1}\n", GAC_EVALUE, 5, 12,
		 "name 'a b' may only hold letters, digits, '_' and '-' (at most 64)"},
		{HEAD "services:\n  - {name: s, service: s3, quantity: 1}\n  - {name: s, service: s3, quantity: 2}\n",
		 GAC_ESCHEMA, 6, 12, "'s' is declared twice in services"},
		{HEAD "services:\n  - {name: s, service: s3}\n", GAC_ESCHEMA, 5, 5, "'s' in services needs 'quantity'"},
		{HEAD "forecast:\n  seasonality: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n", GAC_ESCHEMA, 5, 16,
		 "forecast.seasonality lists 1 to 12 monthly factors (got 13)"},
		{HEAD "forecast:\n  commitments:\n    - {option: x, start: 0}\n", GAC_EVALUE, 6, 26,
		 "start is a month number from 1 (got 0)"},
		{HEAD "forecast:\n  start: 2026-13\n", GAC_EVALUE, 5, 10,
		 "forecast.start is the calendar month forecast month 1 is, YYYY-MM (got '2026-13')"},
		{HEAD "forecast:\n  months_since_rates: 601\n", GAC_EVALUE, 5, 23, "forecast.months_since_rates"},
		{HEAD "forecast:\n  commitments:\n    - {option: x, start: 2, months: 1.5}\n", GAC_EVALUE, 6, 37,
		 "months is a whole number of months from 1 (got 1.5)"},
		{HEAD "forecast:\n  commitments:\n    - {option: x}\n", GAC_ESCHEMA, 6, 7,
		 "a commitment needs 'option' and 'start' (the month it is bought)"},
		{HEAD "ranges:\n  nothing.here: 1:2\n", GAC_ESCHEMA, 5, 3,
		 "ranges: 'nothing.here' is not a numeric parameter of this scenario"},
		{HEAD "ranges:\n  workloads.w.input_tokens: 5\n", GAC_EVALUE, 5, 29, "a range is written LO:HI (got '5')"},
		{HEAD "ranges:\n  workloads.w.input_tokens: a:b\n", GAC_EVALUE, 5, 29,
		 "a range is written LO:HI with two numbers (got 'a:b')"},
		{HEAD UNC "correlations:\n  - {between: [workloads.w.input_tokens]}\n", GAC_ESCHEMA, 7, 5,
		 "a correlation needs 'between: [PATH, PATH]' and 'rho'"},
		{HEAD UNC "correlations:\n  - {between: [workloads.w.input_tokens], rho: 0.5}\n", GAC_ESCHEMA, 7, 15,
		 "between names two uncertain inputs"},
		{HEAD UNC "correlations:\n  - {between: [workloads.w.input_tokens, workloads.w.output_tokens], rho: 0.5}\n",
		 GAC_ESCHEMA, 7, 42, "'workloads.w.output_tokens' is not among the uncertain inputs"},
		{HEAD UNC "correlations:\n  - {between: [workloads.w.input_tokens, [x]], rho: 0.5}\n", GAC_ESCHEMA, 7, 42,
		 "'?' is not among the uncertain inputs"},
		{HEAD UNC "correlations:\n  - {between: [workloads.w.input_tokens, workloads.w.input_tokens], rho: 0.5}\n",
		 GAC_EVALUE, 7, 15, "a correlation relates two different inputs"},
		{HEAD "topology:\n  regions: []\n", GAC_ESCHEMA, 5, 12, "topology.regions must not be empty"},
		{HEAD "topology:\n  regions: [us-east-1, us-west-2, us-east-1]\n", GAC_ESCHEMA, 5, 35,
		 "region 'us-east-1' is listed twice"},
	};
#undef HEAD
#undef UNC
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		load_fails(bad[i].yaml, bad[i].st, bad[i].line, bad[i].col, bad[i].msg);
}
END_TEST

/* budget: thresholds for `check`, parameters like any other, and unset
 * ("none") until given, so a threshold of 0 stays distinct from none. */
START_TEST(test_budget)
{
	char *t = edit(example, "deployment:\n",
	               "budget:\n"                                          /* 16 */
	               "  monthly: 20k\n"                                   /* 17 */
	               "  max_increase_percent: 10\n"                       /* 18 */
	               "  workloads:\n"                                     /* 19 */
	               "    chat: {monthly: 15000, max_increase: 500}\n"    /* 20 */
	               "deployment:\n");
	gac_scenario *s = load_ok(t);
	ck_assert(get(s, "budget.monthly") == 20000);
	ck_assert(get(s, "budget.max_increase_percent") == 10);
	ck_assert(get(s, "budget.workloads.chat.monthly") == 15000);
	ck_assert(get(s, "budget.workloads.chat.max_increase") == 500);
	char *v = get_text(s, "budget.percentile");
	ck_assert_str_eq(v, "none");
	gac_free(v);
	v = get_text(s, "budget.workloads.chat.max_increase_percent");
	ck_assert_str_eq(v, "none");
	gac_free(v);
	gac_error err;
	ck_assert_int_eq(gac_scenario_set(s, "budget.percentile", "90", &err), GAC_OK);
	v = get_text(s, "budget.percentile");
	ck_assert_str_eq(v, "90");
	gac_free(v);
	ck_assert_int_eq(gac_scenario_set(s, "budget.percentile", "100", &err), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_set(s, "budget.monthly", "-1", &err), GAC_EVALUE);
	/* a clone keeps the thresholds */
	gac_scenario *c = NULL;
	ck_assert_int_eq(gac_scenario_clone(&c, s), GAC_OK);
	ck_assert(get(c, "budget.workloads.chat.monthly") == 15000);
	gac_scenario_free(c);
	gac_scenario_free(s);

	char *bad = edit(t, "    chat: {", "    chta: {");
	load_fails(bad, GAC_ESCHEMA, 20, 5, "budget.workloads: no workload named 'chta'");
	free(bad);
	bad = edit(t, "  max_increase_percent: 10\n", "  max_increase_pct: 10\n");
	load_fails(bad, GAC_ESCHEMA, 18, 3, "unknown key 'max_increase_pct' in budget");
	free(bad);
	bad = edit(t, "{monthly: 15000,", "{monthly: lots,");
	load_fails(bad, GAC_EVALUE, 20, 21, "budget.workloads.chat.monthly");
	free(bad);
	bad = edit(t, "  workloads:\n    chat: {monthly: 15000, max_increase: 500}\n",
	           "  options:\n    cheap: {monthly: 1}\n");
	load_fails(bad, GAC_ESCHEMA, 20, 5, "budget.options: no option named 'cheap'");
	free(bad);
	free(t);
}
END_TEST

START_TEST(test_clone_is_deep)
{
	gac_scenario *orig = load_ok(example);
	gac_scenario *c = NULL;
	ck_assert_int_eq(gac_scenario_clone(&c, orig), GAC_OK);
	ck_assert_ptr_nonnull(c);
	ck_assert_ptr_ne(c, orig);
	ck_assert_str_eq(gac_scenario_name(c), "support-chatbot");
	ck_assert_str_eq(gac_scenario_pricing(c), "aws-bedrock");
	ck_assert_str_eq(gac_scenario_path(c), "scenario.yaml");
	ck_assert_str_eq(gac_scenario_hash(c), gac_scenario_hash(orig));
	ck_assert_ptr_ne(gac_scenario_name(c), gac_scenario_name(orig));
	ck_assert_ptr_ne(gac_scenario_workload_name(c, 0), gac_scenario_workload_name(orig, 0));
	ck_assert_uint_eq(gac_scenario_param_count(c), gac_scenario_param_count(orig));
	for (size_t i = 0; i < gac_scenario_param_count(c); i++) {
		const char *p = gac_scenario_param_path(orig, i);
		ck_assert_str_eq(gac_scenario_param_path(c, i), p);
		if (i >= NGLOBALS) /* workload paths are the clone's own strings */
			ck_assert_ptr_ne(gac_scenario_param_path(c, i), p);
		ck_assert(get(c, p) == get(orig, p));
	}

	gac_error err;
	ck_assert_int_eq(gac_scenario_set(c, W "input_tokens", "9999", &err), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(c, "hours_per_month", "700", &err), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(c, "region", "eu-west-1", &err), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(c, W "model", "other", &err), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(c, W "requests_per_day", "10", &err), GAC_OK);
	ck_assert_int_eq(gac_scenario_add_workload(c, "extra", "m"), GAC_OK);

	ck_assert(get(orig, W "input_tokens") == 1500.0);
	ck_assert(get(orig, "hours_per_month") == 730.0);
	ck_assert(get(orig, W "requests_per_month") == 2e6);
	ck_assert(get(orig, W "requests_per_day") == 0.0);
	expect_text(orig, "region", "us-east-1");
	expect_text(orig, W "model", SONNET);
	ck_assert_uint_eq(gac_scenario_workload_count(orig), 1);
	ck_assert_uint_eq(gac_scenario_param_count(orig), NGLOBALS + NFIELDS);

	/* the clone outlives its original */
	gac_scenario_free(orig);
	ck_assert(get(c, W "input_tokens") == 9999.0);
	ck_assert_str_eq(gac_scenario_name(c), "support-chatbot");
	ck_assert_uint_eq(gac_scenario_workload_count(c), 2);
	ck_assert(get(c, "workloads.extra.requests_per_month") == 0.0);
	gac_scenario_free(c);

	ck_assert_int_eq(gac_scenario_clone(NULL, orig), GAC_EARG);
	ck_assert_int_eq(gac_scenario_clone(&c, NULL), GAC_EARG);
}
END_TEST

START_TEST(test_new_and_add_workload)
{
	gac_scenario *s = NULL;
	ck_assert_int_eq(gac_scenario_new(&s, "built"), GAC_OK);
	ck_assert_str_eq(gac_scenario_name(s), "built");
	ck_assert_ptr_null(gac_scenario_pricing(s));
	ck_assert_str_eq(gac_scenario_dir(s), ".");
	ck_assert_str_eq(gac_scenario_path(s), "");
	ck_assert_uint_eq(strlen(gac_scenario_hash(s)), 16);
	ck_assert_uint_eq(gac_scenario_workload_count(s), 0);
	ck_assert_uint_eq(gac_scenario_param_count(s), NGLOBALS);
	ck_assert(get(s, "hours_per_month") == 730.0);
	ck_assert(get(s, "deployment.mode") == 0.0);
	ck_assert(get(s, "deployment.commitment") == 0.0);
	ck_assert(get(s, "deployment.model_units") == 1.0);
	expect_text(s, "region", "us-east-1");

	ck_assert_int_eq(gac_scenario_add_workload(s, "chat", SONNET), GAC_OK);
	ck_assert_int_eq(gac_scenario_add_workload(s, "Batch_2-eu", "m"), GAC_OK);
	ck_assert_uint_eq(gac_scenario_workload_count(s), 2);
	ck_assert_uint_eq(gac_scenario_param_count(s), NGLOBALS + 2 * NFIELDS);
	ck_assert_str_eq(gac_scenario_workload_name(s, 1), "Batch_2-eu");
	ck_assert_str_eq(gac_scenario_workload_model(s, 0), SONNET);
	ck_assert_str_eq(gac_scenario_param_path(s, NGLOBALS), W "requests_per_month");
	ck_assert_str_eq(gac_scenario_param_path(s, NGLOBALS + NFIELDS + 15), "workloads.Batch_2-eu.image_steps");
	ck_assert(get(s, W "requests_per_month") == 0.0);
	ck_assert(get(s, W "active_hours_per_day") == 24.0);
	ck_assert(get(s, W "images_per_request") == 1.0);
	ck_assert(get(s, W "image_size") == 1024.0);
	ck_assert(get(s, W "image_steps") == 50.0);
	gac_error err;
	ck_assert_int_eq(gac_scenario_set(s, W "requests_per_month", "1M", &err), GAC_OK);
	ck_assert(get(s, W "requests_per_month") == 1e6);
	ck_assert(get(s, "workloads.Batch_2-eu.requests_per_month") == 0.0);

	ck_assert_int_eq(gac_scenario_add_workload(s, "chat", "m"), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_add_workload(s, "bad name", "m"), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_add_workload(s, "a.b", "m"), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_add_workload(s, "", "m"), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_add_workload(s, "x", NULL), GAC_EARG);
	ck_assert_int_eq(gac_scenario_add_workload(s, NULL, "m"), GAC_EARG);
	ck_assert_int_eq(gac_scenario_add_workload(NULL, "x", "m"), GAC_EARG);
	ck_assert_uint_eq(gac_scenario_workload_count(s), 2);
	gac_scenario_free(s);

	ck_assert_int_eq(gac_scenario_new(&s, NULL), GAC_OK);
	ck_assert_str_eq(gac_scenario_name(s), "");
	char hash[17];
	snprintf(hash, sizeof hash, "%s", gac_scenario_hash(s));
	gac_scenario_free(s);
	ck_assert_int_eq(gac_scenario_new(NULL, "x"), GAC_EARG);
	/* FNV-1a 64 of no bytes is the offset basis (libgenaicost(3)) */
	ck_assert_str_eq(hash, "cbf29ce484222325");
}
END_TEST

START_TEST(test_load_file)
{
	char path[] = "/tmp/gac-scenario-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	size_t len = strlen(example);
	ck_assert_int_eq(write(fd, example, len), (ssize_t)len);
	close(fd);
	gac_scenario *s = NULL;
	gac_error err;
	ck_assert_int_eq(gac_scenario_load_file(&s, path, &err), GAC_OK);
	ck_assert_str_eq(gac_scenario_path(s), path);
	ck_assert_str_eq(gac_scenario_dir(s), "/tmp");
	ck_assert(get(s, W "requests_per_month") == 2e6);
	gac_scenario *b = load_ok(example);
	ck_assert_str_eq(gac_scenario_hash(s), gac_scenario_hash(b));
	gac_scenario_free(b);
	gac_scenario_free(s);
	unlink(path);

	s = (gac_scenario *)&s;
	ck_assert_int_eq(gac_scenario_load_file(&s, path, &err), GAC_EIO);
	ck_assert_ptr_null(s);
	ck_assert_str_eq(err.file, path);
	ck_assert_int_eq(gac_scenario_load_file(&s, "/tmp", &err), GAC_EIO);
	ck_assert_str_eq(err.message, "is a directory, not a file");
	ck_assert_int_eq(gac_scenario_load_file(&s, NULL, &err), GAC_EARG);
	ck_assert_int_eq(gac_scenario_load_buffer(&s, NULL, 0, "x", &err), GAC_EARG);
	ck_assert_int_eq(gac_scenario_load_buffer(NULL, "", 0, "x", &err), GAC_EARG);
	ck_assert_int_eq(gac_scenario_load_buffer(&s, "a: [", 4, NULL, &err), GAC_ESYNTAX);
	ck_assert_str_eq(err.file, "<buffer>");
	ck_assert_int_eq(gac_scenario_load_buffer(&s, "a: [", 4, NULL, NULL), GAC_ESYNTAX);
}
END_TEST

START_TEST(test_null_accessors)
{
	gac_scenario_free(NULL);
	ck_assert_ptr_null(gac_scenario_name(NULL));
	ck_assert_ptr_null(gac_scenario_pricing(NULL));
	ck_assert_ptr_null(gac_scenario_dir(NULL));
	ck_assert_ptr_null(gac_scenario_path(NULL));
	ck_assert_ptr_null(gac_scenario_hash(NULL));
	ck_assert_uint_eq(gac_scenario_workload_count(NULL), 0);
	ck_assert_ptr_null(gac_scenario_workload_name(NULL, 0));
	ck_assert_ptr_null(gac_scenario_workload_model(NULL, 0));
	char *t = (char *)"x";
	ck_assert_int_eq(gac_scenario_get_text(&t, NULL, "region"), GAC_EARG);
}
END_TEST

Suite *suite_scenario(void)
{
	Suite *s = suite_create("scenario");
	TCase *load = tcase_create("load");
	tcase_add_test(load, test_example_loads);
	tcase_add_test(load, test_rates_and_defaults);
	tcase_add_test(load, test_fraction_percent_in_file);
	tcase_add_test(load, test_load_errors);
	tcase_add_test(load, test_workload_rate_errors);
	tcase_add_test(load, test_workload_unknown_key);
	tcase_add_test(load, test_workload_names);
	tcase_add_test(load, test_load_file);
	tcase_add_test(load, test_null_accessors);
	tcase_add_test(load, test_section_errors);
	tcase_add_test(load, test_budget);
	suite_add_tcase(s, load);

	/* a scenario built in code, and copies */
	TCase *made = tcase_create("made");
	tcase_add_test(made, test_new_and_add_workload);
	tcase_add_test(made, test_clone_is_deep);
	suite_add_tcase(s, made);
	return s;
}

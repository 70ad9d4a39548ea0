/* Parameter paths (lib/params.c): resolving, setting and listing every
 * input of a scenario by its dotted path, wildcards, the checks a value
 * passes, and what the tables say of a path (kind, largest value,
 * did-you-mean). */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"
#include "internal.h"
#include "params.h"

#include <float.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "example_scenario.h"

/* Every field of a workload, in the order param_path lists them. */
static const char *const fields[] = {
	"requests_per_month", "requests_per_day", "requests_per_second", "active_hours_per_day",
	"input_tokens", "output_tokens", "cache_read_fraction", "cache_write_fraction",
	"response_cache_hit_rate", "batch_fraction", "inference", "long_context_fraction",
	"images_per_request", "image_size", "image_quality", "image_steps", "peak_to_average",
	"growth_per_month", "cache_write_1h_fraction", "service_tier",
};
static const char *const globals[] = {
	"hours_per_month", "deployment.mode", "deployment.commitment", "deployment.model_units",
	"deployment.model_unit_input_tpm", "deployment.model_unit_output_tpm",
	"traffic.cross_az_gb", "traffic.replicated_gb", "traffic.internet_egress_gb",
	"topology.azs_per_region", "topology.strategy", "topology.standby_fraction",
	"topology.failover_headroom", "topology.az_availability", "topology.region_availability",
	"topology.downtime_cost_per_hour",
	"forecast.seasonality.1", "forecast.seasonality.2", "forecast.seasonality.3",
	"forecast.seasonality.4", "forecast.seasonality.5", "forecast.seasonality.6",
	"forecast.seasonality.7", "forecast.seasonality.8", "forecast.seasonality.9",
	"forecast.seasonality.10", "forecast.seasonality.11", "forecast.seasonality.12",
	"budget.monthly", "budget.max_increase", "budget.max_increase_percent", "budget.percentile",
	"deployment.overflow", "budget.include_risk", "deployment.input_tokens_per_minute", "deployment.output_tokens_per_minute", "deployment.term",
};
#define NFIELDS (sizeof fields / sizeof *fields)
#define NGLOBALS (sizeof globals / sizeof *globals)

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

/* Set from text; must fail with `want` and a message holding `msg`. */
static void set_fails(gac_scenario *s, const char *path, const char *value, gac_status want,
                      const char *msg)
{
	gac_error err;
	gac_error_clear(&err);
	gac_status st = gac_scenario_set(s, path, value, &err);
	ck_assert_msg(st == want, "set %s=%s: %d (%s), expected %d", path, value, (int)st, err.message,
	              (int)want);
	ck_assert_int_eq(err.status, want);
	ck_assert_uint_eq(err.line, 0);
	ck_assert_uint_eq(err.column, 0);
	ck_assert_msg(strstr(err.message, msg) != NULL, "message '%s' lacks '%s'", err.message, msg);
}

/* ---- setting ---- */

/* topology.regions set from text: a comma-separated list */
START_TEST(test_set_regions)
{
	gac_scenario *s = load_ok("genaicost: scenario/1\nworkloads:\n  - {name: w, model: m.one, "
	                          "requests_per_month: 1}\n");
	ck_assert_int_eq(gac_scenario_set(s, "topology.regions", " us-east-1 , us-west-2 ", NULL), GAC_OK);
	expect_text(s, "topology.regions", "us-east-1,us-west-2");
	set_fails(s, "topology.regions", "us-east-1,,us-west-2", GAC_EVALUE,
	          "topology.regions is a comma-separated list of regions (got 'us-east-1,,us-west-2')");
	set_fails(s, "topology.regions", "us-east-1, us-west-2, us-east-1", GAC_EVALUE,
	          "region 'us-east-1' is listed twice");
	/* a refused list leaves the regions as they were */
	expect_text(s, "topology.regions", "us-east-1,us-west-2");
	gac_scenario_free(s);
}
END_TEST

START_TEST(test_set)
{
	gac_scenario *s = load_ok(example);
	gac_error err;
	ck_assert_int_eq(gac_scenario_set(s, W "cache_write_fraction", "50%", &err), GAC_OK);
	ck_assert(get(s, W "cache_write_fraction") == 0.5);
	ck_assert_int_eq(gac_scenario_set(s, W "cache_read_fraction", "0.25", &err), GAC_OK);
	ck_assert(get(s, W "cache_read_fraction") == 0.25);
	ck_assert_int_eq(gac_scenario_set(s, W "requests_per_month", "2.5M", &err), GAC_OK);
	ck_assert(get(s, W "requests_per_month") == 2.5e6);
	ck_assert_int_eq(gac_scenario_set(s, W "input_tokens", "1_200", &err), GAC_OK);
	ck_assert(get(s, W "input_tokens") == 1200.0);
	ck_assert_int_eq(gac_scenario_set(s, W "output_tokens", "1.5k", &err), GAC_OK);
	ck_assert(get(s, W "output_tokens") == 1500.0);
	ck_assert_int_eq(gac_scenario_set(s, "deployment.mode", "provisioned", &err), GAC_OK);
	ck_assert(get(s, "deployment.mode") == 2.0);
	expect_text(s, "deployment.mode", "provisioned");
	ck_assert_int_eq(gac_scenario_set(s, "deployment.mode", "batch", NULL), GAC_OK);
	ck_assert(get(s, "deployment.mode") == 1.0);
	ck_assert_int_eq(gac_scenario_set(s, "deployment.commitment", "6-month", &err), GAC_OK);
	ck_assert(get(s, "deployment.commitment") == 2.0);
	ck_assert_int_eq(gac_scenario_set(s, "deployment.model_units", "3", &err), GAC_OK);
	ck_assert(get(s, "deployment.model_units") == 3.0);
	ck_assert_int_eq(gac_scenario_set(s, W "inference", "global", &err), GAC_OK);
	ck_assert(get(s, W "inference") == 1.0);
	ck_assert_int_eq(gac_scenario_set(s, W "image_quality", "premium", &err), GAC_OK);
	ck_assert(get(s, W "image_quality") == 1.0);
	ck_assert_int_eq(gac_scenario_set(s, "hours_per_month", "744", &err), GAC_OK);
	ck_assert(get(s, "hours_per_month") == 744.0);
	ck_assert_int_eq(gac_scenario_set(s, "region", "eu-west-1", &err), GAC_OK);
	expect_text(s, "region", "eu-west-1");
	ck_assert_int_eq(gac_scenario_set(s, "pricing", "my/sheet.yaml", &err), GAC_OK);
	ck_assert_str_eq(gac_scenario_pricing(s), "my/sheet.yaml");
	ck_assert_int_eq(gac_scenario_set(s, W "model", "amazon.nova-pro-v1:0", &err), GAC_OK);
	ck_assert_str_eq(gac_scenario_workload_model(s, 0), "amazon.nova-pro-v1:0");
	ck_assert_int_eq(gac_scenario_set_number(s, W "batch_fraction", 0.75, &err), GAC_OK);
	ck_assert(get(s, W "batch_fraction") == 0.75);
	ck_assert_int_eq(gac_scenario_set_number(s, "deployment.commitment", 1, &err), GAC_OK);
	expect_text(s, "deployment.commitment", "1-month");
	gac_scenario_free(s);
}
END_TEST

START_TEST(test_set_errors)
{
	gac_scenario *s = load_ok(example);
	set_fails(s, "deployment.mode", "spot", GAC_EVALUE,
	          "deployment.mode must be one of on-demand, batch, provisioned, reserved (got 'spot')");
	set_fails(s, "deployment.mode", "2", GAC_EVALUE, "must be one of");
	set_fails(s, W "cache_read_fraction", "1.5", GAC_EVALUE,
	          W "cache_read_fraction is a fraction between 0 and 1 (got 1.5; write 50% or 0.5)");
	set_fails(s, W "cache_read_fraction", "150%", GAC_EVALUE, "is a fraction between 0 and 1");
	set_fails(s, W "cache_read_fraction", "-10%", GAC_EVALUE, "must not be negative");
	set_fails(s, W "cache_read_fraction", "half", GAC_EVALUE,
	          W "cache_read_fraction: 'half' is not a fraction (0.5 or 50%)");
	set_fails(s, W "cache_read_fraction", "0.5k", GAC_EVALUE, "is not a fraction");
	set_fails(s, W "requests_per_month", "50%", GAC_EVALUE,
	          W "requests_per_month: '50%' is not a number (suffixes k, M, B allowed)");
	set_fails(s, W "requests_per_month", "1e999", GAC_EVALUE,
	          W "requests_per_month: '1e999' is out of range");
	set_fails(s, W "input_tokens", "-1", GAC_EVALUE, W "input_tokens must not be negative (got -1)");
	set_fails(s, W "input_tokens", "", GAC_EVALUE, "is not a number");
	set_fails(s, "hours_per_month", "0", GAC_EVALUE, "hours_per_month must be above 0");
	set_fails(s, "hours_per_month", "745", GAC_EVALUE, "hours_per_month must be at most 744");
	set_fails(s, W "active_hours_per_day", "25", GAC_EVALUE, "must be at most 24 (got 25)");
	set_fails(s, "deployment.model_units", "0", GAC_EVALUE,
	          "deployment.model_units must be a whole number >= 1 (got 0)");
	set_fails(s, "deployment.model_units", "2.5", GAC_EVALUE, "must be a whole number");
	set_fails(s, "region", "", GAC_EVALUE, "region must not be empty");
	set_fails(s, W "model", "", GAC_EVALUE, W "model must not be empty");

	/* unknown paths suggest the closest one */
	set_fails(s, W "input_tokns", "5", GAC_EPARAM,
	          "unknown parameter '" W "input_tokns' (did you mean '" W "input_tokens'?)");
	set_fails(s, "hours_per_mnth", "5", GAC_EPARAM,
	          "unknown parameter 'hours_per_mnth' (did you mean 'hours_per_month'?)");
	set_fails(s, "deployment.model_unit", "5", GAC_EPARAM,
	          "(did you mean 'deployment.model_units'?)");
	/* six edits away is too far to guess */
	set_fails(s, "deployment.units", "5", GAC_EPARAM, "(see 'genaicost params'");
	set_fails(s, "workloads.chta.input_tokens", "5", GAC_EPARAM,
	          "(did you mean '" W "input_tokens'?)");
	set_fails(s, "budget", "5", GAC_EPARAM,
	          "unknown parameter 'budget' (see 'genaicost params' or genaicost-scenario(5))");
	set_fails(s, "workloads.chat", "5", GAC_EPARAM, "unknown parameter 'workloads.chat'");

	gac_error err;
	ck_assert_int_eq(gac_scenario_set_number(s, "region", 1, &err), GAC_EPARAM);
	ck_assert_str_eq(err.message, "region is text, not a number");
	ck_assert_int_eq(gac_scenario_set_number(s, W "cache_read_fraction", NAN, &err), GAC_EVALUE);
	ck_assert_str_eq(err.message, W "cache_read_fraction must be a finite number");
	ck_assert_int_eq(gac_scenario_set_number(s, W "input_tokens", INFINITY, &err), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_set_number(s, "deployment.mode", 4, &err), GAC_EVALUE);
	ck_assert_str_eq(err.message, "deployment.mode: 4 is not a valid choice");
	ck_assert_int_eq(gac_scenario_set_number(s, "deployment.mode", 0.5, &err), GAC_EVALUE);
	ck_assert_int_eq(gac_scenario_set_number(s, "nope", 1, &err), GAC_EPARAM);
	ck_assert_int_eq(gac_scenario_set(NULL, "region", "x", &err), GAC_EARG);
	ck_assert_int_eq(gac_scenario_set(s, NULL, "x", &err), GAC_EARG);
	ck_assert_int_eq(gac_scenario_set(s, "region", NULL, &err), GAC_EARG);
	ck_assert_int_eq(gac_scenario_set(s, "nope", "1", NULL), GAC_EPARAM);

	/* failures change nothing */
	ck_assert(get(s, W "cache_read_fraction") == 0.5);
	ck_assert(get(s, W "requests_per_month") == 2e6);
	ck_assert(get(s, W "input_tokens") == 1500.0);
	ck_assert(get(s, "hours_per_month") == 730.0);
	ck_assert(get(s, "deployment.mode") == 0.0);
	ck_assert(get(s, "deployment.model_units") == 1.0);
	expect_text(s, "region", "us-east-1");
	expect_text(s, W "model", SONNET);
	gac_scenario_free(s);
}
END_TEST

START_TEST(test_rate_group)
{
	gac_scenario *s = load_ok(example);
	gac_error err;
	ck_assert_int_eq(gac_scenario_set(s, W "requests_per_day", "1000", &err), GAC_OK);
	ck_assert(get(s, W "requests_per_day") == 1000.0);
	ck_assert(get(s, W "requests_per_month") == 0.0); /* replaced, not added */
	ck_assert_int_eq(gac_scenario_set(s, W "requests_per_second", "2", &err), GAC_OK);
	ck_assert(get(s, W "requests_per_second") == 2.0);
	ck_assert(get(s, W "requests_per_day") == 0.0);
	ck_assert(get(s, W "requests_per_month") == 0.0);
	ck_assert_int_eq(gac_scenario_set_number(s, W "requests_per_month", 5e5, &err), GAC_OK);
	ck_assert(get(s, W "requests_per_month") == 5e5);
	ck_assert(get(s, W "requests_per_second") == 0.0);
	/* a failed set leaves the rate as it was */
	ck_assert_int_eq(gac_scenario_set(s, W "requests_per_day", "-1", &err), GAC_EVALUE);
	ck_assert(get(s, W "requests_per_month") == 5e5);
	/* other fields are not part of the group */
	ck_assert_int_eq(gac_scenario_set(s, W "active_hours_per_day", "8", &err), GAC_OK);
	ck_assert(get(s, W "requests_per_month") == 5e5);
	gac_scenario_free(s);
}
END_TEST

/* Each Monte Carlo draw and sweep point is stored through a resolved
 * path that skips the checks for values in a range found once: it must
 * take and refuse exactly what gac_scenario_set_number does, and leave
 * every parameter as it does (a request rate resets the others). */
START_TEST(test_param_store_checks_as_set_number)
{
	/* nightly's own deployment fields are parameters too */
	char *t = edit(example, "deployment:\n",
	               "  - {name: nightly, model: m2, requests_per_day: 10,\n"
	               "     deployment: {mode: provisioned, model_units: 2, overflow: on-demand}}\ndeployment:\n");
	gac_scenario *s = load_ok(t);
	free(t);
	const double vals[] = {-INFINITY, -DBL_MAX, -2, -1, -0.5, -DBL_TRUE_MIN, -0.0, 0, DBL_TRUE_MIN, 1e-9, 0.5,
	                       1, 1.5, 2, 3, 4, 7, 12, 99.5, nextafter(100, 0), 100, 100.5, 1e6, 1e300, DBL_MAX,
	                       INFINITY, NAN};
	size_t n = gac_scenario_param_count(s);
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < sizeof vals / sizeof *vals; k++) {
			gac_scenario *a = NULL, *b = NULL;
			ck_assert_int_eq(gac_scenario_clone(&a, s), GAC_OK);
			ck_assert_int_eq(gac_scenario_clone(&b, s), GAC_OK);
			const char *path = gac_scenario_param_path(s, i);
			gac_pref r;
			gac_error e1, e2;
			ck_assert_int_eq(gac_param_resolve(&r, a, path), GAC_OK);
			gac_status fast = gac_param_store(&r, path, vals[k], &e1);
			gac_status slow = gac_scenario_set_number(b, path, vals[k], &e2);
			ck_assert_msg(fast == slow, "%s = %g: store %s, set_number %s", path, vals[k], gac_strerror(fast),
			              gac_strerror(slow));
			if (fast != GAC_OK)
				ck_assert_str_eq(e1.message, e2.message);
			for (size_t j = 0; j < n; j++) {
				const char *q = gac_scenario_param_path(s, j);
				double x = 0, y = 0;
				gac_status sx = gac_scenario_get_number(&x, a, q), sy = gac_scenario_get_number(&y, b, q);
				ck_assert_msg(sx == sy && memcmp(&x, &y, sizeof x) == 0 && gac_param_is_set(a, q) == gac_param_is_set(b, q),
				              "after %s = %g: %s is %g, not %g", path, vals[k], q, x, y);
			}
			gac_scenario_free(a);
			gac_scenario_free(b);
		}
	gac_scenario_free(s);
}
END_TEST

/* A workload's deployment.* paths: the scenario's value while unset (and
 * then no parameter of their own), listed once given, kept by a clone. */
START_TEST(test_workload_deployment_paths)
{
	char *t = edit(example, "    batch_fraction: 0.2\n",
	               "    deployment:\n      mode: provisioned\n      model_units: auto\n");
	gac_scenario *s = load_ok(t);
	free(t);
	ck_assert(get(s, W "deployment.mode") == 2.0);           /* its own */
	ck_assert(get(s, W "deployment.commitment") == 0.0);     /* the scenario's */
	ck_assert(get(s, W "deployment.overflow") == 0.0);
	expect_text(s, W "deployment.model_units", "auto");
	expect_text(s, W "deployment.overflow", "throttle");
	ck_assert(gac_param_is_set(s, W "deployment.mode"));
	ck_assert(!gac_param_is_set(s, W "deployment.commitment"));
	/* the public test, and what an unset value stands for */
	const char *meaning = "x";
	ck_assert_int_eq(gac_scenario_is_set(s, W "deployment.mode", &meaning), 1);
	ck_assert_ptr_null(meaning);
	ck_assert_int_eq(gac_scenario_is_set(s, W "deployment.commitment", &meaning), 0);
	ck_assert_str_eq(meaning, "the scenario's deployment");
	ck_assert_int_eq(gac_scenario_is_set(s, "deployment.model_unit_input_tpm", &meaning), 0);
	ck_assert_str_eq(meaning, "the model unit's capacity from the price sheet");
	ck_assert_int_eq(gac_scenario_is_set(s, W "long_context_fraction", &meaning), 0);
	ck_assert_ptr_nonnull(strstr(meaning, "long-context threshold"));
	ck_assert_int_eq(gac_scenario_is_set(s, "traffic.cross_az_gb", &meaning), 0);
	ck_assert_ptr_null(meaning);                              /* a plain default: 0 */
	ck_assert_int_eq(gac_scenario_is_set(s, W "input_tokens", NULL), 1);
	ck_assert_int_eq(gac_scenario_is_set(s, "workloads.nosuch.input_tokens", &meaning), 0);
	ck_assert_ptr_null(meaning);
	ck_assert_int_eq(gac_scenario_is_set(NULL, "hours_per_month", NULL), 0);
	ck_assert_int_eq(gac_scenario_is_set(s, NULL, NULL), 0);
	/* listed: the globals, the workload's fields, then its two deployment fields */
	size_t n = gac_scenario_param_count(s);
	ck_assert_uint_eq(n, NGLOBALS + NFIELDS + 2);
	ck_assert_str_eq(gac_scenario_param_path(s, NGLOBALS + NFIELDS), W "deployment.mode");
	ck_assert_str_eq(gac_scenario_param_path(s, NGLOBALS + NFIELDS + 1), W "deployment.model_units");
	ck_assert_ptr_null(gac_scenario_param_path(s, n));
	/* the scenario's value shows through until the workload gives one */
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(s, "deployment.overflow", "on-demand", &e), GAC_OK);
	expect_text(s, W "deployment.overflow", "on-demand");
	ck_assert_int_eq(gac_scenario_set(s, W "deployment.overflow", "throttle", &e), GAC_OK);
	expect_text(s, W "deployment.overflow", "throttle");
	ck_assert_uint_eq(gac_scenario_param_count(s), n + 1);
	/* the fast store of sweeps and draws takes and refuses as set_number */
	static const char *const dpaths[] = {W "deployment.mode", W "deployment.commitment", W "deployment.model_units",
	                                     W "deployment.model_unit_input_tpm", W "deployment.overflow"};
	const double vals[] = {-1, 0, 0.5, 1, 2, 3, 1e6, INFINITY, NAN};
	for (size_t i = 0; i < sizeof dpaths / sizeof *dpaths; i++)
		for (size_t k = 0; k < sizeof vals / sizeof *vals; k++) {
			gac_scenario *a = NULL, *b = NULL;
			ck_assert_int_eq(gac_scenario_clone(&a, s), GAC_OK);
			ck_assert_int_eq(gac_scenario_clone(&b, s), GAC_OK);
			gac_pref r;
			gac_error e1, e2;
			ck_assert_int_eq(gac_param_resolve(&r, a, dpaths[i]), GAC_OK);
			gac_status fast = gac_param_store(&r, dpaths[i], vals[k], &e1);
			ck_assert_int_eq(fast, gac_scenario_set_number(b, dpaths[i], vals[k], &e2));
			if (fast != GAC_OK)
				ck_assert_str_eq(e1.message, e2.message);
			ck_assert(get(a, dpaths[i]) == get(b, dpaths[i]));
			ck_assert(gac_param_is_set(a, dpaths[i]) == gac_param_is_set(b, dpaths[i]));
			gac_scenario_free(a);
			gac_scenario_free(b);
		}
	gac_scenario *c = NULL;
	ck_assert_int_eq(gac_scenario_clone(&c, s), GAC_OK);
	ck_assert_uint_eq(gac_scenario_param_count(c), n + 1);
	expect_text(c, W "deployment.overflow", "throttle");
	expect_text(c, "deployment.overflow", "on-demand");
	gac_scenario_free(c);
	gac_scenario_free(s);
}
END_TEST

START_TEST(test_param_paths)
{
	char *t = edit(example, "deployment:\n",
	               "  - {name: nightly, model: m2, requests_per_day: 10}\ndeployment:\n");
	gac_scenario *s = load_ok(t);
	free(t);
	size_t n = gac_scenario_param_count(s);
	ck_assert_uint_eq(n, NGLOBALS + 2 * NFIELDS);
	for (size_t i = 0; i < NGLOBALS; i++)
		ck_assert_str_eq(gac_scenario_param_path(s, i), globals[i]);
	for (size_t w = 0; w < 2; w++)
		for (size_t f = 0; f < NFIELDS; f++) {
			char want[128];
			snprintf(want, sizeof want, "workloads.%s.%s", w ? "nightly" : "chat", fields[f]);
			ck_assert_str_eq(gac_scenario_param_path(s, NGLOBALS + NFIELDS * w + f), want);
		}
	ck_assert_ptr_null(gac_scenario_param_path(s, n));
	ck_assert_ptr_null(gac_scenario_param_path(NULL, 0));
	ck_assert_uint_eq(gac_scenario_param_count(NULL), 0);

	/* every path round-trips: get, set the number back, set its text back */
	for (size_t i = 0; i < n; i++) {
		gac_scenario *c = NULL;
		ck_assert_int_eq(gac_scenario_clone(&c, s), GAC_OK);
		const char *path = gac_scenario_param_path(c, i);
		double v = get(c, path);
		gac_error err;
		gac_status st;
		char *none = get_text(c, path);
		if (!strcmp(none, "none")) {
			/* an unset threshold has no number: "none" round-trips */
			ck_assert_int_eq(gac_scenario_set(c, path, "none", &err), GAC_OK);
			gac_free(none);
			none = get_text(c, path);
			ck_assert_str_eq(none, "none");
			gac_free(none);
			gac_scenario_free(c);
			continue;
		}
		gac_free(none);
		st = gac_scenario_set_number(c, path, v, &err);
		ck_assert_msg(st == GAC_OK, "set_number %s = %g: %s", path, v, err.message);
		ck_assert_msg(get(c, path) == v, "%s changed", path);
		char *text = get_text(c, path);
		st = gac_scenario_set(c, path, text, &err);
		ck_assert_msg(st == GAC_OK, "set %s = '%s': %s", path, text, err.message);
		ck_assert_msg(get(c, path) == v, "%s = '%s' reads back as %.17g, not %.17g", path, text,
		              get(c, path), v);
		gac_free(text);
		/* nothing else moved, except the other rates of a rate */
		bool rate = strstr(path, ".requests_per_") != NULL;
		for (size_t j = 0; j < n; j++) {
			const char *other = gac_scenario_param_path(s, j);
			if (rate && strstr(other, ".requests_per_") &&
			    !strncmp(other, path, (size_t)(strrchr(path, '.') - path)))
				continue;
			ck_assert_msg(get(c, other) == get(s, other), "setting %s changed %s", path, other);
		}
		gac_scenario_free(c);
	}
	gac_scenario_free(s);
}
END_TEST

/* Each workload value keeps where it was written, so an error about it
 * (a request past a context window) points at it; a clone keeps the
 * places, a --set (no place) clears them, an option's value carries its own. */
START_TEST(test_workload_value_places)
{
	gac_scenario *s = load_ok(example);
	const gac_workload *w = &s->workloads[0];
	ck_assert_str_eq(w->name, "chat");
	ck_assert_uint_eq(w->line, 7);
	ck_assert_uint_eq(w->fline[GAC_W_INPUT_TOKENS], 10);
	ck_assert_uint_eq(w->fcol[GAC_W_INPUT_TOKENS], 19);   /* "    input_tokens: 1500" */
	ck_assert_uint_eq(w->fline[GAC_W_OUTPUT_TOKENS], 11);
	ck_assert_uint_eq(w->fcol[GAC_W_OUTPUT_TOKENS], 20);  /* "    output_tokens: 400" */
	ck_assert_uint_eq(w->fline[GAC_W_GROWTH], 0);         /* not written: no place */
	gac_scenario *c = NULL;
	ck_assert_int_eq(gac_scenario_clone(&c, s), GAC_OK);
	ck_assert_uint_eq(c->workloads[0].fline[GAC_W_INPUT_TOKENS], 10);
	ck_assert_uint_eq(c->workloads[0].fcol[GAC_W_OUTPUT_TOKENS], 20);
	ck_assert_int_eq(gac_scenario_set(c, "workloads.chat.input_tokens", "2000", NULL), GAC_OK);
	ck_assert_uint_eq(c->workloads[0].fline[GAC_W_INPUT_TOKENS], 0);
	ck_assert_uint_eq(s->workloads[0].fline[GAC_W_INPUT_TOKENS], 10);  /* the original keeps it */
	ck_assert_int_eq(gac_scenario_set_at(c, "workloads.chat.output_tokens", "500", NULL, "o.yaml", 42, 7),
	                 GAC_OK);
	ck_assert_uint_eq(c->workloads[0].fline[GAC_W_OUTPUT_TOKENS], 42);
	ck_assert_uint_eq(c->workloads[0].fcol[GAC_W_OUTPUT_TOKENS], 7);
	gac_scenario_free(c);
	gac_scenario_free(s);
}
END_TEST

/* A --set extends the hash with what it changed, except a threshold,
 * which changes what check judges, not what is priced. */
START_TEST(test_hash_of_sets)
{
	gac_scenario *s = load_ok(example);
	char before[17];
	snprintf(before, sizeof before, "%s", gac_scenario_hash(s));
	gac_error err;
	ck_assert_int_eq(gac_scenario_set(s, "budget.monthly", "100", &err), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "budget.max_increase_percent", "10", &err), GAC_OK);
	ck_assert_str_eq(gac_scenario_hash(s), before);
	ck_assert_int_eq(gac_scenario_set(s, W "output_tokens", "401", &err), GAC_OK);
	ck_assert_str_ne(gac_scenario_hash(s), before);
	/* the same change to another copy gives the same hash */
	gac_scenario *b = load_ok(example);
	ck_assert_int_eq(gac_scenario_set(b, W "output_tokens", "401", &err), GAC_OK);
	ck_assert_str_eq(gac_scenario_hash(b), gac_scenario_hash(s));
	gac_scenario_free(b);
	gac_scenario_free(s);
}
END_TEST

/* ---- what the tables say, and the lists ---- */

/* forecast.start and forecast.months_since_rates are listed only when
 * given, each after the rest of its kind.  The example with a service
 * lists 3 + 1 + 1 = 5 text paths (region, pricing, topology.regions, the
 * workload's model, the service's name) and 37 + 20 + 2 = 59 numbers
 * (the scenario's, the workload's, the service's quantity and scope). */
START_TEST(test_listed_when_given)
{
	char *t = edit(example, "deployment:\n",
	               "services:\n  - {name: kb, service: opensearch-serverless, quantity: 2}\ndeployment:\n");
	gac_scenario *s = load_ok(t);
	free(t);
	static const char *const text[] = {"region", "pricing", "topology.regions", W "model", "services.kb.service"};
	ck_assert_uint_eq(gac_scenario_text_param_count(s), 5);
	for (size_t i = 0; i < 5; i++) {
		char *p = NULL;
		ck_assert_int_eq(gac_scenario_text_param_path(&p, s, i), GAC_OK);
		ck_assert_str_eq(p, text[i]);
		gac_free(p);
	}
	char *p = (char *)"x";
	ck_assert_int_eq(gac_scenario_text_param_path(&p, s, 5), GAC_EARG);
	ck_assert_ptr_null(p);
	ck_assert_uint_eq(gac_scenario_param_count(s), NGLOBALS + NFIELDS + 2);
	ck_assert_str_eq(gac_scenario_param_path(s, NGLOBALS + NFIELDS), "services.kb.quantity");
	ck_assert_str_eq(gac_scenario_param_path(s, NGLOBALS + NFIELDS + 1), "services.kb.scope");
	ck_assert_int_eq(gac_forecast_start(s), -1);

	/* given: listed last, read back as written; 2026-10 is month
	 * 2026 × 12 + 10 − 1 = 24,321 */
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(s, "forecast.start", "2026-10", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "forecast.months_since_rates", "2", &e), GAC_OK);
	ck_assert_uint_eq(gac_scenario_text_param_count(s), 6);
	ck_assert_int_eq(gac_scenario_text_param_path(&p, s, 5), GAC_OK);
	ck_assert_str_eq(p, "forecast.start");
	gac_free(p);
	expect_text(s, "forecast.start", "2026-10");
	ck_assert_int_eq(gac_forecast_start(s), 24321);
	ck_assert_uint_eq(gac_scenario_param_count(s), NGLOBALS + NFIELDS + 3);
	ck_assert_str_eq(gac_scenario_param_path(s, NGLOBALS + NFIELDS + 2), "forecast.months_since_rates");
	ck_assert(get(s, "forecast.months_since_rates") == 2);
	ck_assert(gac_param_is_set(s, "forecast.months_since_rates"));
	/* a copy lists them too */
	gac_scenario *c = NULL;
	ck_assert_int_eq(gac_scenario_clone(&c, s), GAC_OK);
	ck_assert_uint_eq(gac_scenario_text_param_count(c), 6);
	ck_assert_uint_eq(gac_scenario_param_count(c), NGLOBALS + NFIELDS + 3);
	gac_scenario_free(c);

	/* refused values leave them as they were */
	set_fails(s, "forecast.start", "2026-13", GAC_EVALUE,
	          "forecast.start is the calendar month forecast month 1 is, YYYY-MM (got '2026-13')");
	set_fails(s, "forecast.start", "", GAC_EVALUE, "forecast.start must not be empty");
	set_fails(s, "forecast.months_since_rates", "601", GAC_EVALUE,
	          "forecast.months_since_rates must be at most 600 (got 601)");
	expect_text(s, "forecast.start", "2026-10");
	ck_assert(get(s, "forecast.months_since_rates") == 2);
	gac_scenario_free(s);
}
END_TEST

/* "YYYY-MM" as year × 12 + month − 1, years 1 to 9999. */
START_TEST(test_month_parse)
{
	ck_assert_int_eq(gac_month_parse("2026-10"), 24321);
	ck_assert_int_eq(gac_month_parse("2027-01"), 24324);   /* three months on */
	ck_assert_int_eq(gac_month_parse("0001-01"), 12);
	ck_assert_int_eq(gac_month_parse("9999-12"), 119999);
	static const char *const bad[] = {"0000-05", "2026-00", "2026-13", "2026-1", "2026/10", "20a6-10",
	                                  "2026-10 ", "", "2026-100"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		ck_assert_msg(gac_month_parse(bad[i]) == -1, "'%s' read as a month", bad[i]);
	ck_assert_int_eq(gac_month_parse(NULL), -1);
}
END_TEST

/* A `*` stands for one whole segment. */
START_TEST(test_path_match)
{
	ck_assert(gac_path_match("hours_per_month", "hours_per_month"));
	ck_assert(gac_path_match("workloads.*.input_tokens", "workloads.chat.input_tokens"));
	ck_assert(gac_path_match("budget.*.*.monthly", "budget.workloads.chat.monthly"));
	ck_assert(gac_path_match("*.mode", "deployment.mode"));
	ck_assert(gac_path_match("forecast.seasonality.*", "forecast.seasonality.12"));
	ck_assert(!gac_path_match("*.mode", "workloads.chat.deployment.mode"));
	ck_assert(!gac_path_match("workloads.*", "workloads.chat.input_tokens"));
	ck_assert(!gac_path_match("workloads.*.input_tokens", "workloads.chat.output_tokens"));
	ck_assert(!gac_path_match("workloads.*.input_tokens", "workloads.chat.input_tokens.x"));
}
END_TEST

/* A pattern reads as its first numeric match and sets every match: after
 * a collection's prefix one path per entry, elsewhere the scenario's
 * listed paths (forecast.seasonality.*: all 12 factors). */
START_TEST(test_wildcards)
{
	char *t = edit(example, "deployment:\n",
	               "  - {name: nightly, model: m2, requests_per_day: 10}\ndeployment:\n");
	gac_scenario *s = load_ok(t);
	free(t);
	ck_assert(get(s, "workloads.*.input_tokens") == 1500);   /* chat's, the first */
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(s, "workloads.*.output_tokens", "500", &e), GAC_OK);
	ck_assert(get(s, W "output_tokens") == 500);
	ck_assert(get(s, "workloads.nightly.output_tokens") == 500);
	ck_assert_int_eq(gac_scenario_set_number(s, "workloads.*.batch_fraction", 0.25, &e), GAC_OK);
	ck_assert(get(s, W "batch_fraction") == 0.25);
	ck_assert(get(s, "workloads.nightly.batch_fraction") == 0.25);
	ck_assert_int_eq(gac_scenario_set(s, "forecast.seasonality.*", "1.5", &e), GAC_OK);
	for (int m = 1; m <= 12; m++) {
		char path[64];
		snprintf(path, sizeof path, "forecast.seasonality.%d", m);
		ck_assert_msg(get(s, path) == 1.5, "%s", path);
	}
	/* a refused value stops at the first match that refuses it */
	ck_assert_int_eq(gac_scenario_set(s, "workloads.*.cache_read_fraction", "2", &e), GAC_EVALUE);
	ck_assert_str_eq(e.message, W "cache_read_fraction is a fraction between 0 and 1 (got 2; write 50% or 0.5)");
	ck_assert_int_eq(gac_scenario_set_number(s, "workloads.*.nonsense", 1, &e), GAC_EPARAM);
	ck_assert_str_eq(e.message, "'workloads.*.nonsense' matches no numeric parameter of this scenario");
	/* a typo in the field: the same did-you-mean as a path without `*` */
	ck_assert_int_eq(gac_scenario_set(s, "workloads.*.output_tokns", "5", &e), GAC_EPARAM);
	ck_assert_str_eq(e.message, "'workloads.*.output_tokns' matches no parameter of this scenario (did you mean "
	                            "'workloads.*.output_tokens'?)");
	ck_assert_int_eq(gac_scenario_set_number(s, "workloads.*.output_tokns", 5, &e), GAC_EPARAM);
	ck_assert_str_eq(e.message, "'workloads.*.output_tokns' matches no numeric parameter of this scenario (did "
	                            "you mean 'workloads.*.output_tokens'?)");
	ck_assert_int_eq(gac_scenario_set(s, W "output_tokns", "5", &e), GAC_EPARAM);
	ck_assert_str_eq(e.message, "unknown parameter '" W "output_tokns' (did you mean '" W "output_tokens'?)");
	/* in a file: invalid input at its place, with the hint */
	ck_assert_int_eq(gac_scenario_set_at(s, "workloads.*.output_tokns", "5", &e, "o.yaml", 7, 12), GAC_ESCHEMA);
	ck_assert(e.line == 7 && e.column == 12);
	ck_assert_ptr_nonnull(strstr(e.message, "(did you mean 'workloads.*.output_tokens'?)"));
	gac_scenario_free(s);
}
END_TEST

/* A number read back for a path in the words of its table, whatever the
 * entry's name: a choice by name, a count of 0 as auto. */
START_TEST(test_number_text)
{
	static const struct {
		const char *path;
		double v;
		const char *want;
	} cases[] = {
		{"deployment.mode", 2, "provisioned"},
		{"workloads.any.deployment.commitment", 1, "1-month"},
		{"workloads.any.image_quality", 1, "premium"},
		{"services.kb.scope", 2, "az"},
		{"customizations.c.kind", 4, "distillation"},
		{"deployment.model_units", 0, "auto"},
		{"deployment.model_units", 3, "3"},
		{"deployment.mode", 7, "7"},       /* past the choices: the number */
		{"deployment.mode", 1.5, "1.5"},
		{"workloads.any.input_tokens", 1500, "1500"},
		{"no.such.path", 0.25, "0.25"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		gac_buf b = {0};
		gac_param_number_text(&b, cases[i].path, cases[i].v);
		ck_assert_msg(b.data && !strcmp(b.data, cases[i].want), "%s = %g: '%s', not '%s'", cases[i].path,
		              cases[i].v, b.data ? b.data : "(null)", cases[i].want);
		gac_buf_free(&b);
	}
}
END_TEST

/* What the tables say of a path: its kind, its largest value, whether it
 * shapes the model, whether 0 stands for its default. */
START_TEST(test_kinds_and_limits)
{
	gac_scenario *s = load_ok(example);
	ck_assert_int_eq(gac_param_kind(s, "deployment.mode"), 1);
	ck_assert_int_eq(gac_param_kind(s, "deployment.model_units"), 2);
	ck_assert_int_eq(gac_param_kind(s, W "cache_read_fraction"), 3);
	ck_assert_int_eq(gac_param_kind(s, "topology.standby_fraction"), 3);
	ck_assert_int_eq(gac_param_kind(s, W "input_tokens"), 0);
	ck_assert_int_eq(gac_param_kind(s, W "growth_per_month"), 0);
	ck_assert_int_eq(gac_param_kind(s, "region"), -1);
	ck_assert_int_eq(gac_param_kind(s, "nope"), -1);

	ck_assert(gac_param_max(s, "hours_per_month") == 744);
	ck_assert(gac_param_max(s, W "active_hours_per_day") == 24);
	ck_assert(gac_param_max(s, W "cache_read_fraction") == 1);
	ck_assert(gac_param_max(s, W "growth_per_month") == 10);
	ck_assert(gac_param_max(s, "forecast.months_since_rates") == 600);
	ck_assert(isinf(gac_param_max(s, W "input_tokens")));
	ck_assert(isinf(gac_param_max(s, "region")));

	static const char *const structural[] = {"hours_per_month", "deployment.mode", W "growth_per_month",
	                                         "forecast.seasonality.3", "budget.monthly", "topology.azs_per_region",
	                                         "forecast.months_since_rates"};
	for (size_t i = 0; i < sizeof structural / sizeof *structural; i++)
		ck_assert_msg(gac_param_structural(s, structural[i]), "%s", structural[i]);
	static const char *const usage[] = {W "input_tokens", W "requests_per_month", "traffic.cross_az_gb", "region"};
	for (size_t i = 0; i < sizeof usage / sizeof *usage; i++)
		ck_assert_msg(!gac_param_structural(s, usage[i]), "%s", usage[i]);

	ck_assert(gac_param_zero_default(s, "deployment.model_unit_input_tpm"));
	ck_assert(gac_param_zero_default(s, "deployment.output_tokens_per_minute"));
	ck_assert(gac_param_zero_default(s, W "deployment.input_tokens_per_minute"));
	ck_assert(!gac_param_zero_default(s, "deployment.model_units"));
	ck_assert(!gac_param_zero_default(s, W "input_tokens"));
	ck_assert(!gac_param_zero_default(s, "region"));
	gac_scenario_free(s);
}
END_TEST

/* The closest known path for "did you mean", at most 4 edits away. */
START_TEST(test_closest)
{
	gac_scenario *s = load_ok(example);
	char buf[256];
	ck_assert_str_eq(gac_param_closest(s, "hours_per_mnth", buf, sizeof buf), "hours_per_month");
	ck_assert_str_eq(gac_param_closest(s, "regoin", buf, sizeof buf), "region");
	ck_assert_str_eq(gac_param_closest(s, "topology.region", buf, sizeof buf), "topology.regions");
	/* a workload's model is text, named into buf */
	const char *m = gac_param_closest(s, W "modle", buf, sizeof buf);
	ck_assert_ptr_eq(m, buf);
	ck_assert_str_eq(m, W "model");
	/* six edits away (model_) is too far to guess */
	ck_assert_ptr_null(gac_param_closest(s, "deployment.units", buf, sizeof buf));
	/* a pattern: its segments written out, each `*` any one segment (the
	 * whole path was 5 edits from workloads.chat.output_tokens, too far) */
	ck_assert_str_eq(gac_param_closest(s, "workloads.*.output_tokns", buf, sizeof buf), "workloads.*.output_tokens");
	ck_assert_str_eq(gac_param_closest(s, "wrkloads.*.input_tokens", buf, sizeof buf), "workloads.*.input_tokens");
	ck_assert_str_eq(gac_param_closest(s, "workloads.*.modle", buf, sizeof buf), "workloads.*.model");
	ck_assert_str_eq(gac_param_closest(s, "forecast.seasonalty.*", buf, sizeof buf), "forecast.seasonality.*");
	ck_assert_ptr_null(gac_param_closest(s, "workloads.*.nonsense", buf, sizeof buf));
	ck_assert_ptr_null(gac_param_closest(s, "workloads.*", buf, sizeof buf));  /* no path of 2 segments near */
	gac_scenario_free(s);
}
END_TEST

/* A workload's deployment.* left unset is read from the scenario's field,
 * and from its own once given. */
START_TEST(test_inherited_source)
{
	gac_scenario *s = load_ok(example);
	gac_pref r;
	ck_assert_int_eq(gac_param_resolve(&r, s, W "deployment.mode"), GAC_OK);
	ck_assert_ptr_eq(gac_pref_source(&r), &s->g[GAC_G_MODE]);
	ck_assert(gac_pref_value(&r) == 0);
	gac_error e;
	ck_assert_int_eq(gac_scenario_set(s, "deployment.mode", "provisioned", &e), GAC_OK);
	ck_assert(gac_pref_value(&r) == 2);
	ck_assert_int_eq(gac_scenario_set(s, W "deployment.mode", "batch", &e), GAC_OK);
	ck_assert_ptr_eq(gac_pref_source(&r), &s->workloads[0].v[GAC_W_DEPLOY + GAC_D_MODE]);
	ck_assert(gac_pref_value(&r) == 1);
	ck_assert(get(s, "deployment.mode") == 2);
	/* text has no number to resolve */
	ck_assert_int_eq(gac_param_resolve(&r, s, "region"), GAC_EPARAM);
	ck_assert_int_eq(gac_param_resolve(&r, s, "nope"), GAC_EPARAM);
	gac_scenario_free(s);
}
END_TEST

/* A value stored with a place keeps it, and an error about it is placed
 * there; a refused value changes neither. */
START_TEST(test_store_at_places)
{
	gac_scenario *s = load_ok(example);
	gac_pref r;
	gac_error e;
	ck_assert_int_eq(gac_param_resolve(&r, s, W "output_tokens"), GAC_OK);
	ck_assert_int_eq(gac_param_store_at(&r, W "output_tokens", 500, &e, "o.yaml", 42, 7), GAC_OK);
	ck_assert(get(s, W "output_tokens") == 500);
	ck_assert_uint_eq(s->workloads[0].fline[GAC_W_OUTPUT_TOKENS], 42);
	ck_assert_uint_eq(s->workloads[0].fcol[GAC_W_OUTPUT_TOKENS], 7);
	ck_assert_int_eq(gac_param_store_at(&r, W "output_tokens", -1, &e, "o.yaml", 43, 9), GAC_EVALUE);
	ck_assert_str_eq(e.file, "o.yaml");
	ck_assert_uint_eq(e.line, 43);
	ck_assert_uint_eq(e.column, 9);
	ck_assert_str_eq(e.message, W "output_tokens must not be negative (got -1)");
	ck_assert(get(s, W "output_tokens") == 500);
	ck_assert_uint_eq(s->workloads[0].fline[GAC_W_OUTPUT_TOKENS], 42);
	gac_scenario_free(s);
}
END_TEST

Suite *suite_params(void)
{
	Suite *s = suite_create("params");
	TCase *set = tcase_create("set");
	tcase_add_test(set, test_set);
	tcase_add_test(set, test_set_errors);
	tcase_add_test(set, test_set_regions);
	tcase_add_test(set, test_rate_group);
	tcase_add_test(set, test_param_paths);
	tcase_add_test(set, test_workload_deployment_paths);
	tcase_add_test(set, test_workload_value_places);
	tcase_add_test(set, test_param_store_checks_as_set_number);
	tcase_add_test(set, test_hash_of_sets);
	/* every path × 27 values: seconds under valgrind or a loaded machine */
	tcase_set_timeout(set, 60);
	suite_add_tcase(s, set);

	TCase *tables = tcase_create("tables");
	tcase_add_test(tables, test_listed_when_given);
	tcase_add_test(tables, test_month_parse);
	tcase_add_test(tables, test_path_match);
	tcase_add_test(tables, test_wildcards);
	tcase_add_test(tables, test_number_text);
	tcase_add_test(tables, test_kinds_and_limits);
	tcase_add_test(tables, test_closest);
	tcase_add_test(tables, test_inherited_source);
	tcase_add_test(tables, test_store_at_places);
	suite_add_tcase(s, tables);
	return s;
}

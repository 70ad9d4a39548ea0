/* Drivers and expressions in scenarios (lib/drivers.c, lib/params.c):
 * values computed from drivers, recomputed after a --set, a sweep point or
 * a draw, replaced by a value stored in their place, carried by copies and
 * options; every error at its FILE:LINE:COL; `*` path segments. */
#include "tests.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* An agent: 4 model calls per session, 3 sessions per user a day. */
static const char agent[] =
	"genaicost: scenario/1\n"                                               /* 1 */
	"name: agent\n"                                                         /* 2 */
	"drivers:\n"                                                            /* 3 */
	"  users: 10k\n"                                                        /* 4 */
	"  sessions_per_user: 3\n"                                              /* 5 */
	"  calls_per_session: \"= 2 * 2\"\n"                                    /* 6 */
	"workloads:\n"                                                          /* 7 */
	"  - name: planner\n"                                                   /* 8 */
	"    model: amazon.nova-lite-v1:0\n"                                    /* 9 */
	"    requests_per_day: \"= users * sessions_per_user * calls_per_session\"\n" /* 10 */
	"    input_tokens: 2000\n"                                              /* 11 */
	"    output_tokens: \"= workloads.planner.input_tokens / 10\"\n"        /* 12 */
	"  - name: embed\n"                                                     /* 13 */
	"    model: amazon.titan-embed-text-v2:0\n"                             /* 14 */
	"    requests_per_month: \"= ceil(users * 30 / 7)\"\n"                  /* 15 */
	"    input_tokens: 500\n"                                               /* 16 */
	"options:\n"                                                            /* 17 */
	"  - name: twice\n"                                                     /* 18 */
	"    set: {drivers.users: 20k}\n"                                       /* 19 */
	"  - name: longer\n"                                                    /* 20 */
	"    set: {workloads.planner.output_tokens: \"= drivers.sessions_per_user * 100\"}\n"; /* 21 */

static gac_scenario *load(const char *text, gac_error *e)
{
	gac_scenario *s = NULL;
	gac_status st = gac_scenario_load_buffer(&s, text, strlen(text), "agent.yaml", e);
	ck_assert_msg(st == GAC_OK, "%u:%u: %s", e->line, e->column, e->message);
	return s;
}

static double get(const gac_scenario *s, const char *path)
{
	double v = NAN;
	ck_assert_msg(gac_scenario_get_number(&v, s, path) == GAC_OK, "get %s", path);
	return v;
}

#define P "workloads.planner."

START_TEST(drivers_compute_and_follow_changes)
{
	gac_error e;
	gac_scenario *s = load(agent, &e);
	/* by hand: 10,000 x 3 x (2 x 2) = 120,000 a day; 2000 / 10 = 200;
	 * ceil(10,000 x 30 / 7) = ceil(42,857.14) = 42,858 */
	ck_assert(get(s, "drivers.calls_per_session") == 4);
	/* a driver may be a share, as fractions are written elsewhere */
	ck_assert_int_eq(gac_scenario_set(s, "drivers.calls_per_session", "250%", &e), GAC_OK);
	ck_assert(get(s, "drivers.calls_per_session") == 2.5);
	ck_assert(get(s, P "requests_per_day") == 75000);   /* 10,000 x 3 x 2.5 */
	ck_assert_int_eq(gac_scenario_set(s, "drivers.calls_per_session", "4", &e), GAC_OK);
	ck_assert(get(s, P "requests_per_day") == 120000);
	ck_assert(get(s, P "output_tokens") == 200);
	ck_assert(get(s, "workloads.embed.requests_per_month") == 42858);
	ck_assert(gac_param_is_set(s, P "requests_per_day"));
	ck_assert(gac_scenario_binding_count(s) == 4);
	/* a --set of a driver reaches every field computed from it */
	ck_assert_int_eq(gac_scenario_set(s, "drivers.users", "1000", &e), GAC_OK);
	ck_assert(get(s, P "requests_per_day") == 12000);
	ck_assert(get(s, "workloads.embed.requests_per_month") == 4286);   /* ceil(4285.71) */
	/* so does a stored number (a sweep point, a draw) */
	gac_pref r;
	ck_assert_int_eq(gac_param_resolve(&r, s, "drivers.sessions_per_user"), GAC_OK);
	ck_assert_int_eq(gac_param_store(&r, "drivers.sessions_per_user", 5, &e), GAC_OK);
	ck_assert(get(s, P "requests_per_day") == 20000);                  /* 1000 x 5 x 4 */
	/* the chain: input_tokens -> output_tokens */
	ck_assert_int_eq(gac_scenario_set(s, P "input_tokens", "3000", &e), GAC_OK);
	ck_assert(get(s, P "output_tokens") == 300);
	/* a value stored in a computed field replaces its expression */
	ck_assert_int_eq(gac_scenario_set(s, P "output_tokens", "50", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, P "input_tokens", "4000", &e), GAC_OK);
	ck_assert(get(s, P "output_tokens") == 50);
	/* and another request rate in place of the computed one, too */
	ck_assert_int_eq(gac_scenario_set(s, P "requests_per_month", "7", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "drivers.users", "2000", &e), GAC_OK);
	ck_assert(get(s, P "requests_per_month") == 7);
	ck_assert(!gac_param_is_set(s, P "requests_per_day"));
	/* a new expression from --set */
	ck_assert_int_eq(gac_scenario_set(s, P "output_tokens", "= users / 20", &e), GAC_OK);
	ck_assert(get(s, P "output_tokens") == 100);
	ck_assert_int_eq(gac_scenario_set(s, P "output_tokens", "= users / (", &e), GAC_EVALUE);
	ck_assert_str_eq(e.message, "workloads.planner.output_tokens = users / (: expected a number, a name or '(' "
	                            "before the end (at character 10 of the expression)");
	gac_scenario_free(s);
}
END_TEST

/* What estimate --explain prints under "Drivers and computed inputs":
 * each expression with its inputs' values and the value it gave.  A
 * constant expression showed nothing ("calls_per_session = 2 * 2" and no
 * value); it shows "= 2 × 2 = 4" like the others, and a lone number
 * ("= 6") nothing more than itself. */
static char *explain_of(const gac_scenario *s, const char *path)
{
	for (size_t i = 0; i < gac_scenario_binding_count(s); i++) {
		const char *target, *text;
		bool active;
		if (gac_scenario_binding(s, i, &target, &text, &active) && active && !strcmp(target, path)) {
			gac_buf b = {0};
			ck_assert_int_eq(gac_binding_explain(&b, s, i), GAC_OK);
			return b.data ? b.data : calloc(1, 1);
		}
	}
	ck_abort_msg("no expression computes %s", path);
	return NULL;
}

START_TEST(drivers_explain_constant)
{
	gac_error e;
	gac_scenario *s = load(agent, &e);
	char *c = explain_of(s, "drivers.calls_per_session"), *r = explain_of(s, P "requests_per_day");
	ck_assert_str_eq(c, "= 2 × 2 = 4");
	ck_assert_str_eq(r, "= 10000 × 3 × 4 = 120000");   /* as before */
	free(c);
	free(r);
	ck_assert_int_eq(gac_scenario_set(s, P "input_tokens", "= 250 * 4 + 500", &e), GAC_OK);
	ck_assert(get(s, P "input_tokens") == 1500);
	c = explain_of(s, P "input_tokens");
	ck_assert_str_eq(c, "= 250 × 4 + 500 = 1500");
	free(c);
	c = explain_of(s, P "output_tokens");   /* one name: its value once */
	ck_assert_str_eq(c, "= 1500 ÷ 10 = 150");
	free(c);
	ck_assert_int_eq(gac_scenario_set(s, "drivers.sessions_per_user", "= 6", &e), GAC_OK);
	c = explain_of(s, "drivers.sessions_per_user");
	ck_assert_str_eq(c, "");
	free(c);
	/* a lone number written otherwise than its value shows the value (it
	 * showed nothing: the reader never saw 5000) */
	static const char *const lit[] = {"= 5k", "= 1e3", "= (5000)", "= 5e3 "};
	static const char *const want[] = {"= 5000", "= 1000", "= 5000", "= 5000"};
	for (size_t k = 0; k < 4; k++) {
		ck_assert_int_eq(gac_scenario_set(s, "drivers.sessions_per_user", lit[k], &e), GAC_OK);
		c = explain_of(s, "drivers.sessions_per_user");
		ck_assert_str_eq(c, want[k]);
		free(c);
	}
	/* a negation of a negation keeps its brackets: −(−5), not −−5; so
	 * does one of a negated name's value */
	ck_assert_int_eq(gac_scenario_set(s, "drivers.sessions_per_user", "= -(-5)", &e), GAC_OK);
	c = explain_of(s, "drivers.sessions_per_user");
	ck_assert_str_eq(c, "= −(−5) = 5");
	free(c);
	ck_assert_int_eq(gac_scenario_set(s, P "input_tokens", "= -(-users) / 10", &e), GAC_OK);
	c = explain_of(s, P "input_tokens");
	ck_assert_str_eq(c, "= −(−10000) ÷ 10 = 1000");
	free(c);
	gac_scenario_free(s);
}
END_TEST

START_TEST(drivers_in_copies_and_options)
{
	gac_error e;
	gac_scenario *s = load(agent, &e), *c = NULL, *v = NULL;
	ck_assert_int_eq(gac_scenario_clone(&c, s), GAC_OK);
	/* the copy's expressions read the copy, not the original */
	ck_assert_int_eq(gac_scenario_set(c, "drivers.users", "1", &e), GAC_OK);
	ck_assert(get(c, P "requests_per_day") == 12);
	ck_assert(get(s, P "requests_per_day") == 120000);
	gac_scenario_free(c);
	/* an option setting a driver: 20,000 x 3 x 4 */
	ck_assert_int_eq(gac_scenario_with_option(&v, s, "twice", &e), GAC_OK);
	ck_assert(get(v, P "requests_per_day") == 240000);
	ck_assert(get(v, "workloads.embed.requests_per_month") == 85715);  /* ceil(85,714.29) */
	gac_scenario_free(v);
	/* an option giving a field an expression of its own: 3 x 100 */
	ck_assert_int_eq(gac_scenario_with_option(&v, s, "longer", &e), GAC_OK);
	ck_assert(get(v, P "output_tokens") == 300);
	gac_scenario_free(v);
	gac_scenario_free(s);
}
END_TEST

/* `agent` with `from` replaced by `to`, expected to fail at line:col. */
static void fails(const char *from, const char *to, unsigned line, unsigned col, const char *msg)
{
	const char *at = strstr(agent, from);
	ck_assert_msg(at, "'%s' not in the scenario", from);
	size_t n = strlen(agent) + strlen(to) + 1;
	char *text = malloc(n);
	ck_assert_ptr_nonnull(text);
	memcpy(text, agent, (size_t)(at - agent));
	strcpy(text + (at - agent), to);
	strcat(text, at + strlen(from));
	gac_scenario *s = NULL;
	gac_error e;
	gac_status st = gac_scenario_load_buffer(&s, text, strlen(text), "agent.yaml", &e);
	ck_assert_msg(st != GAC_OK, "'%s' loaded", to);
	ck_assert_ptr_null(s);
	ck_assert_msg(e.line == line && e.column == col, "'%s': at %u:%u, expected %u:%u (%s)", to, e.line, e.column,
	              line, col, e.message);
	ck_assert_msg(strstr(e.message, msg), "'%s': '%s' lacks '%s'", to, e.message, msg);
	ck_assert_str_eq(e.file, "agent.yaml");
	free(text);
}

START_TEST(drivers_errors_at_file_line_col)
{
	/* line 10 is `    requests_per_day: "= users * ...`: the quote at 23,
	 * '=' at 24, `users` at 26 */
	fails("= users * sessions_per_user", "= userz * sessions_per_user", 10, 26,
	      "unknown name 'userz' (did you mean the driver 'users'?)");
	fails("= workloads.planner.input_tokens / 10", "= workloads.planner.input_tokenz / 10", 12, 23,
	      "'workloads.planner.input_tokenz' is not a numeric parameter");
	/* the cycle: input_tokens reads output_tokens, which reads input_tokens */
	fails("    input_tokens: 2000\n    output", "    input_tokens: \"= workloads.planner.output_tokens\"\n    output",
	      12, 23, "a cycle: workloads.planner.");
	/* a driver computed from itself */
	fails("calls_per_session: \"= 2 * 2\"", "calls_per_session: \"= calls_per_session + 1\"", 6, 25,
	      "a cycle: drivers.calls_per_session <- drivers.calls_per_session (each computed from the next)");
	/* a divisor that is 0: at the '/', column 23 + 31 = 54 */
	fails("input_tokens / 10", "input_tokens / (users - 10k)", 12, 54, "division by zero");
	/* a divisor an uncertain input can make 0: sessions_per_user normal */
	fails("input_tokens: 500\n", "input_tokens: \"= 5k / sessions_per_user\"\nuncertain:\n"
	      "  drivers.sessions_per_user: {dist: normal, mean: 3, sd: 1}\n", 16, 25,
	      "the divisor can be 0 for values the inputs may take");
	fails("= ceil(users * 30 / 7)", "= ceil(users * 30 / 7", 15, 47, "expected ')' before the end");
	fails("  users: 10k", "  2users: 10k", 4, 3, "driver name '2users' must start with a letter");
	fails("  users: 10k", "  max: 10k", 4, 3, "not min, max, ceil or floor");
	fails("  sessions_per_user: 3", "  users: 3", 5, 3, "duplicate key 'users' (first at line 4)");
	fails("  users: 10k", "  users: -5", 4, 10, "drivers.users must not be negative");
	/* a choice cannot be computed */
	fails("    input_tokens: 500\n", "    input_tokens: 500\n    service_tier: \"= 1\"\n", 17, 20,
	      "is a choice, not a number");
	/* an expression's value is checked as a written one: -200 tokens */
	fails("= workloads.planner.input_tokens / 10", "= 10 - workloads.planner.input_tokens", 12, 23,
	      "workloads.planner.output_tokens (= 10 - workloads.planner.input_tokens) must not be negative");
	/* a wildcard in an expression names several values */
	fails("= workloads.planner.input_tokens / 10", "= workloads.*.input_tokens / 10", 12, 23,
	      "a wildcard names several values");
}
END_TEST

START_TEST(drivers_wildcard_paths)
{
	gac_error e;
	gac_scenario *s = load(agent, &e);
	/* input_tokens of both workloads; output_tokens follows planner's */
	ck_assert_int_eq(gac_scenario_set(s, "workloads.*.input_tokens", "800", &e), GAC_OK);
	ck_assert(get(s, P "input_tokens") == 800);
	ck_assert(get(s, "workloads.embed.input_tokens") == 800);
	ck_assert(get(s, P "output_tokens") == 80);
	/* a field unset in every workload is named too: each one's deployment */
	ck_assert_int_eq(gac_scenario_set(s, "workloads.*.deployment.mode", "batch", &e), GAC_OK);
	ck_assert(gac_param_is_set(s, "workloads.embed.deployment.mode"));
	/* resolved once and stored per point, as sweeps and draws do */
	gac_pref r;
	ck_assert_int_eq(gac_param_resolve(&r, s, "workloads.*.input_tokens"), GAC_OK);
	ck_assert_int_eq(gac_param_store(&r, "workloads.*.input_tokens", 1200, &e), GAC_OK);
	ck_assert(get(s, "workloads.embed.input_tokens") == 1200 && get(s, P "output_tokens") == 120);
	/* read: the first match */
	ck_assert(get(s, "workloads.*.input_tokens") == 1200);
	ck_assert_int_eq(gac_scenario_set_number(s, "drivers.*", 2, &e), GAC_OK);
	ck_assert(get(s, "drivers.users") == 2 && get(s, "drivers.sessions_per_user") == 2);
	/* a pattern naming nothing; a value out of range for one match */
	ck_assert_int_eq(gac_scenario_set(s, "workloads.*.nonsense", "1", &e), GAC_EPARAM);
	ck_assert_str_eq(e.message, "'workloads.*.nonsense' matches no parameter of this scenario");
	ck_assert_int_eq(gac_scenario_set(s, "workloads.*.cache_read_fraction", "2", &e), GAC_EVALUE);
	ck_assert(gac_path_match("workloads.*.input_tokens", "workloads.a-b.input_tokens"));
	ck_assert(!gac_path_match("workloads.*.input_tokens", "workloads.a.b.input_tokens"));
	ck_assert(gac_path_match("forecast.seasonality.*", "forecast.seasonality.12"));
	gac_scenario_free(s);
}
END_TEST

Suite *suite_drivers(void)
{
	Suite *s = suite_create("drivers");
	TCase *t = tcase_create("drivers");
	tcase_add_test(t, drivers_compute_and_follow_changes);
	tcase_add_test(t, drivers_explain_constant);
	tcase_add_test(t, drivers_in_copies_and_options);
	tcase_add_test(t, drivers_errors_at_file_line_col);
	tcase_add_test(t, drivers_wildcard_paths);
	suite_add_tcase(s, t);
	return s;
}

/* Expressions (lib/expr.c): the grammar's precedence and associativity,
 * suffixed numbers, functions, names with their columns, every parse
 * error at its column, division by zero at evaluation and over
 * intervals, and the text --explain prints. */
#include "tests.h"
#include "internal.h"
#include "expr.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static double value_of(const char *text, const double *vals)
{
	gac_expr x;
	gac_xerr e;
	ck_assert_msg(gac_expr_parse(&x, text, &e), "%s: col %u: %s", text, e.col, e.message);
	double v = NAN;
	unsigned col = 99;
	ck_assert_msg(gac_expr_eval(&v, &x, vals, &col), "%s: failed at %u", text, col);
	gac_expr_free(&x);
	return v;
}

START_TEST(expr_precedence_numbers_functions)
{
	/* by hand: 2 + 12; 5 * 4; (-2)(-3); left to right for - and / */
	ck_assert(value_of("2 + 3 * 4", NULL) == 14);
	ck_assert(value_of("(2+3)*4", NULL) == 20);
	ck_assert(value_of("-2 * -3", NULL) == 6);
	ck_assert(value_of("8 - 3 - 2", NULL) == 3);
	ck_assert(value_of("16 / 4 / 2", NULL) == 2);
	ck_assert(value_of("10 / 4", NULL) == 2.5);
	ck_assert(value_of("- (1 - 4)", NULL) == 3);
	/* suffixes as in the scenario's numbers: 1.5k = 1500, 50% = 0.5, 2M, 1_000 */
	ck_assert(value_of("1.5k * 2", NULL) == 3000);
	ck_assert(value_of("50% * 10", NULL) == 5);
	ck_assert(value_of("2M / 1_000", NULL) == 2000);
	ck_assert(value_of("1e3 + 2.5e-1", NULL) == 1000.25);
	/* functions */
	ck_assert(value_of("min(3, 1, 2)", NULL) == 1);
	ck_assert(value_of("max(1, 5) + min(7)", NULL) == 12);
	ck_assert(value_of("ceil(2.1) + floor(2.9)", NULL) == 5);
	ck_assert(value_of("ceil(10 / 3) * 2", NULL) == 8);
	/* names: the same one twice is one name, columns of first use */
	gac_expr x;
	gac_xerr e;
	ck_assert(gac_expr_parse(&x, "users * workloads.chat-bot.input_tokens + users", &e));
	ck_assert_uint_eq(x.name_count, 2);
	ck_assert_str_eq(x.names[0], "users");
	ck_assert_str_eq(x.names[1], "workloads.chat-bot.input_tokens");
	ck_assert_uint_eq(x.name_col[0], 1);
	ck_assert_uint_eq(x.name_col[1], 9);
	double vals[] = {3, 1000}, v;
	unsigned col;
	ck_assert(gac_expr_eval(&v, &x, vals, &col));
	ck_assert(v == 3003);
	gac_expr y;
	ck_assert(gac_expr_copy(&y, &x));
	gac_expr_free(&x);
	ck_assert(gac_expr_eval(&v, &y, vals, &col) && v == 3003);
	ck_assert_str_eq(y.text, "users * workloads.chat-bot.input_tokens + users");
	gac_expr_free(&y);
}
END_TEST

/* The derivative of `text` at vals when the names move by dvals. */
static double slope_of(const char *text, const double *vals, const double *dvals, double want_value)
{
	gac_expr x;
	gac_xerr e;
	ck_assert_msg(gac_expr_parse(&x, text, &e), "%s: col %u: %s", text, e.col, e.message);
	double v = NAN, d = NAN;
	unsigned col = 99;
	ck_assert_msg(gac_expr_tangent(&v, &d, &x, vals, dvals, &col), "%s: failed at %u", text, col);
	ck_assert_msg(v == want_value, "%s = %g, expected %g", text, v, want_value);
	gac_expr_free(&x);
	return d;
}

START_TEST(expr_tangent_by_hand)
{
	/* a = 3, b = 4 moving by 1 and 0 (d/da), then 0 and 1 (d/db) */
	const double vals[] = {3, 4}, da[] = {1, 0}, db[] = {0, 1};
	/* a b + 2a: d/da = b + 2 = 6, d/db = a = 3 */
	ck_assert(slope_of("a * b + 2 * a", vals, da, 18) == 6);
	ck_assert(slope_of("a * b + 2 * a", vals, db, 18) == 3);
	/* a / b: 1/b = 0.25; -a/b^2 = -3/16 */
	ck_assert(slope_of("a / b", vals, da, 0.75) == 0.25);
	ck_assert(slope_of("a / b", vals, db, 0.75) == -3.0 / 16);
	/* -(a - b) = b - a: -1 and 1 */
	ck_assert(slope_of("-(a - b)", vals, da, 1) == -1);
	ck_assert(slope_of("-(a - b)", vals, db, 1) == 1);
	/* min and max follow the value they pick: min(a, b) is a, max is b */
	ck_assert(slope_of("min(a, b) * 10", vals, da, 30) == 10);
	ck_assert(slope_of("min(a, b) * 10", vals, db, 30) == 0);
	ck_assert(slope_of("max(a, b, 1)", vals, db, 4) == 1);
	/* ceil and floor are flat between their steps */
	ck_assert(slope_of("ceil(a / b) + a", vals, da, 4) == 1);
	/* a constant has none */
	ck_assert(slope_of("2k", vals, da, 2000) == 0);
	/* the value is gac_expr_eval's */
	ck_assert(value_of("a / b", vals) == 0.75);
}
END_TEST

START_TEST(expr_errors_at_their_column)
{
	static const struct {
		const char *text;
		unsigned col;
		const char *msg;
	} bad[] = {
		{"2 +", 4, "expected a number, a name or '(' before the end"},
		{"2 + * 3", 5, "expected a number, a name or '(' here"},
		{"(1 + 2", 7, "expected ')' before the end"},
		{"1 2", 3, "expected an operator (+ - * /) here"},
		{"1 + 2)", 6, "')' without its '('"},
		{"sqrt(4)", 1, "unknown function 'sqrt' (there are min, max, ceil and floor)"},
		{"ceil(1, 2)", 1, "ceil takes one argument (got 2)"},
		{"min(1 2)", 7, "expected ',' or ')' here"},
		{"3 * 12x", 5, "'12x' is not a number"},
		{"", 1, "expected a number, a name or '(' before the end"},
		{"a # b", 3, "expected an operator"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		gac_expr x;
		gac_xerr e;
		ck_assert_msg(!gac_expr_parse(&x, bad[i].text, &e), "'%s' parsed", bad[i].text);
		ck_assert_msg(e.col == bad[i].col, "'%s': col %u, expected %u (%s)", bad[i].text, e.col, bad[i].col,
		              e.message);
		ck_assert_msg(strstr(e.message, bad[i].msg), "'%s': '%s' lacks '%s'", bad[i].text, e.message, bad[i].msg);
	}
	/* nesting past 64 levels is refused, not a deep recursion */
	char deep[300];
	memset(deep, '(', 100);
	strcpy(deep + 100, "1");
	gac_expr x;
	gac_xerr e;
	ck_assert(!gac_expr_parse(&x, deep, &e));
	ck_assert_ptr_nonnull(strstr(e.message, "nested too deeply"));
	/* division by zero: at the '/' (column 7 of "a + 1 / (b - 2)" is '/') */
	ck_assert(gac_expr_parse(&x, "a + 1 / (b - 2)", &e));
	double vals[] = {1, 2}, v;
	unsigned col = 0;
	ck_assert(!gac_expr_eval(&v, &x, vals, &col));
	ck_assert_uint_eq(col, 7);
	vals[1] = 4;
	ck_assert(gac_expr_eval(&v, &x, vals, &col) && v == 1.5);
	gac_expr_free(&x);
}
END_TEST

START_TEST(expr_intervals)
{
	gac_expr x;
	gac_xerr e;
	ck_assert(gac_expr_parse(&x, "1 / (x - 2)", &e));
	double lo[1], hi[1], a, b;
	unsigned col = 0;
	/* x in [1, 3]: x - 2 in [-1, 1] holds 0 */
	lo[0] = 1, hi[0] = 3;
	ck_assert(!gac_expr_interval(&a, &b, &x, lo, hi, &col));
	ck_assert_uint_eq(col, 3);
	/* x in [3, 5]: 1 / [1, 3] = [1/3, 1] */
	lo[0] = 3, hi[0] = 5;
	ck_assert(gac_expr_interval(&a, &b, &x, lo, hi, &col));
	ck_assert(a == 1.0 / 3 && b == 1);
	gac_expr_free(&x);
	/* products over signs and an open end: [-2, 3] * [4, inf) = (-inf, inf);
	 * 0 * inf counts as 0: [0, 1] * [2, inf) = [0, inf) */
	ck_assert(gac_expr_parse(&x, "p * q", &e));
	double l2[] = {-2, 4}, h2[] = {3, INFINITY};
	ck_assert(gac_expr_interval(&a, &b, &x, l2, h2, &col));
	ck_assert(a == -INFINITY && b == INFINITY);
	double l3[] = {0, 2}, h3[] = {1, INFINITY};
	ck_assert(gac_expr_interval(&a, &b, &x, l3, h3, &col));
	ck_assert(a == 0 && b == INFINITY);
	gac_expr_free(&x);
	/* a lognormal's support starts above 0: a divisor drawn from it is safe */
	ck_assert(gac_expr_parse(&x, "100 / max(p, q)", &e));
	double l4[] = {-5, 1}, h4[] = {5, 2};
	ck_assert(gac_expr_interval(&a, &b, &x, l4, h4, &col));   /* max in [1, 5] */
	ck_assert(a == 20 && b == 100);
	gac_expr_free(&x);
}
END_TEST

START_TEST(expr_render_with_values)
{
	static const struct {
		const char *text;
		const char *shown;
	} cases[] = {
		{"a - (b - c)", "10 − (4 − 1)"},
		{"(a - b) - c", "10 − 4 − 1"},
		{"a / (b * c)", "10 ÷ (4 × 1)"},
		{"(a + b) * c", "(10 + 4) × 1"},
		{"-(a + b)", "−(10 + 4)"},
		{"ceil(a / 3) + min(b, c, 2k)", "ceil(10 ÷ 3) + min(4, 1, 2000)"},
	};
	double vals[] = {10, 4, 1};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		gac_expr x;
		gac_xerr e;
		ck_assert(gac_expr_parse(&x, cases[i].text, &e));
		gac_buf b = {0};
		ck_assert(gac_expr_render(&b, &x, vals));
		ck_assert_str_eq(b.data, cases[i].shown);
		gac_buf_free(&b);
		gac_expr_free(&x);
	}
}
END_TEST

Suite *suite_expr(void)
{
	Suite *s = suite_create("expr");
	TCase *t = tcase_create("expr");
	tcase_add_test(t, expr_precedence_numbers_functions);
	tcase_add_test(t, expr_tangent_by_hand);
	tcase_add_test(t, expr_errors_at_their_column);
	tcase_add_test(t, expr_intervals);
	tcase_add_test(t, expr_render_with_values);
	suite_add_tcase(s, t);
	return s;
}

/* gac_parse_number(): the strict, locale-independent number grammar. */
#include "tests.h"

#include "internal.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ALL_FLAGS (GAC_NUM_SUFFIX | GAC_NUM_PERCENT | GAC_NUM_NONNEG)

/* Parse `text` and require GAC_OK and exactly `want`. */
static void expect_value(const char *text, unsigned flags, double want)
{
	double v = -12345.0;
	gac_status st = gac_parse_number(&v, text, flags);
	ck_assert_msg(st == GAC_OK, "'%s' (flags %u): status %d (%s), expected GAC_OK", text, flags,
	              (int)st, gac_strerror(st));
	ck_assert_msg(v == want, "'%s' (flags %u) = %.17g, expected %.17g", text, flags, v, want);
}

/* Parse `text` and require status `want`, leaving the output untouched. */
static void expect_status(const char *text, unsigned flags, gac_status want)
{
	double v = -12345.0;
	gac_status st = gac_parse_number(&v, text, flags);
	ck_assert_msg(st == want, "'%s' (flags %u): status %d (%s), expected %d (%s)", text, flags,
	              (int)st, gac_strerror(st), (int)want, gac_strerror(want));
	ck_assert_msg(v == -12345.0, "'%s': output changed to %.17g on error", text, v);
}

START_TEST(test_plain)
{
	expect_value("0", 0, 0.0);
	expect_value("42", 0, 42.0);
	expect_value("007", 0, 7.0);
	expect_value("-7", 0, -7.0);
	expect_value("+3", 0, 3.0);
	expect_value("3.25", 0, 3.25);
	expect_value("0.003", 0, 0.003);
	expect_value("0.0075", ALL_FLAGS, 0.0075);
	expect_value("1234567.891", 0, 1234567.891);
	expect_value("730", ALL_FLAGS, 730.0);
}
END_TEST

START_TEST(test_exponent)
{
	expect_value("3e6", 0, 3e6);
	expect_value("3E6", 0, 3e6);
	expect_value("1.5e3", 0, 1500.0);
	expect_value("2e-3", 0, 0.002);
	expect_value("-1e+2", 0, -100.0);
	expect_value("1e308", 0, 1e308);
	expect_status("1e", 0, GAC_EVALUE);
	expect_status("1e+", 0, GAC_EVALUE);
	expect_status("1e-", 0, GAC_EVALUE);
	expect_status("e5", 0, GAC_EVALUE);
	expect_status("1e5.5", 0, GAC_EVALUE);
}
END_TEST

START_TEST(test_separators)
{
	expect_value("1_000_000", 0, 1e6);
	expect_value("1_000", ALL_FLAGS, 1000.0);
	expect_value("+1_000", 0, 1000.0);
	expect_value("-1_5", 0, -15.0);
	expect_value("1_000.000_5", 0, 1000.0005);
	expect_value("2_500k", GAC_NUM_SUFFIX, 2.5e6);
	/* '_' only between two digits */
	expect_status("_1", 0, GAC_EVALUE);
	expect_status("1__0", 0, GAC_EVALUE);
	expect_status("1_", 0, GAC_EVALUE);
	expect_status("_", 0, GAC_EVALUE);
	expect_status("-_1", 0, GAC_EVALUE);
	expect_status("1_.5", 0, GAC_EVALUE);
	expect_status("1._5", 0, GAC_EVALUE);
	expect_status("1.5_", 0, GAC_EVALUE);
	expect_status("1e1_0", 0, GAC_EVALUE);
	expect_status("1_k", GAC_NUM_SUFFIX, GAC_EVALUE);
	expect_status("1_%", GAC_NUM_PERCENT, GAC_EVALUE);
}
END_TEST

START_TEST(test_suffix)
{
	expect_value("2k", GAC_NUM_SUFFIX, 2000.0);
	expect_value("2K", GAC_NUM_SUFFIX, 2000.0);
	expect_value("2.5M", GAC_NUM_SUFFIX, 2.5e6);
	expect_value("3B", GAC_NUM_SUFFIX, 3e9);
	expect_value("1.5k", GAC_NUM_SUFFIX, 1500.0);
	expect_value("1e3k", GAC_NUM_SUFFIX, 1e6);
	expect_value("0M", GAC_NUM_SUFFIX, 0.0);
	expect_value("2M", ALL_FLAGS, 2e6);
	/* without the flag a suffix is trailing garbage */
	expect_status("2k", 0, GAC_EVALUE);
	expect_status("2K", GAC_NUM_PERCENT | GAC_NUM_NONNEG, GAC_EVALUE);
	expect_status("2M", 0, GAC_EVALUE);
	expect_status("3B", GAC_NUM_PERCENT, GAC_EVALUE);
	/* only k, K, M, B, once, right after the number */
	expect_status("2m", GAC_NUM_SUFFIX, GAC_EVALUE);
	expect_status("2b", GAC_NUM_SUFFIX, GAC_EVALUE);
	expect_status("2G", GAC_NUM_SUFFIX, GAC_EVALUE);
	expect_status("2KB", GAC_NUM_SUFFIX, GAC_EVALUE);
	expect_status("2kk", GAC_NUM_SUFFIX, GAC_EVALUE);
	expect_status("2 k", GAC_NUM_SUFFIX, GAC_EVALUE);
	expect_status("k", GAC_NUM_SUFFIX, GAC_EVALUE);
	expect_status("M", GAC_NUM_SUFFIX, GAC_EVALUE);
	expect_status("50%", GAC_NUM_SUFFIX, GAC_EVALUE);
}
END_TEST

START_TEST(test_percent)
{
	double v = 0;
	ck_assert_int_eq(gac_parse_number(&v, "50%", GAC_NUM_PERCENT), GAC_OK);
	ck_assert(v == 0.5); /* exactly: divided by 100, not multiplied by 0.01 */
	expect_value("50%", ALL_FLAGS, 0.5);
	expect_value("12.5%", GAC_NUM_PERCENT, 0.125);
	expect_value("100%", GAC_NUM_PERCENT, 1.0);
	expect_value("0%", GAC_NUM_PERCENT, 0.0);
	expect_value("1%", GAC_NUM_PERCENT, 0.01);
	expect_value("5%", GAC_NUM_PERCENT, 0.05);
	expect_value("150%", GAC_NUM_PERCENT, 1.5);
	expect_value("-20%", GAC_NUM_PERCENT, -0.2);
	expect_value("0.5", GAC_NUM_PERCENT, 0.5);
	/* % needs the flag, and a number before it */
	expect_status("50%", 0, GAC_EVALUE);
	expect_status("50%", GAC_NUM_NONNEG, GAC_EVALUE);
	expect_status("%", GAC_NUM_PERCENT, GAC_EVALUE);
	expect_status("50%%", GAC_NUM_PERCENT, GAC_EVALUE);
	expect_status("50 %", GAC_NUM_PERCENT, GAC_EVALUE);
	expect_status("%50", GAC_NUM_PERCENT, GAC_EVALUE);
	expect_status("50k%", ALL_FLAGS, GAC_EVALUE);
	expect_status("2k", GAC_NUM_PERCENT, GAC_EVALUE);
}
END_TEST

START_TEST(test_nonfinite_rejected)
{
	static const char *const bad[] = {
		"NaN", "nan", "NAN", "-nan", "inf", "Inf", "INF", "-inf", "+inf", "Infinity",
		"infinity", "-Infinity", ".nan", ".NaN", ".inf", "-.inf", "nan(1)", "0x1p3", "0x10",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		expect_status(bad[i], 0, GAC_EVALUE);
		expect_status(bad[i], ALL_FLAGS, GAC_EVALUE);
	}
}
END_TEST

START_TEST(test_malformed_rejected)
{
	static const char *const bad[] = {
		"", " ", " 1", "1 ", "\t1", "1\t", "1\n", "1x", "x1", "1.2.3", "1..2", "--1", "+-1",
		"-", "+", ".", "-.", "1,5", "1,000", "1 000", "one", "1e3e3", "true", "~",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		expect_status(bad[i], 0, GAC_EVALUE);
		expect_status(bad[i], ALL_FLAGS, GAC_EVALUE);
	}
}
END_TEST

START_TEST(test_overflow)
{
	expect_status("1e999", 0, GAC_ERANGE);
	expect_status("1e999", ALL_FLAGS, GAC_ERANGE);
	expect_status("-1e999", 0, GAC_ERANGE);
	expect_status("1.8e308", 0, GAC_ERANGE);
	expect_status("1e300B", GAC_NUM_SUFFIX, GAC_ERANGE);
	expect_value("1e300k", GAC_NUM_SUFFIX, 1e303);
}
END_TEST

START_TEST(test_nonneg)
{
	expect_status("-1", GAC_NUM_NONNEG, GAC_EVALUE);
	expect_status("-0.001", GAC_NUM_NONNEG, GAC_EVALUE);
	expect_status("-2k", GAC_NUM_SUFFIX | GAC_NUM_NONNEG, GAC_EVALUE);
	expect_status("-5%", GAC_NUM_PERCENT | GAC_NUM_NONNEG, GAC_EVALUE);
	expect_status("-1e-300", GAC_NUM_NONNEG, GAC_EVALUE);
	expect_value("-1", 0, -1.0);
	expect_value("0", GAC_NUM_NONNEG, 0.0);
	expect_value("+5", GAC_NUM_NONNEG, 5.0);
	/* -0 is zero, not negative, and comes back without its sign */
	double v = 1;
	ck_assert_int_eq(gac_parse_number(&v, "-0", GAC_NUM_NONNEG), GAC_OK);
	ck_assert(v == 0.0);
	ck_assert(!signbit(v));
	ck_assert_int_eq(gac_parse_number(&v, "-0.0e5", 0), GAC_OK);
	ck_assert(v == 0.0 && !signbit(v));
}
END_TEST

START_TEST(test_bad_arguments)
{
	double v = 7.0;
	ck_assert_int_eq(gac_parse_number(NULL, "1", 0), GAC_EARG);
	ck_assert_int_eq(gac_parse_number(&v, NULL, 0), GAC_EARG);
	ck_assert(v == 7.0);
}
END_TEST

START_TEST(test_locale_independent)
{
	const char *loc = setlocale(LC_ALL, "de_DE.UTF-8");
	if (!loc)
		loc = setlocale(LC_ALL, "de_DE.utf8");
	if (loc) {
		/* the German locale writes 1,5: the parser must not care */
		ck_assert_str_eq(localeconv()->decimal_point, ",");
		double v = 0;
		gac_status st = gac_parse_number(&v, "1.5", 0);
		gac_status st2 = gac_parse_number(&v, "1,5", 0);
		double pct = 0, big = 0;
		gac_status st3 = gac_parse_number(&pct, "12.5%", GAC_NUM_PERCENT);
		gac_status st4 = gac_parse_number(&big, "1_000.25k", GAC_NUM_SUFFIX);
		setlocale(LC_ALL, "C");
		ck_assert_int_eq(st, GAC_OK);
		ck_assert(v == 1.5);
		ck_assert_int_eq(st2, GAC_EVALUE);
		ck_assert_int_eq(st3, GAC_OK);
		ck_assert(pct == 0.125);
		ck_assert_int_eq(st4, GAC_OK);
		ck_assert(big == 1000250.0);
	} else {
		setlocale(LC_ALL, "C");
	}
	/* and in the C locale as well */
	expect_value("1.5", 0, 1.5);
}
END_TEST

/* gac_buf_exact: the shortest text that reads back as the same double,
 * %.15g-style; the integer fast path must print what %.15g would. */
static void expect_exact(double v, const char *want)
{
	gac_buf b = {0};
	gac_buf_exact(&b, v);
	char *got = gac_buf_take(&b);
	ck_assert_ptr_nonnull(got);
	ck_assert_msg(!strcmp(got, want), "%.17g printed '%s', expected '%s'", v, got, want);
	free(got);
}

START_TEST(test_exact_text)
{
	expect_exact(961.75, "961.75");
	expect_exact(0.1, "0.1");
	expect_exact(0.05, "0.05");
	expect_exact(0.0001, "0.0001");
	expect_exact(-12.5, "-12.5");
	expect_exact(100000, "100000");
	expect_exact(7, "7");
	expect_exact(0.1 + 0.2, "0.30000000000000004");
	expect_exact(1.0 / 3.0, "0.3333333333333333");
	expect_exact(999999999999999.0, "999999999999999");
	expect_exact(123456789.125, "123456789.125");
	expect_exact(1e15, "1000000000000000");
	expect_exact(0, "0");
	/* every k-decimal figure from the fast path against %.15g/%.16g/%.17g */
	for (int i = 1; i < 20000; i++) {
		double v = i * 0.37 + (i % 100) / 100.0, r = 0;
		char want[64];
		for (int p = 15; p <= 17; p++) {
			snprintf(want, sizeof want, "%.*g", p, v);
			if ((r = strtod(want, NULL)) == v)
				break;
		}
		ck_assert(r == v);
		expect_exact(v, want);
	}
}
END_TEST

Suite *suite_number(void)
{
	Suite *s = suite_create("number");
	TCase *tc = tcase_create("parse");
	tcase_add_test(tc, test_plain);
	tcase_add_test(tc, test_exponent);
	tcase_add_test(tc, test_separators);
	tcase_add_test(tc, test_suffix);
	tcase_add_test(tc, test_percent);
	tcase_add_test(tc, test_nonfinite_rejected);
	tcase_add_test(tc, test_malformed_rejected);
	tcase_add_test(tc, test_overflow);
	tcase_add_test(tc, test_nonneg);
	tcase_add_test(tc, test_bad_arguments);
	tcase_add_test(tc, test_locale_independent);
	tcase_add_test(tc, test_exact_text);
	suite_add_tcase(s, tc);
	return s;
}

/* Shared declarations of the Check test suites: one suite per module. */
#ifndef GAC_TESTS_H
#define GAC_TESTS_H

#include <check.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "genaicost.h"

Suite *suite_error(void);
Suite *suite_number(void);
Suite *suite_yaml(void);
Suite *suite_sheet(void);
Suite *suite_scenario(void);
Suite *suite_params(void);
Suite *suite_cost(void);
Suite *suite_report(void);
Suite *suite_cli(void);
Suite *suite_options(void);
Suite *suite_topology(void);
Suite *suite_custom(void);
Suite *suite_breakeven(void);
Suite *suite_sweep(void);
Suite *suite_sensitivity(void);
Suite *suite_forecast(void);
Suite *suite_simulate(void);
Suite *suite_rank(void);
Suite *suite_aws_examples(void);
Suite *suite_focus(void);
Suite *suite_check(void);
Suite *suite_csv(void);
Suite *suite_lines(void);
Suite *suite_expr(void);
Suite *suite_drivers(void);
Suite *suite_plan(void);
Suite *suite_access(void);
Suite *suite_report_inputs(void);
Suite *suite_datadir(void);
Suite *suite_abi(void);
Suite *suite_offer(void);
Suite *suite_overrides(void);
Suite *suite_calibrate(void);
Suite *suite_chart(void);
Suite *suite_bill(void);
Suite *suite_report_xlsx(void);
Suite *suite_report_html(void);

/* Relative comparison with an explicit tolerance (as GSL's gsl_test_rel). */
#define ck_assert_rel(got, want, tol)                                                        \
	do {                                                                                     \
		double g_ = (got), w_ = (want);                                                      \
		double d_ = w_ == 0 ? fabs(g_) : fabs(g_ - w_) / fabs(w_);                            \
		ck_assert_msg(d_ <= (tol), "%s = %.17g, expected %.17g (rel. error %.3g > %.3g)", #got, \
		              g_, w_, d_, (double)(tol));                                             \
	} while (0)

/* Path of a file in the source tree (GAC_TEST_ROOT); static buffer. */
const char *test_path(const char *rel);

/* Test text: `base` with the first `from` replaced by `to`; caller frees. */
static inline char *edit(const char *base, const char *from, const char *to)
{
	const char *at = strstr(base, from);
	ck_assert_msg(at != NULL, "'%s' not in the text", from);
	size_t n = strlen(base) - strlen(from) + strlen(to) + 1;
	char *out = malloc(n);
	ck_assert_ptr_nonnull(out);
	size_t pre = (size_t)(at - base);
	memcpy(out, base, pre);
	strcpy(out + pre, to);
	strcat(out, at + strlen(from));
	return out;
}

#endif

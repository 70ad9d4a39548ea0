/* Runs every suite; `make unit-test`.  CK_FORK=no under valgrind. */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>

const char *test_path(const char *rel)
{
	static char buf[4096];
	const char *root = getenv("GAC_TEST_ROOT");
	snprintf(buf, sizeof buf, "%s/%s", root ? root : ".", rel);
	return buf;
}

int main(void)
{
	SRunner *sr = srunner_create(suite_error());
	srunner_add_suite(sr, suite_number());
	srunner_add_suite(sr, suite_yaml());
	srunner_add_suite(sr, suite_sheet());
	srunner_add_suite(sr, suite_scenario());
	srunner_add_suite(sr, suite_params());
	srunner_add_suite(sr, suite_cost());
	srunner_add_suite(sr, suite_report());
	srunner_add_suite(sr, suite_options());
	srunner_add_suite(sr, suite_topology());
	srunner_add_suite(sr, suite_custom());
	srunner_add_suite(sr, suite_breakeven());
	srunner_add_suite(sr, suite_sweep());
	srunner_add_suite(sr, suite_sensitivity());
	srunner_add_suite(sr, suite_forecast());
	srunner_add_suite(sr, suite_rank());
	srunner_add_suite(sr, suite_simulate());
	srunner_add_suite(sr, suite_aws_examples());
	srunner_add_suite(sr, suite_focus());
	srunner_add_suite(sr, suite_check());
	srunner_add_suite(sr, suite_cli());
	srunner_add_suite(sr, suite_csv());
	srunner_add_suite(sr, suite_lines());
	srunner_add_suite(sr, suite_expr());
	srunner_add_suite(sr, suite_drivers());
	srunner_add_suite(sr, suite_plan());
	srunner_add_suite(sr, suite_access());
	srunner_add_suite(sr, suite_report_inputs());
	srunner_add_suite(sr, suite_datadir());
	srunner_add_suite(sr, suite_abi());
	srunner_add_suite(sr, suite_offer());
	srunner_add_suite(sr, suite_overrides());
	srunner_add_suite(sr, suite_calibrate());
	srunner_add_suite(sr, suite_bill());
	srunner_add_suite(sr, suite_chart());
	srunner_add_suite(sr, suite_report_xlsx());
	srunner_add_suite(sr, suite_report_html());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

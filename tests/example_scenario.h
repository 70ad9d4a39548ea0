/* The example scenario of issue 1, verbatim, with its line numbers, and
 * the helpers that load and edit it: the fixture of the scenario and
 * parameter-path suites (test_scenario.c, test_params.c). */
#ifndef GAC_TEST_EXAMPLE_SCENARIO_H
#define GAC_TEST_EXAMPLE_SCENARIO_H

#include <stdlib.h>
#include <string.h>

#include "tests.h"

static const char example[] =
	"genaicost: scenario/1\n"                                  /* 1 */
	"name: support-chatbot\n"                                  /* 2 */
	"pricing: aws-bedrock\n"                                   /* 3 */
	"region: us-east-1\n"                                      /* 4 */
	"hours_per_month: 730\n"                                   /* 5 */
	"workloads:\n"                                             /* 6 */
	"  - name: chat\n"                                         /* 7 */
	"    model: anthropic.claude-3-5-sonnet-20241022-v2:0\n"   /* 8 */
	"    requests_per_month: 2M\n"                             /* 9 */
	"    input_tokens: 1500\n"                                 /* 10 */
	"    output_tokens: 400\n"                                 /* 11 */
	"    cache_read_fraction: 0.5\n"                           /* 12 */
	"    cache_write_fraction: 0.05\n"                         /* 13 */
	"    response_cache_hit_rate: 0.1\n"                       /* 14 */
	"    batch_fraction: 0.2\n"                                /* 15 */
	"deployment:\n"                                            /* 16 */
	"  mode: on-demand\n"                                      /* 17 */
	"  commitment: none\n"                                     /* 18 */
	"  model_units: 1\n";                                      /* 19 */

#define W "workloads.chat."
#define SONNET "anthropic.claude-3-5-sonnet-20241022-v2:0"

static gac_scenario *load_ok(const char *text)
{
	gac_scenario *s = NULL;
	gac_error err;
	gac_status st = gac_scenario_load_buffer(&s, text, strlen(text), "scenario.yaml", &err);
	ck_assert_msg(st == GAC_OK, "load failed: %s at %u:%u: %s", gac_strerror(st), err.line,
	              err.column, err.message);
	ck_assert_ptr_nonnull(s);
	return s;
}

#endif

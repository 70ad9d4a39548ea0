#define _DEFAULT_SOURCE /* scandir */
/* The evaluation plan (lib/plan.c, recorded by lib/cost.c): the plan of
 * every example and option prices the scenario exactly as the engine
 * does, and so do 10,000 random perturbations of its inputs; where a
 * perturbation breaks a branch the engine took, the plan says so and the
 * engine prices the trial.  Figures by hand for a small scenario. */
#include "tests.h"
#include "internal.h"
#include "plan.h"

#include <dirent.h>
#include <gsl/gsl_rng.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Perturbations of every option: the 10,000, or
 * GAC_TEST_PERTURBATIONS (valgrind and the sanitizer pass of .ci/run run
 * fewer: they look for memory errors, which the first hundreds of trials
 * of each option already walk, and make check runs all 10,000). */
static int perturbations(void)
{
	const char *v = getenv("GAC_TEST_PERTURBATIONS");
	int n = v ? atoi(v) : 0;
	return n > 0 && n < 10000 ? n : 10000;
}

static gac_sheet *bedrock(void)
{
	gac_sheet *sh = NULL;
	gac_error e;
	ck_assert_msg(gac_sheet_load_file(&sh, test_path("pricing/aws-bedrock.yaml"), &e) == GAC_OK, "%s", e.message);
	return sh;
}

/* 1M requests a month of 1,000 input and 200 output tokens on Nova Lite
 * ($0.00006 and $0.00024 per 1K tokens in us-east-1), 30 % of the input
 * read from the prompt cache ($0.000015 per 1K):
 *   input       1M × 1,000 × (1 − 0.3) = 700M tokens ÷ 1K × 0.00006  = $42
 *   cache read  1M × 1,000 × 0.3       = 300M tokens ÷ 1K × 0.000015 = $4.5
 *   output      1M × 200               = 200M tokens ÷ 1K × 0.00024  = $48
 *   total $94.5; at 2M requests and 500 output tokens:
 *   $84 + $9 + 2M × 500 = 1,000M ÷ 1K × 0.00024 = $240 -> $333 */
static const char small[] = "genaicost: scenario/1\n"
                            "name: small\n"
                            "region: us-east-1\n"
                            "workloads:\n"
                            "  - name: chat\n"
                            "    model: amazon.nova-lite-v1:0\n"
                            "    requests_per_month: 1M\n"
                            "    input_tokens: 1000\n"
                            "    output_tokens: 200\n"
                            "    cache_read_fraction: 0.3\n"
                            "    cache_write_fraction: 0\n";

START_TEST(plan_by_hand)
{
	gac_error e;
	gac_sheet *sh = bedrock();
	gac_scenario *s = NULL;
	ck_assert(gac_scenario_load_buffer(&s, small, strlen(small), "small.yaml", &e) == GAC_OK);
	gac_plan *p = NULL;
	ck_assert_msg(gac_plan_compile(&p, s, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert(gac_plan_ok(p));
	ck_assert_uint_eq(gac_plan_line_count(p), 3);
	double total = 0, list = 0;
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(gac_plan_line_amount(p, 0), 42.0, 42.0 * 1e-12);
	ck_assert_double_eq_tol(gac_plan_line_amount(p, 1), 4.5, 4.5 * 1e-12);
	ck_assert_double_eq_tol(gac_plan_line_amount(p, 2), 48.0, 48.0 * 1e-12);
	ck_assert_double_eq_tol(total, 94.5, 94.5 * 1e-12);
	ck_assert(list == total);  /* no negotiated prices */
	/* new numbers, the same plan */
	ck_assert(gac_scenario_set_number(s, "workloads.chat.requests_per_month", 2e6, &e) == GAC_OK);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.output_tokens", 500, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(total, 333.0, 333.0 * 1e-12);
	/* told that only those two move, the plan folds the rest into its
	 * constants: a shorter program, the same figures */
	gac_plan *q = NULL;
	ck_assert(gac_plan_compile(&q, s, sh, &e) == GAC_OK);
	size_t before = gac_plan_program_size(q, NULL);
	const double *moving[] = {&s->workloads[0].v[GAC_W_REQUESTS_PER_MONTH], &s->workloads[0].v[GAC_W_OUTPUT_TOKENS]};
	ck_assert(gac_plan_trust(q, moving, 2));
	ck_assert_uint_lt(gac_plan_program_size(q, NULL), before);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.requests_per_month", 1e6, &e) == GAC_OK);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.output_tokens", 200, &e) == GAC_OK);
	ck_assert(gac_plan_eval(q, &total, &list));
	ck_assert_double_eq_tol(total, 94.5, 94.5 * 1e-12);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.requests_per_month", 2e6, &e) == GAC_OK);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.output_tokens", 500, &e) == GAC_OK);
	ck_assert(gac_plan_eval(q, &total, &list));
	ck_assert_double_eq_tol(total, 333.0, 333.0 * 1e-12);
	/* a slot it does not follow cannot move: refused, the plan unchanged */
	const double *image = &s->workloads[0].v[GAC_W_IMAGE_STEPS];
	ck_assert(!gac_plan_trust(p, &image, 1));
	gac_plan_free(q);
	/* a branch the engine took: the cache fractions' sum above 1 is an
	 * error, which the plan leaves to the engine */
	ck_assert(gac_scenario_set_number(s, "workloads.chat.cache_write_fraction", 0.8, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	ck_assert(gac_estimate_total(&total, s, sh, &e) == GAC_EVALUE);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.cache_write_fraction", 0, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &total, &list));
	/* a number in no formula is frozen: here hours_per_month, which a
	 * monthly request rate does not read (a mode or a tier is another) */
	ck_assert(gac_scenario_set_number(s, "hours_per_month", 720, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	gac_plan_free(p);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

/* --explain prints each line's arithmetic from the plan: the fields by
 * name with the scenario's numbers, a share of 0 and a factor of 1 left
 * out (cache_write_fraction: 0), the days of a daily rate as
 * hours_per_month ÷ 24.  By hand, on small (above) plus a daily workload:
 *   input   1,000,000 × 1,000 × (1 − 0.3) = 700,000,000 ÷ 1,000 × 0.00006 = $42
 *   daily   24,000 × (730 ÷ 24 = 30.416… days) = 730,000 requests
 *           × 200 output = 146,000,000 tokens ÷ 1,000 × 0.00024 = $35.04
 * and the plan, evaluated again, gives the engine's total. */
START_TEST(plan_formulas_by_hand)
{
	static const char daily[] = "  - name: daily\n"
	                            "    model: amazon.nova-lite-v1:0\n"
	                            "    requests_per_day: 24000\n"
	                            "    input_tokens: 0\n"
	                            "    output_tokens: 200\n";
	char text[1024];
	snprintf(text, sizeof text, "%s%s", small, daily);
	gac_error e;
	gac_sheet *sh = bedrock();
	gac_scenario *s = NULL;
	ck_assert(gac_scenario_load_buffer(&s, text, strlen(text), "small.yaml", &e) == GAC_OK);
	gac_result *r = NULL;
	ck_assert_msg(gac_estimate(&r, s, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert_uint_eq(gac_result_line_count(r), 4);
	ck_assert_str_eq(gac_result_line(r, 0)->formula,
	                 "1000000 requests_per_month × 1000 input_tokens × (1 − 0.3 cache_read_fraction) = 700000000 "
	                 "tokens ÷ 1000 = 700000 1K tokens × 0.00006 USD = 42 USD");
	ck_assert_str_eq(gac_result_line(r, 2)->formula,
	                 "1000000 requests_per_month × 200 output_tokens = 200000000 tokens ÷ 1000 = 200000 1K tokens × "
	                 "0.00024 USD = 48 USD");
	const gac_line *d = gac_result_line(r, 3);
	ck_assert_str_eq(d->workload, "daily");
	ck_assert_ptr_nonnull(strstr(d->formula, "24000 requests_per_day × (730 hours_per_month ÷ 24 = 30.41666666666"));
	ck_assert_ptr_nonnull(strstr(d->formula, " days) × 200 output_tokens = 146000000 tokens ÷ 1000 = 146000 1K tokens"));
	ck_assert_double_eq_tol(d->cost, 35.04, 35.04 * 1e-12);
	size_t lines = 0, opaque = 9, guards = 0;
	double total = 0;
	ck_assert(gac_result_plan(r, &lines, &opaque, &guards, &total));
	ck_assert_uint_eq(lines, 4);
	ck_assert_uint_eq(opaque, 0);
	ck_assert_uint_gt(guards, 0);
	ck_assert(total == gac_result_total(r));  /* to the last bit */
	ck_assert_double_eq_tol(total, 42 + 4.5 + 48 + 35.04, 1e-9);
	gac_result_free(r);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

/* A formula reads left to right to its figure: a product or sum on the
 * right of another is bare only where reading it so gives the same
 * double.  By hand: 0.1 × (0.2 × 0.3) = 0.006 but 0.1 × 0.2 × 0.3 =
 * 0.006000000000000001; 0.1 + (0.2 + 0.3) = 0.6 but 0.1 + 0.2 + 0.3 =
 * 0.6000000000000001; 2 × (3 × 4) and 1 + (2 − 3) read bare to the same
 * 24 and 0.  A brief note prints the value alone: 0.5 ÷ (4 × 0.25 = 1
 * peak) is "0.5 ÷ 1 peak". */
START_TEST(plan_render_reads_left_to_right)
{
	gac_error e;
	gac_scenario *s = NULL;
	ck_assert(gac_scenario_load_buffer(&s, small, strlen(small), "small.yaml", &e) == GAC_OK);
	gac_plan *p = NULL;
	ck_assert(gac_plan_begin(&p, s) == GAC_OK);
	static const struct {
		int op, inner;
		double a, b, c;
		const char *text;
		double value;
	} cases[] = {
		{GAC_PN_MUL, GAC_PN_MUL, 0.1, 0.2, 0.3, "0.1 × (0.2 × 0.3)", 0.006},
		{GAC_PN_MUL, GAC_PN_MUL, 2, 3, 4, "2 × 3 × 4", 24},
		{GAC_PN_ADD, GAC_PN_ADD, 0.1, 0.2, 0.3, "0.1 + (0.2 + 0.3)", 0.6},
		{GAC_PN_ADD, GAC_PN_SUB, 1, 2, 3, "1 + 2 − 3", 0},
		{GAC_PN_SUB, GAC_PN_SUB, 1, 2, 3, "1 − (2 − 3)", 2},
		{GAC_PN_MUL, GAC_PN_DIV, 2, 3, 4, "2 × (3 ÷ 4)", 1.5},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		int right = gac_pn_op(p, cases[i].inner, gac_pn_const(p, cases[i].b), gac_pn_const(p, cases[i].c));
		int node = gac_pn_op(p, cases[i].op, gac_pn_const(p, cases[i].a), right);
		gac_buf b = {0};
		double v = NAN;
		ck_assert(gac_plan_render(&b, &v, p, node, NULL));
		ck_assert_str_eq(b.data, cases[i].text);
		ck_assert_msg(v == cases[i].value, "%s: %.17g", cases[i].text, v);
		gac_buf_free(&b);
	}
	/* bare, 0.1 × 0.2 × 0.3 would read to another double */
	volatile double x = 0.1, y = 0.2, z = 0.3;
	ck_assert(x * y * z != x * (y * z));
	int peak = gac_pn_op(p, GAC_PN_MUL, gac_pn_const(p, 4), gac_pn_const(p, 0.25));
	gac_pn_note_brief(p, peak, "peak");
	int q = gac_pn_op(p, GAC_PN_DIV, gac_pn_const(p, 0.5), peak);
	gac_buf b = {0};
	double v = NAN;
	ck_assert(gac_plan_render(&b, &v, p, q, NULL));
	ck_assert_str_eq(b.data, "0.5 ÷ 1 peak");
	ck_assert(v == 0.5);
	gac_buf_free(&b);
	gac_plan_free(p);
	gac_scenario_free(s);
}
END_TEST

/* The overflow lines of examples/mixed-deployment.yaml (4 model units, the
 * peak needing 8, the rest on demand) printed from the plan: the share
 * 1 − 4 × 200,000 ÷ 1,440,000 = 0.4444444444444444 × the requests 40/s ×
 * 3,600 × 10 h × 730 ÷ 24 days = 43,800,000 × 1,200 input tokens =
 * 23,359,999,999.999996 tokens (the engine's order); read bare, 0.444… ×
 * 40 × 3,600 × 10 × 30.416666666666668 × 1,200 = 23,360,000,000, so the
 * requests are in parentheses. */
START_TEST(plan_overflow_formulas)
{
	gac_error e;
	gac_sheet *sh = bedrock();
	gac_scenario *s = NULL;
	ck_assert_msg(gac_scenario_load_file(&s, test_path("examples/mixed-deployment.yaml"), &e) == GAC_OK, "%s",
	              e.message);
	gac_result *r = NULL;
	ck_assert_msg(gac_estimate(&r, s, sh, &e) == GAC_OK, "%s", e.message);
	const gac_line *in = NULL;
	for (size_t i = 0; i < gac_result_line_count(r); i++)
		if (!strcmp(gac_result_line(r, i)->component, "overflow input tokens (on demand)"))
			in = gac_result_line(r, i);
	ck_assert_ptr_nonnull(in);
	ck_assert_ptr_nonnull(strstr(in->formula, "(1 − 4 model units × 200000 output tokens/min per unit ÷ 1440000 peak "
	                                          "output tokens/min = 0.4444444444444444 overflow share) × (40 "
	                                          "requests_per_second × 3600 × 10 active_hours_per_day × (730 "
	                                          "hours_per_month ÷ 24 = 30.416666666666668 days)) × 1200 input_tokens = "
	                                          "23359999999.999996 tokens ÷ 1000 (at the on-demand rate; output binds"));
	volatile double share = 0.4444444444444444, days = 30.416666666666668;
	ck_assert(share * (40 * 3600.0 * 10 * days) * 1200 == 23359999999.999996);
	ck_assert(share * 40 * 3600.0 * 10 * days * 1200 == 23360000000.0);
	ck_assert(in->quantity == 23359999999.999996 / 1000);
	gac_result_free(r);
	gac_scenario_free(s);

	/* the Reserved tier's, on tests/data/good/tiers-sheet.yaml: 1M input
	 * tokens/min reserved, a peak of 54.75M × 1,000 ÷ 43,800 = 1,250,000:
	 * 1 − 1,000,000 ÷ 1,250,000 = 0.19999999999999996 × 54,750,000 ×
	 * 1,000 = 10,949,999,999.999998 tokens */
	gac_sheet_free(sh);
	sh = NULL;
	ck_assert_msg(gac_sheet_load_file(&sh, test_path("tests/data/good/tiers-sheet.yaml"), &e) == GAC_OK, "%s",
	              e.message);
	static const char given[] = "genaicost: scenario/1\nregion: us-east-1\nworkloads:\n"
	                            "  - {name: chat, model: m.tiers, requests_per_month: 54.75M, input_tokens: 1000, output_tokens: 100}\n"
	                            "deployment: {mode: reserved, input_tokens_per_minute: 1M, output_tokens_per_minute: 120k}\n";
	ck_assert_msg(gac_scenario_load_buffer(&s, given, strlen(given), "g.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_estimate(&r, s, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert_uint_eq(gac_result_line_count(r), 4);
	ck_assert_str_eq(gac_result_line(r, 2)->formula,
	                 "(1 − 1000000 input tokens/min reserved ÷ 1250000 peak input tokens/min not read from the cache "
	                 "= 0.19999999999999996 overflow share) × 54750000 requests_per_month × 1000 input_tokens = "
	                 "10949999999.999998 tokens ÷ 1000000 (the Standard tier's on-demand rate; input binds) = "
	                 "10949.999999999998 1M tokens × 1 USD = 10949.999999999998 USD");
	gac_result_free(r);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

/* Provisioned units in the plan, on a hand sheet: one unit serves 1M
 * input and 1,000 output tokens a minute at $20 an hour (1-month), on
 * demand $1 and $5 per 1M.  730 hours, around the clock: 43,800 minutes.
 *   auto: 1.2M requests × 73 output tokens / 43,800 = 2,000 a minute:
 *   2 units, 2 × 730 × $20 = $29,200, held while 1 < 2,000/1,000 <= 2;
 *   1.5M requests: 2,500 a minute, 3 units: the guard breaks.
 *   given 1 unit, overflow on demand: share 1 − 1,000/2,000 = 0.5 of
 *   1.2M × 73 = 87.6M output tokens = 43.8M × $5/1M = $219 and of 12M
 *   input tokens (10 each) $6: $14,600 + $225 = $14,825; at 1.5M
 *   requests the share is 1 − 1,000/2,500 = 0.6: 0.6 × 1.5M × 73 =
 *   65.7M × $5/1M = $328.50 and 9M × $1/1M = $9: $14,937.50.
 *   given 1 unit, throttled: 730 × $20 = $14,600 whatever the load; at
 *   1.2M requests under capacity, needing ceil(2,000/1,000) = 2 units, at
 *   1.5M ceil(2,500/1,000) = 3; at 0.5M (833 a minute) one unit carries
 *   it: the guard on the ratio breaks */
static const char pt_sheet[] = "genaicost: pricesheet/1\nname: pt\ncurrency: USD\nas_of: 2026-12-01\nsources: [hand]\n"
                               "models:\n"
                               "  - {id: m.pt, regions: [us-east-1], per: 1M, input: 1, output: 5,\n"
                               "     model_unit_hour: {no_commit: 30, 1_month: 20, 6_month: 10},\n"
                               "     model_unit_capacity: {input_tpm: 1M, output_tpm: 1000}}\n";

START_TEST(plan_provisioned_by_hand)
{
	gac_error e;
	gac_sheet *sh = NULL;
	ck_assert_msg(gac_sheet_load_buffer(&sh, pt_sheet, strlen(pt_sheet), "pt.yaml", &e) == GAC_OK, "%s", e.message);
	static const char sized[] = "genaicost: scenario/1\nworkloads:\n"
	                            "  - {name: a, model: m.pt, requests_per_month: 1.2M, input_tokens: 10, output_tokens: 73}\n"
	                            "deployment: {mode: provisioned, commitment: 1-month, model_units: auto}\n";
	gac_scenario *s = NULL;
	ck_assert_msg(gac_scenario_load_buffer(&s, sized, strlen(sized), "s.yaml", &e) == GAC_OK, "%s", e.message);
	gac_plan *p = NULL;
	double total = 0, list = 0;
	ck_assert_msg(gac_plan_compile(&p, s, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert(gac_plan_ok(p));
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(total, 29200, 29200 * 1e-12);
	/* 1.05M requests: 1,750 a minute, still 2 units; 1.5M: 3, the engine's */
	ck_assert(gac_scenario_set_number(s, "workloads.a.requests_per_month", 1.05e6, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &total, &list) && total == 29200);
	ck_assert(gac_scenario_set_number(s, "workloads.a.requests_per_month", 1.5e6, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	ck_assert(gac_estimate_total(&total, s, sh, &e) == GAC_OK);
	ck_assert_double_eq_tol(total, 3 * 730 * 20.0, 1e-9);
	/* and below 1,000 a minute, one unit: the other guard */
	ck_assert(gac_scenario_set_number(s, "workloads.a.requests_per_month", 0.5e6, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	gac_plan_free(p);
	gac_scenario_free(s);

	static const char given[] = "genaicost: scenario/1\nworkloads:\n"
	                            "  - {name: a, model: m.pt, requests_per_month: 1.2M, input_tokens: 10, output_tokens: 73}\n"
	                            "deployment: {mode: provisioned, commitment: 1-month, model_units: 1, overflow: on-demand}\n";
	ck_assert_msg(gac_scenario_load_buffer(&s, given, strlen(given), "g.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_plan_compile(&p, s, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert(gac_plan_ok(p));
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(total, 14825, 14825 * 1e-12);
	ck_assert(gac_scenario_set_number(s, "workloads.a.requests_per_month", 1.5e6, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(total, 14937.5, 14937.5 * 1e-12);
	/* under the unit's capacity: no overflow, a branch the plan did not take */
	ck_assert(gac_scenario_set_number(s, "workloads.a.requests_per_month", 0.5e6, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	gac_plan_free(p);
	gac_scenario_free(s);

	/* the same unit throttling its overflow: the plan reports it under
	 * capacity, and the units the load needs, as the engine does */
	static const char throttled[] = "genaicost: scenario/1\nworkloads:\n"
	                                "  - {name: a, model: m.pt, requests_per_month: 1.2M, input_tokens: 10, output_tokens: 73}\n"
	                                "deployment: {mode: provisioned, commitment: 1-month, model_units: 1}\n";
	ck_assert_msg(gac_scenario_load_buffer(&s, throttled, strlen(throttled), "t.yaml", &e) == GAC_OK, "%s",
	              e.message);
	ck_assert_msg(gac_plan_compile(&p, s, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert(gac_plan_ok(p));
	gac_workspace *ws = NULL;
	ck_assert(gac_workspace_new(&ws) == GAC_OK);
	double units = 0, needed = 0, wunits = 0, wneeded = 0;
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(total, 14600, 14600 * 1e-12);
	ck_assert(gac_plan_under_capacity(p, &units, &needed));
	ck_assert(units == 1 && needed == 2);
	ck_assert(gac_estimate_total_ws(&total, s, sh, ws, &e) == GAC_OK);
	ck_assert(gac_workspace_under_capacity(ws, &wunits, &wneeded) && wunits == 1 && wneeded == 2);
	ck_assert(gac_scenario_set_number(s, "workloads.a.requests_per_month", 1.5e6, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(total, 14600, 14600 * 1e-12);
	ck_assert(gac_plan_under_capacity(p, &units, &needed));
	ck_assert(units == 1 && needed == 3);
	ck_assert(gac_estimate_total_ws(&total, s, sh, ws, &e) == GAC_OK);
	ck_assert(gac_workspace_under_capacity(ws, &wunits, &wneeded) && wunits == 1 && wneeded == 3);
	ck_assert(gac_scenario_set_number(s, "workloads.a.requests_per_month", 0.5e6, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	ck_assert(gac_estimate_total_ws(&total, s, sh, ws, &e) == GAC_OK);
	ck_assert(!gac_workspace_under_capacity(ws, NULL, NULL));
	gac_plan_free(p);
	/* compiled where one unit carries the load: not under capacity, until
	 * the load outgrows it */
	ck_assert_msg(gac_plan_compile(&p, s, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert(gac_plan_eval(p, &total, &list) && total == 14600);
	ck_assert(!gac_plan_under_capacity(p, &units, &needed));
	ck_assert(isnan(units) && isnan(needed));
	ck_assert(gac_scenario_set_number(s, "workloads.a.requests_per_month", 1.2e6, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	gac_workspace_free(ws);
	gac_plan_free(p);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

/* The Reserved tier in the plan, on tests/data/good/tiers-sheet.yaml:
 * 1,000 input tokens/min reserved for a month $30, output $150; on demand
 * $1 and $4 per 1M.  730 hours: 43,800 minutes.
 *   auto: 43.8M requests × 1,000 input = 1,000,000 a minute (100,000
 *   output): 1,000 × $30 + 100 × $150 = $45,000, held while 999 < peak
 *   ÷ 1,000 <= 1,000 on the input side (and 99 < · <= 100 on the output):
 *   43.76M requests (999,086.8 a minute) still $45,000; 43.75M (998,858.4)
 *   rounds to 999,000: the guard breaks, the engine's $44,970; 43.9M
 *   rounds up to 1,003,000 + 101,000: $45,240.
 *   given 1M input and 120k output, 54.75M requests: peaks 1.25M and
 *   125k, shares 1 − 1/1.25 = 0.2 (input binds) and 1 − 120/125 = 0.04;
 *   1,000 × $30 + 120 × $150 = $48,000, on demand 0.2 × 54.75M × 1,000 =
 *   10.95B input tokens = $10,950 and 1.095B output = $4,380: $63,330;
 *   65.7M: share 1/3, 21.9B = $21,900 and 2.19B = $8,760: $78,660;
 *   40M: no peak above the reservation, $48,000, a branch not taken;
 *   150 output tokens at 54.75M: output's share 1 − 120/187.5 = 0.36
 *   binds instead, another branch. */
START_TEST(plan_reserved_by_hand)
{
	gac_error e;
	gac_sheet *sh = NULL;
	ck_assert_msg(gac_sheet_load_file(&sh, test_path("tests/data/good/tiers-sheet.yaml"), &e) == GAC_OK, "%s",
	              e.message);
	static const char sized[] = "genaicost: scenario/1\nregion: us-east-1\nworkloads:\n"
	                            "  - {name: chat, model: m.tiers, requests_per_month: 43.8M, input_tokens: 1000, output_tokens: 100}\n"
	                            "deployment: {mode: reserved}\n";
	gac_scenario *s = NULL;
	ck_assert_msg(gac_scenario_load_buffer(&s, sized, strlen(sized), "r.yaml", &e) == GAC_OK, "%s", e.message);
	gac_plan *p = NULL;
	double total = 0, list = 0;
	ck_assert_msg(gac_plan_compile(&p, s, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert(gac_plan_ok(p));
	ck_assert_uint_eq(gac_plan_line_count(p), 2);
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(gac_plan_line_amount(p, 0), 30000, 30000 * 1e-12);
	ck_assert_double_eq_tol(gac_plan_line_amount(p, 1), 15000, 15000 * 1e-12);
	ck_assert_double_eq_tol(total, 45000, 45000 * 1e-12);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.requests_per_month", 43.76e6, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(total, 45000, 45000 * 1e-12);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.requests_per_month", 43.75e6, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	ck_assert(gac_estimate_total(&total, s, sh, &e) == GAC_OK);
	ck_assert_double_eq_tol(total, 44970, 44970 * 1e-12);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.requests_per_month", 43.9e6, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	ck_assert(gac_estimate_total(&total, s, sh, &e) == GAC_OK);
	ck_assert_double_eq_tol(total, 45240, 45240 * 1e-12);
	gac_plan_free(p);
	gac_scenario_free(s);

	static const char given[] = "genaicost: scenario/1\nregion: us-east-1\nworkloads:\n"
	                            "  - {name: chat, model: m.tiers, requests_per_month: 54.75M, input_tokens: 1000, output_tokens: 100}\n"
	                            "deployment: {mode: reserved, input_tokens_per_minute: 1M, output_tokens_per_minute: 120k}\n";
	ck_assert_msg(gac_scenario_load_buffer(&s, given, strlen(given), "g.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_plan_compile(&p, s, sh, &e) == GAC_OK, "%s", e.message);
	ck_assert(gac_plan_ok(p));
	ck_assert_uint_eq(gac_plan_line_count(p), 4);  /* two reserved, two on demand */
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(gac_plan_line_amount(p, 2), 10950, 10950 * 1e-12);
	ck_assert_double_eq_tol(gac_plan_line_amount(p, 3), 4380, 4380 * 1e-12);
	ck_assert_double_eq_tol(total, 63330, 63330 * 1e-12);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.requests_per_month", 65.7e6, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &total, &list));
	ck_assert_double_eq_tol(total, 78660, 78660 * 1e-12);
	double engine = 0;
	ck_assert(gac_estimate_total(&engine, s, sh, &e) == GAC_OK && engine == total);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.requests_per_month", 40e6, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	ck_assert(gac_estimate_total(&total, s, sh, &e) == GAC_OK);
	ck_assert_double_eq_tol(total, 48000, 48000 * 1e-12);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.requests_per_month", 54.75e6, &e) == GAC_OK);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.output_tokens", 150, &e) == GAC_OK);
	ck_assert(!gac_plan_eval(p, &total, &list));
	gac_plan_free(p);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

/* The continuous inputs of a workload: what a perturbation moves. */
static const int moved[] = {GAC_W_REQUESTS_PER_MONTH, GAC_W_REQUESTS_PER_DAY, GAC_W_REQUESTS_PER_SECOND,
                            GAC_W_ACTIVE_HOURS_PER_DAY, GAC_W_INPUT_TOKENS, GAC_W_OUTPUT_TOKENS,
                            GAC_W_CACHE_READ_FRACTION, GAC_W_CACHE_WRITE_FRACTION,
                            GAC_W_CACHE_WRITE_1H_FRACTION, GAC_W_RESPONSE_CACHE_HIT_RATE, GAC_W_BATCH_FRACTION,
                            GAC_W_LONG_CONTEXT_FRACTION, GAC_W_IMAGES_PER_REQUEST};

typedef struct input {
	char path[256];
	gac_pref ref;
	double base;
	bool fraction;
} input;

typedef struct tally {
	size_t options, compiled, trials, fallbacks, engine_errors, under;
	size_t blocked;  /* trials the folded plan also evaluated a block at a time */
	double max_rel;
} tally;

/* A folded plan's last trials again, GAC_PLAN_CHUNK at a time from columns
 * of their numbers (as simulate evaluates it): the same verdict and, where
 * it holds, the same total and list total to the bit. */
typedef struct chunk {
	double *col[64], x[64][GAC_PLAN_CHUNK];
	double total[GAC_PLAN_CHUNK], list[GAC_PLAN_CHUNK];
	bool held[GAC_PLAN_CHUNK];
	size_t n, at[GAC_PLAN_CHUNK];
} chunk;

static void check_chunk(tally *t, chunk *c, gac_plan *tp, const char *file, size_t o)
{
	if (!c->n)
		return;
	double total[GAC_PLAN_CHUNK], list[GAC_PLAN_CHUNK];
	bool held[GAC_PLAN_CHUNK];
	ck_assert(gac_plan_eval_block(tp, (const double *const *)c->col, c->n, total, list, held));
	for (size_t k = 0; k < c->n; k++) {
		ck_assert_msg(held[k] == c->held[k], "%s option %zu trial %zu: a block says %d, the plan %d", file, o,
		              c->at[k], held[k], c->held[k]);
		ck_assert_msg(!held[k] || (total[k] == c->total[k] && list[k] == c->list[k]),
		              "%s option %zu trial %zu: block %.17g, plan %.17g", file, o, c->at[k], total[k], c->total[k]);
	}
	t->blocked += c->n;
	c->n = 0;
}

static void check_option(tally *t, gac_scenario *v, const gac_sheet *sh, const char *file, size_t o, gsl_rng *rng)
{
	gac_error e;
	gac_plan *p = NULL;
	ck_assert_msg(gac_plan_compile(&p, v, sh, &e) == GAC_OK, "%s option %zu: %s", file, o, e.message);
	t->options++;
	if (!gac_plan_ok(p)) {
		/* a line the engine recorded no formula for */
		ck_assert(gac_plan_opaque_count(p) > 0);
		if (getenv("GAC_PLAN_VERBOSE"))
			fprintf(stderr, "%s option %zu: %zu lines without a formula\n", file, o, gac_plan_opaque_count(p));
		gac_plan_free(p);
		return;
	}
	t->compiled++;
	gac_workspace *ws = NULL;
	ck_assert(gac_workspace_new(&ws) == GAC_OK);
	/* the inputs: each continuous workload field given and not computed,
	 * each driver */
	input *in = calloc(v->workload_count * (sizeof moved / sizeof *moved) + v->driver_count + 1, sizeof *in);
	size_t n = 0;
	/* (a workload on an imported model is billed by the minute: its
	 * tokens are in no formula, frozen, and a move of them would only
	 * send every trial to the engine) */
	for (size_t k = 0; k < v->workload_count; k++) {
		gac_workload *w = &v->workloads[k];
		for (size_t f = 0; f < sizeof moved / sizeof *moved; f++)
			if ((w->set >> moved[f] & 1) && w->v[moved[f]] != 0 && !gac_binding_computes(v, &w->v[moved[f]]) &&
			    (v->binding_count || gac_plan_follows(p, &w->v[moved[f]]))) {
				snprintf(in[n].path, sizeof in[n].path, "%s", w->paths[moved[f]]);
				in[n].base = w->v[moved[f]];
				in[n].fraction = moved[f] >= GAC_W_CACHE_READ_FRACTION && moved[f] != GAC_W_IMAGES_PER_REQUEST;
				n++;
			}
	}
	for (size_t k = 0; k < v->driver_count; k++)
		if (v->drivers[k].v != 0) {
			snprintf(in[n].path, sizeof in[n].path, "%s", v->drivers[k].path);
			in[n].base = v->drivers[k].v;
			in[n].fraction = v->drivers[k].v < 1;
			n++;
		}
	for (size_t i = 0; i < n; i++)
		ck_assert_msg(gac_param_resolve(&in[i].ref, v, in[i].path) == GAC_OK, "%s", in[i].path);
	/* the same plan told which numbers move (as simulate tells it), when
	 * no expression computes others from them */
	gac_plan *tp = NULL;
	chunk *ch = calloc(1, sizeof *ch);
	ck_assert(ch && n <= 64);
	for (size_t i = 0; i < n; i++)
		ch->col[i] = ch->x[i];
	if (!v->binding_count) {
		const double **mv = calloc(n + 1, sizeof *mv);
		for (size_t i = 0; i < n; i++)
			mv[i] = in[i].ref.slot;
		ck_assert(gac_plan_compile(&tp, v, sh, &e) == GAC_OK);
		ck_assert(gac_plan_trust(tp, mv, n));
		ck_assert(gac_plan_trusted(tp) && gac_plan_moving_count(tp) == n);
		free(mv);
	}
	for (int trial = 0, last = perturbations(); trial <= last; trial++) {
		/* trial 0: the scenario as written */
		for (size_t i = 0; trial && i < n; i++) {
			double x = in[i].base * (0.5 + 1.5 * gsl_rng_uniform(rng));
			if (in[i].fraction && x > 1)
				x = 1;
			if (gac_param_store(&in[i].ref, in[i].path, x, &e) != GAC_OK)
				ck_assert(gac_param_store(&in[i].ref, in[i].path, in[i].base, &e) == GAC_OK);
		}
		double engine = 0, plan = 0, list = 0;
		gac_status st = gac_estimate_total_ws(&engine, v, sh, ws, &e);
		bool ok = gac_plan_eval(p, &plan, &list);
		double tplan = 0, tlist = 0;
		bool tok = tp && gac_plan_eval(tp, &tplan, &tlist);
		if (tp) {
			for (size_t i = 0; i < n; i++)
				ch->x[i][ch->n] = *in[i].ref.slot;
			ch->held[ch->n] = tok;
			ch->total[ch->n] = tplan;
			ch->list[ch->n] = tlist;
			ch->at[ch->n] = (size_t)trial;
			/* the last chunk is short: 10,001 trials */
			if (++ch->n == GAC_PLAN_CHUNK)
				check_chunk(t, ch, tp, file, o);
		}
		if (tok) {
			ck_assert_msg(ok, "%s option %zu trial %d: the folded plan holds where the plan does not", file, o, trial);
			ck_assert_msg(tplan == plan && tlist == list, "%s option %zu trial %d: folded %.17g, plan %.17g", file, o,
			              trial, tplan, plan);
		} else if (tp) {
			ck_assert_msg(!ok, "%s option %zu trial %d: the folded plan breaks where the plan holds", file, o, trial);
		}
		t->trials++;
		if (!ok) {
			/* a guard broke: the engine prices the trial, or refuses it */
			t->fallbacks++;
			t->engine_errors += st != GAC_OK;
			continue;
		}
		ck_assert_msg(st == GAC_OK, "%s option %zu trial %d: the plan priced what the engine refuses: %s", file, o,
		              trial, e.message);
		double rel = engine == 0 ? fabs(plan) : fabs(plan - engine) / fabs(engine);
		ck_assert_msg(rel <= 1e-12, "%s option %zu trial %d: plan %.17g, engine %.17g", file, o, trial, plan,
		              engine);
		ck_assert_msg(list == gac_workspace_list_total(ws), "%s option %zu: list %.17g vs %.17g", file, o, list,
		              gac_workspace_list_total(ws));
		/* under capacity (a throttled load), with the same units */
		double pu, pn, wu, wn;
		int punder = gac_plan_under_capacity(p, &pu, &pn), wunder = gac_workspace_under_capacity(ws, &wu, &wn);
		ck_assert_msg(punder == wunder && (punder ? pu == wu && pn == wn : isnan(pu) && isnan(pn)),
		              "%s option %zu trial %d: under capacity %d (%g of %g units), engine %d (%g of %g)", file, o,
		              trial, punder, pu, pn, wunder, wu, wn);
		t->under += (size_t)punder;
		if (rel > t->max_rel)
			t->max_rel = rel;
		if (trial == 0)
			ck_assert(ok);
	}
	if (getenv("GAC_PLAN_VERBOSE"))
		fprintf(stderr, "%s option %zu: %zu lines, %zu guards, %zu inputs; %zu fallbacks so far\n", file, o,
		        gac_plan_line_count(p), gac_plan_guard_count(p), n, t->fallbacks);
	if (tp)
		check_chunk(t, ch, tp, file, o);
	free(ch);
	free(in);
	gac_workspace_free(ws);
	gac_plan_free(tp);
	gac_plan_free(p);
}

START_TEST(plan_matches_engine_on_every_example)
{
	gac_sheet *sh = bedrock();
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(rng, 19);
	tally t = {0};
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", test_path("examples"));
	struct dirent **names = NULL;
	int count = scandir(dir, &names, NULL, alphasort);
	ck_assert(count > 0);
	size_t files = 0;
	for (int i = 0; i < count; i++) {
		const char *name = names[i]->d_name;
		size_t len = strlen(name);
		if (len > 5 && !strcmp(name + len - 5, ".yaml")) {
			char path[4096 + 256];
			snprintf(path, sizeof path, "%s/%s", dir, name);
			gac_scenario *s = NULL;
			gac_error e;
			ck_assert_msg(gac_scenario_load_file(&s, path, &e) == GAC_OK, "%s: %s", path, e.message);
			files++;
			for (size_t o = 0; o <= gac_scenario_option_count(s); o++) {
				gac_scenario *v = NULL;
				ck_assert(gac_scenario_with_option_at(&v, s, o, &e) == GAC_OK);
				check_option(&t, v, sh, name, o, rng);
				gac_scenario_free(v);
			}
			gac_scenario_free(s);
		}
		free(names[i]);
	}
	free(names);
	fprintf(stderr,
	        "plan: %zu examples, %zu options, %zu compiled; %zu trials, %zu fell back to the engine (%zu refused by "
	        "it), %zu priced by the plan under capacity; max relative difference %.3g; %zu trials again a block "
	        "at a time\n",
	        files, t.options, t.compiled, t.trials, t.fallbacks, t.engine_errors, t.under, t.max_rel, t.blocked);
	ck_assert(files >= 10);
	/* every option compiles, 42 of 42 at this writing (services, data
	 * transfer and customizations are constants or × the month's hours,
	 * provisioned units constants held by guards, a load throttled above
	 * them too; an outage risk is beside the bill, not in it) */
	ck_assert_uint_ge(t.options, 42);
	ck_assert_uint_eq(t.compiled, t.options);
	/* mixed-deployment's throttle-overflow: under capacity as written */
	ck_assert_uint_gt(t.under, 0);
	/* every option without expressions has a folded plan, evaluated a
	 * block at a time too: most of the trials */
	ck_assert_uint_ge(t.blocked * 2, t.trials);
	ck_assert(t.max_rel <= 1e-12);
	/* perturbations of up to ×2 cross the engine's branches: cache
	 * fractions clamped at 1 sum past 1 and requests outgrow a context
	 * window (the engine refuses both), an input crosses a long-context
	 * threshold, a load outgrows or shrinks below the model units sized
	 * for it (in every region of a topology).  Measured: 19.7 % of
	 * trials, 17.6 % the engine prices */
	ck_assert(t.fallbacks * 100 < t.trials * 25);
	ck_assert((t.fallbacks - t.engine_errors) * 100 < t.trials * 22);
	gsl_rng_free(rng);
	gac_sheet_free(sh);
}
END_TEST

/* The Reserved tier, which no example uses (the bundled sheet has no
 * reserved prices): the test scenarios on tests/data/good/tiers-sheet.yaml,
 * every option, 10,000 perturbations each, exactly as the engine. */
START_TEST(plan_matches_engine_on_reserved)
{
	static const char *const files[] = {"plan-reserved.yaml", "reserved.yaml", "forecast-reserved.yaml",
	                                    "forecast-reserved-option.yaml", "forecast-reserved-carry.yaml",
	                                    "reserved-one-side.yaml"};
	gac_error e;
	gac_sheet *sh = NULL;
	ck_assert_msg(gac_sheet_load_file(&sh, test_path("tests/data/good/tiers-sheet.yaml"), &e) == GAC_OK, "%s",
	              e.message);
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(rng, 19);
	tally t = {0};
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		char path[512];
		snprintf(path, sizeof path, "tests/data/good/%s", files[i]);
		gac_scenario *s = NULL;
		ck_assert_msg(gac_scenario_load_file(&s, test_path(path), &e) == GAC_OK, "%s: %s", path, e.message);
		for (size_t o = 0; o <= gac_scenario_option_count(s); o++) {
			gac_scenario *v = NULL;
			ck_assert(gac_scenario_with_option_at(&v, s, o, &e) == GAC_OK);
			check_option(&t, v, sh, files[i], o, rng);
			gac_scenario_free(v);
		}
		gac_scenario_free(s);
	}
	fprintf(stderr, "plan, Reserved tier: %zu options, %zu compiled; %zu trials, %zu fell back to the engine; max "
	        "relative difference %.3g\n", t.options, t.compiled, t.trials, t.fallbacks, t.max_rel);
	ck_assert_uint_eq(t.options, 11);
	ck_assert_uint_eq(t.compiled, t.options);
	ck_assert(t.max_rel <= 1e-12);
	/* a reservation sized from the load holds only while its peak rounds
	 * to the same 1,000 tokens a minute: most perturbed trials are the
	 * engine's; a given one while the same side binds */
	ck_assert_uint_lt(t.fallbacks, t.trials);
	gsl_rng_free(rng);
	gac_sheet_free(sh);
}
END_TEST

/* sensitivity's slopes (gac_plan_tangent through the expressions) against
 * the engine's central difference at ±1e-5 of each input, on every example
 * as written: elasticities agree to 1e-6 (the difference's rounding is
 * about 1e-11 of the total). */
START_TEST(plan_slopes_match_engine_on_every_example)
{
	gac_sheet *sh = bedrock();
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", test_path("examples"));
	struct dirent **names = NULL;
	int count = scandir(dir, &names, NULL, alphasort);
	ck_assert(count > 0);
	size_t slopes = 0, steps = 0;
	for (int i = 0; i < count; i++) {
		const char *name = names[i]->d_name;
		size_t len = strlen(name);
		if (len > 5 && !strcmp(name + len - 5, ".yaml")) {
			char path[4096 + 256];
			snprintf(path, sizeof path, "%s/%s", dir, name);
			gac_scenario *s = NULL;
			gac_sensitivity *r = NULL;
			gac_error e;
			ck_assert_msg(gac_scenario_load_file(&s, path, &e) == GAC_OK, "%s: %s", path, e.message);
			ck_assert_msg(gac_sensitivity_run(&r, s, sh, 0.2, &e) == GAC_OK, "%s: %s", path, e.message);
			double base = gac_sensitivity_base(r);
			for (size_t k = 0; k < gac_sensitivity_count(r); k++) {
				const gac_sensitivity_item *x = gac_sensitivity_at(r, k);
				if (isnan(x->slope)) {
					steps++;
					continue;
				}
				double h = 1e-5 * fabs(x->value), t[2];
				bool priced = h > 0;
				for (int end = 0; priced && end < 2; end++) {
					gac_scenario *c = NULL;
					ck_assert_int_eq(gac_scenario_clone(&c, s), GAC_OK);
					/* a whole count refuses a fraction: its slope stands untested */
					priced = gac_scenario_set_number(c, x->path, x->value + (end ? h : -h), &e) == GAC_OK &&
					         gac_estimate_total(&t[end], c, sh, &e) == GAC_OK;
					gac_scenario_free(c);
				}
				if (!priced)
					continue;
				double fd = (t[1] - t[0]) / (2 * h) * x->value / base;
				ck_assert_msg(fabs(fd - x->elasticity) <= 1e-6, "%s %s: elasticity %.17g, engine %.17g", name,
				              x->path, x->elasticity, fd);
				slopes++;
			}
			gac_sensitivity_free(r);
			gac_scenario_free(s);
		}
		free(names[i]);
	}
	free(names);
	fprintf(stderr, "plan slopes: %zu against the engine, %zu inputs without (steps, uncompiled scenarios)\n",
	        slopes, steps);
	ck_assert_uint_ge(slopes, 35);  /* 41 on the examples of this writing */
	gac_sheet_free(sh);
}
END_TEST

/* Input sizes straddling Sonnet 4's 200K long-context threshold, beside
 * an option on provisioned units: simulate prices the first from the
 * plan where a trial stays on the side of the threshold its block
 * compiled at, the engine elsewhere; the second from its plan too (its
 * one unit, sized from a load the draws do not move, held by guards);
 * 1 and 2 threads agree on the totals and the counts. */
static const char straddle[] = "genaicost: scenario/1\n"
                               "name: straddle\n"
                               "region: us-east-1\n"
                               "workloads:\n"
                               "  - name: review\n"
                               "    model: anthropic.claude-sonnet-4-20250514-v1:0\n"
                               "    requests_per_month: 10k\n"
                               "    input_tokens: 180k\n"
                               "    output_tokens: 2000\n"
                               "uncertain:\n"
                               "  workloads.review.input_tokens: {dist: uniform, min: 150k, max: 250k}\n"
                               "options:\n"
                               "  - name: units\n"
                               "    set: {workloads.review.model: anthropic.claude-instant-v1, workloads.review.input_tokens: 50k,\n"
                               "          deployment.mode: provisioned, deployment.commitment: 1-month}\n";

START_TEST(plan_in_simulate)
{
	gac_error e;
	gac_sheet *sh = bedrock();
	gac_scenario *s = NULL;
	ck_assert_msg(gac_scenario_load_buffer(&s, straddle, strlen(straddle), "straddle.yaml", &e) == GAC_OK, "%s",
	              e.message);
	size_t fb[2], un[2];
	double mean[2][2];
	for (unsigned th = 1; th <= 2; th++) {
		gac_sim_options o = GAC_SIM_OPTIONS_INIT;
		o.trials = 9000;
		o.threads = th;
		o.seed = 7;
		gac_simulation *sim = NULL;
		ck_assert_msg(gac_simulate(&sim, s, sh, &o, &e) == GAC_OK, "%s", e.message);
		fb[th - 1] = gac_simulation_fallbacks(sim, &un[th - 1]);
		mean[th - 1][0] = gac_simulation_option(sim, 0)->mean;
		mean[th - 1][1] = gac_simulation_option(sim, 1)->mean;
		gac_simulation_free(sim);
	}
	/* about half the baseline's trials cross the threshold; the
	 * provisioned option compiles: no trial is priced for want of a plan */
	ck_assert_uint_gt(fb[0], 9000 / 4);
	ck_assert_uint_lt(fb[0], 9000 * 3 / 4);
	ck_assert_uint_eq(un[0], 0);
	ck_assert_uint_eq(fb[0], fb[1]);
	ck_assert_uint_eq(un[0], un[1]);
	ck_assert(mean[0][0] == mean[1][0] && mean[0][1] == mean[1][1]);
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

START_TEST(plan_affine_in_what_moves)
{
	/* the small scenario's total is requests × (input × (0.7 × 0.00006 +
	 * 0.3 × 0.000015) + 200 × 0.00024) / 1K: with only the requests, or
	 * only the input tokens, moving, a straight line (the rest folded into
	 * constants); with the requests and the output tokens, their product.
	 * The cache read fraction enters the lines as 1 − f, but also a guard
	 * |1 − f − write fractions| < 1e-9 that was not taken: the values
	 * where it holds are not an interval (f = 1 lies between 0.9 and 1.1),
	 * so the plan is not affine in f */
	gac_error e;
	gac_sheet *sh = bedrock();
	gac_scenario *s = NULL;
	ck_assert(gac_scenario_load_buffer(&s, small, strlen(small), "small.yaml", &e) == GAC_OK);
	gac_plan *p = NULL;
	const double *req = &s->workloads[0].v[GAC_W_REQUESTS_PER_MONTH];
	const double *in = &s->workloads[0].v[GAC_W_INPUT_TOKENS];
	const double *out = &s->workloads[0].v[GAC_W_OUTPUT_TOKENS];
	const double *cache = &s->workloads[0].v[GAC_W_CACHE_READ_FRACTION];
	ck_assert(gac_plan_compile(&p, s, sh, &e) == GAC_OK);
	ck_assert(!gac_plan_affine(p));  /* untrusted: every slot moves, requests × tokens */
	ck_assert(gac_plan_trust(p, &req, 1));
	ck_assert(gac_plan_affine(p));
	gac_plan_free(p);
	const double *two[] = {req, out};
	ck_assert(gac_plan_compile(&p, s, sh, &e) == GAC_OK);
	ck_assert(gac_plan_trust(p, two, 2));
	ck_assert(!gac_plan_affine(p));
	gac_plan_free(p);
	ck_assert(gac_plan_compile(&p, s, sh, &e) == GAC_OK);
	ck_assert(gac_plan_trust(p, &cache, 1));
	ck_assert(!gac_plan_affine(p));
	gac_plan_free(p);
	ck_assert(gac_plan_compile(&p, s, sh, &e) == GAC_OK);
	ck_assert(gac_plan_trust(p, &in, 1));
	ck_assert(gac_plan_affine(p));
	/* a straight line: at 500 input tokens $21 input + $2.25 cache read
	 * + $48 output = $71.25, at 1,500 $63 + $6.75 + $48 = $117.75, at
	 * 1,000 their mean, $94.5 */
	double t0, t1, tm, list;
	ck_assert(gac_scenario_set_number(s, "workloads.chat.input_tokens", 500, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &t0, &list));
	ck_assert_double_eq_tol(t0, 71.25, 71.25 * 1e-12);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.input_tokens", 1500, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &t1, &list));
	ck_assert_double_eq_tol(t1, 117.75, 117.75 * 1e-12);
	ck_assert(gac_scenario_set_number(s, "workloads.chat.input_tokens", 1000, &e) == GAC_OK);
	ck_assert(gac_plan_eval(p, &tm, &list));
	ck_assert_double_eq_tol(tm, 94.5, 94.5 * 1e-12);
	ck_assert_double_eq_tol(tm, (t0 + t1) / 2, 94.5 * 1e-12);
	gac_plan_free(p);
	ck_assert(!gac_plan_affine(NULL));
	gac_scenario_free(s);
	gac_sheet_free(sh);
}
END_TEST

Suite *suite_plan(void)
{
	Suite *s = suite_create("plan");
	TCase *tc = tcase_create("plan");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, plan_by_hand);
	tcase_add_test(tc, plan_formulas_by_hand);
	tcase_add_test(tc, plan_render_reads_left_to_right);
	tcase_add_test(tc, plan_overflow_formulas);
	tcase_add_test(tc, plan_provisioned_by_hand);
	tcase_add_test(tc, plan_reserved_by_hand);
	tcase_add_test(tc, plan_matches_engine_on_every_example);
	tcase_add_test(tc, plan_matches_engine_on_reserved);
	tcase_add_test(tc, plan_slopes_match_engine_on_every_example);
	tcase_add_test(tc, plan_in_simulate);
	tcase_add_test(tc, plan_affine_in_what_moves);
	suite_add_tcase(s, tc);
	return s;
}

/* Customized models and the total cost of ownership, by hand. */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.cmd\n"
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.0015\n"
	"    output: 0.002\n"
	"    model_unit_hour: {no_commit: 49.5, 1_month: 39.6, 6_month: 23.77}\n"
	"    provisioned_no_commit: custom-only\n"
	"    customization: {training_per_1k_tokens: 0.004, storage_per_month: 1.95}\n"
	"  - id: m.nova\n"
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.0008\n"
	"    output: 0.0032\n"
	"    customization: {training_per_1k_tokens: 0.001, storage_per_month: 1.95, serve_on_demand: true}\n"
	"services:\n"
	"  - {id: gpu8, billing: hourly, unit: instance-hour, price: 55.04, regions: [us-east-1], gpus: 8,"
	" gpu_flops: 989e12}\n"
	"  - {id: host, billing: hourly, unit: instance-hour, price: 1.861, regions: [us-east-1]}\n"
	"  - {id: disk, billing: per-unit, unit: GB-month, price: 0.023, regions: [us-east-1]}\n"
	"custom_model_import: {cmu_per_minute: 0.0785, storage_per_cmu_month: 1.95, window_minutes: 5}\n";

static gac_sheet *sheet;

static void setup(void)
{
	gac_error e;
	ck_assert_msg(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e) == GAC_OK,
	              "%s", e.message);
}

static void teardown(void)
{
	gac_sheet_free(sheet);
}

#define HEAD(model)                                                                             \
	"genaicost: scenario/1\n"                                                                   \
	"workloads:\n"                                                                              \
	"  - {name: w, model: '" model "', requests_per_month: 300k, input_tokens: 1000, output_tokens: 300}\n"

static gac_result *run(const char *yaml, gac_scenario **keep)
{
	gac_scenario *s = NULL;
	gac_result *r = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "s.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_estimate(&r, s, sheet, &e) == GAC_OK, "%s", e.message);
	for (size_t i = 0; i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		ck_assert(l->cost == l->quantity * l->unit_price);
	}
	double quick;
	ck_assert_int_eq(gac_estimate_total(&quick, s, sheet, &e), GAC_OK);
	ck_assert(quick == gac_result_total(r));
	if (keep)
		*keep = s;
	else
		gac_scenario_free(s);
	return r;
}

static const gac_line *line(const gac_result *r, const char *component)
{
	for (size_t i = 0; i < gac_result_line_count(r); i++)
		if (!strcmp(gac_result_line(r, i)->component, component))
			return gac_result_line(r, i);
	ck_abort_msg("no line '%s'", component);
	return NULL;
}

START_TEST(fine_tune_served_provisioned)
{
	/* training 20M tokens × 3 epochs = 60,000 1K tokens × $0.004 = $240,
	 * retrained every 3 months: $80 a month; storage $1.95; one model unit
	 * without commitment (allowed for a custom model): 730 × $49.50 */
	gac_result *r = run(HEAD("custom:tuned")
	                    "deployment: {mode: provisioned, commitment: none}\n"
	                    "customizations:\n"
	                    "  - {name: tuned, kind: fine-tune, base_model: m.cmd, training_tokens: 20M,"
	                    " epochs: 3, retrain_every_months: 3}\n",
	                    NULL);
	const gac_line *t = line(r, "fine-tuning (training)");
	ck_assert_rel(t->quantity, 20000, 1e-12);
	ck_assert_rel(t->cost, 80, 1e-12);
	ck_assert_rel(t->one_time, 240, 1e-12);
	ck_assert(t->every_months == 3);
	ck_assert_rel(line(r, "custom model storage")->cost, 1.95, 1e-12);
	ck_assert_rel(line(r, "provisioned throughput")->cost, 730 * 49.5, 1e-12);
	ck_assert_rel(gac_result_total(r), 80 + 1.95 + 730 * 49.5, 1e-12);
	/* TCO: training paid in months 1, 4, 7 … */
	double cum[6];
	ck_assert_int_eq(gac_result_tco(cum, 6, r), GAC_OK);
	double monthly = 1.95 + 730 * 49.5;
	ck_assert_rel(cum[0], monthly + 240, 1e-12);
	ck_assert_rel(cum[2], 3 * monthly + 240, 1e-12);
	ck_assert_rel(cum[3], 4 * monthly + 480, 1e-12);
	ck_assert_rel(cum[5], 6 * monthly + 480, 1e-12);
	gac_result_free(r);
}
END_TEST

START_TEST(fine_tune_on_demand_where_allowed)
{
	/* the sheet lets this model's custom copies run on demand at base prices:
	 * 300k × (1000 × 0.0008 + 300 × 0.0032) / 1K = 528; training once,
	 * amortized over 12 months: 5M × 2 / 1K × 0.001 = 10 → 0.8333 a month */
	gac_result *r = run(HEAD("custom:n")
	                    "customizations:\n"
	                    "  - {name: n, kind: continued-pretraining, base_model: m.nova,"
	                    " training_tokens: 5M, epochs: 2}\n",
	                    NULL);
	ck_assert_rel(line(r, "input tokens")->cost, 240, 1e-12);
	ck_assert_rel(line(r, "output tokens")->cost, 288, 1e-12);
	ck_assert_rel(line(r, "continued pre-training")->cost, 10.0 / 12, 1e-12);
	ck_assert(line(r, "continued pre-training")->every_months == 0);
	double cum[13];
	ck_assert_int_eq(gac_result_tco(cum, 13, r), GAC_OK);
	ck_assert_rel(cum[12], 13 * (528 + 1.95) + 10, 1e-12);
	gac_result_free(r);
}
END_TEST

START_TEST(distillation)
{
	/* the teacher writes the data: 10M input × $0.0015/1K + 2M output ×
	 * $0.002/1K = $19, once; the student trains on 2M × 2 epochs × $0.001/1K
	 * = $4; both spread over the 12-month horizon; the student (Nova) may
	 * run on demand */
	gac_result *r = run(HEAD("custom:d")
	                    "customizations:\n"
	                    "  - {name: d, kind: distillation, teacher_model: m.cmd, teacher_input_tokens: 10M,"
	                    " teacher_output_tokens: 2M, base_model: m.nova, training_tokens: 2M, epochs: 2}\n",
	                    NULL);
	ck_assert_rel(line(r, "teacher input tokens (synthetic data)")->one_time, 15, 1e-12);
	ck_assert_rel(line(r, "teacher output tokens (synthetic data)")->cost, 4.0 / 12, 1e-12);
	ck_assert_rel(line(r, "distillation (student training)")->one_time, 4, 1e-12);
	double cum[2];
	ck_assert_int_eq(gac_result_tco(cum, 2, r), GAC_OK);
	ck_assert_rel(cum[1] - cum[0], 528 + 1.95, 1e-12);
	ck_assert_rel(cum[0], 528 + 1.95 + 19 + 4, 1e-12);
	gac_result_free(r);
}
END_TEST

START_TEST(custom_model_import)
{
	/* 1 copy × 2 CMUs × ceil(600 / 5) = 120 windows × 5 minutes × 730/24
	 * days = 36,500 CMU-minutes × $0.0785 = $2,865.25; storage 2 × $1.95 */
	gac_result *r = run(HEAD("custom:imp")
	                    "customizations:\n"
	                    "  - {name: imp, kind: import, cmu_per_copy: 2, active_minutes_per_day: 598}\n",
	                    NULL);
	ck_assert_uint_eq(gac_result_line_count(r), 2);
	const gac_line *inf = line(r, "imported model inference");
	ck_assert_rel(inf->quantity, 36500, 1e-12);
	ck_assert_str_eq(inf->unit, "CMU-minute");
	ck_assert_rel(inf->cost, 2865.25, 1e-12);
	ck_assert_rel(line(r, "imported model storage")->cost, 3.9, 1e-12);
	/* one copy (the default) is "1 copy", not "1 copies" */
	ck_assert_msg(strstr(inf->formula, "1 copy × 2 CMUs × ceil(598 active minutes a day ÷ 5) windows × 5 "
	                                   "minutes × "), "%s", inf->formula);
	gac_result_free(r);
	/* and one CMU a copy, two copies */
	r = run(HEAD("custom:imp")
	        "customizations:\n"
	        "  - {name: imp, kind: import, cmu_per_copy: 1, copies: 2, active_minutes_per_day: 598}\n",
	        NULL);
	inf = line(r, "imported model inference");
	ck_assert_msg(strstr(inf->formula, "2 copies × 1 CMU × ceil("), "%s", inf->formula);
	ck_assert_msg(strstr(line(r, "imported model storage")->formula, "1 CMU of model stored for the month"), "%s",
	              line(r, "imported model storage")->formula);
	gac_result_free(r);
}
END_TEST

START_TEST(from_scratch)
{
	/* 6 × 1e9 × 20e9 FLOPs ÷ (2 × 8 × 989e12 × 0.4) s = 5.2663 h × 2
	 * instances × $55.04, once, over 12 months; hosting 2 × 730 × 1.861;
	 * $60,000 of one-time costs over 12 months */
	gac_scenario *s = NULL;
	gac_result *r = run(HEAD("custom:own")
	                    "customizations:\n"
	                    "  - {name: own, kind: from-scratch, parameters: 1B, training_tokens: 20B,"
	                    " instance: gpu8, instance_count: 2, mfu: 40%, hosting_instance: host,"
	                    " hosting_count: 2, one_time: 60000}\n",
	                    &s);
	double hours = 6 * 1e9 * 20e9 / (2 * 8 * 989e12 * 0.4) / 3600;
	const gac_line *t = line(r, "training compute");
	ck_assert_rel(t->quantity, hours * 2 / 12, 1e-12);
	ck_assert_rel(t->one_time, hours * 2 * 55.04, 1e-12);
	ck_assert_rel(line(r, "hosting")->cost, 2 * 730 * 1.861, 1e-12);
	ck_assert_rel(line(r, "one-time costs")->cost, 5000, 1e-12);
	ck_assert_rel(gac_result_total(r), hours * 2 * 55.04 / 12 + 2 * 730 * 1.861 + 5000, 1e-12);
	gac_result_free(r);
	/* given hours win over the derivation */
	ck_assert_int_eq(gac_scenario_set(s, "customizations.own.training_hours", "100", NULL), GAC_OK);
	gac_error e;
	ck_assert_int_eq(gac_estimate(&r, s, sheet, &e), GAC_OK);
	ck_assert_rel(line(r, "training compute")->one_time, 100 * 2 * 55.04, 1e-12);
	ck_assert_msg(strstr(line(r, "training compute")->formula, "100 hours × 2 instances"), "%s",
	              line(r, "training compute")->formula);
	gac_result_free(r);
	/* one instance for 1 hour, one hosting instance: singular */
	ck_assert_int_eq(gac_scenario_set(s, "customizations.own.training_hours", "1", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "customizations.own.instance_count", "1", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "customizations.own.hosting_count", "1", NULL), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, s, sheet, &e), GAC_OK);
	ck_assert_msg(strstr(line(r, "training compute")->formula, "1 hour × 1 instance"), "%s",
	              line(r, "training compute")->formula);
	ck_assert_msg(strstr(line(r, "hosting")->formula, "1 instance serving × 730 hours"), "%s",
	              line(r, "hosting")->formula);
	ck_assert_rel(line(r, "hosting")->cost, 730 * 1.861, 1e-12);
	gac_result_free(r);
	gac_scenario_free(s);
}
END_TEST

static void expect_error(const char *yaml, gac_status st, const char *msg)
{
	gac_scenario *s = NULL;
	gac_result *r = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "s.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_int_eq(gac_estimate(&r, s, sheet, &e), st);
	ck_assert_ptr_null(r);
	ck_assert_msg(strstr(e.message, msg) != NULL, "'%s' lacks '%s'", e.message, msg);
	gac_scenario_free(s);
}

START_TEST(customization_errors)
{
	expect_error(HEAD("custom:nope"), GAC_ESCHEMA, "no customization is named 'nope'");
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: fine-tune, training_tokens: 1M}\n",
	             GAC_ESCHEMA, "needs base_model");
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: fine-tune, base_model: m.cmd,"
	             " training_tokens: 1M}\n",
	             GAC_EVALUE, "served only with provisioned throughput");
	expect_error(HEAD("custom:t") "deployment: {mode: provisioned, model_units: 2}\n"
	             "customizations:\n  - {name: t, kind: fine-tune, base_model: m.cmd, training_tokens: 1M}\n",
	             GAC_EVALUE, "at most 1 model unit without a commitment");
	expect_error(HEAD("custom:t") "deployment: {mode: provisioned, commitment: 1-month}\n"
	             "customizations:\n  - {name: t, kind: fine-tune, base_model: m.cmd}\n",
	             GAC_ESCHEMA, "needs training_tokens above 0");
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: distillation, base_model: m.nova,"
	             " training_tokens: 1M}\n",
	             GAC_ESCHEMA, "needs teacher_model");
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: import}\n", GAC_ESCHEMA,
	             "needs cmu_per_copy above 0");
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: from-scratch, instance: gpu9,"
	             " training_hours: 5}\n",
	             GAC_ESERVICE, "unknown instance 'gpu9'");
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: from-scratch, instance: host,"
	             " parameters: 1B, training_tokens: 1B}\n",
	             GAC_ENOPRICE, "host has no gpus and gpu_flops");
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: from-scratch, instance: disk,"
	             " training_hours: 5}\n",
	             GAC_EVALUE, "disk is not billed by the hour");
	/* sized from load: more than one unit needs a commitment */
	expect_error(HEAD("custom:t") "deployment: {mode: provisioned, model_units: auto, model_unit_input_tpm: 1k,"
	             " model_unit_output_tpm: 1M}\n"
	             "customizations:\n  - {name: t, kind: fine-tune, base_model: m.cmd, training_tokens: 1M}\n",
	             GAC_EVALUE, "a custom model runs at most 1 without a commitment");
	/* a teacher the sheet lacks */
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: distillation, teacher_model: m.gone,"
	             " base_model: m.nova, training_tokens: 1M}\n",
	             GAC_EMODEL, "customization 't': unknown teacher model 'm.gone'");
	/* from scratch in a region its instances are not offered in */
	expect_error(HEAD("custom:t") "region: eu-west-1\ncustomizations:\n  - {name: t, kind: from-scratch,"
	             " instance: gpu8, training_hours: 5}\n",
	             GAC_EREGION, "customization 't': gpu8 is not offered in 'eu-west-1'");
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: from-scratch, instance: gpu8,"
	             " training_hours: 5, hosting_instance: hosts, hosting_count: 1}\n",
	             GAC_ESERVICE, "customization 't': unknown instance 'hosts' in the sheet's services");
	expect_error(HEAD("custom:t") "customizations:\n  - {name: t, kind: from-scratch, instance: gpu8,"
	             " training_hours: 5, hosting_count: 1}\n",
	             GAC_ESCHEMA, "customization 't' (from-scratch) needs hosting_instance");
	/* a customization served only on provisioned throughput cannot overflow on demand */
	expect_error(HEAD("custom:t") "deployment: {mode: provisioned, commitment: 1-month, overflow: on-demand}\n"
	             "customizations:\n  - {name: t, kind: fine-tune, base_model: m.cmd, training_tokens: 1M}\n",
	             GAC_EVALUE, "deployment.overflow is on-demand, but customized m.cmd is served only with "
	             "provisioned throughput");
	/* the base model's no-commit rule does not bind custom models, but does bind it */
	expect_error(HEAD("m.cmd") "deployment: {mode: provisioned}\n", GAC_EVALUE, "sold only for custom models");
}
END_TEST

Suite *suite_custom(void)
{
	Suite *s = suite_create("custom");
	TCase *t = tcase_create("customization");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, fine_tune_served_provisioned);
	tcase_add_test(t, fine_tune_on_demand_where_allowed);
	tcase_add_test(t, custom_model_import);
	tcase_add_test(t, distillation);
	tcase_add_test(t, from_scratch);
	tcase_add_test(t, customization_errors);
	suite_add_tcase(s, t);
	return s;
}

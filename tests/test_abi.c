/* The ABI conventions of include/genaicost.h: gac_free, the versioned
 * structs and their *_init functions (version 0 is the defaults, an
 * unknown version is refused), the 64-bit seed, and the list and axis
 * types read through accessors. */
#include "tests.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* one request costs exactly $1: 1,000 input tokens at $1 per 1K */
static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - {id: m.one, name: One, vendor: v, regions: [us-east-1], per: 1K, input: 1, output: 2}\n";

/* requests uniform on [1000, 3000]: the total is the request count */
static const char scenario_yaml[] =
	"genaicost: scenario/1\n"
	"name: abi\n"
	"workloads:\n"
	"  - {name: w, model: m.one, requests_per_month: 2000, input_tokens: 1000, output_tokens: 0}\n"
	"uncertain:\n"
	"  workloads.w.requests_per_month: {dist: uniform, min: 1000, max: 3000}\n";

static gac_sheet *sheet;
static gac_scenario *sc;

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
	ck_assert_msg(gac_scenario_load_buffer(&sc, scenario_yaml, strlen(scenario_yaml), "abi.yaml", &e) == GAC_OK,
	              "%s", e.message);
}

static void teardown(void)
{
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
}

/* Every kind of plain memory the library hands out goes back through
 * gac_free (valgrind-check and the ASan build see a mismatch or a leak). */
START_TEST(free_releases_what_the_library_hands_out)
{
	gac_free(NULL);
	char *t = NULL;
	ck_assert_int_eq(gac_scenario_get_text(&t, sc, "workloads.w.model"), GAC_OK);
	ck_assert_str_eq(t, "m.one");
	gac_free(t);
	t = NULL;
	ck_assert_uint_ge(gac_scenario_text_param_count(sc), 1);
	ck_assert_int_eq(gac_scenario_text_param_path(&t, sc, 0), GAC_OK);
	ck_assert_ptr_nonnull(t);
	gac_free(t);
	/* an index past the end: GAC_EARG, and *out NULL, as on every failure */
	t = (char *)sc;
	ck_assert_int_eq(gac_scenario_text_param_path(&t, sc, gac_scenario_text_param_count(sc)), GAC_EARG);
	ck_assert_ptr_null(t);
	const char *dirs[] = {"/nonexistent", NULL};
	ck_assert_int_eq(gac_sheet_resolve(&t, "here/sheet.yaml", "base", dirs, NULL), GAC_OK);
	ck_assert_str_eq(t, "base/here/sheet.yaml");
	gac_free(t);
	gac_result *r = NULL;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, NULL), GAC_OK);
	ck_assert_int_eq(gac_report(&t, r, sc, sheet, GAC_FORMAT_CSV, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "2000"));  /* 2,000 requests × 1,000 tokens at $1/1K */
	gac_free(t);
	gac_result_free(r);
}
END_TEST

START_TEST(load_options_init_and_versions)
{
	gac_load_options o;
	memset(&o, 0xA5, sizeof o);
	ck_assert_int_eq(gac_load_options_init(&o, GAC_LOAD_OPTIONS_VERSION), GAC_OK);
	ck_assert_uint_eq(o.version, GAC_LOAD_OPTIONS_VERSION);
	ck_assert_ptr_null(o.allow);
	ck_assert_uint_eq(o.flags, 0);
	gac_load_options c = GAC_LOAD_OPTIONS_INIT;
	ck_assert(o.version == c.version && o.allow == c.allow && o.flags == c.flags);
	/* unknown versions are refused and leave the struct alone */
	o.flags = 7;
	ck_assert_int_eq(gac_load_options_init(&o, GAC_LOAD_OPTIONS_VERSION + 1), GAC_EARG);
	ck_assert_int_eq(gac_load_options_init(&o, 0), GAC_EARG);
	ck_assert_uint_eq(o.flags, 7);
	ck_assert_int_eq(gac_load_options_init(NULL, GAC_LOAD_OPTIONS_VERSION), GAC_EARG);
	/* a zeroed struct is the defaults; a newer version is refused with detail */
	char path[4096];
	snprintf(path, sizeof path, "%s/examples/chatbot.yaml", getenv("GAC_TEST_ROOT") ? getenv("GAC_TEST_ROOT") : ".");
	gac_load_options zero;
	memset(&zero, 0, sizeof zero);
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_load_file_opts(&s, path, &zero, &e), GAC_OK);
	ck_assert_ptr_nonnull(s);
	gac_scenario_free(s);
	zero.version = GAC_LOAD_OPTIONS_VERSION + 1;
	ck_assert_int_eq(gac_scenario_load_file_opts(&s, path, &zero, &e), GAC_EARG);
	ck_assert_ptr_null(s);
	ck_assert_int_eq(e.status, GAC_EARG);
	ck_assert_ptr_nonnull(strstr(e.message, "load options of version 2: this library knows versions up to 1"));
}
END_TEST

START_TEST(sim_options_init_matches_the_macro)
{
	gac_sim_options o, m = GAC_SIM_OPTIONS_INIT;
	memset(&o, 0xA5, sizeof o);
	ck_assert_int_eq(gac_sim_options_init(&o, GAC_SIM_OPTIONS_VERSION), GAC_OK);
	ck_assert_uint_eq(o.version, GAC_SIM_OPTIONS_VERSION);
	ck_assert_uint_eq(o.trials, 10000);
	ck_assert(o.seed == 1);
	ck_assert_uint_eq(o.threads, 0);
	ck_assert(isnan(o.budget));
	ck_assert_uint_eq(o.memory_cap, 0);
	ck_assert(o.precision == 0);
	ck_assert_uint_eq(o.max_trials, 0);
	ck_assert(o.progress == NULL && o.progress_user == NULL);
	ck_assert_uint_eq(o.months, 0);
	ck_assert_uint_eq(m.months, 0);
	ck_assert(m.version == o.version && m.trials == o.trials && m.seed == o.seed && isnan(m.budget));
	o.trials = 5;
	ck_assert_int_eq(gac_sim_options_init(&o, 0), GAC_EARG);
	ck_assert_int_eq(gac_sim_options_init(&o, GAC_SIM_OPTIONS_VERSION + 1), GAC_EARG);
	ck_assert_uint_eq(o.trials, 5);
	ck_assert_int_eq(gac_sim_options_init(NULL, GAC_SIM_OPTIONS_VERSION), GAC_EARG);
}
END_TEST

static gac_simulation *run(const gac_sim_options *o)
{
	gac_simulation *sim = NULL;
	gac_error e;
	ck_assert_msg(gac_simulate(&sim, sc, sheet, o, &e) == GAC_OK, "%s", e.message);
	return sim;
}

static void same_run(const gac_simulation *a, const gac_simulation *b)
{
	ck_assert_uint_eq(gac_simulation_trials(a), gac_simulation_trials(b));
	for (size_t t = 0; t < gac_simulation_trials(a); t++)
		ck_assert(gac_simulation_total(a, t, 0) == gac_simulation_total(b, t, 0));
}

/* A zeroed struct (version 0) and NULL are the defaults: 10,000 trials,
 * seed 1, no budget; a zero trials/seed/budget in it stands for those.
 * Version 1 takes its fields literally. */
START_TEST(sim_options_version_0_is_the_defaults)
{
	gac_sim_options zero, def;
	memset(&zero, 0, sizeof zero);
	ck_assert_int_eq(gac_sim_options_init(&def, GAC_SIM_OPTIONS_VERSION), GAC_OK);
	gac_simulation *a = run(&zero), *b = run(&def), *c = run(NULL);
	ck_assert_uint_eq(gac_simulation_trials(a), 10000);
	same_run(a, b);
	same_run(a, c);
	ck_assert(isnan(gac_simulation_option(a, 0)->prob_over_budget));
	/* uniform on [1000, 3000]: mean 2000 within 4 standard errors */
	ck_assert(fabs(gac_simulation_option(a, 0)->mean - 2000) < 4 * gac_simulation_option(a, 0)->se_mean);
	gac_simulation_free(a);
	gac_simulation_free(b);
	gac_simulation_free(c);
	/* version 0 with some fields set: those are taken, zeros are defaults */
	zero.trials = 300;
	zero.budget = 2500;
	a = run(&zero);
	ck_assert_uint_eq(gac_simulation_trials(a), 300);
	ck_assert(gac_simulation_option(a, 0)->prob_over_budget > 0 && gac_simulation_option(a, 0)->prob_over_budget < 1);
	gac_simulation_free(a);
	/* version 1 is literal: seed 0 is its own seed, not seed 1 */
	def.trials = 300;
	def.seed = 0;
	a = run(&def);
	def.seed = 1;
	b = run(&def);
	int differ = 0;
	for (size_t t = 0; t < 300; t++)
		differ |= gac_simulation_total(a, t, 0) != gac_simulation_total(b, t, 0);
	ck_assert(differ);
	gac_simulation_free(a);
	gac_simulation_free(b);
	def.trials = 0;
	gac_simulation *none = NULL;
	gac_error e;
	ck_assert_int_eq(gac_simulate(&none, sc, sheet, &def, &e), GAC_EVALUE);
}
END_TEST

/* A version-1 struct ends before months: whatever follows it in the
 * caller's memory is not read, and a trial is one month. */
START_TEST(sim_options_version_1_has_no_months)
{
	gac_sim_options o;
	ck_assert_int_eq(gac_sim_options_init(&o, 1), GAC_OK);
	ck_assert_uint_eq(o.version, 1);
	o.trials = 50;
	o.months = 12;  /* past a version-1 struct: not read */
	gac_simulation *a = run(&o);
	ck_assert_uint_eq(gac_simulation_months(a), 0);
	o.version = GAC_SIM_OPTIONS_VERSION;
	gac_simulation *b = run(&o);
	ck_assert_uint_eq(gac_simulation_months(b), 12);
	gac_simulation_free(a);
	gac_simulation_free(b);
}
END_TEST

START_TEST(sim_options_unknown_version_refused)
{
	gac_sim_options o;
	ck_assert_int_eq(gac_sim_options_init(&o, GAC_SIM_OPTIONS_VERSION), GAC_OK);
	o.version = GAC_SIM_OPTIONS_VERSION + 1;
	gac_simulation *sim = (gac_simulation *)&o;  /* set to NULL on failure */
	gac_error e;
	ck_assert_int_eq(gac_simulate(&sim, sc, sheet, &o, &e), GAC_EARG);
	ck_assert_ptr_null(sim);
	ck_assert_int_eq(e.status, GAC_EARG);
	ck_assert_str_eq(e.message, "simulation options of version 3: this library knows versions up to 2");
	gac_check *chk = NULL;
	ck_assert_int_eq(gac_check_run(&chk, sc, sheet, NULL, &o, &e), GAC_OK);  /* no percentile budget: no simulation */
	gac_check_free(chk);
}
END_TEST

/* The seed is 64 bits: the same seed, the same run; seeds that differ
 * only above bit 32 give different runs (none is truncated). */
START_TEST(seed_is_64_bits)
{
	gac_sim_options o;
	ck_assert_int_eq(gac_sim_options_init(&o, GAC_SIM_OPTIONS_VERSION), GAC_OK);
	o.trials = 500;
	o.seed = UINT64_C(0x100000001);  /* 2^32 + 1 */
	gac_simulation *a = run(&o), *b = run(&o);
	same_run(a, b);
	o.seed = 1;
	gac_simulation *c = run(&o);
	int differ = 0;
	for (size_t t = 0; t < 500; t++)
		differ |= gac_simulation_total(a, t, 0) != gac_simulation_total(c, t, 0);
	ck_assert_msg(differ, "seed 2^32 + 1 ran as seed 1");
	o.seed = UINT64_MAX;
	gac_simulation *d = run(&o);
	char *t = NULL;
	ck_assert_int_eq(gac_report_simulation(&t, d, o.seed, "USD", GAC_FORMAT_JSON, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "\"seed\": 18446744073709551615,"));
	gac_free(t);
	ck_assert_int_eq(gac_report_simulation(&t, d, o.seed, "USD", GAC_FORMAT_TABLE, 0), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "seed 18446744073709551615,"));
	gac_free(t);
	gac_simulation_free(a);
	gac_simulation_free(b);
	gac_simulation_free(c);
	gac_simulation_free(d);
}
END_TEST

START_TEST(model_info_versions)
{
	gac_model_info m;
	memset(&m, 0xA5, sizeof m);
	ck_assert_int_eq(gac_model_info_init(&m, GAC_MODEL_INFO_VERSION), GAC_OK);
	ck_assert_uint_eq(m.version, GAC_MODEL_INFO_VERSION);
	ck_assert_ptr_null(m.id);
	ck_assert_int_eq(gac_model_info_init(&m, 0), GAC_EARG);
	ck_assert_int_eq(gac_model_info_init(&m, GAC_MODEL_INFO_VERSION + 1), GAC_EARG);
	ck_assert_int_eq(gac_sheet_model(&m, sheet, 0, "us-east-1"), GAC_OK);
	ck_assert_str_eq(m.id, "m.one");
	ck_assert(m.price[GAC_PRICE_INPUT] == 1 && m.price[GAC_PRICE_OUTPUT] == 2);
	ck_assert(m.price[GAC_MODEL_INFO_PRICES - 1] == 0);
	/* a zeroed struct is version 1 */
	memset(&m, 0, sizeof m);
	ck_assert_int_eq(gac_sheet_model(&m, sheet, 0, NULL), GAC_OK);
	ck_assert_uint_eq(m.version, 1);
	ck_assert_str_eq(m.vendor, "v");
	m.version = GAC_MODEL_INFO_VERSION + 1;
	m.id = NULL;
	ck_assert_int_eq(gac_sheet_model(&m, sheet, 0, NULL), GAC_EARG);
	ck_assert_ptr_null(m.id);
}
END_TEST

Suite *suite_abi(void)
{
	Suite *s = suite_create("abi");
	TCase *tc = tcase_create("abi");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, free_releases_what_the_library_hands_out);
	tcase_add_test(tc, load_options_init_and_versions);
	tcase_add_test(tc, sim_options_init_matches_the_macro);
	tcase_add_test(tc, sim_options_version_0_is_the_defaults);
	tcase_add_test(tc, sim_options_unknown_version_refused);
	tcase_add_test(tc, sim_options_version_1_has_no_months);
	tcase_add_test(tc, seed_is_64_bits);
	tcase_add_test(tc, model_info_versions);
	suite_add_tcase(s, tc);
	return s;
}

/* Reports of inputs: gac_report_params and gac_validation with
 * gac_report_validate, as text and as JSON. */
#include "tests.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.sonnet\n"
	"    vendor: anthropic\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 3\n"
	"    output: 15\n";

static const char scenario_yaml[] =
	"genaicost: scenario/1\n"
	"name: example\n"
	"region: us-east-1\n"
	"pricing: t\n"
	"workloads:\n"
	"  - name: chat\n"
	"    model: m.sonnet\n"
	"    requests_per_month: 1000\n"
	"    input_tokens: 1500\n"
	"    output_tokens: 400.5\n";

static gac_sheet *sheet;
static gac_scenario *sc;

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_load_buffer(&sc, scenario_yaml, strlen(scenario_yaml), "s.yaml", &e), GAC_OK);
}

static void teardown(void)
{
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
}

static json_t *parse(const char *text)
{
	json_error_t je;
	json_t *j = json_loads(text, 0, &je);
	ck_assert_msg(j != NULL, "not JSON: %s", je.text);
	return j;
}

/* The entry of `path` in a params/1 document. */
static json_t *param(json_t *doc, const char *path)
{
	size_t i;
	json_t *p;
	json_array_foreach(json_object_get(doc, "params"), i, p)
		if (!strcmp(json_string_value(json_object_get(p, "path")), path))
			return p;
	ck_abort_msg("no parameter %s", path);
	return NULL;
}

START_TEST(params_table)
{
	char *t = NULL;
	ck_assert_int_eq(gac_report_params(&t, sc, GAC_FORMAT_TABLE), GAC_OK);
	/* text parameters first, then the numeric ones: given, default, unset */
	ck_assert_ptr_nonnull(strstr(t, "region = us-east-1\n"));
	ck_assert_ptr_nonnull(strstr(t, "workloads.chat.model = m.sonnet\n"));
	ck_assert_ptr_nonnull(strstr(t, "workloads.chat.output_tokens = 400.5\n"));
	ck_assert_ptr_nonnull(strstr(t, "hours_per_month = 730  # default\n"));
	ck_assert_ptr_nonnull(strstr(t, "deployment.model_unit_input_tpm = unset  # the model unit's capacity "
	                                "from the price sheet\n"));
	ck_assert(strstr(t, "workloads.chat.model =") < strstr(t, "hours_per_month ="));
	gac_free(t);
}
END_TEST

START_TEST(params_json)
{
	gac_error e;
	/* a change made after loading is shown as set, as --set is */
	ck_assert_int_eq(gac_scenario_set(sc, "hours_per_month", "720", &e), GAC_OK);
	char *t = NULL;
	ck_assert_int_eq(gac_report_params(&t, sc, GAC_FORMAT_JSON), GAC_OK);
	json_t *d = parse(t);
	ck_assert_str_eq(json_string_value(json_object_get(d, "genaicost")), "params/1");
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(d, "scenario"), "name")), "example");
	json_t *p = param(d, "workloads.chat.output_tokens");
	ck_assert_str_eq(json_string_value(json_object_get(p, "type")), "number");
	ck_assert_double_eq(json_number_value(json_object_get(p, "value")), 400.5);
	ck_assert(json_is_true(json_object_get(p, "set")));
	p = param(d, "hours_per_month");
	ck_assert_double_eq(json_number_value(json_object_get(p, "value")), 720);
	ck_assert(json_is_true(json_object_get(p, "set")));
	p = param(d, "deployment.commitment");
	ck_assert_str_eq(json_string_value(json_object_get(p, "value")), "none");
	ck_assert(json_is_false(json_object_get(p, "set")));
	ck_assert(json_is_null(json_object_get(p, "unset_means")));
	p = param(d, "deployment.model_unit_input_tpm");
	ck_assert(json_is_null(json_object_get(p, "value")));
	ck_assert_str_eq(json_string_value(json_object_get(p, "unset_means")),
	                 "the model unit's capacity from the price sheet");
	p = param(d, "region");
	ck_assert_str_eq(json_string_value(json_object_get(p, "type")), "text");
	ck_assert_str_eq(json_string_value(json_object_get(p, "value")), "us-east-1");
	ck_assert(json_is_null(json_object_get(p, "set")));
	/* one entry per table line, in the table's order */
	char *table = NULL;
	ck_assert_int_eq(gac_report_params(&table, sc, GAC_FORMAT_TABLE), GAC_OK);
	size_t lines = 0;
	for (const char *c = table; *c; c++)
		lines += *c == '\n';
	ck_assert_uint_eq(json_array_size(json_object_get(d, "params")), lines);
	gac_free(table);
	json_decref(d);
	gac_free(t);
}
END_TEST

START_TEST(params_refuses)
{
	char *t = (char *)"x";
	ck_assert_int_eq(gac_report_params(&t, NULL, GAC_FORMAT_TABLE), GAC_EARG);
	ck_assert_ptr_null(t);
	ck_assert_int_eq(gac_report_params(NULL, sc, GAC_FORMAT_TABLE), GAC_EARG);
	ck_assert_int_eq(gac_report_params(&t, sc, GAC_FORMAT_CSV), GAC_EVALUE);
	ck_assert_int_eq(gac_report_params(&t, sc, GAC_FORMAT_MARKDOWN), GAC_EVALUE);
	ck_assert_ptr_null(t);
}
END_TEST

START_TEST(validation_entries)
{
	gac_validation *v = NULL;
	gac_error e;
	ck_assert_int_eq(gac_validation_new(&v), GAC_OK);
	ck_assert_int_eq(gac_validation_add_sheet(v, "t.yaml", sheet), GAC_OK);
	ck_assert_int_eq(gac_validation_add_scenario(v, "s.yaml", sc, sheet, &e), GAC_OK);
	/* an unknown model: the error, with its place, is returned and recorded */
	static const char bad_yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - name: chat\n"
		"    model: m.sonet\n"
		"    requests_per_month: 1000\n"
		"    input_tokens: 10\n"
		"    output_tokens: 10\n";
	gac_scenario *bad = NULL;
	ck_assert_int_eq(gac_scenario_load_buffer(&bad, bad_yaml, strlen(bad_yaml), "bad.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_validation_add_scenario(v, "bad.yaml", bad, sheet, &e), GAC_EMODEL);
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 12);
	/* valid without a name, with a warning */
	static const char noname_yaml[] =
		"genaicost: scenario/1\n"
		"workloads:\n"
		"  - {name: a, model: m.sonnet, requests_per_month: 1, input_tokens: 1, output_tokens: 1}\n";
	gac_scenario *noname = NULL;
	ck_assert_int_eq(gac_scenario_load_buffer(&noname, noname_yaml, strlen(noname_yaml), "n.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_validation_add_scenario(v, "n.yaml", noname, sheet, &e), GAC_OK);
	gac_scenario_free(noname);
	/* a file that did not load, as its loader said */
	gac_error io;
	gac_error_clear(&io);
	snprintf(io.file, sizeof io.file, "gone.yaml");
	snprintf(io.message, sizeof io.message, "cannot open: No such file or directory");
	ck_assert_int_eq(gac_validation_add_error(v, "gone.yaml", 0, NULL, GAC_EIO, &io), GAC_OK);
	/* a file name that is not UTF-8 still makes valid JSON */
	ck_assert_int_eq(gac_validation_add_error(v, "caf\xe9.yaml", GAC_FILE_SCENARIO, NULL, GAC_ESYNTAX, NULL),
	                 GAC_OK);
	ck_assert_uint_eq(gac_validation_count(v), 6);
	ck_assert_uint_eq(gac_validation_invalid_count(v), 3);
	ck_assert_ptr_null(gac_validation_warning(v, 2));
	ck_assert_str_eq(gac_validation_warning(v, 3), "the scenario has no name: reports, baselines and check "
	                                               "tell scenarios apart by it; add name: at the top");
	ck_assert_ptr_null(gac_validation_warning(v, 1));
	ck_assert_ptr_null(gac_validation_warning(v, 99));

	/* table: the valid files' lines only */
	char *t = NULL;
	ck_assert_int_eq(gac_report_validate(&t, v, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_str_eq(t, "t.yaml: ok: price sheet t, as of 2025-02-28, 1 model\n"
	                    "s.yaml: ok: scenario example, 1 workload, 0 options, priced with t\n"
	                    "n.yaml: ok: scenario (no name), 1 workload, 0 options, priced with t\n");
	gac_free(t);

	ck_assert_int_eq(gac_report_validate(&t, v, GAC_FORMAT_JSON), GAC_OK);
	json_t *d = parse(t), *f = json_object_get(d, "files");
	ck_assert_str_eq(json_string_value(json_object_get(d, "genaicost")), "validate/1");
	ck_assert(json_is_false(json_object_get(d, "valid")));
	ck_assert_uint_eq(json_array_size(f), 6);
	json_t *x = json_array_get(f, 0);
	ck_assert_str_eq(json_string_value(json_object_get(x, "kind")), "price-sheet");
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(x, "pricing"), "models")), 1);
	ck_assert(json_is_null(json_object_get(x, "error")));
	x = json_array_get(f, 2);
	ck_assert(json_is_false(json_object_get(x, "valid")));
	ck_assert_uint_eq(json_array_size(json_object_get(x, "warnings")), 0);
	json_t *err = json_object_get(x, "error");
	ck_assert_int_eq(json_integer_value(json_object_get(err, "status")), GAC_EMODEL);
	ck_assert_str_eq(json_string_value(json_object_get(err, "reason")), gac_strerror(GAC_EMODEL));
	ck_assert_str_eq(json_string_value(json_object_get(err, "file")), "bad.yaml");
	ck_assert_int_eq(json_integer_value(json_object_get(err, "line")), 4);
	ck_assert_int_eq(json_integer_value(json_object_get(err, "column")), 12);
	x = json_array_get(f, 3);
	ck_assert(json_is_null(json_object_get(json_object_get(x, "scenario"), "name")));
	ck_assert_uint_eq(json_array_size(json_object_get(x, "warnings")), 1);
	x = json_array_get(f, 4);
	ck_assert(json_is_null(json_object_get(x, "kind")));
	err = json_object_get(x, "error");
	ck_assert(json_is_null(json_object_get(err, "line")));
	ck_assert(json_is_null(json_object_get(err, "column")));
	ck_assert_str_eq(json_string_value(json_object_get(err, "message")), "cannot open: No such file or directory");
	x = json_array_get(f, 5);
	ck_assert_str_eq(json_string_value(json_object_get(x, "file")), "caf\xef\xbf\xbd.yaml");
	/* no detail: the status's text, no file */
	err = json_object_get(x, "error");
	ck_assert_str_eq(json_string_value(json_object_get(err, "message")), gac_strerror(GAC_ESYNTAX));
	ck_assert(json_is_null(json_object_get(err, "file")));
	json_decref(d);
	gac_free(t);
	gac_scenario_free(bad);
	gac_validation_free(v);
}
END_TEST

START_TEST(validation_refuses)
{
	gac_validation *v = NULL;
	char *t = NULL;
	ck_assert_int_eq(gac_validation_new(NULL), GAC_EARG);
	gac_validation_free(NULL);
	ck_assert_int_eq(gac_validation_new(&v), GAC_OK);
	ck_assert_int_eq(gac_validation_add_sheet(v, NULL, sheet), GAC_EARG);
	ck_assert_int_eq(gac_validation_add_scenario(v, "s.yaml", NULL, sheet, NULL), GAC_EARG);
	ck_assert_int_eq(gac_validation_add_error(v, "x", 0, NULL, GAC_OK, NULL), GAC_EARG);
	ck_assert_uint_eq(gac_validation_count(v), 0);
	ck_assert_uint_eq(gac_validation_count(NULL), 0);
	ck_assert_int_eq(gac_report_validate(&t, v, GAC_FORMAT_CSV), GAC_EVALUE);
	ck_assert_int_eq(gac_report_validate(&t, NULL, GAC_FORMAT_JSON), GAC_EARG);
	/* nothing validated: an empty text, and a valid empty document */
	ck_assert_int_eq(gac_report_validate(&t, v, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_str_eq(t, "");
	gac_free(t);
	ck_assert_int_eq(gac_report_validate(&t, v, GAC_FORMAT_JSON), GAC_OK);
	json_t *d = parse(t);
	ck_assert(json_is_true(json_object_get(d, "valid")));
	ck_assert_uint_eq(json_array_size(json_object_get(d, "files")), 0);
	json_decref(d);
	gac_free(t);
	gac_validation_free(v);
}
END_TEST

/* File names as given, in JSON: UTF-8 kept, anything else U+FFFD a byte */
START_TEST(validation_file_names)
{
	static const struct {
		const char *path, *json;
	} names[] = {
		{"caf\xc3\xa9.yaml", "caf\xc3\xa9.yaml"},             /* é */
		{"\xf0\x9f\x92\xb0.yaml", "\xf0\x9f\x92\xb0.yaml"},  /* U+1F4B0 */
		{"\xc0\xaf.yaml", "\xef\xbf\xbd\xef\xbf\xbd.yaml"}, /* overlong '/' */
		{"\xed\xa0\x80.yaml", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd.yaml"}, /* a surrogate */
		{"x\xe2\x82", "x\xef\xbf\xbd\xef\xbf\xbd"},          /* cut short */
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		gac_validation *v = NULL;
		char *t = NULL;
		ck_assert_int_eq(gac_validation_new(&v), GAC_OK);
		ck_assert_int_eq(gac_validation_add_sheet(v, names[i].path, sheet), GAC_OK);
		ck_assert_int_eq(gac_report_validate(&t, v, GAC_FORMAT_JSON), GAC_OK);
		json_t *d = parse(t);
		ck_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(d, "files"), 0), "file")),
		                 names[i].json);
		json_decref(d);
		gac_free(t);
		/* the table prints the name as given */
		ck_assert_int_eq(gac_report_validate(&t, v, GAC_FORMAT_TABLE), GAC_OK);
		ck_assert(!strncmp(t, names[i].path, strlen(names[i].path)));
		gac_free(t);
		gac_validation_free(v);
	}
}
END_TEST

Suite *suite_report_inputs(void)
{
	Suite *s = suite_create("report_inputs");
	TCase *t = tcase_create("params and validate");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, params_table);
	tcase_add_test(t, params_json);
	tcase_add_test(t, params_refuses);
	tcase_add_test(t, validation_entries);
	tcase_add_test(t, validation_refuses);
	tcase_add_test(t, validation_file_names);
	suite_add_tcase(s, t);
	return s;
}

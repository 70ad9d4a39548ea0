/* Workbooks (gac_report_xlsx, gac_report_compare_xlsx,
 * gac_report_forecast_xlsx): each written to a scratch file, its parts
 * read back out of the zip (central directory, raw deflate through zlib)
 * and the cells' formulas and cached results checked against figures
 * worked by hand.  tests/xlsx_test.py reads whole workbooks with openpyxl. */
#define _GNU_SOURCE
#include "tests.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand-typed test prices]\n"
	"models:\n"
	"  - id: m.sonnet\n"
	"    vendor: anthropic\n"
	"    source: the test's own table\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 3\n"
	"    output: 15\n";

/* The sheet prices per 1M tokens, so the lines count 1M tokens: 1,000
 * requests of 1,500 input tokens = 1.5 (1M tokens) × $3 = $4.50; of 400.5
 * output tokens = 0.4005 × $15 = $6.0075;
 * total $10.5075.  Option "summary" halves the requests: $5.25375 (its
 * sheet name clashes with the summary's); the long-named one doubles
 * them: $21.015 (its name is cut to 26 characters). */
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
	"    output_tokens: 400.5\n"
	"options:\n"
	"  - name: summary\n"
	"    set: {workloads.chat.requests_per_month: 500}\n"
	"  - name: a-very-long-option-name-beyond-31-chars\n"
	"    set: {workloads.chat.requests_per_month: 2000}\n";

static gac_sheet *sheet;
static gac_scenario *sc;
static char path[64];

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_load_buffer(&sc, scenario_yaml, strlen(scenario_yaml), "s.yaml", &e), GAC_OK);
	strcpy(path, "/tmp/gac-xlsx-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	close(fd);
}

static void teardown(void)
{
	unlink(path);
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
}

static unsigned rd16(const unsigned char *p)
{
	return p[0] | (unsigned)p[1] << 8;
}

static uint32_t rd32(const unsigned char *p)
{
	return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* The part `name` of the zip at `file`, inflated and NUL-terminated; NULL
 * when it has none. */
static char *zip_part(const char *file, const char *name)
{
	FILE *f = fopen(file, "rb");
	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	ck_assert_int_gt(n, 22);
	unsigned char *z = malloc((size_t)n);
	rewind(f);
	ck_assert_uint_eq(fread(z, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	ck_assert(z[0] == 'P' && z[1] == 'K' && z[2] == 3 && z[3] == 4);
	long eocd = n - 22;
	while (eocd > 0 && rd32(z + eocd) != 0x06054b50)
		eocd--;
	ck_assert_int_gt(eocd, 0);
	unsigned entries = rd16(z + eocd + 10);
	const unsigned char *cd = z + rd32(z + eocd + 16);
	char *out = NULL;
	for (unsigned i = 0; i < entries && !out; i++) {
		ck_assert_uint_eq(rd32(cd), 0x02014b50);
		unsigned method = rd16(cd + 10), nlen = rd16(cd + 28), xlen = rd16(cd + 30), clen = rd16(cd + 32);
		uint32_t csize = rd32(cd + 20), usize = rd32(cd + 24), off = rd32(cd + 42);
		if (nlen == strlen(name) && !memcmp(cd + 46, name, nlen)) {
			const unsigned char *lh = z + off;
			const unsigned char *data = lh + 30 + rd16(lh + 26) + rd16(lh + 28);
			out = malloc(usize + 1);
			if (method == 0) {
				memcpy(out, data, usize);
			} else {
				ck_assert_uint_eq(method, 8);
				z_stream s = {0};
				ck_assert_int_eq(inflateInit2(&s, -15), Z_OK);
				s.next_in = (unsigned char *)data;
				s.avail_in = csize;
				s.next_out = (unsigned char *)out;
				s.avail_out = usize;
				ck_assert_int_eq(inflate(&s, Z_FINISH), Z_STREAM_END);
				inflateEnd(&s);
			}
			out[usize] = '\0';
		}
		cd += 46 + nlen + xlen + clen;
	}
	free(z);
	return out;
}

/* The cached result of the formula cell `ref` ("G2") of a sheet's XML,
 * after checking that its formula is `formula`. */
static double formula_cell(const char *xml, const char *ref, const char *formula)
{
	char at[32];
	snprintf(at, sizeof at, "<c r=\"%s\"", ref);
	const char *c = strstr(xml, at);
	ck_assert_msg(c != NULL, "no cell %s", ref);
	const char *end = strstr(c, "</c>");
	const char *f = strstr(c, "<f>");
	ck_assert_msg(f && f < end, "cell %s has no formula", ref);
	size_t fl = strlen(formula);
	ck_assert_msg(!strncmp(f + 3, formula, fl) && !strncmp(f + 3 + fl, "</f>", 4), "cell %s: formula %.40s, "
	              "expected %s", ref, f + 3, formula);
	const char *v = strstr(f, "<v>");
	ck_assert_msg(v && v < end, "cell %s has no cached result", ref);
	return strtod(v + 3, NULL);
}

static double number_cell(const char *xml, const char *ref)
{
	char at[32];
	snprintf(at, sizeof at, "<c r=\"%s\"", ref);
	const char *c = strstr(xml, at);
	ck_assert_msg(c != NULL, "no cell %s", ref);
	const char *v = strstr(c, "<v>");
	ck_assert_msg(v && v < strstr(c, "</c>"), "cell %s has no value", ref);
	return strtod(v + 3, NULL);
}

START_TEST(estimate_formulas)
{
	gac_result *r = NULL;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, NULL), GAC_OK);
	ck_assert_int_eq(gac_report_xlsx(path, r, sc, sheet, 0), GAC_OK);
	char *ws = zip_part(path, "xl/worksheets/sheet1.xml");
	ck_assert_ptr_nonnull(ws);
	ck_assert_rel(number_cell(ws, "D2"), 1.5, 1e-15);
	ck_assert_rel(number_cell(ws, "F2"), 3, 1e-15);
	ck_assert_rel(formula_cell(ws, "G2", "D2*F2"), 4.5, 1e-15);
	ck_assert_rel(number_cell(ws, "D3"), 0.4005, 1e-15);
	ck_assert_rel(number_cell(ws, "F3"), 15, 1e-15);
	ck_assert_rel(formula_cell(ws, "G3", "D3*F3"), 6.0075, 1e-15);
	ck_assert_rel(formula_cell(ws, "G4", "SUM(G2:G3)"), 10.5075, 1e-15);
	free(ws);
	char *book = zip_part(path, "xl/workbook.xml");
	ck_assert_ptr_nonnull(book);
	ck_assert_ptr_nonnull(strstr(book, "name=\"Estimate\""));
	ck_assert_ptr_nonnull(strstr(book, "name=\"Inputs\""));
	ck_assert_ptr_nonnull(strstr(book, "name=\"Sources\""));
	free(book);
	char *strings = zip_part(path, "xl/sharedStrings.xml");
	ck_assert_ptr_nonnull(strings);
	ck_assert_ptr_nonnull(strstr(strings, "<t>1M tokens</t>"));
	ck_assert_ptr_nonnull(strstr(strings, "workloads.chat.requests_per_month"));
	ck_assert_ptr_nonnull(strstr(strings, "the test's own table"));
	ck_assert_ptr_nonnull(strstr(strings, "hand-typed test prices"));
	free(strings);
	/* the money cells carry a currency format */
	char *styles = zip_part(path, "xl/styles.xml");
	ck_assert_ptr_nonnull(styles);
	ck_assert_ptr_nonnull(strstr(styles, "formatCode=\"$#,##0.00\""));
	free(styles);
	gac_result_free(r);
}
END_TEST

START_TEST(compare_summary_refers_to_option_sheets)
{
	gac_comparison *cmp = NULL;
	ck_assert_int_eq(gac_compare(&cmp, sc, sheet, NULL), GAC_OK);
	ck_assert_uint_eq(gac_comparison_count(cmp), 3);
	ck_assert_int_eq(gac_report_compare_xlsx(path, cmp, sc, sheet, 0), GAC_OK);
	char *book = zip_part(path, "xl/workbook.xml");
	ck_assert_ptr_nonnull(book);
	/* sheet names: unique whatever the case, 31 characters at most */
	ck_assert_ptr_nonnull(strstr(book, "name=\"Summary\""));
	ck_assert_ptr_nonnull(strstr(book, "name=\"baseline\""));
	ck_assert_ptr_nonnull(strstr(book, "name=\"summary (2)\""));
	ck_assert_ptr_nonnull(strstr(book, "name=\"a-very-long-option-name-be\""));
	free(book);
	char *sum = zip_part(path, "xl/worksheets/sheet1.xml");
	ck_assert_ptr_nonnull(sum);
	ck_assert_rel(formula_cell(sum, "B2", "'baseline'!G4"), 10.5075, 1e-15);
	ck_assert_rel(formula_cell(sum, "B3", "'summary (2)'!G4"), 5.25375, 1e-15);
	ck_assert_rel(formula_cell(sum, "C3", "B3-B$2"), -5.25375, 1e-15);
	ck_assert_rel(formula_cell(sum, "D3", "C3/B$2"), -0.5, 1e-15);
	ck_assert_rel(formula_cell(sum, "B4", "'a-very-long-option-name-be'!G4"), 21.015, 1e-15);
	ck_assert_rel(formula_cell(sum, "D4", "C4/B$2"), 1, 1e-15);
	free(sum);
	char *opt = zip_part(path, "xl/worksheets/sheet3.xml");
	ck_assert_ptr_nonnull(opt);
	ck_assert_rel(formula_cell(opt, "G2", "D2*F2"), 2.25, 1e-15);
	ck_assert_rel(formula_cell(opt, "G4", "SUM(G2:G3)"), 5.25375, 1e-15);
	free(opt);
	gac_comparison_free(cmp);
}
END_TEST

START_TEST(forecast_cumulative_formula)
{
	gac_forecast *fc = NULL;
	ck_assert_int_eq(gac_forecast_run(&fc, sc, sheet, 3, NULL), GAC_OK);
	ck_assert_int_eq(gac_report_forecast_xlsx(path, fc, sc, sheet, 0), GAC_OK);
	char *ws = zip_part(path, "xl/worksheets/sheet1.xml");
	ck_assert_ptr_nonnull(ws);
	/* no growth: $10.5075 a month */
	ck_assert_rel(number_cell(ws, "H2"), 10.5075, 1e-15);
	ck_assert_rel(formula_cell(ws, "I2", "H2"), 10.5075, 1e-15);
	ck_assert_rel(formula_cell(ws, "I3", "I2+H3"), 21.015, 1e-15);
	ck_assert_rel(formula_cell(ws, "I4", "I3+H4"), 31.5225, 1e-15);
	ck_assert_rel(formula_cell(ws, "H5", "SUM(H2:H4)"), 31.5225, 1e-15);
	free(ws);
	gac_forecast_free(fc);
}
END_TEST

START_TEST(bad_arguments)
{
	gac_result *r = NULL;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, NULL), GAC_OK);
	ck_assert_int_eq(gac_report_xlsx(NULL, r, sc, sheet, 0), GAC_EARG);
	ck_assert_int_eq(gac_report_xlsx(path, NULL, sc, sheet, 0), GAC_EARG);
	ck_assert_int_eq(gac_report_xlsx(path, r, sc, sheet, 1), GAC_EARG);
	/* the text report refuses the workbook format, *out NULL */
	char *text = (char *)"unset";
	ck_assert_int_eq(gac_report(&text, r, sc, sheet, GAC_FORMAT_XLSX, 0), GAC_EVALUE);
	ck_assert_ptr_null(text);
	gac_format f;
	ck_assert_int_eq(gac_format_parse(&f, "xlsx"), GAC_OK);
	ck_assert_int_eq(f, GAC_FORMAT_XLSX);
	ck_assert_int_eq(gac_report_compare_xlsx(path, NULL, sc, sheet, 0), GAC_EARG);
	ck_assert_int_eq(gac_report_forecast_xlsx(path, NULL, sc, sheet, 0), GAC_EARG);
	/* a directory that does not exist: the file cannot be created */
	ck_assert_int_eq(gac_report_xlsx("/nonexistent-gac-dir/x.xlsx", r, sc, sheet, 0), GAC_EIO);
	gac_result_free(r);
}
END_TEST

Suite *suite_report_xlsx(void)
{
	Suite *s = suite_create("report_xlsx");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, estimate_formulas);
	tcase_add_test(tc, compare_summary_refers_to_option_sheets);
	tcase_add_test(tc, forecast_cumulative_formula);
	tcase_add_test(tc, bad_arguments);
	suite_add_tcase(s, tc);
	return s;
}

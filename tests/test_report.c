/* Reports: rounding only when presenting, exact numbers in JSON/CSV. */
#include "tests.h"
#include "internal.h"
#include "engine.h"
#include "table.h"

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
	"    output: 15\n"
	"  - id: 'odd|id,\"quoted\"'\n"
	"    vendor: other\n"
	"    regions: [us-west-2]\n"
	"    per: 1K\n"
	"    input: 0.0000175\n"
	"    model_unit_hour: {6_month: 22}\n"
	"  - id: m.old\n"
	"    vendor: anthropic\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 0.25\n"
	"    output: 1.25\n"
	"    retired: 2026-01-15\n";

static gac_sheet *sheet;
static gac_scenario *sc;
static gac_result *res;

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_new(&sc, "example"), GAC_OK);
	ck_assert_int_eq(gac_scenario_add_workload(sc, "chat", "m.sonnet"), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.requests_per_month", "1M", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.input_tokens", "1500", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.output_tokens", "400.5", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&res, sc, sheet, &e), GAC_OK);
}

static void teardown(void)
{
	gac_result_free(res);
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
}

static char *render(gac_format f, unsigned flags)
{
	char *text = NULL;
	ck_assert_int_eq(gac_report(&text, res, sc, sheet, f, flags), GAC_OK);
	ck_assert_ptr_nonnull(text);
	return text;
}

START_TEST(format_names)
{
	gac_format f;
	ck_assert_int_eq(gac_format_parse(&f, "json"), GAC_OK);
	ck_assert_int_eq(f, GAC_FORMAT_JSON);
	ck_assert_int_eq(gac_format_parse(&f, "markdown"), GAC_OK);
	ck_assert_int_eq(f, GAC_FORMAT_MARKDOWN);
	ck_assert_int_eq(gac_format_parse(&f, "csv"), GAC_OK);
	ck_assert_int_eq(gac_format_parse(&f, "table"), GAC_OK);
	ck_assert_int_eq(f, GAC_FORMAT_TABLE);
	ck_assert_int_eq(gac_format_parse(&f, "xml"), GAC_EVALUE);
}
END_TEST

/* The one table of formats: six formats numbered 0 to 5 with their
 * names, each name reading back to its number; every report writes a
 * table, params and validate a table or JSON only, calibrate a table,
 * JSON, Markdown or HTML, the analyses the four text formats and html, and estimate,
 * compare and forecast alone xlsx; a name that is no report writes
 * nothing. */
/* gac_buf_sig: a figure to 6 significant digits as the reports write
 * them: 2,522,820.4 -> 2,522,820; 399.2481 -> 399.248; 1,763.70 ->
 * 1,763.7 (the zero dropped); 0.30015234 -> 0.300152; 5e20 (past what
 * grouping shows) -> 5e+20. */
START_TEST(figure_significant_digits)
{
	const struct {
		double v;
		const char *want;
	} cases[] = {{2522820.4, "2,522,820"}, {399.2481, "399.248"}, {1763.70, "1,763.7"}, {0.30015234, "0.300152"},
	             {-12345.678, "-12,345.7"}, {1000000, "1,000,000"}, {0, "0"}, {5e20, "5e+20"}};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		gac_buf b = {0};
		gac_buf_sig(&b, cases[i].v, 6);
		ck_assert_str_eq(b.data, cases[i].want);
		gac_buf_free(&b);
	}
}
END_TEST

START_TEST(format_table)
{
	static const char *const names[] = {"table", "json", "csv", "markdown", "xlsx", "html"};
	int n = 0;
	for (; gac_format_name((gac_format)n); n++) {
		gac_format f;
		ck_assert_str_eq(gac_format_name((gac_format)n), names[n]);
		ck_assert_int_eq(gac_format_parse(&f, names[n]), GAC_OK);
		ck_assert_int_eq(f, n);
	}
	ck_assert_int_eq(n, 6);
	const char *analyses[] = {"estimate", "compare", "what-if", "break-even", "sensitivity", "forecast",
	                          "simulate", "check", "diff", "models", "reconcile"};
	for (size_t i = 0; i < sizeof analyses / sizeof *analyses; i++)
		for (int f = 0; f < 6; f++)
			if (f != GAC_FORMAT_XLSX)
				ck_assert_msg(gac_format_writes((gac_format)f, analyses[i]) == 1, "%s %s", analyses[i], names[f]);
	for (int k = 0; k < 2; k++) {
		const char *r = k ? "validate" : "params";
		ck_assert_int_eq(gac_format_writes(GAC_FORMAT_TABLE, r), 1);
		ck_assert_int_eq(gac_format_writes(GAC_FORMAT_JSON, r), 1);
		ck_assert_int_eq(gac_format_writes(GAC_FORMAT_CSV, r), 0);
		ck_assert_int_eq(gac_format_writes(GAC_FORMAT_MARKDOWN, r), 0);
	}
	for (size_t i = 0; i < sizeof analyses / sizeof *analyses; i++)
		ck_assert_int_eq(gac_format_writes(GAC_FORMAT_XLSX, analyses[i]),
		                 !strcmp(analyses[i], "estimate") || !strcmp(analyses[i], "compare") ||
		                     !strcmp(analyses[i], "forecast"));
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_XLSX, "params"), 0);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_HTML, "params"), 0);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_HTML, "validate"), 0);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_TABLE, "calibrate"), 1);
	/* calibrate: its log of what was read as a table, calibrate/1, or
	 * Markdown and HTML (a fenced block); no CSV or workbook */
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_JSON, "calibrate"), 1);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_MARKDOWN, "calibrate"), 1);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_HTML, "calibrate"), 1);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_CSV, "calibrate"), 0);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_XLSX, "calibrate"), 0);
	/* no part of a name, no list of names, no unknown format */
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_CSV, "what"), 0);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_CSV, "estimate compare"), 0);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_CSV, ""), 0);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_CSV, NULL), 0);
	ck_assert_int_eq(gac_format_writes((gac_format)6, "estimate"), 0);
	ck_assert_ptr_null(gac_format_name((gac_format)-1));
}
END_TEST

START_TEST(table_rounds_to_cents)
{
	/* output 1M × 400.5 = 400.5M tokens × $15/M = $6,007.50; total $10,507.50 */
	char *t = render(GAC_FORMAT_TABLE, 0);
	ck_assert_ptr_nonnull(strstr(t, "Estimate: example\n"));
	ck_assert_ptr_nonnull(strstr(t, "Prices: t (as of 2025-02-28), region us-east-1, 730 hours/month, USD"));
	ck_assert_ptr_nonnull(strstr(t, "$6,007.50"));
	ck_assert_ptr_nonnull(strstr(t, "$10,507.50"));
	ck_assert_ptr_nonnull(strstr(t, "400.50  1M tokens"));
	ck_assert_ptr_null(strstr(t, " = "));
	gac_free(t);
	t = render(GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN);
	ck_assert_ptr_nonnull(strstr(t, "    = 1000000 requests_per_month × 400.5 output_tokens = 400500000 tokens ÷ 1000000 "
	                                "= 400.5 1M tokens × 15 USD = 6007.5 USD\n"));
	ck_assert_ptr_nonnull(strstr(t, "= sum of the line costs above, unrounded: 10507.5 USD"));
	gac_free(t);
}
END_TEST

START_TEST(json_is_exact_and_complete)
{
	char *t = render(GAC_FORMAT_JSON, GAC_REPORT_EXPLAIN);
	json_error_t je;
	json_t *root = json_loads(t, 0, &je);
	ck_assert_msg(root != NULL, "invalid JSON: %s", je.text);
	ck_assert_str_eq(json_string_value(json_object_get(root, "genaicost")), "report/1");
	ck_assert_str_eq(json_string_value(json_object_get(root, "currency")), "USD");
	ck_assert(json_real_value(json_object_get(root, "total")) == gac_result_total(res));
	json_t *pricing = json_object_get(root, "pricing");
	ck_assert_str_eq(json_string_value(json_object_get(pricing, "name")), "t");
	ck_assert_str_eq(json_string_value(json_object_get(pricing, "as_of")), "2025-02-28");
	ck_assert_str_eq(json_string_value(json_object_get(pricing, "hash")), gac_sheet_hash(sheet));
	ck_assert(json_real_value(json_object_get(json_object_get(root, "period"), "hours")) == 730);
	json_t *lines = json_object_get(root, "lines");
	ck_assert_uint_eq(json_array_size(lines), gac_result_line_count(res));
	for (size_t i = 0; i < json_array_size(lines); i++) {
		json_t *l = json_array_get(lines, i);
		const gac_line *g = gac_result_line(res, i);
		ck_assert_str_eq(json_string_value(json_object_get(l, "workload")), g->workload);
		ck_assert_str_eq(json_string_value(json_object_get(l, "component")), g->component);
		ck_assert_str_eq(json_string_value(json_object_get(l, "unit")), g->unit);
		ck_assert(json_real_value(json_object_get(l, "quantity")) == g->quantity);
		ck_assert(json_real_value(json_object_get(l, "unit_price")) == g->unit_price);
		ck_assert(json_real_value(json_object_get(l, "cost")) == g->cost);
		ck_assert_str_eq(json_string_value(json_object_get(l, "formula")), g->formula);
	}
	ck_assert(json_real_value(json_object_get(json_object_get(root, "inputs"),
	                                          "workloads.chat.output_tokens")) == 400.5);
	json_decref(root);
	gac_free(t);
}
END_TEST

/* --explain: the compiled plan in JSON, as the text's note under the
 * total gives it.  By hand: 1M requests × 1,500 input tokens ÷ 1M × $3 =
 * $4,500 and × 400.5 output tokens ÷ 1M × $15 = $6,007.50: two line
 * formulas, evaluated again $10,507.50, the total to the bit. */
START_TEST(json_plan)
{
	char *t = render(GAC_FORMAT_TABLE, GAC_REPORT_EXPLAIN);
	ck_assert_ptr_nonnull(strstr(t, "= the compiled plan: 2 line formulas, "));
	ck_assert_ptr_nonnull(strstr(t, "evaluated again it gives 10507.5 USD"));
	gac_free(t);
	t = render(GAC_FORMAT_JSON, GAC_REPORT_EXPLAIN);
	json_t *root = json_loads(t, 0, NULL);
	gac_free(t);
	json_t *plan = json_object_get(root, "plan");
	ck_assert_ptr_nonnull(plan);
	size_t lines, opaque, guards;
	double total;
	ck_assert(gac_result_plan(res, &lines, &opaque, &guards, &total));
	ck_assert_int_eq(json_integer_value(json_object_get(plan, "formulas")), 2);
	ck_assert_int_eq(json_integer_value(json_object_get(plan, "without_formula")), 0);
	ck_assert_int_eq(json_integer_value(json_object_get(plan, "guards")), (json_int_t)guards);
	ck_assert(guards > 0);
	ck_assert(json_real_value(json_object_get(plan, "total")) == 10507.5);
	ck_assert(json_real_value(json_object_get(root, "total")) == 10507.5);
	json_decref(root);
	/* without --explain, as the text: no plan */
	t = render(GAC_FORMAT_JSON, 0);
	root = json_loads(t, 0, NULL);
	ck_assert_ptr_null(json_object_get(root, "plan"));
	json_decref(root);
	gac_free(t);
	/* a line without a formula: the plan is not evaluated, its total null */
	res->plan.opaque = 1;
	res->plan.evaluated = false;
	t = render(GAC_FORMAT_JSON, GAC_REPORT_EXPLAIN);
	root = json_loads(t, 0, NULL);
	plan = json_object_get(root, "plan");
	ck_assert_int_eq(json_integer_value(json_object_get(plan, "without_formula")), 1);
	ck_assert(json_is_null(json_object_get(plan, "total")));
	json_decref(root);
	gac_free(t);
	/* a result read back from a report has no plan */
	gac_result *blank = gac_result_blank("USD", "us-east-1", 730);
	ck_assert_ptr_nonnull(blank);
	ck_assert_int_eq(gac_report(&t, blank, sc, sheet, GAC_FORMAT_JSON, GAC_REPORT_EXPLAIN), GAC_OK);
	root = json_loads(t, 0, NULL);
	ck_assert_ptr_null(json_object_get(root, "plan"));
	json_decref(root);
	gac_free(t);
	gac_result_free(blank);
}
END_TEST

START_TEST(csv_is_rfc4180)
{
	char *t = render(GAC_FORMAT_CSV, 0);
	ck_assert_ptr_nonnull(strstr(t, "Workload,Model,Component,Quantity,Unit,Unit price,Monthly cost,under_capacity\r\n"));
	ck_assert_ptr_nonnull(strstr(t, "chat,m.sonnet,output tokens,400.5,1M tokens,15,6007.5,false\r\n"));
	/* line items only: no total row; the input row, 1M × 1,500 = 1,500
	 * (1M tokens) × $3 = 4500, and the output row's 6007.5 sum to the
	 * total 10,507.5, as a spreadsheet's SUM of the column would */
	ck_assert_ptr_null(strstr(t, "Total"));
	ck_assert_ptr_nonnull(strstr(t, "chat,m.sonnet,input tokens,1500,1M tokens,3,4500,false\r\n"));
	const char *end = t + strlen(t) - strlen("6007.5,false\r\n");
	ck_assert_str_eq(end, "6007.5,false\r\n");  /* the last row is a line item */
	gac_free(t);
	/* fields with commas and quotes are quoted, quotes doubled */
	ck_assert_int_eq(gac_report_models(&t, sheet, "us-west-2", NULL, GAC_FORMAT_CSV), GAC_OK);
	/* $0.0000175 per 1K tokens lists as 0.0175 per 1M */
	ck_assert_ptr_nonnull(strstr(t, "\"odd|id,\"\"quoted\"\"\",other,text,0.0175,"));
	ck_assert_ptr_null(strstr(t, "m.sonnet"));
	gac_free(t);
}
END_TEST

/* jansson refuses inf and NaN: a report holding one is an internal
 * error (GAC_ERANGE), never "out of memory" (issue 16) */
START_TEST(json_refuses_nonfinite)
{
	json_t *j = gac_jreal(1.5);
	ck_assert(json_is_real(j) && json_real_value(j) == 1.5);
	json_decref(j);
	j = gac_jnum(NAN);
	ck_assert(json_is_null(j));
	ck_assert_int_eq(gac_json_status(NULL), GAC_ENOMEM);
	ck_assert_ptr_null(gac_jreal(INFINITY));
	ck_assert_int_eq(gac_json_status(NULL), GAC_ERANGE);
	/* the note is cleared: the next failure is memory again */
	ck_assert_int_eq(gac_json_status(NULL), GAC_ENOMEM);
	ck_assert_ptr_null(gac_jnum(-INFINITY));
	ck_assert_int_eq(gac_json_status("{}"), GAC_OK);
	ck_assert_int_eq(gac_json_status(NULL), GAC_ENOMEM);
	ck_assert_ptr_null(gac_jreal(NAN));
	ck_assert_ptr_null(gac_json_finish(json_pack("{s:o}", "x", gac_jreal(NAN))));
	ck_assert_int_eq(gac_json_status(NULL), GAC_ERANGE);
}
END_TEST

/* issue 16: the one Markdown escape: nothing user text says can add a
 * heading, a mention, HTML or a link */
START_TEST(markdown_text_is_inert)
{
	gac_buf b = {0};
	gac_md_text(&b, "## x @me <img src=a> [l](http://e.x) *b* _i_ `c` | #1 - + ! {} ~ \\ a&b\nnext\tt");
	ck_assert_str_eq(b.data, "\\#\\# x @&#8203;me &lt;img src=a&gt; \\[l\\]\\(http&#58;//e\\.x\\) \\*b\\* \\_i\\_ "
	                         "\\`c\\` \\| \\#1 \\- \\+ \\! \\{\\} \\~ \\\\ a&amp;b next t");
	gac_buf_free(&b);
	gac_buf_user(&b, "a.b", false);
	ck_assert_str_eq(b.data, "a.b");
	gac_buf_free(&b);
}
END_TEST

START_TEST(markdown_escapes_pipes)
{
	char *t = render(GAC_FORMAT_MARKDOWN, 0);
	ck_assert_ptr_nonnull(strstr(t, "### genaicost estimate: example\n"));
	ck_assert_ptr_nonnull(strstr(t, "|---|---|---|---:|---|---:|---:|\n"));
	ck_assert_ptr_nonnull(strstr(t, "| **Total** |  |  |  |  |  | **$10,507.50** |\n"));
	gac_free(t);
	ck_assert_int_eq(gac_report_models(&t, sheet, NULL, "other", GAC_FORMAT_MARKDOWN), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "| odd\\|id,\"quoted\" | other |"));
	gac_free(t);
}
END_TEST

START_TEST(models_listing)
{
	char *t = NULL;
	ck_assert_int_eq(gac_report_models(&t, sheet, NULL, NULL, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, "m.sonnet"));
	ck_assert_ptr_nonnull(strstr(t, "$0.0175"));  /* $0.0000175 per 1K, per 1M */
	ck_assert_ptr_nonnull(strstr(t, "2 models."));
	gac_free(t);
	ck_assert_int_eq(gac_report_models(&t, sheet, "us-east-1", NULL, GAC_FORMAT_JSON), GAC_OK);
	json_t *root = json_loads(t, 0, NULL);
	ck_assert_ptr_nonnull(root);
	json_t *models = json_object_get(root, "models");
	ck_assert_uint_eq(json_array_size(models), 1);
	json_t *m = json_array_get(models, 0);
	ck_assert_str_eq(json_string_value(json_object_get(m, "id")), "m.sonnet");
	ck_assert(json_real_value(json_object_get(json_object_get(m, "prices"), "output")) == 15);
	ck_assert(json_real_value(json_object_get(m, "per")) == 1e6);
	/* per 1M already: the same figure */
	ck_assert(json_real_value(json_object_get(json_object_get(m, "per_1m_tokens"), "output")) == 15);
	json_decref(root);
	gac_free(t);
	/* per 1K: 0.0000175 × 1000 read back at 15 digits is the double of 0.0175 */
	ck_assert_int_eq(gac_report_models(&t, sheet, NULL, "other", GAC_FORMAT_JSON), GAC_OK);
	root = json_loads(t, 0, NULL);
	ck_assert_ptr_nonnull(root);
	m = json_array_get(json_object_get(root, "models"), 0);
	ck_assert(json_real_value(json_object_get(m, "per")) == 1000);
	ck_assert(json_real_value(json_object_get(json_object_get(m, "per_1m_tokens"), "input")) == 0.0175);
	json_decref(root);
	gac_free(t);
	ck_assert_int_eq(gac_report_models(NULL, sheet, NULL, NULL, GAC_FORMAT_JSON), GAC_EARG);
}
END_TEST

/* What rounds to nothing prints as nothing, without a sign. */
static char *fmt(void (*f)(gac_buf *, double, const char *), double v)
{
	gac_buf b = {0};
	f(&b, v, "USD");
	return gac_buf_take(&b);
}

START_TEST(near_zero_has_no_sign)
{
	static const struct {
		double v;
		const char *money, *signed_money;
	} cases[] = {
		{-1e-12, "$0.00", "$0.00"},   /* a difference of two equal sums */
		{1e-12, "$0.00", "$0.00"},
		{-0.004999, "$0.00", "$0.00"}, /* under half a cent */
		{-0.005, "-$0.01", "-$0.01"},  /* half a cent rounds away from zero */
		{0.005, "$0.01", "+$0.01"},
		{-4, "-$4.00", "-$4.00"},
		{1234.5, "$1,234.50", "+$1,234.50"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *m = fmt(gac_money, cases[i].v), *sm = fmt(gac_signed_money, cases[i].v);
		ck_assert_str_eq(m, cases[i].money);
		ck_assert_str_eq(sm, cases[i].signed_money);
		free(m);
		free(sm);
	}
	/* percentages: 1e-12 relative is 0.0%; a real fall of 0.025% keeps -0.0% */
	static const struct {
		double before, after;
		const char *cell;
	} pcts[] = {
		{14175, 14175 * (1 + 1e-12), "0.0%"},
		{14175, 14175 * (1 - 1e-12), "0.0%"},
		{16064, 16060, "-0.0%"},
		{100, 110, "+10.0%"},
	};
	for (size_t i = 0; i < sizeof pcts / sizeof pcts[0]; i++) {
		gac_buf b = {0};
		gac_pct_cell(&b, pcts[i].before, pcts[i].after, GAC_FORMAT_TABLE);
		char *t = gac_buf_take(&b);
		ck_assert_str_eq(t, pcts[i].cell);
		free(t);
	}
}
END_TEST

/* A retired model: left out of the model list unless GAC_REPORT_ALL, still
 * priced, and named in the estimate's `warnings`. */
START_TEST(retired_models)
{
	char *t = NULL;
	ck_assert_int_eq(gac_report_models(&t, sheet, "us-east-1", NULL, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_null(strstr(t, "m.old"));
	ck_assert_ptr_null(strstr(t, "Retired"));
	ck_assert_ptr_nonnull(strstr(t, "1 model. "));
	ck_assert_ptr_nonnull(strstr(t, "1 retired model not shown (--all lists them).\n"));
	gac_free(t);
	ck_assert_int_eq(gac_report_models_ex(&t, sheet, "us-east-1", NULL, GAC_FORMAT_CSV, GAC_REPORT_ALL), GAC_OK);
	ck_assert_ptr_nonnull(strstr(t, ",Retired\r\n"));
	ck_assert_ptr_nonnull(strstr(t, "m.old,anthropic,text,0.25,1.25,,,,,,,,2026-01-15\r\n"));
	ck_assert_ptr_nonnull(strstr(t, "m.sonnet,anthropic,text,3,15,,,,,,,,\r\n"));
	gac_free(t);
	ck_assert_int_eq(gac_report_models_ex(&t, sheet, NULL, "anthropic", GAC_FORMAT_JSON, GAC_REPORT_ALL), GAC_OK);
	json_t *root = json_loads(t, 0, NULL);
	ck_assert_ptr_nonnull(root);
	json_t *models = json_object_get(root, "models");
	ck_assert_uint_eq(json_array_size(models), 2);
	ck_assert(json_is_null(json_object_get(json_array_get(models, 0), "retired")));
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(models, 1), "retired")), "2026-01-15");
	json_decref(root);
	gac_free(t);
	/* an estimate on it: 1M requests x (1,000 x $0.25 + 100 x $1.25) / 1M
	 * = $250 + $125 = $375, and one warning */
	gac_scenario *old = NULL;
	gac_result *r = NULL;
	gac_error e;
	ck_assert_int_eq(gac_scenario_new(&old, "old"), GAC_OK);
	ck_assert_int_eq(gac_scenario_add_workload(old, "chat", "m.old"), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(old, "workloads.chat.requests_per_month", "1M", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(old, "workloads.chat.input_tokens", "1000", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(old, "workloads.chat.output_tokens", "100", &e), GAC_OK);
	ck_assert_int_eq(gac_estimate(&r, old, sheet, &e), GAC_OK);
	ck_assert(gac_result_total(r) == 375);
	ck_assert_int_eq(gac_report(&t, r, old, sheet, GAC_FORMAT_JSON, 0), GAC_OK);
	root = json_loads(t, 0, NULL);
	ck_assert_ptr_nonnull(root);
	json_t *w = json_object_get(root, "warnings");
	ck_assert_uint_eq(json_array_size(w), 1);
	ck_assert_str_eq(json_string_value(json_array_get(w, 0)),
	                 "m.old was retired on 2026-01-15 (AWS end of life); priced at the sheet's last prices");
	json_decref(root);
	gac_free(t);
	gac_result_free(r);
	gac_scenario_free(old);
	/* a current model's report has no `warnings` key */
	t = render(GAC_FORMAT_JSON, 0);
	root = json_loads(t, 0, NULL);
	ck_assert_ptr_null(json_object_get(root, "warnings"));
	json_decref(root);
	gac_free(t);
}
END_TEST

Suite *suite_report(void)
{
	Suite *s = suite_create("report");
	TCase *t = tcase_create("formats");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, format_names);
	tcase_add_test(t, format_table);
	tcase_add_test(t, figure_significant_digits);
	tcase_add_test(t, table_rounds_to_cents);
	tcase_add_test(t, json_is_exact_and_complete);
	tcase_add_test(t, json_plan);
	tcase_add_test(t, csv_is_rfc4180);
	tcase_add_test(t, markdown_escapes_pipes);
	tcase_add_test(t, json_refuses_nonfinite);
	tcase_add_test(t, markdown_text_is_inert);
	tcase_add_test(t, models_listing);
	tcase_add_test(t, retired_models);
	tcase_add_test(t, near_zero_has_no_sign);
	suite_add_tcase(s, t);
	return s;
}

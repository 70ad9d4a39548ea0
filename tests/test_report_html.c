/* HTML pages (gac_report_html): the Markdown every report writes, read
 * into HTML, checked string by string against pages written by hand;
 * what a user typed stays text; charts inline with their ids apart;
 * the footer names the sheet and the scenario.  tests/html_test.py
 * renders the pages of every command in Chromium. */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t <sheet>\n"
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

static gac_sheet *sheet;
static gac_scenario *sc;

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_new(&sc, "a <b> & \"c\""), GAC_OK);
	ck_assert_int_eq(gac_scenario_add_workload(sc, "chat", "m.sonnet"), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.requests_per_month", "1000", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.input_tokens", "1500", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.output_tokens", "400", &e), GAC_OK);
}

static void teardown(void)
{
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
}

/* The part of a page between <main> and </main>. */
static char *body_of(const char *page)
{
	const char *a = strstr(page, "<main>\n"), *z = strstr(page, "</main>");
	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(z);
	a += 7;
	char *s = malloc((size_t)(z - a) + 1);
	memcpy(s, a, (size_t)(z - a));
	s[z - a] = 0;
	return s;
}

static size_t count(const char *s, const char *what);

static char *page_of(const char *md)
{
	char *page = NULL;
	ck_assert_int_eq(gac_report_html(&page, md, NULL, 0, NULL, 0, NULL, NULL), GAC_OK);
	char *body = body_of(page);
	gac_free(page);
	return body;
}

START_TEST(table_heading_paragraph)
{
	char *b = page_of("### genaicost estimate: x\n\nPrices: t (as of 2025-02-28), USD\nsecond line\n\n"
	                  "| Workload | Cost |\n|---|---:|\n| chat | $10.50 |\n| **Total** | **$10.50** |\n"
	                  "| <sub>= 1 × 10.5</sub> | |\n");
	ck_assert_str_eq(b, "<h3>genaicost estimate: x</h3>\n"
	                    "<p>Prices: t (as of 2025-02-28), USD\nsecond line</p>\n"
	                    "<table>\n<thead><tr><th>Workload</th><th class=\"r\">Cost</th></tr></thead>\n<tbody>\n"
	                    "<tr><td>chat</td><td class=\"r\">$10.50</td></tr>\n"
	                    "<tr class=\"total\"><td><strong>Total</strong></td>"
	                    "<td class=\"r\"><strong>$10.50</strong></td></tr>\n"
	                    "<tr class=\"note\"><td colspan=\"2\"><sub>= 1 × 10.5</sub></td></tr>\n"
	                    "</tbody>\n</table>\n");
	free(b);
}
END_TEST

/* What gac_md_text writes for a hostile name stays text: backslash
 * escapes undone, entities kept, and a raw tag (from any writer that
 * forgot to escape) written as text, never as a tag. */
START_TEST(user_text_stays_text)
{
	char *b = page_of("a \\*b\\* &lt;img src=x onerror=alert\\(1\\)&gt; @&#8203;c & d <script>x</script> "
	                  "`<b>` \\| e\n");
	ck_assert_str_eq(b, "<p>a *b* &lt;img src=x onerror=alert(1)&gt; @&#8203;c &amp; d &lt;script&gt;x&lt;/script&gt; "
	                    "<code>&lt;b&gt;</code> | e</p>\n");
	free(b);
	/* the tags the writers use pass only where they put them: not in
	 * the middle of a line, not around part of a cell */
	b = page_of("x <details><summary>**Approved**</summary> y\n<details><summary>a <b></summary>\n"
	            "</details>\n\n| A | B |\n|---|---|\n| <sub>n</sub> x | <sub>m</sub> |\n");
	ck_assert_ptr_null(strstr(b, "<details"));
	ck_assert_ptr_null(strstr(b, "<sub>"));
	ck_assert_ptr_nonnull(strstr(b, "<p>x &lt;details&gt;&lt;summary&gt;<strong>Approved</strong>&lt;/summary&gt; y\n"
	                                "&lt;details&gt;&lt;summary&gt;a &lt;b&gt;&lt;/summary&gt;\n&lt;/details&gt;</p>"));
	ck_assert_ptr_nonnull(strstr(b, "<tr><td>&lt;sub&gt;n&lt;/sub&gt; x</td><td>&lt;sub&gt;m&lt;/sub&gt;</td></tr>"));
	free(b);
	/* an escaped | inside a cell is text, not a column */
	b = page_of("| A | B |\n|---|---|\n| x \\| y | z |\n");
	ck_assert_ptr_nonnull(strstr(b, "<tr><td>x | y</td><td>z</td></tr>"));
	free(b);
	/* every column, however many: 70 here; a line ending in two spaces
	 * breaks the paragraph there */
	char md[2048] = "";
	for (int k = 0; k < 2; k++) {
		for (int c = 0; c < 70; c++)
			strcat(md, k ? "---|" : (c == 0 ? "| c0 |" : " c |"));
		strcat(md, "\n");
		if (k == 0)
			strcat(md, "|");
	}
	strcat(md, "| v0 |");
	for (int c = 1; c < 69; c++)
		strcat(md, " |");
	strcat(md, " v69 |\n\na  \nb\n");
	b = page_of(md);
	ck_assert_uint_eq(count(b, "<th>"), 70);
	ck_assert_ptr_nonnull(strstr(b, "<td>v69</td></tr>"));
	ck_assert_ptr_nonnull(strstr(b, "<table class=\"wider\">"));
	ck_assert_ptr_nonnull(strstr(b, "<p>a  <br>\nb</p>"));
	free(b);
}
END_TEST

START_TEST(lists_and_details)
{
	char *b = page_of("Changed:\n- one\n  - `a` 1 -> 2\n- two\n\n1. first\n2. second\n\n"
	                  "<details><summary>Full breakdown</summary>\n\n| A |\n|---|\n| x |\n\n</details>\n");
	ck_assert_str_eq(b, "<p>Changed:</p>\n<ul>\n<li>one<ul>\n<li><code>a</code> 1 -&gt; 2</li></ul>\n</li>\n"
	                    "<li>two</li></ul>\n<ol>\n<li>first</li>\n<li>second</li></ol>\n"
	                    "<details open><summary>Full breakdown</summary>\n"
	                    "<table>\n<thead><tr><th>A</th></tr></thead>\n<tbody>\n<tr><td>x</td></tr>\n"
	                    "</tbody>\n</table>\n</details>\n");
	free(b);
}
END_TEST

static size_t count(const char *s, const char *what)
{
	size_t n = 0;
	for (const char *p = strstr(s, what); p; p = strstr(p + 1, what))
		n++;
	return n;
}

/* Two charts after the first table, each with its ids prefixed; the
 * footer names the sheet and scenario, escaped. */
/* A fenced block (calibrate's log) is text in <pre>, up to a fence at
 * least as long as the one that opened it: a shorter run of backticks
 * inside, or markup, does not end it or become anything. */
START_TEST(fenced_block)
{
	char *b = page_of("### genaicost calibrate: logs\n\n````\n  files  2\n```\n<b>x</b> | **y**\n````\n"
	                  "after\n");
	ck_assert_str_eq(b, "<h3>genaicost calibrate: logs</h3>\n<pre><code>  files  2\n```\n"
	                    "&lt;b&gt;x&lt;/b&gt; | **y**\n</code></pre>\n<p>after</p>\n");
	free(b);
}
END_TEST

START_TEST(charts_and_footer)
{
	gac_error e;
	gac_result *r = NULL;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_OK);
	char *md = NULL;
	ck_assert_int_eq(gac_report(&md, r, sc, sheet, GAC_FORMAT_MARKDOWN, 0), GAC_OK);
	gac_chart *ch = NULL;
	ck_assert_int_eq(gac_chart_estimate(&ch, r, "t"), GAC_OK);
	const gac_chart *two[] = {ch, ch};
	char *page = NULL;
	ck_assert_int_eq(gac_report_html(&page, md, NULL, 0, two, 2, sheet, sc), GAC_OK);
	ck_assert_uint_eq(count(page, "<figure>\n<svg "), 2);
	ck_assert_uint_eq(count(page, "<?xml"), 0);
	ck_assert_ptr_nonnull(strstr(page, "<title id=\"c1-chart-title\">"));
	ck_assert_ptr_nonnull(strstr(page, "<title id=\"c2-chart-title\">"));
	ck_assert_ptr_nonnull(strstr(page, "aria-labelledby=\"c2-chart-title c2-chart-desc\""));
	ck_assert_uint_eq(count(page, " id=\"chart-title\""), 0);
	/* every url(#...) names a prefixed id */
	ck_assert_uint_eq(count(page, "url(#"), count(page, "url(#c1-") + count(page, "url(#c2-"));
	/* the figures follow the first table */
	ck_assert_ptr_nonnull(strstr(page, "</table>\n<figure>"));
	/* $4.50 + $6.00 = $10.50: 1,000 requests × 1,500 tokens × $3/1M and
	 * × 400 × $15/1M, the same figure the table shows */
	ck_assert_ptr_nonnull(strstr(page, "<strong>$10.50</strong>"));
	char want[512];
	snprintf(want, sizeof want,
	         "<footer>\nPrices: t &lt;sheet&gt; (as of 2025-02-28), sheet hash <code>%s</code> &middot; "
	         "Scenario: a &lt;b&gt; &amp; &quot;c&quot;, hash <code>%s</code> &middot; Made with genaicost %s.\n"
	         "</footer>",
	         gac_sheet_hash(sheet), gac_scenario_hash(sc), gac_version());
	ck_assert_ptr_nonnull(strstr(page, want));
	/* the <title> is the first heading's text, its markup dropped */
	ck_assert_ptr_nonnull(strstr(page, "<title>genaicost estimate: a &lt;b&gt; &amp; &quot;c&quot;</title>"));
	gac_free(page);
	gac_free(md);
	gac_chart_free(ch);
	gac_result_free(r);
}
END_TEST

START_TEST(bad_arguments)
{
	char *page = (char *)1;
	ck_assert_int_eq(gac_report_html(&page, NULL, NULL, 0, NULL, 0, NULL, NULL), GAC_EARG);
	ck_assert_ptr_null(page);
	ck_assert_int_eq(gac_report_html(NULL, "x", NULL, 0, NULL, 0, NULL, NULL), GAC_EARG);
	ck_assert_int_eq(gac_report_html(&page, "x", NULL, 0, NULL, 1, NULL, NULL), GAC_EARG);
	ck_assert_int_eq(gac_report_html(&page, "x", NULL, 1, NULL, 0, NULL, NULL), GAC_EARG);
	const gac_chart *none[] = {NULL};
	const char *no_text[] = {NULL};
	ck_assert_int_eq(gac_report_html(&page, "x", NULL, 0, none, 1, NULL, NULL), GAC_EARG);
	ck_assert_int_eq(gac_report_html(&page, "x", no_text, 1, NULL, 0, NULL, NULL), GAC_EARG);
	/* warnings first, marked and escaped */
	const char *warn[] = {"m.<x> was retired on 2026-07-30"};
	ck_assert_int_eq(gac_report_html(&page, "### T\n", warn, 1, NULL, 0, NULL, NULL), GAC_OK);
	ck_assert_ptr_nonnull(strstr(page, "<main>\n<p class=\"warning\"><strong>Warning:</strong> m.&lt;x&gt; was "
	                                   "retired on 2026-07-30</p>\n<h3>T</h3>"));
	gac_free(page);
	/* no heading: a title of its own; no sheet or scenario: the footer
	 * says only what made it */
	ck_assert_int_eq(gac_report_html(&page, "", NULL, 0, NULL, 0, NULL, NULL), GAC_OK);
	ck_assert_ptr_nonnull(strstr(page, "<title>genaicost report</title>"));
	ck_assert_ptr_nonnull(strstr(page, "<footer>\nMade with genaicost "));
	gac_free(page);
	/* the report functions write text; HTML is this page around them */
	gac_error e;
	gac_result *r = NULL;
	ck_assert_int_eq(gac_estimate(&r, sc, sheet, &e), GAC_OK);
	ck_assert_int_eq(gac_report(&page, r, sc, sheet, GAC_FORMAT_HTML, 0), GAC_EVALUE);
	ck_assert_ptr_null(page);
	gac_result_free(r);
	gac_format f;
	ck_assert_int_eq(gac_format_parse(&f, "html"), GAC_OK);
	ck_assert_int_eq(f, GAC_FORMAT_HTML);
	ck_assert_str_eq(gac_format_name(GAC_FORMAT_HTML), "html");
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_HTML, "simulate"), 1);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_HTML, "calibrate"), 1);
	ck_assert_int_eq(gac_format_writes(GAC_FORMAT_HTML, "params"), 0);
}
END_TEST

Suite *suite_report_html(void)
{
	Suite *s = suite_create("report_html");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, table_heading_paragraph);
	tcase_add_test(tc, user_text_stays_text);
	tcase_add_test(tc, lists_and_details);
	tcase_add_test(tc, fenced_block);
	tcase_add_test(tc, charts_and_footer);
	tcase_add_test(tc, bad_arguments);
	suite_add_tcase(s, tc);
	return s;
}

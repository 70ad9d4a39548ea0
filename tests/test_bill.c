/* Bills and reconcile (lib/csv.c's stream, lib/bill.c, lib/reconcile.c):
 * the fixtures of tests/data/usage/ with figures worked out by hand in
 * tests/data/usage/README.md. */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"
#include "internal.h"
#include "bill.h"
#include "offer.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAP "pricing/aws-offer-map.yaml"
#define USAGE "tests/data/usage/"

/* ---- the stream ---- */

typedef struct seen {
	size_t rows;
	char last[256];
	unsigned line, col;   /* of the last row's second field */
} seen;

static gac_status collect(void *user, size_t row, const gac_csv_cell *f, size_t n, unsigned line, gac_error *err)
{
	(void)err;
	(void)line;
	seen *s = user;
	s->rows = row + 1;
	if (n > 1) {
		snprintf(s->last, sizeof s->last, "%s", f[1].text);
		s->line = f[1].line;
		s->col = f[1].col;
	}
	return GAC_OK;
}

START_TEST(csv_stream_plain_and_gzip)
{
	/* the CUR excerpt: 16 rows and a header; row 3's description holds a
	 * quoted line break, so the last row starts on line 18, not 17 */
	seen a = {0}, b = {0};
	gac_error e;
	char path[4096];
	snprintf(path, sizeof path, "%s", test_path(USAGE "cur-2026.csv"));
	ck_assert_int_eq(gac_csv_stream(path, collect, &a, &e), GAC_OK);
	ck_assert_uint_eq(a.rows, 17);
	ck_assert_str_eq(a.last, "111122223333");
	ck_assert_uint_eq(a.line, 18);
	ck_assert_uint_eq(a.col, 22);   /* after "2026-11-01T00:00:00Z," (21 characters) */
	snprintf(path, sizeof path, "%s", test_path(USAGE "cur-2026.csv.gz"));
	ck_assert_int_eq(gac_csv_stream(path, collect, &b, &e), GAC_OK);
	ck_assert_uint_eq(b.rows, a.rows);
	ck_assert_uint_eq(b.line, a.line);
	ck_assert_str_eq(b.last, a.last);
}
END_TEST

START_TEST(csv_stream_errors)
{
	char path[] = "/tmp/gac-bill-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	static const char text[] = "a,b,a\n1,2,3\n";
	ck_assert_int_eq(write(fd, text, sizeof text - 1), (ssize_t)(sizeof text - 1));
	close(fd);
	seen s = {0};
	gac_error e;
	ck_assert_int_eq(gac_csv_stream(path, collect, &s, &e), GAC_ESCHEMA);
	ck_assert_uint_eq(e.line, 1);
	ck_assert_uint_eq(e.column, 5);
	ck_assert_str_eq(e.message, "the header names column 'a' twice (columns 1 and 3)");
	unlink(path);
	ck_assert_int_eq(gac_csv_stream("/nonexistent/bill.csv", collect, &s, &e), GAC_EIO);
}
END_TEST

/* ---- the map by usage type ---- */

START_TEST(map_usage_types)
{
	gac_offer_map map;
	gac_error e;
	ck_assert_int_eq(gac_offer_map_load(&map, test_path(MAP), &e), GAC_OK);
	gac_buf ids = {0};
	long row = gac_offer_map_match_usagetype(&map, "USE1-ClaudeHaiku4.5-cache-read-input-token-count", &ids);
	ck_assert_int_ge(row, 0);
	ck_assert_str_eq(map.rows[row].id, "anthropic.claude-haiku-4-5-20251001-v1:0");
	/* the longest name wins: Nova2Lite, not a shorter name inside it */
	row = gac_offer_map_match_usagetype(&map, "USE1-Nova2Lite-flex-input-tokens", &ids);
	ck_assert_int_ge(row, 0);
	ck_assert_str_eq(map.rows[row].id, "amazon.nova-2-lite-v1:0");
	/* usage_model: AWS spells Sonnet 4.6 Claude4.6Sonnet in usage types */
	row = gac_offer_map_match_usagetype(&map, "USE1-Claude4.6Sonnet-input-tokens", &ids);
	ck_assert_int_ge(row, 0);
	ck_assert_str_eq(map.rows[row].id, "anthropic.claude-sonnet-4-6");
	/* a name inside another part is no match: Mistral Large has no row */
	ck_assert_int_eq(gac_offer_map_match_usagetype(&map, "USE1-MistralLarge-input-tokens", &ids), -1);
	ck_assert_int_eq(gac_offer_map_match_usagetype(&map, "USE1-Guardrails-ContentFilter-TextUnits", &ids), -1);
	gac_buf_free(&ids);
	gac_offer_map_free(&map);
}
END_TEST

/* ---- bills ---- */

static const gac_bill_group *group(const gac_bill *b, const char *month, const char *kind)
{
	for (size_t i = 0; i < b->group_count; i++)
		if (!strcmp(b->groups[i].month, month) && !strcmp(b->groups[i].kind, kind))
			return &b->groups[i];
	return NULL;
}

static gac_bill *read_bill(const char *name)
{
	char path[4096], map[4096];
	snprintf(path, sizeof path, "%s", test_path(name));
	snprintf(map, sizeof map, "%s", test_path(MAP));
	gac_bill *b = NULL;
	gac_error e;
	ck_assert_msg(gac_bill_read(&b, path, map, &e) == GAC_OK, "%s:%u:%u: %s", e.file, e.line, e.column, e.message);
	return b;
}

START_TEST(bill_cur_sums)
{
	gac_bill *b = read_bill(USAGE "cur-2026.csv");
	ck_assert_str_eq(b->format, "cur");
	ck_assert_str_eq(b->currency, "USD");
	ck_assert_uint_eq(b->rows, 16);
	ck_assert_uint_eq(b->priced_rows, 11);
	ck_assert_uint_eq(b->other_rows, 5);
	/* October input: 440.00 + 470.00 over two rows */
	const gac_bill_group *g = group(b, "2026-10", "input");
	ck_assert_ptr_nonnull(g);
	ck_assert_str_eq(g->model, "anthropic.claude-haiku-4-5-20251001-v1:0");
	ck_assert_str_eq(g->region, "us-east-1");
	ck_assert_double_eq_tol(g->cost, 910.0, 1e-9);
	ck_assert_uint_eq(g->rows, 2);
	ck_assert_double_eq_tol(g->quantity, 827272727.27, 1e-3);
	/* output: one row by the product map's model, one by the usage type */
	g = group(b, "2026-10", "output");
	ck_assert_double_eq_tol(g->cost, 2750.0, 1e-9);
	ck_assert_uint_eq(g->rows, 2);
	g = group(b, "2026-10", "output_priority");
	ck_assert_double_eq_tol(g->cost, 96.25, 1e-9);
	ck_assert_double_eq_tol(group(b, "2026-10", "cache_write")->cost, 275.0, 1e-9);
	ck_assert_double_eq_tol(group(b, "2026-10", "cache_read")->cost, 110.0, 1e-9);
	/* nothing dropped: guardrails (Bedrock, no model), tax, EC2 twice, S3 */
	double bedrock = 0, outside = 0;
	for (size_t i = 0; i < b->other_count; i++)
		*(b->other[i].bedrock ? &bedrock : &outside) += b->other[i].cost;
	ck_assert_double_eq_tol(bedrock, 0.75, 1e-12);
	ck_assert_double_eq_tol(outside, 401.50 + 7.592 + 1.20 + 7.592, 1e-9);
	gac_bill_free(b);
}
END_TEST

START_TEST(bill_price_kinds)
{
	/* one line per kind the classifier of import-prices gives a usage
	 * type, in the engine's words; the amounts are 1, 2, 4, ... so each
	 * sum names its rows */
	static const char text[] =
	    "line_item_usage_start_date,line_item_product_code,line_item_usage_type,line_item_usage_amount,"
	    "line_item_unblended_cost\n"
	    "2026-10-01,AmazonBedrock,USE1-Claude3Haiku-batch-input-tokens,1,1\n"
	    "2026-10-01,AmazonBedrock,USE1-Claude3Haiku-batch-output-tokens,1,2\n"
	    "2026-10-01,AmazonBedrock,USE1-ClaudeSonnet4.5-global-input-tokens,1,4\n"
	    "2026-10-01,AmazonBedrock,USE1-ClaudeSonnet4.5-long-context-input-tokens,1,8\n"
	    "2026-10-01,AmazonBedrock,USE1-ClaudeSonnet4.5-cache-write-1h-input-tokens,1,16\n"
	    "2026-10-01,AmazonBedrock,USE1-Nova2Lite-flex-input-tokens,1,32\n"
	    "2026-10-01,AmazonBedrock,USE1-ProvisionedThroughput-ModelUnit-ClaudeInstant,720,64\n"
	    "2026-10-01,AmazonBedrock,USE1-ClaudeSonnet4.5-ReservedTier-input-TPM,1,128\n"
	    "2026-10-01,AmazonBedrock,EU-Claude3Haiku-input-tokens,1,256\n";
	static const struct { const char *model, *kind, *region; double cost; } want[] = {
	    {"anthropic.claude-3-haiku-20240307-v1:0", "batch_input", "us-east-1", 1},
	    {"anthropic.claude-3-haiku-20240307-v1:0", "batch_output", "us-east-1", 2},
	    {"anthropic.claude-sonnet-4-5-20250929-v1:0", "input_global", "us-east-1", 4},
	    {"anthropic.claude-sonnet-4-5-20250929-v1:0", "input_long_context", "us-east-1", 8},
	    {"anthropic.claude-sonnet-4-5-20250929-v1:0", "cache_write_1h", "us-east-1", 16},
	    {"amazon.nova-2-lite-v1:0", "input_flex", "us-east-1", 32},
	    {"anthropic.claude-instant-v1", "model_unit_hour", "us-east-1", 64},
	    {"anthropic.claude-sonnet-4-5-20250929-v1:0", "reserved", "us-east-1", 128},
	    {"anthropic.claude-3-haiku-20240307-v1:0", "input", "eu-west-1", 256},
	};
	char path[] = "/tmp/gac-kinds-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, sizeof text - 1), (ssize_t)(sizeof text - 1));
	close(fd);
	gac_bill *b = NULL;
	gac_error e;
	char map[4096];
	snprintf(map, sizeof map, "%s", test_path(MAP));
	ck_assert_msg(gac_bill_read(&b, path, map, &e) == GAC_OK, "%u:%u: %s", e.line, e.column, e.message);
	unlink(path);
	/* no currency column: AWS bills in USD */
	ck_assert_str_eq(b->currency, "USD");
	ck_assert_uint_eq(b->group_count, sizeof want / sizeof *want);
	ck_assert_uint_eq(b->other_count, 0);
	for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
		ck_assert_str_eq(b->groups[i].model, want[i].model);
		ck_assert_str_eq(b->groups[i].kind, want[i].kind);
		ck_assert_str_eq(b->groups[i].region, want[i].region);
		ck_assert(b->groups[i].cost == want[i].cost);
	}
	gac_bill_free(b);
}
END_TEST

START_TEST(bill_gzip_as_plain)
{
	gac_bill *a = read_bill(USAGE "cur-2026.csv"), *z = read_bill(USAGE "cur-2026.csv.gz");
	ck_assert_uint_eq(a->group_count, z->group_count);
	ck_assert_uint_eq(a->other_count, z->other_count);
	for (size_t i = 0; i < a->group_count; i++) {
		ck_assert_str_eq(a->groups[i].kind, z->groups[i].kind);
		ck_assert(a->groups[i].cost == z->groups[i].cost);
	}
	gac_bill_free(a);
	gac_bill_free(z);
}
END_TEST

START_TEST(bill_focus)
{
	gac_bill *b = read_bill(USAGE "focus-2026-10.csv");
	ck_assert_str_eq(b->format, "focus");
	ck_assert_double_eq_tol(group(b, "2026-10", "input")->cost, 1100.0, 1e-9);
	ck_assert_double_eq_tol(group(b, "2026-10", "input")->quantity, 1e9, 1e-3);
	/* Mistral Large (no map row) is Bedrock, in the billed total; EC2,
	 * tax and the credit are outside it */
	double bedrock = 0, outside = 0;
	for (size_t i = 0; i < b->other_count; i++)
		*(b->other[i].bedrock ? &bedrock : &outside) += b->other[i].cost;
	ck_assert_double_eq_tol(bedrock, 12.0, 1e-12);
	ck_assert_double_eq_tol(outside, 7.592 + 424.70 - 50.00, 1e-9);
	gac_bill_free(b);
}
END_TEST

START_TEST(bill_bad_inputs)
{
	char path[4096], map[4096];
	snprintf(map, sizeof map, "%s", test_path(MAP));
	gac_bill *b = NULL;
	gac_error e;
	snprintf(path, sizeof path, "%s", test_path(USAGE "bad-cur-missing-column.csv"));
	ck_assert_int_eq(gac_bill_read(&b, path, map, &e), GAC_ESCHEMA);
	ck_assert_ptr_null(b);
	ck_assert_uint_eq(e.line, 1);
	ck_assert_str_eq(e.message, "a CUR 2.0 export needs column 'line_item_unblended_cost'");
	/* the second currency at its field: line 4, after "111122223333," */
	snprintf(path, sizeof path, "%s", test_path(USAGE "bad-focus-mixed-currency.csv"));
	ck_assert_int_eq(gac_bill_read(&b, path, map, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 14);
	ck_assert_ptr_nonnull(strstr(e.message, "a second currency: EUR here, USD on line 2"));
	/* a region code that is no region code (a newline and YAML in it):
	 * at its field, line 3, column 174 (after 13 commas and the quote) */
	snprintf(path, sizeof path, "%s", test_path(USAGE "bad-cur-region.csv"));
	ck_assert_int_eq(gac_bill_read(&b, path, map, &e), GAC_EVALUE);
	ck_assert_ptr_null(b);
	ck_assert_uint_eq(e.line, 3);
	ck_assert_uint_eq(e.column, 174);
	ck_assert_ptr_nonnull(strstr(e.message, "is no AWS region code"));
	/* a row cut after 8 of 16 fields: at its last field, line 3 column
	 * 130 (the operation, after 7 commas); nothing priced as 0 */
	snprintf(path, sizeof path, "%s", test_path(USAGE "bad-cur-short-row.csv"));
	ck_assert_int_eq(gac_bill_read(&b, path, map, &e), GAC_ESCHEMA);
	ck_assert_ptr_null(b);
	ck_assert_uint_eq(e.line, 3);
	ck_assert_uint_eq(e.column, 130);
	ck_assert_ptr_nonnull(strstr(e.message, "this row has 8 fields, the header 16"));
	/* an empty usage amount on a Bedrock usage row, at its field (after
	 * 9 commas: column 172) */
	snprintf(path, sizeof path, "%s", test_path(USAGE "bad-cur-empty-amount.csv"));
	ck_assert_int_eq(gac_bill_read(&b, path, map, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 172);
	ck_assert_ptr_nonnull(strstr(e.message, "column 'line_item_usage_amount' is empty on a Bedrock usage row"));
	/* FOCUS: an empty BilledCost, after 8 commas: column 154 */
	snprintf(path, sizeof path, "%s", test_path(USAGE "bad-focus-empty-cost.csv"));
	ck_assert_int_eq(gac_bill_read(&b, path, map, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 154);
	ck_assert_ptr_nonnull(strstr(e.message, "column 'BilledCost' is empty"));
}
END_TEST

/* ---- reconcile ---- */

static void load(gac_scenario **sc, gac_sheet **sheet)
{
	gac_error e;
	ck_assert_msg(gac_scenario_load_file(sc, test_path(USAGE "haiku-assistant.yaml"), &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_sheet_load_file(sheet, test_path("pricing/aws-bedrock.yaml"), &e) == GAC_OK, "%s", e.message);
}

START_TEST(reconcile_cur)
{
	gac_scenario *sc;
	gac_sheet *sheet;
	load(&sc, &sheet);
	gac_bill *b = read_bill(USAGE "cur-2026.csv");
	gac_reconciliation *r = NULL;
	gac_error e;
	/* two months of 4,015.00 estimated; billed 8,157.00: October's input
	 * +30.00, a priority output line of 96.25 and guardrails of 0.75 */
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, NULL, 0.05, &e), GAC_OK);
	double est, billed;
	ck_assert_int_eq(gac_reconciliation_totals(&est, &billed, r), 0);
	ck_assert_double_eq_tol(est, 8030.0, 1e-9);
	ck_assert_double_eq_tol(billed, 8157.0, 1e-9);
	ck_assert_double_eq_tol(r->not_modelled, 96.25 + 0.75, 1e-9);
	/* 127 / 8,030 = 1.58%: over a 1% tolerance */
	gac_reconciliation_free(r);
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, NULL, 0.01, &e), GAC_OK);
	ck_assert_int_eq(gac_reconciliation_totals(NULL, NULL, r), 1);
	gac_reconciliation_free(r);
	/* November alone matches to the cent */
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, "2026-11", 0, &e), GAC_OK);
	ck_assert_int_eq(gac_reconciliation_totals(&est, &billed, r), 0);
	ck_assert_double_eq_tol(est, 4015.0, 1e-9);
	ck_assert_double_eq_tol(billed, 4015.0, 1e-9);
	ck_assert_uint_eq(r->row_count, 4);
	gac_reconciliation_free(r);
	/* a month the bill does not hold: at the header's date column (84) */
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, "2026-12", 0.05, &e), GAC_EVALUE);
	ck_assert_ptr_null(r);
	ck_assert_uint_eq(e.line, 1);
	ck_assert_uint_eq(e.column, 84);
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, "2026-13", 0.05, &e), GAC_EVALUE);
	gac_bill_free(b);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(reconcile_focus_round_trip)
{
	gac_scenario *sc;
	gac_sheet *sheet;
	load(&sc, &sheet);
	gac_result *res;
	gac_error e;
	ck_assert_int_eq(gac_estimate(&res, sc, sheet, &e), GAC_OK);
	char *focus = NULL;
	ck_assert_int_eq(gac_report_focus(&focus, res, sc, sheet, 2026, 10, 3), GAC_OK);
	char path[] = "/tmp/gac-focus-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, focus, strlen(focus)), (ssize_t)strlen(focus));
	close(fd);
	gac_free(focus);
	gac_bill *b = NULL;
	char map[4096];
	snprintf(map, sizeof map, "%s", test_path(MAP));
	ck_assert_int_eq(gac_bill_read(&b, path, map, &e), GAC_OK);
	unlink(path);
	gac_reconciliation *r = NULL;
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, NULL, 0, &e), GAC_OK);
	double est, billed;
	ck_assert_int_eq(gac_reconciliation_totals(&est, &billed, r), 0);
	ck_assert_double_eq_tol(est, 3 * 4015.0, 1e-9);
	ck_assert(est == billed);
	ck_assert_uint_eq(r->month_count, 3);
	for (size_t i = 0; i < r->row_count; i++)
		ck_assert(r->rows[i].in_bill && r->rows[i].in_estimate && r->rows[i].billed == r->rows[i].estimated);
	char *text = NULL;
	ck_assert_int_eq(gac_report_reconcile(&text, r, GAC_FORMAT_JSON), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "\"within_tolerance\": true"));
	gac_free(text);
	gac_reconciliation_free(r);
	gac_bill_free(b);
	gac_result_free(res);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
}
END_TEST

/* With growth_per_month: 10 %, month k of the bill (from its first month,
 * October) is estimated at 1.1^k times the rate written: October 4,015.00,
 * November 880 x 1.1 + 275 x 1.1 + 110 x 1.1 + 2,750 x 1.1 = 4,416.50;
 * 8,431.50 against 8,157.00 billed, -274.50.  November alone keeps its
 * index 1 (the bill's first month counts, not --month's). */
START_TEST(reconcile_growth)
{
	gac_scenario *sc;
	gac_sheet *sheet;
	gac_error e;
	ck_assert_msg(gac_scenario_load_file(&sc, test_path(USAGE "haiku-assistant-growth.yaml"), &e) == GAC_OK, "%s",
	              e.message);
	ck_assert_msg(gac_sheet_load_file(&sheet, test_path("pricing/aws-bedrock.yaml"), &e) == GAC_OK, "%s", e.message);
	gac_bill *b = read_bill(USAGE "cur-2026.csv");
	gac_reconciliation *r = NULL;
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, NULL, 0.05, &e), GAC_OK);
	double est, billed;
	ck_assert_int_eq(gac_reconciliation_totals(&est, &billed, r), 0);
	ck_assert_double_eq_tol(est, 4015.0 + 4416.5, 1e-9);
	ck_assert_double_eq_tol(billed, 8157.0, 1e-9);
	for (size_t i = 0; i < r->row_count; i++)
		if (!strcmp(r->rows[i].kind, "output"))
			ck_assert_double_eq_tol(r->rows[i].estimated, !strcmp(r->rows[i].month, "2026-10") ? 2750.0 : 3025.0,
			                        1e-9);
	gac_reconciliation_free(r);
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, "2026-11", 0.05, &e), GAC_OK);
	ck_assert_int_eq(gac_reconciliation_totals(&est, &billed, r), 1);
	ck_assert_double_eq_tol(est, 4416.5, 1e-9);
	ck_assert_double_eq_tol(billed, 4015.0, 1e-9);
	gac_reconciliation_free(r);
	gac_bill_free(b);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
}
END_TEST

/* The same scenario stating forecast.start 2026-11 and
 * months_since_rates 0.5: its rates describe the month half a month
 * before November, so October is k = -0.5 and November k = 0.5 from them:
 * 4,015 × (1.1^-0.5 + 1.1^0.5), whatever the bill's first month; without
 * months_since_rates the rates are November's: October 4,015 ÷ 1.1 and
 * November 4,015. */
START_TEST(reconcile_forecast_start)
{
	gac_scenario *sc;
	gac_sheet *sheet;
	gac_error e;
	ck_assert_msg(gac_scenario_load_file(&sc, test_path(USAGE "haiku-assistant-growth.yaml"), &e) == GAC_OK, "%s",
	              e.message);
	ck_assert_msg(gac_sheet_load_file(&sheet, test_path("pricing/aws-bedrock.yaml"), &e) == GAC_OK, "%s", e.message);
	ck_assert_int_eq(gac_scenario_set(sc, "forecast.start", "2026-11", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "forecast.months_since_rates", "0.5", &e), GAC_OK);
	gac_bill *b = read_bill(USAGE "cur-2026.csv");
	gac_reconciliation *r = NULL;
	double est, billed;
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, NULL, 0.05, &e), GAC_OK);
	gac_reconciliation_totals(&est, &billed, r);
	ck_assert_double_eq_tol(est, 4015.0 * (1 / sqrt(1.1) + sqrt(1.1)), 1e-9);
	ck_assert(r->exponents[0] == -0.5);
	ck_assert(r->exponents[1] == 0.5);
	char *text = NULL;
	ck_assert_int_eq(gac_report_reconcile(&text, r, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "the month the rates describe (forecast.start − forecast.months_since_rates): "
	                                   "2026-10 k = -0.5, 2026-11 k = 0.5."));
	free(text);
	gac_reconciliation_free(r);
	ck_assert_int_eq(gac_scenario_set(sc, "forecast.months_since_rates", "0", &e), GAC_OK);
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, NULL, 0.05, &e), GAC_OK);
	gac_reconciliation_totals(&est, &billed, r);
	ck_assert_double_eq_tol(est, 4015.0 / 1.1 + 4015.0, 1e-9);
	ck_assert_int_eq(gac_report_reconcile(&text, r, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "k its months from 2026-11, the month"));
	free(text);
	gac_reconciliation_free(r);
	gac_scenario_free(sc);
	/* no growth, a seasonality tied to the calendar by forecast.start:
	 * October at 1, November at 1.1: 4,015 + 4,416.50 */
	ck_assert_msg(gac_scenario_load_file(&sc, test_path(USAGE "haiku-assistant-season.yaml"), &e) == GAC_OK, "%s",
	              e.message);
	ck_assert_int_eq(gac_reconcile(&r, sc, sheet, b, NULL, 0.05, &e), GAC_OK);
	gac_reconciliation_totals(&est, &billed, r);
	ck_assert_double_eq_tol(est, 4015.0 + 4015.0 * 1.1, 1e-9);
	ck_assert_int_eq(gac_report_reconcile(&text, r, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "× its calendar month's forecast.seasonality factor"));
	free(text);
	gac_reconciliation_free(r);
	gac_bill_free(b);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
}
END_TEST

Suite *suite_bill(void)
{
	Suite *s = suite_create("bill");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, csv_stream_plain_and_gzip);
	tcase_add_test(tc, csv_stream_errors);
	tcase_add_test(tc, map_usage_types);
	tcase_add_test(tc, bill_cur_sums);
	tcase_add_test(tc, bill_price_kinds);
	tcase_add_test(tc, reconcile_forecast_start);
	tcase_add_test(tc, bill_gzip_as_plain);
	tcase_add_test(tc, bill_focus);
	tcase_add_test(tc, bill_bad_inputs);
	tcase_add_test(tc, reconcile_cur);
	tcase_add_test(tc, reconcile_focus_round_trip);
	tcase_add_test(tc, reconcile_growth);
	suite_add_tcase(s, tc);
	return s;
}

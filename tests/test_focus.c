/* FOCUS export: columns, rows per month, exact costs, commitments, quoting. */
#define _DEFAULT_SOURCE
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
	"  - id: m.sonnet\n"
	"    name: Sonnet\n"
	"    vendor: anthropic\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 3\n"
	"    output: 15\n"
	"  - id: 'odd|id,\"quoted\"'\n"
	"    vendor: other\n"
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.0000175\n"
	"    output: 0.0001\n"
	"  - id: m.pt\n"                 /* capacities are test assumptions */
	"    vendor: anthropic\n"
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.003\n"
	"    output: 0.015\n"
	"    model_unit_hour: {no_commit: 50, 1_month: 40, 6_month: 25}\n"
	"  - id: m.nova\n"
	"    vendor: amazon\n"
	"    regions: [us-east-1]\n"
	"    per: 1K\n"
	"    input: 0.0008\n"
	"    output: 0.0032\n"
	"    customization: {training_per_1k_tokens: 0.001, storage_per_month: 1.95, serve_on_demand: true}\n"
	"services:\n"
	"  - {id: s3-standard-storage, name: S3 Standard storage, billing: per-unit, unit: GB-month,"
	" price: 0.023, regions: [us-east-1]}\n";

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

static gac_result *run(const char *yaml, gac_scenario **sc)
{
	gac_result *r = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(sc, yaml, strlen(yaml), "s.yaml", &e) == GAC_OK, "%s", e.message);
	ck_assert_msg(gac_estimate(&r, *sc, sheet, &e) == GAC_OK, "%s", e.message);
	return r;
}

/* ---- a small RFC 4180 reader: rows of fields ---- */
#define MAX_ROWS 128
#define MAX_COLS 64
typedef struct csv {
	size_t rows, cols;
	char *cell[MAX_ROWS][MAX_COLS];
} csv;

static void csv_parse(csv *c, const char *s)
{
	memset(c, 0, sizeof *c);
	while (*s) {
		ck_assert_uint_lt(c->rows, MAX_ROWS);
		size_t col = 0;
		for (;;) {
			char buf[1024];
			size_t n = 0;
			if (*s == '"') {
				for (s++; !(*s == '"' && s[1] != '"'); s++) {
					ck_assert_msg(*s, "unterminated quoted field");
					if (*s == '"')
						s++;
					buf[n++] = *s;
				}
				s++;
			} else {
				while (*s && *s != ',' && *s != '\r')
					buf[n++] = *s++;
			}
			buf[n] = '\0';
			ck_assert_uint_lt(col, MAX_COLS);
			c->cell[c->rows][col++] = strdup(buf);
			if (*s == ',') {
				s++;
				continue;
			}
			ck_assert_msg(s[0] == '\r' && s[1] == '\n', "a record must end in CRLF");
			s += 2;
			break;
		}
		if (c->rows == 0)
			c->cols = col;
		ck_assert_uint_eq(col, c->cols);
		c->rows++;
	}
}

static void csv_free(csv *c)
{
	for (size_t r = 0; r < c->rows; r++)
		for (size_t i = 0; i < c->cols; i++)
			free(c->cell[r][i]);
}

/* Field `name` of data row `row` (0-based, after the header). */
static const char *field(const csv *c, size_t row, const char *name)
{
	for (size_t i = 0; i < c->cols; i++)
		if (!strcmp(c->cell[0][i], name))
			return c->cell[row + 1][i];
	ck_abort_msg("no column %s", name);
	return NULL;
}

static double num(const csv *c, size_t row, const char *name)
{
	return strtod(field(c, row, name), NULL);
}

static void export(csv *c, const gac_result *r, const gac_scenario *sc, int year, int month, size_t months)
{
	char *text = NULL;
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, year, month, months), GAC_OK);
	ck_assert_ptr_nonnull(text);
	csv_parse(c, text);
	gac_free(text);
}

#define CHAT                                                                                    \
	"genaicost: scenario/1\n"                                                                   \
	"name: 'chat, \"quoted\"'\n"                                                                \
	"workloads:\n"                                                                              \
	"  - {name: chat, model: m.sonnet, requests_per_month: 1M, input_tokens: 1500,"             \
	" output_tokens: 400.5}\n"                                                                  \
	"  - {name: odd, model: 'odd|id,\"quoted\"', requests_per_month: 333333, input_tokens: 7,"  \
	" output_tokens: 3}\n"                                                                      \
	"services:\n"                                                                               \
	"  - {name: docs, service: s3-standard-storage, quantity: 123.4}\n"

START_TEST(header_columns)
{
	gac_scenario *sc;
	gac_result *r = run(CHAT, &sc);
	char *text = NULL;
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 2026, 12, 1), GAC_OK);
	const char *want =
		"BillingAccountId,BillingAccountName,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,"
		"BillingCurrency,BilledCost,EffectiveCost,ListCost,ContractedCost,ListUnitPrice,"
		"ContractedUnitPrice,PricingQuantity,PricingUnit,ConsumedQuantity,ConsumedUnit,"
		"ChargeCategory,ChargeClass,ChargeFrequency,ChargeDescription,PricingCategory,"
		"CommitmentDiscountType,CommitmentDiscountStatus,CommitmentDiscountCategory,CommitmentDiscountId,"
		"CommitmentDiscountName,ProviderName,"
		"PublisherName,InvoiceIssuerName,ServiceName,ServiceCategory,ServiceSubcategory,RegionId,"
		"RegionName,AvailabilityZone,ResourceId,SkuId,SkuPriceDetails,x_Workload,x_Model,x_TokenType,x_Scenario,"
		"x_ScenarioHash,x_PriceSheet,x_PriceSheetAsOf,x_PriceSheetHash,x_Estimate\r\n";
	ck_assert_int_eq(strncmp(text, want, strlen(want)), 0);
	gac_free(text);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(month_sums_equal_the_total)
{
	gac_scenario *sc;
	gac_result *r = run(CHAT, &sc);
	csv c;
	export(&c, r, sc, 2026, 5, 3);
	size_t n = gac_result_line_count(r);
	ck_assert_uint_eq(c.rows, 1 + 3 * n);
	for (size_t m = 0; m < 3; m++) {
		double sum = 0;
		for (size_t i = 0; i < n; i++) {
			size_t row = m * n + i;
			const gac_line *l = gac_result_line(r, i);
			/* every cost column is the line's cost, to the last bit */
			ck_assert(num(&c, row, "BilledCost") == l->cost);
			ck_assert(num(&c, row, "EffectiveCost") == l->cost);
			ck_assert(num(&c, row, "ListCost") == l->cost);
			ck_assert(num(&c, row, "ContractedCost") == l->cost);
			ck_assert(num(&c, row, "PricingQuantity") * num(&c, row, "ListUnitPrice") == l->cost);
			ck_assert(num(&c, row, "ContractedUnitPrice") == l->unit_price);
			ck_assert_str_eq(field(&c, row, "PricingUnit"), l->unit);
			ck_assert_str_eq(field(&c, row, "ChargeCategory"), "Usage");
			ck_assert_str_eq(field(&c, row, "PricingCategory"), "Standard");
			ck_assert_str_eq(field(&c, row, "x_TokenType"), l->component);
			sum += num(&c, row, "BilledCost");
		}
		ck_assert(sum == gac_result_total(r));
	}
	/* tokens are usage-based Bedrock charges; storage recurs monthly */
	ck_assert_str_eq(field(&c, 0, "ChargeFrequency"), "Usage-Based");
	ck_assert_str_eq(field(&c, 0, "ServiceName"), "Amazon Bedrock");
	ck_assert_str_eq(field(&c, 0, "ServiceCategory"), "AI and Machine Learning");
	ck_assert_str_eq(field(&c, 0, "ServiceSubcategory"), "Generative AI");
	ck_assert_str_eq(field(&c, 0, "PublisherName"), "anthropic");
	ck_assert_str_eq(field(&c, 0, "ChargeDescription"), "Sonnet: input tokens");
	ck_assert_str_eq(field(&c, n - 1, "ServiceName"), "Amazon Simple Storage Service");
	ck_assert_str_eq(field(&c, n - 1, "ServiceCategory"), "Storage");
	ck_assert_str_eq(field(&c, n - 1, "ChargeFrequency"), "Recurring");
	ck_assert_str_eq(field(&c, n - 1, "ProviderName"), "Amazon Web Services");
	ck_assert_str_eq(field(&c, 0, "RegionId"), "us-east-1");
	ck_assert_str_eq(field(&c, 0, "BillingCurrency"), "USD");
	ck_assert_str_eq(field(&c, 0, "x_ScenarioHash"), gac_scenario_hash(sc));
	ck_assert_str_eq(field(&c, 0, "x_PriceSheetHash"), gac_sheet_hash(sheet));
	ck_assert_str_eq(field(&c, 0, "x_Estimate"), "genaicost");
	csv_free(&c);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(rfc4180_quoting)
{
	gac_scenario *sc;
	gac_result *r = run(CHAT, &sc);
	char *text = NULL;
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 2026, 12, 1), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, ",\"odd|id,\"\"quoted\"\"\","));
	ck_assert_ptr_nonnull(strstr(text, ",\"chat, \"\"quoted\"\"\","));
	csv c;
	csv_parse(&c, text);
	ck_assert_str_eq(field(&c, 2, "x_Model"), "odd|id,\"quoted\"");
	ck_assert_str_eq(field(&c, 2, "x_Scenario"), "chat, \"quoted\"");
	csv_free(&c);
	gac_free(text);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(periods_cross_the_year)
{
	gac_scenario *sc;
	gac_result *r = run(CHAT, &sc);
	csv c;
	export(&c, r, sc, 2026, 12, 3);
	size_t n = gac_result_line_count(r);
	static const char *const starts[] = {"2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z",
	                                     "2027-02-01T00:00:00Z", "2027-03-01T00:00:00Z"};
	for (size_t m = 0; m < 3; m++)
		for (size_t i = 0; i < n; i++) {
			ck_assert_str_eq(field(&c, m * n + i, "BillingPeriodStart"), starts[m]);
			ck_assert_str_eq(field(&c, m * n + i, "ChargePeriodStart"), starts[m]);
			ck_assert_str_eq(field(&c, m * n + i, "BillingPeriodEnd"), starts[m + 1]);
			ck_assert_str_eq(field(&c, m * n + i, "ChargePeriodEnd"), starts[m + 1]);
		}
	csv_free(&c);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(one_time_rows)
{
	/* training 5M × 2 epochs = 10,000 1K tokens × $0.001 = $10, billed whole
	 * in months 1, 4 and 7 of 7; input, output and storage every month */
	gac_scenario *sc;
	gac_result *r = run("genaicost: scenario/1\n"
	                    "workloads:\n"
	                    "  - {name: w, model: 'custom:n', requests_per_month: 300k, input_tokens: 1000,"
	                    " output_tokens: 300}\n"
	                    "customizations:\n"
	                    "  - {name: n, kind: fine-tune, base_model: m.nova, training_tokens: 5M, epochs: 2,"
	                    " retrain_every_months: 3, one_time: 5000, amortize_months: 12}\n",
	                    &sc);
	csv c;
	export(&c, r, sc, 2026, 1, 7);
	ck_assert_uint_eq(c.rows, 1 + 7 * 3 + 3);
	size_t training = 0;
	double tco[7], month_sum[7] = {0};
	ck_assert_int_eq(gac_result_tco(tco, 7, r), GAC_OK);
	for (size_t row = 0; row + 1 < c.rows; row++) {
		int m = atoi(field(&c, row, "BillingPeriodStart") + 5) - 1;
		month_sum[m] += num(&c, row, "BilledCost");
		if (strcmp(field(&c, row, "ChargeFrequency"), "One-Time"))
			continue;
		training++;
		ck_assert(m == 0 || m == 3 || m == 6);
		ck_assert(num(&c, row, "BilledCost") == 10);
		ck_assert(num(&c, row, "PricingQuantity") * num(&c, row, "ListUnitPrice") == 10);
		ck_assert_str_eq(field(&c, row, "PricingUnit"), "1K training tokens");
	}
	ck_assert_uint_eq(training, 3);
	/* the staff and data-preparation one_time is on no provider's bill (no
	 * row above): each month is the TCO month less it */
	for (size_t m = 0; m < 7; m++) {
		double want = (m ? tco[m] - tco[m - 1] : tco[0]) - (m ? 0 : 5000);
		ck_assert_rel(month_sum[m], want, 1e-12);
	}
	csv_free(&c);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

#define PT(commitment, capacity)                                                                \
	"genaicost: scenario/1\n"                                                                   \
	"workloads:\n"                                                                              \
	"  - {name: w, model: m.pt, requests_per_month: 1M, input_tokens: 1000, output_tokens: 300}\n" \
	"deployment: {mode: provisioned, commitment: " commitment ", model_units: 2" capacity "}\n"

START_TEST(commitment_used_and_unused)
{
	gac_scenario *sc;
	gac_result *r = run(PT("6-month", ", model_unit_input_tpm: 100K, model_unit_output_tpm: 20K"), &sc);
	const gac_line *l = gac_result_line(r, 0);
	const gac_provisioned *p = gac_result_provisioned(r, 0);
	ck_assert(p->utilisation > 0 && p->utilisation < 1);
	csv c;
	export(&c, r, sc, 2026, 12, 2);
	ck_assert_uint_eq(c.rows, 1 + 2 * 2);
	for (size_t row = 0; row < 4; row += 2) {
		ck_assert_str_eq(field(&c, row, "CommitmentDiscountStatus"), "Used");
		ck_assert_str_eq(field(&c, row + 1, "CommitmentDiscountStatus"), "Unused");
		for (size_t k = row; k < row + 2; k++) {
			ck_assert_str_eq(field(&c, k, "PricingCategory"), "Committed");
			ck_assert_str_eq(field(&c, k, "CommitmentDiscountType"), "Provisioned Throughput");
			ck_assert_ptr_nonnull(strstr(field(&c, k, "CommitmentDiscountId"), "provisioned-throughput"));
			ck_assert_str_eq(field(&c, k, "CommitmentDiscountCategory"), "Usage");
			ck_assert_str_eq(field(&c, k, "ChargeCategory"), "Usage");
			ck_assert_str_eq(field(&c, k, "ChargeFrequency"), "Recurring");
			ck_assert_str_eq(field(&c, k, "PricingUnit"), "model-unit hour");
		}
		double used = num(&c, row, "BilledCost"), unused = num(&c, row + 1, "BilledCost");
		ck_assert(used + unused == l->cost);
		ck_assert_rel(used, l->cost * p->utilisation, 1e-12);
		ck_assert(num(&c, row, "PricingQuantity") * l->unit_price == used);
		ck_assert_rel(num(&c, row, "PricingQuantity") + num(&c, row + 1, "PricingQuantity"), l->quantity,
		              1e-12);
		ck_assert_rel(num(&c, row + 1, "PricingQuantity") * l->unit_price, unused, 1e-12);
		/* FOCUS: no consumed quantity for the unused part of a commitment */
		ck_assert(num(&c, row, "ConsumedQuantity") == num(&c, row, "PricingQuantity"));
		ck_assert_str_eq(field(&c, row + 1, "ConsumedQuantity"), "");
		ck_assert_str_eq(field(&c, row + 1, "ConsumedUnit"), "");
	}
	csv_free(&c);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(commitment_used_of_what_the_units_carry)
{
	/* 4.38M requests × 2,000 input tokens over 43,800 min, peak 4×:
	 * 800,000 input tokens/min against 100,000 a unit, so 1 − 100,000 ÷
	 * 800,000 = 7/8 is served on demand; the unit carries 8.76e9 × 1/8 =
	 * 1.095e9 of the 4.38e9 it could (100,000 × 60 × 730): 25% used
	 * (output 5.475e7 of 8.76e8, 6.25%).  Counting the tokens served on
	 * demand it read 200%, every hour Used.  1 unit × 730 h × $25 =
	 * $18,250: $4,562.50 Used, $13,687.50 Unused. */
	gac_scenario *sc;
	gac_result *r = run("genaicost: scenario/1\n"
	                    "workloads:\n"
	                    "  - {name: w, model: m.pt, requests_per_month: 4.38M, input_tokens: 2000, "
	                    "output_tokens: 100, peak_to_average: 4}\n"
	                    "deployment: {mode: provisioned, commitment: 6-month, model_units: 1, overflow: on-demand, "
	                    "model_unit_input_tpm: 100K, model_unit_output_tpm: 20K}\n",
	                    &sc);
	const gac_provisioned *p = gac_result_provisioned(r, 0);
	ck_assert_rel(p->overflow_share, 7.0 / 8, 1e-12);
	ck_assert_rel(p->utilisation, 0.25, 1e-12);
	csv c;
	export(&c, r, sc, 2026, 12, 1);
	size_t used = c.rows, unused = c.rows;
	for (size_t row = 0; row + 1 < c.rows; row++) {  /* after the header */
		if (!strcmp(field(&c, row, "CommitmentDiscountStatus"), "Used"))
			used = row;
		else if (!strcmp(field(&c, row, "CommitmentDiscountStatus"), "Unused"))
			unused = row;
	}
	ck_assert(used < c.rows && unused < c.rows);
	ck_assert_rel(num(&c, used, "BilledCost"), 4562.5, 1e-12);
	ck_assert_rel(num(&c, unused, "BilledCost"), 13687.5, 1e-12);
	ck_assert_rel(num(&c, used, "PricingQuantity"), 182.5, 1e-12);  /* 730 h × 0.25 */
	csv_free(&c);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(commitment_of_unknown_use)
{
	gac_scenario *sc;
	gac_result *r = run(PT("1-month", ""), &sc);
	ck_assert(isnan(gac_result_provisioned(r, 0)->utilisation));
	csv c;
	export(&c, r, sc, 2026, 12, 1);
	ck_assert_uint_eq(c.rows, 2);
	ck_assert_str_eq(field(&c, 0, "PricingCategory"), "Committed");
	ck_assert_str_eq(field(&c, 0, "CommitmentDiscountStatus"), "");
	ck_assert(num(&c, 0, "BilledCost") == gac_result_line(r, 0)->cost);
	csv_free(&c);
	gac_result_free(r);
	gac_scenario_free(sc);
	/* no commitment: standard pricing, nothing committed */
	r = run(PT("none", ", model_unit_input_tpm: 100K, model_unit_output_tpm: 20K"), &sc);
	export(&c, r, sc, 2026, 12, 1);
	ck_assert_uint_eq(c.rows, 2);
	ck_assert_str_eq(field(&c, 0, "PricingCategory"), "Standard");
	ck_assert_str_eq(field(&c, 0, "CommitmentDiscountType"), "");
	ck_assert_str_eq(field(&c, 0, "CommitmentDiscountStatus"), "");
	csv_free(&c);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

START_TEST(bad_arguments)
{
	gac_scenario *sc;
	gac_result *r = run(CHAT, &sc);
	char *text = (char *)"untouched";
	ck_assert_int_eq(gac_report_focus(NULL, r, sc, sheet, 2026, 1, 1), GAC_EARG);
	ck_assert_int_eq(gac_report_focus(&text, NULL, sc, sheet, 2026, 1, 1), GAC_EARG);
	ck_assert_ptr_null(text);
	ck_assert_int_eq(gac_report_focus(&text, r, NULL, sheet, 2026, 1, 1), GAC_EARG);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, NULL, 2026, 1, 1), GAC_EARG);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 2026, 1, 0), GAC_EVALUE);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 2026, 0, 1), GAC_EVALUE);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 2026, 13, 1), GAC_EVALUE);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 0, 1, 1), GAC_EVALUE);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 10000, 1, 1), GAC_EVALUE);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 9999, 12, 1), GAC_EVALUE);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 9999, 10, 3), GAC_EVALUE);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 2026, 1, (size_t)-1), GAC_EVALUE);
	ck_assert_ptr_null(text);
	ck_assert_int_eq(gac_report_focus(&text, r, sc, sheet, 9999, 11, 1), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, ",9999-11-01T00:00:00Z,9999-12-01T00:00:00Z,"));
	gac_free(text);
	gac_result_free(r);
	gac_scenario_free(sc);
}
END_TEST

Suite *suite_focus(void)
{
	Suite *s = suite_create("focus");
	TCase *t = tcase_create("export");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, header_columns);
	tcase_add_test(t, month_sums_equal_the_total);
	tcase_add_test(t, rfc4180_quoting);
	tcase_add_test(t, periods_cross_the_year);
	tcase_add_test(t, one_time_rows);
	tcase_add_test(t, commitment_used_and_unused);
	tcase_add_test(t, commitment_used_of_what_the_units_carry);
	tcase_add_test(t, commitment_of_unknown_use);
	tcase_add_test(t, bad_arguments);
	suite_add_tcase(s, t);
	return s;
}

/* The AWS Price List importer (lib/offer.c, lib/offer_sheet.c,
 * lib/report_import.c) on the sample offers of tests/data/offers (see its
 * README): each awkward case with figures worked out by hand from the
 * offers' pricePerUnit texts. */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"
#include "offer.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- exact decimal scaling ---- */

static const char *scaled(const char *text, int shift)
{
	static char out[160];
	gac_dec d;
	if (!gac_dec_parse(&d, text))
		return "(refused)";
	gac_dec_format(out, &d, shift);
	return out;
}

START_TEST(dec_scales_exactly)
{
	/* per 1K -> per 1M is x 1000: the point moves three places */
	ck_assert_str_eq(scaled("0.00025", 3), "0.25");
	ck_assert_str_eq(scaled("0.0040000000", 3), "4");
	ck_assert_str_eq(scaled("0.0288750000", 3), "28.875");
	/* 0.1 + 0.2 would not be exact in double; 0.3 x 1000 is, here */
	ck_assert_str_eq(scaled("0.3", 3), "300");
	/* per 1M -> per 1K */
	ck_assert_str_eq(scaled("6.6", -3), "0.0066");
	ck_assert_str_eq(scaled("0.075", -3), "0.000075");
	ck_assert_str_eq(scaled("1.5E-3", 0), "0.0015");
	ck_assert_str_eq(scaled("1250.0000000000", 0), "1250");
	ck_assert_str_eq(scaled("0.0000000000", 3), "0");
	ck_assert_str_eq(scaled("000.50", 0), "0.5");
	ck_assert_str_eq(scaled("-1", 0), "(refused)");
	ck_assert_str_eq(scaled("", 0), "(refused)");
	ck_assert_str_eq(scaled("1.2.3", 0), "(refused)");
	ck_assert_str_eq(scaled("0x10", 0), "(refused)");
	ck_assert_str_eq(scaled("1e", 0), "(refused)");
}
END_TEST

/* ---- the sample offers ---- */

static gac_price_import *import_into(const char *merge_path);

/* The two sample offers, merged into `merge` (a source-tree path) or not. */
static gac_price_import *import(const char *merge)
{
	char path[4096];   /* test_path's buffer is reused */
	snprintf(path, sizeof path, "%s", merge ? test_path(merge) : "");
	return import_into(merge ? path : NULL);
}

static gac_price_import *import_into(const char *merge_path)
{
	gac_price_import *imp = NULL;
	gac_error e;
	ck_assert_int_eq(gac_price_import_new(&imp), GAC_OK);
	ck_assert_int_eq(gac_price_import_load_map(imp, test_path("pricing/aws-offer-map.yaml"), &e), GAC_OK);
	ck_assert_msg(gac_price_import_add_offer(imp, test_path("tests/data/offers/us-east-1.json"), &e) == GAC_OK,
	              "%s", e.message);
	ck_assert_int_eq(gac_price_import_add_offer(imp, test_path("tests/data/offers/eu-west-1.json"), &e), GAC_OK);
	if (merge_path)
		ck_assert_int_eq(gac_price_import_set_merge(imp, merge_path), GAC_OK);
	ck_assert_msg(gac_price_import_finish(imp, &e) == GAC_OK, "%s", e.message);
	return imp;
}

/* The sheet an import wrote, parsed back with the project's YAML layer. */
typedef struct sheet_doc {
	char *text;
	gac_doc doc;
} sheet_doc;

static void parse_sheet(sheet_doc *s, const gac_price_import *imp)
{
	gac_error e;
	ck_assert_int_eq(gac_price_import_sheet(&s->text, imp), GAC_OK);
	ck_assert_msg(gac_yaml_parse(&s->doc, s->text, strlen(s->text), "import", &e) == GAC_OK, "%s at %u:%u",
	              e.message, e.line, e.column);
}

static void sheet_free(sheet_doc *s)
{
	gac_yaml_free(&s->doc);
	free(s->text);
}

static const gac_node *entry(const sheet_doc *s, const char *id)
{
	const gac_node *models = gac_map_get(s->doc.root, "models");
	for (size_t i = 0; models && i < models->count; i++)
		if (!strcmp(gac_map_get(models->items[i], "id")->text, id))
			return models->items[i];
	return NULL;
}

/* The scalar at a dotted path under node n ("region_prices.eu-west-1.input");
 * NULL when there is none.  A key may hold dots ("region_prices.eu-west-1.
 * input" under offer.rates): the longest key that matches is taken. */
static const char *at(const gac_node *n, const char *path)
{
	while (n && n->type == GAC_NODE_MAP && *path) {
		const gac_node *next = NULL;
		size_t len = strlen(path);
		for (; len > 0 && !next; len--) {
			if (path[len] != '\0' && path[len] != '.')
				continue;
			char key[256];
			snprintf(key, sizeof key, "%.*s", (int)len, path);
			next = gac_map_get(n, key);
			if (next)
				break;
		}
		if (!next)
			return NULL;
		n = next;
		path += len;
		if (*path == '.')
			path++;
	}
	return n && !*path && n->type == GAC_NODE_SCALAR ? n->text : NULL;
}

static const gac_offer_rate *rate_of(const gac_price_import *imp, const char *sku, const char *effective)
{
	for (size_t i = 0; i < imp->rate_count; i++)
		if (!strcmp(imp->rates[i].sku, sku) && (!effective || !strcmp(imp->rates[i].effective, effective)))
			return &imp->rates[i];
	return NULL;
}

START_TEST(offer_effective_dates)
{
	/* Claude 3 Haiku input in us-east-1 has three dates in an offer
	 * published 2026-11-20: 2024-03-01 (0.0003), 2025-01-01 (0.00025) and
	 * 2027-01-01 (0.0002, not yet in force): 0.00025 is written */
	gac_price_import *imp = import(NULL);
	sheet_doc s;
	parse_sheet(&s, imp);
	const gac_node *h = entry(&s, "anthropic.claude-3-haiku-20240307-v1:0");
	ck_assert_ptr_nonnull(h);
	ck_assert_str_eq(at(h, "per"), "1K");
	ck_assert_str_eq(at(h, "input"), "0.00025");
	ck_assert_str_eq(at(h, "offer.rates.input.effective"), "2025-01-01");
	ck_assert_str_eq(at(h, "offer.rates.input.rate_code"), "H3IN0000000000A1.JRTCKXETXF.6YS6EN2CT7");
	ck_assert_str_eq(at(h, "offer.rates.input.unit"), "1K tokens");
	ck_assert_str_eq(at(h, "offer.code"), "AmazonBedrock");
	ck_assert_str_eq(at(h, "offer.published"), "2026-11-20T18:42:11Z");
	ck_assert_int_eq(rate_of(imp, "H3IN0000000000A1", "2025-01-01T00:00:00Z")->state, 1);
	ck_assert_int_eq(rate_of(imp, "H3IN0000000000A1", "2024-03-01T00:00:00Z")->state, 2);
	ck_assert_int_eq(rate_of(imp, "H3IN0000000000A1", "2027-01-01T00:00:00Z")->state, 2);
	/* the report names both others and the one written */
	char *text = NULL;
	ck_assert_int_eq(gac_report_import(&text, imp, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "us-east-1 input: 0.0003000000 per 1K tokens effective 2024-03-01T00:00:00Z "
	                                   "(superseded; written: 0.0002500000 effective 2025-01-01T00:00:00Z"));
	ck_assert_ptr_nonnull(strstr(text, "effective 2027-01-01T00:00:00Z (future; written: 0.0002500000"));
	gac_free(text);
	sheet_free(&s);
	gac_price_import_free(imp);
}
END_TEST

START_TEST(offer_two_regions)
{
	/* Haiku: us-east-1 (home) 0.00025/0.00125 with batch 0.000125/0.000625;
	 * eu-west-1 0.0003/0.0015 and no batch: an override that inherits
	 * nothing.  Titan Text Express costs the same in both: no override,
	 * and the eu-west-1 output product has no regionCode (usagetype EU-) */
	gac_price_import *imp = import(NULL);
	sheet_doc s;
	parse_sheet(&s, imp);
	const gac_node *h = entry(&s, "anthropic.claude-3-haiku-20240307-v1:0");
	const gac_node *regions = gac_map_get(h, "regions");
	ck_assert_uint_eq(regions->count, 2);
	ck_assert_str_eq(regions->items[0]->text, "eu-west-1");
	ck_assert_str_eq(regions->items[1]->text, "us-east-1");
	ck_assert_str_eq(at(h, "output"), "0.00125");
	ck_assert_str_eq(at(h, "batch_input"), "0.000125");
	ck_assert_str_eq(at(h, "batch_output"), "0.000625");
	ck_assert_str_eq(at(h, "region_prices.eu-west-1.inherit"), "false");
	ck_assert_str_eq(at(h, "region_prices.eu-west-1.input"), "0.0003");
	ck_assert_str_eq(at(h, "region_prices.eu-west-1.output"), "0.0015");
	ck_assert_ptr_null(at(h, "region_prices.eu-west-1.batch_input"));
	ck_assert_str_eq(at(gac_map_get(gac_map_get(h, "offer"), "rates"), "region_prices.eu-west-1.input.sku"),
	                 "H3INEU00000000G1");
	const gac_node *t = entry(&s, "amazon.titan-text-express-v1");
	ck_assert_uint_eq(gac_map_get(t, "regions")->count, 2);
	ck_assert_ptr_null(gac_map_get(t, "region_prices"));
	ck_assert_str_eq(rate_of(imp, "TXEXPEU000000G04", NULL)->region, "eu-west-1");
	sheet_free(&s);
	gac_price_import_free(imp);
}
END_TEST

START_TEST(offer_same_model_two_names)
{
	/* Titan Text Express is 'Titan Text G1 Express' (titanModel) in SKU B01
	 * and 'Titan Text G1 - Express' in B02/B03, both 0.0002 per 1K input:
	 * one entry, one input price, the second SKU noted as the same price */
	gac_price_import *imp = import(NULL);
	sheet_doc s;
	parse_sheet(&s, imp);
	const gac_node *t = entry(&s, "amazon.titan-text-express-v1");
	ck_assert_str_eq(at(t, "input"), "0.0002");
	ck_assert_str_eq(at(t, "output"), "0.0006");
	ck_assert_str_eq(at(t, "offer.rates.input.sku"), "TXEXP00000000B01");
	ck_assert_int_eq(rate_of(imp, "TXEXP00000000B01", NULL)->state, 1);
	ck_assert_int_eq(rate_of(imp, "TXEXP00000000B02", NULL)->state, 4);
	ck_assert_str_eq(rate_of(imp, "TXEXP00000000B01", NULL)->model_name, "Titan Text G1 Express");
	size_t entries = 0;
	for (size_t i = 0; i < gac_map_get(s.doc.root, "models")->count; i++)
		entries += !strcmp(gac_map_get(gac_map_get(s.doc.root, "models")->items[i], "id")->text,
		                   "amazon.titan-text-express-v1");
	ck_assert_uint_eq(entries, 1);
	sheet_free(&s);
	gac_price_import_free(imp);
}
END_TEST

START_TEST(offer_units_1k_and_1m)
{
	/* Sonnet 4.5 states its 1-hour cache write per 1M tokens (6.6) and the
	 * rest per 1K: the entry is per 1M, every 1K price x 1000 in decimal:
	 * 0.0033 -> 3.3, 0.0165 -> 16.5, 0.004125 -> 4.125, 0.00033 -> 0.33,
	 * priority output 0.028875 -> 28.875, flex output 0.00825 -> 8.25,
	 * global input 0.003 -> 3, long-context input 0.0066 -> 6.6 (threshold
	 * 200K from the map) */
	gac_price_import *imp = import(NULL);
	sheet_doc s;
	parse_sheet(&s, imp);
	const gac_node *e = entry(&s, "anthropic.claude-sonnet-4-5-20250929-v1:0");
	ck_assert_str_eq(at(e, "per"), "1M");
	ck_assert_str_eq(at(e, "input"), "3.3");
	ck_assert_str_eq(at(e, "output"), "16.5");
	ck_assert_str_eq(at(e, "cache_write"), "4.125");
	ck_assert_str_eq(at(e, "cache_write_1h"), "6.6");
	ck_assert_str_eq(at(e, "cache_read"), "0.33");
	ck_assert_str_eq(at(e, "priority.output"), "28.875");
	ck_assert_str_eq(at(e, "flex.output"), "8.25");
	ck_assert_str_eq(at(e, "global.input"), "3");
	ck_assert_str_eq(at(e, "long_context.threshold"), "200K");
	ck_assert_str_eq(at(e, "long_context.input"), "6.6");
	/* a global long-context price (0.006 per 1K): the tier's global card */
	ck_assert_str_eq(at(e, "long_context.global.input"), "6");
	ck_assert_str_eq(at(gac_map_get(gac_map_get(e, "offer"), "rates"), "cache_write_1h.unit"), "1M tokens");
	ck_assert_str_eq(at(gac_map_get(gac_map_get(e, "offer"), "rates"), "long_context.global.input.sku"),
	                 "S45GLCIN0000D012");
	/* Nova 2 Lite is all per 1M: kept as stated */
	const gac_node *n = entry(&s, "amazon.nova-2-lite-v1:0");
	ck_assert_str_eq(at(n, "per"), "1M");
	ck_assert_str_eq(at(n, "input"), "0.3");
	ck_assert_str_eq(at(n, "output"), "2.5");
	ck_assert_str_eq(at(n, "cache_read"), "0.075");
	ck_assert_str_eq(at(n, "priority.input"), "0.525");
	ck_assert_str_eq(at(n, "flex.input"), "0.15");
	sheet_free(&s);
	gac_price_import_free(imp);
}
END_TEST

START_TEST(offer_provisioned_and_reserved)
{
	/* Claude Instant PT: no commitment on demand 44.00 per hour, 1 and 6
	 * months from Reserved terms (LeaseContractLength) 39.60 and 22.00;
	 * Sonnet 4.5's Reserved tier per 1K TPM-month: input 1,250 and 1,100,
	 * output 6,250 and 5,500 (1 and 3 months) */
	gac_price_import *imp = import(NULL);
	sheet_doc s;
	parse_sheet(&s, imp);
	const gac_node *c = entry(&s, "anthropic.claude-instant-v1");
	ck_assert_str_eq(at(c, "model_unit_hour.no_commit"), "44");
	ck_assert_str_eq(at(c, "model_unit_hour.1_month"), "39.6");
	ck_assert_str_eq(at(c, "model_unit_hour.6_month"), "22");
	ck_assert_ptr_null(gac_map_get(c, "per"));   /* no token price */
	ck_assert_str_eq(at(gac_map_get(gac_map_get(c, "offer"), "rates"), "model_unit_hour.6_month.rate_code"),
	                 "CIPT00000000E001.38NPMPTW36.2TG2D8R56U");
	const gac_node *e = entry(&s, "anthropic.claude-sonnet-4-5-20250929-v1:0");
	ck_assert_str_eq(at(e, "reserved_input.1_month"), "1250");
	ck_assert_str_eq(at(e, "reserved_input.3_month"), "1100");
	ck_assert_str_eq(at(e, "reserved_output.1_month"), "6250");
	ck_assert_str_eq(at(e, "reserved_output.3_month"), "5500");
	sheet_free(&s);
	gac_price_import_free(imp);
}
END_TEST

START_TEST(offer_unmapped_and_unwritten)
{
	/* 'Mistral Large' has no map row (it names two models) and the
	 * Guardrails product no model: both listed, neither priced; Sonnet's
	 * batch cache read has no sheet key and Titan Image's per-image price
	 * no place in an images list: both reported, not written */
	gac_price_import *imp = import(NULL);
	ck_assert_uint_eq(imp->unmapped_count, 2);
	ck_assert_str_eq(imp->unmapped[0].model, "Mistral Large");
	ck_assert_str_eq(imp->unmapped[0].sku, "MLRG00000000F001");
	ck_assert_str_eq(imp->unmapped[1].model, "");
	ck_assert_str_eq(imp->unmapped[1].family, "Guardrails");
	const gac_offer_rate *b = rate_of(imp, "S45BCR000000D010", NULL);
	ck_assert_int_eq(b->cls, GAC_OC_NOKEY);
	ck_assert_ptr_null(b->key);
	ck_assert_int_eq(rate_of(imp, "TIMG00000000F003", NULL)->cls, GAC_OC_IMAGE);
	sheet_doc s;
	parse_sheet(&s, imp);
	ck_assert_ptr_null(entry(&s, "amazon.titan-image-generator-v1"));
	ck_assert_uint_eq(gac_map_get(s.doc.root, "models")->count, 5);
	ck_assert_ptr_null(strstr(s.text, "mistral"));
	/* the JSON report lists them */
	char *text = NULL;
	ck_assert_int_eq(gac_report_import(&text, imp, GAC_FORMAT_JSON), GAC_OK);
	json_error_t je;
	json_t *root = json_loads(text, 0, &je);
	ck_assert_ptr_nonnull(root);
	ck_assert_str_eq(json_string_value(json_object_get(root, "genaicost")), "import-prices/1");
	ck_assert_uint_eq(json_array_size(json_object_get(root, "unmapped")), 2);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(root, "unmapped"), 0), "model")),
	                 "Mistral Large");
	ck_assert_uint_eq(json_array_size(json_object_get(root, "not_written")), 2);
	/* superseded, future, and the same price under another name */
	ck_assert_uint_eq(json_array_size(json_object_get(root, "effective_dates")), 3);
	ck_assert_int_eq(json_integer_value(json_object_get(root, "entries")), 5);
	json_decref(root);
	gac_free(text);
	ck_assert_int_eq(gac_report_import(&text, imp, GAC_FORMAT_CSV), GAC_EVALUE);
	sheet_free(&s);
	gac_price_import_free(imp);
}
END_TEST

START_TEST(offer_merge)
{
	/* hand-sheet.yaml prices Haiku at 0.0003 input in us-east-1 and
	 * us-west-2 with a hand cache read 0.00003, and Cohere Command (not in
	 * the offers).  Merged: us-east-1 input moves 0.0003 -> 0.00025
	 * (-16.67%), output 0.00125 stays, batch and eu-west-1 prices are new,
	 * the cache read and us-west-2 keep their hand prices, Cohere Command
	 * is kept as it was, and the four other imported models are added */
	gac_price_import *imp = import("tests/data/offers/hand-sheet.yaml");
	size_t moved = 0, fresh = 0, added = 0;
	for (size_t i = 0; i < imp->move_count; i++) {
		const gac_offer_move *m = &imp->moves[i];
		if (m->kind == GAC_MV_MOVED) {
			moved++;
			ck_assert_str_eq(m->id, "anthropic.claude-3-haiku-20240307-v1:0");
			ck_assert_str_eq(m->path, "us-east-1 input");
			ck_assert_str_eq(m->old_value, "0.0003");
			ck_assert_str_eq(m->new_value, "0.00025");
			ck_assert_rel(m->pct, -100.0 / 6.0, 1e-12);
		}
		fresh += m->kind == GAC_MV_NEW_PRICE;
		added += m->kind == GAC_MV_ADDED;
	}
	ck_assert_uint_eq(moved, 1);
	ck_assert_uint_eq(fresh, 4);   /* batch_input, batch_output, eu-west-1 input and output */
	ck_assert_uint_eq(added, 4);
	sheet_doc s;
	parse_sheet(&s, imp);
	ck_assert_str_eq(at(s.doc.root, "name"), "hand");
	ck_assert_str_eq(at(s.doc.root, "as_of"), "2026-11-20");
	const gac_node *h = entry(&s, "anthropic.claude-3-haiku-20240307-v1:0");
	ck_assert_str_eq(at(h, "input"), "0.00025");
	ck_assert_str_eq(at(h, "cache_read"), "0.00003");
	ck_assert_str_eq(at(h, "batch_input"), "0.000125");
	ck_assert_str_eq(at(h, "region_prices.us-west-2.input"), "0.0003");
	ck_assert_str_eq(at(h, "region_prices.us-west-2.cache_read"), "0.00003");
	ck_assert_str_eq(at(h, "region_prices.eu-west-1.output"), "0.0015");
	ck_assert_str_eq(at(h, "note"), "hand entry");
	ck_assert_ptr_nonnull(strstr(at(h, "source"), "K: test figures; prices imported from the AWS Price List"));
	const gac_node *c = entry(&s, "cohere.command-text-v14");
	ck_assert_str_eq(at(c, "input"), "0.0015");
	ck_assert_ptr_null(gac_map_get(c, "offer"));
	ck_assert_uint_eq(gac_map_get(s.doc.root, "models")->count, 6);
	/* the opening comment is kept */
	ck_assert_int_eq(strncmp(s.text, "# A hand-sourced sheet", 22), 0);
	char *text = NULL;
	ck_assert_int_eq(gac_report_import(&text, imp, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "moved      anthropic.claude-3-haiku-20240307-v1:0 us-east-1 input: 0.0003 -> "
	                                   "0.00025 (-16.67%)"));
	ck_assert_ptr_nonnull(strstr(text, "added      amazon.nova-2-lite-v1:0"));
	gac_free(text);
	sheet_free(&s);
	gac_price_import_free(imp);
}
END_TEST

START_TEST(offer_conflict_and_latency_optimized)
{
	/* two SKUs price Claude 3 Haiku input on one date at 0.00025 and
	 * 0.0003: a conflict, neither written; a model name ending in
	 * 'Latency Optimized' (a row of its own) sorts into
	 * latency_optimized.output; a usagetype without a regionCode gives
	 * the region (APN1 = ap-northeast-1) */
	static const char offer[] =
		"{\"formatVersion\": \"v1.0\", \"offerCode\": \"AmazonBedrock\", \"publicationDate\": \"2026-11-20T00:00:00Z\","
		" \"products\": {"
		"\"A\": {\"sku\": \"A\", \"attributes\": {\"model\": \"Claude 3 Haiku\", \"usagetype\": \"APN1-a\","
		" \"inferenceType\": \"Input tokens\"}},"
		"\"B\": {\"sku\": \"B\", \"attributes\": {\"model\": \"Claude 3 Haiku\", \"usagetype\": \"APN1-b\","
		" \"inferenceType\": \"Input tokens\"}},"
		"\"L\": {\"sku\": \"L\", \"attributes\": {\"model\": \"Claude 3.5 Haiku Latency Optimized\","
		" \"regionCode\": \"us-east-2\", \"inferenceType\": \"Output tokens\"}}},"
		" \"terms\": {\"OnDemand\": {"
		"\"A\": {\"A.T\": {\"effectiveDate\": \"2025-01-01T00:00:00Z\", \"priceDimensions\": {\"A.T.R\":"
		" {\"unit\": \"1K tokens\", \"pricePerUnit\": {\"USD\": \"0.00025\"}}}}},"
		"\"B\": {\"B.T\": {\"effectiveDate\": \"2025-01-01T00:00:00Z\", \"priceDimensions\": {\"B.T.R\":"
		" {\"unit\": \"1K tokens\", \"pricePerUnit\": {\"USD\": \"0.0003\"}}}}},"
		"\"L\": {\"L.T\": {\"effectiveDate\": \"2025-01-01T00:00:00Z\", \"priceDimensions\": {\"L.T.R\":"
		" {\"unit\": \"1K tokens\", \"pricePerUnit\": {\"USD\": \"0.005\"}}}}}}}}";
	gac_price_import *imp = NULL;
	gac_error e;
	ck_assert_int_eq(gac_price_import_new(&imp), GAC_OK);
	ck_assert_int_eq(gac_price_import_load_map(imp, test_path("pricing/aws-offer-map.yaml"), &e), GAC_OK);
	ck_assert_msg(gac_price_import_add_offer_buffer(imp, offer, sizeof offer - 1, "c.json", &e) == GAC_OK, "%s",
	              e.message);
	ck_assert_int_eq(gac_price_import_finish(imp, &e), GAC_OK);
	ck_assert_int_eq(rate_of(imp, "A", NULL)->state, 3);
	ck_assert_int_eq(rate_of(imp, "B", NULL)->state, 3);
	ck_assert_str_eq(rate_of(imp, "A", NULL)->region, "ap-northeast-1");
	ck_assert_str_eq(rate_of(imp, "L", NULL)->key, "latency_optimized.output");
	sheet_doc s;
	parse_sheet(&s, imp);
	ck_assert_ptr_null(entry(&s, "anthropic.claude-3-haiku-20240307-v1:0"));
	const gac_node *l = entry(&s, "anthropic.claude-3-5-haiku-20241022-v1:0");
	ck_assert_str_eq(at(l, "latency_optimized.output"), "0.005");
	ck_assert_ptr_null(at(l, "regions"));   /* a list, not a scalar */
	ck_assert_str_eq(gac_map_get(l, "regions")->items[0]->text, "us-east-2");
	char *text = NULL;
	ck_assert_int_eq(gac_report_import(&text, imp, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "(conflict: the same date with different prices; none written; sku A)"));
	gac_free(text);
	sheet_free(&s);
	gac_price_import_free(imp);
}
END_TEST

/* The price by key of model `id` in `region` (NULL: base) of a loaded
 * sheet; NAN when it has none. */
static double price(const gac_sheet *sh, const char *id, const char *region, const char *key)
{
	for (size_t i = 0; i < gac_sheet_model_count(sh); i++) {
		gac_model_info mi = GAC_MODEL_INFO_INIT;
		ck_assert_int_eq(gac_sheet_model(&mi, sh, i, NULL), GAC_OK);
		if (strcmp(mi.id, id))
			continue;
		double v;
		return gac_sheet_model_price(&v, sh, i, region, key) == GAC_OK ? v : NAN;
	}
	ck_abort_msg("no model %s", id);
	return NAN;
}

START_TEST(offer_sheet_loads)
{
	/* the sheet written loads with the project's loader, and the loader
	 * reads back the prices of each awkward case: per 1M for Sonnet 4.5
	 * (0.0033/1K = 3.3, priority output 28.875, global input 3, 1-hour
	 * cache 6.6, reserved input 1,250 per 1K TPM-month), per 1K for Haiku (0.00025;
	 * eu-west-1 0.0003, no batch there), PT hours for Claude Instant */
	gac_price_import *imp = import(NULL);
	char *text = NULL;
	gac_sheet *sh = NULL;
	gac_error e;
	ck_assert_int_eq(gac_price_import_sheet(&text, imp), GAC_OK);
	ck_assert_msg(gac_sheet_load_buffer(&sh, text, strlen(text), "import.yaml", &e) == GAC_OK, "%s at %u:%u",
	              e.message, e.line, e.column);
	ck_assert_uint_eq(gac_sheet_model_count(sh), 5);
	const char *s45 = "anthropic.claude-sonnet-4-5-20250929-v1:0", *h3 = "anthropic.claude-3-haiku-20240307-v1:0";
	ck_assert(price(sh, s45, NULL, "input") == 3.3);
	ck_assert(price(sh, s45, NULL, "cache_write_1h") == 6.6);
	ck_assert(price(sh, s45, NULL, "priority.output") == 28.875);
	ck_assert(price(sh, s45, NULL, "flex.output") == 8.25);
	ck_assert(price(sh, s45, NULL, "global.input") == 3);
	ck_assert(price(sh, s45, NULL, "long_context.input") == 6.6);
	ck_assert(price(sh, s45, NULL, "long_context.global.input") == 6);
	ck_assert(price(sh, s45, NULL, "reserved_input.1_month") == 1250);
	ck_assert(price(sh, s45, NULL, "reserved_output.3_month") == 5500);
	ck_assert(price(sh, h3, "us-east-1", "input") == 0.00025);
	ck_assert(price(sh, h3, "us-east-1", "batch_output") == 0.000625);
	ck_assert(price(sh, h3, "eu-west-1", "input") == 0.0003);
	ck_assert(isnan(price(sh, h3, "eu-west-1", "batch_input")));
	ck_assert(price(sh, "amazon.titan-text-express-v1", "eu-west-1", "output") == 0.0006);
	ck_assert(price(sh, "amazon.nova-2-lite-v1:0", NULL, "flex.input") == 0.15);
	ck_assert(price(sh, "anthropic.claude-instant-v1", NULL, "model_unit_hour.1_month") == 39.6);
	gac_sheet_free(sh);
	gac_free(text);
	gac_price_import_free(imp);
	/* merged into the hand sheet: it loads, and us-west-2 keeps 0.0003 */
	imp = import("tests/data/offers/hand-sheet.yaml");
	ck_assert_int_eq(gac_price_import_sheet(&text, imp), GAC_OK);
	ck_assert_msg(gac_sheet_load_buffer(&sh, text, strlen(text), "merged.yaml", &e) == GAC_OK, "%s at %u:%u",
	              e.message, e.line, e.column);
	ck_assert(price(sh, h3, "us-east-1", "input") == 0.00025);
	ck_assert(price(sh, h3, "us-west-2", "input") == 0.0003);
	ck_assert(price(sh, h3, "us-west-2", "cache_read") == 0.00003);
	ck_assert(price(sh, "cohere.command-text-v14", NULL, "input") == 0.0015);
	gac_sheet_free(sh);
	gac_free(text);
	gac_price_import_free(imp);
}
END_TEST

START_TEST(offer_merge_again)
{
	/* merging the offers into a sheet they were merged into moves nothing;
	 * an entry an earlier import priced that these offers do not is
	 * reported, and kept */
	gac_price_import *imp = import("tests/data/offers/hand-sheet.yaml");
	char *text = NULL;
	ck_assert_int_eq(gac_price_import_sheet(&text, imp), GAC_OK);
	gac_price_import_free(imp);
	char path[] = "/tmp/gac-offer-merged-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	FILE *f = fdopen(fd, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
	gac_free(text);
	imp = import_into(path);
	size_t moved = 0;
	for (size_t i = 0; i < imp->move_count; i++)
		moved += imp->moves[i].kind != GAC_MV_GONE && imp->moves[i].kind != GAC_MV_PRICE_GONE;
	ck_assert_uint_eq(moved, 0);
	gac_price_import_free(imp);
	/* only the eu-west-1 offer: the three models only the us-east-1 offer
	 * priced are no longer priced (kept), and the us-east-1 prices of
	 * Haiku (input, output, batch input and output) and Titan Text Express
	 * (input, output) that the earlier import wrote are listed */
	gac_error e;
	ck_assert_int_eq(gac_price_import_new(&imp), GAC_OK);
	ck_assert_int_eq(gac_price_import_load_map(imp, test_path("pricing/aws-offer-map.yaml"), &e), GAC_OK);
	ck_assert_int_eq(gac_price_import_add_offer(imp, test_path("tests/data/offers/eu-west-1.json"), &e), GAC_OK);
	ck_assert_int_eq(gac_price_import_set_merge(imp, path), GAC_OK);
	ck_assert_msg(gac_price_import_finish(imp, &e) == GAC_OK, "%s", e.message);
	size_t gone = 0, price_gone = 0;
	for (size_t i = 0; i < imp->move_count; i++) {
		gone += imp->moves[i].kind == GAC_MV_GONE;
		price_gone += imp->moves[i].kind == GAC_MV_PRICE_GONE;
	}
	ck_assert_uint_eq(gone, 3);         /* Nova 2 Lite, Claude Instant, Sonnet 4.5 */
	ck_assert_uint_eq(price_gone, 6);
	ck_assert_int_eq(gac_price_import_sheet(&text, imp), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "amazon.nova-2-lite-v1:0"));
	gac_free(text);
	gac_price_import_free(imp);
	unlink(path);
}
END_TEST

START_TEST(offer_unmapped_grouped)
{
	/* five products of one unknown model in two regions are one line of
	 * the text report (the JSON lists all five); with a known product so
	 * that a sheet is written */
	static char offer[8192];
	size_t n = (size_t)snprintf(offer, sizeof offer,
	                            "{\"formatVersion\": \"v1.0\", \"offerCode\": \"AmazonBedrock\", "
	                            "\"publicationDate\": \"2026-11-20T00:00:00Z\", \"products\": {"
	                            "\"K\": {\"sku\": \"K\", \"attributes\": {\"model\": \"Nova Micro\", \"regionCode\": "
	                            "\"us-east-1\", \"inferenceType\": \"Input tokens\"}}");
	for (int i = 0; i < 5; i++)
		n += (size_t)snprintf(offer + n, sizeof offer - n,
		                      ", \"U%d\": {\"sku\": \"U%d\", \"attributes\": {\"model\": \"Kimi K2\", \"regionCode\": "
		                      "\"%s\", \"usagetype\": \"X-%d\"}}", i, i, i < 3 ? "us-east-1" : "us-west-2", i);
	n += (size_t)snprintf(offer + n, sizeof offer - n,
	                      "}, \"terms\": {\"OnDemand\": {\"K\": {\"K.T\": {\"effectiveDate\": "
	                      "\"2025-01-01T00:00:00Z\", \"priceDimensions\": {\"K.T.R\": {\"unit\": \"1K tokens\", "
	                      "\"pricePerUnit\": {\"USD\": \"0.000035\"}}}}}}}}");
	gac_price_import *imp = NULL;
	gac_error e;
	ck_assert_int_eq(gac_price_import_new(&imp), GAC_OK);
	ck_assert_int_eq(gac_price_import_load_map(imp, test_path("pricing/aws-offer-map.yaml"), &e), GAC_OK);
	ck_assert_msg(gac_price_import_add_offer_buffer(imp, offer, n, "g.json", &e) == GAC_OK, "%s", e.message);
	ck_assert_int_eq(gac_price_import_finish(imp, &e), GAC_OK);
	ck_assert_uint_eq(imp->unmapped_count, 5);
	char *text = NULL;
	ck_assert_int_eq(gac_report_import(&text, imp, GAC_FORMAT_TABLE), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "  model 'Kimi K2': 5 products, no map row, in us-east-1 us-west-2 (e.g. g.json: "
	                                   "sku U0, usagetype X-0)\n"));
	ck_assert_ptr_null(strstr(text, "sku U1"));
	gac_free(text);
	ck_assert_int_eq(gac_report_import(&text, imp, GAC_FORMAT_JSON), GAC_OK);
	ck_assert_ptr_nonnull(strstr(text, "\"sku\": \"U4\""));
	gac_free(text);
	gac_price_import_free(imp);
}
END_TEST

static gac_status bad_offer(const char *file, gac_error *e)
{
	gac_price_import *imp = NULL;
	ck_assert_int_eq(gac_price_import_new(&imp), GAC_OK);
	ck_assert_int_eq(gac_price_import_load_map(imp, test_path("pricing/aws-offer-map.yaml"), e), GAC_OK);
	gac_status st = gac_price_import_add_offer(imp, test_path(file), e);
	ck_assert_uint_eq(imp->rate_count, 0);
	ck_assert_uint_eq(imp->offer_count, 0);
	gac_price_import_free(imp);
	return st;
}

START_TEST(offer_bad_inputs)
{
	gac_error e;
	/* line 7 lacks its comma: jansson stops at the next string, 8:27 */
	ck_assert_int_eq(bad_offer("tests/data/offers/bad-syntax.json", &e), GAC_ESYNTAX);
	ck_assert_uint_eq(e.line, 8);
	ck_assert_uint_eq(e.column, 27);
	ck_assert_ptr_nonnull(strstr(e.message, "not valid JSON"));
	ck_assert_int_eq(bad_offer("tests/data/offers/bad-no-products.json", &e), GAC_ESCHEMA);
	ck_assert_str_eq(e.message, "offer AmazonBedrock has no products (an offer lists its SKUs under \"products\")");
	ck_assert_int_eq(bad_offer("tests/data/offers/bad-version.json", &e), GAC_EVERSION);
	/* a buffer without the offer's header */
	gac_price_import *imp = NULL;
	ck_assert_int_eq(gac_price_import_new(&imp), GAC_OK);
	ck_assert_int_eq(gac_price_import_add_offer_buffer(imp, "{}", 2, "x.json", &e), GAC_EARG);   /* no map */
	ck_assert_int_eq(gac_price_import_finish(imp, &e), GAC_EARG);                                 /* no offer */
	ck_assert_int_eq(gac_price_import_load_map(imp, test_path("tests/data/offers/bad-map-row.yaml"), &e),
	                 GAC_ESCHEMA);
	ck_assert_str_eq(e.message, "a map row needs 'id'");
	ck_assert_uint_eq(e.line, 6);
	ck_assert_uint_eq(e.column, 5);
	ck_assert_int_eq(gac_price_import_load_map(imp, test_path("tests/data/offers/bad-map-twice.yaml"), &e),
	                 GAC_EVALUE);
	ck_assert_uint_eq(e.line, 7);
	ck_assert_ptr_nonnull(strstr(e.message, "is mapped to 'mistral.mistral-large-2402-v1:0' on line 3 already"));
	ck_assert_int_eq(gac_price_import_load_map(imp, test_path("pricing/aws-offer-map.yaml"), &e), GAC_OK);
	static const char nodate[] = "{\"formatVersion\": \"v1.0\", \"offerCode\": \"X\", \"products\": {}}";
	ck_assert_int_eq(gac_price_import_add_offer_buffer(imp, nodate, sizeof nodate - 1, "x.json", &e), GAC_ESCHEMA);
	ck_assert_str_eq(e.message, "an offer needs offerCode and publicationDate");
	static const char badprice[] =
		"{\"formatVersion\": \"v1.0\", \"offerCode\": \"X\", \"publicationDate\": \"2026-01-01T00:00:00Z\","
		" \"products\": {\"S\": {\"sku\": \"S\", \"attributes\": {\"model\": \"Claude 3 Haiku\", \"regionCode\":"
		" \"us-east-1\", \"inferenceType\": \"Input tokens\"}}}, \"terms\": {\"OnDemand\": {\"S\": {\"S.T\":"
		" {\"effectiveDate\": \"2025-01-01T00:00:00Z\", \"priceDimensions\": {\"S.T.R\": {\"unit\": \"1K tokens\","
		" \"pricePerUnit\": {\"USD\": \"-0.1\"}}}}}}}}";
	ck_assert_int_eq(gac_price_import_add_offer_buffer(imp, badprice, sizeof badprice - 1, "x.json", &e), GAC_EVALUE);
	ck_assert_str_eq(e.message, "price dimension S.T.R: pricePerUnit.USD '-0.1' is not a decimal number");
	ck_assert_uint_eq(imp->rate_count, 0);
	gac_price_import_free(imp);
	gac_price_import_free(NULL);
}
END_TEST

Suite *suite_offer(void)
{
	Suite *s = suite_create("offer");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, dec_scales_exactly);
	tcase_add_test(tc, offer_effective_dates);
	tcase_add_test(tc, offer_two_regions);
	tcase_add_test(tc, offer_same_model_two_names);
	tcase_add_test(tc, offer_units_1k_and_1m);
	tcase_add_test(tc, offer_provisioned_and_reserved);
	tcase_add_test(tc, offer_unmapped_and_unwritten);
	tcase_add_test(tc, offer_merge);
	tcase_add_test(tc, offer_conflict_and_latency_optimized);
	tcase_add_test(tc, offer_sheet_loads);
	tcase_add_test(tc, offer_merge_again);
	tcase_add_test(tc, offer_unmapped_grouped);
	tcase_add_test(tc, offer_bad_inputs);
	suite_add_tcase(s, tc);
	return s;
}

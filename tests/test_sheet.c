/* Price sheets (lib/sheet.c): loading, validation, region prices,
 * lookup and resolution of sheet names. */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The example sheet of the issue, verbatim. */
static const char example[] =
	"genaicost: pricesheet/1\n"                                      /* 1 */
	"name: aws-bedrock\n"                                            /* 2 */
	"currency: USD\n"                                                /* 3 */
	"as_of: 2025-02-28\n"                                            /* 4 */
	"sources: [https://aws.amazon.com/bedrock/pricing/]\n"           /* 5 */
	"models:\n"                                                      /* 6 */
	"  - id: anthropic.claude-3-5-sonnet-20241022-v2:0\n"            /* 7 */
	"    name: Claude 3.5 Sonnet\n"                                  /* 8 */
	"    regions: [us-east-1, us-west-2]\n"                          /* 9 */
	"    per: 1K                  # unit of every token price of this entry: 1K or 1M tokens\n"
	"    input: 0.003\n"                                             /* 11 */
	"    output: 0.015\n"                                            /* 12 */
	"    batch_input: 0.0015      # or batch_discount: 0.5\n"        /* 13 */
	"    batch_output: 0.0075\n"                                     /* 14 */
	"    cache_write: 0.00375\n"                                     /* 15 */
	"    cache_read: 0.0003\n"                                       /* 16 */
	"  - id: anthropic.claude-instant-v1\n"                          /* 17 */
	"    regions: [us-east-1, us-west-2]\n"                          /* 18 */
	"    per: 1K\n"                                                  /* 19 */
	"    input: 0.0008\n"                                            /* 20 */
	"    output: 0.0024\n"                                           /* 21 */
	"    model_unit_hour: {no_commit: 44.0, 1_month: 39.6, 6_month: 22.0}\n";

/* Header of a sheet, for sheets built in the tests (models at line 7). */
#define HEAD                                                                                   \
	"genaicost: pricesheet/1\nname: t\ncurrency: USD\nas_of: 2025-02-28\nsources: [test]\n" \
	"models:\n"

#define SONNET "anthropic.claude-3-5-sonnet-20241022-v2:0"
#define TOKEN_BITS 0x3Fu /* input .. cache_read */
#define MU_BITS ((1u << GAC_PRICE_MU_NO_COMMIT) | (1u << GAC_PRICE_MU_1_MONTH) | (1u << GAC_PRICE_MU_6_MONTH))

static gac_sheet *load_ok(const char *text)
{
	gac_sheet *s = NULL;
	gac_error err;
	gac_status st = gac_sheet_load_buffer(&s, text, strlen(text), "sheet.yaml", &err);
	ck_assert_msg(st == GAC_OK, "load failed: %s at %u:%u: %s", gac_strerror(st), err.line,
	              err.column, err.message);
	ck_assert_int_eq(err.status, GAC_OK);
	ck_assert_ptr_nonnull(s);
	return s;
}

/* Load text that must fail with `want` at line:col and a message holding
 * `msg` (line 0: don't check the place). */
static void load_fails(const char *text, gac_status want, unsigned line, unsigned col, const char *msg)
{
	gac_sheet *s = (gac_sheet *)&s; /* must be reset to NULL */
	gac_error err;
	gac_status st = gac_sheet_load_buffer(&s, text, strlen(text), "bad.yaml", &err);
	ck_assert_msg(st == want, "status %d (%s: %s), expected %d (%s)", (int)st, gac_strerror(st),
	              err.message, (int)want, gac_strerror(want));
	ck_assert_ptr_null(s);
	ck_assert_int_eq(err.status, want);
	ck_assert_str_eq(err.file, "bad.yaml");
	if (line)
		ck_assert_msg(err.line == line && err.column == col, "error at %u:%u, expected %u:%u (%s)",
		              err.line, err.column, line, col, err.message);
	ck_assert_msg(strstr(err.message, msg) != NULL, "message '%s' lacks '%s'", err.message, msg);
}

static void model_at(gac_model_info *m, const gac_sheet *s, const char *id, const char *region)
{
	size_t i = (size_t)-1;
	ck_assert_int_eq(gac_sheet_find(&i, s, id), GAC_OK);
	ck_assert_int_eq(gac_sheet_model(m, s, i, region), GAC_OK);
	ck_assert_str_eq(m->id, id);
}

/* ---- the example ---- */

START_TEST(test_example_loads)
{
	gac_sheet *s = load_ok(example);
	ck_assert_str_eq(gac_sheet_name(s), "aws-bedrock");
	ck_assert_str_eq(gac_sheet_currency(s), "USD");
	ck_assert_str_eq(gac_sheet_as_of(s), "2025-02-28");
	ck_assert_str_eq(gac_sheet_path(s), "sheet.yaml");
	ck_assert_uint_eq(gac_sheet_model_count(s), 2);
	const char *hash = gac_sheet_hash(s);
	ck_assert_uint_eq(strlen(hash), 16);
	ck_assert_uint_eq(strspn(hash, "0123456789abcdef"), 16);

	gac_model_info m = GAC_MODEL_INFO_INIT;
	ck_assert_int_eq(gac_sheet_model(&m, s, 0, NULL), GAC_OK);
	ck_assert_str_eq(m.id, SONNET);
	ck_assert_str_eq(m.name, "Claude 3.5 Sonnet");
	ck_assert_str_eq(m.vendor, "anthropic"); /* from the id */
	ck_assert_str_eq(m.source, "");
	ck_assert_str_eq(m.as_of, "2025-02-28"); /* the sheet's */
	ck_assert_int_eq(m.kind, GAC_KIND_TEXT);
	ck_assert(m.per == 1000.0);
	ck_assert(m.price[GAC_PRICE_INPUT] == 0.003);
	ck_assert(m.price[GAC_PRICE_OUTPUT] == 0.015);
	ck_assert(m.price[GAC_PRICE_BATCH_INPUT] == 0.0015);
	ck_assert(m.price[GAC_PRICE_BATCH_OUTPUT] == 0.0075);
	ck_assert(m.price[GAC_PRICE_CACHE_WRITE] == 0.00375);
	ck_assert(m.price[GAC_PRICE_CACHE_READ] == 0.0003);
	ck_assert(m.price[GAC_PRICE_MU_NO_COMMIT] == 0.0);
	ck_assert_uint_eq(m.has, TOKEN_BITS);
	ck_assert_int_eq(m.available, 1);
	ck_assert_uint_eq(m.region_count, 2);
	ck_assert_uint_eq(m.image_price_count, 0);
	ck_assert_int_eq(m.has_global, 0);
	ck_assert_int_eq(m.has_long_context, 0);
	ck_assert_str_eq(gac_sheet_model_region(s, 0, 0), "us-east-1");
	ck_assert_str_eq(gac_sheet_model_region(s, 0, 1), "us-west-2");
	ck_assert_ptr_null(gac_sheet_model_region(s, 0, 2));
	ck_assert_ptr_null(gac_sheet_model_region(s, 2, 0));
	ck_assert_ptr_null(gac_sheet_model_region(NULL, 0, 0));

	/* the same prices in a listed region; not available elsewhere */
	ck_assert_int_eq(gac_sheet_model(&m, s, 0, "us-west-2"), GAC_OK);
	ck_assert(m.price[GAC_PRICE_OUTPUT] == 0.015);
	ck_assert_int_eq(m.available, 1);
	ck_assert_int_eq(gac_sheet_model(&m, s, 0, "eu-west-1"), GAC_OK);
	ck_assert_int_eq(m.available, 0);

	ck_assert_int_eq(gac_sheet_model(&m, s, 1, "us-east-1"), GAC_OK);
	ck_assert_str_eq(m.id, "anthropic.claude-instant-v1");
	ck_assert_str_eq(m.name, "anthropic.claude-instant-v1"); /* no name: the id */
	ck_assert(m.per == 1000.0);
	ck_assert(m.price[GAC_PRICE_INPUT] == 0.0008);
	ck_assert(m.price[GAC_PRICE_OUTPUT] == 0.0024);
	ck_assert(m.price[GAC_PRICE_MU_NO_COMMIT] == 44.0);
	ck_assert(m.price[GAC_PRICE_MU_1_MONTH] == 39.6);
	ck_assert(m.price[GAC_PRICE_MU_6_MONTH] == 22.0);
	ck_assert(m.price[GAC_PRICE_BATCH_INPUT] == 0.0);
	ck_assert_uint_eq(m.has, (1u << GAC_PRICE_INPUT) | (1u << GAC_PRICE_OUTPUT) | MU_BITS);

	ck_assert_int_eq(gac_sheet_model(&m, s, 2, NULL), GAC_EARG);
	ck_assert_int_eq(gac_sheet_model(NULL, s, 0, NULL), GAC_EARG);
	ck_assert_int_eq(gac_sheet_model(&m, NULL, 0, NULL), GAC_EARG);
	gac_sheet_free(s);
}
END_TEST

START_TEST(test_hash_follows_bytes)
{
	/* copied out and freed first, so a failure leaks nothing */
	char ha[17], hb[17], hc[17];
	gac_sheet *a = load_ok(example);
	snprintf(ha, sizeof ha, "%s", gac_sheet_hash(a));
	gac_sheet_free(a);
	gac_sheet *b = load_ok(example);
	snprintf(hb, sizeof hb, "%s", gac_sheet_hash(b));
	gac_sheet_free(b);
	char *changed = edit(example, "output: 0.015", "output: 0.016");
	gac_sheet *c = load_ok(changed);
	free(changed);
	snprintf(hc, sizeof hc, "%s", gac_sheet_hash(c));
	gac_sheet_free(c);
	ck_assert_str_eq(ha, hb);
	ck_assert_str_ne(ha, hc);
	/* FNV-1a 64 of the bytes (genaicost.h), computed here independently:
	 * offset basis 14695981039346656037, prime 1099511628211 */
	unsigned long long h = 14695981039346656037ULL;
	for (const char *p = example; *p; p++) {
		h ^= (unsigned char)*p;
		h *= 1099511628211ULL;
	}
	char want[17];
	snprintf(want, sizeof want, "%016llx", h);
	ck_assert_str_eq(ha, want);
}
END_TEST

START_TEST(test_per_million)
{
	char *t = edit(example, "per: 1K ", "per: 1M ");
	gac_sheet *s = load_ok(t);
	gac_model_info m = GAC_MODEL_INFO_INIT;
	ck_assert_int_eq(gac_sheet_model(&m, s, 0, NULL), GAC_OK);
	ck_assert(m.per == 1e6);
	ck_assert(m.price[GAC_PRICE_INPUT] == 0.003); /* as written: per 1M now */
	ck_assert_int_eq(gac_sheet_model(&m, s, 1, NULL), GAC_OK);
	ck_assert(m.per == 1e3);
	gac_sheet_free(s);
	free(t);

	t = edit(example, "per: 1K ", "per: 1k ");
	s = load_ok(t);
	ck_assert_int_eq(gac_sheet_model(&m, s, 0, NULL), GAC_OK);
	ck_assert(m.per == 1e3);
	gac_sheet_free(s);
	free(t);

	t = edit(example, "per: 1K ", "per: 1000 ");
	load_fails(t, GAC_EVALUE, 10, 10, "per must be 1K or 1M (got '1000')");
	free(t);
	t = edit(example, "per: 1K ", "per: [1K] ");
	load_fails(t, GAC_ESCHEMA, 10, 10, "per must be a scalar, not a list");
	free(t);
}
END_TEST

START_TEST(test_batch_discount)
{
	static const char text[] = HEAD
		"  - id: a.m\n"
		"    regions: [us-east-1, eu-west-1]\n"
		"    per: 1M\n"
		"    input: 3\n"
		"    output: 15\n"
		"    cache_read: 0.3\n"
		"    batch_discount: 0.5\n"
		"    region_prices:\n"
		"      eu-west-1: {input: 4, output: 20}\n"
		"  - id: b.m\n"
		"    regions: [us-east-1]\n"
		"    per: 1M\n"
		"    input: 10\n"
		"    output: 30\n"
		"    batch_input: 4\n"
		"    batch_discount: 20%\n";
	gac_sheet *s = load_ok(text);
	gac_model_info m = GAC_MODEL_INFO_INIT;
	model_at(&m, s, "a.m", NULL);
	ck_assert(m.price[GAC_PRICE_BATCH_INPUT] == 1.5);
	ck_assert(m.price[GAC_PRICE_BATCH_OUTPUT] == 7.5);
	ck_assert_uint_eq(m.has, (1u << GAC_PRICE_INPUT) | (1u << GAC_PRICE_OUTPUT) |
	                             (1u << GAC_PRICE_BATCH_INPUT) | (1u << GAC_PRICE_BATCH_OUTPUT) |
	                             (1u << GAC_PRICE_CACHE_READ));
	/* the discount applies to the region's own prices */
	model_at(&m, s, "a.m", "eu-west-1");
	ck_assert(m.price[GAC_PRICE_INPUT] == 4.0);
	ck_assert(m.price[GAC_PRICE_BATCH_INPUT] == 2.0);
	ck_assert(m.price[GAC_PRICE_BATCH_OUTPUT] == 10.0);
	/* a listed batch price wins over the discount */
	model_at(&m, s, "b.m", "us-east-1");
	ck_assert(m.price[GAC_PRICE_BATCH_INPUT] == 4.0);
	ck_assert(m.price[GAC_PRICE_BATCH_OUTPUT] == 24.0);
	gac_sheet_free(s);

	char *t = edit(text, "batch_discount: 0.5", "batch_discount: 1.5");
	load_fails(t, GAC_EVALUE, 13, 21, "batch_discount is a fraction between 0 and 1 (got 1.5)");
	free(t);
	t = edit(text, "batch_discount: 0.5", "batch_discount: -0.5");
	load_fails(t, GAC_EVALUE, 13, 21, "batch_discount must not be negative");
	free(t);
}
END_TEST

static const char regional[] = HEAD
	"  - id: v.m\n"                                          /* 7 */
	"    regions: [us-east-1, eu-west-1, ap-south-1]\n"      /* 8 */
	"    per: 1M\n"                                          /* 9 */
	"    input: 3\n"                                         /* 10 */
	"    output: 15\n"                                       /* 11 */
	"    cache_read: 0.3\n"                                  /* 12 */
	"    model_unit_hour: {no_commit: 40}\n"                 /* 13 */
	"    region_prices:\n"                                   /* 14 */
	"      eu-west-1:\n"                                     /* 15 */
	"        input: 4\n"                                     /* 16 */
	"        output: 20\n"                                   /* 17 */
	"      ap-south-1:\n"                                    /* 18 */
	"        model_unit_hour: {1_month: 30}\n";              /* 19 */

START_TEST(test_region_prices_merge)
{
	gac_sheet *s = load_ok(regional);
	gac_model_info m = GAC_MODEL_INFO_INIT;
	model_at(&m, s, "v.m", "us-east-1");
	ck_assert(m.price[GAC_PRICE_INPUT] == 3.0);
	ck_assert(m.price[GAC_PRICE_OUTPUT] == 15.0);
	ck_assert(m.price[GAC_PRICE_CACHE_READ] == 0.3);
	model_at(&m, s, "v.m", "eu-west-1");
	ck_assert(m.price[GAC_PRICE_INPUT] == 4.0);
	ck_assert(m.price[GAC_PRICE_OUTPUT] == 20.0);
	ck_assert(m.price[GAC_PRICE_CACHE_READ] == 0.3); /* inherited */
	ck_assert(m.price[GAC_PRICE_MU_NO_COMMIT] == 40.0);
	ck_assert_uint_eq(m.has, (1u << GAC_PRICE_INPUT) | (1u << GAC_PRICE_OUTPUT) |
	                             (1u << GAC_PRICE_CACHE_READ) | (1u << GAC_PRICE_MU_NO_COMMIT));
	model_at(&m, s, "v.m", "ap-south-1");
	ck_assert(m.price[GAC_PRICE_INPUT] == 3.0);
	ck_assert(m.price[GAC_PRICE_MU_NO_COMMIT] == 40.0);
	ck_assert(m.price[GAC_PRICE_MU_1_MONTH] == 30.0);
	/* base prices, and an unlisted region, are untouched */
	model_at(&m, s, "v.m", NULL);
	ck_assert(m.price[GAC_PRICE_INPUT] == 3.0);
	ck_assert(m.price[GAC_PRICE_MU_1_MONTH] == 0.0);
	ck_assert(!(m.has & (1u << GAC_PRICE_MU_1_MONTH)));
	model_at(&m, s, "v.m", "us-west-2");
	ck_assert(m.price[GAC_PRICE_INPUT] == 3.0);
	ck_assert_int_eq(m.available, 0);
	gac_sheet_free(s);
}
END_TEST

START_TEST(test_region_prices_replace)
{
	char *t = edit(regional, "      eu-west-1:\n", "      eu-west-1:\n        inherit: false\n");
	gac_sheet *s = load_ok(t);
	gac_model_info m = GAC_MODEL_INFO_INIT;
	model_at(&m, s, "v.m", "eu-west-1");
	ck_assert(m.price[GAC_PRICE_INPUT] == 4.0);
	ck_assert(m.price[GAC_PRICE_OUTPUT] == 20.0);
	ck_assert(m.price[GAC_PRICE_CACHE_READ] == 0.0);
	ck_assert(m.price[GAC_PRICE_MU_NO_COMMIT] == 0.0);
	ck_assert_uint_eq(m.has, (1u << GAC_PRICE_INPUT) | (1u << GAC_PRICE_OUTPUT));
	model_at(&m, s, "v.m", "us-east-1");
	ck_assert(m.price[GAC_PRICE_CACHE_READ] == 0.3);
	ck_assert_uint_eq(m.has, (1u << GAC_PRICE_INPUT) | (1u << GAC_PRICE_OUTPUT) |
	                             (1u << GAC_PRICE_CACHE_READ) | (1u << GAC_PRICE_MU_NO_COMMIT));
	gac_sheet_free(s);
	free(t);

	/* inherit: true is the default behaviour */
	t = edit(regional, "      eu-west-1:\n", "      eu-west-1:\n        inherit: true\n");
	s = load_ok(t);
	model_at(&m, s, "v.m", "eu-west-1");
	ck_assert(m.price[GAC_PRICE_CACHE_READ] == 0.3);
	gac_sheet_free(s);
	free(t);

	t = edit(regional, "      eu-west-1:\n", "      eu-west-1:\n        inherit: no\n");
	load_fails(t, GAC_EVALUE, 16, 18, "inherit must be true or false");
	free(t);
}
END_TEST

START_TEST(test_region_prices_errors)
{
	char *t = edit(regional, "      ap-south-1:", "      ap-south-2:");
	load_fails(t, GAC_ESCHEMA, 18, 7,
	           "region_prices names 'ap-south-2', which is not in this model's regions");
	free(t);
	t = edit(regional, "        output: 20\n", "        outptu: 20\n");
	load_fails(t, GAC_ESCHEMA, 17, 9,
	           "unknown key 'outptu' in a region_prices entry (did you mean 'output'?)");
	free(t);
	t = edit(regional, "        output: 20\n", "        per: 1K\n");
	load_fails(t, GAC_ESCHEMA, 17, 9, "unknown key 'per' in a region_prices entry");
	free(t);
	t = edit(regional, "        input: 4\n", "        input: -4\n");
	load_fails(t, GAC_EVALUE, 16, 16, "input must not be negative (got -4)");
	free(t);
}
END_TEST

/* ---- validation ---- */

START_TEST(test_unknown_key)
{
	char *t = edit(example, "    cache_read: 0.0003", "    cache_reed: 0.0003");
	load_fails(t, GAC_ESCHEMA, 16, 5,
	           "unknown key 'cache_reed' in a model entry (did you mean 'cache_read'?)");
	free(t);
	t = edit(example, "\nmodels:", "\nmodles:");
	load_fails(t, GAC_ESCHEMA, 6, 1, "unknown key 'modles' in a price sheet (did you mean 'models'?)");
	free(t);
	t = edit(example, "{no_commit: 44.0, 1_month", "{no_commit: 44.0, 1_mnth");
	load_fails(t, GAC_ESCHEMA, 22, 40,
	           "unknown key '1_mnth' in model_unit_hour (did you mean '1_month'?)");
	free(t);
	t = edit(example, "    per: 1K\n    input: 0.0008", "    per: 1K\n    latency: fast");
	load_fails(t, GAC_ESCHEMA, 20, 5, "unknown key 'latency' in a model entry");
	free(t);
}
END_TEST

START_TEST(test_bad_prices)
{
	char *t = edit(example, "input: 0.003", "input: -0.003");
	load_fails(t, GAC_EVALUE, 11, 12, "input must not be negative (got -0.003)");
	free(t);
	t = edit(example, "input: 0.003", "input: .nan");
	load_fails(t, GAC_EVALUE, 11, 12, "input: '.nan' is not a number");
	free(t);
	t = edit(example, "input: 0.003", "input: nan");
	load_fails(t, GAC_EVALUE, 11, 12, "input: 'nan' is not a number");
	free(t);
	t = edit(example, "output: 0.015", "output: .inf");
	load_fails(t, GAC_EVALUE, 12, 13, "output: '.inf' is not a number");
	free(t);
	t = edit(example, "output: 0.015", "output: 1e999");
	load_fails(t, GAC_EVALUE, 12, 13, "output: '1e999' is out of range");
	free(t);
	t = edit(example, "cache_write: 0.00375", "cache_write: cheap");
	load_fails(t, GAC_EVALUE, 15, 18, "cache_write: 'cheap' is not a number");
	free(t);
	t = edit(example, "1_month: 39.6", "1_month: -39.6");
	load_fails(t, GAC_EVALUE, 22, 49, "1_month must not be negative (got -39.6)");
	free(t);
	t = edit(example, "output: 0.0024", "output: {usd: 1}");
	load_fails(t, GAC_ESCHEMA, 21, 13, "output must be a scalar, not a mapping");
	free(t);
}
END_TEST

START_TEST(test_missing_per)
{
	char *t = edit(example, "    per: 1K                  # unit of every token price of this entry: 1K or 1M tokens\n", "");
	load_fails(t, GAC_ESCHEMA, 7, 5,
	           "model '" SONNET "' has token prices but no 'per' (1K or 1M)");
	free(t);
	/* an entry priced only per model-unit hour needs no per */
	static const char mu_only[] = HEAD
		"  - id: a.pt\n"
		"    regions: [us-east-1]\n"
		"    model_unit_hour: {6_month: 20}\n";
	gac_sheet *s = load_ok(mu_only);
	gac_model_info m = GAC_MODEL_INFO_INIT;
	ck_assert_int_eq(gac_sheet_model(&m, s, 0, NULL), GAC_OK);
	ck_assert(m.per == 0.0);
	ck_assert_uint_eq(m.has, 1u << GAC_PRICE_MU_6_MONTH);
	gac_sheet_free(s);
	/* token prices given only in a region still need per */
	static const char region_only[] = HEAD
		"  - id: a.pt\n"
		"    regions: [us-east-1]\n"
		"    model_unit_hour: {6_month: 20}\n"
		"    region_prices: {us-east-1: {input: 1}}\n";
	load_fails(region_only, GAC_ESCHEMA, 7, 5, "model 'a.pt' has token prices but no 'per'");
}
END_TEST

START_TEST(test_duplicate_model)
{
	char *t = edit(example, "  - id: anthropic.claude-instant-v1", "  - id: " SONNET);
	load_fails(t, GAC_ESCHEMA, 17, 9, "model id '" SONNET "' appears twice");
	free(t);
}
END_TEST

START_TEST(test_version_and_kind)
{
	char *t = edit(example, "pricesheet/1", "pricesheet/2");
	load_fails(t, GAC_EVERSION, 1, 12, "price sheet version 'pricesheet/2' is not supported");
	free(t);
	t = edit(example, "pricesheet/1", "scenario/1");
	load_fails(t, GAC_ESCHEMA, 1, 12, "expected 'genaicost: pricesheet/1', found 'scenario/1'");
	free(t);
	t = edit(example, "genaicost: pricesheet/1\n", "");
	load_fails(t, GAC_ESCHEMA, 1, 1, "not a genaicost file");
	free(t);
	load_fails("- a\n- b\n", GAC_ESCHEMA, 1, 1, "a price sheet must be a mapping, not a list");
	load_fails("", GAC_ESCHEMA, 1, 1, "the file is empty");
	load_fails("genaicost: [pricesheet/1]\n", GAC_ESCHEMA, 1, 12, "genaicost must be a scalar");
}
END_TEST

START_TEST(test_required_keys)
{
	char *t = edit(example, "currency: USD\n", "");
	load_fails(t, GAC_ESCHEMA, 1, 1, "a price sheet needs 'currency'");
	free(t);
	/* a currency is three capital letters: it stands beside every figure */
	t = edit(example, "currency: USD\n", "currency: \"US<b>\"\n");
	load_fails(t, GAC_ESCHEMA, 3, 11, "currency 'US<b>' is no currency code: three capital letters, such as USD");
	free(t);
	t = edit(example, "currency: USD\n", "currency: usd\n");
	load_fails(t, GAC_ESCHEMA, 3, 11, "currency 'usd' is no currency code: three capital letters, such as USD");
	free(t);
	/* two letters, four, and three followed by more (the check ends at
	 * the third letter's terminator, not before) */
	t = edit(example, "currency: USD\n", "currency: US\n");
	load_fails(t, GAC_ESCHEMA, 3, 11, "currency 'US' is no currency code: three capital letters, such as USD");
	free(t);
	t = edit(example, "currency: USD\n", "currency: USDX\n");
	load_fails(t, GAC_ESCHEMA, 3, 11, "currency 'USDX' is no currency code: three capital letters, such as USD");
	free(t);
	t = edit(example, "currency: USD\n", "currency: EUR\n");
	gac_sheet *eur = NULL;
	gac_error e = {0};
	ck_assert_int_eq(gac_sheet_load_buffer(&eur, t, strlen(t), "eur.yaml", &e), GAC_OK);
	ck_assert_str_eq(gac_sheet_currency(eur), "EUR");
	gac_sheet_free(eur);
	free(t);
	t = edit(example, "sources: [https://aws.amazon.com/bedrock/pricing/]\n", "");
	load_fails(t, GAC_ESCHEMA, 1, 1, "a price sheet needs 'sources'");
	free(t);
	t = edit(example, "as_of: 2025-02-28", "as_of: 28.02.2025");
	load_fails(t, GAC_EVALUE, 4, 8, "dates are written YYYY-MM-DD (got '28.02.2025')");
	free(t);
	t = edit(example, "sources: [https://aws.amazon.com/bedrock/pricing/]", "sources: []");
	load_fails(t, GAC_ESCHEMA, 5, 10, "sources must not be empty");
	free(t);
	load_fails(HEAD, GAC_ESCHEMA, 6, 8, "models must be a list, not a scalar");
	load_fails(HEAD "  []\n", GAC_ESCHEMA, 7, 3, "models must not be empty");
	char *no_regions = edit(example, "    regions: [us-east-1, us-west-2]\n    per: 1K\n    input: 0.0008",
	                        "    per: 1K\n    input: 0.0008");
	load_fails(no_regions, GAC_ESCHEMA, 17, 5,
	           "model 'anthropic.claude-instant-v1' needs 'regions'");
	free(no_regions);
	load_fails(HEAD "  - name: x\n    regions: [a]\n", GAC_ESCHEMA, 7, 5, "a model entry needs 'id'");
	load_fails(HEAD "  - id: x\n    regions: [a]\n    kind: video\n", GAC_EVALUE, 9, 11,
	           "kind must be text, embedding or image (got 'video')");
}
END_TEST

START_TEST(test_image_models)
{
	static const char text[] = HEAD
		"  - id: amazon.titan-image\n"
		"    kind: image\n"
		"    regions: [us-east-1]\n"
		"    images:\n"
		"      - {max_size: 512, price: 0.008}\n"
		"      - {max_size: 1024, quality: premium, price: 0.01}\n";
	gac_sheet *s = load_ok(text);
	gac_model_info m = GAC_MODEL_INFO_INIT;
	ck_assert_int_eq(gac_sheet_model(&m, s, 0, "us-east-1"), GAC_OK);
	ck_assert_int_eq(m.kind, GAC_KIND_IMAGE);
	ck_assert_str_eq(m.vendor, "amazon");
	ck_assert_uint_eq(m.image_price_count, 2);
	ck_assert_uint_eq(m.has, 0);
	gac_sheet_free(s);

	load_fails(HEAD "  - id: amazon.titan-image\n    kind: image\n    regions: [us-east-1]\n",
	           GAC_ESCHEMA, 7, 5, "image model 'amazon.titan-image' needs an 'images' price list");
	char *t = edit(text, "quality: premium", "quality: ultra");
	load_fails(t, GAC_EVALUE, 12, 35, "quality must be 'standard' or 'premium' (got 'ultra')");
	free(t);
	t = edit(text, "{max_size: 512, price: 0.008}", "{max_size: 512}");
	load_fails(t, GAC_ESCHEMA, 11, 9, "an images entry needs 'price'");
	free(t);
	t = edit(text, "    images:\n      - {max_size: 512, price: 0.008}\n      - {max_size: 1024, quality: premium, price: 0.01}\n",
	         "    images: []\n");
	load_fails(t, GAC_ESCHEMA, 10, 13, "images must not be empty");
	free(t);
}
END_TEST

START_TEST(test_find)
{
	gac_sheet *s = load_ok(example);
	size_t i = 99;
	ck_assert_int_eq(gac_sheet_find(&i, s, "anthropic.claude-instant-v1"), GAC_OK);
	ck_assert_uint_eq(i, 1);
	ck_assert_int_eq(gac_sheet_find(&i, s, SONNET), GAC_OK);
	ck_assert_uint_eq(i, 0);
	i = 99;
	ck_assert_int_eq(gac_sheet_find(&i, s, "anthropic.claude-3-5-sonnet"), GAC_EMODEL);
	ck_assert_int_eq(gac_sheet_find(&i, s, ""), GAC_EMODEL);
	ck_assert_uint_eq(i, 99);
	ck_assert_int_eq(gac_sheet_find(NULL, s, SONNET), GAC_EARG);
	ck_assert_int_eq(gac_sheet_find(&i, NULL, SONNET), GAC_EARG);
	ck_assert_int_eq(gac_sheet_find(&i, s, NULL), GAC_EARG);
	gac_sheet_free(s);
}
END_TEST

/* ---- files ---- */

/* Write `text` to a new temporary file; returns its path (caller frees
 * and unlinks). */
static char *temp_file(const char *text)
{
	char *path = strdup("/tmp/gac-sheet-XXXXXX");
	ck_assert_ptr_nonnull(path);
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	size_t len = strlen(text);
	ck_assert_int_eq(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

START_TEST(test_load_file)
{
	char *path = temp_file(example);
	gac_sheet *s = NULL;
	gac_error err;
	ck_assert_int_eq(gac_sheet_load_file(&s, path, &err), GAC_OK);
	ck_assert_str_eq(gac_sheet_path(s), path);
	ck_assert_uint_eq(gac_sheet_model_count(s), 2);
	gac_sheet *b = load_ok(example);
	ck_assert_str_eq(gac_sheet_hash(s), gac_sheet_hash(b)); /* hash of the bytes */
	gac_sheet_free(b);
	gac_sheet_free(s);
	unlink(path);

	/* errors in a file name the file */
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(HEAD "  - id: x\n    regions: [a]\n    input: -1\n", f);
	fclose(f);
	s = (gac_sheet *)&s;
	ck_assert_int_eq(gac_sheet_load_file(&s, path, &err), GAC_EVALUE);
	ck_assert_ptr_null(s);
	ck_assert_str_eq(err.file, path);
	ck_assert_uint_eq(err.line, 9);
	ck_assert_uint_eq(err.column, 12);
	unlink(path);

	s = (gac_sheet *)&s;
	ck_assert_int_eq(gac_sheet_load_file(&s, path, &err), GAC_EIO);
	ck_assert_ptr_null(s);
	ck_assert_int_eq(err.status, GAC_EIO);
	ck_assert_str_eq(err.file, path);
	ck_assert_uint_eq(err.line, 0);
	ck_assert_ptr_nonnull(strstr(err.message, "cannot open"));
	free(path);

	ck_assert_int_eq(gac_sheet_load_file(&s, "/tmp", &err), GAC_EIO);
	ck_assert_ptr_null(s);
	ck_assert_str_eq(err.file, "/tmp");
	ck_assert_str_eq(err.message, "is a directory, not a file");

	ck_assert_int_eq(gac_sheet_load_file(&s, test_path("pricing"), NULL), GAC_EIO);
	ck_assert_int_eq(gac_sheet_load_file(NULL, "/tmp", &err), GAC_EARG);
	ck_assert_int_eq(gac_sheet_load_file(&s, NULL, &err), GAC_EARG);
	ck_assert_int_eq(gac_sheet_load_buffer(NULL, "", 0, NULL, &err), GAC_EARG);
	ck_assert_int_eq(gac_sheet_load_buffer(&s, NULL, 0, NULL, &err), GAC_EARG);
	/* a NULL error object is allowed, and buffers get a default name */
	ck_assert_int_eq(gac_sheet_load_buffer(&s, "x: [", 4, NULL, NULL), GAC_ESYNTAX);
	ck_assert_int_eq(gac_sheet_load_buffer(&s, "x: [", 4, NULL, &err), GAC_ESYNTAX);
	ck_assert_str_eq(err.file, "<buffer>");
}
END_TEST

START_TEST(test_bundled_sheet)
{
	gac_sheet *s = NULL;
	gac_error err;
	gac_status st = gac_sheet_load_file(&s, test_path("pricing/aws-bedrock.yaml"), &err);
	ck_assert_msg(st == GAC_OK, "bundled sheet: %s:%u:%u: %s", err.file, err.line, err.column,
	              err.message);
	ck_assert_str_eq(gac_sheet_name(s), "aws-bedrock");
	ck_assert_str_eq(gac_sheet_currency(s), "USD");
	size_t n = gac_sheet_model_count(s);
	ck_assert_uint_ge(n, 30);

	/* every entry: a unique id, regions, a valid unit, some price */
	const char *regions[64];
	size_t nregions = 0, windows = 0, retired = 0;
	for (size_t i = 0; i < n; i++) {
		gac_model_info m = GAC_MODEL_INFO_INIT;
		ck_assert_int_eq(gac_sheet_model(&m, s, i, NULL), GAC_OK);
		size_t j = (size_t)-1;
		ck_assert_int_eq(gac_sheet_find(&j, s, m.id), GAC_OK);
		ck_assert_msg(j == i, "id %s appears twice", m.id);
		ck_assert_uint_ge(m.region_count, 1);
		ck_assert_msg(m.has != 0 || m.image_price_count > 0, "%s has no price", m.id);
		if (m.has & TOKEN_BITS)
			ck_assert_msg(m.per == 1e3 || m.per == 1e6, "%s: per %g", m.id, m.per);
		ck_assert_uint_eq(strlen(m.as_of), 10);
		/* a context window is sourced like a price: its entry's source says where from */
		if (m.context_window > 0)
			ck_assert_msg(strstr(m.source, "context_window from "), "%s: context_window without a source",
			              m.id);
		if (m.context_window > 0)
			windows++;
		if (gac_sheet_model_retired(s, i))
			retired++;
		for (size_t r = 0; r < m.region_count; r++) {
			const char *name = gac_sheet_model_region(s, i, r);
			ck_assert_ptr_nonnull(name);
			size_t k = 0;
			while (k < nregions && strcmp(regions[k], name))
				k++;
			if (k == nregions && nregions < sizeof regions / sizeof *regions)
				regions[nregions++] = name;
		}
	}
	ck_assert_uint_ge(nregions, 3);
	/* issue 17: the 18 models the audit found past AWS's end of life, Claude
	 * Sonnet 4, Jamba 1.5 Large/Mini and Nova Sonic (lifecycle source R) */
	ck_assert_uint_eq(retired, 21);
	size_t at = 0;
	ck_assert_int_eq(gac_sheet_find(&at, s, "meta.llama3-1-405b-instruct-v1:0"), GAC_OK);
	ck_assert_str_eq(gac_sheet_model_retired(s, at), "2026-07-07");
	ck_assert_int_eq(gac_sheet_find(&at, s, "anthropic.claude-opus-4-1-20250805-v1:0"), GAC_OK);
	ck_assert_ptr_null(gac_sheet_model_retired(s, at));   /* EOL 2027-01-08: not yet */
	/* the audit's fixes: 405B at AWS's cut price with batch (C, per 1K);
	 * 1M requests of 1,000 in + 1,000 out = 2,000,000 1K tokens x $0.0024
	 * = $4,800 (it was 1,000,000 x $0.00532 + 1,000,000 x $0.016 = $21,320) */
	gac_model_info l = GAC_MODEL_INFO_INIT;
	model_at(&l, s, "meta.llama3-1-405b-instruct-v1:0", "us-west-2");
	ck_assert(l.per == 1000.0);
	ck_assert(l.price[GAC_PRICE_INPUT] == 0.0024 && l.price[GAC_PRICE_OUTPUT] == 0.0024);
	ck_assert(l.price[GAC_PRICE_BATCH_INPUT] == 0.0012 && l.price[GAC_PRICE_BATCH_OUTPUT] == 0.0012);
	ck_assert(2000000 * l.price[GAC_PRICE_INPUT] == 4800);
	/* Claude Instant in Tokyo: K's token price, no longer missing */
	model_at(&l, s, "anthropic.claude-instant-v1", "ap-northeast-1");
	ck_assert(l.price[GAC_PRICE_INPUT] == 0.0008 && l.price[GAC_PRICE_OUTPUT] == 0.0024);
	ck_assert(l.price[GAC_PRICE_MU_1_MONTH] == 53.0);
	/* Claude 3 Sonnet: batch, and no cache AWS never offered */
	model_at(&l, s, "anthropic.claude-3-sonnet-20240229-v1:0", "us-east-1");
	ck_assert(l.price[GAC_PRICE_BATCH_INPUT] == 0.0015);
	ck_assert_uint_eq(l.has & (1u << GAC_PRICE_CACHE_READ), 0);

	/* the example entry agrees with the bundled one */
	gac_model_info m = GAC_MODEL_INFO_INIT;
	model_at(&m, s, SONNET, "us-east-1");
	ck_assert(m.per == 1000.0);
	ck_assert(m.price[GAC_PRICE_INPUT] == 0.003);
	ck_assert(m.price[GAC_PRICE_OUTPUT] == 0.015);
	ck_assert(m.price[GAC_PRICE_BATCH_INPUT] == 0.0015);
	ck_assert(m.price[GAC_PRICE_CACHE_READ] == 0.0003);
	model_at(&m, s, "anthropic.claude-instant-v1", "us-east-1");
	ck_assert(m.price[GAC_PRICE_MU_1_MONTH] == 39.6);
	ck_assert(m.context_window == 0);  /* no source for it: no limit checked */
	/* a long-context tier only inside a context window: Claude 3.5 Sonnet's
	 * window is 200K, so L's above-200K tier is not carried; Sonnet 4's is 1M */
	ck_assert_uint_eq(windows, 83);   /* issue 17: 111 entries, 83 with a sourced window */
	model_at(&m, s, SONNET, "us-east-1");
	ck_assert(m.context_window == 200000);
	ck_assert_int_eq(m.has_long_context, 0);
	model_at(&m, s, "anthropic.claude-sonnet-4-20250514-v1:0", "us-east-1");
	ck_assert(m.context_window == 1000000);
	ck_assert_int_eq(m.has_long_context, 1);
	gac_sheet_free(s);
}
END_TEST

START_TEST(test_resolve)
{
	char dir1[] = "/tmp/gac-dirs-XXXXXX", dir2[] = "/tmp/gac-dirs-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir1));
	ck_assert_ptr_nonnull(mkdtemp(dir2));
	char file[128], other[128];
	snprintf(file, sizeof file, "%s/mysheet.yaml", dir2);
	snprintf(other, sizeof other, "%s/mysheet.yaml", dir1);
	FILE *f = fopen(file, "w");
	ck_assert_ptr_nonnull(f);
	fputs(example, f);
	fclose(f);

	const char *const dirs[] = {dir1, dir2, NULL};
	char *path = NULL;
	gac_error err;
	ck_assert_int_eq(gac_sheet_resolve(&path, "mysheet", NULL, dirs, &err), GAC_OK);
	ck_assert_str_eq(path, file);
	gac_free(path);
	/* the first directory that has it wins */
	f = fopen(other, "w");
	ck_assert_ptr_nonnull(f);
	fclose(f);
	ck_assert_int_eq(gac_sheet_resolve(&path, "mysheet", "/somewhere", dirs, &err), GAC_OK);
	ck_assert_str_eq(path, other);
	gac_free(path);
	unlink(other);

	path = (char *)dirs;
	ck_assert_int_eq(gac_sheet_resolve(&path, "nosuch", NULL, dirs, &err), GAC_ENOTFOUND);
	ck_assert_ptr_null(path);
	ck_assert_int_eq(err.status, GAC_ENOTFOUND);
	char want[512];
	snprintf(want, sizeof want, "no price sheet named 'nosuch' (looked in %s, %s)", dir1, dir2);
	ck_assert_str_eq(err.message, want);
	const char *const none[] = {NULL};
	ck_assert_int_eq(gac_sheet_resolve(&path, "mysheet", NULL, none, &err), GAC_ENOTFOUND);
	ck_assert_str_eq(err.message, "no price sheet named 'mysheet' (looked in no directories)");

	/* paths: relative ones are taken from base_dir */
	ck_assert_int_eq(gac_sheet_resolve(&path, "sheets/x.yaml", "/base/dir", dirs, &err), GAC_OK);
	ck_assert_str_eq(path, "/base/dir/sheets/x.yaml");
	gac_free(path);
	ck_assert_int_eq(gac_sheet_resolve(&path, "mysheet.yaml", dir2, dirs, &err), GAC_OK);
	ck_assert_str_eq(path, file);
	gac_free(path);
	ck_assert_int_eq(gac_sheet_resolve(&path, "/abs/x.yaml", "/base", dirs, &err), GAC_OK);
	ck_assert_str_eq(path, "/abs/x.yaml");
	gac_free(path);
	ck_assert_int_eq(gac_sheet_resolve(&path, "sheets/x.yml", ".", dirs, &err), GAC_OK);
	ck_assert_str_eq(path, "sheets/x.yml");
	gac_free(path);
	ck_assert_int_eq(gac_sheet_resolve(&path, "sheets/x.yaml", NULL, dirs, &err), GAC_OK);
	ck_assert_str_eq(path, "sheets/x.yaml");
	gac_free(path);

	ck_assert_int_eq(gac_sheet_resolve(&path, "", NULL, dirs, &err), GAC_EARG);
	ck_assert_int_eq(gac_sheet_resolve(&path, NULL, NULL, dirs, &err), GAC_EARG);
	ck_assert_int_eq(gac_sheet_resolve(NULL, "mysheet", NULL, dirs, &err), GAC_EARG);

	unlink(file);
	rmdir(dir1);
	rmdir(dir2);
}
END_TEST

START_TEST(test_resolve_bundled)
{
	char pricing[4096];
	snprintf(pricing, sizeof pricing, "%s", test_path("pricing"));
	const char *const dirs[] = {"/nonexistent-gac-dir", pricing, NULL};
	char *path = NULL;
	gac_error err;
	ck_assert_int_eq(gac_sheet_resolve(&path, "aws-bedrock", NULL, dirs, &err), GAC_OK);
	ck_assert_str_eq(path, test_path("pricing/aws-bedrock.yaml"));
	gac_sheet *s = NULL;
	ck_assert_int_eq(gac_sheet_load_file(&s, path, &err), GAC_OK);
	ck_assert_str_eq(gac_sheet_name(s), "aws-bedrock");
	gac_sheet_free(s);
	gac_free(path);
}
END_TEST

START_TEST(test_null_safety)
{
	gac_sheet_free(NULL);
	gac_scenario_free(NULL);
	gac_result_free(NULL);
	ck_assert_ptr_null(gac_sheet_name(NULL));
	ck_assert_ptr_null(gac_sheet_currency(NULL));
	ck_assert_ptr_null(gac_sheet_as_of(NULL));
	ck_assert_ptr_null(gac_sheet_path(NULL));
	ck_assert_ptr_null(gac_sheet_hash(NULL));
	ck_assert_uint_eq(gac_sheet_model_count(NULL), 0);
}
END_TEST

/* Errors in the rarer parts of a model entry and in services,
 * data_transfer, availability and custom_model_import, with positions. */
/* context_window: the tokens one request holds, reported through
 * gac_model_info; 0 where the sheet does not say */
START_TEST(test_context_window)
{
	gac_sheet *s = load_ok(HEAD
	                       "  - {id: m.one, regions: [us-east-1], per: 1M, input: 1, output: 1, context_window: 200K,"
	                       " long_context: {threshold: 100K, input: 2}}\n"
	                       "  - {id: m.two, regions: [us-east-1], per: 1M, input: 1, output: 1}\n");
	gac_model_info m = GAC_MODEL_INFO_INIT;
	model_at(&m, s, "m.one", "us-east-1");
	ck_assert(m.context_window == 200000);
	ck_assert_int_eq(m.has_long_context, 1);
	model_at(&m, s, "m.two", NULL);
	ck_assert(m.context_window == 0);
	gac_sheet_free(s);
}
END_TEST

/* retired: AWS's end-of-life date, kept as written; a bad date is refused
 * at its line and column */
START_TEST(test_retired)
{
	gac_sheet *s = load_ok(HEAD
	                       "  - {id: m.one, regions: [us-east-1], per: 1M, input: 1, retired: 2026-01-15}\n"
	                       "  - {id: m.two, regions: [us-east-1], per: 1M, input: 1}\n");
	ck_assert_str_eq(gac_sheet_model_retired(s, 0), "2026-01-15");
	ck_assert_ptr_null(gac_sheet_model_retired(s, 1));
	ck_assert_ptr_null(gac_sheet_model_retired(s, 2));   /* out of range */
	ck_assert_ptr_null(gac_sheet_model_retired(NULL, 0));
	/* still priced: a retired entry keeps its prices */
	gac_model_info m = GAC_MODEL_INFO_INIT;
	model_at(&m, s, "m.one", "us-east-1");
	ck_assert(m.price[GAC_PRICE_INPUT] == 1);
	gac_sheet_free(s);
	static const char *const bad[] = {"2026-02-30", "2026-1-15", "soon"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char text[512];
		snprintf(text, sizeof text, HEAD "  - {id: m.one, regions: [us-east-1], per: 1M, input: 1, retired: %s}\n",
		         bad[i]);
		gac_error err;
		gac_sheet *t = NULL;
		ck_assert_int_eq(gac_sheet_load_buffer(&t, text, strlen(text), "r.yaml", &err), GAC_EVALUE);
		ck_assert_ptr_null(t);
		ck_assert_uint_eq(err.line, 7);
		ck_assert_uint_eq(err.column, 67);
		ck_assert_ptr_nonnull(strstr(err.message, "dates are written YYYY-MM-DD"));
	}
}
END_TEST

START_TEST(test_entry_and_service_errors)
{
#define M "  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, output: 1}\n"
	static const struct {
		const char *body;  /* after HEAD */
		gac_status st;
		unsigned line, col;
		const char *msg;
	} bad[] = {
		{"  - {id: m.one, regions: [], per: 1K, input: 1}\n", GAC_ESCHEMA, 7, 26, "regions must not be empty"},
		{"  - {regions: [us-east-1], per: 1K, input: 1}\n", GAC_ESCHEMA, 7, 5, "a model entry needs 'id'"},
		{"  - {id: m.one, per: 1K, input: 1}\n", GAC_ESCHEMA, 7, 5, "model 'm.one' needs 'regions'"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, kind: video}\n", GAC_EVALUE, 7, 64, "kind must be text, embedding or image (got 'video')"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, global: {}}\n", GAC_ESCHEMA, 7, 66, "global lists no price"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, long_context: {input: 2}}\n", GAC_ESCHEMA, 7, 72, "long_context needs 'threshold' (input tokens)"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, long_context: {threshold: 200k, input: 2, billing: tiered}}\n", GAC_EVALUE, 7, 109, "billing must be whole-request or marginal (got 'tiered')"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, output_burndown: 0.5}\n", GAC_EVALUE, 7, 75, "output_burndown is how many times an output token counts, at least 1"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, model_unit_capacity: {input_tpm: 1k}}\n", GAC_ESCHEMA, 7, 79, "model_unit_capacity needs input_tpm and output_tpm"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, model_unit_capacity: {input_tpm: 0, output_tpm: 1k}}\n", GAC_EVALUE, 7, 79, "model_unit_capacity must be above 0 tokens per minute"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, customization: {storage_per_month: 1}}\n", GAC_ESCHEMA, 7, 73, "customization needs training_per_1k_tokens and storage_per_month"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, customization: {training_per_1k_tokens: 1, storage_per_month: 1, serve_on_demand: maybe}}\n", GAC_EVALUE, 7, 140, "serve_on_demand must be true or false"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, provisioned_no_commit: never}\n", GAC_EVALUE, 7, 81, "provisioned_no_commit must be any or custom-only (got 'never')"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, images: []}\n", GAC_ESCHEMA, 7, 56, "images must not be empty"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, images: [{max_size: 1024}]}\n", GAC_ESCHEMA, 7, 57, "an images entry needs 'price'"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, images: [{price: 1}]}\n", GAC_ESCHEMA, 7, 57, "an images entry needs 'max_size' (longest side in pixels)"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, images: [{price: 1, max_size: 1024, quality: ultra}]}\n", GAC_EVALUE, 7, 93, "quality must be 'standard' or 'premium' (got 'ultra')"},
		{M "services:\n  - {id: s3, unit: GB-month, billing: monthly, price: 1, regions: [us-east-1]}\n", GAC_EVALUE, 9, 39, "billing must be hourly or per-unit (got 'monthly')"},
		{M "services:\n  - {id: s3, unit: GB-month, billing: per-unit, price: 1, regions: []}\n", GAC_ESCHEMA, 9, 68, "regions must not be empty"},
		{M "services:\n  - {id: s3, unit: GB-month, billing: per-unit, price: 1, regions: [us-east-1], region_prices: {eu-west-1: 2}}\n", GAC_ESCHEMA, 9, 97, "region_prices names 'eu-west-1', which is not in this service's regions"},
		{M "services:\n  - {id: s3, unit: GB-month, billing: per-unit, price: 1, regions: [us-east-1]}\n  - {id: s3, unit: GB-month, billing: per-unit, price: 2, regions: [us-east-1]}\n", GAC_ESCHEMA, 10, 10, "service id 's3' appears twice"},
		{M "data_transfer: {internet_egress: []}\n", GAC_ESCHEMA, 8, 34, "internet_egress must not be empty"},
		{M "data_transfer: {internet_egress: [{up_to_gb: 10}]}\n", GAC_ESCHEMA, 8, 35, "an egress tier needs 'price'"},
		{M "data_transfer: {internet_egress: [{price: 0.09}, {price: 0.05}]}\n", GAC_ESCHEMA, 8, 35, "every egress tier but the last needs 'up_to_gb'"},
		{M "data_transfer: {internet_egress: [{up_to_gb: 10, price: 0.09}, {up_to_gb: 20, price: 0.05}]}\n", GAC_ESCHEMA, 8, 75, "the last egress tier is open-ended: drop its 'up_to_gb'"},
		{M "data_transfer: {internet_egress: [{up_to_gb: 10, price: 0.09}, {up_to_gb: 5, price: 0.05}, {price: 0.01}]}\n", GAC_EVALUE, 8, 75, "egress tiers must rise: 5 is not above 10"},
		{M "availability: {az: 0.99}\n", GAC_ESCHEMA, 8, 15, "availability needs 'az' and 'region'"},
		{M "availability: {az: 99.9, region: 0.999}\n", GAC_EVALUE, 8, 15, "availability figures are fractions (0.999 or 99.9%)"},
		{M "custom_model_import: {cmu_per_minute: 0.1}\n", GAC_ESCHEMA, 8, 22, "custom_model_import needs cmu_per_minute and storage_per_cmu_month"},
		{M "custom_model_import: {cmu_per_minute: 0.1, storage_per_cmu_month: 2, window_minutes: 0}\n", GAC_EVALUE, 8, 86, "window_minutes must be above 0"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, long_context: {threshold: 200k, billing: marginal}}\n", GAC_ESCHEMA, 7, 72, "long_context lists no price"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, context_window: 0}\n", GAC_EVALUE, 7, 74, "context_window is a whole number of tokens, at least 1 (got 0)"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, context_window: 100.5}\n", GAC_EVALUE, 7, 74, "context_window is a whole number of tokens, at least 1 (got 100.5)"},
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, context_window: big}\n", GAC_EVALUE, 7, 74, "context_window: 'big' is not a number"},
		/* a tier no request can reach: the sheet would say two things */
		{"  - {id: m.one, regions: [us-east-1], per: 1K, input: 1, long_context: {threshold: 200k, input: 2}, context_window: 200k}\n", GAC_EVALUE, 7, 117, "the long_context tier starts at 200000 input tokens, but the context window holds 200000 tokens in all"},
	};
#undef M
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char text[1024];
		snprintf(text, sizeof text, "%s%s", HEAD, bad[i].body);
		load_fails(text, bad[i].st, bad[i].line, bad[i].col, bad[i].msg);
	}
}
END_TEST

Suite *suite_sheet(void)
{
	Suite *s = suite_create("sheet");
	TCase *load = tcase_create("load");
	tcase_add_test(load, test_example_loads);
	tcase_add_test(load, test_hash_follows_bytes);
	tcase_add_test(load, test_per_million);
	tcase_add_test(load, test_batch_discount);
	tcase_add_test(load, test_region_prices_merge);
	tcase_add_test(load, test_region_prices_replace);
	tcase_add_test(load, test_find);
	tcase_add_test(load, test_image_models);
	tcase_add_test(load, test_null_safety);
	tcase_add_test(load, test_context_window);
	tcase_add_test(load, test_retired);
	suite_add_tcase(s, load);

	TCase *bad = tcase_create("invalid");
	tcase_add_test(bad, test_unknown_key);
	tcase_add_test(bad, test_entry_and_service_errors);
	tcase_add_test(bad, test_bad_prices);
	tcase_add_test(bad, test_missing_per);
	tcase_add_test(bad, test_duplicate_model);
	tcase_add_test(bad, test_version_and_kind);
	tcase_add_test(bad, test_required_keys);
	tcase_add_test(bad, test_region_prices_errors);
	suite_add_tcase(s, bad);

	TCase *files = tcase_create("files");
	tcase_set_timeout(files, 60);
	tcase_add_test(files, test_load_file);
	tcase_add_test(files, test_bundled_sheet);
	tcase_add_test(files, test_resolve);
	tcase_add_test(files, test_resolve_bundled);
	suite_add_tcase(s, files);
	return s;
}

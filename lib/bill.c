/*
 * Bills: an AWS Cost and Usage Report 2.0 data export or a FinOps FOCUS
 * 1.x export, CSV or CSV.gz, streamed a row at a time (csv.c) into sums
 * by (month, model, price kind, region).
 *
 * A line's model and price kind come from its usage type through the one
 * offer map (pricing/aws-offer-map.yaml, offer.c): the product's model
 * name when the row carries one (CUR 2.0's product map, legacy CUR's
 * product_model), else the model part of the usage type
 * ("USE1-Claude3Haiku-input-tokens"); the kind from the usage type by the
 * classifier import-prices sorts offer prices with.  A FOCUS row written
 * by genaicost (gac_report_focus) names both in SkuPriceDetails.
 *
 * Nothing is dropped: a line that is not a priced Bedrock line (another
 * service, tax, a credit, a usage type the map does not know) is summed
 * with its reason and listed in the report.  One bill, one currency: a
 * second is an error at its field.
 */
#include "bill.h"
#include "usage.h"
#include "offer.h"

#include <ctype.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum {
	/* CUR 2.0 */
	K_CUR_DATE = 0, K_CUR_PRODUCT, K_CUR_USAGETYPE, K_CUR_AMOUNT, K_CUR_COST, K_CUR_CURRENCY, K_CUR_REGION,
	K_CUR_TYPE, K_CUR_PRODUCT_MAP, K_CUR_MODEL, K_CUR_UNIT,
	/* FOCUS */
	K_F_START, K_F_BILLED, K_F_EFFECTIVE, K_F_QUANTITY, K_F_UNIT, K_F_SKU, K_F_REGION, K_F_SERVICE,
	K_F_CATEGORY, K_F_CURRENCY, K_F_DETAILS, K_F_USAGETYPE,
	K_COUNT
};

static const struct {
	const char *name;
	bool required;
} cols[K_COUNT] = {
	[K_CUR_DATE] = {"line_item_usage_start_date", true},
	[K_CUR_PRODUCT] = {"line_item_product_code", true},
	[K_CUR_USAGETYPE] = {"line_item_usage_type", true},
	[K_CUR_AMOUNT] = {"line_item_usage_amount", true},
	[K_CUR_COST] = {"line_item_unblended_cost", true},
	[K_CUR_CURRENCY] = {"line_item_currency_code", false},
	[K_CUR_REGION] = {"product_region_code", false},
	[K_CUR_TYPE] = {"line_item_line_item_type", false},
	[K_CUR_PRODUCT_MAP] = {"product", false},
	[K_CUR_MODEL] = {"product_model", false},
	[K_CUR_UNIT] = {"pricing_unit", false},
	[K_F_START] = {"ChargePeriodStart", true},
	[K_F_BILLED] = {"BilledCost", true},
	[K_F_EFFECTIVE] = {"EffectiveCost", false},
	[K_F_QUANTITY] = {"ConsumedQuantity", false},
	[K_F_UNIT] = {"ConsumedUnit", false},
	[K_F_SKU] = {"SkuId", false},
	[K_F_REGION] = {"RegionId", false},
	[K_F_SERVICE] = {"ServiceName", true},
	[K_F_CATEGORY] = {"ChargeCategory", true},
	[K_F_CURRENCY] = {"BillingCurrency", true},
	[K_F_DETAILS] = {"SkuPriceDetails", false},
	[K_F_USAGETYPE] = {"x_UsageType", false},
};

typedef struct bill_reader {
	gac_bill *b;
	gac_offer_map map;
	gac_error *err;
	bool focus;
	long at[K_COUNT];          /* column index of each; -1 absent */
	size_t width;              /* the header's fields: every row has as many */
	unsigned currency_line, currency_col;
} bill_reader;

static gac_status oom(bill_reader *r)
{
	return gac_fail(r->err, GAC_ENOMEM, r->b->file, 0, 0, "out of memory");
}

/* ---- the groups ---- */

static gac_status add_group(bill_reader *r, const char *month, const char *model, const char *kind,
                            const char *region, double cost, double effective, double quantity, unsigned line)
{
	gac_bill *b = r->b;
	for (size_t i = 0; i < b->group_count; i++) {
		gac_bill_group *g = &b->groups[i];
		if (!strcmp(g->month, month) && !strcmp(g->model, model) && !strcmp(g->kind, kind) &&
		    !strcmp(g->region, region)) {
			g->cost += cost;
			g->effective += effective;
			g->quantity += quantity;
			g->rows++;
			return GAC_OK;
		}
	}
	if (b->group_count == b->group_cap) {
		size_t cap = b->group_cap ? 2 * b->group_cap : 32;
		gac_bill_group *g = gac_realloc(b->groups, cap * sizeof *g);
		if (!g)
			return oom(r);
		b->groups = g;
		b->group_cap = cap;
	}
	gac_bill_group *g = &b->groups[b->group_count];
	memset(g, 0, sizeof *g);
	memcpy(g->month, month, 8);
	g->model = gac_strdup(model);
	g->kind = gac_strdup(kind);
	g->region = gac_strdup(region);
	if (!g->model || !g->kind || !g->region) {
		free(g->model);
		free(g->kind);
		free(g->region);
		return oom(r);
	}
	g->cost = cost;
	g->effective = effective;
	g->quantity = quantity;
	g->rows = 1;
	g->first_line = line;
	b->group_count++;
	return GAC_OK;
}

static gac_status add_other(bill_reader *r, const char *month, const char *what, const char *why, bool bedrock,
                            double cost, unsigned line)
{
	gac_bill *b = r->b;
	b->other_rows++;
	for (size_t i = 0; i < b->other_count; i++) {
		gac_bill_other *o = &b->other[i];
		if (!strcmp(o->month, month) && !strcmp(o->what, what) && !strcmp(o->why, why)) {
			o->cost += cost;
			o->rows++;
			return GAC_OK;
		}
	}
	if (b->other_count == b->other_cap) {
		size_t cap = b->other_cap ? 2 * b->other_cap : 16;
		gac_bill_other *o = gac_realloc(b->other, cap * sizeof *o);
		if (!o)
			return oom(r);
		b->other = o;
		b->other_cap = cap;
	}
	gac_bill_other *o = &b->other[b->other_count];
	memset(o, 0, sizeof *o);
	memcpy(o->month, month, 8);
	o->what = gac_strdup(what);
	o->why = gac_strdup(why);
	if (!o->what || !o->why) {
		free(o->what);
		free(o->why);
		return oom(r);
	}
	o->bedrock = bedrock;
	o->cost = cost;
	o->rows = 1;
	o->first_line = line;
	b->other_count++;
	return GAC_OK;
}

/* ---- fields ---- */

static const gac_csv_cell *cell(const bill_reader *r, int k, const gac_csv_cell *f, size_t n)
{
	return r->at[k] >= 0 && (size_t)r->at[k] < n ? &f[r->at[k]] : NULL;
}

static const char *text_of(const bill_reader *r, int k, const gac_csv_cell *f, size_t n)
{
	const gac_csv_cell *c = cell(r, k, f, n);
	return c ? c->text : "";
}

/* A number of the bill (a credit is negative; 1.5E-4 as exports write
 * small amounts); empty is 0. */
static gac_status number(double *v, bill_reader *r, int k, const gac_csv_cell *f, size_t n, unsigned line)
{
	const gac_csv_cell *c = cell(r, k, f, n);
	*v = 0;
	if (!c || !c->len)
		return GAC_OK;
	char *end = NULL;
	*v = gac_c_strtod(c->text, &end);
	if (!end || *end || end == c->text || !isfinite(*v))
		return gac_fail(r->err, GAC_EVALUE, r->b->file, c ? c->line : line, c ? c->col : 1,
		                "column '%s': '%.*s%s' is not a number", cols[k].name, GAC_SHOW(c->text));
	return GAC_OK;
}

/* A row priced as usage must say its amounts: an empty one would count
 * as 0 tokens or $0 without a word.  k, k2: the columns (k2 -1: one).
 * (FOCUS leaves ConsumedQuantity empty where nothing was consumed, an
 * unused commitment: its rows need BilledCost only.) */
static gac_status filled(bill_reader *r, int k, int k2, const gac_csv_cell *f, size_t n, unsigned line)
{
	for (int i = 0; i < 2; i++) {
		int c = i ? k2 : k;
		if (c < 0 || r->at[c] < 0)
			continue;
		const gac_csv_cell *x = cell(r, c, f, n);
		if (!x || !x->len)
			return gac_fail(r->err, GAC_EVALUE, r->b->file, x ? x->line : line, x ? x->col : 1,
			                "column '%s' is empty on a Bedrock usage row: its %s would count as 0",
			                cols[c].name, c == K_CUR_AMOUNT || c == K_F_QUANTITY ? "quantity" : "cost");
	}
	return GAC_OK;
}

/* "2026-10-01T00:00:00Z", "2026-10-01 00:00:00" or "2026-10-01": its month. */
static gac_status month_of(char out[8], bill_reader *r, int k, const gac_csv_cell *f, size_t n, unsigned line)
{
	const gac_csv_cell *c = cell(r, k, f, n);
	const char *s = c ? c->text : "";
	bool ok = strlen(s) >= 10 && s[4] == '-' && s[7] == '-';
	for (int i = 0; ok && i < 10; i++)
		ok = i == 4 || i == 7 || isdigit((unsigned char)s[i]);
	int m = ok ? (s[5] - '0') * 10 + (s[6] - '0') : 0;
	if (!ok || m < 1 || m > 12)
		return gac_fail(r->err, GAC_EVALUE, r->b->file, c ? c->line : line, c ? c->col : 1,
		                "column '%s': '%.*s%s' is not a date (YYYY-MM-DD, or an ISO 8601 time)", cols[k].name,
		                GAC_SHOW(s));
	memcpy(out, s, 7);
	out[7] = '\0';
	return GAC_OK;
}

/* A region code as AWS writes it (us-east-1), or empty: text that goes
 * into a scenario, its comments and every report, so nothing else
 * passes (a newline in it would write YAML of its own). */
static gac_status region_of(const char **region, bill_reader *r, int k, const gac_csv_cell *f, size_t n,
                            unsigned line)
{
	const gac_csv_cell *c = cell(r, k, f, n);
	*region = text_of(r, k, f, n);
	if (**region && !gac_region_id_ok(*region))
		return gac_fail(r->err, GAC_EVALUE, r->b->file, c ? c->line : line, c ? c->col : 1,
		                "column '%s': '%.*s%s' is no AWS region code (letters, digits and hyphens, such as "
		                "us-east-1)", cols[k].name, GAC_SHOW(*region));
	return GAC_OK;
}

static gac_status currency(bill_reader *r, int k, const gac_csv_cell *f, size_t n, unsigned line)
{
	const gac_csv_cell *c = cell(r, k, f, n);
	const char *cur = c && c->len ? c->text : "USD";  /* CUR without the column: AWS bills in USD */
	if (!gac_currency_code_ok(cur) || strlen(cur) >= sizeof r->b->currency)
		return gac_fail(r->err, GAC_EVALUE, r->b->file, c ? c->line : line, c ? c->col : 1,
		                "column '%s': '%.*s%s' is not a currency code (three capital letters, such as USD)",
		                cols[k].name, GAC_SHOW(cur));
	if (!r->b->currency[0]) {
		strcpy(r->b->currency, cur);
		r->currency_line = line;
		r->currency_col = c ? c->col : 1;
	} else if (strcmp(r->b->currency, cur)) {
		return gac_fail(r->err, GAC_EVALUE, r->b->file, c ? c->line : line, c ? c->col : 1,
		                "a second currency: %s here, %s on line %u; one bill, one currency (split the "
		                "export by BillingCurrency or line_item_currency_code)",
		                cur, r->b->currency, r->currency_line);
	}
	return GAC_OK;
}

/* The engine's price kind of a sheet key: "priority.input" ->
 * "input_priority", "long_context.global.input" -> "input_long_context",
 * "model_unit_hour.6_month" -> "model_unit_hour". */
static void engine_kind(char *out, size_t n, const char *key)
{
	if (!strncmp(key, "model_unit_hour", 15)) {
		gac_c_snprintf(out, n, "model_unit_hour");
		return;
	}
	if (!strncmp(key, "reserved_", 9)) {
		gac_c_snprintf(out, n, "reserved");
		return;
	}
	const char *last = strrchr(key, '.');
	if (!last) {
		gac_c_snprintf(out, n, "%s", key);
		return;
	}
	const char *card = !strncmp(key, "long_context.", 13) ? "long_context" : NULL;
	char first[32] = "";
	if (!card) {
		size_t k = (size_t)(strchr(key, '.') - key);
		gac_c_snprintf(first, sizeof first, "%.*s", (int)k, key);
		card = first;
	}
	gac_c_snprintf(out, n, "%s_%s", last + 1, card);
}

static void lower(char *dst, size_t n, const char *src)
{
	size_t i = 0;
	for (; src && src[i] && i + 1 < n; i++)
		dst[i] = (char)tolower((unsigned char)src[i]);
	dst[i] = '\0';
}

/* The model a CUR 2.0 product map names ({"model": "Claude 3 Haiku", ...})
 * into *out (NULL when it names none); GAC_ENOMEM, never a line read
 * otherwise for want of memory. */
static gac_status product_model(char **out, const char *json)
{
	*out = NULL;
	if (!json || json[0] != '{')
		return GAC_OK;
	gac_json_watch();
	json_t *o = json_loads(json, 0, NULL);
	const char *m = NULL;
	if (json_is_object(o)) {
		m = json_string_value(json_object_get(o, "model"));
		if (!m)
			m = json_string_value(json_object_get(o, "titanModel"));
	}
	bool failed = gac_json_failed();
	if (!failed && m && *m && !(*out = gac_strdup(m)))
		failed = true;
	json_decref(o);
	return failed ? GAC_ENOMEM : GAC_OK;
}

/* The tokens one unit of a quantity stands for: "1K tokens" 1,000, "1M
 * tokens" 1,000,000 (genaicost's FOCUS rows, exports that count per
 * thousand), else 1 ("tokens", hours, images, empty). */
static double unit_scale(const char *unit)
{
	char u[64];
	lower(u, sizeof u, unit);
	if (!strstr(u, "token"))
		return 1;
	if (!strncmp(u, "1k", 2) || strstr(u, "thousand"))
		return 1e3;
	if (!strncmp(u, "1m", 2) || strstr(u, "million"))
		return 1e6;
	return 1;
}

/* A Bedrock usage line: its model and kind through the map, else kept
 * apart with the reason. */
static gac_status usage_line(bill_reader *r, const char *month, const char *ut, const char *model_name,
                             const char *region, const char *unit, double cost, double effective, double quantity,
                             unsigned line)
{
	gac_buf ids = {0};
	long row = -1;
	if (model_name)
		row = gac_offer_map_match(&r->map, model_name, ut, &ids);
	if (row == -1) {
		gac_buf_free(&ids);
		ids = (gac_buf){0};
		row = gac_offer_map_match_usagetype(&r->map, ut, &ids);
	}
	gac_status st;
	if (row < 0) {
		char why[512];
		char *list = gac_buf_take(&ids);
		if (row == -2)
			gac_c_snprintf(why, sizeof why, "the map names more than one model: %s", list ? list : "?");
		else
			gac_c_snprintf(why, sizeof why, "no model in the offer map");
		free(list);
		return add_other(r, month, ut && *ut ? ut : "(no usage type)", why, true, cost, line);
	}
	gac_buf_free(&ids);
	quantity *= unit_scale(unit);
	char ut_l[256], unit_l[320], model_l[256];
	lower(ut_l, sizeof ut_l, ut);
	char both[320];
	gac_c_snprintf(both, sizeof both, "%s %s", unit ? unit : "", ut);
	lower(unit_l, sizeof unit_l, both);
	lower(model_l, sizeof model_l, r->map.rows[row].model);
	gac_offer_classified c;
	/* a Reserved-tier line is "reserved" whatever its term, which its
	 * usage type does not say (the offer's lease length does) */
	gac_offer_classify(&c, ut_l, model_l, unit_l, ut_l, strstr(ut_l, "reserved") ? 1 : 0);
	if (c.cls != GAC_OC_PRICE) {
		if (c.cls == GAC_OC_IMAGE)
			return (st = add_group(r, month, r->map.rows[row].id, "images", region, cost, effective, quantity,
			                       line)) != GAC_OK ? st : (r->b->priced_rows++, GAC_OK);
		return add_other(r, month, ut, c.why, true, cost, line);
	}
	char kind[64];
	engine_kind(kind, sizeof kind, c.key);
	if ((st = add_group(r, month, r->map.rows[row].id, kind, region, cost, effective, quantity, line)) != GAC_OK)
		return st;
	r->b->priced_rows++;
	return GAC_OK;
}

/* ---- rows ---- */

static gac_status header(bill_reader *r, const gac_csv_cell *f, size_t n, unsigned line)
{
	for (int k = 0; k < K_COUNT; k++)
		r->at[k] = -1;
	bool cur = false, focus = false;
	for (size_t i = 0; i < n; i++) {
		if (!strncmp(f[i].text, "line_item_", 10))
			cur = true;
		if (!strcmp(f[i].text, "BilledCost") || !strcmp(f[i].text, "ChargePeriodStart"))
			focus = true;
		for (int k = 0; k < K_COUNT; k++)
			if (!strcmp(f[i].text, cols[k].name))
				r->at[k] = (long)i;
	}
	if (cur == focus)
		return gac_fail(r->err, GAC_ESCHEMA, r->b->file, line, 1,
		                cur ? "a header of both a CUR export (line_item_*) and a FOCUS one (BilledCost): which is it?"
		                    : "neither a CUR 2.0 export (line_item_* columns) nor a FOCUS one (ChargePeriodStart, "
		                      "BilledCost): not a bill");
	r->focus = focus;
	r->b->format = focus ? "focus" : "cur";
	int from = focus ? K_F_START : K_CUR_DATE, to = focus ? K_COUNT : K_F_START;
	for (int k = from; k < to; k++)
		if (cols[k].required && r->at[k] < 0)
			return gac_fail(r->err, GAC_ESCHEMA, r->b->file, line, 1, "a %s export needs column '%s'",
			                focus ? "FOCUS" : "CUR 2.0", cols[k].name);
	int date = focus ? K_F_START : K_CUR_DATE;
	r->b->date_col = f[r->at[date]].col;
	r->b->date_name = cols[date].name;
	return GAC_OK;
}

static gac_status cur_row(bill_reader *r, const gac_csv_cell *f, size_t n, unsigned line)
{
	char month[8];
	double amount, cost;
	gac_status st;
	if ((st = month_of(month, r, K_CUR_DATE, f, n, line)) != GAC_OK ||
	    (st = number(&amount, r, K_CUR_AMOUNT, f, n, line)) != GAC_OK ||
	    (st = number(&cost, r, K_CUR_COST, f, n, line)) != GAC_OK ||
	    (st = currency(r, K_CUR_CURRENCY, f, n, line)) != GAC_OK)
		return st;
	const char *product = text_of(r, K_CUR_PRODUCT, f, n), *ut = text_of(r, K_CUR_USAGETYPE, f, n);
	const char *type = text_of(r, K_CUR_TYPE, f, n);
	if (strcmp(product, "AmazonBedrock"))
		return add_other(r, month, *product ? product : "(no product code)", "not Bedrock", false, cost, line);
	/* usage, also when a savings plan or discount covered it; tax,
	 * credits, refunds and fees are no usage to price */
	if (*type && strcmp(type, "Usage") && strcmp(type, "DiscountedUsage") && strcmp(type, "SavingsPlanCoveredUsage"))
	{
		char what[256];
		gac_c_snprintf(what, sizeof what, "%s: %s", product, type);
		return add_other(r, month, what, "not usage", false, cost, line);
	}
	const char *region;
	if ((st = region_of(&region, r, K_CUR_REGION, f, n, line)) != GAC_OK)
		return st;
	if (!*region && gac_offer_region_of_usagetype(ut))
		region = gac_offer_region_of_usagetype(ut);
	if ((st = filled(r, K_CUR_AMOUNT, K_CUR_COST, f, n, line)) != GAC_OK)
		return st;
	char *model;
	if (product_model(&model, text_of(r, K_CUR_PRODUCT_MAP, f, n)) != GAC_OK)
		return oom(r);
	if (!model && *text_of(r, K_CUR_MODEL, f, n) && !(model = gac_strdup(text_of(r, K_CUR_MODEL, f, n))))
		return oom(r);
	st = usage_line(r, month, ut, model, region, text_of(r, K_CUR_UNIT, f, n), cost, cost, amount, line);
	free(model);
	return st;
}

/* SkuPriceDetails of genaicost's own FOCUS rows: x_Model and x_PriceKind;
 * *oom when jansson ran out of memory reading them. */
static bool own_details(const char *json, char *model, size_t mn, char *kind, size_t kn, bool *oom_)
{
	*oom_ = false;
	if (!json || json[0] != '{')
		return false;
	gac_json_watch();
	json_t *o = json_loads(json, 0, NULL);
	*oom_ = gac_json_failed();
	const char *m = json_is_object(o) ? json_string_value(json_object_get(o, "x_Model")) : NULL;
	const char *k = json_is_object(o) ? json_string_value(json_object_get(o, "x_PriceKind")) : NULL;
	bool ok = !*oom_ && m && k && *m && *k && strlen(m) < mn && strlen(k) < kn;
	if (ok) {
		strcpy(model, m);
		strcpy(kind, k);
	}
	json_decref(o);
	return ok;
}

static gac_status focus_row(bill_reader *r, const gac_csv_cell *f, size_t n, unsigned line)
{
	char month[8];
	double billed, effective, quantity;
	gac_status st;
	if ((st = month_of(month, r, K_F_START, f, n, line)) != GAC_OK ||
	    (st = number(&billed, r, K_F_BILLED, f, n, line)) != GAC_OK ||
	    (st = number(&effective, r, K_F_EFFECTIVE, f, n, line)) != GAC_OK ||
	    (st = number(&quantity, r, K_F_QUANTITY, f, n, line)) != GAC_OK ||
	    (st = currency(r, K_F_CURRENCY, f, n, line)) != GAC_OK)
		return st;
	if (r->at[K_F_EFFECTIVE] < 0)
		effective = billed;
	const char *service = text_of(r, K_F_SERVICE, f, n), *category = text_of(r, K_F_CATEGORY, f, n);
	const char *region;
	if ((st = region_of(&region, r, K_F_REGION, f, n, line)) != GAC_OK)
		return st;
	char model[256], kind[64];
	/* genaicost's own rows say what they price, whatever the service */
	bool no_memory;
	bool own = own_details(text_of(r, K_F_DETAILS, f, n), model, sizeof model, kind, sizeof kind, &no_memory);
	if (no_memory)
		return oom(r);
	if (own && (st = filled(r, K_F_BILLED, -1, f, n, line)) != GAC_OK)
		return st;
	if (own) {
		quantity *= unit_scale(text_of(r, K_F_UNIT, f, n));
		if ((st = add_group(r, month, model, kind, region, billed, effective, quantity, line)) != GAC_OK)
			return st;
		r->b->priced_rows++;
		return GAC_OK;
	}
	if (strcmp(service, "Amazon Bedrock"))
		return add_other(r, month, *service ? service : "(no service)", "not Bedrock", false, billed, line);
	if (strcmp(category, "Usage")) {
		char what[256];
		gac_c_snprintf(what, sizeof what, "%s: %s", service, *category ? category : "(no charge category)");
		return add_other(r, month, what, "not usage", false, billed, line);
	}
	const char *ut = text_of(r, K_F_USAGETYPE, f, n);
	if (!*ut)
		return add_other(r, month, *text_of(r, K_F_SKU, f, n) ? text_of(r, K_F_SKU, f, n) : "(no SKU)",
		                 "no usage type (x_UsageType) or genaicost SkuPriceDetails to tell model and kind", true,
		                 billed, line);
	if ((st = filled(r, K_F_BILLED, -1, f, n, line)) != GAC_OK)
		return st;
	return usage_line(r, month, ut, NULL, region, text_of(r, K_F_UNIT, f, n), billed, effective, quantity, line);
}

static gac_status on_row(void *user, size_t row, const gac_csv_cell *f, size_t n, unsigned line, gac_error *err)
{
	(void)err;
	bill_reader *r = user;
	if (row == 0) {
		r->width = n;
		return header(r, f, n, line);
	}
	/* a row cut short (or with fields to spare) has its amounts in the
	 * wrong columns, or none */
	if (n != r->width)
		return gac_fail(r->err, GAC_ESCHEMA, r->b->file, line, n && n < r->width ? f[n - 1].col : n ? f[r->width].col : 1,
		                "this row has %zu fields, the header %zu: a row cut short or shifted would price its "
		                "amounts as 0 or from the wrong columns", n, r->width);
	r->b->rows++;
	return r->focus ? focus_row(r, f, n, line) : cur_row(r, f, n, line);
}

void gac_bill_free(gac_bill *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->group_count; i++) {
		free(b->groups[i].model);
		free(b->groups[i].kind);
		free(b->groups[i].region);
	}
	free(b->groups);
	for (size_t i = 0; i < b->other_count; i++) {
		free(b->other[i].what);
		free(b->other[i].why);
	}
	free(b->other);
	free(b->file);
	free(b->map_file);
	free(b);
}

gac_status gac_bill_read(gac_bill **out, const char *path, const char *map_path, gac_error *err)
{
	if (!out || !path || !map_path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no output, bill or map");
	*out = NULL;
	gac_error_clear(err);
	bill_reader r = {.err = err};
	gac_status st = gac_offer_map_load(&r.map, map_path, err);
	if (st != GAC_OK)
		return st;
	r.b = gac_calloc(1, sizeof *r.b);
	if (!r.b || !(r.b->file = gac_strdup(path)) || !(r.b->map_file = gac_strdup(map_path))) {
		gac_bill_free(r.b);
		gac_offer_map_free(&r.map);
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	}
	st = gac_csv_stream(path, on_row, &r, err);
	if (st == GAC_OK && !r.b->format)
		st = gac_fail(err, GAC_ESCHEMA, path, 1, 1, "an empty file: no header, not a bill");
	else if (st == GAC_OK && r.b->rows == 0)
		st = gac_fail(err, GAC_EVALUE, path, 2, 1, "a header and no line: nothing billed to reconcile");
	gac_offer_map_free(&r.map);
	if (st != GAC_OK) {
		gac_bill_free(r.b);
		return st;
	}
	*out = r.b;
	return GAC_OK;
}

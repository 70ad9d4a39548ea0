/* A sheet's models and their prices. */
#include "table.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int jset(json_t *o, const char *k, json_t *v)
{
	return json_object_set_new(o, k, v);
}

/* Whether price k of a model is per token (the others: per model unit
 * per hour). */
static bool token_price(int k)
{
	return k < GAC_PRICE_MU_NO_COMMIT;
}

/* Price k of a model as listed: token prices per 1M tokens whatever unit
 * the sheet wrote them in (price × 1M / per), model units per hour.  A
 * sheet's price is a decimal of a few digits: the product is read back at
 * 15 significant digits, so $0.000035 per 1K lists as 0.035 per 1M, not
 * as the binary product 0.034999999999999996. */
static double per_1m(double price, double per)
{
	if (per == 1e6)
		return price;
	char d[40];
	gac_c_snprintf(d, sizeof d, "%.15g", price * (1e6 / per));
	return gac_c_strtod(d, NULL);
}

static double listed_price(const gac_model_info *mi, int k)
{
	return token_price(k) ? per_1m(mi->price[k], mi->per) : mi->price[k];
}

static void price_cell(gac_table *t, size_t col, const gac_model_info *mi, int k, gac_format f,
                       const char *currency)
{
	gac_buf x = {0};
	if ((mi->has & (1u << k)) && (!token_price(k) || mi->per > 0)) {
		if (f == GAC_FORMAT_TABLE || f == GAC_FORMAT_MARKDOWN)
			gac_unit_price(&x, listed_price(mi, k), currency);
		else
			gac_buf_exact(&x, listed_price(mi, k));
	} else if (f == GAC_FORMAT_TABLE || f == GAC_FORMAT_MARKDOWN) {
		gac_buf_puts(&x, "-");
	}
	gac_table_set_buf(t, col, &x);
}

static const char *kind_name(gac_model_kind k)
{
	return k == GAC_KIND_IMAGE ? "image" : k == GAC_KIND_EMBEDDING ? "embedding" : "text";
}

static char *models_json(const gac_sheet *sh, const char *region, const char *vendor, unsigned flags)
{
	json_t *root = json_object(), *arr = json_array();
	int bad = !root || !arr;
	if (!bad) {
		bad |= jset(root, "genaicost", json_string("models/1"));
		bad |= jset(root, "pricing", json_string(gac_sheet_name(sh)));
		bad |= jset(root, "as_of", json_string(gac_sheet_as_of(sh)));
		bad |= jset(root, "currency", json_string(gac_sheet_currency(sh)));
		bad |= jset(root, "region", region ? json_string(region) : json_null());
	}
	for (size_t i = 0; !bad && i < gac_sheet_model_count(sh); i++) {
		gac_model_info mi = GAC_MODEL_INFO_INIT;
		gac_sheet_model(&mi, sh, i, region);
		const char *retired = gac_sheet_model_retired(sh, i);
		if (!mi.available || (vendor && strcmp(vendor, mi.vendor)) || (retired && !(flags & GAC_REPORT_ALL)))
			continue;
		json_t *o = json_object(), *prices = json_object(), *regions = json_array(), *per1m = json_object();
		if (!o || !prices || !regions || !per1m) {
			json_decref(o);
			json_decref(prices);
			json_decref(regions);
			json_decref(per1m);
			bad = 1;
			break;
		}
		bad |= jset(o, "id", json_string(mi.id));
		bad |= jset(o, "name", json_string(mi.name));
		bad |= jset(o, "vendor", json_string(mi.vendor));
		bad |= jset(o, "kind", json_string(kind_name(mi.kind)));
		bad |= jset(o, "per", mi.per > 0 ? gac_jreal(mi.per) : json_null());
		/* the dimensions gac_model_info does not hold are read by key */
		for (int k = 0; k < GAC_DIM_COUNT; k++) {
			double v;
			if (k < GAC_PRICE_COUNT ? !(mi.has & (1u << k))
			                        : gac_sheet_model_price(&v, sh, i, region, gac_dimensions[k].path) != GAC_OK)
				continue;
			if (k < GAC_PRICE_COUNT)
				v = mi.price[k];
			bad |= jset(prices, gac_dimensions[k].json, gac_jreal(v));
			if (gac_dimensions[k].unit == GAC_UNIT_TOKENS && mi.per > 0)
				bad |= jset(per1m, gac_dimensions[k].json, json_real(per_1m(v, mi.per)));
		}
		bad |= jset(o, "prices", prices);
		bad |= jset(o, "per_1m_tokens", per1m);
		/* rate cards (global, priority, flex, latency_optimized), by key */
		json_t *cards = json_object();
		bad |= !cards;
		for (int vi = 0; cards && vi < GAC_VAR_COUNT; vi++) {
			json_t *card = json_object();
			bad |= !card;
			for (int k = 0; card && k < GAC_DIM_COUNT; k++) {
				char key[64];
				double v;
				if (!gac_dimensions[k].variant)
					continue;
				gac_c_snprintf(key, sizeof key, "%s.%s", gac_variants[vi].key, gac_dimensions[k].path);
				if (gac_sheet_model_price(&v, sh, i, region, key) == GAC_OK)
					bad |= jset(card, gac_dimensions[k].json, gac_jreal(v));
			}
			if (card && json_object_size(card))
				bad |= jset(cards, gac_variants[vi].key, card);
			else
				json_decref(card);
		}
		if (cards && json_object_size(cards))
			bad |= jset(o, "rate_cards", cards);
		else
			json_decref(cards);
		for (size_t j = 0; j < mi.region_count; j++)
			bad |= json_array_append_new(regions, json_string(gac_sheet_model_region(sh, i, j)));
		bad |= jset(o, "regions", regions);
		bad |= jset(o, "source", json_string(mi.source));
		bad |= jset(o, "as_of", json_string(mi.as_of));
		bad |= jset(o, "retired", retired ? json_string(retired) : json_null());
		bad |= json_array_append_new(arr, o);
	}
	if (bad) {
		json_decref(root);
		json_decref(arr);
		return NULL;
	}
	/* jset() takes the reference even when it fails */
	if (jset(root, "models", arr)) {
		json_decref(root);
		return NULL;
	}
	return gac_json_finish(root);
}

gac_status gac_report_models(char **out, const gac_sheet *sh, const char *region, const char *vendor,
                             gac_format f)
{
	return gac_report_models_ex(out, sh, region, vendor, f, 0);
}

gac_status gac_report_models_ex(char **out, const gac_sheet *sh, const char *region, const char *vendor,
                                gac_format f, unsigned flags)
{
	static const char *const headers[] = {"Model", "Vendor", "Kind", "Input/1M", "Output/1M",
	                                      "Batch in/1M", "Batch out/1M", "Cache write/1M", "Cache read/1M",
	                                      "PT none/h", "PT 1-month/h", "PT 6-month/h", "Retired"};
	static const bool right[] = {false, false, false, true, true, true,
	                             true, true, true, true, true, true, false};
	bool all = flags & GAC_REPORT_ALL;
	if (!out || !sh)
		return GAC_EARG;
	*out = NULL;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	if (f == GAC_FORMAT_JSON) {
		*out = models_json(sh, region, vendor, flags);
		return gac_json_status(*out);
	}
	gac_buf b = {0};
	bool md = f == GAC_FORMAT_MARKDOWN;
	if (f == GAC_FORMAT_TABLE || md) {
		/* Markdown: a heading, and the sheet's words escaped */
		if (md)
			gac_buf_puts(&b, "### genaicost models\n\n");
		gac_buf_puts(&b, "Prices: ");
		gac_buf_user(&b, gac_sheet_name(sh), md);
		gac_buf_puts(&b, " (as of ");
		gac_buf_user(&b, gac_sheet_as_of(sh), md);
		gac_buf_puts(&b, "), ");
		gac_buf_user(&b, gac_sheet_currency(sh), md);
		gac_buf_puts(&b, ", region ");
		gac_buf_user(&b, region ? region : "all", md);
		gac_buf_puts(&b, "\n\n");
	}
	gac_table t;
	/* the Retired column only where retired models are listed */
	gac_table_init(&t, all ? 13 : 12, headers, right);
	size_t shown = 0, hidden = 0;
	for (size_t i = 0; i < gac_sheet_model_count(sh); i++) {
		gac_model_info mi = GAC_MODEL_INFO_INIT;
		gac_sheet_model(&mi, sh, i, region);
		const char *retired = gac_sheet_model_retired(sh, i);
		if (!mi.available || (vendor && strcmp(vendor, mi.vendor)))
			continue;
		if (retired && !all) {
			hidden++;
			continue;
		}
		shown++;
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, mi.id);
		gac_table_set(&t, 1, mi.vendor);
		gac_table_set(&t, 2, kind_name(mi.kind));
		for (int k = 0; k < GAC_PRICE_COUNT; k++)
			price_cell(&t, 3 + (size_t)k, &mi, k, f, gac_sheet_currency(sh));
		if (all)
			gac_table_set(&t, 12, retired ? retired : (f == GAC_FORMAT_TABLE || f == GAC_FORMAT_MARKDOWN) ? "-" : "");
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (f == GAC_FORMAT_TABLE || md) {
		gac_buf_printf(&b, "\n%zu model%s. Token prices per 1M tokens, whatever unit the sheet gives them "
		               "in; PT = provisioned throughput per model unit per hour.\n", shown, shown == 1 ? "" : "s");
		if (hidden)
			gac_buf_printf(&b, "%zu retired model%s not shown (--all lists them).\n", hidden,
			               hidden == 1 ? "" : "s");
	}
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

/* The report of an import (genaicost import-prices): what the offers held
 * that the sheet does not take, which dates were passed over, and with
 * --merge every price that moved.  Text for people, import-prices/1 JSON
 * for tools. */
#define _POSIX_C_SOURCE 200809L
#include "offer.h"
#include "table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const class_names[] = {"price", "image", "video", "audio", "service", "customization",
                                          "no-key"};
static const char *const move_names[] = {"moved", "new-price", "added", "no-longer-priced", "price-no-longer-priced"};

static const char *state_name(const gac_offer_rate *r)
{
	if (r->state == 3)
		return "conflict";
	if (r->state == 4)
		return "same-price";
	return strcmp(r->effective, r->published) > 0 ? "future" : "superseded";
}

/* the price written for the one chosen in a rate's group */
static const gac_offer_rate *chosen_of(const gac_price_import *imp, const gac_offer_rate *r)
{
	return r->chosen >= 0 && (size_t)r->chosen < imp->rate_count ? &imp->rates[r->chosen] : NULL;
}

/* a dated rate worth a line: passed over, in conflict, or the same price
 * under another model name */
static bool dated(const gac_price_import *imp, const gac_offer_rate *r)
{
	if (r->cls != GAC_OC_PRICE || r->state < 2)
		return false;
	if (r->state == 4) {
		const gac_offer_rate *c = chosen_of(imp, r);
		return c && strcmp(c->model_name, r->model_name);
	}
	return true;
}

static int jset(json_t *o, const char *k, json_t *v)
{
	return json_object_set_new(o, k, v) != 0;
}

static json_t *jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

static gac_status report_json(char **out, const gac_price_import *imp)
{
	json_t *root = json_object(), *offers = json_array(), *unm = json_array(), *nw = json_array(),
	       *dates = json_array(), *changes = json_array();
	int bad = !root || !offers || !unm || !nw || !dates || !changes;
	for (size_t i = 0; !bad && i < imp->offer_count; i++) {
		const char *s = imp->offers[i], *sp1 = strchr(s, ' '), *sp2 = strchr(sp1 + 1, ' ');
		json_t *o = json_object();
		bad |= !o || jset(o, "code", json_stringn(s, (size_t)(sp1 - s))) ||
		       jset(o, "published", json_stringn(sp1 + 1, (size_t)(sp2 - sp1 - 1))) ||
		       jset(o, "file", json_string(sp2 + 1)) || json_array_append_new(offers, o);
	}
	for (size_t i = 0; !bad && i < imp->unmapped_count; i++) {
		const gac_offer_unmapped *u = &imp->unmapped[i];
		json_t *o = json_object();
		bad |= !o || jset(o, "file", jstr(u->file)) || jset(o, "sku", jstr(u->sku)) ||
		       jset(o, "model", jstr(u->model)) || jset(o, "usagetype", jstr(u->usagetype)) ||
		       jset(o, "region", jstr(u->region)) || jset(o, "product_family", jstr(u->family)) ||
		       jset(o, "ambiguous_ids", jstr(u->ids)) || json_array_append_new(unm, o);
	}
	for (size_t i = 0; !bad && i < imp->rate_count; i++) {
		const gac_offer_rate *r = &imp->rates[i];
		json_t *o;
		if (r->cls != GAC_OC_PRICE) {
			o = json_object();
			bad |= !o || jset(o, "id", jstr(r->id)) || jset(o, "region", jstr(r->region)) ||
			       jset(o, "class", json_string(class_names[r->cls])) || jset(o, "reason", jstr(r->why)) ||
			       jset(o, "price", jstr(r->price_text)) || jset(o, "unit", jstr(r->unit)) ||
			       jset(o, "sku", jstr(r->sku)) || jset(o, "rate_code", jstr(r->rate_code)) ||
			       jset(o, "effective", jstr(r->effective)) || jset(o, "description", jstr(r->description)) ||
			       jset(o, "file", jstr(r->file)) || json_array_append_new(nw, o);
		} else if (dated(imp, r)) {
			const gac_offer_rate *c = chosen_of(imp, r);
			o = json_object();
			bad |= !o || jset(o, "id", jstr(r->id)) || jset(o, "region", jstr(r->region)) ||
			       jset(o, "key", jstr(r->key)) || jset(o, "state", json_string(state_name(r))) ||
			       jset(o, "price", jstr(r->price_text)) || jset(o, "unit", jstr(r->unit)) ||
			       jset(o, "effective", jstr(r->effective)) || jset(o, "model", jstr(r->model_name)) ||
			       jset(o, "sku", jstr(r->sku)) || jset(o, "rate_code", jstr(r->rate_code)) ||
			       jset(o, "chosen_effective", jstr(c ? c->effective : NULL)) ||
			       jset(o, "published", jstr(r->published)) || json_array_append_new(dates, o);
		}
	}
	for (size_t i = 0; !bad && i < imp->move_count; i++) {
		const gac_offer_move *m = &imp->moves[i];
		json_t *o = json_object();
		bad |= !o || jset(o, "kind", json_string(move_names[m->kind])) || jset(o, "id", jstr(m->id)) ||
		       jset(o, "path", jstr(m->path)) || jset(o, "old", jstr(m->old_value)) ||
		       jset(o, "new", jstr(m->new_value)) || jset(o, "percent", gac_jnum(m->pct)) ||
		       json_array_append_new(changes, o);
	}
	if (!bad)
		bad |= jset(root, "genaicost", json_string("import-prices/1")) || jset(root, "offers", offers) ||
		       jset(root, "merged", jstr(imp->merge_file)) ||
		       jset(root, "entries", json_integer((json_int_t)imp->entries)) || jset(root, "unmapped", unm) ||
		       jset(root, "not_written", nw) || jset(root, "effective_dates", dates) ||
		       jset(root, "changes", changes);
	if (bad) {
		json_decref(root);
		return GAC_ENOMEM;
	}
	*out = gac_json_finish(root);
	return gac_json_status(*out);
}

static void unmapped_line(gac_buf *b, const gac_offer_unmapped *u)
{
	if (u->ids)
		gac_buf_printf(b, "  %s: sku %s: model '%s' matches map rows of several models (%s)\n", u->file, u->sku,
		               u->model, u->ids);
	else if (!u->model[0])
		gac_buf_printf(b, "  %s: sku %s: no model attribute (product family %s, usagetype %s)\n", u->file, u->sku,
		               u->family ? u->family : "-", u->usagetype ? u->usagetype : "-");
	else
		gac_buf_printf(b, "  %s: sku %s: model '%s' (usagetype %s, region %s): no map row\n", u->file, u->sku, u->model,
		               u->usagetype ? u->usagetype : "-", u->region ? u->region : "-");
}

static int nstrcmp(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* products of one model (or, without one, of one product family) */
static int same_group(const gac_offer_unmapped *a, const gac_offer_unmapped *b)
{
	int c = nstrcmp(a->model, b->model);
	return c ? c : a->model[0] ? nstrcmp(a->ids, b->ids) : nstrcmp(a->family, b->family);
}

static int unmapped_cmp(const void *pa, const void *pb)
{
	const gac_offer_unmapped *a = *(const gac_offer_unmapped *const *)pa, *b = *(const gac_offer_unmapped *const *)pb;
	int c = same_group(a, b);
	if (!c)
		c = nstrcmp(a->region, b->region);
	return c ? c : nstrcmp(a->sku, b->sku);
}

static void report_text(gac_buf *b, const gac_price_import *imp)
{
	size_t nw = 0, nd = 0;
	for (size_t i = 0; i < imp->rate_count; i++) {
		nw += imp->rates[i].cls != GAC_OC_PRICE;
		nd += dated(imp, &imp->rates[i]);
	}
	gac_buf_printf(b, "import-prices: %zu offer file%s, %zu model entr%s written%s%s\n", imp->offer_count,
	               imp->offer_count == 1 ? "" : "s", imp->entries, imp->entries == 1 ? "y" : "ies",
	               imp->merge_file ? ", merged into " : "", imp->merge_file ? imp->merge_file : "");
	if (imp->unmapped_count)
		gac_buf_printf(b, "\nProducts the map (%s) does not name: none of their prices is written\n",
		               imp->map_file);
	/* one line per product; a model with more than three products gets
	 * one line with the count and regions (the JSON lists every one) */
	const gac_offer_unmapped **by = imp->unmapped_count ? gac_malloc(imp->unmapped_count * sizeof *by) : NULL;
	if (imp->unmapped_count && !by) {
		b->failed = true;
		return;
	}
	for (size_t i = 0; i < imp->unmapped_count; i++)
		by[i] = &imp->unmapped[i];
	if (imp->unmapped_count)
		qsort(by, imp->unmapped_count, sizeof *by, unmapped_cmp);
	for (size_t i = 0; i < imp->unmapped_count;) {
		size_t j = i;
		while (j < imp->unmapped_count && !same_group(by[i], by[j]))
			j++;
		for (size_t k = i; j - i <= 3 && k < j; k++)
			unmapped_line(b, by[k]);
		if (j - i > 3) {
			const gac_offer_unmapped *u = by[i];
			if (u->model[0])
				gac_buf_printf(b, "  model '%s'%s%s%s: %zu products, no map row, in", u->model,
				               u->ids ? " (matches map rows of several models: " : "", u->ids ? u->ids : "",
				               u->ids ? ")" : "", j - i);
			else
				gac_buf_printf(b, "  no model attribute, product family %s: %zu products, in",
				               u->family ? u->family : "-", j - i);
			for (size_t k = i; k < j; k++)
				if (k == i || strcmp(by[k]->region ? by[k]->region : "-", by[k - 1]->region ? by[k - 1]->region : "-"))
					gac_buf_printf(b, " %s", by[k]->region ? by[k]->region : "-");
			gac_buf_printf(b, " (e.g. %s: sku %s, usagetype %s)\n", u->file, u->sku, u->usagetype ? u->usagetype : "-");
		}
		i = j;
	}
	free(by);
	if (nw)
		gac_buf_puts(b, "\nPrices the sheet has no key for (not written)\n");
	for (size_t i = 0; i < imp->rate_count; i++) {
		const gac_offer_rate *r = &imp->rates[i];
		if (r->cls != GAC_OC_PRICE)
			gac_buf_printf(b, "  %s %s: %s: %s: %s per %s (sku %s, rate %s)\n", r->id, r->region,
			               class_names[r->cls], r->why, r->price_text, r->unit, r->sku, r->rate_code);
	}
	if (nd)
		gac_buf_puts(b, "\nPrices passed over (the newest effective date not after the offer's publication is "
		                "written)\n");
	for (size_t i = 0; i < imp->rate_count; i++) {
		const gac_offer_rate *r = &imp->rates[i];
		if (!dated(imp, r))
			continue;
		const gac_offer_rate *c = chosen_of(imp, r);
		gac_buf_printf(b, "  %s %s %s: %s per %s effective %s (%s", r->id, r->region, r->key, r->price_text,
		               r->unit, r->effective, state_name(r));
		if (r->state == 4 && c)
			gac_buf_printf(b, " as model '%s' and '%s'", r->model_name, c->model_name);
		else if (c)
			gac_buf_printf(b, "; written: %s effective %s", c->price_text, c->effective);
		else if (r->state == 2)
			gac_buf_puts(b, "; none written: every date is after the publication");
		else
			gac_buf_puts(b, ": the same date with different prices; none written");
		gac_buf_printf(b, "; sku %s)\n", r->sku);
	}
	if (imp->move_count)
		gac_buf_printf(b, "\nChanges to %s\n", imp->merge_file);
	for (size_t i = 0; i < imp->move_count; i++) {
		const gac_offer_move *m = &imp->moves[i];
		switch (m->kind) {
		case GAC_MV_MOVED:
			gac_buf_printf(b, "  moved      %s %s: %s -> %s", m->id, m->path, m->old_value, m->new_value);
			if (isfinite(m->pct))
				gac_buf_num(b, " (%+.2f%%)", m->pct);
			gac_buf_puts(b, "\n");
			break;
		case GAC_MV_NEW_PRICE:
			gac_buf_printf(b, "  new price  %s %s: %s\n", m->id, m->path, m->new_value);
			break;
		case GAC_MV_ADDED:
			gac_buf_printf(b, "  added      %s\n", m->id);
			break;
		case GAC_MV_GONE:
			gac_buf_printf(b, "  no longer priced by the offers (kept) %s\n", m->id);
			break;
		case GAC_MV_PRICE_GONE:
			gac_buf_printf(b, "  no longer in the offers (kept) %s %s: %s\n", m->id, m->path, m->old_value);
			break;
		}
	}
	if (imp->merge_file && !imp->move_count)
		gac_buf_puts(b, "no price moved\n");
}

gac_status gac_report_import(char **out, const gac_price_import *imp, gac_format format)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!imp || !imp->finished)
		return GAC_EARG;
	if (format == GAC_FORMAT_JSON)
		return report_json(out, imp);
	if (format != GAC_FORMAT_TABLE)
		return GAC_EVALUE;
	gac_buf b = {0};
	report_text(&b, imp);
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

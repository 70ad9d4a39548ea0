/* Negotiated prices: a scenario's pricing_overrides, applied on top of the
 * sheet.  One rule turns a line's list unit price into the price billed:
 *
 *   1. a private price (prices: MODEL: KIND) replaces the list price of
 *      that kind of that model;
 *   2. otherwise the most specific entry of discounts: whose scope matches
 *      (a model beats a vendor beats a price kind; an entry naming two of
 *      them beats one naming either) takes its share off the list price;
 *   3. the account-wide discount then applies to what 1 or 2 left, as
 *      AWS applies an EDP to the net after other discounts, unless the
 *      private price says exclusive: true.
 *
 * Loading knows the YAML; the engine asks gac_overrides_net for each line. */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The price kinds a discount may name (price: KIND): the sheet's token
 * dimensions and the other charges the engine bills. */
static const char *const public_kinds[] = {
	"input", "output", "batch_input", "batch_output", "cache_write", "cache_write_1h", "cache_read",
	"model_unit_hour", "reserved", "images", "training", "custom_model_storage", "custom_model_import", "service",
	"data_transfer",
};
#define PUBLIC_KINDS (sizeof public_kinds / sizeof *public_kinds)

/* The token prices a `prices:` entry may set, in the sheet's keys. */
static const char *const token_keys[GAC_OV_TOKEN_KINDS] = {
	"input", "output", "batch_input", "batch_output", "cache_write", "cache_write_1h", "cache_read",
};

/* A token line at another rate than the regional one (long-context, a
 * rate card of dimension.h) is the kind KEY_CARD: discounted as KEY is,
 * never replaced by KEY's private price. */
#define CARDS(k) {k, k "_long_context", k "_global", k "_priority", k "_flex", k "_latency_optimized"}
static const char *const card_kinds[][2 + GAC_VAR_COUNT] = {
	CARDS("input"), CARDS("output"), CARDS("cache_write"), CARDS("cache_write_1h"), CARDS("cache_read"),
};
#undef CARDS
_Static_assert(GAC_VAR_GLOBAL == 0 && GAC_VAR_PRIORITY == 1 && GAC_VAR_FLEX == 2 && GAC_VAR_LATENCY == 3 &&
               GAC_VAR_COUNT == 4, "card_kinds lists the rate cards of dimension.h in order");

const char *gac_overrides_kind(int dim, int card)
{
	const char *key = gac_dimensions[dim].key;
	for (size_t i = 0; i < sizeof card_kinds / sizeof *card_kinds; i++)
		if (!strcmp(card_kinds[i][0], key))
			return card_kinds[i][card];
	return key;
}

/* The public kind `kind` is priced as (its family), and whether it is the
 * regional rate itself; NULL for a kind no override reaches. */
static const char *family_of(const char *kind, bool *base)
{
	*base = true;
	for (size_t i = 0; kind && i < PUBLIC_KINDS; i++)
		if (!strcmp(public_kinds[i], kind))
			return public_kinds[i];
	*base = false;
	for (size_t i = 0; kind && i < sizeof card_kinds / sizeof *card_kinds; i++)
		for (size_t c = 1; c < 2 + GAC_VAR_COUNT; c++)
			if (!strcmp(card_kinds[i][c], kind))
				return card_kinds[i][0];
	return NULL;
}

static bool public_kind(const char *key)
{
	bool base;
	return family_of(key, &base) && base;
}

static int token_index(const char *key)
{
	for (int i = 0; key && i < GAC_OV_TOKEN_KINDS; i++)
		if (!strcmp(token_keys[i], key))
			return i;
	return -1;
}

bool gac_overrides_active(const gac_overrides *ov)
{
	return ov->declared || (ov->set & 1);
}

void gac_overrides_free(gac_overrides *ov)
{
	for (size_t i = 0; i < ov->rule_count; i++) {
		free(ov->rules[i].vendor);
		free(ov->rules[i].model);
		free(ov->rules[i].price);
		free(ov->rules[i].path);
	}
	free(ov->rules);
	for (size_t i = 0; i < ov->price_count; i++) {
		free(ov->prices[i].model);
		for (int k = 0; k < GAC_OV_TOKEN_KINDS; k++)
			free(ov->prices[i].paths[k]);
	}
	free(ov->prices);
	*ov = (gac_overrides){0};
}

static char *path_of(const char *a, const char *b, const char *c)
{
	gac_buf x = {0};
	gac_buf_printf(&x, "pricing_overrides.%s.%s.%s", a, b, c);
	return gac_buf_take(&x);
}

/* Room for one more discount, its path made; NULL when out of memory. */
static gac_ov_discount *add_rule(gac_overrides *ov)
{
	gac_ov_discount *a = gac_realloc(ov->rules, (ov->rule_count + 1) * sizeof *a);
	if (!a)
		return NULL;
	ov->rules = a;
	gac_ov_discount *d = &a[ov->rule_count];
	*d = (gac_ov_discount){0};
	char n[32];
	gac_c_snprintf(n, sizeof n, "%zu", ov->rule_count + 1);
	if (!(d->path = path_of("discounts", n, "discount")))
		return NULL;
	ov->rule_count++;
	return d;
}

static gac_ov_price *add_price(gac_overrides *ov, const char *model)
{
	gac_ov_price *a = gac_realloc(ov->prices, (ov->price_count + 1) * sizeof *a);
	if (!a)
		return NULL;
	ov->prices = a;
	gac_ov_price *p = &a[ov->price_count];
	*p = (gac_ov_price){0};
	ov->price_count++;  /* counted now, so that free releases what is made */
	bool ok = (p->model = gac_strdup(model)) != NULL;
	for (int k = 0; ok && k < GAC_OV_TOKEN_KINDS; k++)
		ok = (p->paths[k] = path_of("prices", model, token_keys[k])) != NULL;
	return ok ? p : NULL;
}

gac_status gac_overrides_copy(gac_overrides *dst, const gac_overrides *src)
{
	*dst = (gac_overrides){0};
	dst->declared = src->declared;
	dst->discount = src->discount;
	dst->set = src->set;
	dst->line = src->line;
	dst->col = src->col;
	for (size_t i = 0; i < src->rule_count; i++) {
		const gac_ov_discount *a = &src->rules[i];
		gac_ov_discount *b = add_rule(dst);
		if (!b)
			return GAC_ENOMEM;
		char *path = b->path;
		*b = *a;
		b->path = path;
		b->vendor = b->model = b->price = NULL;
		if ((a->vendor && !(b->vendor = gac_strdup(a->vendor))) || (a->model && !(b->model = gac_strdup(a->model))) ||
		    (a->price && !(b->price = gac_strdup(a->price))))
			return GAC_ENOMEM;
	}
	for (size_t i = 0; i < src->price_count; i++) {
		const gac_ov_price *a = &src->prices[i];
		gac_ov_price *b = add_price(dst, a->model);
		if (!b)
			return GAC_ENOMEM;
		b->line = a->line;
		b->col = a->col;
		b->per = a->per;
		b->set = a->set;
		b->exclusive = a->exclusive;
		memcpy(b->v, a->v, sizeof b->v);
		memcpy(b->vline, a->vline, sizeof b->vline);
		memcpy(b->vcol, a->vcol, sizeof b->vcol);
	}
	return GAC_OK;
}

/* ---- parameters ---- */

int gac_overrides_resolve(gac_overrides *ov, const char *path, double **slot, uint64_t **set, uint64_t *bit,
                          unsigned **line, unsigned **col)
{
	static const char pre[] = "pricing_overrides.";
	if (strncmp(path, pre, sizeof pre - 1))
		return 0;
	const char *rest = path + sizeof pre - 1;
	*line = *col = NULL;
	if (!strcmp(rest, "discount")) {
		*slot = &ov->discount;
		*set = &ov->set;
		*bit = 1;
		*line = &ov->line;
		*col = &ov->col;
		return 1;
	}
	for (size_t i = 0; i < ov->rule_count; i++)
		if (!strcmp(path, ov->rules[i].path)) {
			*slot = &ov->rules[i].discount;
			*set = &ov->rules[i].set;
			*bit = 1;
			return 1;
		}
	/* pricing_overrides.prices.MODEL.KIND: a model id holds dots, a kind none */
	static const char pp[] = "prices.";
	const char *kind = strrchr(rest, '.');
	if (strncmp(rest, pp, sizeof pp - 1) || !kind)
		return -1;
	int k = token_index(kind + 1);
	const char *model = rest + sizeof pp - 1;
	size_t mlen = (size_t)(kind - model);
	for (size_t i = 0; k >= 0 && i < ov->price_count; i++) {
		gac_ov_price *p = &ov->prices[i];
		if (strlen(p->model) == mlen && !strncmp(p->model, model, mlen)) {
			*slot = &p->v[k];
			*set = &p->set;
			*bit = (uint64_t)1 << k;
			*line = &p->vline[k];
			*col = &p->vcol[k];
			return 2;
		}
	}
	return -1;
}

size_t gac_overrides_param_count(const gac_overrides *ov)
{
	if (!gac_overrides_active(ov))
		return 0;
	size_t n = 1 + ov->rule_count;
	for (size_t i = 0; i < ov->price_count; i++)
		for (uint64_t b = ov->prices[i].set; b; b &= b - 1)
			n++;
	return n;
}

const char *gac_overrides_param_path(const gac_overrides *ov, size_t i)
{
	if (i >= gac_overrides_param_count(ov))
		return NULL;
	if (i == 0)
		return "pricing_overrides.discount";
	if (--i < ov->rule_count)
		return ov->rules[i].path;
	i -= ov->rule_count;
	for (size_t p = 0; p < ov->price_count; p++)
		for (int k = 0; k < GAC_OV_TOKEN_KINDS; k++)
			if ((ov->prices[p].set >> k & 1) && i-- == 0)
				return ov->prices[p].paths[k];
	return NULL;
}

/* ---- loading ---- */

static gac_status set_number(gac_ctx *c, gac_scenario *s, const char *path, const gac_node *v)
{
	gac_status st = gac_expect(c, v, GAC_NODE_SCALAR, path);
	if (st == GAC_OK)
		st = gac_scenario_set_at(s, path, v->text, c->err, c->file, v->line, v->col);
	return st;
}

static gac_status scope_text(gac_ctx *c, const gac_node *e, const char *key, char **out, unsigned *line,
                             unsigned *col)
{
	const gac_node *v = gac_map_get(e, key);
	if (!v)
		return GAC_OK;
	if (line) {
		*line = v->line;
		*col = v->col;
	}
	return gac_get_string(c, v, key, out);
}

static gac_status unknown_kind(gac_ctx *c, const gac_node *v)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	gac_buf all = {0};
	for (size_t i = 0; i < PUBLIC_KINDS; i++) {
		size_t d = gac_edit_distance(v->text, public_kinds[i]);
		if (d < best_d) {
			best_d = d;
			best = public_kinds[i];
		}
		gac_buf_printf(&all, "%s%s", i ? ", " : "", public_kinds[i]);
	}
	gac_status st;
	if (best_d <= 3)
		st = gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
		              "pricing_overrides.discounts: unknown price kind '%.*s%s' (did you mean '%s'?)", GAC_SHOW(v->text), best);
	else
		st = gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col, "pricing_overrides.discounts: unknown price kind '%.*s%s' (one "
		              "of: %s)",
		              GAC_SHOW(v->text), all.data && !all.failed ? all.data : "?");
	gac_buf_free(&all);
	return st;
}

static gac_status load_discounts(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	static const char *const keys[] = {"vendor", "model", "price", "discount", NULL};
	gac_overrides *ov = &s->ov;
	gac_status st = gac_expect(c, n, GAC_NODE_SEQ, "pricing_overrides.discounts");
	for (size_t i = 0; st == GAC_OK && i < n->count; i++) {
		const gac_node *e = n->items[i];
		if ((st = gac_expect(c, e, GAC_NODE_MAP, "an entry of pricing_overrides.discounts")) != GAC_OK ||
		    (st = gac_check_keys(c, e, keys, "an entry of pricing_overrides.discounts")) != GAC_OK)
			return st;
		gac_ov_discount *d = add_rule(ov);
		if (!d)
			return gac_fail(c->err, GAC_ENOMEM, c->file, e->line, e->col, "out of memory");
		d->line = e->line;
		d->col = e->col;
		if ((st = scope_text(c, e, "vendor", &d->vendor, &d->vline, &d->vcol)) != GAC_OK ||
		    (st = scope_text(c, e, "model", &d->model, &d->mline, &d->mcol)) != GAC_OK ||
		    (st = scope_text(c, e, "price", &d->price, NULL, NULL)) != GAC_OK)
			return st;
		if (d->price && !public_kind(d->price))
			return unknown_kind(c, gac_map_get(e, "price"));
		if (!d->vendor && !d->model && !d->price)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
			                "an entry of pricing_overrides.discounts names what it applies to: vendor, "
			                "model or price (the discount on everything is pricing_overrides.discount)");
		const gac_node *v = gac_map_get(e, "discount");
		if (!v)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
			                "an entry of pricing_overrides.discounts needs discount (12%% or 0.12)");
		if ((st = set_number(c, s, d->path, v)) != GAC_OK)
			return st;
		/* two entries of one scope: which would win is no rule at all */
		for (size_t j = 0; j + 1 < ov->rule_count; j++) {
			const gac_ov_discount *o = &ov->rules[j];
#define SAME(f) ((!o->f && !d->f) || (o->f && d->f && !strcmp(o->f, d->f)))
			if (SAME(vendor) && SAME(model) && SAME(price))
				return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
				                "this discount has the scope of entry %zu (line %u): give each scope one "
				                "discount", j + 1, o->line);
#undef SAME
		}
	}
	return st;
}

static gac_status load_prices(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	static const char *const keys[] = {"per", "input", "output", "batch_input", "batch_output",
	                                   "cache_write", "cache_write_1h", "cache_read", "exclusive", NULL};
	gac_overrides *ov = &s->ov;
	gac_status st = gac_expect(c, n, GAC_NODE_MAP, "pricing_overrides.prices");
	for (size_t i = 0; st == GAC_OK && i < n->count; i++) {
		const gac_node *k = n->items[2 * i], *e = n->items[2 * i + 1];
		if ((st = gac_expect(c, k, GAC_NODE_SCALAR, "a model id")) != GAC_OK)
			return st;
		char what[160];
		gac_c_snprintf(what, sizeof what, "the private prices of %.*s%s", GAC_SHOW(k->text));
		if ((st = gac_expect(c, e, GAC_NODE_MAP, what)) != GAC_OK ||
		    (st = gac_check_keys(c, e, keys, what)) != GAC_OK)
			return st;
		if (!*k->text || gac_text_control(k->text, false, &(unsigned){0}) >= 0)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "a model id is one line of text, not empty");
		gac_ov_price *p = add_price(ov, k->text);
		if (!p)
			return gac_fail(c->err, GAC_ENOMEM, c->file, k->line, k->col, "out of memory");
		p->line = k->line;
		p->col = k->col;
		const gac_node *v = gac_map_get(e, "per");
		if (v) {
			if ((st = gac_expect(c, v, GAC_NODE_SCALAR, "per")) != GAC_OK)
				return st;
			if (!strcmp(v->text, "1K") || !strcmp(v->text, "1k"))
				p->per = 1e3;
			else if (!strcmp(v->text, "1M"))
				p->per = 1e6;
			else
				return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
				                "per must be 1K or 1M (got '%.*s%s')", GAC_SHOW(v->text));
		}
		if ((v = gac_map_get(e, "exclusive"))) {
			if ((st = gac_expect(c, v, GAC_NODE_SCALAR, "exclusive")) != GAC_OK)
				return st;
			if (strcmp(v->text, "true") && strcmp(v->text, "false"))
				return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
				                "exclusive is true or false (got '%.*s%s')", GAC_SHOW(v->text));
			p->exclusive = !strcmp(v->text, "true");
		}
		for (int t = 0; t < GAC_OV_TOKEN_KINDS; t++)
			if ((v = gac_map_get(e, token_keys[t])) && (st = set_number(c, s, p->paths[t], v)) != GAC_OK)
				return st;
		if (!p->set)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "no private price for %.*s%s: give input, output, batch_input, batch_output, "
			                "cache_write, cache_write_1h or cache_read", GAC_SHOW(k->text));
	}
	return st;
}

gac_status gac_overrides_load(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	static const char *const keys[] = {"discount", "discounts", "prices", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "pricing_overrides")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "pricing_overrides")) != GAC_OK)
		return st;
	s->ov.declared = true;
	const gac_node *v;
	if ((v = gac_map_get(n, "discount")) && (st = set_number(c, s, "pricing_overrides.discount", v)) != GAC_OK)
		return st;
	if ((v = gac_map_get(n, "discounts")) && (st = load_discounts(c, s, v)) != GAC_OK)
		return st;
	if ((v = gac_map_get(n, "prices")) && (st = load_prices(c, s, v)) != GAC_OK)
		return st;
	return GAC_OK;
}

/* ---- against the sheet ---- */

static gac_status unknown_model(const gac_scenario *s, const gac_sheet *sheet, const char *id, const char *what,
                                unsigned line, unsigned col, gac_error *err)
{
	/* the nearest ids, up to three, so a typo or a profile prefix shows its fix */
	const char *best[3] = {NULL, NULL, NULL};
	size_t bd[3] = {(size_t)-1, (size_t)-1, (size_t)-1};
	for (size_t i = 0; i < sheet->model_count; i++) {
		const char *m = sheet->models[i].id;
		size_t d = gac_edit_distance(id, m);
		for (int k = 0; k < 3; k++)
			if (d < bd[k]) {
				for (int j = 2; j > k; j--) {
					bd[j] = bd[j - 1];
					best[j] = best[j - 1];
				}
				bd[k] = d;
				best[k] = m;
				break;
			}
	}
	gac_buf near = {0};
	for (int k = 0; k < 3; k++)
		if (best[k] && bd[k] <= 12)
			gac_buf_printf(&near, "%s'%s'", near.len ? ", " : "", best[k]);
	gac_status st;
	if (near.len && !near.failed)
		st = gac_fail(err, GAC_EMODEL, s->path, line, col,
		              "%s: unknown model '%.*s%s' in price sheet '%s' (similar ids: %s)", what, GAC_SHOW(id),
		              sheet->name, near.data);
	else
		st = gac_fail(err, GAC_EMODEL, s->path, line, col,
		              "%s: unknown model '%.*s%s' in price sheet '%s' (see 'genaicost models')", what,
		              GAC_SHOW(id), sheet->name);
	gac_buf_free(&near);
	return st;
}

gac_status gac_overrides_check(const gac_scenario *s, const gac_sheet *sheet, gac_error *err)
{
	const gac_overrides *ov = &s->ov;
	for (size_t i = 0; i < ov->price_count; i++) {
		const gac_ov_price *p = &ov->prices[i];
		const gac_model *m = gac_sheet_lookup(sheet, p->model);
		if (!m)
			return unknown_model(s, sheet, p->model, "pricing_overrides.prices", p->line, p->col, err);
		/* a price ten times the list price or more is a unit written
		 * wrong (0.05 per 1M read per 1K), not a negotiated price */
		for (int t = 0; t < GAC_OV_TOKEN_KINDS; t++) {
			double list;
			if (!(p->set >> t & 1) || gac_sheet_model_price(&list, sheet, (size_t)(m - sheet->models), s->region,
			                                                token_keys[t]) != GAC_OK || !(list > 0))
				continue;
			double per = p->per > 0 ? p->per : m->per, v = p->v[t] * (m->per / per);
			if (v >= 10 * list)
				return gac_fail(err, GAC_EVALUE, s->path, p->vline[t], p->vcol[t],
				                "pricing_overrides.prices: %s %s is %g per %s tokens, %.0f times the list price "
				                "(%g in %s); a private price is per %s tokens, the sheet's unit, unless the entry "
				                "says per: 1M", p->model, token_keys[t], p->v[t], per == 1e6 ? "1M" : "1K",
				                v / list, list * (per / m->per), s->region, m->per == 1e6 ? "1M" : "1K");
		}
	}
	for (size_t i = 0; i < ov->rule_count; i++) {
		const gac_ov_discount *d = &ov->rules[i];
		const gac_model *m = d->model ? gac_sheet_lookup(sheet, d->model) : NULL;
		if (d->model && !m)
			return unknown_model(s, sheet, d->model, "pricing_overrides.discounts", d->mline, d->mcol, err);
		if (!d->vendor)
			continue;
		bool known = false;
		for (size_t k = 0; !known && k < sheet->model_count; k++)
			known = sheet->models[k].vendor && !strcasecmp(sheet->models[k].vendor, d->vendor);
		if (!known) {
			gac_buf all = {0};
			const char *best = NULL;
			size_t best_d = (size_t)-1;
			for (size_t k = 0; k < sheet->model_count; k++) {
				const char *v = sheet->models[k].vendor;
				bool seen = !v;
				for (size_t j = 0; !seen && j < k; j++)
					seen = sheet->models[j].vendor && !strcmp(sheet->models[j].vendor, v);
				if (seen)
					continue;
				gac_buf_printf(&all, "%s%s", all.len ? ", " : "", v);
				size_t dist = gac_edit_distance(d->vendor, v);
				if (dist < best_d) {
					best_d = dist;
					best = v;
				}
			}
			gac_status st;
			if (best && best_d <= 3)
				st = gac_fail(err, GAC_EVALUE, s->path, d->vline, d->vcol,
				              "pricing_overrides.discounts: no model of vendor '%.*s%s' in price sheet '%s' "
				              "(did you mean '%s'?)", GAC_SHOW(d->vendor), sheet->name, best);
			else
				st = gac_fail(err, GAC_EVALUE, s->path, d->vline, d->vcol,
				              "pricing_overrides.discounts: no model of vendor '%.*s%s' in price sheet "
				              "'%s' (vendors: %s)", GAC_SHOW(d->vendor), sheet->name,
				              all.data && !all.failed ? all.data : "?");
			gac_buf_free(&all);
			return st;
		}
		if (m && (!m->vendor || strcasecmp(m->vendor, d->vendor)))
			return gac_fail(err, GAC_EVALUE, s->path, d->vline, d->vcol,
			                "pricing_overrides.discounts: %s is a model of vendor '%s', not '%.*s%s'; the "
			                "entry would never apply", m->id, m->vendor ? m->vendor : "?", GAC_SHOW(d->vendor));
	}
	return GAC_OK;
}

/* ---- pricing ---- */

static void pct(gac_buf *b, double f)
{
	gac_buf_exact(b, f * 100.0);
	gac_buf_puts(b, "%");
}

double gac_overrides_net(const gac_scenario *s, const gac_sheet *sheet, const char *model, const char *kind,
                         double list, gac_buf *why)
{
	const gac_overrides *ov = &s->ov;
	bool regional;
	const char *family = family_of(kind, &regional);
	if (!family)
		return list;  /* not a price of the sheet: a one-time amount of the user's */
	const gac_model *m = model ? gac_sheet_lookup(sheet, model) : NULL;
	/* 1. a private price of this model and kind, at the regional rate */
	const gac_ov_price *priv = NULL;
	int t = regional ? token_index(family) : -1;
	for (size_t i = 0; m && t >= 0 && i < ov->price_count; i++)
		if ((ov->prices[i].set >> t & 1) && !strcmp(ov->prices[i].model, m->id))
			priv = &ov->prices[i];
	double base = list, per = 0;
	const gac_ov_discount *rule = NULL;
	if (priv) {
		per = priv->per > 0 ? priv->per : m->per;
		base = priv->v[t] * (m->per / per);
	} else {
		/* 2. the most specific discount: model 4, vendor 2, price kind 1 */
		int best = 0;
		for (size_t i = 0; i < ov->rule_count; i++) {
			const gac_ov_discount *d = &ov->rules[i];
			if ((d->model && (!m || strcmp(d->model, m->id))) ||
			    (d->vendor && (!m || !m->vendor || strcasecmp(d->vendor, m->vendor))) ||
			    (d->price && strcmp(d->price, family)))
				continue;
			int score = (d->model ? 4 : 0) + (d->vendor ? 2 : 0) + (d->price ? 1 : 0);
			if (score > best) {
				best = score;
				rule = d;
			}
		}
	}
	double net = rule ? base * (1.0 - rule->discount) : base;
	bool account = ov->discount > 0 && !(priv && priv->exclusive);
	if (account)
		net *= 1.0 - ov->discount;
	if (why && !why->failed && (priv || rule || account)) {
		const char *cur = sheet->currency;
		if (priv) {
			gac_buf_puts(why, "private price ");
			gac_buf_exact(why, priv->v[t]);
			gac_buf_printf(why, " %s per %s tokens (pricing_overrides.prices)", cur, per == 1e6 ? "1M" : "1K");
			if (per != m->per) {
				gac_buf_puts(why, " × ");
				gac_buf_exact(why, m->per);
				gac_buf_puts(why, " ÷ ");
				gac_buf_exact(why, per);
				gac_buf_puts(why, " = ");
				gac_buf_exact(why, base);
			}
			/* in brackets: the discounts below multiply the private
			 * price, never the list price */
			gac_buf_puts(why, " (in place of list ");
			gac_buf_exact(why, list);
			gac_buf_puts(why, ")");
		} else {
			gac_buf_puts(why, "list ");
			gac_buf_exact(why, list);
		}
		if (rule) {
			gac_buf_puts(why, " × (1 − ");
			pct(why, rule->discount);
			gac_buf_puts(why, " discount for");
			if (rule->model)
				gac_buf_printf(why, " model %s", rule->model);
			if (rule->vendor)
				gac_buf_printf(why, " vendor %s", rule->vendor);
			if (rule->price)
				gac_buf_printf(why, " %s prices", rule->price);
			gac_buf_printf(why, ", %.*s)", (int)(strlen(rule->path) - strlen(".discount")), rule->path);
		}
		if (account) {
			gac_buf_puts(why, " × (1 − ");
			pct(why, ov->discount);
			gac_buf_puts(why, " account-wide discount)");
		} else if (priv && priv->exclusive && ov->discount > 0) {
			gac_buf_puts(why, " (exclusive: no account-wide discount)");
		}
		gac_buf_puts(why, " = ");
		gac_buf_exact(why, net);
		gac_buf_printf(why, " %s net", cur);
	}
	return net;
}

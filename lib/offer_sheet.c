/* The price sheet an import builds: one price per model, region and key
 * chosen among the offers' effective dates, entries per model with
 * region_prices, every price scaled to the entry's `per` in decimal, an
 * `offer:` provenance block; with --merge, the hand-sourced sheet kept
 * around it and every change recorded. */
#define _POSIX_C_SOURCE 200809L
#include "offer.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define KMAX 64   /* at least gac_offer_key_count(): checked in gac_offer_build */

static bool token_key(const char *key)
{
	return strncmp(key, "model_unit_hour.", 16) && strncmp(key, "reserved_", 9);
}

/* ---- choosing among effective dates ---- */

static int rate_cmp(const void *pa, const void *pb)
{
	const gac_offer_rate *a = *(const gac_offer_rate *const *)pa, *b = *(const gac_offer_rate *const *)pb;
	int c;
	if ((c = strcmp(a->id, b->id)) || (c = strcmp(a->region, b->region)) || (c = strcmp(a->key, b->key)))
		return c;
	/* newest first */
	if ((c = strcmp(b->effective, a->effective)))
		return c;
	return strcmp(a->sku, b->sku);
}

/* Whether two rates state the same price per token (or per unit). */
static bool same_value(const gac_offer_rate *a, const gac_offer_rate *b)
{
	int ea = a->unit_exp > 0 ? a->unit_exp : 0, eb = b->unit_exp > 0 ? b->unit_exp : 0;
	return !strcmp(a->value.digits, b->value.digits) &&
	       (!a->value.digits[0] || a->value.exp - ea == b->value.exp - eb);
}

static gac_status choose(gac_price_import *imp)
{
	size_t n = 0;
	for (size_t i = 0; i < imp->rate_count; i++)
		n += imp->rates[i].cls == GAC_OC_PRICE;
	if (!n)
		return GAC_OK;
	gac_offer_rate **v = gac_malloc(n * sizeof *v);
	if (!v)
		return GAC_ENOMEM;
	n = 0;
	for (size_t i = 0; i < imp->rate_count; i++)
		if (imp->rates[i].cls == GAC_OC_PRICE)
			v[n++] = &imp->rates[i];
	qsort(v, n, sizeof *v, rate_cmp);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && !strcmp(v[j]->id, v[i]->id) && !strcmp(v[j]->region, v[i]->region) &&
		       !strcmp(v[j]->key, v[i]->key))
			j++;
		/* the newest effective date not after its offer's publication */
		size_t pick = j;
		for (size_t k = i; k < j && pick == j; k++)
			if (strcmp(v[k]->effective, v[k]->published) <= 0)
				pick = k;
		for (size_t k = i; k < j; k++) {
			v[k]->state = 2;
			v[k]->chosen = -1;
		}
		if (pick < j) {
			bool conflict = false;
			for (size_t k = pick + 1; k < j && !strcmp(v[k]->effective, v[pick]->effective); k++)
				conflict = conflict || !same_value(v[k], v[pick]);
			if (conflict) {
				for (size_t k = pick; k < j && !strcmp(v[k]->effective, v[pick]->effective); k++)
					v[k]->state = 3;
			} else {
				v[pick]->state = 1;
				for (size_t k = i; k < j; k++)
					v[k]->chosen = (long)(v[pick] - imp->rates);
				/* the same price under another name or SKU: not another date */
				for (size_t k = pick + 1; k < j && !strcmp(v[k]->effective, v[pick]->effective); k++)
					v[k]->state = 4;
			}
		}
		i = j;
	}
	free(v);
	return GAC_OK;
}

/* ---- flattened entries: prices per region and key ---- */

typedef struct flat_region {
	char *region;
	bool has[KMAX];
	gac_dec val[KMAX];          /* token keys: USD per token */
	const gac_offer_rate *rate[KMAX];
	const gac_node *images;     /* hand-sourced image prices in force there */
} flat_region;

typedef struct flat_entry {
	char *id;
	const gac_node *node;       /* the merged sheet's entry; NULL when new */
	const gac_offer_map_row *row;
	flat_region *regions;
	size_t nregions;
	bool imported;
	int per_exp;
	char *published, *code;     /* newest offer of its imported prices */
} flat_entry;

typedef struct builder {
	gac_price_import *imp;
	gac_error *err;
	flat_entry *e;
	size_t n, cap;
	gac_doc doc;                /* the --merge sheet */
	const char *merge_file;
	char *head;                 /* its leading comment lines */
} builder;

static gac_status b_oom(builder *b)
{
	return gac_fail(b->err, GAC_ENOMEM, b->merge_file, 0, 0, "out of memory");
}

static flat_entry *find_entry(builder *b, const char *id)
{
	for (size_t i = 0; i < b->n; i++)
		if (!strcmp(b->e[i].id, id))
			return &b->e[i];
	return NULL;
}

static flat_entry *add_entry(builder *b, const char *id)
{
	if (b->n == b->cap) {
		size_t cap = b->cap ? 2 * b->cap : 32;
		flat_entry *e = gac_realloc(b->e, cap * sizeof *e);
		if (!e)
			return NULL;
		b->e = e;
		b->cap = cap;
	}
	flat_entry *e = &b->e[b->n];
	memset(e, 0, sizeof *e);
	if (!(e->id = gac_strdup(id)))
		return NULL;
	b->n++;
	return e;
}

static flat_region *find_region(flat_entry *e, const char *region, bool make)
{
	for (size_t i = 0; i < e->nregions; i++)
		if (!strcmp(e->regions[i].region, region))
			return &e->regions[i];
	if (!make)
		return NULL;
	flat_region *r = gac_realloc(e->regions, (e->nregions + 1) * sizeof *r);
	if (!r)
		return NULL;
	e->regions = r;
	r = &e->regions[e->nregions];
	memset(r, 0, sizeof *r);
	if (!(r->region = gac_strdup(region)))
		return NULL;
	e->nregions++;
	return r;
}

static void entries_free(builder *b)
{
	for (size_t i = 0; i < b->n; i++) {
		for (size_t j = 0; j < b->e[i].nregions; j++)
			free(b->e[i].regions[j].region);
		free(b->e[i].regions);
		free(b->e[i].id);
	}
	free(b->e);
}

/* The entry's home region: us-east-1 when it has it, else the first. */
static size_t home_of(const flat_entry *e)
{
	size_t home = 0;
	for (size_t i = 0; i < e->nregions; i++) {
		if (!strcmp(e->regions[i].region, "us-east-1"))
			return i;
		if (strcmp(e->regions[i].region, e->regions[home].region) < 0)
			home = i;
	}
	return home;
}

static int region_cmp(const void *pa, const void *pb)
{
	return strcmp(((const flat_region *)pa)->region, ((const flat_region *)pb)->region);
}

/* ---- the existing sheet (--merge) ---- */

/* Read the prices of one map (an entry, a region_prices entry, or a block
 * of either under `prefix`) into r: every scalar whose path is a key. */
static gac_status read_prices_under(builder *b, const gac_node *map, flat_region *r, int per_exp,
                                    bool regional_only, const char *prefix)
{
	gac_status st;
	for (size_t i = 0; i < map->count; i++) {
		const gac_node *k = map->items[2 * i], *v = map->items[2 * i + 1];
		char path[128];
		gac_c_snprintf(path, sizeof path, "%s%s", prefix, k->text);
		if (v->type == GAC_NODE_MAP) {
			char sub[130];
			gac_c_snprintf(sub, sizeof sub, "%s.", path);
			if (strlen(prefix) < 64 && (st = read_prices_under(b, v, r, per_exp, regional_only, sub)) != GAC_OK)
				return st;
			continue;
		}
		int ki = gac_offer_key_index(path);
		if (ki < 0 || v->type != GAC_NODE_SCALAR || (regional_only && !gac_offer_key_regional(path)))
			continue;
		if (!gac_dec_parse(&r->val[ki], v->text))
			return gac_fail(b->err, GAC_EVALUE, b->merge_file, v->line, v->col,
			                "%s: '%.*s%s' is not a plain decimal price", path, GAC_SHOW(v->text));
		if (token_key(path) && r->val[ki].digits[0])
			r->val[ki].exp -= per_exp;
		r->has[ki] = true;
	}
	return GAC_OK;
}

static gac_status read_prices(builder *b, const gac_node *map, flat_region *r, int per_exp, bool regional_only)
{
	return read_prices_under(b, map, r, per_exp, regional_only, "");
}

static gac_status flatten_existing(builder *b, const gac_node *n, flat_entry *e)
{
	gac_status st;
	const gac_node *per = gac_map_get(n, "per"), *regions = gac_map_get(n, "regions");
	e->per_exp = per && !strcmp(per->text, "1M") ? 6 : 3;
	flat_region base = {0};
	if ((st = read_prices(b, n, &base, e->per_exp, false)) != GAC_OK)
		return st;
	const gac_node *images = gac_map_get(n, "images");
	const gac_node *rp = gac_map_get(n, "region_prices");
	for (size_t i = 0; regions && i < regions->count; i++) {
		flat_region *r = find_region(e, regions->items[i]->text, true);
		if (!r)
			return b_oom(b);
		const gac_node *o = rp ? gac_map_get(rp, regions->items[i]->text) : NULL;
		const gac_node *inh = o ? gac_map_get(o, "inherit") : NULL;
		bool replace = inh && !strcmp(inh->text, "false");
		if (!replace) {
			memcpy(r->has, base.has, sizeof r->has);
			memcpy(r->val, base.val, sizeof r->val);
			r->images = images;
		}
		if (o) {
			flat_region over = {0};
			if ((st = read_prices(b, o, &over, e->per_exp, true)) != GAC_OK)
				return st;
			for (int k = 0; k < KMAX; k++)
				if (over.has[k]) {
					r->has[k] = true;
					r->val[k] = over.val[k];
				}
			if (gac_map_get(o, "images"))
				r->images = gac_map_get(o, "images");
		}
		/* global and long_context prices are the entry's, in every region */
		for (int k = 0; k < gac_offer_key_count(); k++)
			if (!gac_offer_key_regional(gac_offer_key_name(k)) && base.has[k]) {
				r->has[k] = true;
				r->val[k] = base.val[k];
			}
	}
	return GAC_OK;
}

/* ---- changes ---- */

static gac_status add_move(builder *b, gac_move_kind kind, const char *id, const char *path, const char *old_v,
                           const char *new_v)
{
	gac_price_import *imp = b->imp;
	if (imp->move_count == imp->move_cap) {
		size_t cap = imp->move_cap ? 2 * imp->move_cap : 32;
		gac_offer_move *m = gac_realloc(imp->moves, cap * sizeof *m);
		if (!m)
			return b_oom(b);
		imp->moves = m;
		imp->move_cap = cap;
	}
	gac_offer_move *m = &imp->moves[imp->move_count++];
	memset(m, 0, sizeof *m);
	m->kind = kind;
	m->pct = NAN;
	if (old_v && new_v) {
		double o = gac_c_strtod(old_v, NULL), nw = gac_c_strtod(new_v, NULL);
		m->pct = gac_pct(o, nw);
	}
	if (!(m->id = gac_strdup(id)) || (path && !(m->path = gac_strdup(path))) ||
	    (old_v && !(m->old_value = gac_strdup(old_v))) || (new_v && !(m->new_value = gac_strdup(new_v))))
		return b_oom(b);
	return GAC_OK;
}

/* A price as the entry writes it: per 10^per_exp tokens for token keys. */
static void price_text(char out[160], const gac_dec *d, const char *key, int per_exp)
{
	gac_dec_format(out, d, token_key(key) ? per_exp : 0);
}

/* ---- imported prices into entries ---- */

/* Record what an imported price does to the merged sheet's price in fr. */
static gac_status note_move(builder *b, const flat_entry *e, const flat_region *fr, int ki, const gac_offer_rate *r,
                            const gac_dec *v)
{
	char path[128], o[160], nw[160];
	gac_c_snprintf(path, sizeof path, "%s %s", r->region, r->key);
	price_text(nw, v, r->key, e->per_exp);
	if (!fr->has[ki])
		return add_move(b, GAC_MV_NEW_PRICE, e->id, path, NULL, nw);
	price_text(o, &fr->val[ki], r->key, e->per_exp);
	return strcmp(o, nw) ? add_move(b, GAC_MV_MOVED, e->id, path, o, nw) : GAC_OK;
}

static gac_status put_imported(builder *b, bool merging)
{
	gac_price_import *imp = b->imp;
	gac_status st;
	/* regions first, so the home region is known before the long-context
	 * tier, which is the entry's */
	for (size_t i = 0; i < imp->rate_count; i++) {
		gac_offer_rate *r = &imp->rates[i];
		if (r->state != 1)
			continue;
		flat_entry *e = find_entry(b, r->id);
		if (!e) {
			if (!(e = add_entry(b, r->id)))
				return b_oom(b);
			e->per_exp = 3;
			if (merging && (st = add_move(b, GAC_MV_ADDED, r->id, NULL, NULL, NULL)) != GAC_OK)
				return st;
		}
		e->row = &imp->map[r->map_row];
		/* the per of an imported entry: 1M when any price is stated per 1M
		 * tokens (or per token), else 1K (a new entry) or the sheet's own */
		e->imported = true;
		if (r->unit_exp == 6 || r->unit_exp == 0)
			e->per_exp = 6;
		if (!find_region(e, r->region, true))
			return b_oom(b);
		if (!e->published || strcmp(r->published, e->published) > 0) {
			e->published = r->published;
			e->code = r->offer_code;
		}
	}
	/* pass 0: the home region's entry-level prices first, so that another
	 * region's can be compared with them in pass 1 */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < imp->rate_count; i++) {
			gac_offer_rate *r = &imp->rates[i];
			if (r->state != 1)
				continue;
			flat_entry *e = find_entry(b, r->id);
			int ki = gac_offer_key_index(r->key);
			size_t home = home_of(e);
			bool first = !gac_offer_key_regional(r->key) && !strcmp(r->region, e->regions[home].region);
			if ((pass == 0) != first)
				continue;
			const gac_offer_map_row *row = &imp->map[r->map_row];
			gac_dec v = r->value;
			if (token_key(r->key) && v.digits[0])
				v.exp -= r->unit_exp > 0 ? r->unit_exp : 0;
			if (!strncmp(r->key, "long_context.", 13) && !row->lc_threshold) {
				r->state = 0;
				r->cls = GAC_OC_NOKEY;
				free(r->why);
				if (!(r->why = gac_strdup("long-context price: the map row gives no long_context_threshold")))
					return b_oom(b);
				continue;
			}
			if (!gac_offer_key_regional(r->key)) {
				/* one long-context tier per entry: the home region's */
				if (strcmp(r->region, e->regions[home].region)) {
					flat_region *h = &e->regions[home];
					bool same = h->rate[ki] && same_value(h->rate[ki], r);
					if (!same) {
						r->state = 0;
						r->cls = GAC_OC_NOKEY;
						free(r->why);
						if (!(r->why = gac_strdup("a long-context price unlike the entry's home region's: "
						                          "the sheet holds one long-context tier per entry")))
							return b_oom(b);
					}
					continue;
				}
				if (merging && e->node && (st = note_move(b, e, &e->regions[home], ki, r, &v)) != GAC_OK)
					return st;
				/* the entry's one price, in every region */
				for (size_t g = 0; g < e->nregions; g++) {
					e->regions[g].has[ki] = true;
					e->regions[g].val[ki] = v;
					e->regions[g].rate[ki] = g == home ? r : NULL;
				}
				continue;
			}
			flat_region *fr = find_region(e, r->region, false);
			if (merging && e->node && (st = note_move(b, e, fr, ki, r, &v)) != GAC_OK)
				return st;
			fr->has[ki] = true;
			fr->val[ki] = v;
			fr->rate[ki] = r;
		}
	}
	return GAC_OK;
}

/* ---- YAML out ---- */

static bool plain_ok(const char *s)
{
	if (!*s || strchr("-?:,[]{}#&*!|>'\"%@` ", s[0]) || s[strlen(s) - 1] == ' ')
		return false;
	for (const char *p = s; *p; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return false;
		if ((p[0] == ':' && (p[1] == ' ' || !p[1])) || (p[0] == ' ' && p[1] == '#'))
			return false;
	}
	return true;
}

static void put_quoted(gac_buf *o, const char *s)
{
	gac_buf_puts(o, "\"");
	for (const char *p = s; *p; p++) {
		if (*p == '"' || *p == '\\')
			gac_buf_printf(o, "\\%c", *p);
		else if (*p == '\n')
			gac_buf_puts(o, "\\n");
		else if (*p == '\t')
			gac_buf_puts(o, "\\t");
		else if ((unsigned char)*p < 0x20 || *p == 0x7f)
			gac_buf_printf(o, "\\x%02x", (unsigned char)*p);
		else
			gac_buf_putn(o, p, 1);
	}
	gac_buf_puts(o, "\"");
}

static void put_scalar(gac_buf *o, const char *s, bool quoted)
{
	if (quoted || !plain_ok(s))
		put_quoted(o, s);
	else
		gac_buf_puts(o, s);
}

static void emit_node(gac_buf *o, const gac_node *n, int indent);

/* "key: value" or "key:\n" and the value's block at indent + 2 */
static void emit_pair(gac_buf *o, const gac_node *k, const gac_node *v, int indent)
{
	gac_buf_printf(o, "%*s", indent, "");
	put_scalar(o, k->text, false);
	gac_buf_puts(o, ":");
	if (v->type == GAC_NODE_SCALAR) {
		gac_buf_puts(o, " ");
		put_scalar(o, v->text, v->quoted);
		gac_buf_puts(o, "\n");
		return;
	}
	bool flat = v->type == GAC_NODE_SEQ;
	for (size_t i = 0; flat && i < v->count; i++)
		flat = v->items[i]->type == GAC_NODE_SCALAR;
	if (v->count == 0 || flat) {
		emit_node(o, v, -1);
		gac_buf_puts(o, "\n");
		return;
	}
	gac_buf_puts(o, "\n");
	emit_node(o, v, indent + 2);
}

/* A node in block style at `indent`; indent -1: in flow style after a key. */
static void emit_node(gac_buf *o, const gac_node *n, int indent)
{
	if (indent < 0) {
		gac_buf_puts(o, n->type == GAC_NODE_MAP ? " {" : " [");
		for (size_t i = 0; i < n->count; i++) {
			if (i)
				gac_buf_puts(o, ", ");
			if (n->type == GAC_NODE_SEQ)
				put_scalar(o, n->items[i]->text, n->items[i]->quoted);
		}
		gac_buf_puts(o, n->type == GAC_NODE_MAP ? "}" : "]");
		return;
	}
	if (n->type == GAC_NODE_MAP) {
		for (size_t i = 0; i < n->count; i++)
			emit_pair(o, n->items[2 * i], n->items[2 * i + 1], indent);
		return;
	}
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *it = n->items[i];
		gac_buf_printf(o, "%*s- ", indent, "");
		if (it->type == GAC_NODE_SCALAR) {
			put_scalar(o, it->text, it->quoted);
			gac_buf_puts(o, "\n");
		} else if (it->type == GAC_NODE_MAP && it->count) {
			/* the first pair on the dash's line, the rest below it */
			gac_buf b1 = {0};
			emit_pair(&b1, it->items[0], it->items[1], indent + 2);
			const char *first = gac_buf_text(o, &b1);
			gac_buf_puts(o, strlen(first) >= (size_t)indent + 2 ? first + indent + 2 : first);
			gac_buf_free(&b1);
			for (size_t j = 1; j < it->count; j++)
				emit_pair(o, it->items[2 * j], it->items[2 * j + 1], indent + 2);
		} else {
			emit_node(o, it, -1);
			gac_buf_puts(o, "\n");
		}
	}
}

/* The prices of region r as YAML: the keys under `prefix`
 * ("long_context.") with it taken off, or with prefix "" every other key
 * (only the regional ones when regional_only); KEY or BLOCK: {KEY}. */
static void emit_prices_under(gac_buf *o, const flat_region *r, int per_exp, int indent, bool regional_only,
                              const char *prefix)
{
	const char *open = NULL;   /* the block (priority, global...) being written */
	size_t open_len = 0, plen = strlen(prefix);
	for (int k = 0; k < gac_offer_key_count(); k++) {
		const char *key = gac_offer_key_name(k);
		if (!r->has[k] || (regional_only && !gac_offer_key_regional(key)))
			continue;
		if (plen ? strncmp(key, prefix, plen) : !strncmp(key, "long_context.", 13))
			continue;
		const char *rest = key + plen;
		char text[160];
		price_text(text, &r->val[k], key, per_exp);
		const char *dot = strchr(rest, '.');
		if (!dot) {
			open = NULL;
			gac_buf_printf(o, "%*s%s: %s\n", indent, "", rest, text);
			continue;
		}
		size_t blen = (size_t)(dot - rest);
		if (!open || open_len != blen || strncmp(open, rest, blen)) {
			gac_buf_printf(o, "%*s%.*s:\n", indent, "", (int)blen, rest);
			open = rest;
			open_len = blen;
		}
		gac_buf_printf(o, "%*s%s: %s\n", indent + 2, "", dot + 1, text);
	}
}

static void emit_prices(gac_buf *o, const flat_region *r, int per_exp, int indent, bool regional_only)
{
	emit_prices_under(o, r, per_exp, indent, regional_only, "");
}

static bool same_dec(const gac_dec *a, const gac_dec *b)
{
	return !strcmp(a->digits, b->digits) && (!a->digits[0] || a->exp == b->exp);
}

static bool same_prices(const flat_region *a, const flat_region *b)
{
	if (a->images != b->images)
		return false;
	for (int k = 0; k < gac_offer_key_count(); k++) {
		if (!gac_offer_key_regional(gac_offer_key_name(k)))
			continue;
		if (a->has[k] != b->has[k])
			return false;
		if (a->has[k] && (strcmp(a->val[k].digits, b->val[k].digits) ||
		                  (a->val[k].digits[0] && a->val[k].exp != b->val[k].exp)))
			return false;
	}
	return true;
}

static void emit_rate(gac_buf *o, const char *path, const gac_offer_rate *r)
{
	gac_buf_printf(o, "        %s: {sku: ", path);
	put_quoted(o, r->sku);
	gac_buf_puts(o, ", rate_code: ");
	put_quoted(o, r->rate_code);
	gac_buf_puts(o, ", effective: ");
	/* the date of the effectiveDate timestamp */
	gac_buf_printf(o, "%.10s", r->effective);
	gac_buf_puts(o, ", unit: ");
	put_quoted(o, r->unit);
	if (r->description) {
		gac_buf_puts(o, ", description: ");
		put_quoted(o, r->description);
	}
	gac_buf_puts(o, "}\n");
}

static const char *const rebuilt_keys[] = {
	"id", "regions", "per", "input", "output", "batch_input", "batch_output", "cache_write", "cache_write_1h",
	"cache_read", "priority", "flex", "latency_optimized", "global", "long_context", "model_unit_hour",
	"reserved", "images", "region_prices", "source", "as_of", "offer", NULL,
};

static bool rebuilt(const char *key)
{
	for (size_t i = 0; rebuilt_keys[i]; i++)
		if (!strcmp(rebuilt_keys[i], key))
			return true;
	return false;
}

/* The source text of an entry: the hand entry's (without what an earlier
 * import appended) and the offer. */
#define OFFER_SOURCE_MARK "; prices imported from the AWS Price List"

static void emit_entry(gac_buf *o, flat_entry *e, const char *sheet_published)
{
	qsort(e->regions, e->nregions, sizeof *e->regions, region_cmp);
	size_t home = home_of(e);
	const flat_region *h = &e->regions[home];
	const gac_node *n = e->node, *v;
	gac_buf_puts(o, "\n  - id: ");
	put_quoted(o, e->id);
	gac_buf_puts(o, "\n");
	if (n) {
		for (size_t i = 0; i < n->count; i++)
			if (!rebuilt(n->items[2 * i]->text) && strcmp(n->items[2 * i]->text, "note"))
				emit_pair(o, n->items[2 * i], n->items[2 * i + 1], 4);
	} else {
		const gac_offer_map_row *row = e->row;
		gac_buf_puts(o, "    name: ");
		put_scalar(o, row->name ? row->name : row->model, false);
		gac_buf_puts(o, "\n");
		if (row->vendor)
			gac_buf_printf(o, "    vendor: %s\n", row->vendor);
		if (row->kind && strcmp(row->kind, "text"))
			gac_buf_printf(o, "    kind: %s\n", row->kind);
	}
	gac_buf_puts(o, "    regions: [");
	for (size_t i = 0; i < e->nregions; i++)
		gac_buf_printf(o, "%s%s", i ? ", " : "", e->regions[i].region);
	gac_buf_puts(o, "]\n");
	bool tokens = false;
	for (size_t i = 0; i < e->nregions; i++)
		for (int k = 0; k < gac_offer_key_count(); k++)
			tokens = tokens || (e->regions[i].has[k] && token_key(gac_offer_key_name(k)));
	if (tokens)
		gac_buf_printf(o, "    per: %s\n", e->per_exp == 6 ? "1M" : "1K");
	emit_prices(o, h, e->per_exp, 4, false);
	if (h->images) {
		gac_node key = {.type = GAC_NODE_SCALAR, .text = "images"};
		emit_pair(o, &key, h->images, 4);
	}
	/* long_context: the hand entry's threshold and billing, or the map's */
	const gac_node *lc = n ? gac_map_get(n, "long_context") : NULL;
	bool lc_prices = false;
	for (int k = 0; k < gac_offer_key_count(); k++)
		lc_prices = lc_prices || (h->has[k] && !strncmp(gac_offer_key_name(k), "long_context.", 13));
	if (lc_prices) {
		gac_buf_puts(o, "    long_context:\n");
		if (lc && (v = gac_map_get(lc, "threshold")))
			gac_buf_printf(o, "      threshold: %s\n", v->text);
		else if (e->row && e->row->lc_threshold)
			gac_buf_printf(o, "      threshold: %s\n", e->row->lc_threshold);
		emit_prices_under(o, h, e->per_exp, 6, false, "long_context.");
		if (lc && (v = gac_map_get(lc, "billing")))
			gac_buf_printf(o, "      billing: %s\n", v->text);
	}
	bool any_override = false;
	for (size_t i = 0; i < e->nregions; i++) {
		if (i == home || same_prices(&e->regions[i], h))
			continue;
		if (!any_override)
			gac_buf_puts(o, "    region_prices:\n");
		any_override = true;
		/* a region with every price of the home region lists only what
		 * differs (and inherits the rest, batch_discount included);
		 * one that lacks some lists all it has, inheriting nothing */
		const flat_region *r = &e->regions[i];
		bool lacks = h->images && !r->images;
		for (int k = 0; k < gac_offer_key_count(); k++)
			lacks = lacks || (h->has[k] && !r->has[k] && gac_offer_key_regional(gac_offer_key_name(k)));
		gac_buf_printf(o, "      %s:\n", r->region);
		if (lacks) {
			gac_buf_puts(o, "        inherit: false\n");
			emit_prices(o, r, e->per_exp, 8, true);
		} else {
			flat_region diff = *r;
			for (int k = 0; k < gac_offer_key_count(); k++)
				diff.has[k] = r->has[k] && (!h->has[k] || !same_dec(&r->val[k], &h->val[k]));
			emit_prices(o, &diff, e->per_exp, 8, true);
		}
		if (e->regions[i].images && (lacks || e->regions[i].images != h->images)) {
			gac_node key = {.type = GAC_NODE_SCALAR, .text = "images"};
			emit_pair(o, &key, e->regions[i].images, 8);
		}
	}
	/* source and as_of */
	const char *published = e->published ? e->published : sheet_published;
	gac_buf src = {0};
	if (n && (v = gac_map_get(n, "source"))) {
		const char *cut = strstr(v->text, OFFER_SOURCE_MARK);
		gac_buf_putn(&src, v->text, cut ? (size_t)(cut - v->text) : strlen(v->text));
	} else if (e->row) {
		gac_buf_printf(&src, "map: %s", e->row->source);
	}
	if (e->imported)
		gac_buf_printf(&src, OFFER_SOURCE_MARK " bulk offer %s, publicationDate %s (offer: block)", e->code,
		               e->published);
	gac_buf_puts(o, "    source: ");
	put_quoted(o, gac_buf_text(o, &src));
	gac_buf_puts(o, "\n");
	gac_buf_free(&src);
	const gac_node *asof = n ? gac_map_get(n, "as_of") : NULL;
	if (e->imported && (!asof || strncmp(asof->text, published, 10) < 0))
		gac_buf_printf(o, "    as_of: %.10s\n", published);
	else if (asof)
		gac_buf_printf(o, "    as_of: %s\n", asof->text);
	if (n && (v = gac_map_get(n, "note"))) {
		gac_node key = {.type = GAC_NODE_SCALAR, .text = "note"};
		emit_pair(o, &key, v, 4);
	}
	if (!e->imported)
		return;
	gac_buf_printf(o, "    offer:\n      code: %s\n      published: %s\n      rates:\n", e->code, e->published);
	for (int k = 0; k < gac_offer_key_count(); k++)
		if (h->has[k] && h->rate[k])
			emit_rate(o, gac_offer_key_name(k), h->rate[k]);
	for (size_t i = 0; i < e->nregions; i++) {
		if (i == home)
			continue;
		for (int k = 0; k < gac_offer_key_count(); k++) {
			const char *key = gac_offer_key_name(k);
			if (e->regions[i].has[k] && e->regions[i].rate[k] && gac_offer_key_regional(key)) {
				char path[160];
				gac_c_snprintf(path, sizeof path, "region_prices.%s.%s", e->regions[i].region, key);
				emit_rate(o, path, e->regions[i].rate[k]);
			}
		}
	}
}

static int entry_cmp(const void *pa, const void *pb)
{
	return strcmp(((const flat_entry *)pa)->id, ((const flat_entry *)pb)->id);
}

/* ---- the whole build ---- */

#define MERGED_MARK "# Merged by genaicost import-prices"

static gac_status read_merge(builder *b)
{
	char *data;
	size_t len;
	gac_status st = gac_read_file(&data, &len, b->merge_file, GAC_MAX_FILE_BYTES, b->err);
	if (st != GAC_OK)
		return st;
	/* the sheet must load as it is: its errors are the loader's */
	gac_sheet *s = NULL;
	st = gac_sheet_load_buffer(&s, data, len, b->merge_file, b->err);
	gac_sheet_free(s);
	if (st == GAC_OK)
		st = gac_yaml_parse(&b->doc, data, len, b->merge_file, b->err);
	/* the file's opening comment block is kept (comments further in are
	 * not: the YAML layer does not keep them) */
	size_t n = 0;
	while (st == GAC_OK && n < len && (data[n] == '#' || data[n] == '\n')) {
		const char *nl = memchr(data + n, '\n', len - n);
		n = nl ? (size_t)(nl - data) + 1 : len;
	}
	if (st == GAC_OK && !(b->head = gac_malloc(n + 1)))
		st = b_oom(b);
	if (st == GAC_OK) {
		memcpy(b->head, data, n);
		b->head[n] = '\0';
	}
	free(data);
	return st;
}

gac_status gac_offer_build(gac_price_import *imp, gac_error *err)
{
	builder b = {.imp = imp, .err = err, .merge_file = imp->merge_file};
	if (gac_offer_key_count() > KMAX)   /* a key added to offer.c without room here */
		return gac_fail(err, GAC_ERANGE, NULL, 0, 0, "internal: %d price keys, room for %d", gac_offer_key_count(),
		                KMAX);
	gac_status st = choose(imp);
	if (st != GAC_OK)
		return gac_fail(err, st, NULL, 0, 0, "out of memory");
	const gac_node *models = NULL;
	if (imp->merge_file) {
		if ((st = read_merge(&b)) != GAC_OK)
			goto done;
		models = gac_map_get(b.doc.root, "models");
		for (size_t i = 0; i < models->count; i++) {
			const gac_node *n = models->items[i];
			flat_entry *e = add_entry(&b, gac_map_get(n, "id")->text);
			if (!e) {
				st = b_oom(&b);
				goto done;
			}
			e->node = n;
			if ((st = flatten_existing(&b, n, e)) != GAC_OK)
				goto done;
		}
	}
	if ((st = put_imported(&b, imp->merge_file != NULL)) != GAC_OK)
		goto done;
	/* entries an earlier import priced that these offers do not */
	for (size_t i = 0; i < b.n; i++) {
		flat_entry *e = &b.e[i];
		const gac_node *off = e->node ? gac_map_get(e->node, "offer") : NULL;
		const gac_node *rates = off ? gac_map_get(off, "rates") : NULL;
		if (!off)
			continue;
		if (!e->imported) {
			if ((st = add_move(&b, GAC_MV_GONE, e->id, NULL, NULL, NULL)) != GAC_OK)
				goto done;
			continue;
		}
		for (size_t j = 0; rates && rates->type == GAC_NODE_MAP && j < rates->count; j++) {
			const char *path = rates->items[2 * j]->text, *key = path, *region = e->regions[home_of(e)].region;
			char reg[64];
			if (!strncmp(path, "region_prices.", 14)) {
				const char *dot = strchr(path + 14, '.');
				if (!dot || (size_t)(dot - path - 14) >= sizeof reg)
					continue;
				memcpy(reg, path + 14, (size_t)(dot - path - 14));
				reg[dot - path - 14] = '\0';
				region = reg;
				key = dot + 1;
			}
			int ki = gac_offer_key_index(key);
			const flat_region *fr = ki >= 0 ? find_region(e, region, false) : NULL;
			if (fr && fr->has[ki] && !fr->rate[ki]) {
				char where[160], old_v[160];
				gac_c_snprintf(where, sizeof where, "%s %s", region, key);
				price_text(old_v, &fr->val[ki], key, e->per_exp);
				if ((st = add_move(&b, GAC_MV_PRICE_GONE, e->id, where, old_v, NULL)) != GAC_OK)
					goto done;
			}
		}
	}
	/* the sheet */
	const char *newest = NULL;
	for (size_t i = 0; i < imp->rate_count; i++)
		if (!newest || strcmp(imp->rates[i].published, newest) > 0)
			newest = imp->rates[i].published;
	for (size_t i = 0; i < imp->offer_count; i++) {
		const char *pub = strchr(imp->offers[i], ' ') + 1;
		if (!newest || strncmp(pub, newest, 20) > 0)
			newest = pub;
	}
	gac_buf o = {0};
	const gac_node *root = b.doc.root;
	if (root) {
		gac_buf_puts(&o, b.head);
		if (!strstr(b.head, MERGED_MARK))
			gac_buf_puts(&o, MERGED_MARK " from AWS Price List offers and the hand-sourced\n"
			                 "# entries of the sheet; see pricing/README.md, \"Refreshing prices\".\n\n");
		for (size_t i = 0; i < root->count; i++) {
			const gac_node *k = root->items[2 * i], *v = root->items[2 * i + 1];
			if (!strcmp(k->text, "models"))
				break;
			if (!strcmp(k->text, "as_of") && newest && strncmp(v->text, newest, 10) < 0) {
				gac_buf_printf(&o, "as_of: %.10s\n", newest);
			} else if (!strcmp(k->text, "sources")) {
				gac_buf_puts(&o, "sources:\n");
				for (size_t j = 0; j < v->count; j++)
					if (strncmp(v->items[j]->text, "O: AWS Price List", 17)) {
						gac_buf_puts(&o, "  - ");
						put_scalar(&o, v->items[j]->text, true);
						gac_buf_puts(&o, "\n");
					}
				for (size_t j = 0; j < imp->offer_count; j++) {
					gac_buf_puts(&o, "  - ");
					char line[1200];
					const char *sp1 = strchr(imp->offers[j], ' '), *sp2 = strchr(sp1 + 1, ' ');
					gac_c_snprintf(line, sizeof line,
					               "O: AWS Price List bulk offer %.*s, publicationDate %.*s, read from %s",
					               (int)(sp1 - imp->offers[j]), imp->offers[j], (int)(sp2 - sp1 - 1), sp1 + 1,
					               sp2 + 1);
					put_quoted(&o, line);
					gac_buf_puts(&o, "\n");
				}
			} else {
				emit_pair(&o, k, v, 0);
			}
		}
	} else {
		gac_buf_puts(&o, "# Written by genaicost import-prices from AWS Price List bulk offer files.\n"
		                 "genaicost: pricesheet/1\nname: aws-bedrock-offers\ncurrency: USD\n");
		gac_buf_printf(&o, "as_of: %.10s\nsources:\n", newest ? newest : "1970-01-01");
		for (size_t j = 0; j < imp->offer_count; j++) {
			char line[1200];
			const char *sp1 = strchr(imp->offers[j], ' '), *sp2 = strchr(sp1 + 1, ' ');
			gac_c_snprintf(line, sizeof line, "O: AWS Price List bulk offer %.*s, publicationDate %.*s, read from %s",
			               (int)(sp1 - imp->offers[j]), imp->offers[j], (int)(sp2 - sp1 - 1), sp1 + 1, sp2 + 1);
			gac_buf_puts(&o, "  - ");
			put_quoted(&o, line);
			gac_buf_puts(&o, "\n");
		}
	}
	gac_buf_puts(&o, "\nmodels:\n");
	if (!root && b.n)  /* qsort must not see a NULL array, even empty */
		qsort(b.e, b.n, sizeof *b.e, entry_cmp);
	imp->entries = 0;
	for (size_t i = 0; i < b.n; i++) {
		flat_entry *e = &b.e[i];
		if (e->node && !e->imported) {
			gac_buf_puts(&o, "\n");
			gac_node seq = {.type = GAC_NODE_SEQ, .count = 1, .items = (gac_node **)&e->node};
			emit_node(&o, &seq, 2);
		} else if (e->nregions) {
			emit_entry(&o, e, newest);
		} else {
			continue;
		}
		imp->entries++;
	}
	if (root) {
		bool after = false;
		for (size_t i = 0; i < root->count; i++) {
			const gac_node *k = root->items[2 * i], *v = root->items[2 * i + 1];
			if (after) {
				gac_buf_puts(&o, "\n");
				emit_pair(&o, k, v, 0);
			}
			after = after || !strcmp(k->text, "models");
		}
	}
	if (!(imp->sheet = gac_buf_take(&o)))
		st = b_oom(&b);
done:
	entries_free(&b);
	gac_yaml_free(&b.doc);
	free(b.head);
	return st;
}

gac_status gac_price_import_set_merge(gac_price_import *imp, const char *sheet_path)
{
	if (!imp || !sheet_path || imp->finished)
		return GAC_EARG;
	free(imp->merge_file);
	imp->merge_file = gac_strdup(sheet_path);
	return imp->merge_file ? GAC_OK : GAC_ENOMEM;
}

gac_status gac_price_import_finish(gac_price_import *imp, gac_error *err)
{
	if (!imp)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no import");
	gac_error_clear(err);
	if (imp->finished)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "the import is finished already");
	if (!imp->offer_count)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no offer read");
	gac_status st = gac_offer_build(imp, err);
	if (st == GAC_OK)
		imp->finished = true;
	/* a sheet without models would not load: none is written, but the
	 * report (which names the products) can still be read */
	if (st == GAC_OK && imp->entries == 0) {
		size_t nokey = 0, dated = 0;
		for (size_t i = 0; i < imp->rate_count; i++) {
			nokey += imp->rates[i].cls != GAC_OC_PRICE;
			dated += imp->rates[i].cls == GAC_OC_PRICE;
		}
		return gac_fail(err, GAC_ENOPRICE, NULL, 0, 0,
		                "no price of the offers could be written (%zu product%s the map does not name, %zu price%s "
		                "without a sheet key, %zu passed over for its date): no sheet", imp->unmapped_count,
		                imp->unmapped_count == 1 ? "" : "s", nokey, nokey == 1 ? "" : "s", dated);
	}
	return st;
}

gac_status gac_price_import_sheet(char **out, const gac_price_import *imp)
{
	if (!out || !imp || !imp->finished || !imp->entries)
		return GAC_EARG;
	*out = gac_strdup(imp->sheet);
	return *out ? GAC_OK : GAC_ENOMEM;
}

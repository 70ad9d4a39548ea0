/* Price sheets (`genaicost: pricesheet/1`): loading, lookup, and the
 * prices of a model in a region. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void prices_free(gac_prices *p)
{
	free(p->images);
	p->images = NULL;
	p->image_count = 0;
}

static void model_free(gac_model *m)
{
	free(m->id);
	free(m->name);
	free(m->vendor);
	free(m->source);
	free(m->as_of);
	free(m->note);
	free(m->retired);
	free(m->capacity_source);
	for (size_t i = 0; i < m->region_count; i++)
		free(m->regions[i]);
	free(m->regions);
	prices_free(&m->base);
	for (size_t i = 0; i < m->override_count; i++) {
		free(m->overrides[i].region);
		prices_free(&m->overrides[i].p);
	}
	free(m->overrides);
}

void gac_sheet_free(gac_sheet *s)
{
	if (!s)
		return;
	free(s->name);
	free(s->currency);
	free(s->as_of);
	free(s->path);
	free(s->notes);
	for (size_t i = 0; i < s->source_count; i++)
		free(s->sources[i]);
	free(s->sources);
	for (size_t i = 0; i < s->model_count; i++)
		model_free(&s->models[i]);
	free(s->models);
	free((void *)s->by_id);
	gac_services_free(s);
	free(s);
}

static gac_status oom(gac_ctx *c, const gac_node *n)
{
	return gac_fail(c->err, GAC_ENOMEM, c->file, n ? n->line : 0, n ? n->col : 0, "out of memory");
}

static gac_status load_string_list(gac_ctx *c, const gac_node *n, const char *what, char ***out,
                                   size_t *count)
{
	gac_status st = gac_expect(c, n, GAC_NODE_SEQ, what);
	if (st != GAC_OK)
		return st;
	if (n->count == 0)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "%s must not be empty", what);
	char **list = gac_calloc(n->count, sizeof *list);
	if (!list)
		return oom(c, n);
	*out = list;
	for (size_t i = 0; i < n->count; i++) {
		st = gac_get_string(c, n->items[i], what, &list[i]);
		if (st != GAC_OK)
			return st;
		*count = i + 1;
	}
	return GAC_OK;
}

static gac_status load_images(gac_ctx *c, const gac_node *n, gac_prices *p)
{
	static const char *const keys[] = {"max_size", "quality", "max_steps", "price", NULL};
	gac_status st = gac_expect(c, n, GAC_NODE_SEQ, "images");
	if (st != GAC_OK)
		return st;
	if (n->count == 0)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "images must not be empty");
	p->images = gac_calloc(n->count, sizeof *p->images);
	if (!p->images)
		return oom(c, n);
	p->images_set = true;
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *e = n->items[i];
		gac_image_price *ip = &p->images[i];
		if ((st = gac_expect(c, e, GAC_NODE_MAP, "an images entry")) != GAC_OK ||
		    (st = gac_check_keys(c, e, keys, "an images entry")) != GAC_OK)
			return st;
		const gac_node *v;
		if (!(v = gac_map_get(e, "price")))
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
			                "an images entry needs 'price'");
		if ((st = gac_get_number(c, v, GAC_NUM_NONNEG, "price", &ip->price)) != GAC_OK)
			return st;
		if (!(v = gac_map_get(e, "max_size")))
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
			                "an images entry needs 'max_size' (longest side in pixels)");
		if ((st = gac_get_number(c, v, GAC_NUM_NONNEG | GAC_NUM_SUFFIX, "max_size", &ip->max_size)) != GAC_OK)
			return st;
		if ((v = gac_map_get(e, "max_steps")) &&
		    (st = gac_get_number(c, v, GAC_NUM_NONNEG, "max_steps", &ip->max_steps)) != GAC_OK)
			return st;
		if ((v = gac_map_get(e, "quality"))) {
			if ((st = gac_expect(c, v, GAC_NODE_SCALAR, "quality")) != GAC_OK)
				return st;
			if (!strcmp(v->text, "premium"))
				ip->premium = 1;
			else if (strcmp(v->text, "standard"))
				return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
				                "quality must be 'standard' or 'premium' (got '%.*s%s')", GAC_SHOW(v->text));
		}
		p->image_count = i + 1;
	}
	return GAC_OK;
}

/* Append to keys[] (room for 64) the names a price map may hold: the
 * entry's own dimensions, the blocks holding the others and the variant
 * blocks; variant_only keeps to what a variant block may price. */
static size_t price_keys(const char **keys, size_t n, bool variant_only)
{
	for (int k = 0; k < GAC_DIM_COUNT; k++) {
		const gac_dimension *d = &gac_dimensions[k];
		if (variant_only && !d->variant)
			continue;
		const char *name = d->block ? d->block : d->key;
		bool seen = false;
		for (size_t i = 0; i < n; i++)
			seen = seen || !strcmp(keys[i], name);
		if (!seen)
			keys[n++] = name;
	}
	if (!variant_only)
		for (int v = 0; v < GAC_VAR_COUNT; v++)
			keys[n++] = gac_variants[v].key;
	keys[n] = NULL;
	return n;
}

static gac_status check_price_keys(gac_ctx *c, const gac_node *n, const char *const *extra, bool variant_only,
                                   const char *what)
{
	const char *keys[64];
	size_t k = 0;
	for (; extra && extra[k]; k++)
		keys[k] = extra[k];
	price_keys(keys, k, variant_only);
	return gac_check_keys(c, n, keys, what);
}

/* The dimensions of one map: the entry's own keys (block NULL) or those
 * inside a block such as model_unit_hour; variant_only keeps to the
 * dimensions a variant block may price. */
static gac_status load_rates(gac_ctx *c, const gac_node *map, const char *block, bool variant_only,
                             double *v, unsigned *has)
{
	gac_status st;
	for (int k = 0; k < GAC_DIM_COUNT; k++) {
		const gac_dimension *d = &gac_dimensions[k];
		if ((variant_only && !d->variant) || (block ? !d->block || strcmp(d->block, block) : d->block != NULL))
			continue;
		const gac_node *e = gac_map_get(map, d->key);
		if (!e)
			continue;
		if ((st = gac_get_number(c, e, GAC_NUM_NONNEG, d->key, &v[k])) != GAC_OK)
			return st;
		*has |= 1u << k;
	}
	return GAC_OK;
}

/* A block of dimensions: model_unit_hour, reserved. */
static gac_status load_dim_block(gac_ctx *c, const gac_node *map, const char *block, gac_prices *p)
{
	const gac_node *n = gac_map_get(map, block);
	if (!n)
		return GAC_OK;
	const char *keys[GAC_DIM_COUNT + 1];
	size_t nk = 0;
	for (int k = 0; k < GAC_DIM_COUNT; k++)
		if (gac_dimensions[k].block && !strcmp(gac_dimensions[k].block, block))
			keys[nk++] = gac_dimensions[k].key;
	keys[nk] = NULL;
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, block)) != GAC_OK || (st = gac_check_keys(c, n, keys, block)) != GAC_OK)
		return st;
	return load_rates(c, n, block, false, p->v, &p->has);
}

/* A variant or long-context block: token dimensions only. */
static gac_status load_token_block(gac_ctx *c, const gac_node *n, const char *what, double *v,
                                   unsigned *has)
{
	gac_status st = load_rates(c, n, NULL, true, v, has);
	if (st != GAC_OK)
		return st;
	if (!*has)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "%s lists no price", what);
	return GAC_OK;
}

/* Token prices, provisioned and reserved prices, variant blocks and images
 * of an entry or of a region's prices. */
static gac_status load_prices(gac_ctx *c, const gac_node *map, gac_prices *p)
{
	gac_status st;
	if ((st = load_rates(c, map, NULL, false, p->v, &p->has)) != GAC_OK)
		return st;
	for (int k = 0; k < GAC_DIM_COUNT; k++) {
		const char *block = gac_dimensions[k].block;
		/* each block once, at its first dimension */
		if (block && (k == 0 || !gac_dimensions[k - 1].block || strcmp(gac_dimensions[k - 1].block, block)) &&
		    (st = load_dim_block(c, map, block, p)) != GAC_OK)
			return st;
	}
	for (int vi = 0; vi < GAC_VAR_COUNT; vi++) {
		const char *key = gac_variants[vi].key;
		const gac_node *v = gac_map_get(map, key);
		if (!v)
			continue;
		if ((st = gac_expect(c, v, GAC_NODE_MAP, key)) != GAC_OK ||
		    (st = check_price_keys(c, v, NULL, true, key)) != GAC_OK ||
		    (st = load_token_block(c, v, key, p->var[vi].v, &p->var[vi].has)) != GAC_OK)
			return st;
	}
	const gac_node *im = gac_map_get(map, "images");
	if (im && (st = load_images(c, im, p)) != GAC_OK)
		return st;
	return GAC_OK;
}

static bool has_token_prices(const gac_prices *p)
{
	bool any = false;
	for (int k = 0; k < GAC_DIM_COUNT; k++)
		any = any || (gac_dimensions[k].unit == GAC_UNIT_TOKENS && (p->has & (1u << k)));
	for (int v = 0; v < GAC_VAR_COUNT; v++)
		any = any || p->var[v].has;
	return any;
}

/* Where import-prices found each price: checked for shape, kept in the
 * file for a reader (the engine prices from the numbers alone). */
static gac_status load_offer(gac_ctx *c, const gac_node *n)
{
	static const char *const keys[] = {"code", "published", "rates", NULL};
	static const char *const rkeys[] = {"sku", "rate_code", "effective", "unit", "description", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "offer")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "offer")) != GAC_OK)
		return st;
	const gac_node *code = gac_map_get(n, "code");
	if (!code)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "offer needs 'code' (the offer code)");
	if ((st = gac_expect(c, code, GAC_NODE_SCALAR, "code")) != GAC_OK)
		return st;
	const gac_node *r = gac_map_get(n, "rates");
	if (!r)
		return GAC_OK;
	if ((st = gac_expect(c, r, GAC_NODE_MAP, "offer rates")) != GAC_OK)
		return st;
	for (size_t i = 0; i < r->count; i++) {
		const gac_node *k = r->items[2 * i], *e = r->items[2 * i + 1];
		/* a regional price's provenance: region_prices.REGION.KEY */
		const char *key = k->text;
		if (!strncmp(key, "region_prices.", 14) && strchr(key + 14, '.'))
			key = strchr(key + 14, '.') + 1;
		gac_price_key pk;
		bool known = gac_price_key_parse(&pk, key);
		if (!known)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "offer rates name '%.*s%s', which is not a price of this sheet's format",
			                GAC_SHOW(k->text));
		if ((st = gac_expect(c, e, GAC_NODE_MAP, "an offer rate")) != GAC_OK ||
		    (st = gac_check_keys(c, e, rkeys, "an offer rate")) != GAC_OK)
			return st;
		for (size_t j = 0; j < e->count; j++)
			if ((st = gac_expect(c, e->items[2 * j + 1], GAC_NODE_SCALAR, e->items[2 * j]->text)) != GAC_OK)
				return st;
	}
	return GAC_OK;
}

static gac_status load_model(gac_ctx *c, const gac_node *n, gac_model *m)
{
	/* and the price keys of the dimension table */
	static const char *const keys[] = {
		"id", "name", "vendor", "kind", "regions", "per", "batch_discount", "long_context",
		"images", "region_prices", "source", "as_of", "note", "model_unit_capacity",
		"capacity_source", "output_burndown", "provisioned_no_commit", "customization",
		"context_window", "offer", "retired", NULL,
	};
	static const char *const override_keys[] = {"images", "inherit", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "a model entry")) != GAC_OK ||
	    (st = check_price_keys(c, n, keys, false, "a model entry")) != GAC_OK)
		return st;
	const gac_node *v = gac_map_get(n, "id");
	if (!v)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "a model entry needs 'id'");
	if ((st = gac_get_string(c, v, "id", &m->id)) != GAC_OK)
		return st;
	if ((v = gac_map_get(n, "name")) && (st = gac_get_string(c, v, "name", &m->name)) != GAC_OK)
		return st;
	if ((v = gac_map_get(n, "source")) && (st = gac_get_string(c, v, "source", &m->source)) != GAC_OK)
		return st;
	if ((v = gac_map_get(n, "note")) && (st = gac_get_text(c, v, "note", &m->note)) != GAC_OK)
		return st;
	if ((v = gac_map_get(n, "as_of"))) {
		if ((st = gac_check_date(c, v)) != GAC_OK || (st = gac_get_string(c, v, "as_of", &m->as_of)) != GAC_OK)
			return st;
	}
	/* AWS's end-of-life date: still priced, hidden from `models`, warned of */
	if ((v = gac_map_get(n, "retired"))) {
		if ((st = gac_check_date(c, v)) != GAC_OK || (st = gac_get_string(c, v, "retired", &m->retired)) != GAC_OK)
			return st;
	}
	if ((v = gac_map_get(n, "vendor"))) {
		if ((st = gac_get_string(c, v, "vendor", &m->vendor)) != GAC_OK)
			return st;
	} else {
		/* Bedrock ids read vendor.model */
		const char *dot = strchr(m->id, '.');
		size_t len = dot ? (size_t)(dot - m->id) : strlen(m->id);
		m->vendor = gac_malloc(len + 1);
		if (!m->vendor)
			return oom(c, n);
		memcpy(m->vendor, m->id, len);
		m->vendor[len] = '\0';
	}
	if ((v = gac_map_get(n, "kind"))) {
		if ((st = gac_expect(c, v, GAC_NODE_SCALAR, "kind")) != GAC_OK)
			return st;
		if (!strcmp(v->text, "text"))
			m->kind = GAC_KIND_TEXT;
		else if (!strcmp(v->text, "embedding"))
			m->kind = GAC_KIND_EMBEDDING;
		else if (!strcmp(v->text, "image"))
			m->kind = GAC_KIND_IMAGE;
		else
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "kind must be text, embedding or image (got '%.*s%s')", GAC_SHOW(v->text));
	}
	if (!(v = gac_map_get(n, "regions")))
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
		                "model '%.*s%s' needs 'regions'", GAC_SHOW(m->id));
	if ((st = load_string_list(c, v, "regions", &m->regions, &m->region_count)) != GAC_OK)
		return st;
	if ((st = load_prices(c, n, &m->base)) != GAC_OK)
		return st;
	if ((v = gac_map_get(n, "batch_discount"))) {
		if ((st = gac_get_number(c, v, GAC_NUM_NONNEG | GAC_NUM_PERCENT, "batch_discount",
		                         &m->batch_discount)) != GAC_OK)
			return st;
		if (m->batch_discount > 1)
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "batch_discount is a fraction between 0 and 1 (got %s)", v->text);
		m->has_batch_discount = true;
	}
	if ((v = gac_map_get(n, "offer")) && (st = load_offer(c, v)) != GAC_OK)
		return st;
	if ((v = gac_map_get(n, "long_context"))) {
		static const char *const lkeys[] = {"threshold", "billing", "global", "priority", "flex",
		                                    "latency_optimized", NULL};
		if ((st = gac_expect(c, v, GAC_NODE_MAP, "long_context")) != GAC_OK ||
		    (st = check_price_keys(c, v, lkeys, true, "long_context")) != GAC_OK)
			return st;
		/* the tier's rate on a rate card: long_context.global.input */
		for (int vi = 0; vi < GAC_VAR_COUNT; vi++) {
			const gac_node *card = gac_map_get(v, gac_variants[vi].key);
			if (!card)
				continue;
			char what[48];
			gac_c_snprintf(what, sizeof what, "long_context.%s", gac_variants[vi].key);
			if ((st = gac_expect(c, card, GAC_NODE_MAP, what)) != GAC_OK ||
			    (st = check_price_keys(c, card, NULL, true, what)) != GAC_OK ||
			    (st = load_token_block(c, card, what, m->lc.var[vi].v, &m->lc.var[vi].has)) != GAC_OK)
				return st;
		}
		const gac_node *t = gac_map_get(v, "threshold");
		if (!t)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
			                "long_context needs 'threshold' (input tokens)");
		if ((st = gac_get_number(c, t, GAC_NUM_NONNEG | GAC_NUM_SUFFIX, "threshold",
		                         &m->lc.threshold)) != GAC_OK ||
		    (st = load_token_block(c, v, "long_context", m->lc.v, &m->lc.has)) != GAC_OK)
			return st;
		const gac_node *b = gac_map_get(v, "billing");
		if (b) {
			if ((st = gac_expect(c, b, GAC_NODE_SCALAR, "billing")) != GAC_OK)
				return st;
			if (!strcmp(b->text, "marginal"))
				m->lc.marginal = true;
			else if (strcmp(b->text, "whole-request"))
				return gac_fail(c->err, GAC_EVALUE, c->file, b->line, b->col,
				                "billing must be whole-request or marginal (got '%.*s%s')", GAC_SHOW(b->text));
		}
		m->has_lc = true;
	}
	if ((v = gac_map_get(n, "region_prices"))) {
		if ((st = gac_expect(c, v, GAC_NODE_MAP, "region_prices")) != GAC_OK)
			return st;
		m->overrides = gac_calloc(v->count, sizeof *m->overrides);
		if (!m->overrides)
			return oom(c, v);
		for (size_t i = 0; i < v->count; i++) {
			const gac_node *k = v->items[2 * i], *o = v->items[2 * i + 1];
			gac_region_prices *rp = &m->overrides[i];
			m->override_count = i + 1;
			if (!(rp->region = gac_strdup(k->text)))
				return oom(c, k);
			if (!gac_model_in_region(m, k->text))
				return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
				                "region_prices names '%.*s%s', which is not in this model's regions",
				                GAC_SHOW(k->text));
			if ((st = gac_expect(c, o, GAC_NODE_MAP, "a region_prices entry")) != GAC_OK ||
			    (st = check_price_keys(c, o, override_keys, false, "a region_prices entry")) != GAC_OK ||
			    (st = load_prices(c, o, &rp->p)) != GAC_OK)
				return st;
			const gac_node *inh = gac_map_get(o, "inherit");
			if (inh) {
				if (inh->type != GAC_NODE_SCALAR ||
				    (strcmp(inh->text, "true") && strcmp(inh->text, "false")))
					return gac_fail(c->err, GAC_EVALUE, c->file, inh->line, inh->col,
					                "inherit must be true or false");
				rp->replace = !strcmp(inh->text, "false");
			}
		}
	}
	if ((v = gac_map_get(n, "context_window"))) {
		/* input plus output tokens one request may hold; 0: not known */
		if ((st = gac_get_number(c, v, GAC_NUM_NONNEG | GAC_NUM_SUFFIX, "context_window",
		                         &m->context_window)) != GAC_OK)
			return st;
		if (m->context_window < 1 || m->context_window != floor(m->context_window))
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "context_window is a whole number of tokens, at least 1 (got %s)", v->text);
		/* a tier no request can reach is a sheet that says two things */
		if (m->has_lc && m->lc.threshold >= m->context_window)
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "model '%.*s%s': the long_context tier starts at %.15g input tokens, but the "
			                "context window holds %.15g tokens in all: no request reaches the tier",
			                GAC_SHOW(m->id), m->lc.threshold, m->context_window);
	}
	m->burndown = 1;
	if ((v = gac_map_get(n, "output_burndown"))) {
		if ((st = gac_get_number(c, v, GAC_NUM_NONNEG, "output_burndown", &m->burndown)) != GAC_OK)
			return st;
		if (m->burndown < 1)
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "output_burndown is how many times an output token counts, at least 1");
	}
	if ((v = gac_map_get(n, "model_unit_capacity"))) {
		static const char *const ckeys[] = {"input_tpm", "output_tpm", NULL};
		if ((st = gac_expect(c, v, GAC_NODE_MAP, "model_unit_capacity")) != GAC_OK ||
		    (st = gac_check_keys(c, v, ckeys, "model_unit_capacity")) != GAC_OK)
			return st;
		const gac_node *in = gac_map_get(v, "input_tpm"), *out = gac_map_get(v, "output_tpm");
		if (!in || !out)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
			                "model_unit_capacity needs input_tpm and output_tpm");
		if ((st = gac_get_number(c, in, GAC_NUM_NONNEG | GAC_NUM_SUFFIX, "input_tpm", &m->capacity_in)) != GAC_OK ||
		    (st = gac_get_number(c, out, GAC_NUM_NONNEG | GAC_NUM_SUFFIX, "output_tpm", &m->capacity_out)) != GAC_OK)
			return st;
		if (m->capacity_in <= 0 || m->capacity_out <= 0)
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "model_unit_capacity must be above 0 tokens per minute");
		m->has_capacity = true;
	}
	if ((v = gac_map_get(n, "customization"))) {
		static const char *const ckeys[] = {"training_per_1k_tokens", "storage_per_month",
		                                    "serve_on_demand", NULL};
		if ((st = gac_expect(c, v, GAC_NODE_MAP, "customization")) != GAC_OK ||
		    (st = gac_check_keys(c, v, ckeys, "customization")) != GAC_OK)
			return st;
		const gac_node *t = gac_map_get(v, "training_per_1k_tokens");
		const gac_node *sto = gac_map_get(v, "storage_per_month");
		const gac_node *od = gac_map_get(v, "serve_on_demand");
		if (!t || !sto)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
			                "customization needs training_per_1k_tokens and storage_per_month");
		if ((st = gac_get_number(c, t, GAC_NUM_NONNEG, "training_per_1k_tokens", &m->training_per_1k)) != GAC_OK ||
		    (st = gac_get_number(c, sto, GAC_NUM_NONNEG, "storage_per_month", &m->storage_per_month)) != GAC_OK)
			return st;
		if (od) {
			if (od->type != GAC_NODE_SCALAR || (strcmp(od->text, "true") && strcmp(od->text, "false")))
				return gac_fail(c->err, GAC_EVALUE, c->file, od->line, od->col,
				                "serve_on_demand must be true or false");
			m->serve_on_demand = !strcmp(od->text, "true");
		}
		m->customizable = true;
	}
	if ((v = gac_map_get(n, "capacity_source")) &&
	    (st = gac_get_string(c, v, "capacity_source", &m->capacity_source)) != GAC_OK)
		return st;
	if ((v = gac_map_get(n, "provisioned_no_commit"))) {
		if ((st = gac_expect(c, v, GAC_NODE_SCALAR, "provisioned_no_commit")) != GAC_OK)
			return st;
		if (!strcmp(v->text, "custom-only"))
			m->no_commit_custom_only = true;
		else if (strcmp(v->text, "any"))
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "provisioned_no_commit must be any or custom-only (got '%.*s%s')", GAC_SHOW(v->text));
	}
	bool tokens = has_token_prices(&m->base);
	for (size_t i = 0; i < m->override_count; i++)
		tokens = tokens || has_token_prices(&m->overrides[i].p);
	v = gac_map_get(n, "per");
	if (v) {
		if ((st = gac_expect(c, v, GAC_NODE_SCALAR, "per")) != GAC_OK)
			return st;
		if (!strcmp(v->text, "1K") || !strcmp(v->text, "1k"))
			m->per = 1e3;
		else if (!strcmp(v->text, "1M"))
			m->per = 1e6;
		else
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "per must be 1K or 1M (got '%.*s%s')", GAC_SHOW(v->text));
	} else if (tokens) {
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
		                "model '%.*s%s' has token prices but no 'per' (1K or 1M)", GAC_SHOW(m->id));
	}
	if (m->kind == GAC_KIND_IMAGE && !m->base.images_set) {
		bool any = false;
		for (size_t i = 0; i < m->override_count; i++)
			any = any || m->overrides[i].p.images_set;
		if (!any)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
			                "image model '%.*s%s' needs an 'images' price list", GAC_SHOW(m->id));
	}
	return GAC_OK;
}

static gac_status load_sheet(gac_sheet *s, const gac_node *root, gac_ctx *c)
{
	static const char *const keys[] = {"genaicost", "name", "currency", "as_of", "sources",
	                                   "notes", "models", "services", "data_transfer",
	                                   "availability", "custom_model_import", NULL};
	gac_status st;
	if ((st = gac_expect_format(c, root, "pricesheet", "a price sheet")) != GAC_OK)
		return st;
	const gac_node *v;
	if ((st = gac_check_keys(c, root, keys, "a price sheet")) != GAC_OK)
		return st;
	static const char *const required[] = {"name", "currency", "as_of", "sources", "models"};
	for (size_t i = 0; i < sizeof required / sizeof *required; i++)
		if (!gac_map_get(root, required[i]))
			return gac_fail(c->err, GAC_ESCHEMA, c->file, root->line, root->col,
			                "a price sheet needs '%s'", required[i]);
	if ((st = gac_get_string(c, gac_map_get(root, "name"), "name", &s->name)) != GAC_OK ||
	    (st = gac_get_string(c, gac_map_get(root, "currency"), "currency", &s->currency)) != GAC_OK ||
	    (st = gac_check_date(c, gac_map_get(root, "as_of"))) != GAC_OK ||
	    (st = gac_get_string(c, gac_map_get(root, "as_of"), "as_of", &s->as_of)) != GAC_OK ||
	    (st = load_string_list(c, gac_map_get(root, "sources"), "sources", &s->sources,
	                           &s->source_count)) != GAC_OK)
		return st;
	/* an ISO 4217 code: it stands beside every figure of every report,
	 * so nothing else (markup, a line break) may pass */
	if (!gac_currency_code_ok(s->currency)) {
		const gac_node *cn = gac_map_get(root, "currency");
		return gac_fail(c->err, GAC_ESCHEMA, c->file, cn->line, cn->col,
		                "currency '%.*s%s' is no currency code: three capital letters, such as USD",
		                GAC_SHOW(s->currency));
	}
	if ((v = gac_map_get(root, "notes")) && (st = gac_get_text(c, v, "notes", &s->notes)) != GAC_OK)
		return st;
	const gac_node *models = gac_map_get(root, "models");
	if ((st = gac_expect(c, models, GAC_NODE_SEQ, "models")) != GAC_OK)
		return st;
	if (models->count == 0)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, models->line, models->col,
		                "models must not be empty");
	/* bounds the duplicate-id check below */
	if (models->count > GAC_MAX_MODELS)
		return gac_fail(c->err, GAC_ELIMIT, c->file, models->line, models->col,
		                "more than %u models in one sheet", GAC_MAX_MODELS);
	s->models = gac_calloc(models->count, sizeof *s->models);
	if (!s->models)
		return oom(c, models);
	for (size_t i = 0; i < models->count; i++) {
		s->model_count = i + 1;
		if ((st = load_model(c, models->items[i], &s->models[i])) != GAC_OK)
			return st;
		for (size_t j = 0; j < i; j++)
			if (!strcmp(s->models[j].id, s->models[i].id)) {
				const gac_node *idn = gac_map_get(models->items[i], "id");
				return gac_fail(c->err, GAC_ESCHEMA, c->file, idn->line, idn->col,
				                "model id '%.*s%s' appears twice", GAC_SHOW(s->models[i].id));
			}
	}
	return gac_services_load(c, s, root);
}

static int by_id_cmp(const void *a, const void *b)
{
	return strcmp((*(const gac_model *const *)a)->id, (*(const gac_model *const *)b)->id);
}

gac_status gac_sheet_load_buffer(gac_sheet **out, const char *data, size_t len, const char *name,
                                 gac_error *err)
{
	if (!out || !data)
		return gac_fail(err, GAC_EARG, name, 0, 0, "no output or no data");
	*out = NULL;
	gac_error_clear(err);
	if (!name)
		name = "<buffer>";
	gac_doc doc;
	gac_status st = gac_yaml_parse(&doc, data, len, name, err);
	if (st != GAC_OK)
		return st;
	gac_sheet *s = gac_calloc(1, sizeof *s);
	if (s)
		s->stamp = gac_new_stamp();
	if (!s) {
		gac_yaml_free(&doc);
		return gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	}
	gac_ctx c = {.file = name, .err = err};
	st = load_sheet(s, doc.root, &c);
	gac_yaml_free(&doc);
	if (st == GAC_OK && !(s->path = gac_strdup(name)))
		st = gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	if (st != GAC_OK) {
		gac_sheet_free(s);
		return st;
	}
	gac_hash_hex(s->hash, data, len);
	if (!(s->by_id = gac_calloc(s->model_count, sizeof *s->by_id))) {
		gac_sheet_free(s);
		return gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	}
	for (size_t i = 0; i < s->model_count; i++)
		s->by_id[i] = &s->models[i];
	qsort((void *)s->by_id, s->model_count, sizeof *s->by_id, by_id_cmp);
	*out = s;
	return GAC_OK;
}

static gac_status sheet_buffer(void *out, const char *data, size_t len, const char *path, gac_error *err)
{
	return gac_sheet_load_buffer(out, data, len, path, err);
}

gac_status gac_sheet_load_file(gac_sheet **out, const char *path, gac_error *err)
{
	if (!out || !path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no output or no path");
	*out = NULL;
	return gac_load_file_with(out, sheet_buffer, path, GAC_MAX_FILE_BYTES, err);
}

const char *gac_sheet_name(const gac_sheet *s) { return s ? s->name : NULL; }
const char *gac_sheet_currency(const gac_sheet *s) { return s ? s->currency : NULL; }
const char *gac_sheet_as_of(const gac_sheet *s) { return s ? s->as_of : NULL; }
const char *gac_sheet_path(const gac_sheet *s) { return s ? s->path : NULL; }
const char *gac_sheet_hash(const gac_sheet *s) { return s ? s->hash : NULL; }
size_t gac_sheet_model_count(const gac_sheet *s) { return s ? s->model_count : 0; }

/* Bedrock's inference-profile ids: a model id behind a prefix naming the
 * geography the profile routes requests within (billed at the model's
 * regional prices), or global. (billed at its global prices).  `regions`
 * are the source regions a geographic profile is called from: a prefix
 * of the region name, or a list of whole names separated by spaces. */
static const struct {
	const char *prefix, *regions;
	gac_profile kind;
} profiles[] = {
	{"global.", NULL, GAC_PROFILE_GLOBAL},
	{"us-gov.", "us-gov-", GAC_PROFILE_GEO},
	{"us.", "us-", GAC_PROFILE_GEO},
	{"eu.", "eu-", GAC_PROFILE_GEO},
	{"apac.", "ap-", GAC_PROFILE_GEO},
	{"jp.", "ap-northeast-1 ap-northeast-3", GAC_PROFILE_GEO},
	{"au.", "ap-southeast-2 ap-southeast-4", GAC_PROFILE_GEO},
	{"ca.", "ca-", GAC_PROFILE_GEO},
};

gac_profile gac_profile_split(const char *id, const char **model, const char **prefix)
{
	*model = id;
	*prefix = NULL;
	for (size_t i = 0; id && i < sizeof profiles / sizeof profiles[0]; i++) {
		size_t n = strlen(profiles[i].prefix);
		if (!strncmp(id, profiles[i].prefix, n) && id[n]) {
			*model = id + n;
			*prefix = profiles[i].prefix;
			return profiles[i].kind;
		}
	}
	return GAC_PROFILE_NONE;
}

bool gac_profile_serves(const char *prefix, const char *region, const char **regions)
{
	*regions = NULL;
	for (size_t i = 0; prefix && i < sizeof profiles / sizeof profiles[0]; i++) {
		if (strcmp(prefix, profiles[i].prefix))
			continue;
		const char *r = *regions = profiles[i].regions;
		if (!r)
			return true;
		if (!strchr(r, ' ')) {
			/* a prefix; us- is not us-gov- */
			return !strncmp(region, r, strlen(r)) &&
			       (strcmp(r, "us-") || strncmp(region, "us-gov-", 7));
		}
		size_t n = strlen(region);
		for (const char *q = r; *q;) {
			size_t len = strcspn(q, " ");
			if (len == n && !strncmp(q, region, n))
				return true;
			q += len + (q[len] == ' ');
		}
		return false;
	}
	return false;
}

bool gac_model_in_region(const gac_model *m, const char *region)
{
	for (size_t i = 0; i < m->region_count; i++)
		if (!strcmp(m->regions[i], region))
			return true;
	return false;
}

void gac_model_prices(gac_prices *out, const gac_model *m, const char *region)
{
	*out = m->base;
	bool replaced = false;
	for (size_t i = 0; region && i < m->override_count; i++) {
		const gac_region_prices *rp = &m->overrides[i];
		if (strcmp(rp->region, region))
			continue;
		if (rp->replace) {
			memset(out, 0, sizeof *out);
			replaced = true;
		}
		for (int k = 0; k < GAC_DIM_COUNT; k++) {
			if (rp->p.has & (1u << k)) {
				out->v[k] = rp->p.v[k];
				out->has |= 1u << k;
			}
			for (int v = 0; v < GAC_VAR_COUNT; v++)
				if (rp->p.var[v].has & (1u << k)) {
					out->var[v].v[k] = rp->p.var[v].v[k];
					out->var[v].has |= 1u << k;
				}
		}
		if (rp->p.images_set) {
			out->images = rp->p.images;
			out->image_count = rp->p.image_count;
			out->images_set = true;
		}
	}
	/* batch_discount derives batch prices the entry does not list; a
	 * region that replaces its prices gets only what it lists */
	if (m->has_batch_discount && !replaced) {
		for (int k = GAC_DIM_INPUT; k <= GAC_DIM_OUTPUT; k++) {
			int b = k + GAC_DIM_BATCH_INPUT;
			if (!(out->has & (1u << b)) && (out->has & (1u << k))) {
				out->v[b] = out->v[k] * (1.0 - m->batch_discount);
				out->has |= 1u << b;
			}
		}
	}
}

const gac_model *gac_sheet_lookup(const gac_sheet *s, const char *id)
{
	/* binary search: analyses look models up millions of times */
	size_t lo = 0, hi = s->by_id ? s->model_count : 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(s->by_id[mid]->id, id);
		if (c == 0)
			return s->by_id[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}



gac_status gac_sheet_find(size_t *index, const gac_sheet *s, const char *id)
{
	if (!index || !s || !id)
		return GAC_EARG;
	for (size_t i = 0; i < s->model_count; i++)
		if (!strcmp(s->models[i].id, id)) {
			*index = i;
			return GAC_OK;
		}
	return GAC_EMODEL;
}

const char *gac_sheet_model_region(const gac_sheet *s, size_t index, size_t i)
{
	if (!s || index >= s->model_count || i >= s->models[index].region_count)
		return NULL;
	return s->models[index].regions[i];
}

const char *gac_sheet_model_retired(const gac_sheet *s, size_t index)
{
	if (!s || index >= s->model_count)
		return NULL;
	return s->models[index].retired;
}

/* a price kind added to gac_price must fit the public struct's room and
 * the `has` bits, or gac_model_info needs a new version */
_Static_assert(GAC_PRICE_COUNT <= GAC_MODEL_INFO_PRICES && GAC_MODEL_INFO_PRICES <= 32,
               "gac_model_info has no room for the price kinds");

gac_status gac_model_info_init(gac_model_info *info, unsigned int version)
{
	if (!info || version < 1 || version > GAC_MODEL_INFO_VERSION)
		return GAC_EARG;
	memset(info, 0, sizeof *info);
	info->version = version;
	return GAC_OK;
}

gac_status gac_sheet_model(gac_model_info *out, const gac_sheet *s, size_t index, const char *region)
{
	if (!out || !s || index >= s->model_count || out->version > GAC_MODEL_INFO_VERSION)
		return GAC_EARG;
	const gac_model *m = &s->models[index];
	gac_prices p;
	gac_model_prices(&p, m, region);
	/* version 1 (and 0, read as 1) is the whole struct of this header */
	memset(out, 0, sizeof *out);
	out->version = GAC_MODEL_INFO_VERSION;
	out->id = m->id;
	out->name = m->name ? m->name : m->id;
	out->vendor = m->vendor;
	out->source = m->source ? m->source : "";
	out->as_of = m->as_of ? m->as_of : s->as_of;
	out->kind = m->kind;
	out->per = m->per;
	for (int k = 0; k < GAC_PRICE_COUNT; k++)
		out->price[k] = (p.has & (1u << k)) ? p.v[k] : 0.0;
	out->has = p.has & ((1u << GAC_PRICE_COUNT) - 1);
	out->available = region ? gac_model_in_region(m, region) : 1;
	out->region_count = m->region_count;
	out->image_price_count = p.image_count;
	out->has_global = p.var[GAC_VAR_GLOBAL].has != 0;
	out->has_long_context = m->has_lc;
	out->context_window = m->context_window;
	return GAC_OK;
}

static bool is_file(const char *path)
{
	return access(path, R_OK) == 0;
}

/* whether dirs[i] repeats an earlier entry (searched and listed once) */
static bool listed_before(const char *const *dirs, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (!strcmp(dirs[j], dirs[i]))
			return true;
	return false;
}

gac_status gac_sheet_resolve(char **path_out, const char *ref, const char *base_dir,
                             const char *const *dirs, gac_error *err)
{
	if (!path_out || !ref || !*ref)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no price sheet named");
	*path_out = NULL;
	gac_buf b = {0};
	bool looks_like_path = strchr(ref, '/') || strstr(ref, ".yaml") || strstr(ref, ".yml");
	if (looks_like_path) {
		if (ref[0] != '/' && base_dir && *base_dir && strcmp(base_dir, "."))
			gac_buf_printf(&b, "%s/%s", base_dir, ref);
		else
			gac_buf_puts(&b, ref);
		char *p = gac_buf_take(&b);
		if (!p)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		*path_out = p;  /* a missing file is reported by the loader */
		return GAC_OK;
	}
	char **own = NULL;
	if (!dirs) {
		gac_status st = gac_pricing_dirs(&own, err);
		if (st != GAC_OK)
			return st;
		dirs = (const char *const *)own;
	}
	for (size_t i = 0; dirs[i]; i++) {
		if (listed_before(dirs, i))
			continue;
		gac_buf_printf(&b, "%s/%s.yaml", dirs[i], ref);
		if (b.failed) {
			gac_buf_free(&b);
			free(own);
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		}
		if (is_file(b.data)) {
			free(own);
			*path_out = gac_buf_take(&b);
			return *path_out ? GAC_OK : gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		}
		b.len = 0;
	}
	gac_buf_free(&b);
	gac_buf msg = {0};
	for (size_t i = 0; dirs[i]; i++)
		if (!listed_before(dirs, i))
			gac_buf_printf(&msg, "%s%s", msg.len ? ", " : "", dirs[i]);
	gac_fail(err, GAC_ENOTFOUND, NULL, 0, 0, "no price sheet named '%s' (looked in %s)", ref,
	         msg.failed ? "directories not listed: out of memory" : msg.data ? msg.data : "no directories");
	gac_buf_free(&msg);
	free(own);
	return GAC_ENOTFOUND;
}

size_t gac_dimension_count(void)
{
	return GAC_DIM_COUNT;
}

const char *gac_dimension_key(size_t index)
{
	return index < GAC_DIM_COUNT ? gac_dimensions[index].path : NULL;
}

const char *gac_dimension_unit(size_t index)
{
	static const char *const units[] = {
		[GAC_UNIT_TOKENS] = "tokens",
		[GAC_UNIT_MU_HOUR] = "model unit hour",
		[GAC_UNIT_TPM_MONTH] = "1K tokens per minute per month",
	};
	return index < GAC_DIM_COUNT ? units[gac_dimensions[index].unit] : NULL;
}

const char *gac_dimension_label(size_t index)
{
	return index < GAC_DIM_COUNT ? gac_dimensions[index].label : NULL;
}

gac_status gac_sheet_model_price(double *out, const gac_sheet *s, size_t index, const char *region,
                                 const char *key)
{
	if (!out || !s || !key || index >= s->model_count)
		return GAC_EARG;
	const gac_model *m = &s->models[index];
	gac_price_key pk;
	if (!gac_price_key_parse(&pk, key))
		return GAC_EARG;
	int k = pk.dim, card = pk.card;
	bool lc = pk.long_context;
	gac_prices p;
	gac_model_prices(&p, m, region);
	const double *v = lc ? (card >= 0 ? m->lc.var[card].v : m->lc.v) : card >= 0 ? p.var[card].v : p.v;
	unsigned has = !lc ? (card >= 0 ? p.var[card].has : p.has)
	               : !m->has_lc ? 0 : card >= 0 ? m->lc.var[card].has : m->lc.has;
	if (!(has & (1u << k)))
		return GAC_ENOPRICE;
	*out = v[k];
	return GAC_OK;
}

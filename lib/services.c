/* The parts of a price sheet beyond models: supporting services, data
 * transfer and the availability figures topologies are judged by. */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static gac_status oom(gac_ctx *c, const gac_node *n)
{
	return gac_fail(c->err, GAC_ENOMEM, c->file, n->line, n->col, "out of memory");
}

void gac_services_free(gac_sheet *s)
{
	for (size_t i = 0; i < s->service_count; i++) {
		gac_service *v = &s->services[i];
		free(v->id);
		free(v->name);
		free(v->unit);
		free(v->source);
		free(v->as_of);
		free(v->note);
		for (size_t j = 0; j < v->region_count; j++)
			free(v->regions[j]);
		free(v->regions);
		for (size_t j = 0; j < v->price_region_count; j++)
			free(v->price_regions[j]);
		free(v->price_regions);
		free(v->region_price);
	}
	free(s->services);
	free(s->transfer.egress);
	free(s->transfer.source);
	free(s->transfer.as_of);
	free(s->availability.source);
	free(s->import.source);
	free(s->import.as_of);
}

static gac_status opt_string(gac_ctx *c, const gac_node *map, const char *key, char **out)
{
	const gac_node *v = gac_map_get(map, key);
	return v ? gac_get_string(c, v, key, out) : GAC_OK;
}

static gac_status load_service(gac_ctx *c, const gac_node *n, gac_service *v)
{
	static const char *const keys[] = {"id", "name", "billing", "unit", "price", "min_quantity",
	                                   "regions", "region_prices", "source", "as_of", "note",
	                                   "gpus", "gpu_flops", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "a service")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "a service")) != GAC_OK)
		return st;
	static const char *const required[] = {"id", "billing", "unit", "price", "regions"};
	for (size_t i = 0; i < 5; i++)
		if (!gac_map_get(n, required[i]))
			return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "a service needs '%s'",
			                required[i]);
	const gac_node *b = gac_map_get(n, "billing");
	if ((st = gac_get_string(c, gac_map_get(n, "id"), "id", &v->id)) != GAC_OK ||
	    (st = gac_get_string(c, gac_map_get(n, "unit"), "unit", &v->unit)) != GAC_OK ||
	    (st = opt_string(c, n, "name", &v->name)) != GAC_OK ||
	    (st = opt_string(c, n, "source", &v->source)) != GAC_OK ||
	    (st = opt_string(c, n, "note", &v->note)) != GAC_OK ||
	    (st = gac_expect(c, b, GAC_NODE_SCALAR, "billing")) != GAC_OK ||
	    (st = gac_get_number(c, gac_map_get(n, "price"), GAC_NUM_NONNEG, "price", &v->price)) != GAC_OK)
		return st;
	if (!strcmp(b->text, "hourly"))
		v->hourly = true;
	else if (strcmp(b->text, "per-unit"))
		return gac_fail(c->err, GAC_EVALUE, c->file, b->line, b->col,
		                "billing must be hourly or per-unit (got '%.*s%s')", GAC_SHOW(b->text));
	const gac_node *x;
	if ((x = gac_map_get(n, "as_of"))) {
		if ((st = gac_check_date(c, x)) != GAC_OK || (st = gac_get_string(c, x, "as_of", &v->as_of)) != GAC_OK)
			return st;
	}
	if ((x = gac_map_get(n, "gpus")) &&
	    (st = gac_get_number(c, x, GAC_NUM_NONNEG, "gpus", &v->gpus)) != GAC_OK)
		return st;
	if ((x = gac_map_get(n, "gpu_flops")) &&
	    (st = gac_get_number(c, x, GAC_NUM_NONNEG | GAC_NUM_SUFFIX, "gpu_flops", &v->gpu_flops)) != GAC_OK)
		return st;
	if ((x = gac_map_get(n, "min_quantity")) &&
	    (st = gac_get_number(c, x, GAC_NUM_NONNEG, "min_quantity", &v->min_quantity)) != GAC_OK)
		return st;
	x = gac_map_get(n, "regions");
	if ((st = gac_expect(c, x, GAC_NODE_SEQ, "regions")) != GAC_OK)
		return st;
	if (!x->count)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, x->line, x->col, "regions must not be empty");
	if (!(v->regions = gac_calloc(x->count, sizeof *v->regions)))
		return oom(c, x);
	for (size_t i = 0; i < x->count; i++) {
		v->region_count = i + 1;
		if ((st = gac_get_string(c, x->items[i], "a region", &v->regions[i])) != GAC_OK)
			return st;
	}
	if ((x = gac_map_get(n, "region_prices"))) {
		if ((st = gac_expect(c, x, GAC_NODE_MAP, "region_prices")) != GAC_OK)
			return st;
		v->price_regions = gac_calloc(x->count, sizeof *v->price_regions);
		v->region_price = gac_calloc(x->count, sizeof *v->region_price);
		if (!v->price_regions || !v->region_price)
			return oom(c, x);
		for (size_t i = 0; i < x->count; i++) {
			const gac_node *k = x->items[2 * i];
			bool listed = false;
			for (size_t j = 0; j < v->region_count; j++)
				listed = listed || !strcmp(v->regions[j], k->text);
			if (!listed)
				return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
				                "region_prices names '%.*s%s', which is not in this service's regions",
				                GAC_SHOW(k->text));
			v->price_region_count = i + 1;
			if (!(v->price_regions[i] = gac_strdup(k->text)))
				return oom(c, k);
			if ((st = gac_get_number(c, x->items[2 * i + 1], GAC_NUM_NONNEG, "price",
			                         &v->region_price[i])) != GAC_OK)
				return st;
		}
	}
	return GAC_OK;
}

static gac_status load_transfer(gac_ctx *c, const gac_node *n, gac_transfer *t)
{
	static const char *const keys[] = {"inter_az_per_gb", "inter_region_per_gb", "internet_egress",
	                                   "source", "as_of", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "data_transfer")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "data_transfer")) != GAC_OK ||
	    (st = opt_string(c, n, "source", &t->source)) != GAC_OK)
		return st;
	const gac_node *x;
	if ((x = gac_map_get(n, "as_of"))) {
		if ((st = gac_check_date(c, x)) != GAC_OK || (st = gac_get_string(c, x, "as_of", &t->as_of)) != GAC_OK)
			return st;
	}
	if ((x = gac_map_get(n, "inter_az_per_gb"))) {
		if ((st = gac_get_number(c, x, GAC_NUM_NONNEG, "inter_az_per_gb", &t->inter_az)) != GAC_OK)
			return st;
		t->has_inter_az = true;
	}
	if ((x = gac_map_get(n, "inter_region_per_gb"))) {
		if ((st = gac_get_number(c, x, GAC_NUM_NONNEG, "inter_region_per_gb", &t->inter_region)) != GAC_OK)
			return st;
		t->has_inter_region = true;
	}
	if ((x = gac_map_get(n, "internet_egress"))) {
		if ((st = gac_expect(c, x, GAC_NODE_SEQ, "internet_egress")) != GAC_OK)
			return st;
		if (!x->count)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, x->line, x->col,
			                "internet_egress must not be empty");
		if (!(t->egress = gac_calloc(x->count, sizeof *t->egress)))
			return oom(c, x);
		static const char *const tkeys[] = {"up_to_gb", "price", NULL};
		double prev = 0;
		for (size_t i = 0; i < x->count; i++) {
			const gac_node *e = x->items[i], *u, *p;
			gac_egress_tier *tier = &t->egress[i];
			t->egress_count = i + 1;
			if ((st = gac_expect(c, e, GAC_NODE_MAP, "an egress tier")) != GAC_OK ||
			    (st = gac_check_keys(c, e, tkeys, "an egress tier")) != GAC_OK)
				return st;
			if (!(p = gac_map_get(e, "price")))
				return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col, "an egress tier needs 'price'");
			if ((st = gac_get_number(c, p, GAC_NUM_NONNEG, "price", &tier->price)) != GAC_OK)
				return st;
			u = gac_map_get(e, "up_to_gb");
			bool last = i + 1 == x->count;
			if (!u && !last)
				return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
				                "every egress tier but the last needs 'up_to_gb'");
			if (u && last)
				return gac_fail(c->err, GAC_ESCHEMA, c->file, u->line, u->col,
				                "the last egress tier is open-ended: drop its 'up_to_gb'");
			tier->up_to_gb = INFINITY;
			if (u) {
				if ((st = gac_get_number(c, u, GAC_NUM_NONNEG | GAC_NUM_SUFFIX, "up_to_gb",
				                         &tier->up_to_gb)) != GAC_OK)
					return st;
				if (tier->up_to_gb <= prev)
					return gac_fail(c->err, GAC_EVALUE, c->file, u->line, u->col,
					                "egress tiers must rise: %g is not above %g", tier->up_to_gb, prev);
				prev = tier->up_to_gb;
			}
		}
	}
	t->present = true;
	return GAC_OK;
}

static gac_status load_availability(gac_ctx *c, const gac_node *n, gac_availability *a)
{
	static const char *const keys[] = {"az", "region", "source", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "availability")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "availability")) != GAC_OK ||
	    (st = opt_string(c, n, "source", &a->source)) != GAC_OK)
		return st;
	const gac_node *az = gac_map_get(n, "az"), *region = gac_map_get(n, "region");
	if (!az || !region)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
		                "availability needs 'az' and 'region'");
	if ((st = gac_get_number(c, az, GAC_NUM_NONNEG | GAC_NUM_PERCENT, "az", &a->az)) != GAC_OK ||
	    (st = gac_get_number(c, region, GAC_NUM_NONNEG | GAC_NUM_PERCENT, "region", &a->region)) != GAC_OK)
		return st;
	if (a->az > 1 || a->region > 1)
		return gac_fail(c->err, GAC_EVALUE, c->file, n->line, n->col,
		                "availability figures are fractions (0.999 or 99.9%%)");
	a->present = true;
	return GAC_OK;
}

static gac_status load_import(gac_ctx *c, const gac_node *n, gac_import_prices *p)
{
	static const char *const keys[] = {"cmu_per_minute", "storage_per_cmu_month", "window_minutes",
	                                   "source", "as_of", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "custom_model_import")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "custom_model_import")) != GAC_OK ||
	    (st = opt_string(c, n, "source", &p->source)) != GAC_OK)
		return st;
	const gac_node *a = gac_map_get(n, "cmu_per_minute"), *b = gac_map_get(n, "storage_per_cmu_month");
	const gac_node *w = gac_map_get(n, "window_minutes"), *d = gac_map_get(n, "as_of");
	if (!a || !b)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
		                "custom_model_import needs cmu_per_minute and storage_per_cmu_month");
	if ((st = gac_get_number(c, a, GAC_NUM_NONNEG, "cmu_per_minute", &p->cmu_minute)) != GAC_OK ||
	    (st = gac_get_number(c, b, GAC_NUM_NONNEG, "storage_per_cmu_month", &p->storage_cmu_month)) != GAC_OK)
		return st;
	p->window_minutes = 5;
	if (w && (st = gac_get_number(c, w, GAC_NUM_NONNEG, "window_minutes", &p->window_minutes)) != GAC_OK)
		return st;
	if (p->window_minutes <= 0)
		return gac_fail(c->err, GAC_EVALUE, c->file, w->line, w->col, "window_minutes must be above 0");
	if (d && ((st = gac_check_date(c, d)) != GAC_OK || (st = gac_get_string(c, d, "as_of", &p->as_of)) != GAC_OK))
		return st;
	p->present = true;
	return GAC_OK;
}

gac_status gac_services_load(gac_ctx *c, gac_sheet *s, const gac_node *root)
{
	gac_status st;
	const gac_node *n = gac_map_get(root, "services");
	if (n) {
		if ((st = gac_expect(c, n, GAC_NODE_SEQ, "services")) != GAC_OK)
			return st;
		if (!(s->services = gac_calloc(n->count ? n->count : 1, sizeof *s->services)))
			return oom(c, n);
		for (size_t i = 0; i < n->count; i++) {
			s->service_count = i + 1;
			if ((st = load_service(c, n->items[i], &s->services[i])) != GAC_OK)
				return st;
			for (size_t j = 0; j < i; j++)
				if (!strcmp(s->services[j].id, s->services[i].id)) {
					const gac_node *id = gac_map_get(n->items[i], "id");
					return gac_fail(c->err, GAC_ESCHEMA, c->file, id->line, id->col,
					                "service id '%.*s%s' appears twice", GAC_SHOW(s->services[i].id));
				}
		}
	}
	if ((n = gac_map_get(root, "data_transfer")) && (st = load_transfer(c, n, &s->transfer)) != GAC_OK)
		return st;
	if ((n = gac_map_get(root, "custom_model_import")) && (st = load_import(c, n, &s->import)) != GAC_OK)
		return st;
	if ((n = gac_map_get(root, "availability")) &&
	    (st = load_availability(c, n, &s->availability)) != GAC_OK)
		return st;
	return GAC_OK;
}

const gac_service *gac_sheet_service(const gac_sheet *s, const char *id)
{
	for (size_t i = 0; i < s->service_count; i++)
		if (!strcmp(s->services[i].id, id))
			return &s->services[i];
	return NULL;
}

bool gac_service_price(const gac_service *v, const char *region, double *price)
{
	bool offered = false;
	for (size_t i = 0; i < v->region_count; i++)
		offered = offered || !strcmp(v->regions[i], region);
	if (!offered)
		return false;
	*price = v->price;
	for (size_t i = 0; i < v->price_region_count; i++)
		if (!strcmp(v->price_regions[i], region))
			*price = v->region_price[i];
	return true;
}

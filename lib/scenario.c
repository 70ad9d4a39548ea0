/* Scenarios (`genaicost: scenario/1`): a scenario made, loaded from
 * YAML, copied and read.  Every input is set through its parameter
 * path (params.c). */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"
#include "params.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void workload_free(gac_workload *w)
{
	free(w->name);
	free(w->model);
	if (w->paths)
		for (int i = 0; i < GAC_W_COUNT; i++)
			free(w->paths[i]);
	free(w->paths);
}

void gac_scenario_free(gac_scenario *s)
{
	if (!s)
		return;
	free(s->name);
	free(s->pricing);
	free(s->fc_start);
	free(s->region);
	free(s->dir);
	free(s->path);
	gac_access_free(&s->access);
	for (size_t i = 0; i < s->workload_count; i++)
		workload_free(&s->workloads[i]);
	free(s->workloads);
	gac_options_free(s);
	for (int sec = 0; sec < GAC_SECT_COUNT; sec++) {
		const struct gac_section *d = &gac_sections[sec];
		for (size_t i = 0; i < s->sect[sec].count; i++) {
			gac_entry *u = &s->sect[sec].items[i];
			free(u->name);
			for (int k = 0; u->text && k < d->ntext; k++)
				free(u->text[k]);
			free(u->text);
			free(u->v);
			for (int k = 0; u->paths && k < d->nnum; k++)
				free(u->paths[k]);
			free(u->paths);
		}
		free(s->sect[sec].items);
	}
	for (size_t i = 0; i < s->region_count; i++)
		free(s->regions[i]);
	free(s->regions);
	for (size_t i = 0; i < s->commitment_count; i++)
		free(s->commitments[i].option);
	free(s->commitments);
	for (size_t i = 0; i < s->range_count; i++)
		free(s->ranges[i].path);
	free(s->ranges);
	for (size_t i = 0; i < s->uncertain_count; i++) {
		free(s->uncertain[i].path);
		gac_dist_free(&s->uncertain[i].dist);
	}
	free(s->uncertain);
	free(s->correlation);
	gac_overrides_free(&s->ov);
	gac_drivers_free(s);
	free(s);
}

static gac_scenario *scenario_alloc(void)
{
	gac_scenario *s = gac_calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->stamp = gac_new_stamp();
	for (int i = 0; i < GAC_G_COUNT; i++)
		s->g[i] = gac_gdesc[i].def;
	s->region = gac_strdup("us-east-1");
	s->dir = gac_strdup(".");
	s->path = gac_strdup("");
	if (!s->region || !s->dir || !s->path) {
		gac_scenario_free(s);
		return NULL;
	}
	return s;
}


static gac_status add_workload(gac_scenario *s, const char *name, const char *model);

gac_status gac_scenario_add_workload(gac_scenario *s, const char *name, const char *model)
{
	gac_status st = add_workload(s, name, model);
	if (st == GAC_OK)
		gac_scenario_hash_extend(s, "workload", name, model);
	return st;
}

/* The room an array of n workloads has: at least 8, doubled as it fills,
 * so that adding n workloads copies O(n) of them. */
static size_t workload_cap(size_t n)
{
	size_t c = 8;
	while (c < n)
		c *= 2;
	return c;
}

/* Loading and cloning add workloads without touching the hash. */
static gac_status add_workload(gac_scenario *s, const char *name, const char *model)
{
	if (!s || !name || !model)
		return GAC_EARG;
	if (!gac_valid_name(name) || gac_scenario_find_workload(s, name, strlen(name)))
		return GAC_EVALUE;
	if (s->workload_count >= GAC_MAX_WORKLOADS)
		return GAC_ELIMIT;
	/* grown by doubling: the array holds room for workload_cap(count) */
	size_t n = s->workload_count;
	if (!n || workload_cap(n + 1) != workload_cap(n)) {
		gac_workload *ws = gac_realloc(s->workloads, workload_cap(n + 1) * sizeof *ws);
		if (!ws)
			return GAC_ENOMEM;
		s->workloads = ws;
	}
	gac_workload *ws = s->workloads;
	s->stamp = gac_new_stamp();
	gac_workload *w = &ws[s->workload_count];
	memset(w, 0, sizeof *w);
	for (int i = 0; i < GAC_W_COUNT; i++)
		w->v[i] = gac_wdesc[i].def;
	w->name = gac_strdup(name);
	w->model = gac_strdup(model);
	const char *base, *prefix;
	w->profile = (unsigned char)gac_profile_split(model, &base, &prefix);
	w->paths = gac_calloc(GAC_W_COUNT, sizeof *w->paths);
	bool ok = w->name && w->model && w->paths;
	for (int i = 0; ok && i < GAC_W_COUNT; i++) {
		gac_buf b = {0};
		gac_buf_printf(&b, "workloads.%s.%s", name, gac_wdesc[i].key);
		ok = (w->paths[i] = gac_buf_take(&b)) != NULL;
	}
	if (!ok) {
		workload_free(w);
		return GAC_ENOMEM;
	}
	s->workload_count++;
	return GAC_OK;
}

static gac_status add_entry(gac_scenario *s, int sec, const char *name)
{
	const struct gac_section *d = &gac_sections[sec];
	gac_entries *es = &s->sect[sec];
	if (!gac_valid_name(name) || gac_scenario_find_entry(s, sec, name, strlen(name)))
		return GAC_EVALUE;
	s->stamp = gac_new_stamp();
	/* grown by doubling, as the workloads are */
	if (!es->count || workload_cap(es->count + 1) != workload_cap(es->count)) {
		gac_entry *a = gac_realloc(es->items, workload_cap(es->count + 1) * sizeof *a);
		if (!a)
			return GAC_ENOMEM;
		es->items = a;
	}
	gac_entry *u = &es->items[es->count];
	memset(u, 0, sizeof *u);
	es->count++;  /* counted even on failure, so free releases it */
	u->name = gac_strdup(name);
	u->text = gac_calloc((size_t)d->ntext + 1, sizeof *u->text);
	u->v = gac_calloc((size_t)d->nnum, sizeof *u->v);
	u->paths = gac_calloc((size_t)d->nnum, sizeof *u->paths);
	bool ok = u->name && u->text && u->v && u->paths;
	for (int i = 0; ok && i < d->nnum; i++) {
		u->v[i] = d->num[i].def;
		gac_buf b = {0};
		gac_buf_printf(&b, "%s.%s.%s", d->key, name, d->num[i].key);
		ok = (u->paths[i] = gac_buf_take(&b)) != NULL;
	}
	return ok ? GAC_OK : GAC_ENOMEM;
}

double gac_workload_requests(const gac_scenario *s, const gac_workload *w)
{
	double days = s->g[GAC_G_HOURS_PER_MONTH] / 24.0;
	if (w->set & (1u << GAC_W_REQUESTS_PER_DAY))
		return w->v[GAC_W_REQUESTS_PER_DAY] * days;
	if (w->set & (1u << GAC_W_REQUESTS_PER_SECOND))
		return w->v[GAC_W_REQUESTS_PER_SECOND] * 3600.0 * w->v[GAC_W_ACTIVE_HOURS_PER_DAY] * days;
	return w->v[GAC_W_REQUESTS_PER_MONTH];
}

/* ---- loading ---- */

static gac_status load_workload(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	const char *keys[GAC_W_COUNT + 5], *dkeys[GAC_D_COUNT + 1];
	size_t nk = 0;
	keys[nk++] = "name";
	keys[nk++] = "model";
	keys[nk++] = "description";
	keys[nk++] = "deployment";
	for (int i = 0; i < GAC_W_DEPLOY; i++)
		keys[nk++] = gac_wdesc[i].key;
	keys[nk] = NULL;
	/* its own deployment block: the keys of the scenario's */
	for (int i = 0; i < GAC_D_COUNT; i++)
		dkeys[i] = gac_wdesc[GAC_W_DEPLOY + i].key + strlen("deployment.");
	dkeys[GAC_D_COUNT] = NULL;
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "a workload")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "a workload")) != GAC_OK)
		return st;
	const gac_node *name = gac_map_get(n, "name");
	const gac_node *model = gac_map_get(n, "model");
	if (!name)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "a workload needs 'name'");
	if ((st = gac_expect(c, name, GAC_NODE_SCALAR, "name")) != GAC_OK)
		return st;
	if (!gac_valid_name(name->text))
		return gac_fail(c->err, GAC_EVALUE, c->file, name->line, name->col,
		                "workload name '%s' may only hold letters, digits, '_' and '-' (at most 64)", name->text);
	if (gac_scenario_find_workload(s, name->text, strlen(name->text)))
		return gac_fail(c->err, GAC_ESCHEMA, c->file, name->line, name->col,
		                "workload '%s' is declared twice", name->text);
	if (!model)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
		                "workload '%s' needs 'model'", name->text);
	if ((st = gac_expect(c, model, GAC_NODE_SCALAR, "model")) != GAC_OK)
		return st;
	/* as --set workloads.NAME.model= refuses an empty model */
	if (!model->text[0])
		return gac_fail(c->err, GAC_EVALUE, c->file, model->line, model->col,
		                "model must not be empty");
	if ((st = add_workload(s, name->text, model->text)) != GAC_OK)
		return gac_fail(c->err, st, c->file, n->line, n->col, "cannot add workload '%s': %s", name->text,
		                gac_strerror(st));
	gac_workload *w = &s->workloads[s->workload_count - 1];
	w->line = n->line;
	w->col = n->col;
	w->mline = model->line;
	w->mcol = model->col;
	int rates = 0;
	for (int i = 0; i < GAC_W_DEPLOY; i++) {
		const gac_node *v = gac_map_get(n, gac_wdesc[i].key);
		if (!v)
			continue;
		if (gac_wdesc[i].group == 1 && rates++)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
			                "give the request rate once: requests_per_month, requests_per_day "
			                "or requests_per_second");
		if ((st = gac_scenario_set_node(c, s, w->paths[i], v)) != GAC_OK)
			return st;
	}
	const gac_node *dep = gac_map_get(n, "deployment");
	if (dep && ((st = gac_expect(c, dep, GAC_NODE_MAP, "a workload's deployment")) != GAC_OK ||
	            (st = gac_check_keys(c, dep, dkeys, "a workload's deployment")) != GAC_OK))
		return st;
	for (int i = 0; dep && i < GAC_D_COUNT; i++) {
		const gac_node *v = gac_map_get(dep, dkeys[i]);
		if (v && (st = gac_scenario_set_node(c, s, w->paths[GAC_W_DEPLOY + i], v)) != GAC_OK)
			return st;
	}
	if (!rates)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
		                "workload '%s' needs requests_per_month, requests_per_day or "
		                "requests_per_second", w->name);
	return GAC_OK;
}

static gac_status load_section(gac_ctx *c, gac_scenario *s, int sec, const gac_node *n)
{
	const struct gac_section *d = &gac_sections[sec];
	const char *keys[GAC_C_COUNT + GAC_CT_COUNT + 3];
	size_t nk = 0;
	keys[nk++] = "name";
	keys[nk++] = "description";
	for (int i = 0; i < d->ntext; i++)
		keys[nk++] = d->text[i];
	for (int i = 0; i < d->nnum; i++)
		keys[nk++] = d->num[i].key;
	keys[nk] = NULL;
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_SEQ, d->key)) != GAC_OK)
		return st;
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *e = n->items[i];
		if ((st = gac_expect(c, e, GAC_NODE_MAP, d->what)) != GAC_OK ||
		    (st = gac_check_keys(c, e, keys, d->what)) != GAC_OK)
			return st;
		const gac_node *name = gac_map_get(e, "name");
		if (!name)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col, "%s needs 'name'", d->what);
		if ((st = gac_expect(c, name, GAC_NODE_SCALAR, "name")) != GAC_OK)
			return st;
		if (!gac_valid_name(name->text))
			return gac_fail(c->err, GAC_EVALUE, c->file, name->line, name->col,
			                "name '%s' may only hold letters, digits, '_' and '-' (at most 64)", name->text);
		if (gac_scenario_find_entry(s, sec, name->text, strlen(name->text)))
			return gac_fail(c->err, GAC_ESCHEMA, c->file, name->line, name->col,
			                "'%s' is declared twice in %s", name->text, d->key);
		for (int k = 0; k < 3 && d->required[k]; k++)
			if (!gac_map_get(e, d->required[k]))
				return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
				                "'%s' in %s needs '%s'", name->text, d->key, d->required[k]);
		if ((st = add_entry(s, sec, name->text)) != GAC_OK)
			return gac_fail(c->err, st, c->file, e->line, e->col, "cannot add '%s': %s", name->text,
			                gac_strerror(st));
		gac_entry *u = &s->sect[sec].items[s->sect[sec].count - 1];
		u->line = e->line;
		u->col = e->col;
		for (int k = 0; k < d->ntext; k++) {
			const gac_node *v = gac_map_get(e, d->text[k]);
			if (v && (st = gac_get_string(c, v, d->text[k], &u->text[k])) != GAC_OK)
				return st;
		}
		for (int k = 0; k < d->nnum; k++) {
			const gac_node *v = gac_map_get(e, d->num[k].key);
			if (v && (st = gac_scenario_set_node(c, s, u->paths[k], v)) != GAC_OK)
				return st;
		}
	}
	return GAC_OK;
}

static gac_status load_forecast(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	static const char *const keys[] = {"seasonality", "commitments", "start", "months_since_rates", NULL};
	static const char *const ckeys[] = {"option", "start", "months", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "forecast")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "forecast")) != GAC_OK)
		return st;
	const gac_node *v = gac_map_get(n, "seasonality");
	if (v) {
		if ((st = gac_expect(c, v, GAC_NODE_SEQ, "forecast.seasonality")) != GAC_OK)
			return st;
		if (v->count < 1 || v->count > 12)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
			                "forecast.seasonality lists 1 to 12 monthly factors (got %zu)", v->count);
		for (size_t i = 0; i < v->count; i++)
			if ((st = gac_scenario_set_node(c, s, gac_gdesc[GAC_G_SEASON + i].key, v->items[i])) != GAC_OK)
				return st;
		s->season_count = v->count;
	}
	static const char *const paths[] = {"forecast.start", "forecast.months_since_rates"};
	for (size_t i = 0; i < 2; i++) {
		const gac_node *f = gac_map_get(n, paths[i] + 9);
		if (f && (st = gac_scenario_set_node(c, s, paths[i], f)) != GAC_OK)
			return st;
	}
	const gac_node *cm = gac_map_get(n, "commitments");
	if (!cm)
		return GAC_OK;
	if ((st = gac_expect(c, cm, GAC_NODE_SEQ, "forecast.commitments")) != GAC_OK)
		return st;
	s->commitments = gac_calloc(cm->count ? cm->count : 1, sizeof *s->commitments);
	if (!s->commitments)
		return gac_fail(c->err, GAC_ENOMEM, c->file, cm->line, cm->col, "out of memory");
	for (size_t i = 0; i < cm->count; i++) {
		const gac_node *e = cm->items[i];
		struct gac_commitment *k = &s->commitments[i];
		s->commitment_count = i + 1;
		if ((st = gac_expect(c, e, GAC_NODE_MAP, "a commitment")) != GAC_OK ||
		    (st = gac_check_keys(c, e, ckeys, "a commitment")) != GAC_OK)
			return st;
		const gac_node *o = gac_map_get(e, "option"), *a = gac_map_get(e, "start");
		if (!o || !a)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
			                "a commitment needs 'option' and 'start' (the month it is bought)");
		k->line = e->line;
		k->col = e->col;
		if ((st = gac_get_string(c, o, "option", &k->option)) != GAC_OK ||
		    (st = gac_get_number(c, a, GAC_NUM_NONNEG, "start", &k->start)) != GAC_OK)
			return st;
		if (k->start < 1 || k->start != floor(k->start))
			return gac_fail(c->err, GAC_EVALUE, c->file, a->line, a->col,
			                "start is a month number from 1 (got %s)", a->text);
		const gac_node *m = gac_map_get(e, "months");
		if (m && ((st = gac_get_number(c, m, GAC_NUM_NONNEG, "months", &k->months)) != GAC_OK))
			return st;
		if (m && (k->months < 1 || k->months != floor(k->months)))
			return gac_fail(c->err, GAC_EVALUE, c->file, m->line, m->col,
			                "months is a whole number of months from 1 (got %s)", m->text);
	}
	return GAC_OK;
}

/* ranges: PATH: LO:HI — how far each input may plausibly move */
static gac_status load_ranges(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "ranges")) != GAC_OK)
		return st;
	s->ranges = gac_calloc(n->count ? n->count : 1, sizeof *s->ranges);
	if (!s->ranges)
		return gac_fail(c->err, GAC_ENOMEM, c->file, n->line, n->col, "out of memory");
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *k = n->items[2 * i], *v = n->items[2 * i + 1];
		struct gac_range *r = &s->ranges[i];
		double now;
		if (gac_scenario_get_number(&now, s, k->text) != GAC_OK || gac_param_kind(s, k->text) == 1)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "ranges: '%s' is not a numeric parameter of this scenario", k->text);
		if ((st = gac_expect(c, v, GAC_NODE_SCALAR, k->text)) != GAC_OK)
			return st;
		const char *colon = strchr(v->text, ':');
		char lo[128];
		if (!colon || (size_t)(colon - v->text) >= sizeof lo)
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "a range is written LO:HI (got '%s')", v->text);
		memcpy(lo, v->text, (size_t)(colon - v->text));
		lo[colon - v->text] = '\0';
		if (gac_parse_number(&r->lo, lo, GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK ||
		    gac_parse_number(&r->hi, colon + 1, GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK)
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "a range is written LO:HI with two numbers (got '%s')", v->text);
		if (!(r->lo < r->hi))
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "the range '%s' is empty or inverted", v->text);
		if (!(r->path = gac_strdup(k->text)))
			return gac_fail(c->err, GAC_ENOMEM, c->file, k->line, k->col, "out of memory");
		s->range_count = i + 1;
	}
	return GAC_OK;
}

static long uncertain_index(const gac_scenario *s, const char *path)
{
	for (size_t i = 0; i < s->uncertain_count; i++)
		if (!strcmp(s->uncertain[i].path, path))
			return (long)i;
	return -1;
}

/* uncertain: PATH: distribution; correlations: [{between: [P, Q], rho: R}] */
static gac_status load_uncertain(gac_ctx *c, gac_scenario *s, const gac_node *n, const gac_node *corr)
{
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "uncertain")) != GAC_OK)
		return st;
	if (!(s->uncertain = gac_calloc(n->count ? n->count : 1, sizeof *s->uncertain)))
		return gac_fail(c->err, GAC_ENOMEM, c->file, n->line, n->col, "out of memory");
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *k = n->items[2 * i], *v = n->items[2 * i + 1];
		struct gac_uncertain *u = &s->uncertain[i];
		double now;
		if (gac_scenario_get_number(&now, s, k->text) != GAC_OK || gac_param_kind(s, k->text) == 1) {
			char hint[256];
			const char *h = gac_param_closest(s, k->text, hint, sizeof hint);
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "uncertain: '%s' is not a numeric parameter of this scenario%s%s%s", k->text,
			                h ? " (did you mean '" : "", h ? h : "", h ? "'?)" : "");
		}
		if (!(u->path = gac_strdup(k->text)))
			return gac_fail(c->err, GAC_ENOMEM, c->file, k->line, k->col, "out of memory");
		s->uncertain_count = i + 1;
		u->line = k->line;
		u->col = k->col;
		if ((st = gac_dist_load(c, v, k->text, &u->dist)) != GAC_OK)
			return st;
	}
	if (!corr)
		return GAC_OK;
	size_t m = s->uncertain_count;
	if ((st = gac_expect(c, corr, GAC_NODE_SEQ, "correlations")) != GAC_OK)
		return st;
	if (!(s->correlation = gac_calloc(m * m, sizeof *s->correlation)))
		return gac_fail(c->err, GAC_ENOMEM, c->file, corr->line, corr->col, "out of memory");
	s->corr_line = corr->line;
	s->corr_col = corr->col;
	for (size_t i = 0; i < m; i++)
		s->correlation[i * m + i] = 1;
	static const char *const keys[] = {"between", "rho", NULL};
	for (size_t i = 0; i < corr->count; i++) {
		const gac_node *e = corr->items[i];
		if ((st = gac_expect(c, e, GAC_NODE_MAP, "a correlation")) != GAC_OK ||
		    (st = gac_check_keys(c, e, keys, "a correlation")) != GAC_OK)
			return st;
		const gac_node *b = gac_map_get(e, "between"), *r = gac_map_get(e, "rho");
		if (!b || !r)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
			                "a correlation needs 'between: [PATH, PATH]' and 'rho'");
		if ((st = gac_expect(c, b, GAC_NODE_SEQ, "between")) != GAC_OK)
			return st;
		if (b->count != 2)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, b->line, b->col, "between names two uncertain inputs");
		long x = -1, y = -1;
		for (int j = 0; j < 2; j++) {
			const gac_node *p = b->items[j];
			long idx = p->type == GAC_NODE_SCALAR ? uncertain_index(s, p->text) : -1;
			if (idx < 0)
				return gac_fail(c->err, GAC_ESCHEMA, c->file, p->line, p->col,
				                "'%s' is not among the uncertain inputs", p->type == GAC_NODE_SCALAR ? p->text : "?");
			if (j == 0)
				x = idx;
			else
				y = idx;
		}
		if (x == y)
			return gac_fail(c->err, GAC_EVALUE, c->file, b->line, b->col, "a correlation relates two different inputs");
		double rho;
		if ((st = gac_get_number(c, r, 0, "rho", &rho)) != GAC_OK)
			return st;
		if (rho < -1 || rho > 1)
			return gac_fail(c->err, GAC_EVALUE, c->file, r->line, r->col,
			                "rho is a rank correlation from -1 to 1 (got %s)", r->text);
		s->correlation[(size_t)x * m + (size_t)y] = s->correlation[(size_t)y * m + (size_t)x] = rho;
	}
	return GAC_OK;
}

/* budget: thresholds for the whole scenario, and under `workloads:` and
 * `options:` for a workload's share or an option's total.  Loaded last:
 * its entries name workloads and options. */
/* The options' names sorted, to look a name up in log time (a file may
 * name each of 20,000 options again under budget and forecast); NULL when
 * out of memory. */
static int by_name_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char **sorted_option_names(const gac_scenario *s)
{
	const char **on = gac_calloc(s->option_count ? s->option_count : 1, sizeof *on);
	if (!on)
		return NULL;
	for (size_t j = 0; j < s->option_count; j++)
		on[j] = s->options[j].name;
	qsort(on, s->option_count, sizeof *on, by_name_text);
	return on;
}

static bool has_option(const char **sorted, size_t n, const char *name)
{
	return n && bsearch(&name, sorted, n, sizeof *sorted, by_name_text) != NULL;
}

static gac_status load_budget_names(gac_ctx *c, gac_scenario *s, const gac_node *n, const char **on);

static gac_status load_budget(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	const char **on = sorted_option_names(s);
	if (!on)
		return gac_fail(c->err, GAC_ENOMEM, c->file, n->line, n->col, "out of memory");
	gac_status st = load_budget_names(c, s, n, on);
	free(on);
	return st;
}

static gac_status load_budget_names(gac_ctx *c, gac_scenario *s, const gac_node *n, const char **on)
{
	static const char *const keys[] = {"monthly", "max_increase", "max_increase_percent", "percentile",
	                                   "include_risk", "workloads", "options", NULL};
	static const char *const ekeys[] = {"monthly", "max_increase", "max_increase_percent", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "budget")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "budget")) != GAC_OK)
		return st;
	for (int i = GAC_G_BUDGET; i <= GAC_G_INCLUDE_RISK; i++) {
		const gac_node *v = gac_map_get(n, gac_gdesc[i].key + 7);
		if (v && (st = gac_scenario_set_node(c, s, gac_gdesc[i].key, v)) != GAC_OK)
			return st;
	}
	for (int sec = GAC_SECT_BUDGET_WORKLOAD; sec <= GAC_SECT_BUDGET_OPTION; sec++) {
		const char *sub = gac_sections[sec].key + 7;
		const gac_node *m = gac_map_get(n, sub);
		if (!m)
			continue;
		if ((st = gac_expect(c, m, GAC_NODE_MAP, gac_sections[sec].key)) != GAC_OK)
			return st;
		for (size_t i = 0; i < m->count; i++) {
			const gac_node *k = m->items[2 * i], *e = m->items[2 * i + 1];
			bool known = false;
			if (sec == GAC_SECT_BUDGET_WORKLOAD)
				known = gac_scenario_find_workload(s, k->text, strlen(k->text)) != NULL;
			else
				known = has_option(on, s->option_count, k->text);
			if (sec == GAC_SECT_BUDGET_OPTION && !strcmp(k->text, "baseline"))
				known = true;
			if (!known)
				return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
				                "%s: no %s named '%s'", gac_sections[sec].key,
				                sec == GAC_SECT_BUDGET_WORKLOAD ? "workload" : "option", k->text);
			if ((st = gac_expect(c, e, GAC_NODE_MAP, gac_sections[sec].what)) != GAC_OK ||
			    (st = gac_check_keys(c, e, ekeys, gac_sections[sec].what)) != GAC_OK)
				return st;
			if ((st = add_entry(s, sec, k->text)) != GAC_OK)
				return gac_fail(c->err, st, c->file, k->line, k->col, "cannot add '%s': %s", k->text,
				                gac_strerror(st));
			gac_entry *u = &s->sect[sec].items[s->sect[sec].count - 1];
			u->line = k->line;
			u->col = k->col;
			for (int f = 0; f < GAC_B_COUNT; f++) {
				const gac_node *v = gac_map_get(e, gac_bdesc[f].key);
				if (v && (st = gac_scenario_set_node(c, s, u->paths[f], v)) != GAC_OK)
					return st;
			}
		}
	}
	return GAC_OK;
}

static gac_status load_scenario(gac_ctx *c, gac_scenario *s, const gac_node *root)
{
	static const char *const keys[] = {"genaicost", "name", "description", "pricing", "region",
	                                   "hours_per_month", "workloads", "deployment", "options",
	                                   "traffic", "topology", "services", "customizations", "forecast",
	                                   "ranges", "uncertain", "correlations", "budget",
	                                   "pricing_overrides", "drivers", NULL};
	gac_status st;
	if ((st = gac_expect_format(c, root, "scenario", "a scenario")) != GAC_OK)
		return st;
	const gac_node *v;
	if ((st = gac_check_keys(c, root, keys, "a scenario")) != GAC_OK)
		return st;
	if ((v = gac_map_get(root, "name")) && (st = gac_get_string(c, v, "name", &s->name)) != GAC_OK)
		return st;
	if ((v = gac_map_get(root, "description")) && (st = gac_expect(c, v, GAC_NODE_SCALAR, "description")) != GAC_OK)
		return st;
	if ((v = gac_map_get(root, "pricing"))) {
		if ((st = gac_get_string(c, v, "pricing", &s->pricing)) != GAC_OK)
			return st;
		s->pricing_line = v->line;
		s->pricing_col = v->col;
	}
	if ((v = gac_map_get(root, "region")) && (st = gac_get_string(c, v, "region", &s->region)) != GAC_OK)
		return st;
	if (v) {
		s->region_line = v->line;
		s->region_col = v->col;
	}
	if ((v = gac_map_get(root, "hours_per_month")) &&
	    (st = gac_scenario_set_node(c, s, "hours_per_month", v)) != GAC_OK)
		return st;
	static const char *const sections[] = {"deployment", "traffic", "topology"};
	for (size_t sec = 0; sec < 3; sec++) {
		const gac_node *map = gac_map_get(root, sections[sec]);
		if (!map)
			continue;
		/* the keys of a section are its parameters' last parts */
		const char *skeys[GAC_G_COUNT + 2];
		size_t nk = 0, plen = strlen(sections[sec]);
		for (int i = 0; i < GAC_G_COUNT; i++)
			if (!strncmp(gac_gdesc[i].key, sections[sec], plen) && gac_gdesc[i].key[plen] == '.')
				skeys[nk++] = gac_gdesc[i].key + plen + 1;
		if (sec == 2)
			skeys[nk++] = "regions";
		skeys[nk] = NULL;
		if ((st = gac_expect(c, map, GAC_NODE_MAP, sections[sec])) != GAC_OK ||
		    (st = gac_check_keys(c, map, skeys, sections[sec])) != GAC_OK)
			return st;
		for (int i = 0; i < GAC_G_COUNT; i++) {
			if (strncmp(gac_gdesc[i].key, sections[sec], plen) || gac_gdesc[i].key[plen] != '.')
				continue;
			if ((v = gac_map_get(map, gac_gdesc[i].key + plen + 1)) &&
			    (st = gac_scenario_set_node(c, s, gac_gdesc[i].key, v)) != GAC_OK)
				return st;
		}
		if (sec == 2 && (v = gac_map_get(map, "regions"))) {
			if ((st = gac_expect(c, v, GAC_NODE_SEQ, "topology.regions")) != GAC_OK)
				return st;
			if (v->count == 0)
				return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
				                "topology.regions must not be empty");
			s->regions = gac_calloc(v->count, sizeof *s->regions);
			if (!s->regions)
				return gac_fail(c->err, GAC_ENOMEM, c->file, v->line, v->col, "out of memory");
			for (size_t i = 0; i < v->count; i++) {
				s->region_count = i + 1;
				if ((st = gac_get_string(c, v->items[i], "a region", &s->regions[i])) != GAC_OK)
					return st;
				for (size_t j = 0; j < i; j++)
					if (!strcmp(s->regions[j], s->regions[i]))
						return gac_fail(c->err, GAC_ESCHEMA, c->file, v->items[i]->line,
						                v->items[i]->col, "region '%s' is listed twice",
						                s->regions[i]);
			}
			s->regions_line = v->line;
			s->regions_col = v->col;
			/* the primary region is the first, unless `region` says otherwise */
			if (!gac_map_get(root, "region")) {
				char *d = gac_strdup(s->regions[0]);
				if (!d)
					return gac_fail(c->err, GAC_ENOMEM, c->file, v->line, v->col, "out of memory");
				free(s->region);
				s->region = d;
			}
		}
	}
	for (int sec = 0; sec < GAC_SECT_BUDGET_WORKLOAD; sec++) {
		const gac_node *n = gac_map_get(root, gac_sections[sec].key);
		if (n && (st = load_section(c, s, sec, n)) != GAC_OK)
			return st;
	}
	const gac_node *po = gac_map_get(root, "pricing_overrides");
	if (po && (st = gac_overrides_load(c, s, po)) != GAC_OK)
		return st;
	const gac_node *dr = gac_map_get(root, "drivers");
	if (dr && (st = gac_drivers_load(c, s, dr)) != GAC_OK)
		return st;
	const gac_node *fc = gac_map_get(root, "forecast");
	if (fc && (st = load_forecast(c, s, fc)) != GAC_OK)
		return st;
	const gac_node *wl = gac_map_get(root, "workloads");
	if (!wl)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, root->line, root->col,
		                "a scenario needs 'workloads'");
	if ((st = gac_expect(c, wl, GAC_NODE_SEQ, "workloads")) != GAC_OK)
		return st;
	if (wl->count == 0)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, wl->line, wl->col, "workloads must not be empty");
	if (wl->count > GAC_MAX_WORKLOADS)
		return gac_fail(c->err, GAC_ELIMIT, c->file, wl->line, wl->col,
		                "more than %u workloads in one scenario", GAC_MAX_WORKLOADS);
	for (size_t i = 0; i < wl->count; i++)
		if ((st = load_workload(c, s, wl->items[i])) != GAC_OK)
			return st;
	/* expressions name drivers and fields of the whole: computed now, so
	 * that options are checked against their values */
	if ((st = gac_bindings_prepare(s, false, c->err)) != GAC_OK || (st = gac_bindings_eval(s, c->err)) != GAC_OK)
		return st;
	/* options come last: their overrides name workloads */
	const gac_node *opts = gac_map_get(root, "options");
	if (opts && (st = gac_options_load(c, s, opts)) != GAC_OK)
		return st;
	/* forecast commitments name options */
	const char **on = s->commitment_count ? sorted_option_names(s) : NULL;
	if (s->commitment_count && !on)
		return gac_fail(c->err, GAC_ENOMEM, c->file, 0, 0, "out of memory");
	for (size_t i = 0; i < s->commitment_count; i++) {
		const struct gac_commitment *k = &s->commitments[i];
		if (!has_option(on, s->option_count, k->option)) {
			free(on);
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "forecast commitment: no option named '%s' (declare it under options)", k->option);
		}
	}
	free(on);
	/* ranges and uncertain inputs name workloads too */
	const gac_node *rg = gac_map_get(root, "ranges");
	if (rg && (st = load_ranges(c, s, rg)) != GAC_OK)
		return st;
	const gac_node *un = gac_map_get(root, "uncertain");
	if (un && (st = load_uncertain(c, s, un, gac_map_get(root, "correlations"))) != GAC_OK)
		return st;
	if (!un && gac_map_key_node(root, "correlations")) {
		const gac_node *k = gac_map_key_node(root, "correlations");
		return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
		                "correlations relate uncertain inputs: declare 'uncertain' too");
	}
	const gac_node *bu = gac_map_get(root, "budget");
	if (bu && (st = load_budget(c, s, bu)) != GAC_OK)
		return st;
	/* a division the uncertain inputs and ranges can make 0 */
	return gac_bindings_check_ranges(s, c->err);
}

static gac_status load_buffer(gac_scenario **out, const char *data, size_t len, const char *name,
                              const gac_load_options *opts, gac_error *err)
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
	gac_scenario *s = scenario_alloc();
	if (!s) {
		gac_yaml_free(&doc);
		return gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	}
	if ((st = gac_access_init(&s->access, name, opts, err)) != GAC_OK) {
		gac_yaml_free(&doc);
		gac_scenario_free(s);
		return st;
	}
	gac_ctx c = {.file = name, .err = err, .access = &s->access};
	st = load_scenario(&c, s, doc.root);
	gac_yaml_free(&doc);
	if (st == GAC_OK) {
		free(s->path);
		s->path = gac_strdup(name);
		if (!s->path)
			st = gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	}
	if (st != GAC_OK) {
		gac_scenario_free(s);
		return st;
	}
	gac_hash_hex(s->hash, data, len);
	*out = s;
	return GAC_OK;
}

gac_status gac_scenario_load_buffer(gac_scenario **out, const char *data, size_t len, const char *name,
                                    gac_error *err)
{
	return load_buffer(out, data, len, name, NULL, err);
}

gac_status gac_scenario_load_file(gac_scenario **out, const char *path, gac_error *err)
{
	return gac_scenario_load_file_opts(out, path, NULL, err);
}

gac_status gac_scenario_load_file_opts(gac_scenario **out, const char *path, const gac_load_options *opts,
                                       gac_error *err)
{
	if (!out || !path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no output or no path");
	*out = NULL;
	char *data;
	size_t len;
	gac_status st = gac_read_file(&data, &len, path, GAC_MAX_FILE_BYTES, err);
	if (st != GAC_OK)
		return st;
	st = load_buffer(out, data, len, path, opts, err);
	free(data);
	if (st != GAC_OK)
		return st;
	const char *slash = strrchr(path, '/');
	char *dir = slash ? gac_malloc((size_t)(slash - path) + 2) : gac_strdup(".");
	if (dir && slash) {
		size_t n = slash == path ? 1 : (size_t)(slash - path);
		memcpy(dir, path, n);
		dir[n] = '\0';
	}
	if (!dir) {
		gac_scenario_free(*out);
		*out = NULL;
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	}
	free((*out)->dir);
	(*out)->dir = dir;
	return GAC_OK;
}

gac_status gac_scenario_new(gac_scenario **out, const char *name)
{
	if (!out)
		return GAC_EARG;
	*out = scenario_alloc();
	if (!*out)
		return GAC_ENOMEM;
	if (name && !((*out)->name = gac_strdup(name))) {
		gac_scenario_free(*out);
		*out = NULL;
		return GAC_ENOMEM;
	}
	gac_hash_hex((*out)->hash, "", 0);
	return GAC_OK;
}

static gac_status clone_some(gac_scenario **out, const gac_scenario *src, const size_t *keep, size_t nkeep,
                             bool options);

gac_status gac_scenario_clone(gac_scenario **out, const gac_scenario *src)
{
	return clone_some(out, src, NULL, 0, true);
}

gac_status gac_scenario_clone_bare(gac_scenario **out, const gac_scenario *src)
{
	return clone_some(out, src, NULL, 0, false);
}

gac_status gac_scenario_subset(gac_scenario **out, const gac_scenario *src, const size_t *keep, size_t n)
{
	return keep || !n ? clone_some(out, src, keep, n, false) : GAC_EARG;
}

/* A deep copy; with `keep`, of the workloads keep[0..nkeep) alone, and
 * without what only analyses read (options, uncertain inputs, ranges,
 * commitments): a copy that prices as the original does those workloads,
 * in time of its own size. */
static gac_status clone_some(gac_scenario **out, const gac_scenario *src, const size_t *keep, size_t nkeep,
                             bool options)
{
	if (!out || !src)
		return GAC_EARG;
	*out = NULL;
	gac_scenario *s = gac_calloc(1, sizeof *s);
	if (!s)
		return GAC_ENOMEM;
	s->stamp = gac_new_stamp();
	memcpy(s->hash, src->hash, sizeof s->hash);
	memcpy(s->g, src->g, sizeof s->g);
	memcpy(s->gline, src->gline, sizeof s->gline);
	memcpy(s->gcol, src->gcol, sizeof s->gcol);
	s->gset = src->gset;
	s->region_line = src->region_line;
	s->region_col = src->region_col;
	bool ok = true;
#define DUP(f) do { if (src->f && !(s->f = gac_strdup(src->f))) ok = false; } while (0)
	DUP(name);
	DUP(pricing);
	DUP(region);
	DUP(dir);
	DUP(path);
#undef DUP
	s->pricing_line = src->pricing_line;
	s->pricing_col = src->pricing_col;
	if (ok && gac_access_copy(&s->access, &src->access) != GAC_OK)
		ok = false;
	if (ok && options && gac_options_copy(s, src) != GAC_OK)
		ok = false;
	if (ok && gac_overrides_copy(&s->ov, &src->ov) != GAC_OK)
		ok = false;
	memcpy(s->gline, src->gline, sizeof s->gline);
	for (int sec = 0; ok && sec < GAC_SECT_COUNT; sec++) {
		const struct gac_section *d = &gac_sections[sec];
		for (size_t i = 0; ok && i < src->sect[sec].count; i++) {
			const gac_entry *u = &src->sect[sec].items[i];
			if (add_entry(s, sec, u->name) != GAC_OK) {
				ok = false;
				break;
			}
			gac_entry *t = &s->sect[sec].items[i];
			memcpy(t->v, u->v, (size_t)d->nnum * sizeof *t->v);
			t->set = u->set;
			t->line = u->line;
			t->col = u->col;
			for (int k = 0; ok && k < d->ntext; k++)
				if (u->text[k] && !(t->text[k] = gac_strdup(u->text[k])))
					ok = false;
		}
	}
	s->season_count = src->season_count;
	if (ok && src->fc_start && !(s->fc_start = gac_strdup(src->fc_start)))
		ok = false;
	s->fc_start_line = src->fc_start_line;
	s->fc_start_col = src->fc_start_col;
	s->rates_age = src->rates_age;
	s->rates_age_set = src->rates_age_set;
	s->rates_age_line = src->rates_age_line;
	s->rates_age_col = src->rates_age_col;
	if (ok && !keep && src->uncertain_count) {
		s->uncertain = gac_calloc(src->uncertain_count, sizeof *s->uncertain);
		ok = s->uncertain != NULL;
		for (size_t i = 0; ok && i < src->uncertain_count; i++) {
			const struct gac_uncertain *a = &src->uncertain[i];
			struct gac_uncertain *b = &s->uncertain[i];
			*b = *a;
			b->path = NULL;
			b->dist.values = b->dist.rows = NULL;
			b->dist.source = NULL;
			s->uncertain_count = i + 1;
			ok = (b->path = gac_strdup(a->path)) != NULL;
			if (ok && a->dist.count) {
				ok = (b->dist.values = gac_calloc(a->dist.count, sizeof *b->dist.values)) != NULL;
				if (ok)
					memcpy(b->dist.values, a->dist.values, a->dist.count * sizeof *b->dist.values);
				else
					b->dist.count = 0;
			}
			if (ok && a->dist.rows) {
				ok = (b->dist.rows = gac_calloc(a->dist.count, sizeof *b->dist.rows)) != NULL &&
				     (b->dist.source = gac_strdup(a->dist.source)) != NULL;
				if (ok)
					memcpy(b->dist.rows, a->dist.rows, a->dist.count * sizeof *b->dist.rows);
			}
		}
		size_t m = src->uncertain_count;
		if (ok && src->correlation) {
			ok = (s->correlation = gac_calloc(m * m, sizeof *s->correlation)) != NULL;
			if (ok)
				memcpy(s->correlation, src->correlation, m * m * sizeof *s->correlation);
			s->corr_line = src->corr_line;
			s->corr_col = src->corr_col;
		}
	}
	if (ok && !keep && src->range_count) {
		s->ranges = gac_calloc(src->range_count, sizeof *s->ranges);
		ok = s->ranges != NULL;
		for (size_t i = 0; ok && i < src->range_count; i++) {
			s->ranges[i] = src->ranges[i];
			s->range_count = i + 1;
			ok = (s->ranges[i].path = gac_strdup(src->ranges[i].path)) != NULL;
		}
	}
	if (ok && !keep && src->commitment_count) {
		s->commitments = gac_calloc(src->commitment_count, sizeof *s->commitments);
		ok = s->commitments != NULL;
		for (size_t i = 0; ok && i < src->commitment_count; i++) {
			s->commitments[i] = src->commitments[i];
			s->commitment_count = i + 1;
			ok = (s->commitments[i].option = gac_strdup(src->commitments[i].option)) != NULL;
		}
	}
	if (ok && src->region_count) {
		s->regions = gac_calloc(src->region_count, sizeof *s->regions);
		ok = s->regions != NULL;
		for (size_t i = 0; ok && i < src->region_count; i++) {
			s->region_count = i + 1;
			ok = (s->regions[i] = gac_strdup(src->regions[i])) != NULL;
		}
		s->regions_line = src->regions_line;
		s->regions_col = src->regions_col;
	}
	size_t nw = keep ? nkeep : src->workload_count;
	for (size_t i = 0; ok && i < nw; i++) {
		if (keep && keep[i] >= src->workload_count) {
			gac_scenario_free(s);
			return GAC_EARG;
		}
		const gac_workload *w = &src->workloads[keep ? keep[i] : i];
		if (add_workload(s, w->name, w->model) != GAC_OK) {
			ok = false;
			break;
		}
		gac_workload *d = &s->workloads[i];
		memcpy(d->v, w->v, sizeof d->v);
		memcpy(d->fline, w->fline, sizeof d->fline);
		memcpy(d->fcol, w->fcol, sizeof d->fcol);
		d->set = w->set;
		d->wild = w->wild;
		d->line = w->line;
		d->col = w->col;
		d->mline = w->mline;
		d->mcol = w->mcol;
	}
	if (ok && gac_drivers_copy(s, src, keep != NULL) != GAC_OK)
		ok = false;
	if (!ok) {
		gac_scenario_free(s);
		return GAC_ENOMEM;
	}
	*out = s;
	return GAC_OK;
}

const char *gac_scenario_name(const gac_scenario *s) { return s ? (s->name ? s->name : "") : NULL; }
const char *gac_scenario_pricing(const gac_scenario *s) { return s ? s->pricing : NULL; }

static gac_status sheet_resolve_in(char **path_out, const gac_scenario *s, const char *const *dirs,
                                   gac_error *err);

gac_status gac_scenario_sheet_resolve(char **path_out, const gac_scenario *s, const char *const *dirs,
                                      gac_error *err)
{
	if (!path_out || !s)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output or no scenario");
	*path_out = NULL;
	char **own = NULL;
	if (!dirs) {
		gac_status st = gac_pricing_dirs(&own, err);
		if (st != GAC_OK)
			return st;
		dirs = (const char *const *)own;
	}
	gac_status st = sheet_resolve_in(path_out, s, dirs, err);
	free(own);
	return st;
}

static gac_status sheet_resolve_in(char **path_out, const gac_scenario *s, const char *const *dirs,
                                   gac_error *err)
{
	const char *ref = s->pricing ? s->pricing : "aws-bedrock";
	gac_status st = gac_sheet_resolve(path_out, ref, s->dir, dirs, err);
	if (!s->pricing || !s->pricing_line)
		return st;
	/* the scenario's own pricing: is placed at its value */
	const char *file = s->path, *value = s->pricing;
	unsigned line = s->pricing_line, col = s->pricing_col;
	if (st == GAC_ENOTFOUND && err) {
		char msg[sizeof err->message];
		memcpy(msg, err->message, sizeof msg);
		return gac_fail(err, st, file, line, col, "pricing: %s", msg);
	}
	if (st != GAC_OK)
		return st;
	bool is_path = strchr(value, '/') || strstr(value, ".yaml") || strstr(value, ".yml");
	if (is_path) {
		st = gac_access_check(&s->access, *path_out, dirs, "pricing", file, line, col, err);
		struct stat sb;
		if (st == GAC_OK && stat(*path_out, &sb) != 0)
			st = gac_fail(err, GAC_EIO, file, line, col, "pricing: cannot read '%.200s': %s", value,
			              strerror(errno));
		if (st != GAC_OK) {
			free(*path_out);
			*path_out = NULL;
		}
	}
	return st;
}
const char *gac_scenario_dir(const gac_scenario *s) { return s ? s->dir : NULL; }
const char *gac_scenario_path(const gac_scenario *s) { return s ? s->path : NULL; }
const char *gac_scenario_hash(const gac_scenario *s) { return s ? s->hash : NULL; }
size_t gac_scenario_workload_count(const gac_scenario *s) { return s ? s->workload_count : 0; }

const char *gac_scenario_workload_name(const gac_scenario *s, size_t i)
{
	return s && i < s->workload_count ? s->workloads[i].name : NULL;
}

const char *gac_scenario_workload_model(const gac_scenario *s, size_t i)
{
	return s && i < s->workload_count ? s->workloads[i].model : NULL;
}

long gac_forecast_start(const gac_scenario *s)
{
	return s && s->fc_start ? gac_month_parse(s->fc_start) : -1;
}

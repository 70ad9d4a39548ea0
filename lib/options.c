/* Options: named variants of a scenario, each a set of parameter-path
 * overrides.  They act only through the parameter mechanism, so any
 * input can differ between options. */
#include "internal.h"
#include "params.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void option_free(gac_option *o)
{
	free(o->name);
	for (size_t i = 0; i < o->count; i++) {
		free(o->paths[i]);
		free(o->values[i]);
	}
	free(o->paths);
	free(o->values);
	free(o->lines);
	free(o->cols);
	free(o->klines);
	free(o->kcols);
}

void gac_options_free(gac_scenario *s)
{
	for (size_t i = 0; i < s->option_count; i++)
		option_free(&s->options[i]);
	free(s->options);
	s->options = NULL;
	s->option_count = 0;
}

static bool option_alloc(gac_option *o, size_t n)
{
	o->paths = gac_calloc(n, sizeof *o->paths);
	o->values = gac_calloc(n, sizeof *o->values);
	o->lines = gac_calloc(n, sizeof *o->lines);
	o->cols = gac_calloc(n, sizeof *o->cols);
	o->klines = gac_calloc(n, sizeof *o->klines);
	o->kcols = gac_calloc(n, sizeof *o->kcols);
	return o->paths && o->values && o->lines && o->cols && o->klines && o->kcols;
}

gac_status gac_options_copy(gac_scenario *dst, const gac_scenario *src)
{
	if (!src->option_count)
		return GAC_OK;
	dst->options = gac_calloc(src->option_count, sizeof *dst->options);
	if (!dst->options)
		return GAC_ENOMEM;
	for (size_t i = 0; i < src->option_count; i++) {
		const gac_option *a = &src->options[i];
		gac_option *b = &dst->options[i];
		dst->option_count = i + 1;
		if (!(b->name = gac_strdup(a->name)) || !option_alloc(b, a->count))
			return GAC_ENOMEM;
		for (size_t j = 0; j < a->count; j++) {
			b->count = j + 1;
			b->paths[j] = gac_strdup(a->paths[j]);
			b->values[j] = gac_strdup(a->values[j]);
			b->lines[j] = a->lines[j];
			b->cols[j] = a->cols[j];
			b->klines[j] = a->klines[j];
			b->kcols[j] = a->kcols[j];
			if (!b->paths[j] || !b->values[j])
				return GAC_ENOMEM;
		}
	}
	return GAC_OK;
}


/* Whether option o sets path itself. */
static bool option_sets(const gac_option *o, const char *path)
{
	for (size_t j = 0; j < o->count; j++)
		if (!strcmp(o->paths[j], path))
			return true;
	return false;
}

/* An option that changes deployment.mode starts the new mode from its
 * defaults: the baseline's fields of the mode it leaves (the Reserved
 * tier's term and reservation; provisioned throughput's commitment, units
 * and overflow) do not follow it, unless the option sets them too.  So
 * `set: {deployment.mode: on-demand}` prices on demand over a baseline
 * with a Reserved-tier term, which would otherwise be refused as a term
 * without the Reserved tier (and no value of term means none). */
static void leave_mode(gac_scenario *s, const gac_option *o, int from)
{
	static const struct {
		int mode, g;
	} owned[] = {
		{GAC_MODE_RESERVED, GAC_G_TERM},           {GAC_MODE_RESERVED, GAC_G_RESERVED_IN_TPM},
		{GAC_MODE_RESERVED, GAC_G_RESERVED_OUT_TPM}, {GAC_MODE_PROVISIONED, GAC_G_COMMITMENT},
		{GAC_MODE_PROVISIONED, GAC_G_MODEL_UNITS},   {GAC_MODE_PROVISIONED, GAC_G_MODEL_UNIT_INPUT_TPM},
		{GAC_MODE_PROVISIONED, GAC_G_MODEL_UNIT_OUTPUT_TPM}, {GAC_MODE_PROVISIONED, GAC_G_OVERFLOW},
	};
	if ((int)s->g[GAC_G_MODE] == from)
		return;
	for (size_t k = 0; k < sizeof owned / sizeof *owned; k++) {
		int g = owned[k].g;
		if (owned[k].mode != from || !(s->gset & ((uint64_t)1 << g)) || option_sets(o, gac_gdesc[g].key))
			continue;
		s->g[g] = gac_gdesc[g].def;
		s->gset &= ~((uint64_t)1 << g);
	}
}

static gac_status apply(gac_scenario *s, const gac_option *o, const char *file, gac_error *err)
{
	const int from = (int)s->g[GAC_G_MODE];
	for (size_t j = 0; j < o->count; j++) {
		/* an unknown path at its key, a refused value at the value */
		gac_status st = gac_scenario_set_keyed(s, o->paths[j], o->values[j], err, file, o->klines[j],
		                                       o->kcols[j], o->lines[j], o->cols[j]);
		if (st != GAC_OK) {
			/* name the option, keep the place */
			if (err) {
				char msg[sizeof err->message + 600];
				gac_c_snprintf(msg, sizeof msg, "option '%s': %s", o->name, err->message);
				memcpy(err->message, msg, sizeof err->message - 1);
				err->message[sizeof err->message - 1] = '\0';
			}
			return st;
		}
	}
	leave_mode(s, o, from);
	return GAC_OK;
}

/* A set of names by open addressing, for the duplicates among n options
 * in time linear in n (a scan of the earlier names is quadratic). */
typedef struct name_set {
	const char **slot;
	size_t mask;
} name_set;

static size_t name_hash(const char *k)
{
	uint64_t h = 1469598103934665603u;  /* FNV-1a */
	for (; *k; k++)
		h = (h ^ (unsigned char)*k) * 1099511628211u;
	return (size_t)h;
}

/* Add `k`: false when it was there already. */
static bool name_set_add(name_set *t, const char *k)
{
	for (size_t i = name_hash(k) & t->mask;; i = (i + 1) & t->mask) {
		if (!t->slot[i]) {
			t->slot[i] = k;
			return true;
		}
		if (!strcmp(t->slot[i], k))
			return false;
	}
}

/* The workload a path workloads.NAME.FIELD names, or SIZE_MAX. */
static size_t path_workload(const gac_scenario *s, const char *path)
{
	if (strncmp(path, "workloads.", 10))
		return (size_t)-1;
	const char *name = path + 10, *dot = strchr(name, '.');
	if (!dot)
		return (size_t)-1;
	size_t len = (size_t)(dot - name);
	for (size_t i = 0; i < s->workload_count; i++)
		if (!strncmp(s->workloads[i].name, name, len) && s->workloads[i].name[len] == '\0')
			return i;
	return (size_t)-1;
}

/* Check an option's overrides as the file is read, on a copy of just the
 * workloads they name (each override of a workload is checked against
 * that workload and the scenario-wide fields), or of the scenario without
 * its options when one is scenario-wide: per option, time of its own size
 * rather than of the scenario with all its options.  A refusal is made
 * again on the whole, for the message the whole gives (its suggestions). */
static gac_status check_option(gac_ctx *c, gac_scenario *s, const gac_option *o, size_t *keep)
{
	size_t m = 0;
	for (size_t j = 0; j < o->count; j++) {
		size_t w = path_workload(s, o->paths[j]);
		if (w == (size_t)-1) {
			m = (size_t)-1;
			break;
		}
		bool seen = false;
		for (size_t k = 0; k < m && !seen; k++)
			seen = keep[k] == w;
		if (!seen)
			keep[m++] = w;
	}
	gac_scenario *trial = NULL;
	gac_status st = m == (size_t)-1 ? gac_scenario_clone_bare(&trial, s) : gac_scenario_subset(&trial, s, keep, m);
	if (st != GAC_OK)
		return GAC_ENOMEM;
	gac_error quiet;
	st = apply(trial, o, c->file, m == (size_t)-1 ? c->err : &quiet);
	gac_scenario_free(trial);
	if (st == GAC_OK || m == (size_t)-1)
		return st;
	if (gac_scenario_clone_bare(&trial, s) != GAC_OK)
		return GAC_ENOMEM;
	st = apply(trial, o, c->file, c->err);
	gac_scenario_free(trial);
	return st;
}

/* Option i of the file, node e. */
static gac_status load_one(gac_ctx *c, gac_scenario *s, const gac_node *e, size_t i, name_set *names, size_t *keep)
{
	static const char *const keys[] = {"name", "description", "set", NULL};
	gac_status st;
	gac_option *o = &s->options[i];
	s->option_count = i + 1;
	if ((st = gac_expect(c, e, GAC_NODE_MAP, "an option")) != GAC_OK ||
	    (st = gac_check_keys(c, e, keys, "an option")) != GAC_OK)
		return st;
	const gac_node *name = gac_map_get(e, "name"), *set = gac_map_get(e, "set");
	if (!name)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col, "an option needs 'name'");
	if ((st = gac_get_string(c, name, "name", &o->name)) != GAC_OK)
		return st;
	if (!gac_valid_name(o->name) || !strcmp(o->name, "baseline"))
		return gac_fail(c->err, GAC_EVALUE, c->file, name->line, name->col,
		                "option name '%s' must hold only letters, digits, '_' and '-' (at most 64), and not "
		                "be 'baseline' (the scenario as written)", o->name);
	if (!name_set_add(names, o->name))
		return gac_fail(c->err, GAC_ESCHEMA, c->file, name->line, name->col,
		                "option '%s' is declared twice", o->name);
	if (!set)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
		                "option '%s' needs 'set' (a mapping of parameter paths to values)",
		                o->name);
	if ((st = gac_expect(c, set, GAC_NODE_MAP, "set")) != GAC_OK)
		return st;
	if (!option_alloc(o, set->count ? set->count : 1))
		return gac_fail(c->err, GAC_ENOMEM, c->file, e->line, e->col, "out of memory");
	for (size_t j = 0; j < set->count; j++) {
		const gac_node *k = set->items[2 * j], *v = set->items[2 * j + 1];
		if ((st = gac_expect(c, v, GAC_NODE_SCALAR, k->text)) != GAC_OK)
			return st;
		o->count = j + 1;
		o->paths[j] = gac_strdup(k->text);
		o->values[j] = gac_strdup(v->text);
		o->lines[j] = v->line;
		o->cols[j] = v->col;
		o->klines[j] = k->line;
		o->kcols[j] = k->col;
		if (!o->paths[j] || !o->values[j])
			return gac_fail(c->err, GAC_ENOMEM, c->file, v->line, v->col, "out of memory");
	}
	/* catch bad paths and values now, where the file is being read */
	st = check_option(c, s, o, keep);
	if (st == GAC_ENOMEM)
		return gac_fail(c->err, GAC_ENOMEM, c->file, e->line, e->col, "out of memory");
	return st;
}

gac_status gac_options_load(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_SEQ, "options")) != GAC_OK)
		return st;
	if (n->count == 0)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "options must not be empty");
	s->options = gac_calloc(n->count, sizeof *s->options);
	size_t cap = 16, most = 1;
	while (cap < 2 * n->count)
		cap *= 2;
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *set = n->items[i]->type == GAC_NODE_MAP ? gac_map_get(n->items[i], "set") : NULL;
		if (set && set->type == GAC_NODE_MAP && set->count > most)
			most = set->count;
	}
	name_set names = {gac_calloc(cap, sizeof *names.slot), cap - 1};
	size_t *keep = gac_calloc(most, sizeof *keep);
	if (!s->options || !names.slot || !keep) {
		free(names.slot);
		free(keep);
		return gac_fail(c->err, GAC_ENOMEM, c->file, n->line, n->col, "out of memory");
	}
	st = GAC_OK;
	for (size_t i = 0; st == GAC_OK && i < n->count; i++)
		st = load_one(c, s, n->items[i], i, &names, keep);
	free(names.slot);
	free(keep);
	return st;
}

size_t gac_scenario_option_count(const gac_scenario *s)
{
	return s ? s->option_count : 0;
}

const char *gac_scenario_option_name(const gac_scenario *s, size_t i)
{
	return s && i < s->option_count ? s->options[i].name : NULL;
}

static gac_status with_option(gac_scenario **out, const gac_scenario *s, const gac_option *o, gac_error *err);

gac_status gac_scenario_with_option(gac_scenario **out, const gac_scenario *s, const char *name,
                                    gac_error *err)
{
	if (!out || !s || !name)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output, scenario or option name");
	*out = NULL;
	const gac_option *o = NULL;
	for (size_t i = 0; i < s->option_count; i++)
		if (!strcmp(s->options[i].name, name))
			o = &s->options[i];
	if (!o && strcmp(name, "baseline")) {
		gac_buf names = {0};
		gac_buf_puts(&names, "baseline");
		for (size_t i = 0; i < s->option_count; i++)
			gac_buf_printf(&names, ", %s", s->options[i].name);
		gac_fail(err, GAC_EPARAM, s->path, 0, 0, "no option named '%s' (options: %s)", name,
		         names.failed || !names.data ? "?" : names.data);
		gac_buf_free(&names);
		return GAC_EPARAM;
	}
	return with_option(out, s, o, err);
}

/* A copy with option o applied (NULL: the baseline): the scenario without
 * its options, the option's overrides set on it, so a copy costs the
 * scenario's size, not that times its options. */
static gac_status with_option(gac_scenario **out, const gac_scenario *s, const gac_option *o, gac_error *err)
{
	gac_scenario *copy = NULL;
	if (gac_scenario_clone_bare(&copy, s) != GAC_OK)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	gac_status st = o ? apply(copy, o, s->path, err) : GAC_OK;
	if (st != GAC_OK) {
		gac_scenario_free(copy);
		return st;
	}
	*out = copy;
	return GAC_OK;
}

gac_status gac_scenario_with_option_at(gac_scenario **out, const gac_scenario *s, size_t i, gac_error *err)
{
	if (!out || !s || i > s->option_count)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output, scenario or option %zu", i);
	*out = NULL;
	return with_option(out, s, i ? &s->options[i - 1] : NULL, err);
}

gac_status gac_scenario_with_option_kept(gac_scenario **out, const gac_scenario *s, size_t i, gac_error *err)
{
	if (!out || !s || i > s->option_count)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output, scenario or option %zu", i);
	*out = NULL;
	gac_scenario *copy = NULL;
	if (gac_scenario_clone(&copy, s) != GAC_OK)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	gac_status st = i ? apply(copy, &s->options[i - 1], s->path, err) : GAC_OK;
	if (st != GAC_OK) {
		gac_scenario_free(copy);
		return st;
	}
	*out = copy;
	return GAC_OK;
}

gac_status gac_scenario_add_option(gac_scenario *s, const char *name, const char *const *paths,
                                   const char *const *values, size_t count, gac_error *err)
{
	if (!s || !name || (count && (!paths || !values)))
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no scenario, name or overrides");
	if (!gac_valid_name(name) || !strcmp(name, "baseline"))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "option name '%s' is not valid", name);
	for (size_t i = 0; i < s->option_count; i++)
		if (!strcmp(s->options[i].name, name))
			return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "option '%s' exists already", name);
	gac_option *a = gac_realloc(s->options, (s->option_count + 1) * sizeof *a);
	if (!a)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	s->options = a;
	gac_option *o = &a[s->option_count];
	memset(o, 0, sizeof *o);
	s->option_count++;
	if (!(o->name = gac_strdup(name)) || !option_alloc(o, count ? count : 1))
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	for (size_t j = 0; j < count; j++) {
		o->count = j + 1;
		if (!(o->paths[j] = gac_strdup(paths[j])) || !(o->values[j] = gac_strdup(values[j])))
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	/* check the overrides now, as a loaded option's are */
	gac_scenario *trial = NULL;
	gac_status st = gac_scenario_with_option(&trial, s, name, err);
	gac_scenario_free(trial);
	if (st != GAC_OK) {
		option_free(o);
		s->option_count--;
	}
	return st;
}

/* Validations: price sheets and scenarios checked, one entry per file.
 * A scenario is priced (baseline and every option) and its uncertain
 * inputs checked, so unknown models, regions and missing prices show. */
#include "validate.h"

#include <stdlib.h>
#include <string.h>

#define NO_NAME_WARNING "the scenario has no name: reports, baselines and check tell scenarios apart " \
                        "by it; add name: at the top"

gac_status gac_validation_new(gac_validation **out)
{
	if (!out)
		return GAC_EARG;
	*out = gac_calloc(1, sizeof **out);
	return *out ? GAC_OK : GAC_ENOMEM;
}

static void entry_free(gac_valid_entry *e)
{
	free(e->path);
	free(e->sheet_name);
	free(e->sheet_as_of);
	free(e->scenario_name);
	free(e->warning);
}

void gac_validation_free(gac_validation *v)
{
	if (!v)
		return;
	for (size_t i = 0; i < v->count; i++)
		entry_free(&v->entries[i]);
	free(v->entries);
	free(v);
}

/* A copy of `s`, or NULL for NULL; *bad set when the copy fails. */
static char *dup_or_null(const char *s, bool *bad)
{
	if (!s)
		return NULL;
	char *d = gac_strdup(s);
	*bad |= !d;
	return d;
}

/* A new entry for `path`, zeroed but for its path, not yet counted:
 * entry_commit counts it.  NULL when out of memory. */
static gac_valid_entry *entry_begin(gac_validation *v, const char *path)
{
	if (v->count == v->cap) {
		size_t cap = v->cap ? 2 * v->cap : 8;
		gac_valid_entry *n = gac_realloc(v->entries, cap * sizeof *n);
		if (!n)
			return NULL;
		v->entries = n;
		v->cap = cap;
	}
	gac_valid_entry *e = &v->entries[v->count];
	memset(e, 0, sizeof *e);
	gac_error_clear(&e->err);
	e->path = gac_strdup(path);
	return e->path ? e : NULL;
}

static gac_status entry_commit(gac_validation *v, gac_valid_entry *e, bool bad)
{
	if (bad) {
		entry_free(e);
		return GAC_ENOMEM;
	}
	v->count++;
	v->invalid += !e->valid;
	return GAC_OK;
}

static bool set_sheet(gac_valid_entry *e, const gac_sheet *sheet)
{
	bool bad = false;
	e->has_sheet = true;
	e->sheet_name = dup_or_null(gac_sheet_name(sheet), &bad);
	e->sheet_as_of = dup_or_null(gac_sheet_as_of(sheet), &bad);
	e->models = gac_sheet_model_count(sheet);
	return bad;
}

static bool set_scenario(gac_valid_entry *e, const gac_scenario *sc)
{
	bool bad = false;
	const char *name = gac_scenario_name(sc);
	e->has_scenario = true;
	e->scenario_name = name && name[0] ? dup_or_null(name, &bad) : NULL;
	e->workloads = gac_scenario_workload_count(sc);
	e->options = gac_scenario_option_count(sc);
	return bad;
}

gac_status gac_validation_add_sheet(gac_validation *v, const char *path, const gac_sheet *sheet)
{
	if (!v || !path || !sheet)
		return GAC_EARG;
	gac_valid_entry *e = entry_begin(v, path);
	if (!e)
		return GAC_ENOMEM;
	e->kind = GAC_FILE_PRICESHEET;
	e->valid = true;
	return entry_commit(v, e, set_sheet(e, sheet));
}

gac_status gac_validation_add_scenario(gac_validation *v, const char *path, const gac_scenario *sc,
                                       const gac_sheet *sheet, gac_error *err)
{
	gac_error own;
	if (!err)
		err = &own;
	gac_error_clear(err);
	if (!v || !path || !sc || !sheet)
		return GAC_EARG;
	/* the baseline and every option must price */
	gac_comparison *cmp = NULL;
	gac_status st = gac_compare(&cmp, sc, sheet, err);
	gac_comparison_free(cmp);
	/* and what its uncertain inputs can reach, as simulate checks */
	if (st == GAC_OK)
		st = gac_scenario_check_uncertain(sc, err);
	if (st == GAC_ENOMEM)
		return st;
	gac_valid_entry *e = entry_begin(v, path);
	if (!e)
		return GAC_ENOMEM;
	e->kind = GAC_FILE_SCENARIO;
	e->valid = st == GAC_OK;
	e->status = st;
	/* both, whatever the first gives: entry_free releases what each copied */
	bool bad = set_scenario(e, sc);
	bad |= set_sheet(e, sheet);
	if (st != GAC_OK) {
		e->err = *err;
		e->err.status = st;
	} else if (!e->scenario_name) {
		/* a baseline is matched to its scenario by name: say when there is none */
		e->warning = dup_or_null(NO_NAME_WARNING, &bad);
	}
	gac_status rc = entry_commit(v, e, bad);
	return rc != GAC_OK ? rc : st;
}

gac_status gac_validation_add_error(gac_validation *v, const char *path, int kind, const gac_scenario *sc,
                                    gac_status status, const gac_error *err)
{
	if (!v || !path || status == GAC_OK)
		return GAC_EARG;
	gac_valid_entry *e = entry_begin(v, path);
	if (!e)
		return GAC_ENOMEM;
	e->kind = kind == GAC_FILE_PRICESHEET || kind == GAC_FILE_SCENARIO ? kind : 0;
	e->status = status;
	if (err)
		e->err = *err;
	e->err.status = status;
	bool bad = sc ? set_scenario(e, sc) : false;
	return entry_commit(v, e, bad);
}

size_t gac_validation_count(const gac_validation *v)
{
	return v ? v->count : 0;
}

size_t gac_validation_invalid_count(const gac_validation *v)
{
	return v ? v->invalid : 0;
}

const char *gac_validation_warning(const gac_validation *v, size_t i)
{
	return v && i < v->count ? v->entries[i].warning : NULL;
}

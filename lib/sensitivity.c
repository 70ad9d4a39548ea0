/* Sensitivity: which inputs move the bill most.  Every numeric input is
 * moved down and up through the parameter paths and priced by the engine. */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct gac_sensitivity {
	gac_sensitivity_item *items;
	char **paths;
	size_t count;
	double base;
};

void gac_sensitivity_free(gac_sensitivity *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->count; i++)
		free(s->paths[i]);
	free(s->paths);
	free(s->items);
	free(s);
}

static int by_swing(const void *a, const void *b)
{
	const gac_sensitivity_item *x = a, *y = b;
	if (x->swing != y->swing)
		return x->swing < y->swing ? 1 : -1;
	return strcmp(x->path, y->path);  /* a stable order for ties */
}

/* Total with `path` set to `v` on a fresh copy (setting one request rate
 * clears the others, so the original is never touched); false when the
 * scenario refuses `v` or cannot be priced with it. */
static bool total_at(double *total, const gac_scenario *s, const gac_sheet *sheet, const char *path, double v,
                     gac_status *fatal, gac_error *err)
{
	gac_error quiet;
	gac_scenario *w = NULL;
	if (gac_scenario_clone(&w, s) != GAC_OK) {
		*fatal = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		return false;
	}
	bool ok = gac_scenario_set_number(w, path, v, &quiet) == GAC_OK;
	if (ok) {
		gac_status st = gac_estimate_total(total, w, sheet, &quiet);
		if (st == GAC_ENOMEM) {
			*fatal = gac_fail(err, st, NULL, 0, 0, "out of memory");
			ok = false;
		} else {
			ok = st == GAC_OK;
		}
	}
	gac_scenario_free(w);
	return ok;
}

gac_status gac_sensitivity_run(gac_sensitivity **out, const gac_scenario *s, const gac_sheet *sheet,
                               double swing, gac_error *err)
{
	if (!out || !s || !sheet)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "missing argument");
	*out = NULL;
	if (!(swing > 0 && swing < 1))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "the swing is a fraction above 0 and below 1 (got %g)",
		                swing);
	gac_status st;
	gac_sensitivity *r = gac_calloc(1, sizeof *r);
	size_t n = gac_scenario_param_count(s);
	if (!r || !(r->items = gac_calloc(n + 1, sizeof *r->items)) || !(r->paths = gac_calloc(n + 1, sizeof *r->paths))) {
		gac_sensitivity_free(r);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	if ((st = gac_estimate_total(&r->base, s, sheet, err)) != GAC_OK)
		goto fail;
	for (size_t i = 0; i < n; i++) {
		const char *path = gac_scenario_param_path(s, i);
		int kind = gac_param_kind(s, path);
		double v;
		/* thresholds (budget.*) judge the bill, they do not move it */
		if (kind == 1 || !strncmp(path, "budget.", 7) || gac_scenario_get_number(&v, s, path) != GAC_OK)
			continue;
		/* a range the scenario declares wins over the swing */
		const struct gac_range *declared = NULL;
		for (size_t k = 0; k < s->range_count; k++)
			if (!strcmp(s->ranges[k].path, path))
				declared = &s->ranges[k];
		if (v == 0 && !declared)
			continue;
		double lo = declared ? declared->lo : v * (1 - swing), hi = declared ? declared->hi : v * (1 + swing);
		if (!declared) {
			if (kind == 2) {
				/* whole counts move by one at least */
				lo = fmax(1, fmin(round(lo), v - 1));
				hi = fmax(round(hi), v + 1);
			}
			/* and nothing moves past its maximum (1 for fractions, 744 hours) */
			hi = fmin(hi, gac_param_max(s, path));
		}
		gac_sensitivity_item it = {.value = v, .low = lo, .high = hi};
		st = GAC_OK;
		bool ok_lo = total_at(&it.total_low, s, sheet, path, lo, &st, err);
		bool ok_hi = st == GAC_OK && total_at(&it.total_high, s, sheet, path, hi, &st, err);
		if (st != GAC_OK)
			goto fail;
		if (!ok_lo || !ok_hi)
			continue;
		it.swing = fabs(it.total_high - it.total_low);
		if (!(r->paths[r->count] = gac_strdup(path))) {
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			goto fail;
		}
		it.path = r->paths[r->count];
		r->items[r->count++] = it;
	}
	qsort(r->items, r->count, sizeof *r->items, by_swing);
	*out = r;
	return GAC_OK;
fail:
	gac_sensitivity_free(r);
	return st;
}

size_t gac_sensitivity_count(const gac_sensitivity *s) { return s ? s->count : 0; }
double gac_sensitivity_base(const gac_sensitivity *s) { return s ? s->base : 0; }

const gac_sensitivity_item *gac_sensitivity_at(const gac_sensitivity *s, size_t i)
{
	return s && i < s->count ? &s->items[i] : NULL;
}

/* Sweeps: every option's total across a range of one parameter, or a grid
 * of two, through the parameter paths and the cost engine only. */
#include "internal.h"
#include "plan.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gac_sweep {
	size_t points, options, axes;
	char **names;
	double *values;   /* points × axes */
	double *totals;   /* points × options */
	double *needed;   /* points × options: the model units the peak load
	                   * needs where the option is under capacity, else NAN */
	double *lists;    /* points × options: totals at list prices, NULL
	                   * when no option has pricing_overrides */
};

static gac_status axis_parse(gac_sweep_axis *out, const char *spec, gac_error *err)
{
	memset(out, 0, sizeof *out);
	const char *eq = strchr(spec, '=');
	if (!eq || eq == spec || (size_t)(eq - spec) >= sizeof out->path)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "--sweep takes PATH=LO:HI:STEPS[:log] (got '%s')", spec);
	memcpy(out->path, spec, (size_t)(eq - spec));
	char parts[4][128];
	int n = 0;
	const char *p = eq + 1;
	while (n < 4) {
		const char *colon = strchr(p, ':');
		size_t len = colon ? (size_t)(colon - p) : strlen(p);
		if (len >= sizeof parts[0])
			break;
		memcpy(parts[n], p, len);
		parts[n++][len] = '\0';
		if (!colon)
			break;
		p = colon + 1;
	}
	double steps;
	if (n < 3 || (n == 4 && strcmp(parts[3], "log")) ||
	    gac_parse_number(&out->lo, parts[0], GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK ||
	    gac_parse_number(&out->hi, parts[1], GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK ||
	    gac_parse_number(&steps, parts[2], 0) != GAC_OK || steps != floor(steps))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "--sweep takes PATH=LO:HI:STEPS[:log] (got '%s')", spec);
	if (!(out->lo < out->hi))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "sweep of %s: the range %s:%s is empty or inverted",
		                out->path, parts[0], parts[1]);
	if (steps < 2 || steps > 1e7)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "sweep of %s: STEPS must be from 2 to 10000000 (got %s)",
		                out->path, parts[2]);
	out->steps = (size_t)steps;
	out->log = n == 4;
	if (out->log && out->lo <= 0)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0,
		                "sweep of %s: a log sweep cannot reach 0 or below (LO is %s)", out->path, parts[0]);
	return GAC_OK;
}

gac_status gac_sweep_axis_parse(gac_sweep_axis **out, const char *spec, gac_error *err)
{
	if (out)
		*out = NULL;
	if (!out || !spec)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no sweep");
	gac_sweep_axis *a = gac_malloc(sizeof *a);
	if (!a)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	gac_status st = axis_parse(a, spec, err);
	if (st != GAC_OK) {
		free(a);
		return st;
	}
	*out = a;
	return GAC_OK;
}

void gac_sweep_axis_free(gac_sweep_axis *axis)
{
	free(axis);
}

const char *gac_sweep_axis_path(const gac_sweep_axis *axis)
{
	return axis ? axis->path : NULL;
}

void gac_sweep_axis_range(const gac_sweep_axis *axis, double *lo, double *hi, size_t *steps, int *log_scale)
{
	if (lo)
		*lo = axis ? axis->lo : NAN;
	if (hi)
		*hi = axis ? axis->hi : NAN;
	if (steps)
		*steps = axis ? axis->steps : 0;
	if (log_scale)
		*log_scale = axis ? axis->log : 0;
}

gac_status gac_sweep_axes_gather(gac_sweep_axis to[2], gac_sweep_axis *const *axes, size_t naxes)
{
	if (!axes || naxes < 1 || naxes > 2)
		return GAC_EARG;
	for (size_t k = 0; k < naxes; k++) {
		if (!axes[k])
			return GAC_EARG;
		to[k] = *axes[k];
	}
	return GAC_OK;
}

static double axis_value(const gac_sweep_axis *a, size_t i)
{
	if (i + 1 == a->steps)
		return a->hi;  /* exactly the end asked for */
	double t = (double)i / (double)(a->steps - 1);
	return a->log ? a->lo * pow(a->hi / a->lo, t) : a->lo + (a->hi - a->lo) * t;
}

void gac_sweep_free(gac_sweep *w)
{
	if (!w)
		return;
	for (size_t i = 0; i < w->options; i++)
		free(w->names[i]);
	free(w->names);
	free(w->values);
	free(w->totals);
	free(w->needed);
	free(w->lists);
	free(w);
}

/* Check the axes: GAC_OK or the failure, with its message. */
static gac_status check_axes(const gac_scenario *s, const gac_sweep_axis *axes, size_t naxes, gac_error *err)
{
	for (size_t k = 0; k < naxes; k++) {
		double v;
		if (gac_scenario_get_number(&v, s, axes[k].path) != GAC_OK) {
			/* the setter knows the suggestions */
			gac_scenario *probe = NULL;
			if (gac_scenario_clone_bare(&probe, s) != GAC_OK)
				return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			gac_status st = gac_scenario_set_number(probe, axes[k].path, axes[k].lo, err);
			gac_scenario_free(probe);
			return st != GAC_OK ? st : gac_fail(err, GAC_EPARAM, NULL, 0, 0, "%s is not numeric", axes[k].path);
		}
	}
	for (size_t k = 0; k < naxes; k++)
		if (gac_param_kind(s, axes[k].path) == 1)
			return gac_fail(err, GAC_EPARAM, NULL, 0, 0,
			                "%s is a choice, not a number: compare its values as options instead", axes[k].path);
	if (naxes == 2 && !strcmp(axes[0].path, axes[1].path))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "the two sweeps vary the same parameter %s", axes[0].path);
	size_t points = axes[0].steps * (naxes == 2 ? axes[1].steps : 1);
	if (points > 10000000)
		return gac_fail(err, GAC_ELIMIT, NULL, 0, 0, "a sweep of %zu points is more than 10,000,000", points);
	return GAC_OK;
}

gac_status gac_sweep_each(const gac_scenario *s, const gac_sheet *sheet, const gac_sweep_axis *axes, size_t naxes,
                          const gac_sweep_sink *sink, gac_error *err)
{
	if (!s || !sheet || !axes || naxes < 1 || naxes > 2 || !sink)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "a sweep has one or two axes");
	gac_status st = check_axes(s, axes, naxes, err);
	if (st != GAC_OK)
		return st;
	size_t points = axes[0].steps * (naxes == 2 ? axes[1].steps : 1);
	size_t nopt = gac_scenario_option_count(s) + 1;
	const char **names = gac_calloc(nopt, sizeof *names);
	gac_scenario **variants = gac_calloc(nopt, sizeof *variants);
	gac_workspace **ws = gac_calloc(nopt, sizeof *ws);
	/* resolve each path once per variant: the loop only stores numbers */
	gac_pref (*refs)[2] = gac_calloc(nopt, sizeof *refs);
	double *totals = gac_calloc(nopt, sizeof *totals);
	double *needed = gac_calloc(nopt, sizeof *needed);
	double *lists = gac_calloc(nopt, sizeof *lists);
	/* each option's plan (plan.h), compiled at the first point and again
	 * after a point that crossed one of its branches; NULL: the engine */
	gac_plan **plan = gac_calloc(nopt, sizeof *plan);
	bool *stale = gac_calloc(nopt, sizeof *stale);
	if (!names || !variants || !ws || !refs || !totals || !needed || !lists || !plan || !stale)
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	for (size_t o = 0; st == GAC_OK && o < nopt; o++) {
		names[o] = o == 0 ? "baseline" : gac_scenario_option_name(s, o - 1);
		st = gac_scenario_with_option_at(&variants[o], s, o, err);
	}
	/* a workspace per variant, so each keeps its models found */
	for (size_t o = 0; st == GAC_OK && o < nopt; o++)
		if (gac_workspace_new(&ws[o]) != GAC_OK)
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	for (size_t o = 0; st == GAC_OK && o < nopt; o++)
		for (size_t k = 0; st == GAC_OK && k < naxes; k++)
			if (gac_param_resolve(&refs[o][k], variants[o], axes[k].path) != GAC_OK)
				st = gac_fail(err, GAC_EPARAM, NULL, 0, 0, "%s is not numeric", axes[k].path);
	/* list totals when an option has pricing_overrides, or gets them from
	 * a swept pricing_overrides path (set at every point alike) */
	bool ov = false;
	for (size_t o = 0; st == GAC_OK && o < nopt; o++) {
		/* a value refused here is refused, and reported, at point 0 below */
		for (size_t k = 0; k < naxes; k++)
			(void)gac_param_store(&refs[o][k], axes[k].path, axis_value(&axes[k], 0), NULL);
		ov = ov || gac_scenario_has_overrides(variants[o]);
	}
	if (st == GAC_OK && sink->start)
		st = sink->start(sink->ctx, points, nopt, names, ov, err);
	for (size_t p = 0; st == GAC_OK && p < points; p++) {
		size_t i0 = naxes == 2 ? p / axes[1].steps : p, i1 = naxes == 2 ? p % axes[1].steps : 0;
		double values[2] = {axis_value(&axes[0], i0), naxes == 2 ? axis_value(&axes[1], i1) : 0};
		for (size_t o = 0; st == GAC_OK && o < nopt; o++) {
			for (size_t k = 0; st == GAC_OK && k < naxes; k++)
				st = gac_param_store(&refs[o][k], axes[k].path, values[k], err);
			if (st == GAC_OK && (p == 0 || stale[o])) {
				/* only the swept paths move: the rest folds into constants */
				gac_plan_free(plan[o]);
				plan[o] = NULL;
				gac_error scratch;
				const double *moving[2] = {refs[o][0].slot, naxes == 2 ? refs[o][1].slot : NULL};
				bool trustable = !variants[o]->binding_count && !refs[o][0].wild && !refs[o][0].inherit &&
				                 (naxes < 2 || (!refs[o][1].wild && !refs[o][1].inherit));
				/* not trusted: the plan checks every number it does not follow */
				if (gac_plan_compile(&plan[o], variants[o], sheet, &scratch) == GAC_OK && trustable)
					(void)gac_plan_trust(plan[o], moving, naxes);
				stale[o] = false;
			}
			if (st == GAC_OK && gac_plan_eval(plan[o], &totals[o], &lists[o])) {
				gac_plan_under_capacity(plan[o], NULL, &needed[o]);
			} else if (st == GAC_OK) {
				stale[o] = gac_plan_ok(plan[o]) || !plan[o];  /* one without formulas stays so */
				st = gac_estimate_total_ws(&totals[o], variants[o], sheet, ws[o], err);
				if (st == GAC_OK) {
					gac_workspace_under_capacity(ws[o], NULL, &needed[o]);
					lists[o] = gac_workspace_list_total(ws[o]);
				}
			}
			if (st != GAC_OK && err) {
				char msg[sizeof err->message + 600];
				gac_c_snprintf(msg, sizeof msg, "at %s = %g (%s): %s", axes[0].path, values[0], names[o],
				               err->message);
				memcpy(err->message, msg, sizeof err->message - 1);
				err->message[sizeof err->message - 1] = '\0';
			}
		}
		if (st == GAC_OK)
			st = sink->row(sink->ctx, p, values, totals, ov ? lists : NULL, needed, err);
	}
	for (size_t o = 0; variants && o < nopt; o++)
		gac_scenario_free(variants[o]);
	for (size_t o = 0; ws && o < nopt; o++)
		gac_workspace_free(ws[o]);
	for (size_t o = 0; plan && o < nopt; o++)
		gac_plan_free(plan[o]);
	free(plan);
	free(stale);
	free(variants);
	free(ws);
	free(refs);
	free(names);
	free(totals);
	free(needed);
	free(lists);
	return st;
}

/* gac_sweep_run's sink: every point kept. */
static gac_status keep_start(void *ctx, size_t points, size_t nopt, const char *const *names, bool lists,
                             gac_error *err)
{
	gac_sweep *w = ctx;
	w->names = gac_calloc(nopt, sizeof *w->names);
	w->values = gac_calloc(points * w->axes, sizeof *w->values);
	w->totals = gac_calloc(points * nopt, sizeof *w->totals);
	w->needed = gac_calloc(points * nopt, sizeof *w->needed);
	w->lists = lists ? gac_calloc(points * nopt, sizeof *w->lists) : NULL;
	if (!w->names || !w->values || !w->totals || !w->needed || (lists && !w->lists))
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	w->points = points;
	for (size_t o = 0; o < nopt; o++) {
		w->options = o + 1;
		if (!(w->names[o] = gac_strdup(names[o])))
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	return GAC_OK;
}

static gac_status keep_row(void *ctx, size_t p, const double *values, const double *totals,
                           const double *lists, const double *needed, gac_error *err)
{
	(void)err;
	gac_sweep *w = ctx;
	if (w->lists && lists)
		memcpy(&w->lists[p * w->options], lists, w->options * sizeof *lists);
	memcpy(&w->values[p * w->axes], values, w->axes * sizeof *values);
	memcpy(&w->totals[p * w->options], totals, w->options * sizeof *totals);
	memcpy(&w->needed[p * w->options], needed, w->options * sizeof *needed);
	return GAC_OK;
}

gac_status gac_sweep_run(gac_sweep **out, const gac_scenario *s, const gac_sheet *sheet,
                         gac_sweep_axis *const *axes, size_t naxes, gac_error *err)
{
	gac_sweep_axis ax[2];
	if (out)
		*out = NULL;
	if (gac_sweep_axes_gather(ax, axes, naxes) != GAC_OK)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "a sweep has one or two axes");
	return gac_sweep_run_axes(out, s, sheet, ax, naxes, err);
}

gac_status gac_sweep_run_axes(gac_sweep **out, const gac_scenario *s, const gac_sheet *sheet,
                              const gac_sweep_axis *axes, size_t naxes, gac_error *err)
{
	if (!out || !s || !sheet || !axes || naxes < 1 || naxes > 2)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "a sweep has one or two axes");
	*out = NULL;
	gac_sweep *w = gac_calloc(1, sizeof *w);
	if (!w)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	w->axes = naxes;
	gac_sweep_sink sink = {.start = keep_start, .row = keep_row, .ctx = w};
	gac_status st = gac_sweep_each(s, sheet, axes, naxes, &sink, err);
	if (st != GAC_OK) {
		gac_sweep_free(w);
		return st;
	}
	*out = w;
	return GAC_OK;
}

size_t gac_sweep_points(const gac_sweep *w) { return w ? w->points : 0; }
size_t gac_sweep_option_count(const gac_sweep *w) { return w ? w->options : 0; }

const char *gac_sweep_option_name(const gac_sweep *w, size_t o)
{
	return w && o < w->options ? w->names[o] : NULL;
}

double gac_sweep_value(const gac_sweep *w, size_t p, size_t k)
{
	return w && p < w->points && k < w->axes ? w->values[p * w->axes + k] : NAN;
}

double gac_sweep_total(const gac_sweep *w, size_t p, size_t o)
{
	return w && p < w->points && o < w->options ? w->totals[p * w->options + o] : NAN;
}

double gac_sweep_list_total(const gac_sweep *w, size_t p, size_t o)
{
	return w && w->lists && p < w->points && o < w->options ? w->lists[p * w->options + o] : NAN;
}

int gac_sweep_under_capacity(const gac_sweep *w, size_t p, size_t o)
{
	return !isnan(gac_sweep_units_needed(w, p, o));
}

double gac_sweep_units_needed(const gac_sweep *w, size_t p, size_t o)
{
	return w && p < w->points && o < w->options ? w->needed[p * w->options + o] : NAN;
}

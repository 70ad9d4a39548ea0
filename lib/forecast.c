/* Forecasts: month by month with compound growth, seasonality and
 * commitments that start and end on given months, priced through the
 * parameter paths and the cost engine. */
#include "forecast.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void gac_forecast_free(gac_forecast *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->name_count; i++)
		free(f->names[i]);
	for (size_t i = 0; i < f->wl_count; i++)
		free(f->wl[i].name);
	free(f->wl);
	for (size_t i = 0; i < f->commit_count; i++)
		free(f->commits[i].option);
	free(f->commits);
	for (size_t i = 0; i < f->str_count; i++)
		free(f->strs[i]);
	free(f->strs);
	gac_result_free(f->first);
	free(f->names);
	free(f->months);
	free(f->buys);
	free(f->held_at);
	free(f->used_at);
	free(f->list);
	free(f->buy_list);
	free(f);
}

size_t gac_forecast_count(const gac_forecast *f) { return f ? f->count : 0; }
double gac_forecast_owed_after(const gac_forecast *f) { return f ? f->owed_after : 0; }

const gac_forecast_month *gac_forecast_at(const gac_forecast *f, size_t i)
{
	return f && i < f->count ? &f->months[i] : NULL;
}

size_t gac_forecast_purchase_count(const gac_forecast *f) { return f ? f->buy_count : 0; }

const gac_forecast_purchase *gac_forecast_purchase_at(const gac_forecast *f, size_t i)
{
	return f && i < f->buy_count ? &f->buys[i] : NULL;
}

/* What a result's provisioned throughputs cost a month, the units they
 * bill, and the units their peak load needs (NAN when one is unknown);
 * its reservations aside. */
static double pt_cost(const gac_result *r, double *units, double *needed)
{
	double cost = 0, u = 0, n = 0;
	size_t count = 0;
	for (size_t j = 0; j < gac_result_provisioned_count(r); j++) {
		const gac_provisioned *p = gac_result_provisioned(r, j);
		if (p->reserved)
			continue;
		count++;
		cost += p->monthly_cost;
		u += p->units;
		n += p->units_needed;
	}
	if (units)
		*units = count ? u : NAN;
	if (needed)
		*needed = count ? n : NAN;
	return cost;
}

/* What one provisioned throughput costs a month at list prices
 * (pricing_overrides): its model-unit-hour lines' quantity × list price,
 * scaled to its monthly cost when those lines are not all of it (the
 * ratio of the lines' list to net prices then stands for the rest). */
static double pt_list(const gac_result *r, const gac_provisioned *e)
{
	double net = e->monthly_cost, lines = 0, list = 0;
	if (!gac_result_has_overrides(r))
		return net;
	for (size_t i = 0; i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		if (l->unit && !strcmp(l->unit, "model-unit hour") && !strcmp(l->model, e->model) &&
		    !strcmp(l->workload, e->workloads)) {
			lines += l->cost;
			list += l->quantity * l->list_price;
		}
	}
	if (lines == 0)
		return net;
	return lines == net ? list : net * (list / lines);
}

static gac_status add_purchase(gac_forecast *f, const gac_forecast_purchase *p, double list, gac_error *err)
{
	if (f->buy_count == f->buy_cap) {
		size_t cap = f->buy_cap ? 2 * f->buy_cap : 8;
		gac_forecast_purchase *n = realloc(f->buys, cap * sizeof *n);
		if (!n)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		f->buys = n;
		size_t *h = realloc(f->held_at, cap * sizeof *h);
		if (!h)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		f->held_at = h;
		size_t *u = realloc(f->used_at, cap * sizeof *u);
		if (!u)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		f->used_at = u;
		double *bl = realloc(f->buy_list, cap * sizeof *bl);
		if (!bl)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		f->buy_list = bl;
		f->buy_cap = cap;
	}
	f->held_at[f->buy_count] = f->used_at[f->buy_count] = 0;
	f->buy_list[f->buy_count] = list;
	f->buys[f->buy_count++] = *p;
	return GAC_OK;
}

/* A reservation's monthly fee at list prices (pricing_overrides): its
 * lines' quantities × list prices; its fee when nothing is discounted. */
static double reserved_list(const gac_result *r, const gac_provisioned *e)
{
	if (!gac_result_has_overrides(r))
		return e->monthly_cost;
	double list = 0;
	bool found = false;
	for (size_t i = 0; i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		if (l->unit && !strcmp(l->unit, "1K TPM-month") && !strcmp(l->model, e->model) &&
		    !strcmp(l->workload, e->workloads)) {
			list += l->quantity * l->list_price;
			found = true;
		}
	}
	return found ? list : e->monthly_cost;
}

/* A copy of text the forecast keeps (one per distinct text), or NULL
 * when out of memory. */
static const char *keep_text(gac_forecast *f, const char *text)
{
	for (size_t i = 0; i < f->str_count; i++)
		if (!strcmp(f->strs[i], text))
			return f->strs[i];
	if (f->str_count == f->str_cap) {
		size_t cap = f->str_cap ? 2 * f->str_cap : 8;
		char **n = realloc(f->strs, cap * sizeof *n);
		if (!n)
			return NULL;
		f->strs = n;
		f->str_cap = cap;
	}
	char *copy = gac_strdup(text);
	if (copy)
		f->strs[f->str_count++] = copy;
	return copy;
}

/* Whether a comma-joined list of workloads names `name`. */
static bool names_workload(const char *list, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = list; p && *p;) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == n && !strncmp(p, name, n))
			return true;
		p = end ? end + 1 : NULL;
	}
	return false;
}

/* A workload's reservation sizes as the month's estimate reads them: the
 * two fields, their bits and where they were written. */
struct held {
	double v[2];
	uint64_t set;
	unsigned line[2], col[2];
};

static const int tpm_field[2] = {GAC_W_DEPLOY + GAC_D_RESERVED_IN_TPM, GAC_W_DEPLOY + GAC_D_RESERVED_OUT_TPM};

/* The months of a reserved workload's term. */
static double reserved_term(const gac_scenario *w, const gac_workload *wl)
{
	return gac_deploy(w, wl, GAC_D_TERM) == 0 ? 1 : 3;
}

/* Hold, for month m, every reservation still in its term at the size it
 * was bought, whichever deployment bought it: a reserved workload on it
 * (the same model as written and the same term) reads those tokens per
 * minute (placed where the sizes were written, so an error still points
 * there).  The rest stay as written; save keeps what unhold puts back. */
static void hold(gac_scenario *w, gac_forecast *f, size_t m, struct held *save)
{
	for (size_t j = 0; j < w->workload_count; j++) {
		gac_workload *wl = &w->workloads[j];
		uint64_t bits = ((uint64_t)1 << tpm_field[0]) | ((uint64_t)1 << tpm_field[1]);
		save[j].set = wl->set & bits;
		for (int side = 0; side < 2; side++) {
			save[j].v[side] = wl->v[tpm_field[side]];
			save[j].line[side] = wl->fline[tpm_field[side]];
			save[j].col[side] = wl->fcol[tpm_field[side]];
		}
		if (gac_deploy(w, wl, GAC_D_MODE) != GAC_MODE_RESERVED)
			continue;
		const gac_forecast_purchase *p = NULL;
		for (size_t i = 0; !p && i < f->buy_count; i++) {
			const gac_forecast_purchase *b = &f->buys[i];
			if (b->reserved && b->month <= m && m <= b->last_month && names_workload(b->workloads, wl->name) &&
			    !strcmp(b->model, wl->model) && b->term_months == reserved_term(w, wl)) {
				p = b;
				f->held_at[i] = m;
			}
		}
		if (!p)
			continue;
		for (int side = 0; side < 2; side++) {
			unsigned line, col;
			gac_deploy_at(w, wl, tpm_field[side] - GAC_W_DEPLOY, &line, &col);
			wl->v[tpm_field[side]] = side ? p->output_tpm : p->input_tpm;
			wl->fline[tpm_field[side]] = line;
			wl->fcol[tpm_field[side]] = col;
		}
		wl->set |= bits;
	}
}

static void unhold(gac_scenario *w, const struct held *save)
{
	uint64_t bits = ((uint64_t)1 << tpm_field[0]) | ((uint64_t)1 << tpm_field[1]);
	for (size_t j = 0; j < w->workload_count; j++) {
		gac_workload *wl = &w->workloads[j];
		wl->set = (wl->set & ~bits) | save[j].set;
		for (int side = 0; side < 2; side++) {
			wl->v[tpm_field[side]] = save[j].v[side];
			wl->fline[tpm_field[side]] = save[j].line[side];
			wl->fcol[tpm_field[side]] = save[j].col[side];
		}
	}
}

/* A workload's model units as the month's estimate reads them: the field,
 * its bit and where it was written, and the units its deployment states
 * (0: auto). */
struct held_units {
	double v, written;
	bool set;
	unsigned line, col;
};

static const int units_field = GAC_W_DEPLOY + GAC_D_MODEL_UNITS;

/* Whether committed units p are option `name`'s for workload wl. */
static bool bought_for(const gac_forecast_purchase *p, const char *name, const gac_workload *wl)
{
	return !p->reserved && p->option == name && !strcmp(p->model, wl->model) &&
	       names_workload(p->workloads, wl->name);
}

/* Workload wl reads `units` model units, placed where its model_units was
 * written (so an error still points there). */
static void set_units(gac_scenario *w, gac_workload *wl, double units)
{
	unsigned line, col;
	gac_deploy_at(w, wl, GAC_D_MODEL_UNITS, &line, &col);
	wl->v[units_field] = units;
	wl->fline[units_field] = line;
	wl->fcol[units_field] = col;
	wl->set |= (uint64_t)1 << units_field;
}

/* Hold, for month m, the committed units option `name` bought that are
 * still in their term: every workload on a throughput they were bought
 * for reads their sum as its model_units, whether its deployment or the
 * scenario's wrote the commitment.  save keeps what unhold_units puts back
 * and each workload's units as written. */
static void hold_units(gac_scenario *w, const gac_forecast *f, const char *name, size_t m, struct held_units *save)
{
	for (size_t j = 0; j < w->workload_count; j++) {
		gac_workload *wl = &w->workloads[j];
		save[j] = (struct held_units){wl->v[units_field], gac_deploy(w, wl, GAC_D_MODEL_UNITS),
		                              (wl->set >> units_field & 1) != 0, wl->fline[units_field],
		                              wl->fcol[units_field]};
		if (gac_deploy(w, wl, GAC_D_MODE) != GAC_MODE_PROVISIONED)
			continue;
		double live = 0;
		for (size_t i = 0; i < f->buy_count; i++) {
			const gac_forecast_purchase *p = &f->buys[i];
			if (bought_for(p, name, wl) && p->month <= m && m <= p->last_month)
				live += p->units;
		}
		if (live > 0)
			set_units(w, wl, live);
	}
}

static void unhold_units(gac_scenario *w, const struct held_units *save)
{
	for (size_t j = 0; j < w->workload_count; j++) {
		gac_workload *wl = &w->workloads[j];
		wl->v[units_field] = save[j].v;
		wl->fline[units_field] = save[j].line;
		wl->fcol[units_field] = save[j].col;
		wl->set = (wl->set & ~((uint64_t)1 << units_field)) | ((uint64_t)save[j].set << units_field);
	}
}

/* The first workload of w that throughput e carries, or NULL; *at its
 * index. */
static gac_workload *carried(gac_scenario *w, const gac_provisioned *e, size_t *at)
{
	for (size_t j = 0; j < w->workload_count; j++)
		if (names_workload(e->workloads, w->workloads[j].name)) {
			*at = j;
			return &w->workloads[j];
		}
	return NULL;
}

/* The throughput of result r that purchase p's workloads run on, or NULL. */
static const gac_provisioned *throughput_of(const gac_result *r, const gac_forecast_purchase *p)
{
	for (size_t j = 0; j < gac_result_provisioned_count(r); j++) {
		const gac_provisioned *e = gac_result_provisioned(r, j);
		if (!e->reserved && !strcmp(e->workloads, p->workloads))
			return e;
	}
	return NULL;
}

/* The month's committed provisioned throughputs under deployment w
 * (option `name`), *r priced with the units held (hold_units): each
 * throughput with a commitment, whether the scenario's deployment or its
 * workloads' own wrote it, is bought as a purchase for its whole term
 * when the units in force fall short of the units written (model_units:
 * auto, the month's need): at the first month it runs committed, as a
 * renewal when a term of it ended the month before, else (auto, the need
 * grown mid-term) as an extra purchase of the need beyond the units in
 * force, and *r is then priced again with them. */
static gac_status commit_month(gac_result **r, gac_forecast *f, gac_scenario *w, const gac_sheet *sheet,
                               const char *name, size_t m, const struct held_units *save,
                               const gac_scenario *s, gac_error *err)
{
	size_t from = f->buy_count, n = gac_result_provisioned_count(*r), resize = 0;
	/* per purchase made here: bought beside units in force, and what the
	 * throughput cost, at list prices too, before it */
	struct { bool beside; double cost, list; } *was = gac_calloc(n + 1, sizeof *was);
	if (!was)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	gac_status st = GAC_OK;
	for (size_t j = 0; st == GAC_OK && j < n; j++) {
		const gac_provisioned *e = gac_result_provisioned(*r, j);
		size_t k = 0;
		const gac_workload *wl = e->reserved || !(e->term_months > 0) ? NULL : carried(w, e, &k);
		if (!wl)
			continue;
		double live = 0;
		bool ended = false;
		for (size_t i = 0; i < from; i++) {
			const gac_forecast_purchase *p = &f->buys[i];
			if (!bought_for(p, name, wl))
				continue;
			if (strcmp(p->workloads, e->workloads)) {
				/* held at its units, it met another throughput of
				 * that model and deployment, and the estimate priced
				 * the two as one */
				if (p->month <= m && m <= p->last_month) {
					unsigned line, col;
					gac_deploy_at(w, wl, GAC_D_MODE, &line, &col);
					free(was);
					return gac_fail(err, GAC_EVALUE, s->path, line ? line : wl->line, line ? col : wl->col,
					                "month %zu (%s): the %g model unit%s of %s for '%s' bought in month %zu "
					                "hold%s to month %zu, but at that size %s meet%s '%s' and the two would "
					                "be priced as one throughput; a forecast cannot keep them apart: give "
					                "them different model_units", m, name, p->units, p->units == 1 ? "" : "s",
					                p->model, p->workloads, p->month, p->units == 1 ? "s" : "", p->last_month,
					                p->units == 1 ? "it" : "they", p->units == 1 ? "s" : "", e->workloads);
				}
				continue;
			}
			if (p->month <= m && m <= p->last_month)
				live += p->units;
			ended |= p->last_month + 1 == m;
		}
		/* fixed units are bought (and renewed) as written; auto buys what
		 * the load needs beyond the units still in force */
		double target = save[k].written > 0 ? save[k].written : e->units_needed;
		if (!(target > live))
			continue;
		const char *model = keep_text(f, wl->model), *names = keep_text(f, e->workloads);
		if (!model || !names) {
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			break;
		}
		/* bought beside units in force: its cost is what the throughput
		 * costs with it less what it cost without, once priced again */
		gac_forecast_purchase p = {
			.option = name, .kind = ended ? "renewal" : live == 0 ? "purchase" : "extra purchase",
			.month = m, .last_month = m + (size_t)e->term_months - 1, .units = target - live,
			.term_months = e->term_months, .monthly_cost = live > 0 ? 0 : e->monthly_cost,
			.model = model, .workloads = names,
		};
		was[f->buy_count - from].beside = live > 0;
		was[f->buy_count - from].cost = e->monthly_cost;
		was[f->buy_count - from].list = pt_list(*r, e);
		st = add_purchase(f, &p, live > 0 ? 0 : pt_list(*r, e), err);
		resize += live > 0;
	}
	if (st != GAC_OK || !resize) {
		free(was);
		return st;
	}
	for (size_t i = from; i < f->buy_count; i++) {
		const gac_forecast_purchase *p = &f->buys[i];
		if (!was[i - from].beside)
			continue;
		double held = 0;
		for (size_t j = 0; j < f->buy_count; j++) {
			const gac_forecast_purchase *q = &f->buys[j];
			if (!q->reserved && q->option == name && !strcmp(q->workloads, p->workloads) && q->month <= m &&
			    m <= q->last_month)
				held += q->units;
		}
		for (size_t j = 0; j < w->workload_count; j++)
			if (names_workload(p->workloads, w->workloads[j].name))
				set_units(w, &w->workloads[j], held);
	}
	gac_result_free(*r);
	*r = NULL;
	st = gac_estimate(r, w, sheet, err);
	for (size_t i = from; st == GAC_OK && i < f->buy_count; i++) {
		gac_forecast_purchase *p = &f->buys[i];
		const gac_provisioned *e = was[i - from].beside ? throughput_of(*r, p) : NULL;
		if (!e)
			continue;
		p->monthly_cost = e->monthly_cost - was[i - from].cost;
		f->buy_list[i] = pt_list(*r, e) - was[i - from].list;
	}
	free(was);
	return st;
}

/* The month's reservations under deployment w (option `name`): their
 * fees and overflow, and a purchase for each not already in its term (the
 * same workloads, model as written and term, whichever deployment bought
 * it), at the size the month's estimate gave it (from the month's peak
 * when auto): at the first month its workloads run reserved, or a renewal
 * when its last term ended the month before.  A reservation held this
 * month that the estimate priced with other workloads (it met another at
 * one size) is refused, not merged. */
static gac_status reserve_month(gac_forecast *f, gac_forecast_month *x, const gac_result *r,
                                const gac_scenario *w, const char *name, size_t m, const gac_scenario *s,
                                gac_error *err)
{
	for (size_t j = 0; j < gac_result_provisioned_count(r); j++) {
		const gac_provisioned *e = gac_result_provisioned(r, j);
		if (!e->reserved)
			continue;
		x->reserved_fee += e->monthly_cost;
		x->reserved_overflow += e->overflow_cost;
		const char *model = e->model;  /* as its workloads name it */
		for (size_t i = 0; i < w->workload_count; i++)
			if (names_workload(e->workloads, w->workloads[i].name)) {
				model = w->workloads[i].model;
				break;
			}
		bool live = false, ended = false;
		for (size_t i = 0; i < f->buy_count; i++) {
			const gac_forecast_purchase *p = &f->buys[i];
			if (!p->reserved || strcmp(p->workloads, e->workloads) || strcmp(p->model, model) ||
			    p->term_months != e->term_months)
				continue;
			if (p->month <= m && m <= p->last_month) {
				live = true;
				f->used_at[i] = m;
			}
			ended |= p->last_month + 1 == m;
		}
		if (live)
			continue;
		gac_forecast_purchase p = {
			.option = name, .kind = ended ? "renewal" : "purchase", .month = m,
			.last_month = m + (size_t)e->term_months - 1, .units = 0, .term_months = e->term_months,
			.monthly_cost = e->monthly_cost, .reserved = 1, .model = keep_text(f, model),
			.workloads = keep_text(f, e->workloads), .input_tpm = e->input_tpm_per_unit,
			.output_tpm = e->output_tpm_per_unit,
		};
		if (!p.model || !p.workloads)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		gac_status st = add_purchase(f, &p, reserved_list(r, e), err);
		if (st != GAC_OK)
			return st;
		f->used_at[f->buy_count - 1] = m;
	}
	for (size_t i = 0; i < f->buy_count; i++) {
		const gac_forecast_purchase *p = &f->buys[i];
		if (f->held_at[i] != m || f->used_at[i] == m)
			continue;
		const gac_workload *wl = NULL;
		for (size_t j = 0; !wl && j < w->workload_count; j++)
			if (names_workload(p->workloads, w->workloads[j].name))
				wl = &w->workloads[j];
		unsigned line = 0, col = 0;
		if (wl)
			gac_deploy_at(w, wl, GAC_D_MODE, &line, &col);
		return gac_fail(err, GAC_EVALUE, s->path, line ? line : wl ? wl->line : 0, line ? col : wl ? wl->col : 0,
		                "month %zu (%s): the reservation of %s for '%s' bought in month %zu holds to month "
		                "%zu, but another reservation of that size and term meets it this month and the two "
		                "would be priced as one; a forecast cannot keep them apart: give them different "
		                "sizes or terms", m, name, p->model, p->workloads, p->month, p->last_month);
	}
	return GAC_OK;
}

/* The term a commitment runs: as given, else its option's commitment. */
static double term_of(const struct gac_commitment *k, const gac_scenario *v)
{
	if (k->months > 0)
		return k->months;
	double c = 0;
	gac_scenario_get_number(&c, v, "deployment.commitment");
	return c == GAC_COMMIT_1_MONTH ? 1 : c == GAC_COMMIT_6_MONTH ? 6 : INFINITY;
}

/* The rate path a workload was given in. */
static const char *rate_field(const gac_workload *w)
{
	if (w->set & (1u << GAC_W_REQUESTS_PER_DAY))
		return "requests_per_day";
	if (w->set & (1u << GAC_W_REQUESTS_PER_SECOND))
		return "requests_per_second";
	return "requests_per_month";
}

/* Place an overflow of a forecast at its likeliest cause in the file: the
 * largest growth written there, else the largest input written there;
 * the value is quoted.  Left unplaced when the file wrote neither (the
 * inputs came from --set). */
static void place_overflow(gac_error *err, const gac_scenario *s)
{
	if (!err)
		return;
	const gac_workload *g = NULL;
	for (size_t i = 0; i < s->workload_count; i++) {
		const gac_workload *w = &s->workloads[i];
		if ((w->set >> GAC_W_GROWTH & 1) && w->v[GAC_W_GROWTH] > 0 &&
		    (!g || w->v[GAC_W_GROWTH] > g->v[GAC_W_GROWTH]))
			g = w;
	}
	unsigned line = 0, col = 0;
	double v = 0;
	const char *what = "the largest input, here";
	if (g && !g->fline[GAC_W_GROWTH]) {
		/* a growth from --set: no place in the file to point at */
		line = col = 0;
		v = g->v[GAC_W_GROWTH];
		what = "the growth, given on the command line";
	} else if (g) {
		line = g->fline[GAC_W_GROWTH];
		col = g->fcol[GAC_W_GROWTH];
		v = g->v[GAC_W_GROWTH];
		what = "the growth, here";
	} else if (!gac_largest_input(s, NULL, &line, &col, &v) || !line) {
		return;
	}
	/* the engine's own "(its largest input ...)" named a grown figure */
	char *paren = strstr(err->message, " (its largest input");
	if (paren)
		*paren = '\0';
	size_t n = strlen(err->message);
	gac_c_snprintf(err->message + n, sizeof err->message - n, " (%s: '%.15g')", what, v);
	err->line = line;
	err->column = col;
}

gac_status gac_forecast_run(gac_forecast **out, const gac_scenario *s, const gac_sheet *sheet, size_t months,
                            gac_error *err)
{
	if (!out || !s || !sheet)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "missing argument");
	*out = NULL;
	if (months < 1 || months > 600)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "a forecast runs 1 to 600 months (got %zu)", months);
	size_t nk = s->commitment_count;
	gac_forecast *f = gac_calloc(1, sizeof *f);
	gac_scenario **variants = gac_calloc(nk + 1, sizeof *variants);
	double *terms = gac_calloc(nk + 1, sizeof *terms);      /* months each runs */
	size_t nw = s->workload_count;
	double *base = gac_calloc((nk + 1) * nw + 1, sizeof *base);  /* each variant's own rates */
	struct held *save = gac_calloc(nw + 1, sizeof *save);
	struct held_units *usave = gac_calloc(nw + 1, sizeof *usave);
	gac_status st = GAC_OK;
	if (!f || !variants || !terms || !base || !save || !usave || !(f->months = gac_calloc(months, sizeof *f->months)) ||
	    !(f->list = gac_calloc(months, sizeof *f->list)) ||
	    !(f->names = gac_calloc(nk + 1, sizeof *f->names)))
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	/* variant 0 is the baseline; then one per commitment */
	for (size_t i = 0; st == GAC_OK && i <= nk; i++) {
		const char *name = i == 0 ? "baseline" : s->commitments[i - 1].option;
		f->name_count = i + 1;
		if (!(f->names[i] = gac_strdup(name))) {
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			break;
		}
		st = gac_scenario_with_option(&variants[i], s, name, err);
		if (st != GAC_OK && i > 0 && err) {
			const struct gac_commitment *k = &s->commitments[i - 1];
			char msg[sizeof err->message + 64];
			gac_c_snprintf(msg, sizeof msg, "forecast commitment: %s", err->message);
			/* a commitment naming no option is a fault of the file */
			st = gac_fail(err, st == GAC_EPARAM ? GAC_ESCHEMA : st, s->path, k->line, k->col, "%.500s", msg);
		}
		if (st == GAC_OK)
			terms[i] = i > 0 ? term_of(&s->commitments[i - 1], variants[i]) : INFINITY;
		for (size_t j = 0; st == GAC_OK && j < nw; j++) {
			char path[512];
			gac_c_snprintf(path, sizeof path, "workloads.%s.%s", variants[i]->workloads[j].name,
			               rate_field(&variants[i]->workloads[j]));
			gac_scenario_get_number(&base[i * nw + j], variants[i], path);
		}
	}
	/* a commitment bills its whole term: two in force at once would each
	 * bill, which this forecast does not model, so they may not overlap */
	for (size_t i = 1; st == GAC_OK && i <= nk; i++)
		for (size_t j = 1; st == GAC_OK && j < i; j++) {
			const struct gac_commitment *a = &s->commitments[j - 1], *b = &s->commitments[i - 1];
			if (a->start < b->start + terms[i] && b->start < a->start + terms[j])
				st = gac_fail(err, GAC_EVALUE, s->path, b->line, b->col,
				              "forecast commitments overlap: '%s' from month %g and '%s' from month %g; "
				              "a commitment bills its whole term, so start the next when the last ends",
				              a->option, a->start, b->option, b->start);
		}
	if (st == GAC_OK && (!(f->wl = gac_calloc(nw + 1, sizeof *f->wl)) ||
	                     !(f->commits = gac_calloc(nk + 1, sizeof *f->commits))))
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	for (size_t j = 0; st == GAC_OK && j < nw; j++) {
		const gac_workload *wl = &variants[0]->workloads[j];
		f->wl[j] = (struct fc_workload){gac_strdup(wl->name), rate_field(wl), base[j], wl->v[GAC_W_GROWTH]};
		f->wl_count = j + 1;
		if (!f->wl[j].name)
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	for (size_t i = 1; st == GAC_OK && i <= nk; i++) {
		f->commits[i - 1] = (struct fc_commit){gac_strdup(s->commitments[i - 1].option),
		                                       s->commitments[i - 1].start, terms[i]};
		f->commit_count = i;
		if (!f->commits[i - 1].option)
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	if (st == GAC_OK) {  /* f itself may be what failed to allocate */
		f->season_count = s->season_count;
		f->start = gac_forecast_start(s);
		f->age = s->rates_age;
		for (size_t i = 0; i < s->season_count && i < 12; i++)
			f->season[i] = s->g[GAC_G_SEASON + i];
	}
	size_t seasons = s->season_count ? s->season_count : 1;
	double sum = 0;
	for (size_t m = 1; st == GAC_OK && m <= months; m++) {
		/* the latest commitment in force this month, if any */
		size_t v = 0;
		for (size_t i = 1; i <= nk; i++) {
			double start = s->commitments[i - 1].start;
			if (m >= start && m < start + terms[i] && (v == 0 || start >= s->commitments[v - 1].start))
				v = i;
		}
		gac_scenario *w = variants[v];
		double season = s->season_count ? s->g[GAC_G_SEASON + (m - 1) % seasons] : 1;
		double first = 0;
		/* scale each workload's own rate, then put it back */
		for (size_t i = 0; st == GAC_OK && i < w->workload_count; i++) {
			const gac_workload *wl = &w->workloads[i];
			/* the rates describe the month s->rates_age months before
			 * month 1 */
			double factor = pow(1 + wl->v[GAC_W_GROWTH], (double)(m - 1) + s->rates_age) * season;
			if (i == 0)
				first = factor;
			char path[512];
			gac_c_snprintf(path, sizeof path, "workloads.%s.%s", wl->name, rate_field(wl));
			st = gac_scenario_set_number(w, path, base[v * nw + i] * factor, err);
		}
		gac_result *r = NULL;
		/* reservations and committed units still in their term stay at
		 * the size bought; committed throughputs short of their units buy
		 * them (the scenario's deployment or a workload's own) */
		hold(w, f, m, save);
		hold_units(w, f, f->names[v], m, usave);
		if (st == GAC_OK)
			st = gac_estimate(&r, w, sheet, err);
		if (st == GAC_OK)
			st = commit_month(&r, f, w, sheet, f->names[v], m, usave, s, err);
		unhold_units(w, usave);
		unhold(w, save);
		if (st != GAC_OK && err) {
			char msg[sizeof err->message + 64];
			gac_c_snprintf(msg, sizeof msg, "month %zu: %s", m, err->message);
			memcpy(err->message, msg, sizeof err->message - 1);
			err->message[sizeof err->message - 1] = '\0';
			/* the month's rates are the scenario's grown: an overflow is
			 * placed at the growth, or the input, that the file wrote */
			if (st == GAC_ERANGE)
				place_overflow(err, s);
		}
		gac_forecast_month *x = &f->months[m - 1];
		*x = (gac_forecast_month){m, f->names[v], first, 0, 0, NAN, NAN, 0, 0, 0, 0};
		if (st == GAC_OK) {
			x->total = gac_result_total(r);
			f->has_list |= gac_result_has_overrides(r) != 0;
			f->list[m - 1] = gac_result_has_overrides(r) ? gac_result_list_total(r) : x->total;
			pt_cost(r, &x->units, &x->units_needed);
			x->under_capacity = gac_result_under_capacity(r, NULL);
			st = reserve_month(f, x, r, w, f->names[v], m, s, err);
			/* purchases of another commitment still running bill idle, as
			 * do reservations the deployment in force does not use */
			for (size_t i = 0; st == GAC_OK && i < f->buy_count; i++) {
				const gac_forecast_purchase *p = &f->buys[i];
				if (p->month > m || m > p->last_month)
					continue;
				if (p->reserved && f->used_at[i] != m) {
					x->total += p->monthly_cost;
					f->list[m - 1] += f->buy_list[i];
					x->reserved_fee += p->monthly_cost;
				} else if (!p->reserved && p->option != f->names[v]) {
					x->total += p->monthly_cost;
					f->list[m - 1] += f->buy_list[i];
					x->units = (isnan(x->units) ? 0 : x->units) + p->units;
				}
			}
		}
		/* month 1 with its line items, for --explain */
		if (m == 1 && st == GAC_OK)
			f->first = r;
		else
			gac_result_free(r);
		sum += x->total;
		x->cumulative = sum;
		if (st == GAC_OK && !isfinite(sum)) {
			st = gac_fail(err, GAC_ERANGE, s->path, 0, 0,
			              "month %zu: the cumulative cost overflows: an input or the growth is too large "
			              "for %zu months", m, months);
			place_overflow(err, s);
		}
		f->count = m;
	}
	/* each purchase bills its whole term: what those running past a month
	 * still owe after it */
	for (size_t m = 1; st == GAC_OK && m <= f->count; m++) {
		double owed = 0;
		for (size_t i = 0; i < f->buy_count; i++) {
			const gac_forecast_purchase *p = &f->buys[i];
			if (p->month <= m && p->last_month > m)
				owed += (double)(p->last_month - m) * p->monthly_cost;
		}
		f->months[m - 1].owed_after = owed;
		f->owed_after = owed;
		if (!isfinite(owed)) {
			st = gac_fail(err, GAC_ERANGE, s->path, 0, 0,
			              "what commitments owe after month %zu overflows: an input is too large", m);
			place_overflow(err, s);
		}
	}
	for (size_t i = 0; variants && i <= nk; i++)
		gac_scenario_free(variants[i]);
	free(variants);
	free(terms);
	free(usave);
	free(base);
	free(save);
	if (st != GAC_OK) {
		gac_forecast_free(f);
		return st;
	}
	*out = f;
	return GAC_OK;
}


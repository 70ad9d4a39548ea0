/* Bought capacity: provisioned throughput (model units by the hour, with
 * or without a commitment) and the Reserved tier (tokens per minute by
 * the month), each sized from the peak load, with the load above it
 * throttled or billed on demand.  Part of the cost engine (engine.h). */
#include "engine.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double active_minutes(const gac_scenario *s, const gac_workload *w)
{
	return w->v[GAC_W_ACTIVE_HOURS_PER_DAY] * 60.0 * (s->g[GAC_G_HOURS_PER_MONTH] / 24.0);
}

static gac_status add_provisioned(engine *e, const gac_provisioned *pv)
{
	gac_result *r = e->r;
	if (pv->under_capacity && isnan(r->under_needed)) {
		r->under_units = pv->units;
		r->under_needed = pv->units_needed;
	}
	if (e->quiet)
		return GAC_OK;
	gac_provisioned *a = gac_realloc(r->pt, (r->pt_count + 1) * sizeof *a);
	if (!a)
		return gac_fail(e->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	r->pt = a;
	a[r->pt_count] = *pv;
	a[r->pt_count].model = gac_strdup(pv->model);
	a[r->pt_count].workloads = gac_strdup(pv->workloads);
	a[r->pt_count].capacity_source = pv->capacity_source ? gac_strdup(pv->capacity_source) : NULL;
	a[r->pt_count].formula = pv->formula ? gac_strdup(pv->formula) : NULL;
	r->pt_count++;
	/* a source that failed to copy would read as "no source" in the report */
	if (!a[r->pt_count - 1].model || !a[r->pt_count - 1].workloads ||
	    (pv->capacity_source && !a[r->pt_count - 1].capacity_source) ||
	    (pv->formula && !a[r->pt_count - 1].formula))
		return gac_fail(e->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	return GAC_OK;
}

/* What a workload's provisioned throughput is bought as: workloads on one
 * model share its units only when all of this is the same. */
typedef struct deploy {
	int commit, overflow;
	double units, cap_in, cap_out;  /* units 0: auto; capacities 0: the sheet's */
} deploy;

static deploy deploy_of(const gac_scenario *s, const gac_workload *w)
{
	return (deploy){
		.commit = (int)gac_deploy(s, w, GAC_D_COMMITMENT), .overflow = (int)gac_deploy(s, w, GAC_D_OVERFLOW),
		.units = gac_deploy(s, w, GAC_D_MODEL_UNITS), .cap_in = gac_deploy(s, w, GAC_D_INPUT_TPM),
		.cap_out = gac_deploy(s, w, GAC_D_OUTPUT_TPM),
	};
}

static bool same_deploy(const deploy *a, const deploy *b)
{
	return a->commit == b->commit && a->overflow == b->overflow && a->units == b->units &&
	       a->cap_in == b->cap_in && a->cap_out == b->cap_out;
}

bool gac_runs_provisioned(const gac_scenario *s, const gac_workload *w)
{
	return gac_deploy(s, w, GAC_D_MODE) == GAC_MODE_PROVISIONED;
}

/* Where a workload's deployment field d was written; the workload itself
 * when nowhere (a default). */
void gac_deploy_where(const gac_scenario *s, const gac_workload *w, int d, unsigned *line, unsigned *col)
{
	gac_deploy_at(s, w, d, line, col);
	if (!*line) {
		*line = w->line;
		*col = w->col;
	}
}

/* "R requests × (1 − h) × T input tokens = X tokens ÷ M active minutes
 * (A active h/day × 60 × D days) × P peak/average = peak" */
static void describe_peak(gac_buf *b, const gac_scenario *s, const gac_workload *x, double tokens,
                          double per_request, const char *what, double burndown, double minutes, double peak)
{
	gac_describe_requests(b, s, x);
	gac_buf_puts(b, " × ");
	gac_buf_exact(b, per_request);
	gac_buf_printf(b, " %s", what);
	if (burndown != 1) {
		gac_buf_puts(b, " × ");
		gac_buf_exact(b, burndown);
		gac_buf_puts(b, " burndown");
	}
	gac_buf_puts(b, " = ");
	gac_buf_exact(b, tokens);
	gac_buf_puts(b, " tokens ÷ ");
	gac_buf_exact(b, minutes);
	gac_buf_puts(b, " active minutes (");
	gac_buf_exact(b, x->v[GAC_W_ACTIVE_HOURS_PER_DAY]);
	gac_buf_puts(b, " active h/day × 60 × ");
	gac_buf_exact(b, s->g[GAC_G_HOURS_PER_MONTH] / 24.0);
	gac_buf_puts(b, " days) × ");
	gac_buf_exact(b, x->v[GAC_W_PEAK_TO_AVERAGE]);
	gac_buf_puts(b, " peak/average = ");
	gac_buf_exact(b, peak);
}

/* Where the request volume of the throughput `w` opens was written: the
 * first workload on it (from `i` on) that gives its rate, and which key. */
static void volume_at(const gac_scenario *s, size_t i, const gac_workload *w, const deploy *dp,
                      const char **key, const char **name, unsigned *line, unsigned *col)
{
	static const struct { int f; const char *key; } rates[] = {
		{GAC_W_REQUESTS_PER_MONTH, "requests_per_month"},
		{GAC_W_REQUESTS_PER_DAY, "requests_per_day"},
		{GAC_W_REQUESTS_PER_SECOND, "requests_per_second"},
	};
	for (size_t j = i; j < s->workload_count; j++) {
		const gac_workload *x = &s->workloads[j];
		deploy dx = deploy_of(s, x);
		if (strcmp(x->model, w->model) || !gac_runs_provisioned(s, x) || !same_deploy(&dx, dp))
			continue;
		for (size_t k = 0; k < sizeof rates / sizeof *rates; k++) {
			if (x->set & ((uint64_t)1 << rates[k].f)) {
				*key = rates[k].key;
				*name = x->name;
				*line = x->fline[rates[k].f];
				*col = x->fcol[rates[k].f];
				return;
			}
		}
	}
}

/* The load above bought capacity served on demand: `share` of workload
 * x's month, an overflow line for its input and one for its output
 * tokens at the model's on-demand rates.  Each line's arithmetic is the
 * plan's, printed from it as the token lines are (gac_plan_render):
 * n_share, the share's node (its formula over the capacity and the peak
 * that binds), × the requests served × the tokens a request ÷ per; note
 * follows it (the rate, the side that binds).  Adds the lines' billed
 * cost to *cost. */
static gac_status price_overflow(double *cost, engine *e, const gac_workload *x, const gac_model *m,
                                 const gac_prices *p, double share, int n_share, const char *note)
{
	const char *unit = m->per == 1e6 ? "1M tokens" : "1K tokens";
	double served = gac_workload_requests(e->s, x) * (1.0 - x->v[GAC_W_RESPONSE_CACHE_HIT_RATE]);
	gac_status st = GAC_OK;
	for (int kk = GAC_DIM_INPUT; st == GAC_OK && kk <= GAC_DIM_OUTPUT; kk++) {
		const double *per_slot = &x->v[kk == GAC_DIM_INPUT ? GAC_W_INPUT_TOKENS : GAC_W_OUTPUT_TOKENS];
		/* a pattern's output tokens on an embedding model: skipped */
		if (kk == GAC_DIM_OUTPUT && gac_field_skipped(x, GAC_W_OUTPUT_TOKENS, m))
			continue;
		double per_req = *per_slot;
		PN_GUARD(e, PN_SLOT(e, per_slot), GT, 0.0, per_req > 0);
		if (per_req <= 0)
			continue;
		if (!(p->has & (1u << kk)))
			return gac_no_price(e, x, m, gac_price_name(kk));
		double t = share * served * per_req;
		/* (share × served × tokens a request) ÷ per, as above */
		if (e->plan) {
			int nt = PN_OP(e, MUL, PN_OP(e, MUL, n_share, gac_plan_served(e, x)), PN_SLOT(e, per_slot));
			PN_NOTE(e, nt, "tokens");
			e->plan_q = PN_OP(e, DIV, nt, PN_CONST(e, m->per));
		}
		gac_buf f = GAC_WHY(e);
		if (!e->quiet) {
			e->plan_text = true;
			gac_buf_puts(&f, note);
		}
		st = gac_add_line(e, x->name, m->id,
		                  kk == GAC_DIM_INPUT ? "overflow input tokens (on demand)" : "overflow output tokens (on demand)",
		                  t / m->per, unit, gac_dimensions[kk].key, p->v[kk], &f);
		*cost += st == GAC_OK ? e->r->lines[e->r->count - 1].cost : 0;
	}
	return st;
}

/* The plan of a throughput's size (plan.h).  Its units are a constant,
 * given or sized from the load, held by guards on the peaks' ratios to
 * one unit's capacity, ri = peak input ÷ input tokens/min per unit and
 * ro likewise: for whole units U, ceil(r) > U exactly when r > U, so the
 * load needs more than U units when ri > U or ro > U, and U sized from
 * the load stays U while both stay at most U and the one that sized it
 * above U - 1.  The same guards hold a throughput under capacity (its
 * load above the units) as such: *ri and *ro keep the ratios, from which
 * the units it needs are max(ceil(ri), ceil(ro)) as the engine computes
 * them (gac_plan_under); one whose load overflows on demand has its
 * share recorded by the caller. */
static void plan_size(engine *e, int *ri, int *ro, int n_pin, int n_pout, double peak_in, double peak_out,
                      double cap_in, double cap_out, double units, bool sized, bool load_known)
{
	*ri = *ro = -1;
	if (!e->plan)
		return;
	if (units != floor(units) || units < 1) {
		gac_plan_opaque(e->plan);
		return;
	}
	if (!load_known)
		return;  /* units as given, whatever the load */
	*ri = PN_OP(e, DIV, n_pin, PN_CONST(e, cap_in));
	*ro = PN_OP(e, DIV, n_pout, PN_CONST(e, cap_out));
	bool over_in = peak_in / cap_in > units, over_out = peak_out / cap_out > units;
	PN_GUARD(e, *ri, GT, units, over_in);
	PN_GUARD(e, *ro, GT, units, over_out);
	if (sized && units > 1) {
		if (ceil(peak_in / cap_in) == units)
			PN_GUARD(e, *ri, GT, units - 1, true);
		else
			PN_GUARD(e, *ro, GT, units - 1, true);
	}
}

/* One provisioned throughput per distinct model and deployment, shared by
 * the workloads on it: sized from their combined peak load when
 * model_units is auto.  Load above the units bought is throttled
 * (flagged) or, with deployment.overflow: on-demand, priced at the
 * model's on-demand rates: the share of each workload's month above what
 * the units serve at peak, on the binding dimension. */
gac_status gac_price_provisioned(engine *e)
{
	const gac_scenario *s = e->s;
	double hours = s->g[GAC_G_HOURS_PER_MONTH];
	for (size_t i = 0; i < s->workload_count; i++) {
		const gac_workload *w = &s->workloads[i];
		if (!gac_runs_provisioned(s, w))
			continue;
		deploy dp = deploy_of(s, w);
		bool first = true;
		for (size_t j = 0; first && j < i; j++) {
			const gac_workload *x = &s->workloads[j];
			deploy dx = deploy_of(s, x);
			if (!strcmp(x->model, w->model) && gac_runs_provisioned(s, x) && same_deploy(&dx, &dp))
				first = false;
		}
		if (!first)
			continue;
		int commit = dp.commit;
		int k = GAC_DIM_MU_NO_COMMIT + commit;
		gac_status st;
		const gac_entry *custom = gac_workload_custom(e, w, &st);
		if (st != GAC_OK)
			return st;
		if (custom && GAC_CUSTOM_OWN_SERVING((int)custom->v[GAC_C_KIND]))
			continue;  /* billed per CMU-minute or instance-hour instead */
		const gac_model *m = gac_find_model(e, w, &st);
		if (!m)
			return st;
		unsigned uline, ucol, cline, ccol, oline, ocol;
		gac_deploy_where(s, w, GAC_D_MODEL_UNITS, &uline, &ucol);
		gac_deploy_where(s, w, GAC_D_COMMITMENT, &cline, &ccol);
		gac_deploy_where(s, w, GAC_D_OVERFLOW, &oline, &ocol);
		/* AWS: a custom model may run one model unit without commitment */
		if (custom && commit == GAC_COMMIT_NONE && dp.units > 1)
			return gac_fail(e->err, GAC_EVALUE, s->path, uline, ucol,
			                "a custom model runs at most 1 model unit without a commitment (asked "
			                "for %g); choose a 1-month or 6-month commitment for more",
			                dp.units);
		if (!custom && commit == GAC_COMMIT_NONE && m->no_commit_custom_only)
			return gac_fail(e->err, GAC_EVALUE, s->path, cline, ccol,
			                "%s: provisioned throughput without a commitment is sold only for custom "
			                "models, not the base model (the sheet says provisioned_no_commit: "
			                "custom-only); choose a 1-month or 6-month commitment", m->id);
		if (custom && dp.overflow == GAC_OVERFLOW_ON_DEMAND && !m->serve_on_demand)
			return gac_fail(e->err, GAC_EVALUE, s->path, oline, ocol,
			                "workload '%s': deployment.overflow is on-demand, but customized %s is "
			                "served only with provisioned throughput (the sheet does not say "
			                "serve_on_demand: true); use overflow: throttle or buy the units the "
			                "peak needs", w->name, m->id);
		gac_prices p;
		gac_model_prices(&p, m, s->region);
		if (!(p.has & (1u << k)))
			return gac_no_price(e, w, m, gac_price_name(k));
		/* the load of every workload on this throughput */
		double cap_in = dp.cap_in > 0 ? dp.cap_in : m->capacity_in;
		double cap_out = dp.cap_out > 0 ? dp.cap_out : m->capacity_out;
		bool known = cap_in > 0 && cap_out > 0;
		double month_in = 0, month_out = 0, peak_in = 0, peak_out = 0, tokens = 0, raw_out = 0;
		/* the plan: the peaks as formulas, in the order they are summed */
		int n_pin = PN_CONST(e, 0.0), n_pout = PN_CONST(e, 0.0);
		gac_buf who = GAC_WHY(e), pin = GAC_WHY(e), pout = GAC_WHY(e);
		bool load = false;  /* some workload on it says its request rate */
		for (size_t j = i; j < s->workload_count; j++) {
			const gac_workload *x = &s->workloads[j];
			deploy dx = deploy_of(s, x);
			if (strcmp(x->model, w->model) || !gac_runs_provisioned(s, x) || !same_deploy(&dx, &dp))
				continue;
			load = load || (x->set & GAC_W_RATE_BITS);
			gac_buf_printf(&who, "%s%s", who.len ? "," : "", x->name);
			double served = gac_workload_requests(s, x) * (1.0 - x->v[GAC_W_RESPONSE_CACHE_HIT_RATE]);
			/* a pattern's output tokens on an embedding model: skipped */
			bool skip_out = gac_field_skipped(x, GAC_W_OUTPUT_TOKENS, m);
			double per_out = skip_out ? 0 : x->v[GAC_W_OUTPUT_TOKENS];
			double in = served * x->v[GAC_W_INPUT_TOKENS], out = served * per_out;
			double minutes = active_minutes(s, x);
			double xin = 0, xout = 0;
			tokens += in + out;
			month_in += in;
			raw_out += out;
			month_out += out * m->burndown;
			if (minutes > 0) {
				xin = in / minutes * x->v[GAC_W_PEAK_TO_AVERAGE];
				xout = out * m->burndown / minutes * x->v[GAC_W_PEAK_TO_AVERAGE];
				peak_in += xin;
				peak_out += xout;
			}
			if (e->plan) {
				int nsv = gac_plan_served(e, x);
				int nmin = PN_OP(e, MUL, PN_OP(e, MUL, PN_SLOT(e, &x->v[GAC_W_ACTIVE_HOURS_PER_DAY]), PN_CONST(e, 60.0)),
				                 PN_OP(e, DIV, PN_SLOT(e, &s->g[GAC_G_HOURS_PER_MONTH]), PN_CONST(e, 24.0)));
				int npk = PN_SLOT(e, &x->v[GAC_W_PEAK_TO_AVERAGE]);
				PN_GUARD(e, nmin, GT, 0.0, minutes > 0);
				if (minutes > 0) {
					int nin = PN_OP(e, MUL, nsv, PN_SLOT(e, &x->v[GAC_W_INPUT_TOKENS]));
					int nout = PN_OP(e, MUL, nsv,
					                 skip_out ? PN_CONST(e, 0.0) : PN_SLOT(e, &x->v[GAC_W_OUTPUT_TOKENS]));
					n_pin = PN_OP(e, ADD, n_pin, PN_OP(e, MUL, PN_OP(e, DIV, nin, nmin), npk));
					n_pout = PN_OP(e, ADD, n_pout,
					               PN_OP(e, MUL, PN_OP(e, DIV, PN_OP(e, MUL, nout, PN_CONST(e, m->burndown)), nmin),
					                     npk));
				}
			}
			if (!e->quiet) {
				gac_buf_printf(&pin, "\n  %s: ", x->name);
				describe_peak(&pin, s, x, in, x->v[GAC_W_INPUT_TOKENS], "input tokens", 1, minutes, xin);
				gac_buf_printf(&pout, "\n  %s: ", x->name);
				describe_peak(&pout, s, x, out * m->burndown, per_out, "output tokens",
				              m->burndown, minutes, xout);
			}
		}
		const char *owner = who.failed || !who.data ? w->name : who.data;
		if (!isfinite(tokens) || !isfinite(month_out) || !isfinite(peak_in) || !isfinite(peak_out)) {
			unsigned vline = 0, vcol = 0;
			const char *vname = "requests_per_month", *vw = w->name;
			volume_at(s, i, w, &dp, &vname, &vw, &vline, &vcol);
			gac_buf_free(&who);
			gac_buf_free(&pin);
			gac_buf_free(&pout);
			return gac_fail(e->err, GAC_EVALUE, s->path, vline, vcol,
			                "workload '%s': %s is too large: the tokens a month or a minute on the "
			                "provisioned throughput of %s are past the largest number", vw, vname, m->id);
		}
		double units = dp.units, needed = NAN;
		if (!load && units == 0) {
			gac_buf_free(&who);
			gac_buf_free(&pin);
			gac_buf_free(&pout);
			return gac_fail(e->err, GAC_EVALUE, s->path, s->gline[GAC_G_MODEL_UNITS], s->gcol[GAC_G_MODEL_UNITS],
			                "model_units: auto sizes the units from the load, but no workload on %s "
			                "gives its request rate; give the requests or a number of model units", m->id);
		}
		if (known && load) {
			needed = fmax(ceil(peak_in / cap_in), ceil(peak_out / cap_out));
			if (needed < 1)
				needed = 1;
		}
		gac_buf b = GAC_WHY(e);
		if (units == 0) {
			if (!known) {
				gac_buf_free(&who);
				gac_buf_free(&pin);
				gac_buf_free(&pout);
				unsigned line, col;
				gac_deploy_at(s, w, GAC_D_MODEL_UNITS, &line, &col);
				return gac_fail(e->err, GAC_ENOPRICE, s->path, line, col,
				                "model_units: auto needs the tokens per minute one model unit of %s "
				                "serves; AWS does not publish it, so set "
				                "deployment.model_unit_input_tpm and deployment.model_unit_output_tpm "
				                "(or model_unit_capacity in the sheet)", m->id);
			}
			units = needed;
			gac_buf_puts(&b, "max(ceil(");
			gac_buf_exact(&b, peak_in);
			gac_buf_puts(&b, " peak input tokens/min ÷ ");
			gac_buf_exact(&b, cap_in);
			gac_buf_puts(&b, "), ceil(");
			gac_buf_exact(&b, peak_out);
			gac_buf_puts(&b, " peak output tokens/min");
			if (m->burndown != 1) {
				gac_buf_puts(&b, " (× ");
				gac_buf_exact(&b, m->burndown);
				gac_buf_puts(&b, " burndown)");
			}
			gac_buf_puts(&b, " ÷ ");
			gac_buf_exact(&b, cap_out);
			gac_buf_puts(&b, ")) = ");
		}
		if (custom && commit == GAC_COMMIT_NONE && units > 1) {
			gac_buf_free(&b);
			gac_buf_free(&who);
			gac_buf_free(&pin);
			gac_buf_free(&pout);
			return gac_fail(e->err, GAC_EVALUE, s->path, uline, ucol,
			                "the load needs %g model units, but a custom model runs at most 1 without a "
			                "commitment; choose a 1-month or 6-month commitment", units);
		}
		bool on_demand = dp.overflow == GAC_OVERFLOW_ON_DEMAND;
		int n_ri, n_ro;
		plan_size(e, &n_ri, &n_ro, n_pin, n_pout, peak_in, peak_out, cap_in, cap_out, units, dp.units == 0,
		          known && load);
		/* the capacity carrying the load, then what the topology holds where */
		char *sizing = gac_buf_take(&b);
		const char *const *regions;
		size_t nreg = gac_topology_regions(s, &regions);
		double monthly = 0, billed = 0;
		st = sizing || e->quiet ? GAC_OK : gac_fail(e->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		for (size_t r = 0; st == GAC_OK && r < nreg; r++) {
			double u = gac_topology_units(s, r, units);
			if (u <= 0)
				continue;
			gac_prices rp;
			gac_model_prices(&rp, m, regions[r]);
			if (!gac_model_in_region(m, regions[r]) || !(rp.has & (1u << k))) {
				st = gac_fail(e->err, GAC_ENOPRICE, s->path, s->regions_line, s->regions_col,
				              "%s has no %s price in %s, a region of the topology", m->id,
				              gac_price_name(k), regions[r]);
				break;
			}
			gac_buf f = GAC_WHY(e);
			if (sizing)
				gac_buf_puts(&f, sizing);
			if (u != units) {
				gac_buf_puts(&f, s->g[GAC_G_STRATEGY] == GAC_TOPO_ACTIVE_PASSIVE ? "standby: ceil(" : "ceil(");
				gac_buf_exact(&f, units);
				if (s->g[GAC_G_STRATEGY] == GAC_TOPO_ACTIVE_PASSIVE) {
					gac_buf_puts(&f, " × ");
					gac_buf_exact(&f, s->g[GAC_G_STANDBY]);
					gac_buf_puts(&f, " standby fraction) = ");
				} else {
					gac_buf_printf(&f, " ÷ %zu regions × (1 + ", nreg);
					gac_buf_exact(&f, s->g[GAC_G_HEADROOM]);
					gac_buf_puts(&f, " failover headroom)) = ");
				}
			}
			gac_buf_exact(&f, u);
			gac_buf_puts(&f, u == 1 ? " model unit × " : " model units × ");
			gac_buf_exact(&f, hours);
			gac_buf_printf(&f, " hours (%s commitment)",
			               commit == 0 ? "no" : commit == 1 ? "1-month" : "6-month");
			if (nreg > 1)
				gac_buf_printf(&f, " in %s", regions[r]);
			char comp[128];
			comp[0] = '\0';
			if (!e->quiet)
				gac_c_snprintf(comp, sizeof comp, nreg > 1 ? "provisioned throughput (%s)" : "provisioned throughput",
			               regions[r]);
			gac_plan_hourly(e, u);
			st = gac_add_line(e, owner, m->id, comp, u * hours, "model-unit hour", "model_unit_hour", rp.v[k],
			                  &f);
			if (st == GAC_ERANGE) {
				/* the units, or the load that sized them, too large to price */
				unsigned vline = uline, vcol = ucol;
				const char *vname = "model_units", *vw = w->name;
				if (dp.units == 0)
					volume_at(s, i, w, &dp, &vname, &vw, &vline, &vcol);
				st = gac_fail(e->err, GAC_EVALUE, s->path, vline, vcol,
				              "workload '%s': %s is too large: %g model units of %s cost past the "
				              "largest number", vw, vname, u, m->id);
			}
			if (st == GAC_OK)
				monthly += e->r->lines[e->r->count - 1].cost;  /* at the price billed */
			billed += u;
		}
		free(sizing);
		/* overflow: the share of the month's tokens above what `units`
		 * serve at the peak, on the dimension that binds */
		double share = 0;
		bool out_binds = false;
		int n_share = -1;
		if (st == GAC_OK && known && units < needed) {
			double r_in = peak_in / (units * cap_in), r_out = peak_out / (units * cap_out);
			out_binds = r_out > r_in;
			share = 1.0 - (out_binds ? units * cap_out / peak_out : units * cap_in / peak_in);
			if (e->plan && on_demand) {
				int n_rin = PN_OP(e, DIV, n_pin, PN_CONST(e, units * cap_in));
				int n_rout = PN_OP(e, DIV, n_pout, PN_CONST(e, units * cap_out));
				PN_GUARD(e, PN_OP(e, SUB, n_rout, n_rin), GT, 0.0, out_binds);
				/* 1 − (units × capacity) ÷ peak, the engine's order; the
				 * peak printed as a figure, derived in the block below */
				int n_units = PN_CONST(e, units), n_cap = PN_CONST(e, out_binds ? cap_out : cap_in);
				int n_peak = out_binds ? n_pout : n_pin;
				PN_NOTE(e, n_units, units == 1 ? "model unit" : "model units");
				PN_NOTE(e, n_cap, out_binds ? "output tokens/min per unit" : "input tokens/min per unit");
				PN_NOTE_BRIEF(e, n_peak, out_binds ? "peak output tokens/min" : "peak input tokens/min");
				n_share = PN_OP(e, SUB, PN_CONST(e, 1.0), PN_OP(e, DIV, PN_OP(e, MUL, n_units, n_cap), n_peak));
				PN_NOTE(e, n_share, "overflow share");
				PN_GUARD(e, n_share, GT, 0.0, share > 0);
			}
		}
		gac_buf why_share = GAC_WHY(e);
		if (share > 0 && !e->quiet) {
			gac_buf_puts(&why_share, "max(0, 1 − ");
			gac_buf_exact(&why_share, units);
			gac_buf_puts(&why_share, units == 1 ? " model unit × " : " model units × ");
			gac_buf_exact(&why_share, out_binds ? cap_out : cap_in);
			gac_buf_printf(&why_share, " %s tokens/min per unit ÷ ", out_binds ? "output" : "input");
			gac_buf_exact(&why_share, out_binds ? peak_out : peak_in);
			gac_buf_printf(&why_share, " peak %s tokens/min) = ", out_binds ? "output" : "input");
			gac_buf_exact(&why_share, share);
			gac_buf_printf(&why_share, " overflow share (%s binds; an upper bound: the whole month's "
			               "tokens at the peak's share, exact for a flat load)", out_binds ? "output" : "input");
		}
		double ov_cost = 0;
		if (st == GAC_OK && share > 0 && on_demand) {
			for (size_t j = i; st == GAC_OK && j < s->workload_count; j++) {
				const gac_workload *x = &s->workloads[j];
				deploy dx = deploy_of(s, x);
				if (strcmp(x->model, w->model) || !gac_runs_provisioned(s, x) || !same_deploy(&dx, &dp))
					continue;
				st = price_overflow(&ov_cost, e, x, m, &p, share, n_share,
				                    out_binds ? " (at the on-demand rate; output binds; the share is an upper "
				                                "bound: the whole month's tokens at the peak's share, exact for "
				                                "a flat load)"
				                              : " (at the on-demand rate; input binds; the share is an upper "
				                                "bound: the whole month's tokens at the peak's share, exact for "
				                                "a flat load)");
			}
		}
		/* throttled, the load above the units is not served: the tokens a
		 * month and their price count the rest (served on demand it is
		 * served, and priced in the overflow lines); either way the
		 * utilisation counts only what the units carry */
		bool throttled = share > 0 && !on_demand;
		double ov_in = share * month_in, ov_out = share * raw_out;
		double carried_in = share > 0 ? month_in - ov_in : month_in;
		double carried_burn = share > 0 ? month_out - share * month_out : month_out;  /* burndown counted */
		double served_in = throttled ? carried_in : month_in;
		double served_out = throttled ? raw_out - ov_out : raw_out;
		double served = served_in + served_out;
		/* per-token figures of the throughput: a vanishing volume must not
		 * divide into an infinite price (issue 16): refused at its input */
		double util = known && load && billed > 0 ? fmax(carried_in / (billed * cap_in * 60 * hours),
		                                              carried_burn / (billed * cap_out * 60 * hours)) : NAN;
		double eff = served > 0 ? (monthly + ov_cost) / served * 1e6 : NAN;
		if (st == GAC_OK && ((!isnan(eff) && !isfinite(eff)) || (!isnan(util) && !isfinite(util)) ||
		                     !isfinite(tokens) || !isfinite(peak_in) || !isfinite(peak_out))) {
			unsigned vline = 0, vcol = 0;
			const char *vname = "requests_per_month", *vw = w->name;
			volume_at(s, i, w, &dp, &vname, &vw, &vline, &vcol);
			st = gac_fail(e->err, GAC_EVALUE, s->path, vline, vcol,
			              "workload '%s': %s is too small for provisioned throughput: %g tokens a "
			              "month put the price per token of %s past the largest number; give 0 or a "
			              "larger volume", vw, vname, tokens, m->id);
		}
		/* a quiet estimate keeps no entries, only the first under capacity */
		if (st == GAC_OK && e->quiet && !isnan(needed) && units < needed && !on_demand &&
		    isnan(e->r->under_needed)) {
			e->r->under_units = billed;
			e->r->under_needed = needed;
			if (e->plan)
				gac_plan_under(e->plan, n_ri, n_ro, billed);
		}
		if (st == GAC_OK && !e->quiet) {
			double months = commit == 0 ? 0 : commit == 1 ? 1 : 6;
			double utilisation = util;
			gac_provisioned pv = {
				.model = m->id, .workloads = owner, .units = billed, .units_needed = needed,
				.capacity_source = !known ? NULL
				                   : dp.cap_in > 0 || dp.cap_out > 0 ? "scenario" : m->capacity_source,
				.input_tpm_per_unit = known ? cap_in : NAN, .output_tpm_per_unit = known ? cap_out : NAN,
				.peak_input_tpm = peak_in, .peak_output_tpm = peak_out,
				/* of the capacity billed around the clock, standby included */
				.utilisation = utilisation,
				.tokens_per_month = served, .monthly_cost = monthly,
				.effective_per_1m = eff,
				.term_months = months, .locked_in = monthly * months,
				/* load above the units is served on demand, or throttled */
				.under_capacity = !isnan(needed) && units < needed && !on_demand,
				.overflow_on_demand = on_demand,
				.overflow_share = share,
				.overflow_input_tokens = ov_in,
				.overflow_output_tokens = ov_out,
				.overflow_cost = ov_cost,
				.load_unknown = !load,
			};
			/* every figure above, from the scenario's numbers */
			gac_buf x = {0};
			const char *cur = e->r->currency;
			gac_buf_printf(&x, "peak input tokens/min = Σ requests × (1 − response-cache hits) × input tokens "
			               "÷ active minutes × peak_to_average = ");
			gac_buf_exact(&x, peak_in);
			gac_buf_puts(&x, e->quiet ? "" : gac_buf_text(&x, &pin));  /* quiet: GAC_WHY, "failed" */
			gac_buf_printf(&x, "\npeak output tokens/min = Σ requests × (1 − response-cache hits) × output "
			               "tokens × burndown ÷ active minutes × peak_to_average = ");
			gac_buf_exact(&x, peak_out);
			gac_buf_puts(&x, e->quiet ? "" : gac_buf_text(&x, &pout));
			if (known) {
				gac_buf_puts(&x, "\nunits needed = max(ceil(");
				gac_buf_exact(&x, peak_in);
				gac_buf_puts(&x, " ÷ ");
				gac_buf_exact(&x, cap_in);
				gac_buf_puts(&x, " input tokens/min per unit), ceil(");
				gac_buf_exact(&x, peak_out);
				gac_buf_puts(&x, " ÷ ");
				gac_buf_exact(&x, cap_out);
				gac_buf_puts(&x, " output tokens/min per unit)) = ");
				gac_buf_exact(&x, needed);
			} else {
				gac_buf_puts(&x, "\nunits needed: unknown (no tokens per minute per unit: set "
				                 "deployment.model_unit_input_tpm and model_unit_output_tpm)");
			}
			gac_buf_puts(&x, "\nunits billed = ");
			gac_buf_exact(&x, billed);
			gac_buf_puts(&x, dp.units == 0 ? " (model_units: auto" : " (model_units: ");
			if (dp.units != 0)
				gac_buf_exact(&x, dp.units);
			if (billed != units) {
				gac_buf_puts(&x, ", ");
				gac_buf_exact(&x, units);
				gac_buf_puts(&x, " carrying the load, the rest held by the topology");
			}
			gac_buf_puts(&x, ")");
			gac_buf_printf(&x, "\nmonthly cost = the provisioned throughput line%s = ", nreg > 1 ? "s" : "");
			gac_buf_exact(&x, monthly);
			gac_buf_printf(&x, " %s", cur);
			if (known) {
				gac_buf_puts(&x, "\nutilisation = max(");
				gac_buf_exact(&x, carried_in);
				if (throttled && share > 0) {
					/* both terms derived alike: what the units serve */
					gac_buf_puts(&x, " input tokens served (");
					gac_buf_exact(&x, month_in);
					gac_buf_puts(&x, " − ");
					gac_buf_exact(&x, share);
					gac_buf_puts(&x, " throttled share × ");
					gac_buf_exact(&x, month_in);
					gac_buf_puts(&x, ") ÷ (");
				} else if (throttled) {
					gac_buf_puts(&x, " input tokens served ÷ (");
				} else if (share > 0) {
					gac_buf_puts(&x, " input tokens on the units (");
					gac_buf_exact(&x, month_in);
					gac_buf_puts(&x, " − ");
					gac_buf_exact(&x, ov_in);
					gac_buf_puts(&x, " served on demand) ÷ (");
				} else {
					gac_buf_puts(&x, " input tokens ÷ (");
				}
				gac_buf_exact(&x, billed);
				gac_buf_puts(&x, billed == 1 ? " unit × " : " units × ");
				gac_buf_exact(&x, cap_in);
				gac_buf_puts(&x, " tokens/min × 60 × ");
				gac_buf_exact(&x, hours);
				gac_buf_puts(&x, " h), ");
				gac_buf_exact(&x, carried_burn);
				gac_buf_puts(&x, throttled ? " output tokens served" : share > 0 ? " output tokens on the units"
				                                                                 : " output tokens");
				if (share > 0) {
					gac_buf_puts(&x, " (");
					gac_buf_exact(&x, month_out);
					gac_buf_puts(&x, " − ");
					gac_buf_exact(&x, share);
					gac_buf_puts(&x, throttled ? " throttled share × " : " on-demand share × ");
					gac_buf_exact(&x, month_out);
					gac_buf_puts(&x, ")");
				}
				if (m->burndown != 1)
					gac_buf_puts(&x, " (burndown included)");
				gac_buf_puts(&x, " ÷ (");
				gac_buf_exact(&x, billed);
				gac_buf_puts(&x, billed == 1 ? " unit × " : " units × ");
				gac_buf_exact(&x, cap_out);
				gac_buf_puts(&x, " tokens/min × 60 × ");
				gac_buf_exact(&x, hours);
				gac_buf_puts(&x, " h)) = ");
				gac_buf_exact(&x, utilisation);
				if (share > 0)
					gac_buf_puts(&x, " (a lower bound: the overflow share is an upper bound, exact for a flat "
					                 "load)");
			}
			if (throttled) {
				/* the overflow tokens below, taken off each side */
				gac_buf_puts(&x, "\ntokens served a month = (");
				gac_buf_exact(&x, month_in);
				gac_buf_puts(&x, " − ");
				gac_buf_exact(&x, ov_in);
				gac_buf_puts(&x, " throttled) input + (");
				gac_buf_exact(&x, raw_out);
				gac_buf_puts(&x, " − ");
				gac_buf_exact(&x, ov_out);
				gac_buf_puts(&x, " throttled) output = ");
				gac_buf_exact(&x, served);
				gac_buf_puts(&x, " (");
				gac_buf_exact(&x, tokens);
				gac_buf_puts(&x, " a month asked, ");
				gac_buf_exact(&x, ov_in + ov_out);
				gac_buf_puts(&x, " throttled: not served)");
			} else {
				gac_buf_puts(&x, "\ntokens a month = ");
				gac_buf_exact(&x, month_in);
				gac_buf_puts(&x, " input + ");
				gac_buf_exact(&x, raw_out);
				gac_buf_puts(&x, " output = ");
				gac_buf_exact(&x, tokens);
			}
			if (served > 0) {
				gac_buf_puts(&x, throttled ? "\neffective per 1M tokens served = " : "\neffective per 1M tokens = ");
				if (ov_cost > 0) {
					gac_buf_puts(&x, "(");
					gac_buf_exact(&x, monthly);
					gac_buf_puts(&x, " + ");
					gac_buf_exact(&x, ov_cost);
					gac_buf_puts(&x, " overflow on demand)");
				} else {
					gac_buf_exact(&x, monthly);
				}
				gac_buf_printf(&x, " %s ÷ ", cur);
				gac_buf_exact(&x, served);
				gac_buf_puts(&x, " tokens × 1000000 = ");
				gac_buf_exact(&x, pv.effective_per_1m);
				gac_buf_printf(&x, " %s", cur);
			}
			if (months > 0) {
				gac_buf_puts(&x, "\nlocked in = ");
				gac_buf_exact(&x, monthly);
				gac_buf_printf(&x, " %s a month × ", cur);
				gac_buf_exact(&x, months);
				gac_buf_puts(&x, months == 1 ? " month = " : " months = ");
				gac_buf_exact(&x, pv.locked_in);
				gac_buf_printf(&x, " %s, owed even if usage falls", cur);
			} else {
				gac_buf_puts(&x, "\nlocked in = 0 (no commitment)");
			}
			if (share > 0) {
				gac_buf_puts(&x, "\noverflow share = ");
				gac_buf_puts(&x, e->quiet ? "" : gac_buf_text(&x, &why_share));
				gac_buf_puts(&x, "\noverflow tokens = ");
				gac_buf_exact(&x, share);
				gac_buf_puts(&x, " × ");
				gac_buf_exact(&x, month_in);
				gac_buf_puts(&x, " input = ");
				gac_buf_exact(&x, pv.overflow_input_tokens);
				gac_buf_puts(&x, ", ");
				gac_buf_exact(&x, share);
				gac_buf_puts(&x, " × ");
				gac_buf_exact(&x, raw_out);
				gac_buf_puts(&x, " output = ");
				gac_buf_exact(&x, pv.overflow_output_tokens);
				if (on_demand) {
					gac_buf_puts(&x, "; served on demand (deployment.overflow: on-demand), priced in the "
					                 "overflow lines: ");
					gac_buf_exact(&x, ov_cost);
					gac_buf_printf(&x, " %s", cur);
				} else {
					gac_buf_puts(&x, "; throttled (deployment.overflow: throttle): not served, not priced");
				}
			} else if (known) {
				gac_buf_puts(&x, "\noverflow: none (");
				gac_buf_exact(&x, units);
				gac_buf_puts(&x, units == 1 ? " unit carries the peak)" : " units carry the peak)");
			}
			char *formula = gac_buf_take(&x);
			if (!formula)
				st = gac_fail(e->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			pv.formula = formula;
			if (st == GAC_OK)
				st = add_provisioned(e, &pv);
			free(formula);
		}
		gac_buf_free(&why_share);
		gac_buf_free(&who);
		gac_buf_free(&pin);
		gac_buf_free(&pout);
		if (st != GAC_OK)
			return st;
	}
	return GAC_OK;
}

bool gac_runs_reserved(const gac_scenario *s, const gac_workload *w)
{
	return gac_deploy(s, w, GAC_D_MODE) == GAC_MODE_RESERVED;
}

/* What a Reserved-tier reservation is bought as: workloads on one model
 * share it only when all of this is the same. */
typedef struct reservation {
	int term;
	double in, out;  /* tokens per minute reserved; 0: auto */
} reservation;

static reservation reservation_of(const gac_scenario *s, const gac_workload *w)
{
	return (reservation){.term = (int)gac_deploy(s, w, GAC_D_TERM),
	                     .in = gac_deploy(s, w, GAC_D_RESERVED_IN_TPM),
	                     .out = gac_deploy(s, w, GAC_D_RESERVED_OUT_TPM)};
}

static bool on_reservation(const gac_scenario *s, const gac_workload *x, const gac_workload *w,
                           const reservation *r)
{
	reservation rx = reservation_of(s, x);
	return !strcmp(x->model, w->model) && gac_runs_reserved(s, x) && rx.term == r->term && rx.in == r->in &&
	       rx.out == r->out;
}

/* AWS's smallest reservation (Bedrock user guide, service-tiers-inference:
 * minimum capacity 100,000 input and 10,000 output tokens per minute) */
static const double reserved_min[2] = {100000, 10000};

/* The peak one side of a reservation is sized from under auto: its own,
 * or, when the other side's size is given and below the other side's
 * peak, the share of its own the other carries, peak × other given ÷
 * other peak.  The load above a reservation goes to the Standard tier as
 * requests, input and output alike (the overflow lines price the same
 * share of both): above the other side's share of the peak this side's
 * tokens go there too, and a reservation sized for them would sit idle
 * (800,000 input reserved at a peak of 1,000,000: 80 % of the output
 * peak, not all of it). */
static double sizing_peak(double peak, double other_given, double other_peak)
{
	return other_given > 0 && other_peak > other_given ? peak * other_given / other_peak : peak;
}

/* One side (0 input, 1 output) of a reservation: its size, given or sized
 * from the peak (scaled to the other side's share when the other is given,
 * sizing_peak), and the text saying which. */
static gac_status reserve_side(double *tpm, engine *e, const gac_workload *w, int side, double given,
                               double peak, double other_given, double other_peak, bool load,
                               const gac_model *m, gac_buf *f)
{
	const gac_scenario *s = e->s;
	static const char *const name[2] = {"input", "output"};
	unsigned line, col;
	gac_deploy_where(s, w, side ? GAC_D_RESERVED_OUT_TPM : GAC_D_RESERVED_IN_TPM, &line, &col);
	if (given > 0 && given < reserved_min[side])
		return gac_fail(e->err, GAC_EVALUE, s->path, line, col,
		                "deployment.%s_tokens_per_minute is %g: the Reserved tier reserves at least "
		                "%g %s tokens per minute (AWS)", name[side], given, reserved_min[side], name[side]);
	if (given == 0 && !load)
		return gac_fail(e->err, GAC_EVALUE, s->path, line, col,
		                "%s_tokens_per_minute: auto sizes the reservation from the load, but no workload "
		                "on %s gives its request rate; give the requests or "
		                "deployment.%s_tokens_per_minute", name[side], m->id, name[side]);
	double sized = sizing_peak(peak, other_given, other_peak);
	*tpm = given > 0 ? given : fmax(reserved_min[side], ceil(sized / 1000.0) * 1000.0);
	if (e->quiet)
		return GAC_OK;
	if (given > 0) {
		gac_buf_exact(f, given);
		gac_buf_printf(f, " %s tokens/min (deployment.%s_tokens_per_minute)", name[side], name[side]);
	} else {
		gac_buf_puts(f, "max(");
		gac_buf_exact(f, reserved_min[side]);
		gac_buf_puts(f, " minimum, ceil(");
		gac_buf_exact(f, peak);
		gac_buf_printf(f, " peak %s tokens/min", name[side]);
		if (sized != peak) {
			gac_buf_puts(f, " × ");
			gac_buf_exact(f, other_given);
			gac_buf_printf(f, " %s tokens/min reserved ÷ ", name[!side]);
			gac_buf_exact(f, other_peak);
			gac_buf_printf(f, " peak %s tokens/min = ", name[!side]);
			gac_buf_exact(f, sized);
		}
		gac_buf_puts(f, " ÷ 1000) × 1000) = ");
		gac_buf_exact(f, *tpm);
		if (sized != peak)
			gac_buf_printf(f, " %s tokens/min (auto: the share of the peak the %s reservation carries)",
			               name[side], name[!side]);
		else
			gac_buf_printf(f, " %s tokens/min (auto)", name[side]);
	}
	return GAC_OK;
}

/* The plan of one workload's load on a reservation (plan.h): its peak
 * input (not read from the cache) and output tokens a minute added to
 * n_peak when it has active minutes, its input and output tokens a month
 * to n_month, operation for operation as gac_price_reserved sums them. */
static void plan_reserved_load(engine *e, const gac_workload *x, bool active, int n_peak[2], int n_month[2])
{
	const gac_scenario *s = e->s;
	int nsv = gac_plan_served(e, x);
	int nmin = PN_OP(e, MUL, PN_OP(e, MUL, PN_SLOT(e, &x->v[GAC_W_ACTIVE_HOURS_PER_DAY]), PN_CONST(e, 60.0)),
	                 PN_OP(e, DIV, PN_SLOT(e, &s->g[GAC_G_HOURS_PER_MONTH]), PN_CONST(e, 24.0)));
	int n_in = PN_SLOT(e, &x->v[GAC_W_INPUT_TOKENS]), n_out = PN_SLOT(e, &x->v[GAC_W_OUTPUT_TOKENS]);
	int n_pta = PN_SLOT(e, &x->v[GAC_W_PEAK_TO_AVERAGE]);
	n_month[0] = PN_OP(e, ADD, n_month[0], PN_OP(e, MUL, nsv, n_in));
	n_month[1] = PN_OP(e, ADD, n_month[1], PN_OP(e, MUL, nsv, n_out));
	PN_GUARD(e, nmin, GT, 0.0, active);
	if (!active)
		return;
	int n_per_in = PN_OP(e, MUL, n_in, PN_OP(e, SUB, PN_CONST(e, 1.0), PN_SLOT(e, &x->v[GAC_W_CACHE_READ_FRACTION])));
	n_peak[0] = PN_OP(e, ADD, n_peak[0], PN_OP(e, MUL, PN_OP(e, DIV, PN_OP(e, MUL, nsv, n_per_in), nmin), n_pta));
	n_peak[1] = PN_OP(e, ADD, n_peak[1], PN_OP(e, MUL, PN_OP(e, DIV, PN_OP(e, MUL, nsv, n_out), nmin), n_pta));
}

/* The plan of one side's reservation: given, a constant (a frozen
 * number); sized from the peak, max(minimum, ceil(q) × 1000) with q =
 * peak ÷ 1000, a constant held by guards on q: for whole K, ceil(q) > K
 * exactly when q > K, so ceil(q) stays K while K − 1 < q <= K, and the
 * minimum holds while q <= minimum ÷ 1000.  With the other side's size
 * given, one guard more holds whether the other peak is above it, and
 * while it is, q = peak × other given ÷ other peak ÷ 1000 (sizing_peak,
 * operation for operation). */
static void plan_reservation(engine *e, int n_peak, int n_other_peak, double given, double other_given,
                             double peak, double other_peak, double minimum)
{
	if (given > 0)
		return;
	int n_sized = n_peak;
	if (other_given > 0) {
		PN_GUARD(e, n_other_peak, GT, other_given, other_peak > other_given);
		if (other_peak > other_given)
			n_sized = PN_OP(e, DIV, PN_OP(e, MUL, n_peak, PN_CONST(e, other_given)), n_other_peak);
	}
	int q = PN_OP(e, DIV, n_sized, PN_CONST(e, 1000.0));
	double k = ceil(sizing_peak(peak, other_given, other_peak) / 1000.0);
	if (k * 1000.0 > minimum) {
		PN_GUARD(e, q, GT, k - 1, true);
		PN_GUARD(e, q, GT, k, false);
	} else {
		PN_GUARD(e, q, GT, minimum / 1000.0, false);
	}
}

/* The Reserved tier: input and output tokens per minute reserved apart
 * for a 1- or 3-month term, each at a price per 1,000 tokens per minute a
 * month; one reservation per model and size, shared by the workloads on
 * it, sized when auto from their combined peak (input counts the tokens
 * not read from the cache: AWS counts input and cache writes), or from the
 * share of it the other side carries when that side is given below its
 * peak (sizing_peak), rounded up to 1,000, at least AWS's minimum.  Tokens within it carry no token
 * charge.  AWS sends the load above it to the Standard tier by itself: the
 * share of the month above it at the peak, on the side that binds, is
 * priced at the model's on-demand input and output rates. */
gac_status gac_price_reserved(engine *e)
{
	const gac_scenario *s = e->s;
	double hours = s->g[GAC_G_HOURS_PER_MONTH];
	for (size_t i = 0; i < s->workload_count; i++) {
		const gac_workload *w = &s->workloads[i];
		if (!gac_runs_reserved(s, w))
			continue;
		reservation rv = reservation_of(s, w);
		bool first = true;
		for (size_t j = 0; first && j < i; j++)
			first = !on_reservation(s, &s->workloads[j], w, &rv);
		if (!first)
			continue;
		gac_status st;
		const gac_model *m = gac_find_model(e, w, &st);
		if (!m)
			return st;
		int kin = GAC_DIM_RESERVED_IN_1_MONTH + rv.term, kout = GAC_DIM_RESERVED_OUT_1_MONTH + rv.term;
		gac_prices p;
		gac_model_prices(&p, m, s->region);
		if (!(p.has & (1u << kin)))
			return gac_no_price(e, w, m, gac_price_name(kin));
		if (!(p.has & (1u << kout)))
			return gac_no_price(e, w, m, gac_price_name(kout));
		double peak[2] = {0, 0}, month[2] = {0, 0}, counted_in = 0;
		/* the plan: the peaks and the months as formulas, summed in order */
		int n_peak[2] = {PN_CONST(e, 0.0), PN_CONST(e, 0.0)}, n_month[2] = {n_peak[0], n_peak[1]};
		bool load = false;
		gac_buf who = GAC_WHY(e), why[2] = {GAC_WHY(e), GAC_WHY(e)};
		for (size_t j = i; j < s->workload_count; j++) {
			const gac_workload *x = &s->workloads[j];
			if (!on_reservation(s, x, w, &rv))
				continue;
			load = load || (x->set & GAC_W_RATE_BITS);
			gac_buf_printf(&who, "%s%s", who.len ? "," : "", x->name);
			double served = gac_workload_requests(s, x) * (1.0 - x->v[GAC_W_RESPONSE_CACHE_HIT_RATE]);
			double per_in = x->v[GAC_W_INPUT_TOKENS] * (1.0 - x->v[GAC_W_CACHE_READ_FRACTION]);
			double per_out = x->v[GAC_W_OUTPUT_TOKENS];
			double minutes = active_minutes(s, x), xp[2] = {0, 0};
			month[0] += served * x->v[GAC_W_INPUT_TOKENS];
			month[1] += served * per_out;
			counted_in += served * per_in;
			if (minutes > 0) {
				xp[0] = served * per_in / minutes * x->v[GAC_W_PEAK_TO_AVERAGE];
				xp[1] = served * per_out / minutes * x->v[GAC_W_PEAK_TO_AVERAGE];
				peak[0] += xp[0];
				peak[1] += xp[1];
			}
			if (e->plan)
				plan_reserved_load(e, x, minutes > 0, n_peak, n_month);
			if (!e->quiet)
				for (int side = 0; side < 2; side++) {
					gac_buf_printf(&why[side], "%s%s: ", why[side].len ? "; " : "", x->name);
					describe_peak(&why[side], s, x, served * (side ? per_out : per_in), side ? per_out : per_in,
					              side ? "output tokens" : "input tokens not read from the cache", 1, minutes,
					              xp[side]);
				}
		}
		const char *owner = who.failed || !who.data ? w->name : who.data;
		double tpm[2] = {0, 0}, monthly = 0, ov_cost = 0, share = 0;
		int binds = 0, n_share = -1;
		st = GAC_OK;
		/* the sum below, finite (NaN and ±inf fail |x| < inf) */
		PN_GUARD(e, PN_OP(e, FABS, PN_OP(e, ADD, PN_OP(e, ADD, PN_OP(e, ADD, n_peak[0], n_peak[1]), n_month[0]),
		                                 n_month[1]), -1),
		         LT, INFINITY, isfinite(peak[0] + peak[1] + month[0] + month[1]));
		if (!isfinite(peak[0] + peak[1] + month[0] + month[1]))
			st = gac_fail(e->err, GAC_EVALUE, s->path, w->line, w->col,
			              "workload '%s': the tokens a minute on the Reserved tier of %s are past the "
			              "largest number", w->name, m->id);
		const char *term = rv.term == 0 ? "1-month" : "3-month";
		char *formula = NULL;
		gac_buf all = GAC_WHY(e);
		for (int side = 0; st == GAC_OK && side < 2; side++) {
			gac_buf f = GAC_WHY(e);
			if (!e->quiet) {
				gac_buf_printf(&f, "peak %s = ", side ? "output" : "input");
				gac_buf_puts(&f, gac_buf_text(&f, &why[side]));
				gac_buf_puts(&f, "; reserved = ");
			}
			st = reserve_side(&tpm[side], e, w, side, side ? rv.out : rv.in, peak[side], side ? rv.in : rv.out,
			                  peak[!side], load, m, &f);
			if (st != GAC_OK) {
				gac_buf_free(&f);
				break;
			}
			if (!e->quiet) {
				gac_buf_puts(&f, " ÷ 1000 = ");
				gac_buf_exact(&f, tpm[side] / 1000.0);
				gac_buf_printf(&f, " × 1K %s tokens/min for a month (%s term)", side ? "output" : "input", term);
				gac_buf_printf(&all, "%s%s", all.len ? "\n" : "", gac_buf_text(&all, &f));
			}
			char comp[64];
			comp[0] = '\0';
			if (!e->quiet)
				gac_c_snprintf(comp, sizeof comp, "Reserved tier %s (%s)", side ? "output" : "input", term);
			int k = side ? kout : kin;
			if (e->plan) {
				plan_reservation(e, n_peak[side], n_peak[!side], side ? rv.out : rv.in, side ? rv.in : rv.out,
				                 peak[side], peak[!side], reserved_min[side]);
				e->plan_q = PN_CONST(e, tpm[side] / 1000.0);
			}
			st = gac_add_line(e, owner, m->id, comp, tpm[side] / 1000.0, "1K TPM-month", "reserved", p.v[k], &f);
			/* at the price billed (pricing_overrides) */
			monthly += st == GAC_OK ? e->r->lines[e->r->count - 1].cost : 0;
			double sh = peak[side] > tpm[side] ? 1.0 - tpm[side] / peak[side] : 0.0;
			/* the plan: 1 − tpm ÷ peak whatever the peak, which is at most 0
			 * where the peak is not above the reservation (sh 0 there): so
			 * one guard, sh > share, says whether this side binds; share is
			 * 0 while n_share is -1, and a − b > 0 exactly when a > b */
			int n_sh = -1;
			if (e->plan) {
				int n_tpm = PN_CONST(e, tpm[side]);
				PN_NOTE(e, n_tpm, side ? "output tokens/min reserved" : "input tokens/min reserved");
				n_sh = PN_OP(e, SUB, PN_CONST(e, 1.0), PN_OP(e, DIV, n_tpm, n_peak[side]));
				PN_NOTE(e, n_sh, "overflow share");
				PN_GUARD(e, n_share < 0 ? n_sh : PN_OP(e, SUB, n_sh, n_share), GT, 0.0, sh > share);
			}
			if (sh > share) {
				share = sh;
				binds = side;
				n_share = n_sh;
			}
		}
		for (int side = 0; side < 2; side++)
			gac_buf_free(&why[side]);
		/* the utilisation counts what the reservation carries: above it
		 * the share goes to the Standard tier */
		const double carried_in = share > 0 ? counted_in * (1 - share) : counted_in;
		const double carried_out = share > 0 ? month[1] * (1 - share) : month[1];
		const double util = fmax(carried_in / (tpm[0] * 60 * hours), carried_out / (tpm[1] * 60 * hours));
		if (st == GAC_OK && !e->quiet && load) {
			gac_buf_puts(&all, "\nutilisation = max(");
			gac_buf_exact(&all, carried_in);
			gac_buf_puts(&all, " input tokens not read from the cache on the reservation");
			if (share > 0) {
				gac_buf_puts(&all, " (");
				gac_buf_exact(&all, counted_in);
				gac_buf_puts(&all, " × (1 − ");
				gac_buf_exact(&all, share);
				gac_buf_puts(&all, " to the Standard tier))");
			}
			gac_buf_puts(&all, " ÷ (");
			gac_buf_exact(&all, tpm[0]);
			gac_buf_puts(&all, " × 60 × ");
			gac_buf_exact(&all, hours);
			gac_buf_puts(&all, " h), ");
			gac_buf_exact(&all, carried_out);
			gac_buf_puts(&all, " output tokens on the reservation");
			if (share > 0) {
				gac_buf_puts(&all, " (");
				gac_buf_exact(&all, month[1]);
				gac_buf_puts(&all, " × (1 − ");
				gac_buf_exact(&all, share);
				gac_buf_puts(&all, "))");
			}
			gac_buf_puts(&all, " ÷ (");
			gac_buf_exact(&all, tpm[1]);
			gac_buf_puts(&all, " × 60 × ");
			gac_buf_exact(&all, hours);
			gac_buf_puts(&all, " h)) = ");
			gac_buf_exact(&all, util);
			if (share > 0)
				gac_buf_puts(&all, " (a lower bound: the overflow share is an upper bound, exact for a flat "
				                   "load)");
		}
		if (st == GAC_OK && !e->quiet && !all.failed && all.data && !(formula = gac_strdup(all.data)))
			st = gac_fail(e->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		gac_buf_free(&all);
		/* above the reservation at the peak, on the side that binds: that
		 * share of every workload's month goes to the Standard tier (an
		 * upper bound, exact for a flat load); the peak in the lines'
		 * formulas as a figure, derived in the block */
		if (share > 0)
			PN_NOTE_BRIEF(e, n_peak[binds], binds ? "peak output tokens/min"
			                                      : "peak input tokens/min not read from the cache");
		for (size_t j = i; st == GAC_OK && share > 0 && j < s->workload_count; j++)
			if (on_reservation(s, &s->workloads[j], w, &rv))
				st = price_overflow(&ov_cost, e, &s->workloads[j], m, &p, share, n_share,
				                    binds ? " (the Standard tier's on-demand rate; output binds)"
				                          : " (the Standard tier's on-demand rate; input binds)");
		if (st == GAC_OK && !e->quiet) {
			double months = rv.term == 0 ? 1 : 3, tokens = month[0] + month[1];
			gac_provisioned pv = {
				.model = m->id, .workloads = owner, .units = 1, .units_needed = NAN,
				.input_tpm_per_unit = tpm[0], .output_tpm_per_unit = tpm[1],
				.peak_input_tpm = peak[0], .peak_output_tpm = peak[1],
				.utilisation = load ? util : NAN,
				.tokens_per_month = tokens, .monthly_cost = monthly,
				.effective_per_1m = tokens > 0 ? (monthly + ov_cost) / tokens * 1e6 : NAN,
				.term_months = months, .locked_in = monthly * months,
				.under_capacity = 0, .overflow_on_demand = 1,
				.overflow_share = share, .overflow_input_tokens = share * month[0],
				.overflow_output_tokens = share * month[1], .overflow_cost = ov_cost,
				.formula = formula, .load_unknown = !load, .reserved = 1,
			};
			st = add_provisioned(e, &pv);
		}
		free(formula);
		gac_buf_free(&who);
		if (st != GAC_OK)
			return st;
	}
	return GAC_OK;
}

/* Combinations AWS does not sell are invalid input, not a silent mix. */

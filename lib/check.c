/* Cost gates: the scenario's budget.* thresholds judged against what it
 * costs now and, for increases, against a baseline snapshot.  The
 * thresholds are parameters like any other (so --set, options and the CLI
 * flags all reach them the same way); this module only reads them. */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gac_check {
	gac_check_item *items;
	size_t count;
	char **strings;          /* paths, names the items point into */
	size_t string_count;
	gac_snapshot *now;
	const gac_snapshot *baseline;
	size_t trials;
	double percentile;
	bool include_risk;       /* budget.include_risk: totals judged with the expected outage cost */
};

void gac_check_free(gac_check *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->string_count; i++)
		free(c->strings[i]);
	free(c->strings);
	free(c->items);
	gac_snapshot_free(c->now);
	free(c);
}

size_t gac_check_count(const gac_check *c) { return c ? c->count : 0; }
const gac_check_item *gac_check_at(const gac_check *c, size_t i) { return c && i < c->count ? &c->items[i] : NULL; }
const gac_snapshot *gac_check_snapshot(const gac_check *c) { return c ? c->now : NULL; }
const gac_snapshot *gac_check_baseline(const gac_check *c) { return c ? c->baseline : NULL; }
size_t gac_check_trials(const gac_check *c) { return c ? c->trials : 0; }
double gac_check_percentile(const gac_check *c) { return c ? c->percentile : NAN; }
int gac_check_includes_risk(const gac_check *c) { return c && c->include_risk; }

size_t gac_check_skipped(const gac_check *c)
{
	size_t n = 0;
	for (size_t i = 0; c && i < c->count; i++)
		n += c->items[i].status == GAC_CHECK_SKIPPED;
	return n;
}

size_t gac_check_breached(const gac_check *c)
{
	size_t n = 0;
	for (size_t i = 0; c && i < c->count; i++)
		n += c->items[i].status == GAC_CHECK_BREACHED;
	return n;
}

/* Whether a line belongs to the workload, alone or among the
 * comma-joined names of a shared line. */
static bool line_names(const gac_line *l, const char *workload)
{
	size_t wl = strlen(workload);
	for (const char *p = l->workload; p && *p;) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		if (n == wl && !strncmp(p, workload, n))
			return true;
		p = comma ? comma + 1 : p + n;
	}
	return false;
}

/* A workload's share of an estimate: its own lines, and in full the lines
 * it shares with others (one provisioned throughput serving several), so
 * a workload's budget is never judged on less than it may cost. */
double gac_result_workload_share(const gac_result *r, const char *workload)
{
	double sum = 0;
	for (size_t i = 0; workload && i < gac_result_line_count(r); i++)
		if (line_names(gac_result_line(r, i), workload))
			sum += gac_result_line(r, i)->cost;
	return sum;
}

static const char *keep(gac_check *c, const char *s)
{
	if (!s)
		return NULL;
	char **a = gac_realloc(c->strings, (c->string_count + 1) * sizeof *a);
	if (!a)
		return NULL;
	c->strings = a;
	char *d = gac_strdup(s);
	if (d)
		c->strings[c->string_count++] = d;
	return d;
}

/* Whether any line of the estimate belongs to the workload (alone or
 * shared): a workload the baseline never had has no figure to rise from. */
static bool has_workload(const gac_result *r, const char *workload)
{
	for (size_t i = 0; i < gac_result_line_count(r); i++)
		if (line_names(gac_result_line(r, i), workload))
			return true;
	return false;
}

/* Past the limit by more than rounding: figures are sums of products, so
 * a total that lands exactly on a limit on paper may sit 1e-15 above it
 * in double, and a gate must not fail on that. */
static bool past(double excess, double scale)
{
	return excess > 1e-9 * fmax(1, fabs(scale));
}

/* An option's total as budgets judge it: what is billed, or with
 * budget.include_risk that and the expected outage cost; a workload's
 * share is billed lines only (no workload owns the outage). */
static double figure(const gac_snapshot *snap, const char *option, const char *workload, bool baseline,
                     bool risk, bool *found)
{
	size_t i = gac_snapshot_find(snap, option);
	*found = i < gac_snapshot_count(snap);
	if (!*found)
		return NAN;
	const gac_result *r = gac_snapshot_result(snap, i);
	if (workload && baseline && !has_workload(r, workload)) {
		*found = false;  /* the workload is new since the baseline */
		return NAN;
	}
	if (workload)
		return gac_result_workload_share(r, workload);
	return risk ? gac_result_risk_adjusted_total(r) : gac_result_total(r);
}

/* The thresholds one budget entry gives (scenario-wide, an option's or a
 * workload's), each judged and appended. */
static gac_status judge(gac_check *c, const gac_scenario *s, const char *prefix, const char *option,
                        const char *workload, const gac_simulation *sim)
{
	static const char *const field[] = {"monthly", "max_increase", "max_increase_percent"};
	for (int k = 0; k < 3; k++) {
		char path[256];
		gac_c_snprintf(path, sizeof path, "%s.%s", prefix, field[k]);
		double limit;
		if (!gac_param_is_set(s, path) || gac_scenario_get_number(&limit, s, path) != GAC_OK)
			continue;
		gac_check_item *x = &c->items[c->count];
		*x = (gac_check_item){.kind = (gac_threshold_kind)k, .limit = limit, .percentile = NAN,
		                      .old_value = NAN, .excess = NAN};
		x->path = keep(c, path);
		x->option = keep(c, option);
		x->workload = workload ? keep(c, workload) : NULL;
		if (!x->path || !x->option || (workload && !x->workload))
			return GAC_ENOMEM;
		bool found;
		x->value = figure(c->now, option, workload, false, c->include_risk, &found);
		if (k == GAC_THRESHOLD_BUDGET) {
			/* a percentile of the simulated total; workloads have no
			 * simulated share, so theirs is judged on the estimate */
			if (sim && !workload) {
				size_t o = 0;
				while (o < gac_simulation_option_count(sim) && strcmp(gac_simulation_option(sim, o)->name, option))
					o++;
				double outage = x->value - figure(c->now, option, NULL, false, false, &found);
				gac_status st = gac_simulation_percentile(&x->value, sim, o, c->percentile);
				if (st != GAC_OK)
					return st;
				/* simulated bills are billed totals; the risk is added as
				 * estimated (an expected cost already) */
				if (c->include_risk)
					x->value += outage;
				x->percentile = c->percentile;
			}
			x->excess = x->value - limit;
			x->status = past(x->excess, limit) ? GAC_CHECK_BREACHED : GAC_CHECK_HOLDS;
		} else {
			bool had = false;
			x->old_value = c->baseline ? figure(c->baseline, option, workload, true, c->include_risk, &had) : NAN;
			if (!had) {
				x->status = GAC_CHECK_SKIPPED;
			} else if (k == GAC_THRESHOLD_INCREASE) {
				x->excess = x->value - x->old_value - limit;
				x->status = past(x->excess, fmax(limit, fabs(x->old_value))) ? GAC_CHECK_BREACHED : GAC_CHECK_HOLDS;
			} else {
				double rise = x->value - x->old_value;
				/* from nothing, any rise is past every percentage */
				double pct = x->old_value > 0 ? gac_pct(x->old_value, x->value) : NAN;
				/* a percentage past the largest number is a rise from next to nothing */
				x->excess = !isnan(pct) ? pct - limit : (rise > 0 ? INFINITY : -limit);
				x->status = past(x->excess, fmax(100, limit)) ? GAC_CHECK_BREACHED : GAC_CHECK_HOLDS;
			}
		}
		c->count++;
	}
	return GAC_OK;
}

gac_status gac_check_run(gac_check **out, const gac_scenario *s, const gac_sheet *sheet,
                         const gac_snapshot *baseline, const gac_sim_options *sim_opt, gac_error *err)
{
	if (!out || !s || !sheet)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "missing argument");
	*out = NULL;
	gac_check *c = gac_calloc(1, sizeof *c);
	size_t nw = s->sect[GAC_SECT_BUDGET_WORKLOAD].count, no = s->sect[GAC_SECT_BUDGET_OPTION].count;
	if (!c || !(c->items = gac_calloc(3 * (1 + nw + no), sizeof *c->items))) {
		gac_check_free(c);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	c->baseline = baseline;
	c->percentile = NAN;
	c->include_risk = s->g[GAC_G_INCLUDE_RISK] != 0;
	gac_status st = gac_snapshot_price(&c->now, s, sheet, err);
	if (st != GAC_OK) {
		gac_check_free(c);
		return st;
	}
	if (baseline && strcmp(gac_snapshot_provenance(baseline)->currency, gac_sheet_currency(sheet))) {
		gac_check_free(c);
		return gac_fail(err, GAC_EVALUE, gac_snapshot_provenance(baseline)->source, 0, 0,
		                "the baseline is in %s, the prices in %s: amounts in two currencies do not compare",
		                gac_snapshot_provenance(baseline)->currency, gac_sheet_currency(sheet));
	}
	gac_simulation *sim = NULL;
	bool budgets = gac_param_is_set(s, "budget.monthly");
	for (size_t i = 0; i < no; i++) {
		char path[160];
		gac_c_snprintf(path, sizeof path, "budget.options.%s.monthly", s->sect[GAC_SECT_BUDGET_OPTION].items[i].name);
		budgets = budgets || gac_param_is_set(s, path);
	}
	/* a percentile judges budgets of totals only: without one, no simulation */
	if (gac_param_is_set(s, "budget.percentile") && budgets) {
		c->percentile = s->g[GAC_G_PERCENTILE];
		if (!s->uncertain_count) {
			gac_check_free(c);
			return gac_fail(err, GAC_EVALUE, s->path[0] ? s->path : NULL, s->gline[GAC_G_PERCENTILE],
			                s->gcol[GAC_G_PERCENTILE],
			                "budget.percentile judges a simulated bill: declare what is uncertain under "
			                "'uncertain:' (see genaicost-scenario(5))");
		}
		/* budgets are monthly: a percentile judges one-month trials,
		 * whatever horizon the options ask for */
		gac_sim_options month;
		if (sim_opt && sim_opt->version >= 2 && sim_opt->months) {
			month = *sim_opt;
			month.months = 0;
			sim_opt = &month;
		}
		if ((st = gac_simulate(&sim, s, sheet, sim_opt, err)) != GAC_OK) {
			gac_check_free(c);
			return st;
		}
		c->trials = gac_simulation_trials(sim);
	}
	st = judge(c, s, "budget", "baseline", NULL, sim);
	for (size_t i = 0; st == GAC_OK && i < no; i++) {
		const gac_entry *u = &s->sect[GAC_SECT_BUDGET_OPTION].items[i];
		char prefix[128];
		gac_c_snprintf(prefix, sizeof prefix, "budget.options.%s", u->name);
		st = judge(c, s, prefix, u->name, NULL, sim);
	}
	for (size_t i = 0; st == GAC_OK && i < nw; i++) {
		const gac_entry *u = &s->sect[GAC_SECT_BUDGET_WORKLOAD].items[i];
		char prefix[128];
		gac_c_snprintf(prefix, sizeof prefix, "budget.workloads.%s", u->name);
		st = judge(c, s, prefix, "baseline", u->name, sim);
	}
	gac_simulation_free(sim);
	if (st != GAC_OK) {
		gac_check_free(c);
		return gac_fail(err, st, NULL, 0, 0, "%s",
		                st == GAC_EVALUE ? "a streamed simulation has P5, P50, P90, P95 and P99 only: "
		                                   "choose one of those"
		                : st == GAC_ENOMEM ? "out of memory" : "the simulation has no such option");
	}
	*out = c;
	return GAC_OK;
}

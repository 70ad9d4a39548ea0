/*
 * Chart builders: an analysis's result into a chart description.  They
 * read totals and line items; they compute nothing the analyses have not.
 */
#include "chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static size_t index_of(char **names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(names[i], name))
			return i;
	return n;
}

/* The distinct components of results[0..n-1], in the order first seen. */
static char **components(const gac_result *const *res, size_t n, size_t *count)
{
	char **names = NULL;
	size_t k = 0, cap = 0;
	for (size_t r = 0; r < n; r++)
		for (size_t i = 0; i < gac_result_line_count(res[r]); i++) {
			const gac_line *l = gac_result_line(res[r], i);
			const char *c = l && l->component ? l->component : "other";
			bool seen = false;
			for (size_t j = 0; j < k && !seen; j++)
				seen = !strcmp(names[j], c);
			if (seen)
				continue;
			if (k == cap) {
				cap = cap ? 2 * cap : 8;
				char **g = gac_realloc(names, cap * sizeof *g);
				if (!g) {
					free(names);
					return NULL;
				}
				names = g;
			}
			names[k++] = (char *)c;
		}
	*count = k;
	return names ? names : gac_calloc(1, sizeof *names);
}

static gac_status done(gac_chart **out, gac_chart *ch)
{
	if (!ch || ch->failed) {
		gac_chart_free(ch);
		*out = NULL;
		return GAC_ENOMEM;
	}
	*out = ch;
	return GAC_OK;
}

/* One stacked series per component over categories cats[0..ncats-1];
 * value[c][k] from the lines of res[c] (by_workload: the category is the
 * line's workload within res[0]). */
static void stack_components(gac_chart *ch, chart_panel *p, const gac_result *const *res, size_t nres,
                             bool by_workload)
{
	size_t nc = 0;
	char **comp = components(res, nres, &nc);
	double *v = comp ? gac_calloc((p->ncats ? p->ncats : 1) * (nc ? nc : 1), sizeof *v) : NULL;
	if (!v) {
		free(comp);
		ch->failed = true;
		return;
	}
	for (size_t r = 0; r < nres; r++)
		for (size_t i = 0; i < gac_result_line_count(res[r]); i++) {
			const gac_line *l = gac_result_line(res[r], i);
			if (!l)
				continue;
			size_t c = by_workload ? index_of(p->cats, p->ncats, l->workload ? l->workload : "") : r;
			size_t k = index_of(comp, nc, l->component ? l->component : "other");
			if (c < p->ncats && k < nc)
				v[k * p->ncats + c] += l->cost;
		}
	for (size_t k = 0; k < nc; k++)
		chart_add_series(ch, p, comp[k], NULL, &v[k * p->ncats], p->ncats);
	free(v);
	free(comp);
}

gac_status gac_chart_estimate(gac_chart **out, const gac_result *result, const char *title)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!result)
		return GAC_EARG;
	gac_chart *ch = chart_new(title && *title ? title : "Monthly cost by workload", gac_result_currency(result));
	if (!ch)
		return GAC_ENOMEM;
	chart_set_desc(ch, "Stacked bars: each workload's monthly cost, split by what it is billed for.");
	chart_panel *p = chart_add_panel(ch, CHART_STACKED_BAR, NULL, "Workload", UNIT_PLAIN, "Cost per month",
	                                 UNIT_MONEY);
	for (size_t i = 0; p && i < gac_result_line_count(result); i++) {
		const gac_line *l = gac_result_line(result, i);
		const char *w = l && l->workload ? l->workload : "";
		if (index_of(p->cats, p->ncats, w) == p->ncats)
			chart_add_cat(ch, p, w);
	}
	if (p && !ch->failed)
		stack_components(ch, p, &result, 1, true);
	return done(out, ch);
}

gac_status gac_chart_compare(gac_chart **out, const gac_comparison *comparison, const char *title)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!comparison)
		return GAC_EARG;
	size_t n = gac_comparison_count(comparison);
	const gac_result **res = gac_calloc(n ? n : 1, sizeof *res);
	if (!res)
		return GAC_ENOMEM;
	for (size_t i = 0; i < n; i++)
		res[i] = gac_comparison_result(comparison, i);
	gac_chart *ch = chart_new(title && *title ? title : "Monthly cost by option",
	                          n ? gac_result_currency(res[0]) : "USD");
	if (!ch) {
		free(res);
		return GAC_ENOMEM;
	}
	chart_set_desc(ch, "Stacked bars: each option's monthly cost side by side, split by what it is billed for; "
	                   "the cheapest option that carries the load is marked, and options whose units do not "
	                   "carry the peak load are marked under capacity.");
	chart_panel *p = chart_add_panel(ch, CHART_STACKED_BAR, NULL, "Option", UNIT_PLAIN, "Cost per month",
	                                 UNIT_MONEY);
	for (size_t i = 0; i < n; i++)
		chart_add_cat(ch, p, gac_comparison_name(comparison, i));
	if (p && !ch->failed)
		stack_components(ch, p, res, n, false);
	size_t cheapest = gac_comparison_cheapest(comparison);
	for (size_t i = 0; i < n; i++) {
		if (gac_result_under_capacity(res[i], NULL))
			chart_add_mark(ch, p, MARK_LABEL, "under-capacity", "under capacity", i, 0, 0);
		if (i == cheapest)
			chart_add_mark(ch, p, MARK_LABEL, "cheapest", "cheapest", i, 0, 0);
	}
	free(res);
	return done(out, ch);
}

#define SIM_BINS 40

gac_status gac_chart_simulate(gac_chart **out, const gac_simulation *sim, double budget, const char *currency,
                              const char *title)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!sim || !currency)
		return GAC_EARG;
	gac_chart *ch = chart_new(title && *title ? title : "Monthly bill over the simulated trials", currency);
	if (!ch)
		return GAC_ENOMEM;
	chart_set_desc(ch, "A histogram of each option's simulated monthly bill and its cumulative distribution; "
	                   "with a budget, the budget line and each option's probability of exceeding it.");
	chart_panel *h = chart_add_panel(ch, CHART_HISTOGRAM, "Distribution", "Cost per month", UNIT_MONEY,
	                                 "Trials", UNIT_PLAIN);
	chart_panel *c = chart_add_panel(ch, CHART_CDF, "Cumulative distribution", "Cost per month", UNIT_MONEY,
	                                 "Share of trials at or under", UNIT_SHARE);
	size_t no = gac_simulation_option_count(sim), trials = gac_simulation_trials(sim);
	double edges[SIM_BINS + 1], counts[SIM_BINS];
	double px[101], py[101];
	gac_buf name = {0};
	gac_status st = GAC_OK;
	for (size_t o = 0; o < no && !ch->failed; o++) {
		const gac_sim_stats *s = gac_simulation_option(sim, o);
		name.len = 0;
		gac_buf_puts(&name, s && s->name ? s->name : "");
		if (s && isfinite(budget) && isfinite(s->prob_over_budget)) {
			gac_buf_puts(&name, " (P over budget ");
			gac_buf_grouped(&name, s->prob_over_budget * 100, 1);
			gac_buf_puts(&name, "%)");
		}
		if (name.failed) {
			ch->failed = true;
			break;
		}
		if ((st = gac_simulation_histogram(sim, o, SIM_BINS, edges, counts)) != GAC_OK)
			break;
		chart_add_series(ch, h, name.data, edges, counts, SIM_BINS);
		/* the distribution at each whole percentile */
		size_t k = 0;
		for (int q = 0; q <= 100 && trials && s; q++) {
			double v = q == 0 ? s->min : q == 100 ? s->max : NAN;
			if (q > 0 && q < 100 && gac_simulation_percentile(&v, sim, o, q) != GAC_OK)
				continue;
			px[k] = v;
			py[k++] = q / 100.0;
		}
		chart_add_series(ch, c, name.data, px, py, k);
	}
	gac_buf_free(&name);
	if (st != GAC_OK) {
		gac_chart_free(ch);
		return st;
	}
	if (isfinite(budget)) {
		chart_add_mark(ch, h, MARK_VLINE, "budget", "budget", 0, budget, 0);
		chart_add_mark(ch, c, MARK_VLINE, "budget", "budget", 0, budget, 0);
	}
	return done(out, ch);
}

gac_status gac_chart_sensitivity(gac_chart **out, const gac_sensitivity *sensitivity, const char *currency,
                                 const char *title)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!sensitivity || !currency)
		return GAC_EARG;
	gac_chart *ch = chart_new(title && *title ? title : "What moves the monthly bill", currency);
	if (!ch)
		return GAC_ENOMEM;
	chart_set_desc(ch, "A tornado chart: for each input, largest swing first, the monthly total with the input "
	                   "moved down and moved up, against the base total.");
	chart_panel *p = chart_add_panel(ch, CHART_TORNADO, NULL, "Cost per month", UNIT_MONEY, NULL, UNIT_PLAIN);
	size_t n = gac_sensitivity_count(sensitivity);
	double *lo = gac_calloc(n ? n : 1, sizeof *lo), *hi = gac_calloc(n ? n : 1, sizeof *hi);
	if (!lo || !hi) {
		free(lo);
		free(hi);
		gac_chart_free(ch);
		return GAC_ENOMEM;
	}
	/* the inputs that move the total, largest swing first (the ranking's order) */
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		const gac_sensitivity_item *it = gac_sensitivity_at(sensitivity, i);
		if (!(it->swing > 0))
			continue;
		chart_add_cat(ch, p, it->path);
		lo[k] = it->total_low;
		hi[k++] = it->total_high;
	}
	chart_add_series(ch, p, "input moved down", NULL, lo, k);
	chart_add_series(ch, p, "input moved up", NULL, hi, k);
	free(lo);
	free(hi);
	gac_buf base = {0};
	gac_buf_puts(&base, "base ");
	chart_label(&base, gac_sensitivity_base(sensitivity), 0.01, UNIT_MONEY, currency);
	if (base.failed)
		ch->failed = true;
	else
		chart_add_mark(ch, p, MARK_VLINE, "base", base.data, 0, gac_sensitivity_base(sensitivity), 0);
	gac_buf_free(&base);
	return done(out, ch);
}

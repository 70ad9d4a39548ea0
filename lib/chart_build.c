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
	/* a horizon's trials total its months: said on the axes and title */
	size_t months = gac_simulation_months(sim);
	char axis[64], dflt[96], desc[256];
	if (months) {
		gac_c_snprintf(axis, sizeof axis, "%zu-month total", months);
		gac_c_snprintf(dflt, sizeof dflt, "%zu-month total over the simulated trials", months);
		gac_c_snprintf(desc, sizeof desc, "A histogram of each option's simulated %zu-month total (each trial a "
		               "whole horizon of %zu month%s) and its cumulative distribution; with a budget, the budget "
		               "line and each option's probability of exceeding it.", months, months, months == 1 ? "" : "s");
	} else {
		gac_c_snprintf(axis, sizeof axis, "Cost per month");
		gac_c_snprintf(dflt, sizeof dflt, "Monthly bill over the simulated trials");
		gac_c_snprintf(desc, sizeof desc, "A histogram of each option's simulated monthly bill and its "
		               "cumulative distribution; with a budget, the budget line and each option's probability "
		               "of exceeding it.");
	}
	gac_chart *ch = chart_new(title && *title ? title : dflt, currency);
	if (!ch)
		return GAC_ENOMEM;
	chart_set_desc(ch, desc);
	chart_panel *h = chart_add_panel(ch, CHART_HISTOGRAM, "Distribution", axis, UNIT_MONEY, "Trials", UNIT_PLAIN);
	chart_panel *c = chart_add_panel(ch, CHART_CDF, "Cumulative distribution", axis, UNIT_MONEY,
	                                 "Share of trials at or under", UNIT_SHARE);
	/* adding the second panel may have moved the first */
	h = c ? &ch->panels[0] : NULL;
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

/* A parameter's value as a label, to three significant digits: 7.44M,
 * 371K, 1,500, 0.35 */
static void value_label(gac_buf *b, double v)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
	static const struct {
		double scale;
		const char *suffix;
	} big[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e4, "K"}};
	const char *suffix = "";
	double x = v;
	for (size_t i = 0; i < sizeof big / sizeof *big; i++)
		if (fabs(v) >= big[i].scale) {
			x = v / (big[i].scale == 1e4 ? 1e3 : big[i].scale);
			suffix = big[i].suffix;
			break;
		}
	int decimals = x == 0 ? 0 : 2 - (int)floor(log10(fabs(x)));
	if (decimals < 0)
		decimals = 0;
	if (decimals > 6)
		decimals = 6;
	char tmp[64];
	gac_c_snprintf(tmp, sizeof tmp, "%.*f", decimals, x);
	/* no trailing zeros: 2M, not 2.00M */
	char *dot = strchr(tmp, '.');
	if (dot) {
		char *e = tmp + strlen(tmp) - 1;
		while (e > dot && *e == '0')
			*e-- = '\0';
		if (e == dot)
			*e = '\0';
	}
	double whole;
	if (gac_parse_number(&whole, tmp, 0) == GAC_OK && fabs(whole) >= 1000 && !strchr(tmp, '.'))
		gac_buf_grouped(b, whole, 0);
	else
		gac_buf_puts(b, tmp);
	gac_buf_puts(b, suffix);
}

static size_t sweep_option(const gac_sweep *sweep, const char *name)
{
	size_t n = gac_sweep_option_count(sweep);
	for (size_t i = 0; i < n; i++)
		if (!strcmp(gac_sweep_option_name(sweep, i), name))
			return i;
	return n;
}

/* A cross on the points of option `option`'s line at which its units do
 * not carry the load (the table's TOO FEW): every point when there are
 * up to 16, else every n/16th of each run; the first of each run
 * labelled "NAME under capacity". */
static void capacity_crosses(gac_chart *ch, chart_panel *p, const gac_sweep *sweep, size_t option)
{
	gac_buf b = {0};
	size_t n = gac_sweep_points(sweep), every = (n + 15) / 16, start = 0;
	for (size_t i = 0; i < n && !ch->failed; i++) {
		if (!gac_sweep_under_capacity(sweep, i, option))
			continue;
		bool first = i == 0 || !gac_sweep_under_capacity(sweep, i - 1, option);
		if (first)
			start = i;
		if ((i - start) % every)
			continue;
		b.len = 0;
		gac_buf_puts(&b, "");
		if (first) {
			gac_buf_puts(&b, gac_sweep_option_name(sweep, option));
			gac_buf_puts(&b, " under capacity");
		}
		if (b.failed)
			ch->failed = true;
		else
			chart_add_mark(ch, p, MARK_CROSS, "under-capacity", b.data ? b.data : "", 0,
			               gac_sweep_value(sweep, i, 0), gac_sweep_total(sweep, i, option));
	}
	gac_buf_free(&b);
}

gac_status gac_chart_break_even(gac_chart **out, const gac_break_even *be, const gac_sweep *sweep,
                                const char *currency, const char *title)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!be || !sweep || !currency)
		return GAC_EARG;
	const char *name[2] = {gac_break_even_option(be, 0), gac_break_even_option(be, 1)};
	size_t at[2] = {sweep_option(sweep, name[0]), sweep_option(sweep, name[1])};
	size_t n = gac_sweep_points(sweep);
	if (at[0] == gac_sweep_option_count(sweep) || at[1] == gac_sweep_option_count(sweep) || n == 0)
		return GAC_EARG;
	gac_chart *ch = chart_new(title && *title ? title : "Break-even", currency);
	if (!ch)
		return GAC_ENOMEM;
	chart_set_desc(ch, "The monthly cost of two options against a parameter, the values at which they cost "
	                   "the same marked, and where an option's units run out of capacity.");
	int log_scale = 0;
	gac_break_even_scan_step(be, &log_scale);
	/* the quick mode's (break-even --model) path read as what it is */
	const char *x_title = gac_break_even_path(be);
	if (x_title && !strcmp(x_title, "workloads.default.requests_per_month"))
		x_title = "requests per month";
	chart_panel *p = chart_add_panel(ch, CHART_LINE, NULL, x_title, UNIT_VOLUME, "Cost per month", UNIT_MONEY);
	/* a log scan spans decades of cost too: on a linear y every cost
	 * but the last decade's sits on $0 */
	if (p)
		p->x_log = p->y_log = log_scale;
	double *x = gac_calloc(n, sizeof *x), *y = gac_calloc(n, sizeof *y);
	if (!x || !y)
		ch->failed = true;
	for (int side = 0; side < 2 && !ch->failed; side++) {
		for (size_t i = 0; i < n; i++) {
			x[i] = gac_sweep_value(sweep, i, 0);
			y[i] = gac_sweep_total(sweep, i, at[side]);
		}
		chart_add_series(ch, p, name[side], x, y, n);
	}
	free(x);
	free(y);
	gac_buf b = {0};
	for (size_t i = 0; i < gac_break_even_count(be) && !ch->failed; i++) {
		const gac_crossing *cr = gac_break_even_at(be, i);
		gac_buf tmp = {0};
		value_label(&tmp, cr->value);
		b.len = 0;
		gac_buf_puts(&b, "break-even at ");
		gac_buf_puts(&b, gac_buf_text(&b, &tmp));
		gac_buf_free(&tmp);
		gac_buf_puts(&b, cr->step ? " (a step)" : "");
		if (b.failed)
			ch->failed = true;
		else
			chart_add_mark(ch, p, MARK_POINT, "crossing", b.data, 0, cr->value, cr->cost_a);
	}
	for (int side = 0; side < 2 && !ch->failed; side++) {
		double v;
		if (!gac_break_even_capacity_limit(be, side, &v, NULL, NULL))
			continue;
		b.len = 0;
		gac_buf_puts(&b, name[side]);
		gac_buf_puts(&b, " out of capacity");
		if (b.failed)
			ch->failed = true;
		else
			chart_add_mark(ch, p, MARK_VLINE, "capacity", b.data, 0, v, 0);
	}
	gac_buf_free(&b);
	for (int side = 0; side < 2; side++)
		capacity_crosses(ch, p, sweep, at[side]);
	return done(out, ch);
}

gac_status gac_chart_sweep(gac_chart **out, const gac_sweep *sweep, gac_sweep_axis *const *axes, size_t axis_count,
                           const char *currency, const char *title)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!sweep || !axes || !currency || (axis_count != 1 && axis_count != 2) || !axes[0] ||
	    (axis_count == 2 && !axes[1]))
		return GAC_EARG;
	size_t n = gac_sweep_points(sweep), no = gac_sweep_option_count(sweep);
	gac_chart *ch = chart_new(title && *title ? title : "Monthly cost over a sweep", currency);
	if (!ch)
		return GAC_ENOMEM;
	double lo, hi;
	size_t steps[2] = {0, 0};
	int log_scale = 0;
	gac_sweep_axis_range(axes[0], &lo, &hi, &steps[0], &log_scale);
	if (axis_count == 1) {
		chart_set_desc(ch, "Each option's monthly cost as one parameter varies.");
		chart_panel *p = chart_add_panel(ch, CHART_LINE, NULL, gac_sweep_axis_path(axes[0]), UNIT_VOLUME,
		                                 "Cost per month", UNIT_MONEY);
		if (p)
			p->x_log = log_scale;
		double *x = gac_calloc(n ? n : 1, sizeof *x), *y = gac_calloc(n ? n : 1, sizeof *y);
		if (!x || !y)
			ch->failed = true;
		for (size_t o = 0; o < no && !ch->failed; o++) {
			for (size_t i = 0; i < n; i++) {
				x[i] = gac_sweep_value(sweep, i, 0);
				y[i] = gac_sweep_total(sweep, i, o);
			}
			chart_add_series(ch, p, gac_sweep_option_name(sweep, o), x, y, n);
		}
		free(x);
		free(y);
		for (size_t o = 0; o < no; o++)
			capacity_crosses(ch, p, sweep, o);
		return done(out, ch);
	}
	/* two axes: a heat map per option, the first axis down, the second
	 * (varying fastest) across */
	gac_sweep_axis_range(axes[1], &lo, &hi, &steps[1], &log_scale);
	size_t rows = steps[1] ? n / steps[1] : 0, cols = steps[1];
	chart_set_desc(ch, "Each option's monthly cost over a grid of two parameters, darker is dearer.");
	double *y = gac_calloc(cols ? cols : 1, sizeof *y);
	gac_buf b = {0}, t = {0};
	if (!y)
		ch->failed = true;
	for (size_t o = 0; o < no && !ch->failed; o++) {
		t.len = 0;
		gac_buf_printf(&t, "%s: %s down, %s across", gac_sweep_option_name(sweep, o), gac_sweep_axis_path(axes[0]),
		               gac_sweep_axis_path(axes[1]));
		chart_panel *p = chart_add_panel(ch, CHART_HEATMAP, t.failed ? "" : t.data, gac_sweep_axis_path(axes[1]),
		                                 UNIT_VOLUME, NULL, UNIT_MONEY);
		for (size_t c = 0; c < cols; c++) {
			value_label(&b, gac_sweep_value(sweep, c, 1));
			chart_add_cat(ch, p, b.failed ? "" : b.data);
		}
		for (size_t r = 0; r < rows; r++) {
			for (size_t c = 0; c < cols; c++)
				y[c] = gac_sweep_total(sweep, r * cols + c, o);
			value_label(&b, gac_sweep_value(sweep, r * cols, 0));
			chart_add_series(ch, p, b.failed ? "" : b.data, NULL, y, cols);
		}
		if (b.failed || t.failed)
			ch->failed = true;
	}
	free(y);
	gac_buf_free(&b);
	gac_buf_free(&t);
	return done(out, ch);
}

gac_status gac_chart_forecast(gac_chart **out, const gac_forecast *forecast, const char *currency, const char *title)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!forecast || !currency)
		return GAC_EARG;
	size_t n = gac_forecast_count(forecast), np = gac_forecast_purchase_count(forecast);
	gac_chart *ch = chart_new(title && *title ? title : "Monthly cost ahead", currency);
	if (!ch)
		return GAC_ENOMEM;
	chart_set_desc(ch, "Month by month: the part committed to purchases and reservations (hatched) and the rest, "
	                   "by the option in force.");
	chart_panel *p = chart_add_panel(ch, CHART_STACKED_BAR, NULL, "Month", UNIT_MONTH, "Cost per month",
	                                 UNIT_MONEY);
	gac_buf b = {0};
	for (size_t m = 0; m < n; m++) {
		b.len = 0;
		gac_buf_printf(&b, "%zu", gac_forecast_at(forecast, m)->month);
		chart_add_cat(ch, p, b.failed ? "" : b.data);
	}
	/* the options in force, in the order they first are */
	char **opts = gac_calloc(n ? n : 1, sizeof *opts);
	double *committed = gac_calloc(n ? n : 1, sizeof *committed), *rest = gac_calloc(n ? n : 1, sizeof *rest);
	size_t nopt = 0;
	if (!opts || !committed || !rest)
		ch->failed = true;
	for (size_t m = 0; m < n && !ch->failed; m++) {
		const char *o = gac_forecast_at(forecast, m)->option;
		if (index_of(opts, nopt, o) == nopt)
			opts[nopt++] = (char *)o;
	}
	for (size_t k = 0; k < nopt && !ch->failed; k++) {
		for (size_t m = 0; m < n; m++) {
			const gac_forecast_month *fm = gac_forecast_at(forecast, m);
			double c = 0;
			for (size_t i = 0; i < np; i++) {
				const gac_forecast_purchase *pu = gac_forecast_purchase_at(forecast, i);
				if (fm->month >= pu->month && fm->month <= pu->last_month)
					c += pu->monthly_cost;
			}
			bool in_force = !strcmp(fm->option, opts[k]);
			/* what the purchases bill is committed whatever is in force; the
			 * rest is the usage the option in force bills */
			committed[m] = in_force ? fmin(c, fm->total) : 0;
			rest[m] = in_force ? fm->total - committed[m] : 0;
		}
		bool any_committed = false;
		for (size_t m = 0; m < n; m++)
			any_committed = any_committed || committed[m] > 0;
		b.len = 0;
		gac_buf_printf(&b, "%s: committed", opts[k]);
		if (any_committed) {
			chart_series *s = chart_add_series(ch, p, b.failed ? "" : b.data, NULL, committed, n);
			if (s)
				s->shaded = true;
		}
		bool any_rest = false;
		for (size_t m = 0; m < n; m++)
			any_rest = any_rest || rest[m] != 0;
		b.len = 0;
		gac_buf_printf(&b, "%s: usage", opts[k]);
		if (any_rest || !any_committed)
			chart_add_series(ch, p, b.failed ? "" : b.data, NULL, rest, n);
		if (b.failed)
			ch->failed = true;
	}
	/* the first month of each run of months under capacity */
	for (size_t m = 0; m < n; m++)
		if (gac_forecast_at(forecast, m)->under_capacity && (m == 0 || !gac_forecast_at(forecast, m - 1)->under_capacity))
			chart_add_mark(ch, p, MARK_LABEL, "under-capacity", "under capacity", m, 0, 0);
	free(opts);
	free(committed);
	free(rest);
	gac_buf_free(&b);
	return done(out, ch);
}

/* The report of a Monte Carlo simulation. */
#include "table.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int jset(json_t *o, const char *k, json_t *v)
{
	return json_object_set_new(o, k, v);
}

static void pct_or_dash(gac_buf *b, double p, gac_format f)
{
	if (isnan(p)) {
		if (f != GAC_FORMAT_CSV)
			gac_buf_puts(b, "-");
		return;
	}
	if (f == GAC_FORMAT_CSV)
		gac_buf_exact(b, p);
	else
		gac_buf_num(b, "%.1f%%", 100 * p);
}

/* jansson's integers are signed 64-bit: a seed past INT64_MAX went in as
 * its two's-complement negative, and is written back unsigned here. */
static char *seed_unsigned(char *text, uint64_t seed)
{
	char *at = text ? strstr(text, "\"seed\":") : NULL;
	if (!at || seed <= INT64_MAX)
		return text;
	char *num = at + 7;
	while (*num == ' ')
		num++;
	char *end = num + (*num == '-');
	while (*end >= '0' && *end <= '9')
		end++;
	gac_buf b = {0};
	gac_buf_putn(&b, text, (size_t)(num - text));
	gac_buf_printf(&b, "%" PRIu64, seed);
	gac_buf_puts(&b, end);
	free(text);
	return gac_buf_take(&b);
}

/* n bytes in MiB or GiB, with `digits` decimals */
static void bytes_words(gac_buf *b, size_t n, int digits)
{
	double mib = (double)n / (1 << 20);
	char fmt[16];
	snprintf(fmt, sizeof fmt, "%%.%df %s", digits, mib >= 1024 ? "GiB" : "MiB");
	gac_buf_num(b, fmt, mib >= 1024 ? mib / 1024 : mib);
}

/* The decimals that tell two sizes apart (one, unless they print alike:
 * "1.0 MiB, past the 1.0 MiB memory cap" reads as a contradiction). */
static int bytes_digits(size_t x, size_t y)
{
	int d = 1;
	for (; d < 6 && x != y; d++) {
		gac_buf bx = {0}, by = {0};
		bytes_words(&bx, x, d);
		bytes_words(&by, y, d);
		bool same = bx.data && by.data && !strcmp(bx.data, by.data);
		free(bx.data);
		free(by.data);
		if (!same)
			break;
	}
	return d;
}

/* Which percentiles a run reports and why: exact while the totals (and
 * what ranking them takes) fit the memory cap, from the streamed summary
 * with its bound beyond. */
static void sim_memory_note(gac_buf *b, const gac_simulation *sim)
{
	bool dflt = false;
	size_t needed = 0, cap = gac_simulation_memory(sim, &dflt, &needed);
	/* (an exact run under the default cap does not print the cap) */
	int d = gac_simulation_exact(sim) && dflt ? 1 : bytes_digits(needed, cap);
	if (gac_simulation_exact(sim)) {
		gac_buf_puts(b, "exact percentiles (the totals kept: ");
		bytes_words(b, needed, d);
		if (dflt) {
			gac_buf_puts(b, ", within a quarter of physical memory)");
			return;
		}
		gac_buf_puts(b, ", within the ");
		bytes_words(b, cap, d);
		gac_buf_puts(b, " memory cap)");
		return;
	}
	gac_buf_puts(b, "percentiles from a streamed summary within ");
	gac_buf_num(b, "%.3g", 100 * GAC_SIM_QUANTILE_ERROR);
	gac_buf_puts(b, "% (the totals would take ");
	bytes_words(b, needed, d);
	gac_buf_puts(b, dflt ? ", past a quarter of physical memory, " : ", past the ");
	bytes_words(b, cap, d);
	gac_buf_puts(b, dflt ? ")" : " memory cap)");
}

/* Which rank correlations are "-" as a side of them does not vary (a
 * streamed run has none: the heading says why): the options whose total
 * is the same in every trial, and the inputs drawn the same in every
 * trial (seen against an option whose total does vary). */
static void flat_note(gac_buf *b, const gac_simulation *sim, bool md)
{
	size_t no = gac_simulation_option_count(sim), ni = gac_simulation_input_count(sim), nflat = 0, nin = 0;
	if (!ni)
		return;
	if (!gac_simulation_exact(sim)) {
		gac_buf_puts(b, "\nThe rank correlations are \"-\": a streamed run keeps no trials to rank (--memory, "
		                "see the heading).\n");
		return;
	}
	for (size_t o = 0; o < no; o++)
		nflat += gac_simulation_option(sim, o)->min == gac_simulation_option(sim, o)->max;
	for (size_t i = 0; i < ni; i++)
		for (size_t o = 0; o < no; o++)
			if (gac_simulation_option(sim, o)->min != gac_simulation_option(sim, o)->max &&
			    isnan(gac_simulation_rank_correlation(sim, i, o))) {
				nin++;
				break;
			}
	if (!nflat && !nin)
		return;
	gac_buf_puts(b, "\nA rank correlation is \"-\" where a side does not vary: ");
	for (size_t o = 0, k = 0; o < no; o++) {
		const gac_sim_stats *x = gac_simulation_option(sim, o);
		if (x->min != x->max)
			continue;
		gac_buf_puts(b, k ? (k + 1 == nflat ? " and " : ", ") : nflat > 1 ? "the totals of " : "the total of ");
		gac_buf_user(b, x->name, md);
		k++;
	}
	if (nflat)
		gac_buf_puts(b, nflat > 1 ? " are each the same in every trial" : " is the same in every trial");
	for (size_t i = 0, k = 0; i < ni; i++) {
		bool in = false;
		for (size_t o = 0; o < no && !in; o++)
			in = gac_simulation_option(sim, o)->min != gac_simulation_option(sim, o)->max &&
			     isnan(gac_simulation_rank_correlation(sim, i, o));
		if (!in)
			continue;
		gac_buf_puts(b, k ? (k + 1 == nin ? " and " : ", ") : nflat ? "; the draws of " : "the draws of ");
		gac_buf_user(b, gac_simulation_input(sim, i, NULL, NULL), md);
		k++;
	}
	if (nin)
		gac_buf_puts(b, nin > 1 ? " are each the same in every trial" : " are the same in every trial");
	gac_buf_puts(b, ".\n");
}

/* What a "-" in the table's P(over budget) and P(under capacity) cells
 * means (the rank correlations' are flat_note's). */
static void dash_notes(gac_buf *b, const gac_simulation *sim)
{
	size_t no = gac_simulation_option_count(sim);
	bool budget = false, capacity = false;
	for (size_t o = 0; o < no; o++) {
		budget |= isnan(gac_simulation_option(sim, o)->prob_over_budget);
		capacity |= isnan(gac_simulation_option(sim, o)->prob_under_capacity);
	}
	if (budget || capacity)
		gac_buf_puts(b, "\n");
	if (budget)
		gac_buf_puts(b, "P(over budget) is \"-\": no budget was given (--budget, or the scenario's "
		                "budget.monthly).\n");
	if (capacity)
		gac_buf_puts(b, "P(under capacity) is \"-\" where no capacity verdict applies: an option on demand, "
		                "on a Reserved-tier reservation, whose load above its units goes on demand "
		                "(deployment.overflow: on-demand), or whose capacity per unit or load is unknown.\n");
}

gac_status gac_report_simulation(char **out, const gac_simulation *sim, uint64_t seed, const char *cur,
                                 gac_format f, unsigned flags)
{
	/* with pricing_overrides: the mean bill at list prices and the mean
	 * saving, last */
	static const char *const headers[] = {"Option", "Mean", "SD", "P5", "P50", "P90", "P95", "P99", "Min",
	                                      "Max", "P(over budget)", "P(cheapest)", "P(under capacity)",
	                                      "Mean at list", "Saving (mean)"};
	static const bool right[] = {false, true, true, true, true, true, true, true, true, true, true, true, true,
	                             true, true};
	if (!out || !sim)
		return GAC_EARG;
	*out = NULL;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	size_t no = gac_simulation_option_count(sim), ni = gac_simulation_input_count(sim);
	double lm;
	bool has_list = gac_simulation_list_mean(&lm, sim, 0);
	if (f == GAC_FORMAT_JSON) {
		json_t *root = json_object(), *opts = json_array(), *ins = json_array();
		int bad = !root || !opts || !ins;
		for (size_t o = 0; !bad && o < no; o++) {
			const gac_sim_stats *s = gac_simulation_option(sim, o);
			json_t *x = json_pack("{s:s, s:f, s:f, s:f, s:o, s:f, s:f, s:f, s:f, s:f, s:f, s:f, s:o, s:f}", "name",
			                      s->name, "mean", s->mean, "sd", s->sd, "se_mean", s->se_mean, "se_p95",
			                      gac_jnum(s->se_p95), "p5", s->p5,
			                      "p50", s->p50, "p90", s->p90, "p95", s->p95, "p99", s->p99, "min", s->min,
			                      "max", s->max, "prob_over_budget", gac_jnum(s->prob_over_budget),
			                      "prob_cheapest", s->prob_cheapest);
			bad |= !x || jset(x, "prob_under_capacity", gac_jnum(s->prob_under_capacity));
			if (x && gac_simulation_list_mean(&lm, sim, o)) {
				bad |= jset(x, "list_mean", gac_jreal(lm));
				bad |= jset(x, "negotiated_saving_mean", gac_jreal(lm - s->mean));
			}
			bad |= !x || json_array_append_new(opts, x);
		}
		for (size_t i = 0; !bad && i < ni; i++) {
			double obs, exp_;
			const char *p = gac_simulation_input(sim, i, &obs, &exp_);
			json_t *rk = json_object();
			bad |= !rk;
			for (size_t o = 0; !bad && o < no; o++)
				bad |= jset(rk, gac_simulation_option(sim, o)->name,
				            gac_jnum(gac_simulation_rank_correlation(sim, i, o)));
			if (bad) {
				json_decref(rk);
				break;
			}
			json_t *x = json_pack("{s:s, s:f, s:f, s:o}", "path", p, "observed_mean", obs, "expected_mean", exp_,
			                      "rank_correlation", rk);
			bad |= !x || json_array_append_new(ins, x);
		}
		if (bad) {
			json_decref(root);
			json_decref(opts);
			json_decref(ins);
			return gac_json_status(NULL);
		}
		bad |= jset(root, "genaicost", json_string("simulation/1"));
		bad |= jset(root, "trials", json_integer((json_int_t)gac_simulation_trials(sim)));
		/* a horizon: each trial's figures are its months' total */
		if (gac_simulation_months(sim))
			bad |= jset(root, "months", json_integer((json_int_t)gac_simulation_months(sim)));
		if (!isnan(gac_simulation_budget(sim)))
			bad |= jset(root, "budget", gac_jreal(gac_simulation_budget(sim)));
		bad |= jset(root, "seed", json_integer((json_int_t)seed));
		bad |= jset(root, "currency", json_string(cur ? cur : ""));
		bad |= jset(root, "percentiles", json_string(gac_simulation_exact(sim) ? "exact" : "streaming"));
		bad |= jset(root, "percentile_error", gac_jreal(gac_simulation_exact(sim) ? 0 : GAC_SIM_QUANTILE_ERROR));
		int conv = gac_simulation_converged(sim);
		bad |= jset(root, "converged", conv < 0 ? json_null() : json_boolean(conv));
		bad |= jset(root, "prob_none_carries", gac_jreal(gac_simulation_prob_none_carries(sim)));
		bad |= jset(root, "engine_fallbacks", json_integer((json_int_t)gac_simulation_fallbacks(sim, NULL)));
		bad |= jset(root, "options", opts);  /* root's from here, set or not */
		bad |= jset(root, "inputs", ins);
		if (bad) {
			json_decref(root);
			return gac_json_status(NULL);
		}
		*out = seed_unsigned(gac_json_finish(root), seed);
		return gac_json_status(*out);
	}
	gac_buf b = {0};
	if (f != GAC_FORMAT_CSV)
	{
		size_t months = gac_simulation_months(sim);
		size_t trials = gac_simulation_trials(sim);
		gac_buf_printf(&b, "%sSimulation: %zu trial%s", f == GAC_FORMAT_MARKDOWN ? "### " : "", trials,
		               trials == 1 ? "" : "s");
		if (months)
			gac_buf_printf(&b, " of %zu month%s each", months, months == 1 ? "" : "s");
		gac_buf_printf(&b, ", seed %" PRIu64 ", ", seed);
		sim_memory_note(&b, sim);
		gac_buf_puts(&b, ", ");
		gac_buf_user(&b, cur ? cur : "", f == GAC_FORMAT_MARKDOWN);
		if (months)
			gac_buf_printf(&b, " over %zu month%s: each trial is a whole horizon, its inputs drawn once and its "
			                   "months 1 to %zu priced as forecast prices them (growth, seasonality, "
			                   "commitments; what a commitment owes after month %zu is not in it); every figure "
			                   "is the %zu-month total", months, months == 1 ? "" : "s", months, months, months);
		else
			gac_buf_puts(&b, " per month");
		double budget = gac_simulation_budget(sim);
		if (!isnan(budget)) {
			gac_buf_puts(&b, "; P(over budget) against ");
			gac_money(&b, budget, cur);
			if (months) {
				gac_buf_printf(&b, " (%zu × ", months);
				gac_money(&b, budget / (double)months, cur);
				gac_buf_puts(&b, " a month)");
			}
		}
		gac_buf_puts(&b, "\n\n");
	}
	/* CSV has no heading: a horizon is a column of its rows */
	size_t cols = has_list ? 15 : 13;
	bool months_col = f == GAC_FORMAT_CSV && gac_simulation_months(sim);
	const char *hdrs[16];
	bool rights[16];
	for (size_t k = 0; k < cols; k++) {
		hdrs[k] = headers[k];
		rights[k] = right[k];
	}
	if (months_col) {
		hdrs[cols] = "Months";
		rights[cols++] = true;
	}
	gac_table t;
	gac_table_init(&t, cols, hdrs, rights);
	for (size_t o = 0; o < no; o++) {
		const gac_sim_stats *s = gac_simulation_option(sim, o);
		double v[9] = {s->mean, s->sd, s->p5, s->p50, s->p90, s->p95, s->p99, s->min, s->max};
		gac_buf x = {0};
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, s->name);
		for (int k = 0; k < 9; k++) {
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, v[k]);
			else
				gac_money(&x, v[k], cur);
			gac_table_set_buf(&t, 1 + (size_t)k, &x);
		}
		pct_or_dash(&x, s->prob_over_budget, f);
		gac_table_set_buf(&t, 10, &x);
		pct_or_dash(&x, s->prob_cheapest, f);
		gac_table_set_buf(&t, 11, &x);
		pct_or_dash(&x, s->prob_under_capacity, f);
		gac_table_set_buf(&t, 12, &x);
		for (int k = 0; has_list && k < 2 && gac_simulation_list_mean(&lm, sim, o); k++) {
			double v2 = k ? lm - s->mean : lm;
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, v2);
			else
				gac_money(&x, v2, cur);
			gac_table_set_buf(&t, 13 + (size_t)k, &x);
		}
		if (months_col) {
			gac_buf_printf(&x, "%zu", gac_simulation_months(sim));
			gac_table_set_buf(&t, cols - 1, &x);
		}
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (f == GAC_FORMAT_CSV) {
		*out = gac_buf_take(&b);
		return gac_json_status(*out);
	}
	dash_notes(&b, sim);
	if (gac_simulation_fallbacks(sim, NULL) > 0)
		gac_buf_printf(&b, "\n%zu option-trial%s crossed a branch of the compiled plan and %s priced by the "
		                   "cost engine.\n", gac_simulation_fallbacks(sim, NULL),
		               gac_simulation_fallbacks(sim, NULL) == 1 ? "" : "s",
		               gac_simulation_fallbacks(sim, NULL) == 1 ? "was" : "were");
	if (gac_simulation_prob_none_carries(sim) > 0) {
		gac_buf_puts(&b, "\nNo option carries the peak load in ");
		pct_or_dash(&b, gac_simulation_prob_none_carries(sim), f);
		gac_buf_puts(&b, " of the trials (every one under capacity): those count for none in P(cheapest).\n");
	} else if (f != GAC_FORMAT_CSV) {
		for (size_t o = 0; o < no; o++)
			if (gac_simulation_option(sim, o)->prob_under_capacity > 0) {
				gac_buf_puts(&b, "\nP(cheapest) counts an option only in the trials where its units carry the "
				                 "peak load.\n");
				break;
			}
	}
	gac_buf_puts(&b, "\nStandard errors (mean; P95):");
	for (size_t o = 0; o < no; o++) {
		const gac_sim_stats *x = gac_simulation_option(sim, o);
		gac_buf_puts(&b, o ? ", " : " ");
		gac_buf_user(&b, x->name, f == GAC_FORMAT_MARKDOWN);
		gac_buf_puts(&b, " ");
		gac_money(&b, x->se_mean, cur);
		gac_buf_puts(&b, "; ");
		if (isnan(x->se_p95))
			gac_buf_puts(&b, "-");
		else
			gac_money(&b, x->se_p95, cur);
	}
	gac_buf_puts(&b, "\n");
	/* growth compounds from month 2: a one-month trial prices month 1 */
	for (size_t i = 0; !gac_simulation_months(sim) && i < ni; i++) {
		const char *p = gac_simulation_input(sim, i, NULL, NULL);
		size_t len = strlen(p), g = strlen(".growth_per_month");
		if (len > g && !strcmp(p + len - g, ".growth_per_month")) {
			gac_buf_puts(&b, "\nA trial prices one month, where growth_per_month does not act (month 1 is the "
			                 "rate as written): its draws do not move these totals; --months N carries them "
			                 "through an N-month horizon.\n");
			break;
		}
	}
	gac_buf_puts(&b, "\nUncertain inputs: mean of the draws (of the distribution, bounds included), and\n"
	                 "rank correlation with each option's total (which input moves the bill)\n\n");
	const char **hdr = gac_calloc(no + 2, sizeof *hdr);
	bool *rt = gac_calloc(no + 2, sizeof *rt);
	if (!hdr || !rt) {
		free(hdr);
		free(rt);
		gac_buf_free(&b);
		return GAC_ENOMEM;
	}
	hdr[0] = "Input";
	hdr[1] = "Mean (expected)";
	rt[1] = true;
	for (size_t o = 0; o < no; o++) {
		hdr[o + 2] = gac_simulation_option(sim, o)->name;
		rt[o + 2] = true;
	}
	gac_table ti;
	gac_table_init(&ti, no + 2, hdr, rt);
	for (size_t i = 0; i < ni; i++) {
		double obs, exp_;
		gac_buf x = {0};
		gac_table_row(&ti, 0);
		gac_table_set(&ti, 0, gac_simulation_input(sim, i, &obs, &exp_));
		gac_buf_sig(&x, obs, 6);
		gac_buf_puts(&x, " (");
		gac_buf_sig(&x, exp_, 6);
		gac_buf_puts(&x, ")");
		gac_table_set_buf(&ti, 1, &x);
		for (size_t o = 0; o < no; o++) {
			double r = gac_simulation_rank_correlation(sim, i, o);
			if (isnan(r))
				gac_buf_puts(&x, "-");  /* streaming, or a side that does not vary */
			else
				gac_buf_num(&x, "%+.3f", r);
			gac_table_set_buf(&ti, o + 2, &x);
		}
	}
	gac_table_render(&b, &ti, f);
	gac_table_free(&ti);
	free(hdr);
	free(rt);
	flat_note(&b, sim, f == GAC_FORMAT_MARKDOWN);
	if (f == GAC_FORMAT_TABLE) {
		enum { BINS = 12, W = 40 };
		for (size_t o = 0; o < no; o++) {
			double edges[BINS + 1], counts[BINS], top = 0;
			gac_status hs = gac_simulation_histogram(sim, o, BINS, edges, counts);
			if (hs == GAC_ENOMEM) {
				b.failed = true;  /* out of memory is the report's failure, not a histogram left out */
				break;
			}
			if (hs != GAC_OK)
				continue;
			for (int k = 0; k < BINS; k++)
				top = fmax(top, counts[k]);
			const gac_sim_stats *st = gac_simulation_option(sim, o);
			gac_buf_printf(&b, "\n%s\n", st->name);
			if (st->max == st->min) {
				gac_buf_puts(&b, "  every trial: ");
				gac_money(&b, st->min, cur);
				gac_buf_puts(&b, "\n");
				continue;
			}
			for (int k = 0; k < BINS; k++) {
				gac_buf x = {0};
				gac_money(&x, edges[k], cur);
				gac_buf_printf(&b, "  %14s ", gac_buf_text(&b, &x));
				gac_buf_free(&x);
				int len = top > 0 ? (int)llround(counts[k] / top * W) : 0;
				for (int i = 0; i < len; i++)
					gac_buf_puts(&b, "█");
				gac_buf_printf(&b, " %.0f\n", counts[k]);
			}
		}
	}
	if (flags & GAC_REPORT_EXPLAIN)
		gac_simulation_explain(&b, sim, cur, f == GAC_FORMAT_MARKDOWN);
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

gac_status gac_report_histogram(char **out, const gac_simulation *sim, size_t bins)
{
	if (out)
		*out = NULL;
	if (!out || !sim || bins == 0 || bins > SIZE_MAX / sizeof(double) - 1)
		return GAC_EARG;
	double *edges = malloc((bins + 1) * sizeof *edges), *counts = malloc(bins * sizeof *counts);
	gac_buf b = {0};
	gac_status st = edges && counts ? GAC_OK : GAC_ENOMEM;
	if (st == GAC_OK)
		gac_buf_puts(&b, "option,bin_low,bin_high,count\r\n");
	for (size_t o = 0; st == GAC_OK && o < gac_simulation_option_count(sim); o++) {
		st = gac_simulation_histogram(sim, o, bins, edges, counts);
		const char *name = gac_simulation_option(sim, o)->name;
		for (size_t k = 0; st == GAC_OK && k < bins; k++) {
			gac_buf_puts(&b, name);
			gac_buf_printf(&b, ",%.17g,%.17g,%.0f\r\n", edges[k], edges[k + 1], counts[k]);
		}
	}
	free(edges);
	free(counts);
	if (st != GAC_OK) {
		gac_buf_free(&b);
		return st;
	}
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

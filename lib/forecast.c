/* Forecasts: month by month with compound growth, seasonality and
 * commitments that start and end on given months, priced through the
 * parameter paths and the cost engine. */
#include "table.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gac_forecast {
	gac_forecast_month *months;
	size_t count;
	char **names;           /* option names, owned */
	size_t name_count;
	double owed_after;
	/* for --explain: the baseline's workloads as written, the seasonality,
	 * the commitments and month 1 priced with its line items */
	struct fc_workload {
		char *name;
		const char *field;
		double rate, growth;
	} *wl;
	size_t wl_count;
	double season[12];
	size_t season_count;
	struct fc_commit {
		char *option;
		double start, term;
	} *commits;
	size_t commit_count;
	gac_result *first;
};

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
	gac_result_free(f->first);
	free(f->names);
	free(f->months);
	free(f);
}

size_t gac_forecast_count(const gac_forecast *f) { return f ? f->count : 0; }
double gac_forecast_owed_after(const gac_forecast *f) { return f ? f->owed_after : 0; }

const gac_forecast_month *gac_forecast_at(const gac_forecast *f, size_t i)
{
	return f && i < f->count ? &f->months[i] : NULL;
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
	double *terms = gac_calloc(nk + 1, sizeof *terms);
	size_t nw = s->workload_count;
	double *base = gac_calloc((nk + 1) * nw + 1, sizeof *base);  /* each variant's own rates */
	gac_status st = GAC_OK;
	if (!f || !variants || !terms || !base || !(f->months = gac_calloc(months, sizeof *f->months)) ||
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
		if (st == GAC_OK && i > 0)
			terms[i] = term_of(&s->commitments[i - 1], variants[i]);
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
	f->season_count = s->season_count;
	for (size_t i = 0; i < s->season_count && i < 12; i++)
		f->season[i] = s->g[GAC_G_SEASON + i];
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
			double factor = pow(1 + wl->v[GAC_W_GROWTH], (double)(m - 1)) * season;
			if (i == 0)
				first = factor;
			char path[512];
			gac_c_snprintf(path, sizeof path, "workloads.%s.%s", wl->name, rate_field(wl));
			st = gac_scenario_set_number(w, path, base[v * nw + i] * factor, err);
		}
		double total = 0;
		if (st == GAC_OK)
			st = gac_estimate_total(&total, w, sheet, err);
		/* month 1 once more with its line items, for --explain */
		if (st == GAC_OK && m == 1)
			st = gac_estimate(&f->first, w, sheet, err);
		if (st != GAC_OK && err) {
			char msg[sizeof err->message + 64];
			gac_c_snprintf(msg, sizeof msg, "month %zu: %s", m, err->message);
			memcpy(err->message, msg, sizeof err->message - 1);
			err->message[sizeof err->message - 1] = '\0';
		}
		sum += total;
		if (st == GAC_OK && !isfinite(sum))
			st = gac_fail(err, GAC_ERANGE, s->path, 0, 0,
			              "month %zu: the cumulative cost overflows: an input or the growth is too large "
			              "for %zu months", m, months);
		f->months[m - 1] = (gac_forecast_month){m, f->names[v], first, total, sum};
		f->count = m;
	}
	/* a commitment bought late in the horizon still bills its whole term */
	for (size_t i = 1; st == GAC_OK && i <= nk; i++) {
		double start = s->commitments[i - 1].start, end = start + terms[i] - 1;
		if (!isfinite(terms[i]) || end <= (double)months || start > (double)months)
			continue;
		gac_result *r = NULL;
		if ((st = gac_estimate(&r, variants[i], sheet, err)) != GAC_OK)
			break;
		double pt = 0;
		for (size_t j = 0; j < gac_result_provisioned_count(r); j++)
			pt += gac_result_provisioned(r, j)->monthly_cost;
		f->owed_after += pt * (end - (double)months);
		gac_result_free(r);
		if (!isfinite(f->owed_after))
			st = gac_fail(err, GAC_ERANGE, s->path, 0, 0,
			              "what commitments owe after month %zu overflows: an input is too large", months);
	}
	for (size_t i = 0; variants && i <= nk; i++)
		gac_scenario_free(variants[i]);
	free(variants);
	free(terms);
	free(base);
	if (st != GAC_OK) {
		gac_forecast_free(f);
		return st;
	}
	*out = f;
	return GAC_OK;
}

static void factor_text(gac_buf *b, double g, size_t m)
{
	gac_buf_puts(b, "(1 + ");
	gac_buf_exact(b, g);
	gac_buf_printf(b, ")^%zu = ", m - 1);
	gac_buf_num(b, "%.6g", pow(1 + g, (double)(m - 1)));
}

void gac_forecast_explain(gac_buf *b, const gac_forecast *f, const char *cur, bool md)
{
	size_t n = f->count;
	const char *in = md ? "- " : "  ";
	gac_buf_printf(b, "\n%sHow each month is priced\n\n", md ? "#### " : "");
	gac_buf_printf(b, "%smonth m: each workload's rate = its rate as written × (1 + growth_per_month)^(m-1)"
	                  " × seasonality[(m-1) mod %zu + 1]; the month is then priced like an estimate and its"
	                  " total is the sum of its line items\n",
	               in, f->season_count ? f->season_count : 1);
	for (size_t j = 0; j < f->wl_count; j++) {
		const struct fc_workload *w = &f->wl[j];
		gac_buf_printf(b, "%s%s: %s ", in, w->name, w->field);
		gac_buf_exact(b, w->rate);
		gac_buf_puts(b, " × (1 + ");
		gac_buf_exact(b, w->growth);
		gac_buf_printf(b, ")^(m-1); month %zu: × ", n);
		factor_text(b, w->growth, n);
		gac_buf_puts(b, "\n");
	}
	if (f->season_count) {
		gac_buf_printf(b, "%sseasonality:", in);
		for (size_t i = 0; i < f->season_count; i++) {
			gac_buf_puts(b, i ? ", " : " ");
			gac_buf_exact(b, f->season[i]);
		}
		gac_buf_printf(b, " (repeating every %zu months)\n", f->season_count);
	} else {
		gac_buf_printf(b, "%sseasonality: none (1 every month)\n", in);
	}
	for (size_t i = 0; i < f->commit_count; i++) {
		const struct fc_commit *k = &f->commits[i];
		gac_buf_printf(b, "%scommitment: from month %g the deployment runs as %s", in, k->start, k->option);
		if (isfinite(k->term))
			gac_buf_printf(b, " for %g months (its term, billed whole)", k->term);
		gac_buf_puts(b, "\n");
	}
	if (f->first) {
		gac_buf_printf(b, "\n%sMonth 1 (%s, growth factor ", md ? "" : "", f->months[0].option);
		gac_buf_exact(b, f->months[0].factor);
		gac_buf_puts(b, "):\n");
		for (size_t i = 0; i < gac_result_line_count(f->first); i++) {
			const gac_line *l = gac_result_line(f->first, i);
			gac_buf_printf(b, "%s%s %s: %s\n", in, l->workload, l->component, l->formula ? l->formula : "");
		}
		gac_buf_printf(b, "%smonth 1 total = sum of the lines = ", in);
		gac_money(b, f->months[0].total, cur);
		gac_buf_puts(b, "\n");
	}
	const gac_forecast_month *last = &f->months[n - 1];
	gac_buf_printf(b, "\nMonth %zu (%s): growth factor ", n, last->option);
	gac_buf_num(b, "%.6g", last->factor);
	if (f->wl_count) {
		gac_buf_printf(b, " (%s: ", f->wl[0].name);
		factor_text(b, f->wl[0].growth, n);
		if (f->season_count) {
			gac_buf_puts(b, " × seasonality ");
			gac_buf_exact(b, f->season[(n - 1) % f->season_count]);
		}
		gac_buf_puts(b, ")");
	}
	gac_buf_puts(b, ", total ");
	gac_money(b, last->total, cur);
	gac_buf_printf(b, "\ncumulative = the sum of months 1 to %zu = ", n);
	gac_money(b, last->cumulative, cur);
	gac_buf_puts(b, "\n");
	if (f->owed_after > 0) {
		gac_buf_puts(b, "owed after the horizon = a commitment's monthly cost × its months left = ");
		gac_money(b, f->owed_after, cur);
		gac_buf_puts(b, "\n");
	}
}

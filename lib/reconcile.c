/* reconcile: a scenario's estimate beside a bill, per month, model and
 * price kind.  The estimate is the engine's (gac_estimate), one month of
 * it for every month of the bill compared: the scenario states a steady
 * month, unless a workload has growth_per_month: then the bill's month k
 * (0 for the bill's first month, in calendar months, whatever --month
 * picks) is estimated with each workload's request rate times
 * (1 + growth)^k, as forecast prices its month k + 1 (seasonality is not
 * applied: a bill's months are calendar months, a forecast's are not,
 * unless forecast.start ties them, below).
 * A scenario that states forecast.start says which calendar month its
 * rates describe: forecast.start less forecast.months_since_rates; each
 * bill month is then priced at (1 + growth)^(its months from that month)
 * × its calendar month's forecast.seasonality factor, as forecast prices
 * that calendar month.  Lines are matched on (model, price kind): the engine's kind of
 * each line (cost.c) and the bill's kind from its usage type (bill.c)
 * speak overrides.c's vocabulary ("input", "output_priority",
 * "model_unit_hour", "service").  Regions are summed. */
#include "bill.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct est_line {
	const char *model, *kind;
	double cost;
} est_line;

static bool valid_month(const char *m)
{
	if (!m || strlen(m) != 7 || m[4] != '-')
		return false;
	for (int i = 0; i < 7; i++)
		if (i != 4 && (m[i] < '0' || m[i] > '9'))
			return false;
	int mm = (m[5] - '0') * 10 + (m[6] - '0');
	return mm >= 1 && mm <= 12;
}

static int cmp_month(const void *a, const void *b)
{
	return strcmp(a, b);
}

void gac_reconciliation_free(gac_reconciliation *r)
{
	if (!r)
		return;
	free(r->rows);
	free(r->months);
	free(r->currency);
	free(r->scenario);
	gac_result_free(r->result);
	for (size_t i = 0; i < r->grown_count; i++)
		gac_result_free(r->grown[i]);
	free(r->grown);
	free(r->exponents);
	free(r);
}

static gac_status push_row(gac_reconciliation *r, size_t *cap, const char *month, const char *model,
                           const char *kind)
{
	for (size_t i = 0; i < r->row_count; i++)
		if (!strcmp(r->rows[i].month, month) && !strcmp(r->rows[i].model, model) && !strcmp(r->rows[i].kind, kind))
			return GAC_OK;
	if (r->row_count == *cap) {
		size_t c = *cap ? 2 * *cap : 32;
		gac_rec_row *rows = gac_realloc(r->rows, c * sizeof *rows);
		if (!rows)
			return GAC_ENOMEM;
		r->rows = rows;
		*cap = c;
	}
	gac_rec_row *row = &r->rows[r->row_count++];
	memset(row, 0, sizeof *row);
	memcpy(row->month, month, 8);
	row->model = model;
	row->kind = kind;
	return GAC_OK;
}

static gac_rec_row *find_row(gac_reconciliation *r, const char *month, const char *model, const char *kind)
{
	for (size_t i = 0; i < r->row_count; i++)
		if (!strcmp(r->rows[i].month, month) && !strcmp(r->rows[i].model, model) && !strcmp(r->rows[i].kind, kind))
			return &r->rows[i];
	return NULL;
}

static int cmp_row(const void *a, const void *b)
{
	const gac_rec_row *x = a, *y = b;
	int c = strcmp(x->month, y->month);
	if (!c)
		c = strcmp(x->model, y->model);
	if (!c)
		c = strcmp(x->kind, y->kind);
	return c;
}

/* Months from `a` to `b` ("YYYY-MM"). */
static long month_diff(const char *a, const char *b)
{
	return gac_month_parse(b) - gac_month_parse(a);
}

/* The rate path a workload was given in (as forecast scales it). */
static const char *rate_field(const gac_workload *w)
{
	if (w->set & (1u << GAC_W_REQUESTS_PER_DAY))
		return "requests_per_day";
	if (w->set & (1u << GAC_W_REQUESTS_PER_SECOND))
		return "requests_per_second";
	return "requests_per_month";
}

/* The estimate of a bill month k months of growth from the rates: every
 * workload's rate times (1 + growth)^k × the month's seasonality. */
static gac_status grown_estimate(gac_result **out, const gac_scenario *scenario, const gac_sheet *sheet, double k,
                                 double season, gac_error *err)
{
	gac_scenario *w = NULL;
	gac_status st = gac_scenario_with_option(&w, scenario, "baseline", err);
	for (size_t i = 0; st == GAC_OK && i < w->workload_count; i++) {
		const gac_workload *wl = &w->workloads[i];
		char path[512];
		double rate = 0;
		gac_c_snprintf(path, sizeof path, "workloads.%s.%s", wl->name, rate_field(wl));
		st = gac_scenario_get_number(&rate, w, path);
		if (st == GAC_OK)
			st = gac_scenario_set_number(w, path, rate * pow(1 + wl->v[GAC_W_GROWTH], k) * season, err);
	}
	if (st == GAC_OK)
		st = gac_estimate(out, w, sheet, err);
	gac_scenario_free(w);
	return st;
}

/* The estimate's lines summed by (model, kind) into est (n of them). */
static size_t sum_lines(est_line *est, const gac_result *res)
{
	size_t n = gac_result_line_count(res), ecount = 0;
	for (size_t i = 0; i < n; i++) {
		const char *kind = gac_result_line_kind(res, i);
		const gac_line *l = gac_result_line(res, i);
		if (!kind)
			continue;   /* no provider bills it */
		size_t j = 0;
		while (j < ecount && !(!strcmp(est[j].model, l->model) && !strcmp(est[j].kind, kind)))
			j++;
		if (j == ecount)
			est[ecount++] = (est_line){l->model, kind, 0};
		est[j].cost += l->cost;
	}
	return ecount;
}

gac_status gac_reconcile(gac_reconciliation **out, const gac_scenario *scenario, const gac_sheet *sheet,
                         const gac_bill *bill, const char *month, double tolerance, gac_error *err)
{
	if (!out || !scenario || !sheet || !bill)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output, scenario, sheet or bill");
	*out = NULL;
	gac_error_clear(err);
	if (month && !valid_month(month))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "month '%.*s%s' is not YYYY-MM", GAC_SHOW(month));
	if (!isfinite(tolerance) || tolerance < 0)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "the tolerance must be a finite share of at least 0");
	gac_reconciliation *r = gac_calloc(1, sizeof *r);
	if (!r)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	r->bill_ref = (gac_bill *)bill;
	r->tolerance = tolerance;
	gac_status st = gac_estimate(&r->result, scenario, sheet, err);
	if (st != GAC_OK) {
		gac_reconciliation_free(r);
		return st;
	}
	const char *cur = gac_result_currency(r->result);
	if (!(r->currency = gac_strdup(cur)) || !(r->scenario = gac_strdup(gac_scenario_name(scenario))))
		goto nomem;
	if (strcmp(bill->currency, cur)) {
		st = gac_fail(err, GAC_EVALUE, bill->file, 0, 0,
		              "the bill is in %s and the scenario's estimate in %s: nothing to compare without a rate",
		              bill->currency, cur);
		goto fail;
	}
	/* the months compared: the bill's, or the one asked for */
	size_t mcap = bill->group_count + bill->other_count + 1;
	if (!(r->months = gac_calloc(mcap, sizeof *r->months)))
		goto nomem;
	for (size_t i = 0; i < bill->group_count + bill->other_count; i++) {
		const char *m = i < bill->group_count ? bill->groups[i].month : bill->other[i - bill->group_count].month;
		if (month && strcmp(m, month))
			continue;
		bool seen = false;
		for (size_t j = 0; j < r->month_count && !seen; j++)
			seen = !strcmp(r->months[j], m);
		if (!seen)
			memcpy(r->months[r->month_count++], m, 8);
	}
	qsort(r->months, r->month_count, sizeof *r->months, cmp_month);
	if (month && r->month_count == 0) {
		char first[8] = "", last[8] = "";
		for (size_t i = 0; i < bill->group_count + bill->other_count; i++) {
			const char *m = i < bill->group_count ? bill->groups[i].month : bill->other[i - bill->group_count].month;
			if (!first[0] || strcmp(m, first) < 0)
				memcpy(first, m, 8);
			if (!last[0] || strcmp(m, last) > 0)
				memcpy(last, m, 8);
		}
		st = gac_fail(err, GAC_EVALUE, bill->file, 1, bill->date_col,
		              "column '%s' has no date in %s: the bill runs from %s to %s", bill->date_name, month, first,
		              last);
		goto fail;
	}
	/* growth: each month its own estimate, month k of the bill from its
	 * first month */
	for (size_t i = 0; i < scenario->workload_count; i++)
		r->growth = r->growth || scenario->workloads[i].v[GAC_W_GROWTH] != 0;
	/* seasonality too, once the scenario says which calendar month its
	 * month 1 is: forecast.seasonality[0] is forecast.start's month */
	long start = gac_forecast_start(scenario);
	size_t seasons = start >= 0 ? scenario->season_count : 0;
	r->growth = r->growth || seasons > 0;
	char first[8] = "";
	for (size_t i = 0; i < bill->group_count + bill->other_count; i++) {
		const char *m = i < bill->group_count ? bill->groups[i].month : bill->other[i - bill->group_count].month;
		if (!first[0] || strcmp(m, first) < 0)
			memcpy(first, m, 8);
	}
	if (r->growth) {
		if (!(r->grown = gac_calloc(r->month_count ? r->month_count : 1, sizeof *r->grown)))
			goto nomem;
		r->grown_count = r->month_count;
		if (start >= 0) {
			if (!(r->exponents = gac_calloc(r->month_count ? r->month_count : 1, sizeof *r->exponents)))
				goto nomem;
			/* the rates' month: forecast.start less the months since */
			double at = (double)start - scenario->rates_age;
			if (at == floor(at) && at >= 12)
				gac_c_snprintf(r->rates_month, sizeof r->rates_month, "%04ld-%02ld", (long)at / 12,
				               (long)at % 12 + 1);
		}
		for (size_t m = 0; m < r->month_count; m++) {
			/* months from forecast.start (forecast month 1), when given */
			long from_start = start < 0 ? 0 : gac_month_parse(r->months[m]) - start;
			double k = start < 0 ? (double)month_diff(first, r->months[m]) : (double)from_start + scenario->rates_age;
			if (r->exponents)
				r->exponents[m] = k;
			double season = seasons ? scenario->g[GAC_G_SEASON + (from_start % (long)seasons + (long)seasons) %
			                                                         (long)seasons]
			                        : 1;
			if ((k != 0 || season != 1) &&
			    (st = grown_estimate(&r->grown[m], scenario, sheet, k, season, err)) != GAC_OK)
				goto fail;
		}
	}
	/* the estimate's months, summed by (model, kind): one (est, ecount)
	 * for every month compared */
	size_t months_est = r->growth ? r->month_count : 1;
	est_line **est = gac_calloc(months_est ? months_est : 1, sizeof *est);
	size_t *ecount = gac_calloc(months_est ? months_est : 1, sizeof *ecount);
	if (!est || !ecount) {
		free(est);
		free(ecount);
		goto nomem;
	}
	bool short_of_memory = false;
	for (size_t m = 0; m < months_est; m++) {
		const gac_result *res = r->growth && r->grown[m] ? r->grown[m] : r->result;
		size_t n = gac_result_line_count(res);
		if (!(est[m] = gac_calloc(n ? n : 1, sizeof **est))) {
			short_of_memory = true;
			break;
		}
		ecount[m] = sum_lines(est[m], res);
	}
	size_t cap = 0;
	for (size_t m = 0; !short_of_memory && m < r->month_count; m++) {
		size_t e = r->growth ? m : 0;
		for (size_t j = 0; j < ecount[e] && !short_of_memory; j++)
			short_of_memory = push_row(r, &cap, r->months[m], est[e][j].model, est[e][j].kind) != GAC_OK;
	}
#define FREE_EST()                                  \
	do {                                        \
		for (size_t q = 0; q < months_est; q++) \
			free(est[q]);               \
		free(est);                          \
		free(ecount);                       \
	} while (0)
	if (short_of_memory) {
		FREE_EST();
		goto nomem;
	}
	for (size_t i = 0; i < bill->group_count; i++) {
		const gac_bill_group *g = &bill->groups[i];
		if (month && strcmp(g->month, month))
			continue;
		if (push_row(r, &cap, g->month, g->model, g->kind) != GAC_OK) {
			FREE_EST();
			goto nomem;
		}
		gac_rec_row *row = find_row(r, g->month, g->model, g->kind);
		row->billed += g->cost;
		row->in_bill = true;
	}
	for (size_t i = 0; i < r->row_count; i++) {
		size_t e = 0;
		while (r->growth && e < r->month_count && strcmp(r->months[e], r->rows[i].month))
			e++;
		for (size_t j = 0; e < months_est && j < ecount[e]; j++)
			if (!strcmp(r->rows[i].model, est[e][j].model) && !strcmp(r->rows[i].kind, est[e][j].kind)) {
				r->rows[i].estimated = est[e][j].cost;
				r->rows[i].in_estimate = true;
			}
	}
	FREE_EST();
#undef FREE_EST
	qsort(r->rows, r->row_count, sizeof *r->rows, cmp_row);
	for (size_t i = 0; i < r->row_count; i++) {
		r->estimated += r->rows[i].estimated;
		r->billed += r->rows[i].billed;
		if (!r->rows[i].in_estimate)
			r->not_modelled += r->rows[i].billed;
	}
	/* Bedrock lines of no model or kind the map knows are billed too;
	 * other services, tax and credits lie outside */
	for (size_t i = 0; i < bill->other_count; i++) {
		const gac_bill_other *o = &bill->other[i];
		if (month && strcmp(o->month, month))
			continue;
		if (o->bedrock) {
			r->billed += o->cost;
			r->not_modelled += o->cost;
		} else {
			r->outside += o->cost;
		}
	}
	*out = r;
	return GAC_OK;
nomem:
	st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
fail:
	gac_reconciliation_free(r);
	return st;
}

int gac_reconciliation_totals(double *estimated, double *billed, const gac_reconciliation *r)
{
	if (estimated)
		*estimated = r ? r->estimated : 0;
	if (billed)
		*billed = r ? r->billed : 0;
	if (!r)
		return 0;
	double diff = fabs(r->billed - r->estimated);
	if (r->estimated == 0)
		return diff > 0;
	/* a hair of rounding never breaches: the bill's cents against the
	 * estimate's full precision */
	return diff > r->tolerance * fabs(r->estimated) * (1 + 1e-12) + 1e-9;
}

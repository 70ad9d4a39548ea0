/* reconcile: a scenario's estimate beside a bill, per month, model and
 * price kind.  The estimate is the engine's (gac_estimate), one month of
 * it for every month of the bill compared: the scenario states a steady
 * month.  Lines are matched on (model, price kind): the engine's kind of
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
	/* the estimate's month, summed by (model, kind) */
	size_t n = gac_result_line_count(r->result), ecount = 0;
	est_line *est = gac_calloc(n ? n : 1, sizeof *est);
	if (!est)
		goto nomem;
	for (size_t i = 0; i < n; i++) {
		const char *kind = gac_result_line_kind(r->result, i);
		const gac_line *l = gac_result_line(r->result, i);
		if (!kind)
			continue;   /* no provider bills it */
		size_t j = 0;
		while (j < ecount && !(!strcmp(est[j].model, l->model) && !strcmp(est[j].kind, kind)))
			j++;
		if (j == ecount)
			est[ecount++] = (est_line){l->model, kind, 0};
		est[j].cost += l->cost;
	}
	size_t cap = 0;
	for (size_t m = 0; m < r->month_count; m++)
		for (size_t j = 0; j < ecount; j++)
			if (push_row(r, &cap, r->months[m], est[j].model, est[j].kind) != GAC_OK) {
				free(est);
				goto nomem;
			}
	for (size_t i = 0; i < bill->group_count; i++) {
		const gac_bill_group *g = &bill->groups[i];
		if (month && strcmp(g->month, month))
			continue;
		if (push_row(r, &cap, g->month, g->model, g->kind) != GAC_OK) {
			free(est);
			goto nomem;
		}
		gac_rec_row *row = find_row(r, g->month, g->model, g->kind);
		row->billed += g->cost;
		row->in_bill = true;
	}
	for (size_t i = 0; i < r->row_count; i++)
		for (size_t j = 0; j < ecount; j++)
			if (!strcmp(r->rows[i].model, est[j].model) && !strcmp(r->rows[i].kind, est[j].kind)) {
				r->rows[i].estimated = est[j].cost;
				r->rows[i].in_estimate = true;
			}
	free(est);
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

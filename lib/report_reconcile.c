/* The report of reconcile: estimate beside bill per month, model and
 * price kind, then the bill's lines outside that grid (Bedrock lines of no
 * model or kind the map knows, and lines of other services, tax or
 * credits), each with its cost and rows.  Table, Markdown and CSV from one
 * grid (table.c); reconcile/1 JSON for tools. */
#include "bill.h"
#include "table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { R_MONTH = 0, R_MODEL, R_KIND, R_EST, R_BILLED, R_DIFF, R_PCT, R_NOTE, R_COUNT };
static const char *const rec_headers[R_COUNT] = {"month", "model", "kind", "estimated", "billed", "difference",
                                                 "percent", "note"};
static const bool rec_right[R_COUNT] = {false, false, false, true, true, true, true, false};

enum { O_MONTH = 0, O_WHAT, O_WHY, O_COST, O_ROWS, O_LINE, O_COUNT };
static const char *const other_headers[O_COUNT] = {"month", "usage type or service", "why", "cost", "rows",
                                                   "first line"};
static const bool other_right[O_COUNT] = {false, false, false, true, true, true};

static const char *note_of(const gac_rec_row *r)
{
	return !r->in_estimate ? "not in the scenario" : !r->in_bill ? "not on the bill" : "";
}

static void money_cell(gac_table *t, size_t col, double v, const char *cur, gac_format f, bool sign)
{
	gac_buf b = {0};
	if (f == GAC_FORMAT_CSV)
		gac_buf_exact(&b, v);
	else if (sign)
		gac_signed_money(&b, v, cur);
	else
		gac_money(&b, v, cur);
	gac_table_set_buf(t, col, &b);
}

static void count_cell(gac_table *t, size_t col, unsigned long v)
{
	gac_buf b = {0};
	gac_buf_printf(&b, "%lu", v);
	gac_table_set_buf(t, col, &b);
}

static bool in_months(const gac_reconciliation *r, const char *m)
{
	for (size_t i = 0; i < r->month_count; i++)
		if (!strcmp(r->months[i], m))
			return true;
	return false;
}

static void grid(gac_buf *out, const gac_reconciliation *r, gac_format f)
{
	gac_table t;
	gac_table_init(&t, R_COUNT, rec_headers, rec_right);
	for (size_t i = 0; i < r->row_count; i++) {
		const gac_rec_row *row = &r->rows[i];
		if (!gac_table_row(&t, 0))
			break;
		gac_table_set(&t, R_MONTH, row->month);
		gac_table_set(&t, R_MODEL, row->model);
		gac_table_set(&t, R_KIND, row->kind);
		money_cell(&t, R_EST, row->estimated, r->currency, f, false);
		money_cell(&t, R_BILLED, row->billed, r->currency, f, false);
		money_cell(&t, R_DIFF, row->billed - row->estimated, r->currency, f, true);
		gac_buf p = {0};
		gac_pct_cell(&p, row->estimated, row->billed, f);
		gac_table_set_buf(&t, R_PCT, &p);
		gac_table_set(&t, R_NOTE, note_of(row));
	}
	double lost = 0;
	size_t nlost = 0;
	for (size_t i = 0; i < r->bill_ref->other_count; i++)
		if (r->bill_ref->other[i].bedrock && in_months(r, r->bill_ref->other[i].month)) {
			lost += r->bill_ref->other[i].cost;
			nlost++;
		}
	if (nlost && gac_table_row(&t, 0)) {
		/* Bedrock lines without a model or kind: in the total, listed below */
		gac_table_set(&t, R_MODEL, "(Bedrock lines of no model or kind in the map)");
		money_cell(&t, R_EST, 0, r->currency, f, false);
		money_cell(&t, R_BILLED, lost, r->currency, f, false);
		money_cell(&t, R_DIFF, lost, r->currency, f, true);
		gac_table_set(&t, R_NOTE, "listed below");
	}
	if (gac_table_row(&t, GAC_ROW_RULE)) {
		gac_table_set(&t, R_MONTH, "Total");
		money_cell(&t, R_EST, r->estimated, r->currency, f, false);
		money_cell(&t, R_BILLED, r->billed, r->currency, f, false);
		money_cell(&t, R_DIFF, r->billed - r->estimated, r->currency, f, true);
		gac_buf p = {0};
		gac_pct_cell(&p, r->estimated, r->billed, f);
		gac_table_set_buf(&t, R_PCT, &p);
		gac_table_set(&t, R_NOTE, gac_reconciliation_totals(NULL, NULL, r) ? "over the tolerance" : "");
	}
	gac_table_render(out, &t, f);
	gac_table_free(&t);
}


/* The bill's lines outside the grid: Bedrock ones (bedrock true) or the rest. */
static size_t others(gac_buf *out, const gac_reconciliation *r, gac_format f, bool bedrock)
{
	const gac_bill *b = r->bill_ref;
	gac_table t;
	gac_table_init(&t, O_COUNT, other_headers, other_right);
	size_t n = 0;
	for (size_t i = 0; i < b->other_count; i++) {
		const gac_bill_other *o = &b->other[i];
		if (o->bedrock != bedrock || !in_months(r, o->month))
			continue;
		n++;
		if (!gac_table_row(&t, 0))
			break;   /* out of memory: the render fails the text */
		gac_table_set(&t, O_MONTH, o->month);
		gac_table_set(&t, O_WHAT, o->what);
		gac_table_set(&t, O_WHY, o->why);
		money_cell(&t, O_COST, o->cost, r->currency, f, false);
		count_cell(&t, O_ROWS, o->rows);
		count_cell(&t, O_LINE, o->first_line);
	}
	if (n)
		gac_table_render(out, &t, f);
	gac_table_free(&t);
	return n;
}

static void text_report(gac_buf *out, const gac_reconciliation *r, gac_format f)
{
	const gac_bill *b = r->bill_ref;
	bool md = f == GAC_FORMAT_MARKDOWN;
	if (md)
		gac_buf_puts(out, "## ");
	gac_buf_puts(out, "Reconciliation of ");
	gac_buf_user(out, r->scenario[0] ? r->scenario : "(unnamed)", md);
	gac_buf_puts(out, " with ");
	gac_buf_user(out, b->file, md);
	gac_buf_printf(out, " (%s, %s, %zu month%s: %s", b->format, r->currency, r->month_count,
	               r->month_count == 1 ? "" : "s", r->month_count ? r->months[0] : "");
	if (r->month_count > 1)
		gac_buf_printf(out, " to %s", r->months[r->month_count - 1]);
	gac_buf_puts(out, ")\n\n");
	grid(out, r, f);
	gac_buf_puts(out, "\n");
	gac_buf tol = {0};
	gac_buf_exact(&tol, r->tolerance * 100);
	gac_buf_puts(out, md ? "**" : "");
	gac_buf_printf(out, "%s", gac_reconciliation_totals(NULL, NULL, r) ? "Over the tolerance" : "Within the tolerance");
	gac_buf_puts(out, md ? "**" : "");
	gac_buf_printf(out, " of %s%%: billed ", gac_buf_text(out, &tol));
	gac_buf_free(&tol);
	gac_money(out, r->billed, r->currency);
	gac_buf_puts(out, " against ");
	gac_money(out, r->estimated, r->currency);
	gac_buf_puts(out, " estimated; ");
	gac_money(out, r->not_modelled, r->currency);
	gac_buf_puts(out, " of the bill is for what the scenario does not model.\n");
	if (r->exponents) {
		/* the scenario states forecast.start: the month its rates describe */
		gac_buf_puts(out, "Each month is estimated at the rates as written × (1 + growth_per_month)^k × its "
		                  "calendar month's forecast.seasonality factor (1 without), k its months from ");
		if (r->rates_month[0])
			gac_buf_printf(out, "%s, ", r->rates_month);
		gac_buf_puts(out, "the month the rates describe (forecast.start − forecast.months_since_rates):");
		for (size_t m = 0; m < r->month_count; m++) {
			gac_buf_printf(out, "%s %s k = ", m ? "," : "", r->months[m]);
			gac_buf_exact(out, r->exponents[m]);
		}
		gac_buf_puts(out, ".\n");
	}
	gac_buf sec = {0};
	if (others(&sec, r, f, true)) {
		gac_buf_puts(out, md ? "\n### " : "\n");
		gac_buf_puts(out, "Bedrock lines of no model or price kind the map knows (in the billed total):\n\n");
		gac_buf_puts(out, gac_buf_text(out, &sec));
	}
	gac_buf_free(&sec);
	sec = (gac_buf){0};
	if (others(&sec, r, f, false)) {
		gac_buf_puts(out, md ? "\n### " : "\n");
		gac_buf_puts(out, "Lines outside the comparison (other services, tax, credits; ");
		gac_money(out, r->outside, r->currency);
		gac_buf_puts(out, "):\n\n");
		gac_buf_puts(out, gac_buf_text(out, &sec));
	}
	gac_buf_free(&sec);
	gac_buf_printf(out, "\n%lu bill row%s read: %lu priced Bedrock line%s, %lu other%s (all months).\n", b->rows,
	               b->rows == 1 ? "" : "s", b->priced_rows, b->priced_rows == 1 ? "" : "s", b->other_rows,
	               b->other_rows == 1 ? "" : "s");
}

static int jset(json_t *o, const char *k, json_t *v)
{
	return json_object_set_new(o, k, v) != 0;
}

static gac_status json_report(char **out, const gac_reconciliation *r)
{
	const gac_bill *b = r->bill_ref;
	json_t *root = json_object(), *rows = json_array(), *unmapped = json_array(), *outside = json_array(),
	       *months = json_array(), *bill = json_object();
	int bad = !root || !rows || !unmapped || !outside || !months || !bill;
	for (size_t i = 0; !bad && i < r->month_count; i++)
		bad |= json_array_append_new(months, json_string(r->months[i]));
	for (size_t i = 0; !bad && i < r->row_count; i++) {
		const gac_rec_row *row = &r->rows[i];
		json_t *o = json_object();
		double pct = row->estimated != 0 ? (row->billed - row->estimated) / row->estimated * 100 : NAN;
		int fail = !o || jset(o, "month", json_string(row->month)) || jset(o, "model", json_string(row->model)) ||
		           jset(o, "kind", json_string(row->kind)) || jset(o, "estimated", gac_jreal(row->estimated)) ||
		           jset(o, "billed", gac_jreal(row->billed)) ||
		           jset(o, "difference", gac_jreal(row->billed - row->estimated)) ||
		           jset(o, "percent", gac_jnum(pct)) || jset(o, "in_scenario", json_boolean(row->in_estimate)) ||
		           jset(o, "on_bill", json_boolean(row->in_bill));
		/* a row half built is freed here; a whole one the array takes,
		 * even when it cannot grow (json_array_append_new steals it) */
		if (fail)
			json_decref(o);
		bad |= fail || json_array_append_new(rows, o);
	}
	for (size_t i = 0; !bad && i < b->other_count; i++) {
		const gac_bill_other *x = &b->other[i];
		if (!in_months(r, x->month))
			continue;
		json_t *o = json_object();
		int fail = !o || jset(o, "month", json_string(x->month)) || jset(o, "what", json_string(x->what)) ||
		           jset(o, "why", json_string(x->why)) || jset(o, "cost", gac_jreal(x->cost)) ||
		           jset(o, "rows", json_integer((json_int_t)x->rows)) ||
		           jset(o, "first_line", json_integer((json_int_t)x->first_line));
		if (fail)
			json_decref(o);
		bad |= fail || json_array_append_new(x->bedrock ? unmapped : outside, o);
	}
	double pct = r->estimated != 0 ? (r->billed - r->estimated) / r->estimated * 100 : NAN;
	bad |= bad || jset(bill, "file", json_string(b->file)) || jset(bill, "format", json_string(b->format)) ||
	       jset(bill, "map", json_string(b->map_file)) || jset(bill, "rows", json_integer((json_int_t)b->rows)) ||
	       jset(bill, "priced_rows", json_integer((json_int_t)b->priced_rows)) ||
	       jset(bill, "other_rows", json_integer((json_int_t)b->other_rows));
	if (!bad) {
		bad |= jset(root, "genaicost", json_string("reconcile/1")) ||
		       jset(root, "scenario", json_string(r->scenario)) || jset(root, "currency", json_string(r->currency)) ||
		       json_object_set(root, "bill", bill) || json_object_set(root, "months", months) ||
		       json_object_set(root, "rows", rows) || json_object_set(root, "bedrock_unmapped", unmapped) ||
		       json_object_set(root, "outside", outside) ||
		       jset(root, "estimated", gac_jreal(r->estimated)) || jset(root, "billed", gac_jreal(r->billed)) ||
		       jset(root, "difference", gac_jreal(r->billed - r->estimated)) ||
		       jset(root, "percent", gac_jnum(pct)) || jset(root, "not_modelled", gac_jreal(r->not_modelled)) ||
		       jset(root, "outside_total", gac_jreal(r->outside)) ||
		       jset(root, "tolerance", gac_jreal(r->tolerance)) ||
		       jset(root, "within_tolerance", json_boolean(!gac_reconciliation_totals(NULL, NULL, r)));
	}
	/* root holds references of its own to those it took (json_object_set) */
	json_decref(bill);
	json_decref(months);
	json_decref(rows);
	json_decref(unmapped);
	json_decref(outside);
	if (bad) {
		json_decref(root);
		return GAC_ENOMEM;
	}
	*out = gac_json_finish(root);
	return gac_json_status(*out);
}

gac_status gac_report_reconcile(char **out, const gac_reconciliation *r, gac_format format)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!r)
		return GAC_EARG;
	if (format == GAC_FORMAT_JSON)
		return json_report(out, r);
	if (format != GAC_FORMAT_TABLE && format != GAC_FORMAT_CSV && format != GAC_FORMAT_MARKDOWN)
		return GAC_EARG;
	gac_buf b = {0};
	if (format == GAC_FORMAT_CSV)
		grid(&b, r, format);   /* one grid: the lines outside it are in the other formats */
	else
		text_report(&b, r, format);
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

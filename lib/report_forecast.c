/* The forecast report: month by month with the units billed and needed,
 * what commitments owe after each month, the purchases, and --explain. */
#include "forecast.h"
#include "table.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "1 unit" / "+2 units" */
static void units_text(gac_buf *b, double units, bool plus)
{
	if (plus)
		gac_buf_puts(b, "+");
	gac_buf_exact(b, units);
	gac_buf_puts(b, units == 1 ? " unit" : " units");
}

/* " a month × 6 months (months 7 to 12) = " */
static void term_text(gac_buf *b, const gac_forecast_purchase *p)
{
	gac_buf_printf(b, " a month × %g month%s (month%s %zu", p->term_months, p->term_months == 1 ? "" : "s",
	               p->month == p->last_month ? "" : "s", p->month);
	if (p->month != p->last_month)
		gac_buf_printf(b, " to %zu", p->last_month);
	gac_buf_puts(b, ") = ");
}

/* Month m as the report names it: its calendar month when the scenario
 * states forecast.start ("2026-10"), else "month 3" (word) or "3". */
static void month_label(gac_buf *b, const gac_forecast *f, size_t m, bool word)
{
	if (f->start < 0) {
		gac_buf_printf(b, word ? "month %zu" : "%zu", m);
		return;
	}
	long k = f->start + (long)m - 1;
	gac_buf_printf(b, "%04ld-%02ld", k / 12, k % 12 + 1);
}

/* "(1 + g)^(m-1)", or with forecast.months_since_rates "(1 + g)^(m-1+2)" */
static void exponent_text(gac_buf *b, const gac_forecast *f)
{
	gac_buf_puts(b, "(m-1");
	if (f->age != 0) {
		gac_buf_puts(b, "+");
		gac_buf_exact(b, f->age);
	}
	gac_buf_puts(b, ")");
}

/* Whether the forecast bought a Reserved-tier reservation, and whether
 * it bought committed units. */
static bool has_reserved(const gac_forecast *f, bool reserved)
{
	for (size_t i = 0; i < f->buy_count; i++)
		if (!f->buys[i].reserved == !reserved)
			return true;
	return false;
}

/* "1,000,000 input + 100,000 output tokens/min of m.x (chat)" */
static void reservation_text(gac_buf *b, const gac_forecast_purchase *p, bool md)
{
	gac_buf_exact(b, p->input_tpm);
	gac_buf_puts(b, " input + ");
	gac_buf_exact(b, p->output_tpm);
	gac_buf_puts(b, " output tokens/min of ");
	gac_buf_user(b, p->model, md);
	gac_buf_puts(b, " (");
	gac_buf_user(b, p->workloads, md);
	gac_buf_puts(b, ")");
}

static void factor_text(gac_buf *b, const gac_forecast *f, double g, size_t m)
{
	gac_buf_puts(b, "(1 + ");
	gac_buf_exact(b, g);
	gac_buf_puts(b, ")^");
	gac_buf_exact(b, (double)(m - 1) + f->age);
	gac_buf_puts(b, " = ");
	gac_buf_num(b, "%.6g", pow(1 + g, (double)(m - 1) + f->age));
}

static void forecast_explain(gac_buf *b, const gac_forecast *f, const char *cur, bool md)
{
	size_t n = f->count;
	const char *in = md ? "- " : "  ";
	gac_buf_printf(b, "\n%sHow each month is priced\n\n", md ? "#### " : "");
	gac_buf_printf(b, "%smonth m: each workload's rate = its rate as written × (1 + growth_per_month)^", in);
	exponent_text(b, f);
	/* no seasonality is a factor of 1: not in the formula */
	if (f->season_count == 1)
		gac_buf_puts(b, " × seasonality[1]");
	else if (f->season_count)
		gac_buf_printf(b, " × seasonality[(m-1) mod %zu + 1]", f->season_count);
	gac_buf_puts(b, "; the month is then priced like an estimate and its total is the sum of its line items\n");
	if (f->start >= 0) {
		gac_buf_printf(b, "%smonth 1 is ", in);
		month_label(b, f, 1, false);
		gac_buf_printf(b, " (forecast.start), month m the (m-1)th month after it\n");
	}
	if (f->age != 0) {
		gac_buf_printf(b, "%sthe rates as written describe the month ", in);
		gac_buf_exact(b, f->age);
		gac_buf_puts(b, f->age == 1 ? " month" : " months");
		gac_buf_puts(b, " before month 1 (forecast.months_since_rates): month m grows (m-1) + ");
		gac_buf_exact(b, f->age);
		gac_buf_puts(b, " months from them\n");
	}
	for (size_t j = 0; j < f->wl_count; j++) {
		const struct fc_workload *w = &f->wl[j];
		gac_buf_printf(b, "%s%s: %s ", in, w->name, w->field);
		gac_buf_exact(b, w->rate);
		gac_buf_puts(b, " × (1 + ");
		gac_buf_exact(b, w->growth);
		gac_buf_puts(b, ")^");
		exponent_text(b, f);
		gac_buf_puts(b, "; ");
		month_label(b, f, n, true);
		gac_buf_puts(b, ": × ");
		factor_text(b, f, w->growth, n);
		gac_buf_puts(b, "\n");
	}
	if (f->season_count) {
		gac_buf_printf(b, "%sseasonality:", in);
		for (size_t i = 0; i < f->season_count; i++) {
			gac_buf_puts(b, i ? ", " : " ");
			gac_buf_exact(b, f->season[i]);
		}
		if (f->season_count == 1)
			gac_buf_puts(b, " (every month)\n");
		else
			gac_buf_printf(b, " (repeating every %zu months)\n", f->season_count);
	} else {
		gac_buf_printf(b, "%sseasonality: none (1 every month)\n", in);
	}
	for (size_t i = 0; i < f->commit_count; i++) {
		const struct fc_commit *k = &f->commits[i];
		gac_buf_printf(b, "%scommitment: from month %g the deployment runs as %s", in, k->start, k->option);
		if (isfinite(k->term))
			gac_buf_printf(b, " for %g month%s (its term, billed whole)", k->term, k->term == 1 ? "" : "s");
		gac_buf_puts(b, "\n");
	}
	if (f->first) {
		gac_buf_puts(b, "\n");
		if (f->start >= 0) {
			month_label(b, f, 1, false);
			gac_buf_puts(b, ", month 1");
		} else {
			gac_buf_puts(b, "Month 1");
		}
		gac_buf_printf(b, " (%s, growth factor ", f->months[0].option);
		gac_buf_exact(b, f->months[0].factor);
		gac_buf_puts(b, "):\n");
		for (size_t i = 0; i < gac_result_line_count(f->first); i++) {
			const gac_line *l = gac_result_line(f->first, i);
			gac_buf_puts(b, in);
			gac_buf_user(b, l->workload, md);
			gac_buf_puts(b, " ");
			gac_buf_user(b, l->component, md);
			gac_buf_puts(b, ": ");
			gac_buf_user(b, l->formula ? l->formula : "", md);
			gac_buf_puts(b, "\n");
		}
		gac_buf_printf(b, "%smonth 1 total = sum of the lines = ", in);
		gac_money(b, f->months[0].total, cur);
		gac_buf_puts(b, "\n");		if (f->has_list) {
			gac_buf_printf(b, "%smonth 1 at list prices = sum of quantity × list price, unrounded: ", in);
			gac_buf_exact(b, f->list[0]);
			gac_buf_printf(b, "; saving = ");
			gac_buf_exact(b, f->list[0]);
			gac_buf_puts(b, " − ");
			gac_buf_exact(b, f->months[0].total);
			gac_buf_puts(b, " = ");
			gac_buf_exact(b, f->list[0] - f->months[0].total);
			gac_buf_printf(b, " %s\n", cur ? cur : "");
		}
	}
	const gac_forecast_month *last = &f->months[n - 1];
	gac_buf_puts(b, "\n");
	if (f->start >= 0) {
		month_label(b, f, n, false);
		gac_buf_printf(b, ", month %zu", n);
	} else {
		gac_buf_printf(b, "Month %zu", n);
	}
	gac_buf_printf(b, " (%s): growth factor ", last->option);
	gac_buf_num(b, "%.6g", last->factor);
	if (f->wl_count) {
		gac_buf_printf(b, " (%s: ", f->wl[0].name);
		factor_text(b, f, f->wl[0].growth, n);
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
	if (has_reserved(f, false))
		gac_buf_puts(b, "\nCommitted units: bought at a commitment's start and fixed for the term; a "
		                "renewal at a term's end buys the units written (model_units: auto: the need then "
		                "− the units still in force), and with model_units: auto an extra purchase when the "
		                "need grows mid-term buys the need − the units in force; each runs its own whole "
		                "term\n");
	for (size_t i = 0; i < f->buy_count; i++) {
		const gac_forecast_purchase *p = &f->buys[i];
		const gac_forecast_month *at = &f->months[p->month - 1];
		if (p->reserved)
			continue;
		double before = 0;  /* the throughput's units still in force */
		for (size_t j = 0; j < i; j++)
			if (!f->buys[j].reserved && !strcmp(f->buys[j].option, p->option) &&
			    !strcmp(f->buys[j].workloads, p->workloads) && f->buys[j].last_month >= p->month)
				before += f->buys[j].units;
		gac_buf_puts(b, in);
		month_label(b, f, p->month, true);
		gac_buf_printf(b, " %s (%s, ", p->kind, p->option);
		gac_buf_user(b, p->model, md);
		gac_buf_puts(b, "): ");
		if (before > 0 && !isnan(at->units_needed)) {
			gac_buf_puts(b, "needs ");
			gac_buf_exact(b, before + p->units);
			gac_buf_puts(b, " − ");
			gac_buf_exact(b, before);
			gac_buf_puts(b, " in force = ");
		}
		units_text(b, p->units, !strcmp(p->kind, "extra purchase"));
		gac_buf_puts(b, ", ");
		gac_money(b, p->monthly_cost, cur);
		term_text(b, p);
		gac_money(b, p->monthly_cost * p->term_months, cur);
		gac_buf_puts(b, "\n");
	}
	if (has_reserved(f, true)) {
		gac_buf_puts(b, "\nReservations (Reserved tier): bought at the first month their workloads run "
		                "reserved, sized then (auto: that month's peak tokens/min rounded up to 1,000, at "
		                "least 100,000 input and 10,000 output) and held for the whole term, billed every "
		                "month of it whatever the load; renewed when the term ends (auto: re-sized to the "
		                "peak then); the load above a reservation goes to the Standard tier that month\n");
		for (size_t i = 0; i < f->buy_count; i++) {
			const gac_forecast_purchase *p = &f->buys[i];
			if (!p->reserved)
				continue;
			gac_buf_puts(b, in);
			month_label(b, f, p->month, true);
			gac_buf_printf(b, " %s (%s): ", p->kind, p->option);
			reservation_text(b, p, md);
			gac_buf_puts(b, ", ");
			gac_money(b, p->monthly_cost, cur);
			term_text(b, p);
			gac_money(b, p->monthly_cost * p->term_months, cur);
			gac_buf_puts(b, "\n");
		}
		bool any = false;
		for (size_t m = 0; m < n; m++) {
			const gac_forecast_month *x = &f->months[m];
			if (!(x->reserved_overflow > 0))
				continue;
			gac_buf_printf(b, "%s%s %zu ", any ? ", " : "", any ? "month" : "overflow at the Standard tier: month",
			               x->month);
			gac_money(b, x->reserved_overflow, cur);
			any = true;
		}
		gac_buf_puts(b, any ? " (the share of the month above the reservation at the peak, at on-demand "
		                      "rates)\n"
		                    : "overflow at the Standard tier: none (every month's peak within the "
		                      "reservations)\n");
	}
	if (f->owed_after > 0) {
		gac_buf_puts(b, "owed after ");
		month_label(b, f, n, true);
		gac_buf_puts(b, " = the sum over purchases running past it of their months left × their monthly "
		                "cost =");
		const char *plus = " ";
		for (size_t i = 0; i < f->buy_count; i++) {
			const gac_forecast_purchase *p = &f->buys[i];
			if (p->month > n || p->last_month <= n)
				continue;
			gac_buf_printf(b, "%s%zu × ", plus, p->last_month - n);
			gac_money(b, p->monthly_cost, cur);
			plus = " + ";
		}
		gac_buf_puts(b, " = ");
		gac_money(b, f->owed_after, cur);
		gac_buf_puts(b, "\n");
	}
}

static void purchases_text(gac_buf *b, const gac_forecast *f, const char *cur, gac_format fmt)
{
	if (!f->buy_count)
		return;
	const char *in = fmt == GAC_FORMAT_MARKDOWN ? "- " : "  ";
	gac_buf_puts(b, "\nPurchases (each bills its whole term, fixed for it):\n");
	if (fmt == GAC_FORMAT_MARKDOWN)
		gac_buf_puts(b, "\n");
	for (size_t i = 0; i < f->buy_count; i++) {
		const gac_forecast_purchase *p = &f->buys[i];
		gac_buf_printf(b, "%s%s: ", in, p->kind);
		if (p->reserved) {
			gac_buf_puts(b, "reservation of ");
			reservation_text(b, p, fmt == GAC_FORMAT_MARKDOWN);
			gac_buf_printf(b, " for %s, %g-month term from ", p->option, p->term_months);
			month_label(b, f, p->month, true);
			gac_buf_puts(b, " (to ");
			month_label(b, f, p->last_month, true);
			gac_buf_puts(b, "), ");
			gac_money(b, p->monthly_cost, cur);
			gac_buf_puts(b, " a month\n");
			continue;
		}
		units_text(b, p->units, !strcmp(p->kind, "extra purchase"));
		gac_buf_puts(b, " of ");
		gac_buf_user(b, p->model, fmt == GAC_FORMAT_MARKDOWN);
		gac_buf_puts(b, " (");
		gac_buf_user(b, p->workloads, fmt == GAC_FORMAT_MARKDOWN);
		gac_buf_printf(b, ") for %s, %g-month term from ", p->option, p->term_months);
		month_label(b, f, p->month, true);
		gac_buf_puts(b, " (to ");
		month_label(b, f, p->last_month, true);
		gac_buf_puts(b, "), ");
		gac_money(b, p->monthly_cost, cur);
		gac_buf_puts(b, " a month\n");
	}
}

/* "Months 4 to 6 and 10" */
static void under_text(gac_buf *b, const gac_forecast *f)
{
	size_t n = f->count, count = 0, runs = 0;
	for (size_t i = 0; i < n; i++)
		count += f->months[i].under_capacity != 0;
	if (!count)
		return;
	gac_buf_printf(b, "\n%s ", count == 1 ? "Month" : "Months");
	for (size_t i = 0; i < n;) {
		if (!f->months[i].under_capacity) {
			i++;
			continue;
		}
		size_t j = i;
		while (j + 1 < n && f->months[j + 1].under_capacity)
			j++;
		gac_buf_puts(b, runs ? ", " : "");
		month_label(b, f, i + 1, false);
		if (j > i) {
			gac_buf_puts(b, " to ");
			month_label(b, f, j + 1, false);
		}
		runs++;
		i = j + 1;
	}
	gac_buf_printf(b, " %s under capacity (TOO FEW): the units in force carry less than the peak load, "
	                  "and the load above them is not served; model_units: auto buys extra units as "
	                  "their own purchase.\n", count == 1 ? "is" : "are");
}

static json_t *forecast_json(const gac_forecast *fc, const char *cur)
{
	json_t *root = json_object(), *arr = json_array(), *buys = json_array();
	int bad = !root || !arr || !buys;
	bool reserved = has_reserved(fc, true);
	for (size_t i = 0; !bad && i < fc->count; i++) {
		const gac_forecast_month *m = &fc->months[i];
		json_t *o = json_pack("{s:i, s:s, s:f, s:o, s:o, s:f, s:f, s:f, s:b}", "month", (int)m->month,
		                      "deployment", m->option, "factor", m->factor, "units", gac_jnum(m->units),
		                      "units_needed", gac_jnum(m->units_needed), "total", m->total, "cumulative",
		                      m->cumulative, "owed_after", m->owed_after, "under_capacity", m->under_capacity);
		/* the Reserved tier's figures only where the forecast has a reservation */
		if (o && fc->start >= 0) {
			gac_buf cm = {0};
			month_label(&cm, fc, m->month, false);
			bad |= cm.failed || json_object_set_new(o, "calendar_month", json_string(cm.data));
			gac_buf_free(&cm);
		}
		if (o && reserved) {
			bad |= json_object_set_new(o, "reserved_fee", json_real(m->reserved_fee));
			bad |= json_object_set_new(o, "reserved_overflow", json_real(m->reserved_overflow));
		}
		if (o && fc->has_list) {
			bad |= json_object_set_new(o, "list_total", gac_jreal(fc->list[i]));
			bad |= json_object_set_new(o, "negotiated_saving", gac_jreal(fc->list[i] - m->total));
		}
		bad |= !o || json_array_append_new(arr, o);
	}
	for (size_t i = 0; !bad && i < fc->buy_count; i++) {
		const gac_forecast_purchase *p = &fc->buys[i];
		json_t *o = json_pack("{s:s, s:s, s:i, s:i, s:f, s:f, s:f}", "option", p->option, "kind", p->kind,
		                      "month", (int)p->month, "last_month", (int)p->last_month, "units", p->units,
		                      "term_months", p->term_months, "monthly_cost", p->monthly_cost);
		if (o && p->reserved)
			bad |= json_object_set_new(o, "reserved", json_true());
		if (o) {
			bad |= json_object_set_new(o, "model", json_string(p->model));
			bad |= json_object_set_new(o, "workloads", json_string(p->workloads));
		}
		if (o && p->reserved) {
			bad |= json_object_set_new(o, "input_tokens_per_minute", json_real(p->input_tpm));
			bad |= json_object_set_new(o, "output_tokens_per_minute", json_real(p->output_tpm));
		}
		bad |= !o || json_array_append_new(buys, o);
	}
	bad |= json_object_set_new(root, "genaicost", json_string("forecast/2"));
	bad |= json_object_set_new(root, "currency", json_string(cur ? cur : ""));
	bad |= json_object_set_new(root, "months", arr);
	arr = NULL;
	bad |= json_object_set_new(root, "purchases", buys);
	buys = NULL;
	bad |= json_object_set_new(root, "owed_after", gac_jreal(fc->owed_after));
	if (fc->start >= 0) {
		gac_buf cm = {0};
		month_label(&cm, fc, 1, false);
		bad |= cm.failed || json_object_set_new(root, "start", json_string(cm.data));
		gac_buf_free(&cm);
	}
	if (fc->age != 0)
		bad |= json_object_set_new(root, "months_since_rates", json_real(fc->age));
	if (bad) {
		json_decref(root);
		json_decref(arr);
		json_decref(buys);
		return NULL;
	}
	return root;
}

gac_status gac_report_forecast(char **out, const gac_forecast *fc, const char *cur, gac_format f,
                               unsigned flags)
{
	/* the columns: a reservation's fee and overflow after Needed, where
	 * the forecast holds one; with pricing_overrides, each month's bill
	 * at list prices and the saving, last (CSV after Under capacity) */
	static const char *const text_cols[] = {"Month", "Deployment", "Growth factor", "Units", "Needed", "Reserved",
	                                        "Overflow", "Monthly cost", "Cumulative", "Owed after", NULL,
	                                        "At list", "Saving"};
	static const char *const csv_cols[] = {"Month", "Deployment", "Growth factor", "Units", "Units needed",
	                                       "Reserved fee", "Reserved overflow", "Monthly cost", "Cumulative",
	                                       "Owed after", "Under capacity", "list_total", "negotiated_saving"};
	if (!out || !fc)
		return GAC_EARG;
	*out = NULL;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	size_t n = fc->count;
	bool csv = f == GAC_FORMAT_CSV;
	if (f == GAC_FORMAT_JSON) {
		json_t *root = forecast_json(fc, cur);
		*out = root ? gac_json_finish(root) : NULL;
		return gac_json_status(*out);
	}
	gac_buf b = {0};
	if (f == GAC_FORMAT_MARKDOWN)
		gac_buf_printf(&b, "### genaicost forecast, %zu month%s\n\n", n, n == 1 ? "" : "s");
	else if (f == GAC_FORMAT_TABLE)
		gac_buf_printf(&b, "Forecast: %zu month%s, %s\n\n", n, n == 1 ? "" : "s", cur ? cur : "");
	bool rv = has_reserved(fc, true);
	size_t mc = rv ? 7 : 5;  /* the column of the monthly cost */
	gac_table t;
	const char *headers[13];
	bool right[13];
	size_t ncol = 0;
	for (size_t k = 0; k < 13; k++) {
		if ((k == 5 || k == 6) && !rv)
			continue;   /* no reservation */
		if (k == 10 && !csv)
			continue;   /* Under capacity: CSV only (the table says TOO FEW) */
		if (k >= 11 && !fc->has_list)
			continue;
		headers[ncol] = csv ? csv_cols[k] : text_cols[k];
		right[ncol++] = k != 1 && k != 10;
	}
	size_t lc = mc + 3 + (csv ? 1 : 0);  /* the column of the list total */
	gac_table_init(&t, ncol, headers, right);
	for (size_t i = 0; i < n; i++) {
		const gac_forecast_month *m = &fc->months[i];
		gac_buf x = {0};
		gac_table_row(&t, 0);
		month_label(&x, fc, m->month, false);
		gac_table_set_buf(&t, 0, &x);
		gac_table_set(&t, 1, m->option);
		if (csv)
			gac_buf_exact(&x, m->factor);
		else
			gac_buf_num(&x, "%.4f", m->factor);
		gac_table_set_buf(&t, 2, &x);
		/* units: "-" (CSV: empty) when none, TOO FEW when under capacity */
		if (!isnan(m->units))
			gac_buf_exact(&x, m->units);
		else if (!csv)
			gac_buf_puts(&x, "-");
		if (m->under_capacity && !csv)
			gac_buf_puts(&x, " TOO FEW");
		gac_table_set_buf(&t, 3, &x);
		if (!isnan(m->units_needed))
			gac_buf_exact(&x, m->units_needed);
		else if (!csv)
			gac_buf_puts(&x, "-");
		gac_table_set_buf(&t, 4, &x);
		const double money[] = {m->reserved_fee, m->reserved_overflow, m->total, m->cumulative, m->owed_after};
		for (size_t k = rv ? 0 : 2; k < 5; k++) {
			if (csv)
				gac_buf_exact(&x, money[k]);
			else
				gac_money(&x, money[k], cur);
			gac_table_set_buf(&t, mc + k - 2, &x);
		}
		if (csv)
			gac_table_set(&t, mc + 3, m->under_capacity ? "true" : "false");
		for (size_t k = 0; fc->has_list && k < 2; k++) {
			double v = k ? fc->list[i] - m->total : fc->list[i];
			if (csv)
				gac_buf_exact(&x, v);
			else
				gac_money(&x, v, cur);
			gac_table_set_buf(&t, lc + k, &x);
		}
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (fc->has_list && !csv && n) {
		double list = 0;
		for (size_t i = 0; i < n; i++)
			list += fc->list[i];
		gac_buf_printf(&b, "\nAt list prices the %zu month%s cost ", n, n == 1 ? "" : "s");
		gac_money(&b, list, cur);
		gac_buf_puts(&b, "; pricing_overrides save ");
		gac_money(&b, list - fc->months[n - 1].cumulative, cur);
		gac_buf_puts(&b, " of it.\n");
	}
	if (!csv) {
		under_text(&b, fc);
		purchases_text(&b, fc, cur, f);
	}
	if (!csv && fc->owed_after > 0) {
		gac_buf_puts(&b, "\nCommitments running past the last month still owe ");
		gac_money(&b, fc->owed_after, cur);
		gac_buf_puts(&b, " after it (a commitment bills its whole term).\n");
	}
	if ((flags & GAC_REPORT_EXPLAIN) && !csv && n)
		forecast_explain(&b, fc, cur, f == GAC_FORMAT_MARKDOWN);
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

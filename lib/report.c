/* Reports: results and sheets as tables, JSON, CSV and Markdown.
 * Figures are rounded here and only here. */
#include "table.h"

/* internal flag: a report embedded in another (no title lines) */
#define GAC_REPORT_NO_HEADER 0x100u

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

gac_status gac_format_parse(gac_format *out, const char *name)
{
	static const char *const names[] = {"table", "json", "csv", "markdown"};
	if (!out || !name)
		return GAC_EARG;
	for (int i = 0; i < 4; i++)
		if (!strcmp(name, names[i])) {
			*out = (gac_format)i;
			return GAC_OK;
		}
	if (!strcmp(name, "md")) {
		*out = GAC_FORMAT_MARKDOWN;
		return GAC_OK;
	}
	return GAC_EVALUE;
}

void gac_money(gac_buf *b, double v, const char *currency)
{
	/* cents rounded half away from zero, as invoices do (739.125 -> 739.13);
	 * what rounds to no cent has no sign: -1e-12 (a difference of two equal
	 * sums) is $0.00, not -$0.00 */
	double cents = round(fabs(v) * 100.0);
	bool minus = v < 0 && cents != 0;
	if (currency && !strcmp(currency, "USD"))
		gac_buf_puts(b, minus ? "-$" : "$");
	else
		gac_buf_printf(b, "%s %s", currency ? currency : "", minus ? "-" : "");
	gac_buf_grouped(b, isfinite(cents) && cents < 9e15 ? cents / 100.0 : fabs(v), 2);
}

/* Unit prices keep every digit the sheet gave them. */
static void unit_price(gac_buf *b, double v, const char *currency)
{
	if (currency && !strcmp(currency, "USD"))
		gac_buf_puts(b, "$");
	else
		gac_buf_printf(b, "%s ", currency ? currency : "");
	if (v >= 1000)
		gac_buf_grouped(b, v, 2);
	else
		gac_buf_exact(b, v);
}

static void quantity(gac_buf *b, double v)
{
	double r = round(v);
	/* 15,000/day × 730/24 days is 456,250 up to the last bit: show it whole */
	if (fabs(v - r) <= 1e-9 * fabs(v) && fabs(v) < 1e15)
		gac_buf_grouped(b, r, 0);
	else if (fabs(v) < 1)
		gac_buf_num(b, "%.6g", v);  /* a table shows six digits; JSON and CSV all */
	else
		gac_buf_grouped(b, v, 2);
}

/* The first provisioned entry whose units do not carry the peak load. */
static const gac_provisioned *under_entry(const gac_result *r)
{
	for (size_t i = 0; i < gac_result_provisioned_count(r); i++)
		if (gac_result_provisioned(r, i)->under_capacity)
			return gac_result_provisioned(r, i);
	return NULL;
}

/* The one flag every report shows for an option under capacity. */
static void too_few(gac_buf *b, double needed)
{
	gac_buf_puts(b, "TOO FEW (needs ");
	gac_buf_exact(b, needed);
	gac_buf_puts(b, needed == 1 ? " unit)" : " units)");
}

/* "Prices: NAME (as of DATE)", the sheet's text escaped in Markdown */
static void prices_line(gac_buf *b, const gac_sheet *sh, bool md)
{
	gac_buf_puts(b, "Prices: ");
	gac_buf_user(b, gac_sheet_name(sh), md);
	gac_buf_puts(b, " (as of ");
	gac_buf_user(b, gac_sheet_as_of(sh), md);
	gac_buf_puts(b, ")");
}

/* A Reserved-tier reservation: input and output tokens per minute. */
static void reserved_text(gac_buf *b, const gac_provisioned *p, bool md)
{
	gac_buf_grouped(b, p->input_tpm_per_unit, 0);
	gac_buf_puts(b, " input and ");
	gac_buf_grouped(b, p->output_tpm_per_unit, 0);
	gac_buf_puts(b, " output tokens/min reserved (Reserved tier)");
	gac_buf_puts(b, md ? "  \n  " : "\n    ");
	if (p->load_unknown) {
		gac_buf_puts(b, "load unknown (no request rate given): the reservation is billed whatever the load");
		return;
	}
	gac_buf_puts(b, "peak load ");
	gac_buf_grouped(b, p->peak_input_tpm, 0);
	gac_buf_puts(b, " input (not read from the cache) and ");
	gac_buf_grouped(b, p->peak_output_tpm, 0);
	gac_buf_puts(b, " output tokens/min; utilisation ");
	gac_buf_num(b, "%.1f%%", 100.0 * p->utilisation);
	if (p->overflow_share > 0)
		gac_buf_puts(b, "; the load above it goes to the Standard tier");
}

static void provisioned_text(gac_buf *b, const gac_result *r, gac_format f, unsigned flags)
{
	const char *cur = gac_result_currency(r);
	size_t n = gac_result_provisioned_count(r);
	if (!n)
		return;
	bool md = f == GAC_FORMAT_MARKDOWN;
	size_t reserved = 0;
	for (size_t i = 0; i < n; i++)
		reserved += gac_result_provisioned(r, i)->reserved != 0;
	const char *title = reserved == 0 ? "Provisioned throughput"
	                    : reserved == n ? "Reserved tier" : "Provisioned throughput and Reserved tier";
	gac_buf_printf(b, md ? "\n**%s**\n\n" : "\n%s\n", title);
	for (size_t i = 0; i < n; i++) {
		const gac_provisioned *p = gac_result_provisioned(r, i);
		gac_buf_puts(b, md ? "- " : "  ");
		gac_buf_user(b, p->model, md);
		gac_buf_puts(b, " for ");
		gac_buf_user(b, p->workloads, md);
		gac_buf_puts(b, ": ");
		if (p->reserved) {
			reserved_text(b, p, md);
			goto term;
		}
		gac_buf_exact(b, p->units);
		gac_buf_puts(b, p->units == 1 ? " model unit billed" : " model units billed");
		if (!isnan(p->units_needed)) {
			gac_buf_puts(b, ", ");
			gac_buf_exact(b, p->units_needed);
			gac_buf_puts(b, " needed at peak");
			if (p->under_capacity) {
				gac_buf_puts(b, ": ");
				too_few(b, p->units_needed);
				gac_buf_puts(b, ", peak requests will be throttled");
			} else if (p->units < p->units_needed)
				gac_buf_puts(b, " (the rest served on demand)");
		}
		if (p->load_unknown) {
			/* units alone, no request rate: nothing to size or serve */
			gac_buf_puts(b, md ? "  \n  " : "\n    ");
			gac_buf_puts(b, "load unknown (no request rate given): the units are billed whatever the "
			             "load; no capacity verdict");
			goto term;
		}
		gac_buf_puts(b, md ? "  \n  " : "\n    ");
		gac_buf_puts(b, "peak load ");
		gac_buf_grouped(b, p->peak_input_tpm, 0);
		gac_buf_puts(b, " input and ");
		gac_buf_grouped(b, p->peak_output_tpm, 0);
		gac_buf_puts(b, " output tokens/min");
		if (!isnan(p->input_tpm_per_unit)) {
			gac_buf_puts(b, "; one unit serves ");
			gac_buf_grouped(b, p->input_tpm_per_unit, 0);
			gac_buf_puts(b, " / ");
			gac_buf_grouped(b, p->output_tpm_per_unit, 0);
			if (p->capacity_source && strcmp(p->capacity_source, "scenario"))
				gac_buf_printf(b, " (an assumption, from %s)", p->capacity_source);
			else
				gac_buf_puts(b, " (an assumption set in the scenario: AWS does not publish it)");
		}
		gac_buf_puts(b, md ? "  \n  " : "\n    ");
		if (!isnan(p->utilisation)) {
			gac_buf_puts(b, "utilisation ");
			gac_buf_num(b, "%.1f%%", 100.0 * p->utilisation);
			gac_buf_puts(b, "; ");
		}
		gac_buf_grouped(b, p->tokens_per_month, 0);
		gac_buf_puts(b, " tokens a month");
		if (!isnan(p->effective_per_1m)) {
			gac_buf_puts(b, " at ");
			gac_money(b, p->effective_per_1m, cur);
			gac_buf_puts(b, " per 1M tokens");
		}
term:
		gac_buf_puts(b, md ? "  \n  " : "\n    ");
		if (p->term_months > 0) {
			gac_buf_exact(b, p->term_months);
			gac_buf_printf(b, p->reserved ? "-month Reserved term: " : "-month commitment: ");
			gac_money(b, p->locked_in, cur);
			gac_buf_puts(b, " locked in over ");
			gac_buf_exact(b, p->term_months);
			gac_buf_puts(b, p->term_months == 1 ? " month" : " months");
			gac_buf_puts(b, ", owed even if usage falls\n");
		} else {
			gac_buf_puts(b, "no commitment: billed by the hour while it runs\n");
		}
		if (p->overflow_share > 0) {
			gac_buf_puts(b, md ? "  - overflow " : "    overflow ");
			gac_buf_num(b, "%.1f%%", 100.0 * p->overflow_share);
			gac_buf_puts(b, " of the tokens (");
			gac_buf_grouped(b, p->overflow_input_tokens + p->overflow_output_tokens, 0);
			if (p->overflow_on_demand) {
				gac_buf_puts(b, "), served on demand for ");
				gac_money(b, p->overflow_cost, cur);
				gac_buf_puts(b, "\n");
			} else {
				gac_buf_puts(b, "), throttled: not served, not priced\n");
			}
		}
		/* --explain: each figure from the scenario's numbers */
		if ((flags & GAC_REPORT_EXPLAIN) && p->formula) {
			for (const char *l = p->formula; *l;) {
				const char *nl = strchr(l, '\n');
				size_t len = nl ? (size_t)(nl - l) : strlen(l);
				gac_buf part = {0};
				gac_buf_putn(&part, l, len);
				gac_buf_puts(b, md ? "  - = " : "    = ");
				gac_buf_user(b, part.data ? part.data : "", md);
				gac_buf_puts(b, "\n");
				b->failed |= part.failed;
				gac_buf_free(&part);
				l += len + (nl != NULL);
			}
		}
	}
}

/* A provisioned-throughput line of an entry under capacity. */
static bool line_under_capacity(const gac_result *r, const gac_line *l)
{
	for (size_t i = 0; i < gac_result_provisioned_count(r); i++) {
		const gac_provisioned *p = gac_result_provisioned(r, i);
		if (p->under_capacity && !strcmp(l->unit, "model-unit hour") && !strcmp(l->model, p->model) &&
		    !strcmp(l->workload, p->workloads))
			return true;
	}
	return false;
}

static void availability_cell(gac_buf *b, const gac_topology_info *t)
{
	/* enough decimals that the nines show: never a rounded 100% */
	double pct = 100.0 * t->availability;
	char fmt[16], tmp[64];
	int d = 4;
	for (; d < 12; d++) {
		gac_c_snprintf(fmt, sizeof fmt, "%%.%df", d);
		gac_c_snprintf(tmp, sizeof tmp, fmt, pct);
		if (pct >= 100.0 || strncmp(tmp, "100", 3))
			break;
	}
	gac_buf_num(b, fmt, pct);
	gac_buf_puts(b, "%");
}

static void downtime_cell(gac_buf *b, double hours)
{
	if (hours >= 0.01)
		gac_buf_num(b, "%.2f", hours);
	else if (hours >= 1e-6)
		gac_buf_num(b, "%.6f", hours);
	else
		gac_buf_puts(b, hours > 0 ? "<0.000001" : "0");
}

static void topology_text(gac_buf *b, const gac_result *r, gac_format f)
{
	const gac_topology_info *t = gac_result_topology(r);
	if (isnan(t->availability))
		return;
	gac_buf_puts(b, f == GAC_FORMAT_MARKDOWN ? "\n**Availability** " : "\nAvailability: ");
	availability_cell(b, t);
	gac_buf_printf(b, " (%s, %zu region%s × ", t->strategy, t->regions, t->regions == 1 ? "" : "s");
	gac_buf_exact(b, t->azs_per_region);
	gac_buf_puts(b, t->azs_per_region == 1 ? " AZ); expected downtime " : " AZs); expected downtime ");
	downtime_cell(b, t->downtime_hours);
	gac_buf_puts(b, " hours a month\n");
}

/* --explain: the drivers and each field an expression computes, with the
 * numbers it was computed from, so a line's quantity traces back to the
 * drivers. */
static bool computed(const gac_scenario *sc, const char *path)
{
	for (size_t i = 0; i < gac_scenario_binding_count(sc); i++) {
		const char *target, *text;
		bool active;
		if (gac_scenario_binding(sc, i, &target, &text, &active) && active && !strcmp(target, path))
			return true;
	}
	return false;
}

static void drivers_text(gac_buf *b, const gac_scenario *sc, gac_format f)
{
	size_t nd = 0, nb = gac_scenario_binding_count(sc);
	for (size_t i = 0; i < gac_scenario_param_count(sc); i++)
		nd += !strncmp(gac_scenario_param_path(sc, i), "drivers.", 8);
	if (!nd && !nb)
		return;
	bool md = f == GAC_FORMAT_MARKDOWN;
	gac_buf_puts(b, md ? "\n**Drivers and computed inputs**\n\n" : "\nDrivers and computed inputs\n");
	for (size_t i = 0; i < gac_scenario_param_count(sc); i++) {
		const char *p = gac_scenario_param_path(sc, i);
		double v;
		if (strncmp(p, "drivers.", 8) || gac_scenario_get_number(&v, sc, p) != GAC_OK || computed(sc, p))
			continue;
		gac_buf_printf(b, md ? "- `%s` = " : "  %s = ", p + 8);
		gac_buf_exact(b, v);
		gac_buf_puts(b, "\n");
	}
	for (size_t i = 0; i < nb; i++) {
		const char *target, *text;
		bool active;
		if (!gac_scenario_binding(sc, i, &target, &text, &active) || !active)
			continue;
		gac_buf x = {0};
		if (gac_binding_explain(&x, sc, i) != GAC_OK)
			b->failed = true;   /* out of memory: no report, not one short of a line */
		/* a driver by its name, as the expressions name it */
		gac_buf_printf(b, md ? "- `%s` = `%s`" : "  %s = %s", strncmp(target, "drivers.", 8) ? target : target + 8,
		               text);
		if (x.data)
			gac_buf_printf(b, md ? "\n  %s" : "\n      %s", x.data);
		gac_buf_puts(b, "\n");
		gac_buf_free(&x);
	}
}

/* A net unit price (a list price times discounts) to 12 digits: 0.0009,
 * not its binary neighbour 0.0009000000000000001; JSON and CSV keep all. */
static void net_price(gac_buf *b, double v, const char *currency)
{
	char text[64];
	gac_c_snprintf(text, sizeof text, "%.12g", v);
	unit_price(b, gac_c_strtod(text, NULL), currency);
}

/* The share of the list price a line's overrides take off. */
static double line_discount(const gac_line *l)
{
	return l->list_price != 0 ? 1.0 - l->unit_price / l->list_price : 0.0;
}

/* Below the total, with pricing_overrides: the bill at list prices and
 * what the overrides save.  Not in CSV, whose rows are line items. */
static void saving_rows(gac_table *t, const gac_result *r, gac_format f, unsigned flags, int cost_col)
{
	const char *cur = gac_result_currency(r);
	if (!gac_result_has_overrides(r) || f == GAC_FORMAT_CSV)
		return;
	gac_buf x = {0};
	gac_table_row(t, 0);
	gac_table_set(t, 0, "At list prices");
	gac_money(&x, gac_result_list_total(r), cur);
	gac_table_set_buf(t, (size_t)cost_col, &x);
	if (flags & GAC_REPORT_EXPLAIN) {
		gac_table_row(t, GAC_ROW_NOTE);
		gac_buf_puts(&x, "= sum of quantity × list price, unrounded: ");
		gac_buf_exact(&x, gac_result_list_total(r));
		gac_buf_printf(&x, " %s", cur);
		gac_table_set_buf(t, 0, &x);
	}
	gac_table_row(t, 0);
	gac_table_set(t, 0, "Negotiated saving");
	gac_money(&x, gac_result_list_total(r) - gac_result_total(r), cur);
	gac_table_set_buf(t, (size_t)cost_col, &x);
	if (flags & GAC_REPORT_EXPLAIN) {
		gac_table_row(t, GAC_ROW_NOTE);
		gac_buf_puts(&x, "= at list prices − total (pricing_overrides), unrounded: ");
		gac_buf_exact(&x, gac_result_list_total(r) - gac_result_total(r));
		gac_buf_printf(&x, " %s; each line: a private price replaces the list price, else the most specific "
		               "entry of discounts comes off it (model, then vendor, then price kind), then the "
		               "account-wide discount comes off the net unless the private price is exclusive", cur);
		gac_table_set_buf(t, 0, &x);
	}
}

/* Below the billed total, never inside it: the expected outage cost (a
 * risk no provider bills) and the total with it.  Not in CSV, whose rows
 * are what is billed.  `o`: columns before the unit price's beyond the
 * plain table's (List price, Discount with pricing_overrides). */
static void risk_rows(gac_table *t, const gac_result *r, gac_format f, unsigned flags, size_t o)
{
	const gac_line *l = gac_result_outage_line(r);
	const char *cur = gac_result_currency(r);
	if (!l || f == GAC_FORMAT_CSV)
		return;
	gac_buf x = {0};
	/* a rule sets it apart in a table; Markdown would make it bold */
	gac_table_row(t, f == GAC_FORMAT_MARKDOWN ? 0 : GAC_ROW_RULE);
	gac_table_set(t, 0, "Not billed: risk");
	gac_table_set(t, 2, l->component);
	quantity(&x, l->quantity);
	gac_table_set_buf(t, 3, &x);
	gac_table_set(t, 4, l->unit);
	unit_price(&x, l->unit_price, cur);
	gac_table_set_buf(t, 5 + o, &x);
	gac_money(&x, l->cost, cur);
	gac_table_set_buf(t, 6 + o, &x);
	if (flags & GAC_REPORT_EXPLAIN) {
		gac_table_row(t, GAC_ROW_NOTE);
		gac_buf_printf(&x, "= %s", l->formula);
		gac_table_set_buf(t, 0, &x);
	}
	gac_table_row(t, 0);
	gac_table_set(t, 0, "Risk-adjusted total");
	gac_money(&x, gac_result_risk_adjusted_total(r), cur);
	gac_table_set_buf(t, 6 + o, &x);
	if (flags & GAC_REPORT_EXPLAIN) {
		gac_table_row(t, GAC_ROW_NOTE);
		gac_buf_puts(&x, "= total billed + expected outage cost, unrounded: ");
		gac_buf_exact(&x, gac_result_risk_adjusted_total(r));
		gac_buf_printf(&x, " %s", cur);
		gac_table_set_buf(t, 0, &x);
	}
}

static char *report_text(const gac_result *r, const gac_scenario *sc, const gac_sheet *sh,
                         gac_format f, unsigned flags)
{
	static const char *const headers[] = {"Workload", "Model", "Component", "Quantity", "Unit",
	                                      "Unit price", "Monthly cost", "under_capacity"};
	static const bool right[] = {false, false, false, true, false, true, true, false};
	/* with pricing_overrides: the list price and the discount beside the price billed */
	static const char *const ov_headers[] = {"Workload", "Model", "Component", "Quantity", "Unit", "List price",
	                                         "Discount", "Unit price", "Monthly cost", "under_capacity"};
	static const bool ov_right[] = {false, false, false, true, false, true, true, true, true, false};
	bool ov = gac_result_has_overrides(r);
	size_t o = ov ? 2 : 0;  /* the unit price's and cost's columns move right by two */
	const char *cur = gac_result_currency(r);
	gac_buf b = {0};
	bool header = !(flags & GAC_REPORT_NO_HEADER);
	bool md = f == GAC_FORMAT_MARKDOWN;
	if (header && f != GAC_FORMAT_CSV) {
		gac_buf_puts(&b, md ? "### genaicost estimate: " : "Estimate: ");
		gac_buf_user(&b, gac_scenario_name(sc)[0] ? gac_scenario_name(sc) : "(unnamed)", md);
		gac_buf_puts(&b, md ? "\n\n" : "\n");
		prices_line(&b, sh, md);
		gac_buf_puts(&b, ", region ");
		gac_buf_user(&b, gac_result_region(r), md);
		gac_buf_puts(&b, ", ");
		gac_buf_exact(&b, gac_result_hours(r));
		gac_buf_puts(&b, " hours/month, ");
		gac_buf_user(&b, cur, md);
		gac_buf_puts(&b, "\n\n");
	}
	gac_table t;
	/* CSV flags each line billing units that do not carry the peak load */
	gac_table_init(&t, (f == GAC_FORMAT_CSV ? 8 : 7) + o, ov ? ov_headers : headers, ov ? ov_right : right);
	for (size_t i = 0; i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		gac_buf x = {0};
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, l->workload);
		gac_table_set(&t, 1, l->model);
		gac_table_set(&t, 2, l->component);
		if (f == GAC_FORMAT_CSV) {
			gac_buf_exact(&x, l->quantity);
			gac_table_set_buf(&t, 3, &x);
			gac_table_set(&t, 4, l->unit);
			if (ov) {
				gac_buf_exact(&x, l->list_price);
				gac_table_set_buf(&t, 5, &x);
				gac_buf_exact(&x, line_discount(l));
				gac_table_set_buf(&t, 6, &x);
			}
			gac_buf_exact(&x, l->unit_price);
			gac_table_set_buf(&t, 5 + o, &x);
			gac_buf_exact(&x, l->cost);
			gac_table_set_buf(&t, 6 + o, &x);
			gac_table_set(&t, 7 + o, line_under_capacity(r, l) ? "true" : "false");
		} else {
			quantity(&x, l->quantity);
			gac_table_set_buf(&t, 3, &x);
			gac_table_set(&t, 4, l->unit);
			if (ov) {
				unit_price(&x, l->list_price, cur);
				gac_table_set_buf(&t, 5, &x);
				if (l->list_price != 0)
					gac_buf_num(&x, "%.4g%%", 100.0 * line_discount(l));
				else
					gac_buf_puts(&x, "-");
				gac_table_set_buf(&t, 6, &x);
				net_price(&x, l->unit_price, cur);
			} else {
				unit_price(&x, l->unit_price, cur);
			}
			gac_table_set_buf(&t, 5 + o, &x);
			gac_money(&x, l->cost, cur);
			gac_table_set_buf(&t, 6 + o, &x);
		}
		if ((flags & GAC_REPORT_EXPLAIN) && f != GAC_FORMAT_CSV) {
			gac_table_row(&t, GAC_ROW_NOTE);
			gac_buf_printf(&x, "= %s", l->formula);
			gac_table_set_buf(&t, 0, &x);
		}
	}
	/* CSV is line items only, so a spreadsheet's SUM of the cost column
	 * is the total; the total row is the table's and JSON's */
	gac_buf x = {0};
	if (f != GAC_FORMAT_CSV) {
		gac_table_row(&t, GAC_ROW_RULE);
		gac_table_set(&t, 0, "Total");
		gac_money(&x, gac_result_total(r), cur);
		gac_table_set_buf(&t, 6 + o, &x);
	}
	if ((flags & GAC_REPORT_EXPLAIN) && f != GAC_FORMAT_CSV && gac_result_line_count(r) > 0) {
		gac_table_row(&t, GAC_ROW_NOTE);
		gac_buf_puts(&x, "= sum of the line costs above, unrounded: ");
		gac_buf_exact(&x, gac_result_total(r));
		gac_buf_printf(&x, " %s", cur);
		gac_table_set_buf(&t, 0, &x);
	}
	saving_rows(&t, r, f, flags, 6 + (int)o);
	risk_rows(&t, r, f, flags, o);
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (f != GAC_FORMAT_CSV) {
		provisioned_text(&b, r, f, flags);
		topology_text(&b, r, f);
		if (flags & GAC_REPORT_EXPLAIN)
			drivers_text(&b, sc, f);
	}
	return gac_buf_take(&b);
}

static int jset(json_t *o, const char *k, json_t *v)
{
	return json_object_set_new(o, k, v);
}

int gac_json_lines(json_t *lines, const gac_result *r, unsigned flags)
{
	int bad = 0;
	for (size_t i = 0; i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		json_t *o = json_object();
		if (!o)
			return 1;
		bad |= jset(o, "workload", json_string(l->workload));
		bad |= jset(o, "model", json_string(l->model));
		bad |= jset(o, "component", json_string(l->component));
		bad |= jset(o, "quantity", gac_jreal(l->quantity));
		bad |= jset(o, "unit", json_string(l->unit));
		bad |= jset(o, "unit_price", gac_jreal(l->unit_price));
		bad |= jset(o, "cost", gac_jreal(l->cost));
		if (flags & GAC_REPORT_EXPLAIN)
			bad |= jset(o, "formula", json_string(l->formula));
		if (gac_result_has_overrides(r)) {
			bad |= jset(o, "list_unit_price", gac_jreal(l->list_price));
			bad |= jset(o, "discount", gac_jreal(line_discount(l)));
		}
		bad |= json_array_append_new(lines, o);
	}
	return bad;
}

/* Set when a figure could not be written: jansson refuses inf and NaN,
 * and a report that failed for that is not out of memory. */
static _Thread_local bool json_nonfinite;

json_t *gac_jreal(double v)
{
	if (!isfinite(v)) {
		json_nonfinite = true;
		return NULL;
	}
	return json_real(v);
}

json_t *gac_jnum(double v)
{
	return isnan(v) ? json_null() : gac_jreal(v);
}

gac_status gac_json_status(const char *out)
{
	bool nonfinite = json_nonfinite;
	json_nonfinite = false;
	return out ? GAC_OK : nonfinite ? GAC_ERANGE : GAC_ENOMEM;
}

static json_t *json_provisioned(const gac_result *r, unsigned flags)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < gac_result_provisioned_count(r); i++) {
		const gac_provisioned *p = gac_result_provisioned(r, i);
		json_t *o = json_object();
		int bad = !o;
		if (o) {
			bad |= jset(o, "model", json_string(p->model));
			bad |= jset(o, "workloads", json_string(p->workloads));
			bad |= jset(o, "units", gac_jreal(p->units));
			bad |= jset(o, "units_needed", gac_jnum(p->units_needed));
			bad |= jset(o, "under_capacity", json_boolean(p->under_capacity));
			bad |= jset(o, "capacity_source",
			            p->capacity_source ? json_string(p->capacity_source) : json_null());
			bad |= jset(o, "input_tpm_per_unit", gac_jnum(p->input_tpm_per_unit));
			bad |= jset(o, "output_tpm_per_unit", gac_jnum(p->output_tpm_per_unit));
			bad |= jset(o, "peak_input_tpm", gac_jreal(p->peak_input_tpm));
			bad |= jset(o, "peak_output_tpm", gac_jreal(p->peak_output_tpm));
			bad |= jset(o, "utilisation", gac_jnum(p->utilisation));
			bad |= jset(o, "tokens_per_month", gac_jreal(p->tokens_per_month));
			bad |= jset(o, "monthly_cost", gac_jreal(p->monthly_cost));
			bad |= jset(o, "effective_per_1m", gac_jnum(p->effective_per_1m));
			bad |= jset(o, "term_months", gac_jreal(p->term_months));
			bad |= jset(o, "locked_in", gac_jreal(p->locked_in));
			bad |= jset(o, "overflow", json_string(p->overflow_on_demand ? "on-demand" : "throttle"));
			bad |= jset(o, "overflow_share", gac_jreal(p->overflow_share));
			bad |= jset(o, "overflow_input_tokens", gac_jreal(p->overflow_input_tokens));
			bad |= jset(o, "overflow_output_tokens", gac_jreal(p->overflow_output_tokens));
			bad |= jset(o, "overflow_cost", gac_jreal(p->overflow_cost));
			if ((flags & GAC_REPORT_EXPLAIN) && p->formula)
				bad |= jset(o, "formula", json_string(p->formula));
			bad |= jset(o, "load_known", json_boolean(!p->load_unknown));
			if (p->reserved)
				bad |= jset(o, "reserved", json_true());
		}
		/* append_new takes o, even when it fails; a bad o is not offered */
		if (bad)
			json_decref(o);
		if (bad || json_array_append_new(arr, o)) {
			json_decref(arr);
			return NULL;
		}
	}
	return arr;
}

/* The expected outage cost as a line (null when downtime is not priced);
 * its formula always: it is derived, never billed. */
static json_t *json_outage(const gac_result *r)
{
	const gac_line *l = gac_result_outage_line(r);
	if (!l)
		return json_null();
	json_t *o = json_object();
	if (!o)
		return NULL;
	int bad = 0;
	bad |= jset(o, "quantity", gac_jreal(l->quantity));
	bad |= jset(o, "unit", json_string(l->unit));
	bad |= jset(o, "unit_price", gac_jreal(l->unit_price));
	bad |= jset(o, "cost", gac_jreal(l->cost));
	bad |= jset(o, "formula", json_string(l->formula));
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *json_topology(const gac_result *r)
{
	const gac_topology_info *t = gac_result_topology(r);
	json_t *o = json_object();
	if (!o)
		return NULL;
	int bad = 0;
	bad |= jset(o, "strategy", json_string(t->strategy));
	bad |= jset(o, "regions", json_integer((json_int_t)t->regions));
	bad |= jset(o, "azs_per_region", gac_jreal(t->azs_per_region));
	bad |= jset(o, "availability", gac_jnum(t->availability));
	bad |= jset(o, "downtime_hours", gac_jnum(t->downtime_hours));
	bad |= jset(o, "expected_outage", json_outage(r));
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* jansson's text, handed back as our own allocation with a newline */
/* json_dumps can lose bytes when its buffer fails to grow: jansson 2.14
 * ignores that failure for object keys and goes on, so an out-of-memory
 * run printed a report with a key missing and exit 0 (make fault-test).
 * Dumped into our own buffer, any failed append stays failed. */
static int dump_to_buf(const char *text, size_t size, void *data)
{
	gac_buf *b = data;
	gac_buf_putn(b, text, size);
	return b->failed ? -1 : 0;
}

char *gac_json_finish(json_t *root)
{
	gac_buf b = {0};
	int rc = root ? json_dump_callback(root, dump_to_buf, &b, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	                                                          JSON_REAL_PRECISION(17))
	              : -1;
	json_decref(root);
	gac_buf_puts(&b, "\n");
	if (rc != 0 || b.failed) {
		gac_buf_free(&b);
		return NULL;
	}
	return gac_buf_take(&b);
}

/* Every input the scenario was priced from (gac_inputs_collect) into
 * `o`, so a saved report tells diff and check what changed; nonzero on
 * failure. */
static int scenario_inputs(json_t *o, const gac_scenario *sc)
{
	gac_input *in = NULL;
	size_t n = 0;
	if (!o || gac_inputs_collect(&in, &n, sc) != GAC_OK)
		return 1;
	int bad = gac_json_inputs(o, in, n);
	gac_inputs_free(in, n);
	return bad;
}

/* A warning for each retired model the result's lines price, once each,
 * appended to `arr` (the report's `warnings`); nonzero on failure. */
static int retired_warnings(json_t *arr, const gac_result *r, const gac_sheet *sh)
{
	int bad = 0;
	for (size_t i = 0; !bad && i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		size_t at;
		const char *date;
		if (!l || !l->model || gac_sheet_find(&at, sh, l->model) != GAC_OK ||
		    !(date = gac_sheet_model_retired(sh, at)))
			continue;
		gac_buf b = {0};
		gac_buf_printf(&b, "%s was retired on %s (AWS end of life); priced at the sheet's last prices",
		               l->model, date);
		if (b.failed) {
			gac_buf_free(&b);
			return 1;
		}
		bool seen = false;
		for (size_t j = 0; !seen && j < json_array_size(arr); j++)
			seen = !strcmp(json_string_value(json_array_get(arr, j)), b.data);
		if (!seen)
			bad |= json_array_append_new(arr, json_string(b.data));
		gac_buf_free(&b);
	}
	return bad;
}

/* `warnings` when there are any (a report without them has no key) */
static int set_warnings(json_t *root, json_t *w)
{
	if (!w)
		return 1;
	if (!json_array_size(w)) {
		json_decref(w);
		return 0;
	}
	return jset(root, "warnings", w);
}

static char *report_json(const gac_result *r, const gac_scenario *sc, const gac_sheet *sh, unsigned flags)
{
	json_t *root = json_object();
	json_t *scen = json_object(), *pricing = json_object(), *period = json_object();
	json_t *lines = json_array(), *inputs = json_object();
	if (!root || !scen || !pricing || !period || !lines || !inputs) {
		json_decref(root);
		json_decref(scen);
		json_decref(pricing);
		json_decref(period);
		json_decref(lines);
		json_decref(inputs);
		return NULL;
	}
	int bad = 0;
	bad |= jset(root, "genaicost", json_string("report/1"));
	bad |= jset(scen, "name", json_string(gac_scenario_name(sc)));
	bad |= jset(scen, "hash", json_string(gac_scenario_hash(sc)));
	bad |= jset(scen, "region", json_string(sc->region));
	bad |= jset(root, "scenario", scen);
	bad |= jset(pricing, "name", json_string(gac_sheet_name(sh)));
	bad |= jset(pricing, "as_of", json_string(gac_sheet_as_of(sh)));
	bad |= jset(pricing, "hash", json_string(gac_sheet_hash(sh)));
	bad |= jset(root, "pricing", pricing);
	bad |= jset(root, "currency", json_string(gac_result_currency(r)));
	bad |= jset(period, "unit", json_string("month"));
	bad |= jset(period, "hours", gac_jreal(gac_result_hours(r)));
	bad |= jset(root, "period", period);
	bad |= jset(root, "total", gac_jreal(gac_result_total(r)));
	bad |= jset(root, "expected_outage_cost", gac_jreal(gac_result_expected_outage_cost(r)));
	bad |= jset(root, "risk_adjusted_total", gac_jreal(gac_result_risk_adjusted_total(r)));
	if (gac_result_has_overrides(r)) {
		bad |= jset(root, "list_total", gac_jreal(gac_result_list_total(r)));
		bad |= jset(root, "negotiated_saving", gac_jreal(gac_result_list_total(r) - gac_result_total(r)));
	}
	bad |= gac_json_lines(lines, r, flags);
	bad |= jset(root, "lines", lines);
	bad |= scenario_inputs(inputs, sc);
	bad |= jset(root, "inputs", inputs);
	bad |= jset(root, "under_capacity", json_boolean(gac_result_under_capacity(r, NULL)));
	bad |= jset(root, "provisioned", json_provisioned(r, flags));
	bad |= jset(root, "topology", json_topology(r));
	json_t *warn = json_array();
	if (warn)
		bad |= retired_warnings(warn, r, sh);
	bad |= set_warnings(root, warn);
	if (bad) {
		json_decref(root);
		return NULL;
	}
	return gac_json_finish(root);
}

void gac_signed_money(gac_buf *b, double v, const char *cur)
{
	if (v > 0 && round(v * 100.0) != 0)
		gac_buf_puts(b, "+");
	gac_money(b, v, cur);
}

/* When any option prices downtime: what each would bill, its expected
 * outage cost (a risk, not billed) and the two together, and the option
 * of lowest risk-adjusted total.  Below the billed comparison, apart. */
/* Whether any option of a comparison was priced with pricing_overrides:
 * then every option shows its total at list prices and its saving. */
static bool comparison_has_overrides(const gac_comparison *c)
{
	for (size_t i = 0; i < gac_comparison_count(c); i++)
		if (gac_result_has_overrides(gac_comparison_result(c, i)))
			return true;
	return false;
}

/* --explain: how each option's At list and Saving columns come about,
 * unrounded, so the saving can be redone by hand from the line items. */
static void compare_saving_explain(gac_buf *b, const gac_comparison *c, const char *cur)
{
	gac_buf_puts(b, "\nAt list = the sum of each line's quantity × list price (the sheet's, before "
	                "pricing_overrides); Saving = At list − Monthly cost.  Unrounded, in ");
	gac_buf_printf(b, "%s:\n", cur);
	for (size_t i = 0; i < gac_comparison_count(c); i++) {
		const gac_result *r = gac_comparison_result(c, i);
		double list = gac_list_total(r), total = gac_result_total(r);
		gac_buf_printf(b, "  %s: ", gac_comparison_name(c, i));
		gac_buf_exact(b, list);
		gac_buf_puts(b, " − ");
		gac_buf_exact(b, total);
		gac_buf_puts(b, " = ");
		gac_buf_exact(b, list - total);
		gac_buf_puts(b, gac_result_has_overrides(r) ? "\n" : " (no pricing_overrides)\n");
	}
}

static void compare_risk(gac_buf *b, const gac_comparison *c, gac_format f)
{
	static const char *const headers[] = {"Option", "Billed", "Expected outage (not billed)", "Risk-adjusted"};
	static const bool right[] = {false, true, true, true};
	bool any = false;
	size_t n = gac_comparison_count(c);
	for (size_t i = 0; i < n; i++)
		any = any || gac_result_expected_outage_cost(gac_comparison_result(c, i)) != 0;
	if (!any)
		return;
	const char *cur = gac_result_currency(gac_comparison_result(c, 0));
	gac_buf_puts(b, f == GAC_FORMAT_MARKDOWN ? "\n**Risk: expected outage cost, not billed**\n\n"
	                                         : "\nRisk: expected outage cost, not billed\n\n");
	gac_table t;
	gac_table_init(&t, 4, headers, right);
	for (size_t i = 0; i < n; i++) {
		const gac_result *r = gac_comparison_result(c, i);
		gac_buf x = {0};
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, gac_comparison_name(c, i));
		gac_money(&x, gac_result_total(r), cur);
		gac_table_set_buf(&t, 1, &x);
		gac_money(&x, gac_result_expected_outage_cost(r), cur);
		gac_table_set_buf(&t, 2, &x);
		gac_money(&x, gac_result_risk_adjusted_total(r), cur);
		gac_table_set_buf(&t, 3, &x);
	}
	gac_table_render(b, &t, f);
	gac_table_free(&t);
	size_t low = gac_comparison_lowest_risk_adjusted(c);
	if (low < n) {
		gac_buf_printf(b, "\nLowest risk-adjusted: %s at ", gac_comparison_name(c, low));
		gac_money(b, gac_result_risk_adjusted_total(gac_comparison_result(c, low)), cur);
		gac_buf_puts(b, " a month, of which ");
		gac_money(b, gac_result_total(gac_comparison_result(c, low)), cur);
		gac_buf_puts(b, " billed.\n");
	}
}

static char *compare_text(const gac_comparison *c, const gac_scenario *sc, const gac_sheet *sh,
                          gac_format f, unsigned flags)
{
	const gac_result *base = gac_comparison_result(c, 0);
	const char *cur = gac_result_currency(base);
	size_t best = gac_comparison_cheapest(c);
	gac_buf b = {0};
	const char *name = gac_scenario_name(sc)[0] ? gac_scenario_name(sc) : "(unnamed)";
	bool md = f == GAC_FORMAT_MARKDOWN;
	if (f != GAC_FORMAT_CSV) {
		gac_buf_puts(&b, md ? "### genaicost compare: " : "Compare: ");
		gac_buf_user(&b, name, md);
		gac_buf_puts(&b, md ? "\n\n" : "\n");
		prices_line(&b, sh, md);
		gac_buf_puts(&b, ", ");
		gac_buf_user(&b, cur, md);
		gac_buf_puts(&b, " per month\n\n");
	}
	bool avail = false, ov = comparison_has_overrides(c);
	for (size_t i = 0; i < gac_comparison_count(c); i++)
		avail = avail || !isnan(gac_result_topology(gac_comparison_result(c, i))->availability);
	gac_table t;
	/* the columns a comparison needs: list prices only with
	 * pricing_overrides, availability only with a topology, and in CSV
	 * the under-capacity flag in a column of its own, always the last */
	const char *hdr[10] = {"Option", "Region", "Monthly cost", "Change", "Change %"};
	bool rt[10] = {false, false, true, true, true};
	size_t ncol = 5, list_col = 0, avail_col = 0, flag_col = 0;
	if (ov) {
		list_col = ncol;
		hdr[ncol] = f == GAC_FORMAT_CSV ? "list_total" : "At list";
		rt[ncol++] = true;
		hdr[ncol] = f == GAC_FORMAT_CSV ? "negotiated_saving" : "Saving";
		rt[ncol++] = true;
	}
	if (avail) {
		avail_col = ncol;
		hdr[ncol] = "Availability";
		rt[ncol++] = true;
		hdr[ncol] = "Downtime h/month";
		rt[ncol++] = true;
	}
	if (f == GAC_FORMAT_CSV) {
		flag_col = ncol;
		hdr[ncol] = "under_capacity";
		rt[ncol++] = false;
	}
	gac_table_init(&t, ncol, hdr, rt);
	double b0 = gac_result_total(base);
	for (size_t i = 0; i < gac_comparison_count(c); i++) {
		const gac_result *r = gac_comparison_result(c, i);
		double total = gac_result_total(r), d = total - b0;
		gac_buf x = {0};
		gac_table_row(&t, 0);
		const gac_provisioned *under = under_entry(r);
		if (f == GAC_FORMAT_CSV) {
			gac_table_set(&t, 0, gac_comparison_name(c, i));
			gac_table_set(&t, flag_col, under ? "true" : "false");
		} else {
			gac_buf_printf(&x, "%s%s", gac_comparison_name(c, i), i == best ? " (cheapest)" : "");
			if (under) {
				gac_buf_puts(&x, " ");
				too_few(&x, under->units_needed);
			}
			gac_table_set_buf(&t, 0, &x);
		}
		gac_table_set(&t, 1, gac_result_region(r));
		if (f == GAC_FORMAT_CSV) {
			gac_buf_exact(&x, total);
			gac_table_set_buf(&t, 2, &x);
			gac_buf_exact(&x, d);
			gac_table_set_buf(&t, 3, &x);
			if (!isnan(gac_pct(b0, total)))
				gac_buf_exact(&x, gac_pct(b0, total));
			gac_table_set_buf(&t, 4, &x);
		} else {
			gac_money(&x, total, cur);
			gac_table_set_buf(&t, 2, &x);
			if (i > 0) {
				gac_signed_money(&x, d, cur);
				gac_table_set_buf(&t, 3, &x);
				if (!isnan(gac_pct(b0, total))) {
					if (d > 0)
						gac_buf_puts(&x, "+");
					gac_buf_num(&x, "%.1f%%", gac_pct(b0, total));
				}
				gac_table_set_buf(&t, 4, &x);
			}
		}
		if (ov) {
			double list = gac_list_total(r);
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, list);
			else
				gac_money(&x, list, cur);
			gac_table_set_buf(&t, list_col, &x);
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, list - total);
			else
				gac_money(&x, list - total, cur);
			gac_table_set_buf(&t, list_col + 1, &x);
		}
		const gac_topology_info *ti = gac_result_topology(r);
		if (avail && !isnan(ti->availability)) {
			if (f == GAC_FORMAT_CSV) {
				gac_buf_exact(&x, ti->availability);
				gac_table_set_buf(&t, avail_col, &x);
				gac_buf_exact(&x, ti->downtime_hours);
			} else {
				availability_cell(&x, ti);
				gac_table_set_buf(&t, avail_col, &x);
				downtime_cell(&x, ti->downtime_hours);
			}
			gac_table_set_buf(&t, avail_col + 1, &x);
		}
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (f != GAC_FORMAT_CSV) {
		if (best == SIZE_MAX) {
			gac_buf_puts(&b, "\nCheapest: none: no option carries the peak load (every one is under "
			                 "capacity).\n");
		} else {
			double saving = b0 - gac_result_total(gac_comparison_result(c, best));
			gac_buf_printf(&b, "\nCheapest: %s at ", gac_comparison_name(c, best));
			gac_money(&b, gac_result_total(gac_comparison_result(c, best)), cur);
			if (best != 0 && b0 > 0) {
				gac_buf_puts(&b, ", ");
				gac_money(&b, saving, cur);
				gac_buf_num(&b, " (%.1f%%) less than the baseline", -gac_pct(b0, b0 - saving));
			}
			gac_buf_puts(&b, ".\n");
		}
		/* why a cheaper total is not the cheapest: its units are too few */
		for (size_t i = 0; i < gac_comparison_count(c); i++) {
			const gac_provisioned *p = under_entry(gac_comparison_result(c, i));
			if (!p)
				continue;
			gac_buf_printf(&b, "%s is under capacity: %s for %s bills ", gac_comparison_name(c, i), p->model,
			               p->workloads);
			gac_buf_exact(&b, p->units);
			gac_buf_puts(&b, p->units == 1 ? " model unit where the peak load needs " : " model units where the peak load needs ");
			gac_buf_exact(&b, p->units_needed);
			gac_buf_puts(&b, "; the load beyond is throttled, so it is not ranked.\n");
		}
		compare_risk(&b, c, f);
		if (flags & GAC_REPORT_EXPLAIN) {
			if (ov)
				compare_saving_explain(&b, c, cur);
			for (size_t i = 0; i < gac_comparison_count(c); i++) {
				gac_buf_puts(&b, f == GAC_FORMAT_MARKDOWN ? "\n#### " : "\nOption ");
				gac_buf_user(&b, gac_comparison_name(c, i), f == GAC_FORMAT_MARKDOWN);
				gac_buf_puts(&b, "\n\n");
				char *part = report_text(gac_comparison_result(c, i), sc, sh, f,
				                         flags | GAC_REPORT_NO_HEADER);
				if (!part)
					b.failed = true;
				else
					gac_buf_puts(&b, part);
				free(part);
			}
		}
	}
	return gac_buf_take(&b);
}

static char *compare_json(const gac_comparison *c, const gac_scenario *sc, const gac_sheet *sh,
                          unsigned flags, size_t months)
{
	double *cum = months ? gac_calloc(months, sizeof *cum) : NULL;
	if (months && !cum)
		return NULL;
	json_t *root = json_object(), *arr = json_array();
	if (!root || !arr) {
		json_decref(root);
		json_decref(arr);
		return NULL;
	}
	const gac_result *base = gac_comparison_result(c, 0);
	double b0 = gac_result_total(base);
	int bad = 0;
	json_t *pricing = json_object();
	bad |= jset(root, "genaicost", json_string("compare/1"));
	bad |= jset(root, "scenario", json_pack("{s:s, s:s}", "name", gac_scenario_name(sc), "hash",
	                                        gac_scenario_hash(sc)));
	bad |= jset(pricing, "name", json_string(gac_sheet_name(sh)));
	bad |= jset(pricing, "as_of", json_string(gac_sheet_as_of(sh)));
	bad |= jset(pricing, "hash", json_string(gac_sheet_hash(sh)));
	bad |= jset(root, "pricing", pricing);
	bad |= jset(root, "currency", json_string(gac_result_currency(base)));
	bad |= jset(root, "period", json_pack("{s:s, s:f}", "unit", "month", "hours", gac_result_hours(base)));
	size_t best = gac_comparison_cheapest(c);
	bool ov = comparison_has_overrides(c);
	bad |= jset(root, "cheapest", best == SIZE_MAX ? json_null() : json_string(gac_comparison_name(c, best)));
	size_t low = gac_comparison_lowest_risk_adjusted(c);
	bad |= jset(root, "lowest_risk_adjusted",
	            low < gac_comparison_count(c) ? json_string(gac_comparison_name(c, low)) : json_null());
	for (size_t i = 0; !bad && i < gac_comparison_count(c); i++) {
		const gac_result *r = gac_comparison_result(c, i);
		json_t *o = json_object(), *lines = json_array();
		if (!o || !lines) {
			json_decref(o);
			json_decref(lines);
			bad = 1;
			break;
		}
		double total = gac_result_total(r);
		bad |= jset(o, "name", json_string(gac_comparison_name(c, i)));
		bad |= jset(o, "region", json_string(gac_result_region(r)));
		bad |= jset(o, "total", gac_jreal(total));
		bad |= jset(o, "expected_outage_cost", gac_jreal(gac_result_expected_outage_cost(r)));
		bad |= jset(o, "risk_adjusted_total", gac_jreal(gac_result_risk_adjusted_total(r)));
		bad |= jset(o, "delta", gac_jreal(total - b0));
		bad |= jset(o, "delta_percent", gac_jnum(gac_pct(b0, total)));
		if (ov) {
			bad |= jset(o, "list_total", gac_jreal(gac_list_total(r)));
			bad |= jset(o, "negotiated_saving", gac_jreal(gac_list_total(r) - total));
		}
		bad |= jset(o, "under_capacity", json_boolean(gac_result_under_capacity(r, NULL)));
		bad |= jset(o, "topology", json_topology(r));
		bad |= jset(o, "provisioned", json_provisioned(r, flags));
		if (months) {
			json_t *tco = json_array();
			gac_result_tco(cum, months, r);
			for (size_t m = 0; tco && m < months; m++)
				bad |= json_array_append_new(tco, gac_jreal(cum[m]));
			bad |= jset(o, "tco_cumulative", tco);
			bad |= jset(o, "owed_after", gac_jreal(gac_result_owed_after(r, months)));
		}
		bad |= gac_json_lines(lines, r, flags);
		bad |= jset(o, "lines", lines);
		bad |= json_array_append_new(arr, o);
	}
	json_t *warn = json_array();
	for (size_t i = 0; warn && !bad && i < gac_comparison_count(c); i++)
		bad |= retired_warnings(warn, gac_comparison_result(c, i), sh);
	bad |= jset(root, "options", arr);
	bad |= set_warnings(root, warn);
	if (months)
		bad |= jset(root, "tco_months", json_integer((json_int_t)months));
	json_t *inputs = json_object();
	bad |= scenario_inputs(inputs, sc);
	bad |= jset(root, "inputs", inputs);
	free(cum);
	if (bad) {
		json_decref(root);
		return NULL;
	}
	return gac_json_finish(root);
}

/* Cumulative cost of every option, months × options, row-major. */
static double *tco_grid(const gac_comparison *c, size_t months)
{
	size_t n = gac_comparison_count(c);
	double *grid = gac_calloc(months * n, sizeof *grid);
	double *col = gac_calloc(months, sizeof *col);
	if (!grid || !col) {
		free(grid);
		free(col);
		return NULL;
	}
	for (size_t o = 0; o < n; o++) {
		gac_result_tco(col, months, gac_comparison_result(c, o));
		for (size_t m = 0; m < months; m++)
			grid[m * n + o] = col[m];
	}
	free(col);
	return grid;
}

static void tco_text(gac_buf *b, const gac_comparison *c, size_t months, gac_format f)
{
	size_t n = gac_comparison_count(c);
	double *grid = tco_grid(c, months);
	const char **headers = gac_calloc(n + 1, sizeof *headers);
	bool *right = gac_calloc(n + 1, sizeof *right);
	if (!grid || !headers || !right) {
		b->failed = true;
		free(grid);
		free(headers);
		free(right);
		return;
	}
	headers[0] = "Month";
	right[0] = true;
	for (size_t o = 0; o < n; o++) {
		headers[o + 1] = gac_comparison_name(c, o);
		right[o + 1] = true;
	}
	const char *cur = gac_result_currency(gac_comparison_result(c, 0));
	if (f == GAC_FORMAT_MARKDOWN)
		gac_buf_printf(b, "\n#### Total cost of ownership, cumulative over %zu months\n\n", months);
	else if (f == GAC_FORMAT_TABLE)
		gac_buf_printf(b, "\nTotal cost of ownership, cumulative (one-time costs when paid, not "
		               "spread)\n\n");
	gac_table t;
	gac_table_init(&t, n + 1, headers, right);
	for (size_t m = 0; m < months; m++) {
		gac_buf x = {0};
		gac_table_row(&t, 0);
		gac_buf_printf(&x, "%zu", m + 1);
		gac_table_set_buf(&t, 0, &x);
		for (size_t o = 0; o < n; o++) {
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, grid[m * n + o]);
			else
				gac_money(&x, grid[m * n + o], cur);
			gac_table_set_buf(&t, o + 1, &x);
		}
	}
	/* a commitment bills its whole term: what it owes past the last month */
	bool owes = false;
	for (size_t o = 0; o < n; o++)
		owes |= gac_result_owed_after(gac_comparison_result(c, o), months) > 0;
	if (owes) {
		gac_buf x = {0};
		gac_table_row(&t, GAC_ROW_RULE);
		gac_buf_printf(&x, "owed after month %zu", months);
		gac_table_set_buf(&t, 0, &x);
		for (size_t o = 0; o < n; o++) {
			double owed = gac_result_owed_after(gac_comparison_result(c, o), months);
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, owed);
			else
				gac_money(&x, owed, cur);
			gac_table_set_buf(&t, o + 1, &x);
		}
	}
	gac_table_render(b, &t, f);
	gac_table_free(&t);
	if (owes && f != GAC_FORMAT_CSV)
		gac_buf_puts(b, "\n");
	for (size_t o = 0; owes && f != GAC_FORMAT_CSV && o < n; o++) {
		double owed = gac_result_owed_after(gac_comparison_result(c, o), months);
		if (owed <= 0)
			continue;
		gac_buf_printf(b, "%s: a commitment bills its whole term: ", gac_comparison_name(c, o));
		gac_money(b, owed, cur);
		gac_buf_printf(b, " is still owed after month %zu, ", months);
		gac_money(b, grid[(months - 1) * n + o] + owed, cur);
		gac_buf_puts(b, " in all.\n");
	}
	if (f != GAC_FORMAT_CSV) {
		/* the month from which each option has cost less than the baseline */
		for (size_t o = 1; o < n; o++) {
			size_t from = 0;
			for (size_t m = months; m-- > 0;) {
				if (grid[m * n + o] < grid[m * n])
					from = m + 1;
				else
					break;
			}
			if (from)
				gac_buf_printf(b, "%s costs less than the baseline in total from month %zu on.\n",
				               gac_comparison_name(c, o), from);
		}
	}
	free(grid);
	free(headers);
	free(right);
}

gac_status gac_report_compare(char **out, const gac_comparison *c, const gac_scenario *sc,
                              const gac_sheet *sh, gac_format f, unsigned flags, size_t months)
{
	if (!out || !c || !sc || !sh || gac_comparison_count(c) == 0)
		return GAC_EARG;
	if (months) {
		double *cum = gac_calloc(months, sizeof *cum);
		gac_status st = cum ? GAC_OK : GAC_ENOMEM;
		for (size_t o = 0; st == GAC_OK && o < gac_comparison_count(c); o++)
			st = gac_result_tco(cum, months, gac_comparison_result(c, o));
		free(cum);
		if (st != GAC_OK)
			return st;
	}
	if (f == GAC_FORMAT_JSON) {
		*out = compare_json(c, sc, sh, flags, months);
		return gac_json_status(*out);
	}
	char *text = compare_text(c, sc, sh, f, flags);
	if (!text || !months) {
		*out = text;
		return gac_json_status(*out);
	}
	gac_buf b = {0};
	if (f != GAC_FORMAT_CSV)
		gac_buf_puts(&b, text);
	free(text);
	tco_text(&b, c, months, f);
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

gac_status gac_report(char **out, const gac_result *r, const gac_scenario *sc, const gac_sheet *sh,
                      gac_format f, unsigned flags)
{
	if (!out || !r || !sc || !sh)
		return GAC_EARG;
	*out = f == GAC_FORMAT_JSON ? report_json(r, sc, sh, flags) : report_text(r, sc, sh, f, flags);
	return gac_json_status(*out);
}

/* Whether price k of a model is per token (the others: per model unit
 * per hour). */
static bool token_price(int k)
{
	return k < GAC_PRICE_MU_NO_COMMIT;
}

/* Price k of a model as listed: token prices per 1M tokens whatever unit
 * the sheet wrote them in (price × 1M / per), model units per hour.  A
 * sheet's price is a decimal of a few digits: the product is read back at
 * 15 significant digits, so $0.000035 per 1K lists as 0.035 per 1M, not
 * as the binary product 0.034999999999999996. */
static double per_1m(double price, double per)
{
	if (per == 1e6)
		return price;
	char d[40];
	gac_c_snprintf(d, sizeof d, "%.15g", price * (1e6 / per));
	return gac_c_strtod(d, NULL);
}

static double listed_price(const gac_model_info *mi, int k)
{
	return token_price(k) ? per_1m(mi->price[k], mi->per) : mi->price[k];
}

static void price_cell(gac_table *t, size_t col, const gac_model_info *mi, int k, gac_format f,
                       const char *currency)
{
	gac_buf x = {0};
	if ((mi->has & (1u << k)) && (!token_price(k) || mi->per > 0)) {
		if (f == GAC_FORMAT_TABLE || f == GAC_FORMAT_MARKDOWN)
			unit_price(&x, listed_price(mi, k), currency);
		else
			gac_buf_exact(&x, listed_price(mi, k));
	} else if (f == GAC_FORMAT_TABLE || f == GAC_FORMAT_MARKDOWN) {
		gac_buf_puts(&x, "-");
	}
	gac_table_set_buf(t, col, &x);
}

static const char *kind_name(gac_model_kind k)
{
	return k == GAC_KIND_IMAGE ? "image" : k == GAC_KIND_EMBEDDING ? "embedding" : "text";
}

static char *models_json(const gac_sheet *sh, const char *region, const char *vendor, unsigned flags)
{
	json_t *root = json_object(), *arr = json_array();
	int bad = !root || !arr;
	if (!bad) {
		bad |= jset(root, "genaicost", json_string("models/1"));
		bad |= jset(root, "pricing", json_string(gac_sheet_name(sh)));
		bad |= jset(root, "as_of", json_string(gac_sheet_as_of(sh)));
		bad |= jset(root, "currency", json_string(gac_sheet_currency(sh)));
		bad |= jset(root, "region", region ? json_string(region) : json_null());
	}
	for (size_t i = 0; !bad && i < gac_sheet_model_count(sh); i++) {
		gac_model_info mi = GAC_MODEL_INFO_INIT;
		gac_sheet_model(&mi, sh, i, region);
		const char *retired = gac_sheet_model_retired(sh, i);
		if (!mi.available || (vendor && strcmp(vendor, mi.vendor)) || (retired && !(flags & GAC_REPORT_ALL)))
			continue;
		json_t *o = json_object(), *prices = json_object(), *regions = json_array(), *per1m = json_object();
		if (!o || !prices || !regions || !per1m) {
			json_decref(o);
			json_decref(prices);
			json_decref(regions);
			json_decref(per1m);
			bad = 1;
			break;
		}
		bad |= jset(o, "id", json_string(mi.id));
		bad |= jset(o, "name", json_string(mi.name));
		bad |= jset(o, "vendor", json_string(mi.vendor));
		bad |= jset(o, "kind", json_string(kind_name(mi.kind)));
		bad |= jset(o, "per", mi.per > 0 ? gac_jreal(mi.per) : json_null());
		/* the dimensions gac_model_info does not hold are read by key */
		for (int k = 0; k < GAC_DIM_COUNT; k++) {
			double v;
			if (k < GAC_PRICE_COUNT ? !(mi.has & (1u << k))
			                        : gac_sheet_model_price(&v, sh, i, region, gac_dimensions[k].path) != GAC_OK)
				continue;
			if (k < GAC_PRICE_COUNT)
				v = mi.price[k];
			bad |= jset(prices, gac_dimensions[k].json, gac_jreal(v));
			if (gac_dimensions[k].unit == GAC_UNIT_TOKENS && mi.per > 0)
				bad |= jset(per1m, gac_dimensions[k].json, json_real(per_1m(v, mi.per)));
		}
		bad |= jset(o, "prices", prices);
		bad |= jset(o, "per_1m_tokens", per1m);
		/* rate cards (global, priority, flex, latency_optimized), by key */
		json_t *cards = json_object();
		bad |= !cards;
		for (int vi = 0; cards && vi < GAC_VAR_COUNT; vi++) {
			json_t *card = json_object();
			bad |= !card;
			for (int k = 0; card && k < GAC_DIM_COUNT; k++) {
				char key[64];
				double v;
				if (!gac_dimensions[k].variant)
					continue;
				gac_c_snprintf(key, sizeof key, "%s.%s", gac_variants[vi].key, gac_dimensions[k].path);
				if (gac_sheet_model_price(&v, sh, i, region, key) == GAC_OK)
					bad |= jset(card, gac_dimensions[k].json, gac_jreal(v));
			}
			if (card && json_object_size(card))
				bad |= jset(cards, gac_variants[vi].key, card);
			else
				json_decref(card);
		}
		if (cards && json_object_size(cards))
			bad |= jset(o, "rate_cards", cards);
		else
			json_decref(cards);
		for (size_t j = 0; j < mi.region_count; j++)
			bad |= json_array_append_new(regions, json_string(gac_sheet_model_region(sh, i, j)));
		bad |= jset(o, "regions", regions);
		bad |= jset(o, "source", json_string(mi.source));
		bad |= jset(o, "as_of", json_string(mi.as_of));
		bad |= jset(o, "retired", retired ? json_string(retired) : json_null());
		bad |= json_array_append_new(arr, o);
	}
	if (bad) {
		json_decref(root);
		json_decref(arr);
		return NULL;
	}
	/* jset() takes the reference even when it fails */
	if (jset(root, "models", arr)) {
		json_decref(root);
		return NULL;
	}
	return gac_json_finish(root);
}

gac_status gac_report_models(char **out, const gac_sheet *sh, const char *region, const char *vendor,
                             gac_format f)
{
	return gac_report_models_ex(out, sh, region, vendor, f, 0);
}

gac_status gac_report_models_ex(char **out, const gac_sheet *sh, const char *region, const char *vendor,
                                gac_format f, unsigned flags)
{
	static const char *const headers[] = {"Model", "Vendor", "Kind", "Input/1M", "Output/1M",
	                                      "Batch in/1M", "Batch out/1M", "Cache write/1M", "Cache read/1M",
	                                      "PT none/h", "PT 1-month/h", "PT 6-month/h", "Retired"};
	static const bool right[] = {false, false, false, true, true, true,
	                             true, true, true, true, true, true, false};
	bool all = flags & GAC_REPORT_ALL;
	if (!out || !sh)
		return GAC_EARG;
	if (f == GAC_FORMAT_JSON) {
		*out = models_json(sh, region, vendor, flags);
		return gac_json_status(*out);
	}
	gac_buf b = {0};
	if (f == GAC_FORMAT_TABLE)
		gac_buf_printf(&b, "Prices: %s (as of %s), %s, region %s\n\n", gac_sheet_name(sh),
		               gac_sheet_as_of(sh), gac_sheet_currency(sh), region ? region : "all");
	gac_table t;
	/* the Retired column only where retired models are listed */
	gac_table_init(&t, all ? 13 : 12, headers, right);
	size_t shown = 0, hidden = 0;
	for (size_t i = 0; i < gac_sheet_model_count(sh); i++) {
		gac_model_info mi = GAC_MODEL_INFO_INIT;
		gac_sheet_model(&mi, sh, i, region);
		const char *retired = gac_sheet_model_retired(sh, i);
		if (!mi.available || (vendor && strcmp(vendor, mi.vendor)))
			continue;
		if (retired && !all) {
			hidden++;
			continue;
		}
		shown++;
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, mi.id);
		gac_table_set(&t, 1, mi.vendor);
		gac_table_set(&t, 2, kind_name(mi.kind));
		for (int k = 0; k < GAC_PRICE_COUNT; k++)
			price_cell(&t, 3 + (size_t)k, &mi, k, f, gac_sheet_currency(sh));
		if (all)
			gac_table_set(&t, 12, retired ? retired : (f == GAC_FORMAT_TABLE || f == GAC_FORMAT_MARKDOWN) ? "-" : "");
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (f == GAC_FORMAT_TABLE) {
		gac_buf_printf(&b, "\n%zu model%s. Token prices per 1M tokens, whatever unit the sheet gives them "
		               "in; PT = provisioned throughput per model unit per hour.\n", shown, shown == 1 ? "" : "s");
		if (hidden)
			gac_buf_printf(&b, "%zu retired model%s not shown (--all lists them).\n", hidden,
			               hidden == 1 ? "" : "s");
	}
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

void gac_pct_cell(gac_buf *b, double before, double after, gac_format f)
{
	if (before == 0) {
		if (f != GAC_FORMAT_CSV)
			gac_buf_puts(b, after == 0 ? "" : "new");
		return;
	}
	double p = gac_pct(before, after);
	if (isnan(p)) {
		/* a rise past every percentage (from a hair of a cent) */
		if (f != GAC_FORMAT_CSV)
			gac_buf_puts(b, after > before ? "+∞" : "-");
		return;
	}
	if (f == GAC_FORMAT_CSV) {
		gac_buf_exact(b, p);
		return;
	}
	/* a change within 1e-9 of nothing is the noise of two equal sums, not a
	 * fall: 0.0%, not -0.0% (a real fall of 0.02% keeps its -0.0%) */
	if (fabs(p) < 1e-7)
		p = 0;
	if (p > 0)
		gac_buf_puts(b, "+");
	gac_buf_num(b, "%.1f%%", p);
}

/* A formula for JSON: null where the line is absent. */
static json_t *formula_or_null(const gac_line *l)
{
	return l && l->formula ? json_string(l->formula) : json_null();
}

/* pair: each delta's lines before and after (--explain), or NULL */
static char *what_if_json(const gac_delta *d, size_t n, const gac_line *const *pair, const gac_result *a,
                          const gac_result *z, const char *const *changes, size_t nch)
{
	json_t *root = json_object(), *ch = json_array(), *lines = json_array();
	int bad = !root || !ch || !lines;
	for (size_t i = 0; !bad && i < nch; i++)
		bad |= json_array_append_new(ch, json_string(changes[i]));
	double ta = gac_result_total(a), tz = gac_result_total(z);
	for (size_t i = 0; !bad && i < n; i++) {
		const gac_delta *x = &d[i];
		json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:f, s:f, s:f, s:o, s:b, s:b}", "workload", x->workload,
		                      "model", x->model, "component", x->component, "unit", x->unit, "before",
		                      x->old_cost, "after", x->new_cost, "delta", x->new_cost - x->old_cost,
		                      "delta_percent",
		                      gac_jnum(gac_pct(x->old_cost, x->new_cost)),
		                      "added", x->added, "removed", x->removed);
		if (o && pair) {
			bad |= jset(o, "formula_before", formula_or_null(pair[2 * i]));
			bad |= jset(o, "formula_after", formula_or_null(pair[2 * i + 1]));
		}
		bad |= !o || json_array_append_new(lines, o);
	}
	if (!bad) {
		bad |= jset(root, "genaicost", json_string("what-if/1"));
		bad |= jset(root, "changes", ch);
		ch = NULL;
		bad |= jset(root, "currency", json_string(gac_result_currency(a)));
		bad |= jset(root, "before", gac_jreal(ta));
		bad |= jset(root, "after", gac_jreal(tz));
		bad |= jset(root, "delta", gac_jreal(tz - ta));
		bad |= jset(root, "delta_percent", gac_jnum(gac_pct(ta, tz)));
		bad |= jset(root, "under_capacity_before", json_boolean(gac_result_under_capacity(a, NULL)));
		bad |= jset(root, "under_capacity_after", json_boolean(gac_result_under_capacity(z, NULL)));
		bad |= jset(root, "expected_outage_cost_before", gac_jreal(gac_result_expected_outage_cost(a)));
		bad |= jset(root, "expected_outage_cost_after", gac_jreal(gac_result_expected_outage_cost(z)));
		bad |= jset(root, "risk_adjusted_before", gac_jreal(gac_result_risk_adjusted_total(a)));
		bad |= jset(root, "risk_adjusted_after", gac_jreal(gac_result_risk_adjusted_total(z)));
		double list[2];
		if (gac_list_pair(list, a, z)) {
			bad |= jset(root, "list_total_before", gac_jreal(list[0]));
			bad |= jset(root, "list_total_after", gac_jreal(list[1]));
			bad |= jset(root, "negotiated_saving_before", gac_jreal(list[0] - ta));
			bad |= jset(root, "negotiated_saving_after", gac_jreal(list[1] - tz));
		}
		bad |= jset(root, "lines", lines);
		lines = NULL;
	}
	json_decref(ch);
	json_decref(lines);
	if (bad) {
		json_decref(root);
		return NULL;
	}
	return gac_json_finish(root);
}

size_t gac_delta_table(gac_buf *b, const gac_delta *d, size_t n, double ta, double tz, const double *list,
                       const char *cur, gac_format f, bool all)
{
	static const char *const headers[] = {"Workload", "Model", "Component", "Before", "After", "Change",
	                                      "Change %"};
	static const bool right[] = {false, false, false, true, true, true, true};
	gac_table t;
	gac_table_init(&t, 7, headers, right);
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		const gac_delta *x = &d[i];
		if (x->old_cost == x->new_cost && !x->added && !x->removed && !all)
			continue;
		shown++;
		gac_buf c = {0};
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, x->workload);
		gac_table_set(&t, 1, x->model);
		gac_buf_printf(&c, "%s%s", x->component, x->added ? " (added)" : x->removed ? " (removed)" : "");
		gac_table_set_buf(&t, 2, &c);
		if (f == GAC_FORMAT_CSV) {
			gac_buf_exact(&c, x->old_cost);
			gac_table_set_buf(&t, 3, &c);
			gac_buf_exact(&c, x->new_cost);
			gac_table_set_buf(&t, 4, &c);
			gac_buf_exact(&c, x->new_cost - x->old_cost);
		} else {
			gac_money(&c, x->old_cost, cur);
			gac_table_set_buf(&t, 3, &c);
			gac_money(&c, x->new_cost, cur);
			gac_table_set_buf(&t, 4, &c);
			gac_signed_money(&c, x->new_cost - x->old_cost, cur);
		}
		gac_table_set_buf(&t, 5, &c);
		gac_pct_cell(&c, x->old_cost, x->new_cost, f);
		gac_table_set_buf(&t, 6, &c);
	}
	gac_buf c = {0};
	gac_table_row(&t, GAC_ROW_RULE);
	gac_table_set(&t, 0, "Total");
	if (f == GAC_FORMAT_CSV) {
		gac_buf_exact(&c, ta);
		gac_table_set_buf(&t, 3, &c);
		gac_buf_exact(&c, tz);
		gac_table_set_buf(&t, 4, &c);
		gac_buf_exact(&c, tz - ta);
	} else {
		gac_money(&c, ta, cur);
		gac_table_set_buf(&t, 3, &c);
		gac_money(&c, tz, cur);
		gac_table_set_buf(&t, 4, &c);
		gac_signed_money(&c, tz - ta, cur);
	}
	gac_table_set_buf(&t, 5, &c);
	gac_pct_cell(&c, ta, tz, f);
	gac_table_set_buf(&t, 6, &c);
	for (int k = 0; list && k < 2; k++) {
		/* at list prices, then what the overrides save, on each side */
		double va = k ? list[0] - ta : list[0], vz = k ? list[1] - tz : list[1];
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, k ? "Negotiated saving" : "At list prices");
		if (f == GAC_FORMAT_CSV) {
			gac_buf_exact(&c, va);
			gac_table_set_buf(&t, 3, &c);
			gac_buf_exact(&c, vz);
			gac_table_set_buf(&t, 4, &c);
			gac_buf_exact(&c, vz - va);
		} else {
			gac_money(&c, va, cur);
			gac_table_set_buf(&t, 3, &c);
			gac_money(&c, vz, cur);
			gac_table_set_buf(&t, 4, &c);
			gac_signed_money(&c, vz - va, cur);
		}
		gac_table_set_buf(&t, 5, &c);
		gac_pct_cell(&c, va, vz, f);
		gac_table_set_buf(&t, 6, &c);
	}
	gac_table_render(b, &t, f);
	gac_table_free(&t);
	return shown;
}

double gac_list_total(const gac_result *r)
{
	return gac_result_has_overrides(r) ? gac_result_list_total(r) : gac_result_total(r);
}

bool gac_list_pair(double list[2], const gac_result *a, const gac_result *z)
{
	if (!gac_result_has_overrides(a) && !gac_result_has_overrides(z))
		return false;
	list[0] = gac_list_total(a);
	list[1] = gac_list_total(z);
	return true;
}

void gac_saving_explain(gac_buf *b, const double list[2], double ta, double tz, const char *cur, bool md)
{
	for (int side = 0; side < 2; side++) {
		double l = list[side], t = side ? tz : ta;
		const char *what = side ? "after" : "before";
		gac_buf_printf(b, md ? "- at list prices %s = sum of quantity × list price, unrounded: "
		                     : "  at list prices %-6s = sum of quantity × list price, unrounded: ", what);
		gac_buf_exact(b, l);
		gac_buf_printf(b, " %s\n", cur);
		gac_buf_printf(b, md ? "- negotiated saving %s = " : "  negotiated saving %-6s = ", what);
		gac_buf_exact(b, l);
		gac_buf_puts(b, " − ");
		gac_buf_exact(b, t);
		gac_buf_puts(b, " = ");
		gac_buf_exact(b, l - t);
		gac_buf_printf(b, " %s\n", cur);
	}
}

/* --explain: each line that moved, its formula on both sides with the
 * user's numbers, then the totals, unrounded, and the change. */
static void what_if_explain(gac_buf *b, const gac_delta *d, size_t n, const gac_line *const *pair, double ta,
                            double tz, const char *cur, bool md)
{
	size_t same = 0;
	gac_buf_puts(b, md ? "\n#### How each changed line is computed\n\n" : "\nHow each changed line is computed:\n");
	for (size_t i = 0; i < n; i++) {
		const gac_delta *x = &d[i];
		if (x->old_cost == x->new_cost && !x->added && !x->removed) {
			same++;
			continue;
		}
		gac_buf_puts(b, md ? "- **" : "  ");
		gac_buf_user(b, x->workload, md);
		gac_buf_puts(b, " · ");
		gac_buf_user(b, x->component, md);
		gac_buf_puts(b, md ? "** (" : " (");
		gac_buf_user(b, x->model, md);
		gac_buf_puts(b, ")\n");
		for (int side = 0; side < 2; side++) {
			const gac_line *l = pair[2 * i + (size_t)side];
			const char *label = side ? "after" : "before";
			if (md && l && strchr(l->formula, '`')) {
				/* a code span cannot hold it: escaped instead */
				gac_buf_printf(b, "  - %s: = ", label);
				gac_md_text(b, l->formula);
				gac_buf_puts(b, "\n");
			} else if (md)
				gac_buf_printf(b, "  - %s: %s%s%s\n", label, l ? "`= " : "", l ? l->formula : "no such line",
				               l ? "`" : "");
			else
				gac_buf_printf(b, "    %-7s%s%s\n", label, l ? "= " : "", l ? l->formula : "no such line");
		}
	}
	if (same)
		gac_buf_printf(b, md ? "\n%zu line%s cost the same on both sides (`genaicost estimate --explain` shows "
		                       "%s).\n"
		                     : "  %zu line%s cost the same on both sides (genaicost estimate --explain shows "
		                       "%s).\n",
		               same, same == 1 ? "" : "s", same == 1 ? "its formula" : "their formulas");
	gac_buf_puts(b, md ? "\n" : "");
	gac_buf_puts(b, md ? "- total before = sum of the line costs, unrounded: " : "  total before = sum of the line costs, unrounded: ");
	gac_buf_exact(b, ta);
	gac_buf_printf(b, " %s\n", cur);
	gac_buf_puts(b, md ? "- total after = sum of the line costs, unrounded: " : "  total after  = sum of the line costs, unrounded: ");
	gac_buf_exact(b, tz);
	gac_buf_printf(b, " %s\n", cur);
	gac_buf_puts(b, md ? "- change = " : "  change       = ");
	gac_buf_exact(b, tz);
	gac_buf_puts(b, " − ");
	gac_buf_exact(b, ta);
	gac_buf_puts(b, " = ");
	gac_buf_exact(b, tz - ta);
	gac_buf_printf(b, " %s", cur);
	if (ta != 0) {
		gac_buf_puts(b, "; ÷ ");
		gac_buf_exact(b, ta);
		gac_buf_puts(b, " × 100 = ");
		gac_buf_exact(b, gac_pct(ta, tz));
		gac_buf_puts(b, "%");
	}
	gac_buf_puts(b, "\n");
}

gac_status gac_report_what_if(char **out, const gac_result *a, const gac_result *z,
                              const char *const *changes, size_t nch, gac_format f, unsigned flags)
{
	if (!out || !a || !z || (nch && !changes))
		return GAC_EARG;
	*out = NULL;
	gac_delta *d = NULL;
	size_t n = 0;
	const gac_line **pair = NULL;
	bool explain = (flags & GAC_REPORT_EXPLAIN) && f != GAC_FORMAT_CSV;
	gac_status st = gac_result_match(&d, &n, explain ? &pair : NULL, a, z);
	if (st != GAC_OK)
		return st;
	if (f == GAC_FORMAT_JSON) {
		*out = what_if_json(d, n, pair, a, z, changes, nch);
		free(d);
		free(pair);
		return gac_json_status(*out);
	}
	const char *cur = gac_result_currency(a);
	double ta = gac_result_total(a), tz = gac_result_total(z), list[2];
	bool ov = gac_list_pair(list, a, z);
	gac_buf b = {0};
	if (f != GAC_FORMAT_CSV) {
		gac_buf_puts(&b, f == GAC_FORMAT_MARKDOWN ? "### genaicost what-if\n\n" : "What-if\n");
		for (size_t i = 0; i < nch; i++)
		{
			gac_buf_puts(&b, f == GAC_FORMAT_MARKDOWN ? "- set " : "  set ");
			gac_buf_user(&b, changes[i], f == GAC_FORMAT_MARKDOWN);
			gac_buf_puts(&b, "\n");
		}
		gac_buf_puts(&b, "\nTotal: ");
		gac_money(&b, ta, cur);
		gac_buf_puts(&b, " → ");
		gac_money(&b, tz, cur);
		gac_buf_puts(&b, " (");
		gac_signed_money(&b, tz - ta, cur);
		if (ta != 0) {
			gac_buf_puts(&b, ", ");
			gac_pct_cell(&b, ta, tz, f);
		}
		gac_buf_puts(&b, ")\n");
		if (ov) {
			/* pricing_overrides: what the bill would be at list prices */
			gac_buf_puts(&b, "At list prices: ");
			gac_money(&b, list[0], cur);
			gac_buf_puts(&b, " → ");
			gac_money(&b, list[1], cur);
			gac_buf_puts(&b, "; negotiated saving ");
			gac_money(&b, list[0] - ta, cur);
			gac_buf_puts(&b, " → ");
			gac_money(&b, list[1] - tz, cur);
			gac_buf_puts(&b, "\n");
		}
		for (int side = 0; side < 2; side++) {
			const gac_provisioned *p = under_entry(side ? z : a);
			if (!p)
				continue;
			gac_buf_printf(&b, "%s: ", side ? "After" : "Before");
			too_few(&b, p->units_needed);
			gac_buf_printf(&b, ": %s for %s bills ", p->model, p->workloads);
			gac_buf_exact(&b, p->units);
			gac_buf_puts(&b, p->units == 1 ? " model unit, peak requests will be throttled\n"
			                               : " model units, peak requests will be throttled\n");
		}
		double oa = gac_result_expected_outage_cost(a), oz = gac_result_expected_outage_cost(z);
		if (oa != 0 || oz != 0) {
			/* the risk apart from the bill, never in it */
			gac_buf_puts(&b, "Expected outage cost (not billed): ");
			gac_money(&b, oa, cur);
			gac_buf_puts(&b, " → ");
			gac_money(&b, oz, cur);
			gac_buf_puts(&b, "; risk-adjusted total ");
			gac_money(&b, gac_result_risk_adjusted_total(a), cur);
			gac_buf_puts(&b, " → ");
			gac_money(&b, gac_result_risk_adjusted_total(z), cur);
			gac_buf_puts(&b, "\n");
		}
		gac_buf_puts(&b, "\n");
	}
	size_t shown = gac_delta_table(&b, d, n, ta, tz, ov ? list : NULL, cur, f,
	                               flags & (GAC_REPORT_EXPLAIN | GAC_REPORT_ALL));
	if (f != GAC_FORMAT_CSV && !shown)
		gac_buf_puts(&b, "\nNo line item changed.\n");
	if (explain)
		what_if_explain(&b, d, n, pair, ta, tz, cur, f == GAC_FORMAT_MARKDOWN);
	if (explain && ov)
		gac_saving_explain(&b, list, ta, tz, cur, f == GAC_FORMAT_MARKDOWN);
	free(d);
	free(pair);
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

/* A line chart in the terminal: one mark per option per column, the
 * break-evens (where two options' order changes) marked under the axis. */
static void sweep_chart(gac_buf *b, const gac_sweep *w, const gac_sweep_axis *ax, const char *cur)
{
	enum { W = 64, H = 16 };
	static const char *const marks[] = {"●", "○", "■", "□", "▲", "△", "◆", "◇"};
	size_t n = gac_sweep_points(w), no = gac_sweep_option_count(w);
	double lo = INFINITY, hi = -INFINITY;
	for (size_t p = 0; p < n; p++)
		for (size_t o = 0; o < no; o++) {
			double v = gac_sweep_total(w, p, o);
			lo = fmin(lo, v);
			hi = fmax(hi, v);
		}
	if (!(hi > lo))
		hi = lo + 1;
	const char *grid[H][W];
	for (int r = 0; r < H; r++)
		for (int col = 0; col < W; col++)
			grid[r][col] = " ";
	for (int col = 0; col < W; col++) {
		size_t p = n == 1 ? 0 : (size_t)llround((double)col * (double)(n - 1) / (W - 1));
		for (size_t o = no; o-- > 0;) {
			double v = gac_sweep_total(w, p, o);
			int r = (int)llround((v - lo) / (hi - lo) * (H - 1));
			grid[H - 1 - r][col] = marks[o % 8];
		}
	}
	gac_buf_puts(b, "\n");
	for (int r = 0; r < H; r++) {
		gac_buf x = {0};
		if (r == 0 || r == H - 1)
			gac_money(&x, r == 0 ? hi : lo, cur);
		gac_buf_printf(b, "%14s ┤", gac_buf_text(b, &x));
		gac_buf_free(&x);
		for (int col = 0; col < W; col++)
			gac_buf_puts(b, grid[r][col]);
		gac_buf_puts(b, "\n");
	}
	/* break-evens: where an option overtakes another between two points */
	char axis_line[W * 4 + 1];
	bool crossing[W] = {false};
	gac_buf notes = {0};
	for (size_t p = 1; p < n; p++)
		for (size_t o1 = 0; o1 < no; o1++)
			for (size_t o2 = o1 + 1; o2 < no; o2++) {
				double d0 = gac_sweep_total(w, p - 1, o1) - gac_sweep_total(w, p - 1, o2);
				double d1 = gac_sweep_total(w, p, o1) - gac_sweep_total(w, p, o2);
				if ((d0 < 0 && d1 > 0) || (d0 > 0 && d1 < 0)) {
					int col = (int)llround((double)p * (W - 1) / (double)(n - 1));
					crossing[col < W ? col : W - 1] = true;
					gac_buf_printf(&notes, "  ✕ %s and %s cross between %s = ", gac_sweep_option_name(w, o1),
					               gac_sweep_option_name(w, o2), ax->path);
					gac_buf_grouped(&notes, gac_sweep_value(w, p - 1, 0), 2);
					gac_buf_puts(&notes, " and ");
					gac_buf_grouped(&notes, gac_sweep_value(w, p, 0), 2);
					gac_buf_puts(&notes, " (genaicost break-even finds the exact value)\n");
				}
			}
	size_t len = 0;
	for (int col = 0; col < W; col++) {
		const char *m = crossing[col] ? "✕" : "─";
		memcpy(axis_line + len, m, strlen(m));
		len += strlen(m);
	}
	axis_line[len] = '\0';
	gac_buf_printf(b, "%14s └%s\n", "", axis_line);
	gac_buf x = {0}, y = {0};
	gac_buf_grouped(&x, ax->lo, 2);
	gac_buf_grouped(&y, ax->hi, 2);
	const char *xs = gac_buf_text(b, &x), *ys = gac_buf_text(b, &y);
	gac_buf_printf(b, "%16s%-*s%s%s\n", "", W - (int)strlen(ys), xs, ys, ax->log ? " (log scale)" : "");
	gac_buf_free(&x);
	gac_buf_free(&y);
	gac_buf_printf(b, "%16s%s\n\n", "", ax->path);
	for (size_t o = 0; o < no; o++)
		gac_buf_printf(b, "  %s %s\n", marks[o % 8], gac_sweep_option_name(w, o));
	if (notes.data && !notes.failed) {
		gac_buf_puts(b, "\n");
		gac_buf_puts(b, notes.data);
	}
	gac_buf_free(&notes);
}

static void sweep_explain(gac_buf *b, const gac_sweep *w, const gac_sweep_axis *axes, size_t naxes,
                          const char *cur, bool md)
{
	const char *in = md ? "- " : "  ";
	gac_buf_printf(b, "\n%sHow the sweep is priced\n\n", md ? "#### " : "");
	for (size_t k = 0; k < naxes; k++) {
		const gac_sweep_axis *ax = &axes[k];
		double n1 = (double)(ax->steps - 1);
		gac_buf_printf(b, "%s%s, point i = 0..%zu: ", in, ax->path, ax->steps - 1);
		if (ax->log) {
			gac_buf_puts(b, "LO × (HI / LO)^(i / (STEPS - 1)) = ");
			gac_buf_exact(b, ax->lo);
			gac_buf_puts(b, " × ");
			gac_buf_num(b, "%.10g", pow(ax->hi / ax->lo, 1 / n1));
			gac_buf_puts(b, "^i (log spacing)\n");
		} else {
			gac_buf_puts(b, "LO + i × (HI - LO) / (STEPS - 1) = ");
			gac_buf_exact(b, ax->lo);
			gac_buf_puts(b, " + i × ");
			gac_buf_num(b, "%.10g", (ax->hi - ax->lo) / n1);
			gac_buf_puts(b, "\n");
		}
	}
	if (naxes == 2)
		gac_buf_printf(b, "%sa grid: every point of %s with every point of %s, the second varying fastest\n",
		               in, axes[0].path, axes[1].path);
	gac_buf_printf(b, "%sat each point the parameter%s set to the value and every option is priced: its total is "
	                  "the sum of its line items, as 'genaicost estimate --explain' lists them\n",
	               in, naxes == 2 ? "s are" : " is");
	size_t last = gac_sweep_points(w) - 1;
	for (size_t o = 0; o < gac_sweep_option_count(w); o++) {
		gac_buf_printf(b, "%s%s: ", in, gac_sweep_option_name(w, o));
		gac_money(b, gac_sweep_total(w, 0, o), cur);
		gac_buf_puts(b, " at the first point (");
		gac_buf_exact(b, gac_sweep_value(w, 0, 0));
		gac_buf_puts(b, "), ");
		gac_money(b, gac_sweep_total(w, last, o), cur);
		gac_buf_puts(b, " at the last (");
		gac_buf_exact(b, gac_sweep_value(w, last, 0));
		gac_buf_puts(b, ")\n");
	}
	if (isnan(gac_sweep_list_total(w, 0, 0)))
		return;
	gac_buf_printf(b, "%sat list prices: each line's quantity × the sheet's list price, summed; the "
	                  "negotiated saving = at list − total; unrounded, at the first and last point:\n", in);
	for (size_t o = 0; o < gac_sweep_option_count(w); o++)
		for (int end = 0; end < 2; end++) {
			size_t p = end ? last : 0;
			double l = gac_sweep_list_total(w, p, o), t = gac_sweep_total(w, p, o);
			gac_buf_printf(b, "%s%s %s: ", in, gac_sweep_option_name(w, o), end ? "last" : "first");
			gac_buf_exact(b, l);
			gac_buf_puts(b, " − ");
			gac_buf_exact(b, t);
			gac_buf_puts(b, " = ");
			gac_buf_exact(b, l - t);
			gac_buf_printf(b, " %s\n", cur ? cur : "");
		}
}

gac_status gac_report_sweep(char **out, const gac_sweep *w, gac_sweep_axis *const *axes, size_t naxes,
                            const char *cur, gac_format f, unsigned flags)
{
	gac_sweep_axis ax[2];
	if (gac_sweep_axes_gather(ax, axes, naxes) != GAC_OK)
		return GAC_EARG;
	return gac_report_sweep_axes(out, w, ax, naxes, cur, f, flags);
}

gac_status gac_report_sweep_axes(char **out, const gac_sweep *w, const gac_sweep_axis *axes, size_t naxes,
                                 const char *cur, gac_format f, unsigned flags)
{
	if (!out || !w || !axes || naxes < 1 || naxes > 2)
		return GAC_EARG;
	size_t n = gac_sweep_points(w), no = gac_sweep_option_count(w);
	/* pricing_overrides: the totals at list prices too */
	bool lists = n && no && !isnan(gac_sweep_list_total(w, 0, 0));
	if (f == GAC_FORMAT_JSON) {
		json_t *root = json_object(), *rows = json_array(), *paths = json_array(), *opts = json_array();
		int bad = !root || !rows || !paths || !opts;
		for (size_t k = 0; !bad && k < naxes; k++)
			bad |= json_array_append_new(paths, json_string(axes[k].path));
		for (size_t o = 0; !bad && o < no; o++)
			bad |= json_array_append_new(opts, json_string(gac_sweep_option_name(w, o)));
		for (size_t p = 0; !bad && p < n; p++) {
			json_t *row = json_object();
			bad |= !row;
			for (size_t k = 0; !bad && k < naxes; k++)
				bad |= jset(row, axes[k].path, gac_jreal(gac_sweep_value(w, p, k)));
			for (size_t o = 0; !bad && o < no; o++)
				bad |= jset(row, gac_sweep_option_name(w, o), gac_jreal(gac_sweep_total(w, p, o)));
			/* every option's verdict, and the units needed where short */
			json_t *under = json_object(), *needed = json_object();
			bad |= !under || !needed;
			for (size_t o = 0; !bad && o < no; o++) {
				double units = gac_sweep_units_needed(w, p, o);
				bad |= jset(under, gac_sweep_option_name(w, o), json_boolean(!isnan(units)));
				if (!isnan(units))
					bad |= jset(needed, gac_sweep_option_name(w, o), gac_jreal(units));
			}
			bad |= jset(row, "under_capacity", under);
			bad |= jset(row, "units_needed", needed);
			if (lists) {
				json_t *lt = json_object();
				for (size_t o = 0; lt && o < no; o++)
					bad |= jset(lt, gac_sweep_option_name(w, o), gac_jreal(gac_sweep_list_total(w, p, o)));
				bad |= jset(row, "list_total", lt);
			}
			bad |= json_array_append_new(rows, row);
		}
		if (bad) {
			json_decref(root);
			json_decref(rows);
			json_decref(paths);
			json_decref(opts);
			return gac_json_status(NULL);
		}
		/* each value root's from here, set or not */
		bad |= jset(root, "genaicost", json_string("sweep/2"));
		bad |= jset(root, "currency", json_string(cur ? cur : ""));
		bad |= jset(root, "paths", paths);
		bad |= jset(root, "options", opts);
		bad |= jset(root, "rows", rows);
		if (bad) {
			json_decref(root);
			return gac_json_status(NULL);
		}
		*out = gac_json_finish(root);
		return gac_json_status(*out);
	}
	bool any_under = false;
	for (size_t p = 0; p < n && !any_under; p++)
		for (size_t o = 0; o < no; o++)
			any_under |= gac_sweep_under_capacity(w, p, o) != 0;
	/* CSV: after the totals, an "OPTION under_capacity" column per option,
	 * then with pricing_overrides an "OPTION list_total" one.  The table:
	 * where every cell has the same total at list prices (the usual case:
	 * a discount swept, the usage fixed) one note says it, and each
	 * cell's saving is that less the cell; where it moves, an "OPTION at
	 * list" column beside the totals, so no figure has to be guessed */
	bool csv = f == GAC_FORMAT_CSV, uniform = lists;
	double list0 = lists ? gac_sweep_list_total(w, 0, 0) : 0;
	for (size_t p = 0; uniform && p < n; p++)
		for (size_t o = 0; uniform && o < no; o++)
			uniform = gac_sweep_list_total(w, p, o) == list0;
	size_t nlist = lists && (csv || !uniform) ? no : 0, list_col = naxes + no + (csv ? no : 0);
	size_t ncol = naxes + no + (csv ? no : 0) + nlist;
	const char **headers = gac_calloc(ncol, sizeof *headers);
	bool *right = gac_calloc(ncol, sizeof *right);
	char **under_names = csv || nlist ? gac_calloc(2 * no, sizeof *under_names) : NULL;
	gac_buf b = {0};
	bool nomem = !headers || !right || ((csv || nlist) && !under_names);
	for (size_t o = 0; !nomem && csv && o < no; o++) {
		gac_buf h = {0};
		gac_buf_printf(&h, "%s under_capacity", gac_sweep_option_name(w, o));
		nomem = !(under_names[o] = gac_buf_take(&h));
		headers[naxes + no + o] = under_names[o];
	}
	for (size_t o = 0; !nomem && o < nlist; o++) {
		gac_buf h = {0};
		gac_buf_printf(&h, csv ? "%s list_total" : "%s at list", gac_sweep_option_name(w, o));
		nomem = !(under_names[no + o] = gac_buf_take(&h));
		headers[list_col + o] = under_names[no + o];
		right[list_col + o] = true;
	}
	if (nomem) {
		for (size_t o = 0; under_names && o < 2 * no; o++)
			free(under_names[o]);
		free(under_names);
		free(headers);
		free(right);
		return GAC_ENOMEM;
	}
	for (size_t k = 0; k < naxes; k++) {
		headers[k] = axes[k].path;
		right[k] = true;
	}
	for (size_t o = 0; o < no; o++) {
		headers[naxes + o] = gac_sweep_option_name(w, o);
		right[naxes + o] = true;
	}
	if (f == GAC_FORMAT_MARKDOWN)
		gac_buf_puts(&b, "### genaicost sweep\n\n");
	else if (f == GAC_FORMAT_TABLE)
		gac_buf_printf(&b, "Sweep: monthly total of each option, %s\n\n", cur ? cur : "");
	gac_table t;
	gac_table_init(&t, ncol, headers, right);
	for (size_t p = 0; p < n; p++) {
		gac_buf x = {0};
		gac_table_row(&t, 0);
		for (size_t k = 0; k < naxes; k++) {
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, gac_sweep_value(w, p, k));
			else
				quantity(&x, gac_sweep_value(w, p, k));
			gac_table_set_buf(&t, k, &x);
		}
		for (size_t o = 0; o < no; o++) {
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, gac_sweep_total(w, p, o));
			else
				gac_money(&x, gac_sweep_total(w, p, o), cur);
			if (!csv && gac_sweep_under_capacity(w, p, o)) {
				gac_buf_puts(&x, " ");
				too_few(&x, gac_sweep_units_needed(w, p, o));
			}
			gac_table_set_buf(&t, naxes + o, &x);
		}
		for (size_t o = 0; csv && o < no; o++)
			gac_table_set(&t, naxes + no + o, gac_sweep_under_capacity(w, p, o) ? "true" : "false");
		for (size_t o = 0; o < nlist; o++) {
			if (csv)
				gac_buf_exact(&x, gac_sweep_list_total(w, p, o));
			else
				gac_money(&x, gac_sweep_list_total(w, p, o), cur);
			gac_table_set_buf(&t, list_col + o, &x);
		}
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (lists && uniform && !csv) {
		gac_buf_puts(&b, "\nAt list prices: ");
		gac_money(&b, list0, cur);
		gac_buf_puts(&b, " at every point, for every option (pricing_overrides); the negotiated saving of a "
		                 "cell is that less its total.\n");
	}
	if (any_under && f != GAC_FORMAT_CSV)
		gac_buf_puts(&b, "\nTOO FEW (needs N units): at that point the option's provisioned units do not carry "
		                 "the peak load (under capacity), N units would; the load beyond is throttled.\n");
	if (f == GAC_FORMAT_TABLE && naxes == 1)
		sweep_chart(&b, w, &axes[0], cur);
	if ((flags & GAC_REPORT_EXPLAIN) && f != GAC_FORMAT_CSV)
		sweep_explain(&b, w, axes, naxes, cur, f == GAC_FORMAT_MARKDOWN);
	for (size_t o = 0; under_names && o < 2 * no; o++)
		free(under_names[o]);
	free(under_names);
	free(headers);
	free(right);
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

/* gac_sweep_write: the report of a sweep written as it is priced. */
typedef struct sweep_out {
	const gac_sweep_axis *axes;
	size_t naxes, nopt;
	const char *cur;
	gac_format f;
	gac_write_fn write;
	void *ctx;
	const char *const *names;
	bool lists;              /* totals at list prices in each row */
	char *footer;            /* JSON: what follows the rows */
	gac_buf b, cell;
	/* CSV: the swept values' text, each written once: the first axis's
	 * last value, the second axis's every value while it has at most
	 * SWEEP_CACHE steps (a grid repeats them at every row of the first) */
	double last;
	char *last_text;
	size_t last_len;
	char **axis1;
	size_t *axis1_len;
	size_t axis1_count;
} sweep_out;

enum { SWEEP_FLUSH = 1 << 16, SWEEP_CACHE = 1 << 16 };

static void cell_reset(gac_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

/* Hand what is gathered to the writer: always with `all`, else once it
 * fills SWEEP_FLUSH bytes. */
static gac_status sweep_flush(sweep_out *o, bool all, gac_error *err)
{
	if (o->b.failed || o->cell.failed)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	if (!o->b.len || (!all && o->b.len < SWEEP_FLUSH))
		return GAC_OK;
	if (o->write(o->ctx, o->b.data, o->b.len) != 0)
		return gac_fail(err, GAC_EIO, NULL, 0, 0, "the sweep's report could not be written");
	o->b.len = 0;
	o->b.data[0] = '\0';
	return GAC_OK;
}

/* The marker of where the rows go in the JSON report's frame. */
#define SWEEP_ROWS_MARK "\"genaicost-sweep-rows\""

static gac_status sweep_out_start(void *ctx, size_t points, size_t nopt, const char *const *names, bool lists,
                                  gac_error *err)
{
	(void)points;
	sweep_out *o = ctx;
	o->nopt = nopt;
	o->names = names;
	o->lists = lists;
	if (o->f == GAC_FORMAT_CSV) {
		for (size_t k = 0; k < o->naxes; k++) {
			gac_buf_puts(&o->b, k ? "," : "");
			gac_csv_field(&o->b, o->axes[k].path);
		}
		for (size_t i = 0; i < nopt; i++) {
			gac_buf_puts(&o->b, ",");
			gac_csv_field(&o->b, names[i]);
		}
		for (size_t i = 0; i < nopt; i++) {
			cell_reset(&o->cell);
			gac_buf_printf(&o->cell, "%s under_capacity", names[i]);
			gac_buf_puts(&o->b, ",");
			gac_csv_field(&o->b, o->cell.failed ? "" : o->cell.data);
		}
		for (size_t i = 0; lists && i < nopt; i++) {
			cell_reset(&o->cell);
			gac_buf_printf(&o->cell, "%s list_total", names[i]);
			gac_buf_puts(&o->b, ",");
			gac_csv_field(&o->b, o->cell.failed ? "" : o->cell.data);
		}
		gac_buf_puts(&o->b, "\r\n");
		if (o->naxes == 2 && o->axes[1].steps <= SWEEP_CACHE) {
			o->axis1 = gac_calloc(o->axes[1].steps, sizeof *o->axis1);
			o->axis1_len = gac_calloc(o->axes[1].steps, sizeof *o->axis1_len);
			if (!o->axis1 || !o->axis1_len)
				return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			o->axis1_count = o->axes[1].steps;
		}
		return sweep_flush(o, false, err);
	}
	/* JSON: the frame gac_report_sweep writes, rows cut out at a marker */
	json_t *root = json_object(), *rows = json_array(), *paths = json_array(), *opts = json_array();
	int bad = !root || !rows || !paths || !opts;
	for (size_t k = 0; !bad && k < o->naxes; k++)
		bad |= json_array_append_new(paths, json_string(o->axes[k].path));
	for (size_t i = 0; !bad && i < nopt; i++)
		bad |= json_array_append_new(opts, json_string(names[i]));
	bad |= !bad && json_array_append_new(rows, json_string("genaicost-sweep-rows"));
	if (bad) {
		json_decref(root);
		json_decref(rows);
		json_decref(paths);
		json_decref(opts);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	/* each value root's from here, set or not; a member lost is out of memory */
	bad |= jset(root, "genaicost", json_string("sweep/2"));
	bad |= jset(root, "currency", json_string(o->cur ? o->cur : ""));
	bad |= jset(root, "paths", paths);
	bad |= jset(root, "options", opts);
	bad |= jset(root, "rows", rows);
	char *frame = bad ? NULL : gac_json_finish(root);
	if (bad)
		json_decref(root);
	char *mark = frame ? strstr(frame, SWEEP_ROWS_MARK) : NULL;
	if (!mark) {
		free(frame);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	/* the marker's line starts with its indent, 4 spaces */
	gac_buf_putn(&o->b, frame, (size_t)(mark - frame) - 4);
	o->footer = gac_strdup(mark + strlen(SWEEP_ROWS_MARK));
	free(frame);
	if (!o->footer)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	return sweep_flush(o, false, err);
}

static gac_status sweep_out_row(void *ctx, size_t p, const double *values, const double *totals,
                                const double *lists, const double *needed, gac_error *err)
{
	sweep_out *o = ctx;
	if (o->f == GAC_FORMAT_CSV) {
		/* figures as gac_buf_exact writes them: digits, '.', '-', 'e'
		 * and '+' only, nothing a CSV field quotes */
		if (!o->last_text || values[0] != o->last) {
			cell_reset(&o->cell);
			gac_buf_exact(&o->cell, values[0]);
			free(o->last_text);
			if (!(o->last_text = o->cell.failed ? NULL : gac_strdup(o->cell.data)))
				return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			o->last = values[0];
			o->last_len = o->cell.len;
		}
		gac_buf_putn(&o->b, o->last_text, o->last_len);
		if (o->naxes == 2) {
			size_t i1 = p % o->axes[1].steps;
			gac_buf_putn(&o->b, ",", 1);
			if (o->axis1 && !o->axis1[i1]) {
				cell_reset(&o->cell);
				gac_buf_exact(&o->cell, values[1]);
				if (o->cell.failed || !(o->axis1[i1] = gac_strdup(o->cell.data)))
					return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
				o->axis1_len[i1] = o->cell.len;
			}
			if (o->axis1)
				gac_buf_putn(&o->b, o->axis1[i1], o->axis1_len[i1]);
			else
				gac_buf_exact(&o->b, values[1]);
		}
		for (size_t i = 0; i < o->nopt; i++) {
			gac_buf_putn(&o->b, ",", 1);
			gac_buf_exact(&o->b, totals[i]);
		}
		for (size_t i = 0; i < o->nopt; i++)
			gac_buf_puts(&o->b, isnan(needed[i]) ? ",false" : ",true");
		for (size_t i = 0; o->lists && lists && i < o->nopt; i++) {
			gac_buf_putn(&o->b, ",", 1);
			gac_buf_exact(&o->b, lists[i]);
		}
		gac_buf_putn(&o->b, "\r\n", 2);
		return sweep_flush(o, false, err);
	}
	/* JSON: the row as gac_report_sweep builds it, indented two levels */
	json_t *row = json_object(), *list = json_object(), *units = json_object();
	int bad = !row || !list || !units;
	for (size_t k = 0; !bad && k < o->naxes; k++)
		bad |= jset(row, o->axes[k].path, json_real(values[k]));
	for (size_t i = 0; !bad && i < o->nopt; i++)
		bad |= jset(row, o->names[i], json_real(totals[i]));
	for (size_t i = 0; !bad && i < o->nopt; i++) {
		bad |= jset(list, o->names[i], json_boolean(!isnan(needed[i])));
		if (!isnan(needed[i]))
			bad |= jset(units, o->names[i], json_real(needed[i]));
	}
	if (!bad) {
		bad |= jset(row, "under_capacity", list);
		list = NULL;
		bad |= jset(row, "units_needed", units);
		units = NULL;
	}
	if (!bad && o->lists && lists) {
		json_t *lt = json_object();
		for (size_t i = 0; lt && i < o->nopt; i++)
			bad |= jset(lt, o->names[i], json_real(lists[i]));
		bad |= jset(row, "list_total", lt);
	}
	cell_reset(&o->cell);
	if (!bad)
		bad |= json_dump_callback(row, dump_to_buf, &o->cell, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
		                                                       JSON_REAL_PRECISION(17));
	json_decref(row);
	json_decref(list);
	json_decref(units);
	if (bad || o->cell.failed)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	gac_buf_puts(&o->b, p ? ",\n    " : "    ");
	for (const char *q = o->cell.data, *nl; q; q = nl ? nl + 1 : NULL) {
		nl = memchr(q, '\n', o->cell.len - (size_t)(q - o->cell.data));
		gac_buf_putn(&o->b, q, nl ? (size_t)(nl - q) : o->cell.len - (size_t)(q - o->cell.data));
		if (nl)
			gac_buf_puts(&o->b, "\n    ");
	}
	return sweep_flush(o, false, err);
}

gac_status gac_sweep_write(const gac_scenario *scenario, const gac_sheet *sheet, gac_sweep_axis *const *axis_list,
                           size_t axis_count, const char *currency, gac_format f, unsigned flags,
                           gac_write_fn write, void *ctx, gac_error *err)
{
	gac_sweep_axis axes[2];
	if (!scenario || !sheet || gac_sweep_axes_gather(axes, axis_list, axis_count) != GAC_OK || !write)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no scenario, sheet, axes or writer");
	if (f != GAC_FORMAT_CSV && f != GAC_FORMAT_JSON) {
		/* aligned columns and a chart over every point: built whole */
		gac_sweep *w = NULL;
		char *text = NULL;
		gac_status st = gac_sweep_run_axes(&w, scenario, sheet, axes, axis_count, err);
		if (st == GAC_OK && gac_report_sweep_axes(&text, w, axes, axis_count, currency, f, flags) != GAC_OK)
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		if (st == GAC_OK && write(ctx, text, strlen(text)) != 0)
			st = gac_fail(err, GAC_EIO, NULL, 0, 0, "the sweep's report could not be written");
		free(text);
		gac_sweep_free(w);
		return st;
	}
	sweep_out o = {.axes = axes, .naxes = axis_count, .cur = currency, .f = f, .write = write, .ctx = ctx};
	gac_sweep_sink sink = {.start = sweep_out_start, .row = sweep_out_row, .ctx = &o};
	gac_status st = gac_sweep_each(scenario, sheet, axes, axis_count, &sink, err);
	if (st == GAC_OK && o.footer) {
		gac_buf_puts(&o.b, o.footer);
		st = sweep_flush(&o, true, err);
	} else if (st == GAC_OK) {
		st = sweep_flush(&o, true, err);
	}
	free(o.footer);
	free(o.last_text);
	for (size_t i = 0; i < o.axis1_count; i++)
		free(o.axis1[i]);
	free(o.axis1);
	free(o.axis1_len);
	gac_buf_free(&o.b);
	gac_buf_free(&o.cell);
	return st;
}

static void sensitivity_explain(gac_buf *b, const gac_sensitivity *s, double swing, const char *cur, bool md)
{
	const char *in = md ? "- " : "  ";
	gac_buf_printf(b, "\n%sHow each input was moved\n\n", md ? "#### " : "");
	gac_buf_puts(b, "Every input is set to its low and its high value in turn, the rest as written, and the "
	                "scenario priced at each: swing = |total at high - total at low|.  Low and high are the "
	                "value × (1 - swing) and × (1 + swing), or the range declared under ranges:; fractions stay "
	                "within 0..1 and whole counts are rounded.\nTotal as written: ");
	gac_money(b, gac_sensitivity_base(s), cur);
	gac_buf_puts(b, "\n");
	double list = gac_sensitivity_list_base(s);
	if (!isnan(list)) {
		gac_buf_puts(b, "At list prices (the sum of quantity × the sheet's list price), unrounded: ");
		gac_buf_exact(b, list);
		gac_buf_puts(b, "; negotiated saving = ");
		gac_buf_exact(b, list);
		gac_buf_puts(b, " − ");
		gac_buf_exact(b, gac_sensitivity_base(s));
		gac_buf_puts(b, " = ");
		gac_buf_exact(b, list - gac_sensitivity_base(s));
		gac_buf_printf(b, " %s\n", cur ? cur : "");
	}
	for (size_t i = 0; i < gac_sensitivity_count(s); i++) {
		const gac_sensitivity_item *x = gac_sensitivity_at(s, i);
		if (x->swing == 0)
			continue;
		bool plain = x->low == x->value * (1 - swing) && x->high == x->value * (1 + swing);
		gac_buf_printf(b, "%s%s = ", in, x->path);
		gac_buf_num(b, "%.10g", x->value);
		gac_buf_puts(b, ": low ");
		gac_buf_num(b, "%.10g", x->low);
		if (plain) {
			gac_buf_puts(b, " (× ");
			gac_buf_exact(b, 1 - swing);
			gac_buf_puts(b, ")");
		}
		gac_buf_puts(b, " → total ");
		gac_money(b, x->total_low, cur);
		gac_buf_puts(b, "; high ");
		gac_buf_num(b, "%.10g", x->high);
		if (plain) {
			gac_buf_puts(b, " (× ");
			gac_buf_exact(b, 1 + swing);
			gac_buf_puts(b, ")");
		}
		gac_buf_puts(b, " → total ");
		gac_money(b, x->total_high, cur);
		gac_buf_puts(b, "; swing |");
		gac_money(b, x->total_high, cur);
		gac_buf_puts(b, " - ");
		gac_money(b, x->total_low, cur);
		gac_buf_puts(b, "| = ");
		gac_money(b, x->swing, cur);
		if (x->clamped_low || x->clamped_high)
			gac_buf_printf(b, " (%s clamped: the scenario refuses the full move, so the input went as far "
			                  "as it takes, found by bisection)",
			               x->clamped_low && x->clamped_high ? "both ends" : x->clamped_low ? "low" : "high");
		else if (!plain)
			gac_buf_puts(b, " (range declared, or rounded)");
		gac_buf_puts(b, "\n");
	}
}

gac_status gac_report_sensitivity(char **out, const gac_sensitivity *s, double swing, const char *cur,
                                  gac_format f, unsigned flags)
{
	static const char *const headers[] = {"Input", "Value", "Low", "High", "Total at low", "Total at high",
	                                      "Swing", "Clamped"};
	static const bool right[] = {false, true, true, true, true, true, true, false};
	if (!out || !s)
		return GAC_EARG;
	size_t n = gac_sensitivity_count(s), moving = 0;
	for (size_t i = 0; i < n; i++)
		moving += gac_sensitivity_at(s, i)->swing > 0;
	if (f == GAC_FORMAT_JSON) {
		json_t *root = json_object(), *arr = json_array();
		int bad = !root || !arr;
		for (size_t i = 0; !bad && i < n; i++) {
			const gac_sensitivity_item *x = gac_sensitivity_at(s, i);
			json_t *o = json_pack("{s:s, s:f, s:f, s:f, s:f, s:f, s:f, s:b, s:b, s:b}", "path", x->path, "value",
			                      x->value, "low", x->low, "high", x->high, "total_low", x->total_low,
			                      "total_high", x->total_high, "swing", x->swing, "clamped",
			                      x->clamped_low || x->clamped_high, "clamped_low", x->clamped_low,
			                      "clamped_high", x->clamped_high);
			bad |= !o || json_array_append_new(arr, o);
		}
		if (bad) {
			json_decref(root);
			json_decref(arr);
			return gac_json_status(NULL);
		}
		bad |= jset(root, "genaicost", json_string("sensitivity/1"));
		bad |= jset(root, "currency", json_string(cur ? cur : ""));
		bad |= jset(root, "swing", gac_jreal(swing));
		bad |= jset(root, "total", gac_jreal(gac_sensitivity_base(s)));
		if (!isnan(gac_sensitivity_list_base(s))) {
			bad |= jset(root, "list_total", gac_jreal(gac_sensitivity_list_base(s)));
			bad |= jset(root, "negotiated_saving",
			            gac_jreal(gac_sensitivity_list_base(s) - gac_sensitivity_base(s)));
		}
		bad |= jset(root, "inputs", arr);  /* root's, set or not */
		json_t *un = json_array();
		for (size_t i = 0; un && i < gac_sensitivity_unranked_count(s); i++)
			bad |= json_array_append_new(un, json_string(gac_sensitivity_unranked(s, i)));
		bad |= !un || jset(root, "unranked", un);
		if (bad) {
			json_decref(root);
			return gac_json_status(NULL);
		}
		*out = gac_json_finish(root);
		return gac_json_status(*out);
	}
	gac_buf b = {0};
	if (f != GAC_FORMAT_CSV) {
		gac_buf_puts(&b, f == GAC_FORMAT_MARKDOWN ? "### genaicost sensitivity\n\n" : "Sensitivity: ");
		gac_buf_puts(&b, "each input moved down and up by ");
		gac_buf_num(&b, "%g%%", 100 * swing);
		gac_buf_puts(&b, " (or across the range the scenario declares) from a total of ");
		gac_money(&b, gac_sensitivity_base(s), cur);
		if (!isnan(gac_sensitivity_list_base(s))) {
			gac_buf_puts(&b, " (");
			gac_money(&b, gac_sensitivity_list_base(s), cur);
			gac_buf_puts(&b, " at list prices, a negotiated saving of ");
			gac_money(&b, gac_sensitivity_list_base(s) - gac_sensitivity_base(s), cur);
			gac_buf_puts(&b, ")");
		}
		gac_buf_puts(&b, f == GAC_FORMAT_MARKDOWN ? "\n\n" : "\n\n");
	}
	gac_table t;
	gac_table_init(&t, f == GAC_FORMAT_CSV ? 8 : 7, headers, right);
	size_t clamped = 0;
	for (size_t i = 0; i < n; i++) {
		const gac_sensitivity_item *x = gac_sensitivity_at(s, i);
		clamped += x->swing != 0 && (x->clamped_low || x->clamped_high);
		if (x->swing == 0 && f != GAC_FORMAT_CSV)
			continue;
		gac_buf c = {0};
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, x->path);
		double v[3] = {x->value, x->low, x->high};
		for (int k = 0; k < 3; k++) {
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&c, v[k]);
			else
				quantity(&c, v[k]);
			/* an end the scenario refused, moved as far as it takes */
			if ((k == 1 && x->clamped_low) || (k == 2 && x->clamped_high))
				gac_buf_puts(&c, f == GAC_FORMAT_CSV ? "" : "*");
			gac_table_set_buf(&t, 1 + (size_t)k, &c);
		}
		if (f == GAC_FORMAT_CSV)
			gac_table_set(&t, 7, x->clamped_low && x->clamped_high ? "both"
			                     : x->clamped_low ? "low" : x->clamped_high ? "high" : "");
		double m[3] = {x->total_low, x->total_high, x->swing};
		for (int k = 0; k < 3; k++) {
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&c, m[k]);
			else
				gac_money(&c, m[k], cur);
			gac_table_set_buf(&t, 4 + (size_t)k, &c);
		}
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (f == GAC_FORMAT_TABLE && moving) {
		/* the tornado: each bar spans total at low to total at high */
		enum { W = 50 };
		double lo = INFINITY, hi = -INFINITY;
		size_t width = 0;
		for (size_t i = 0; i < n; i++) {
			const gac_sensitivity_item *x = gac_sensitivity_at(s, i);
			if (x->swing == 0)
				continue;
			lo = fmin(lo, fmin(x->total_low, x->total_high));
			hi = fmax(hi, fmax(x->total_low, x->total_high));
			size_t l = strlen(x->path);
			width = l > width ? l : width;
		}
		if (!(hi > lo))
			hi = lo + 1;
		double base = gac_sensitivity_base(s);
		int mid = (int)llround((base - lo) / (hi - lo) * (W - 1));
		gac_buf_puts(&b, "\n");
		for (size_t i = 0; i < n && i < 20; i++) {
			const gac_sensitivity_item *x = gac_sensitivity_at(s, i);
			if (x->swing == 0)
				continue;
			int a = (int)llround((fmin(x->total_low, x->total_high) - lo) / (hi - lo) * (W - 1));
			int z = (int)llround((fmax(x->total_low, x->total_high) - lo) / (hi - lo) * (W - 1));
			gac_buf_printf(&b, "%*s ", (int)width, x->path);
			for (int col = 0; col < W; col++)
				gac_buf_puts(&b, col >= a && col <= z ? (col == mid ? "┃" : "█") : (col == mid ? "│" : " "));
			gac_buf_puts(&b, "\n");
		}
		gac_buf_printf(&b, "%*s ", (int)width, "");
		gac_buf x = {0}, y = {0};
		gac_money(&x, lo, cur);
		gac_money(&y, hi, cur);
		const char *xs = gac_buf_text(&b, &x), *ys = gac_buf_text(&b, &y);
		gac_buf_printf(&b, "%-*s%s\n", W - (int)strlen(ys), xs, ys);
		gac_buf_free(&x);
		gac_buf_free(&y);
		gac_buf_printf(&b, "%*s the line marks the total as written\n", (int)width, "");
	}
	if (f != GAC_FORMAT_CSV && clamped)
		gac_buf_printf(&b, "\n* the scenario refuses the full move on that side (a fraction past 1, a sum of "
		                   "fractions past 1, a maximum): the input is moved as far as it takes.\n");
	if (f != GAC_FORMAT_CSV && n > moving)
		gac_buf_printf(&b, "\n%zu other input%s do%s not move the total.\n", n - moving,
		               n - moving == 1 ? "" : "s", n - moving == 1 ? "es" : "");
	size_t nu = gac_sensitivity_unranked_count(s);
	if (f != GAC_FORMAT_CSV && nu) {
		/* the structural inputs left out, named: a few, then how many more */
		gac_buf_printf(&b, "%s%zu structural input%s not ranked (", n > moving ? "" : "\n", nu, nu == 1 ? "" : "s");
		for (size_t i = 0; i < nu && i < 4; i++)
			gac_buf_printf(&b, "%s%s", i ? ", " : "", gac_sensitivity_unranked(s, i));
		if (nu > 4)
			gac_buf_printf(&b, " and %zu more", nu - 4);
		gac_buf_puts(&b, "): name one with --vary to rank it.\n");
	}
	if ((flags & GAC_REPORT_EXPLAIN) && f != GAC_FORMAT_CSV)
		sensitivity_explain(&b, s, swing, cur, f == GAC_FORMAT_MARKDOWN);
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
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

static void bytes_words(gac_buf *b, size_t n)
{
	double mib = (double)n / (1 << 20);
	if (mib >= 1024)
		gac_buf_num(b, "%.1f GiB", mib / 1024);
	else
		gac_buf_num(b, "%.1f MiB", mib);
}

/* Which percentiles a run reports and why: exact while the totals (and
 * what ranking them takes) fit the memory cap, from the streamed summary
 * with its bound beyond. */
static void sim_memory_note(gac_buf *b, const gac_simulation *sim)
{
	bool dflt = false;
	size_t needed = 0, cap = gac_simulation_memory(sim, &dflt, &needed);
	if (gac_simulation_exact(sim)) {
		gac_buf_puts(b, "exact percentiles (the totals kept: ");
		bytes_words(b, needed);
		if (dflt) {
			gac_buf_puts(b, ", within a quarter of physical memory)");
			return;
		}
		gac_buf_puts(b, ", within the ");
		bytes_words(b, cap);
		gac_buf_puts(b, " memory cap)");
		return;
	}
	gac_buf_puts(b, "percentiles from a streamed summary within ");
	gac_buf_num(b, "%.3g", 100 * GAC_SIM_QUANTILE_ERROR);
	gac_buf_puts(b, "% (the totals would take ");
	bytes_words(b, needed);
	gac_buf_puts(b, dflt ? ", past a quarter of physical memory, " : ", past the ");
	bytes_words(b, cap);
	gac_buf_puts(b, dflt ? ")" : " memory cap)");
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
			bad |= !x || jset(x, "prob_under_capacity", gac_jreal(s->prob_under_capacity));
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
		gac_buf_printf(&b, "%sSimulation: %zu trials, seed %" PRIu64 ", ", f == GAC_FORMAT_MARKDOWN ? "### " : "",
		               gac_simulation_trials(sim), seed);
		sim_memory_note(&b, sim);
		gac_buf_puts(&b, ", ");
		gac_buf_user(&b, cur ? cur : "", f == GAC_FORMAT_MARKDOWN);
		gac_buf_puts(&b, " per month\n\n");
	}
	gac_table t;
	gac_table_init(&t, has_list ? 15 : 13, headers, right);
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
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (f == GAC_FORMAT_CSV) {
		*out = gac_buf_take(&b);
		return gac_json_status(*out);
	}
	if (gac_simulation_fallbacks(sim, NULL) > 0)
		gac_buf_printf(&b, "\n%zu option-trials crossed a branch of the compiled plan and were priced by the "
		                   "cost engine.\n", gac_simulation_fallbacks(sim, NULL));
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
		gac_buf_printf(&b, "%s %s ", o ? "," : "", x->name);
		gac_money(&b, x->se_mean, cur);
		gac_buf_puts(&b, "; ");
		if (isnan(x->se_p95))
			gac_buf_puts(&b, "-");
		else
			gac_money(&b, x->se_p95, cur);
	}
	gac_buf_puts(&b, "\n");
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
		gac_buf_num(&x, "%.6g", obs);
		gac_buf_puts(&x, " (");
		gac_buf_num(&x, "%.6g", exp_);
		gac_buf_puts(&x, ")");
		gac_table_set_buf(&ti, 1, &x);
		for (size_t o = 0; o < no; o++) {
			double r = gac_simulation_rank_correlation(sim, i, o);
			if (isnan(r))
				gac_buf_puts(&x, "-");  /* streaming: no ranks without the totals */
			else
				gac_buf_num(&x, "%+.3f", r);
			gac_table_set_buf(&ti, o + 2, &x);
		}
	}
	gac_table_render(&b, &ti, f);
	gac_table_free(&ti);
	free(hdr);
	free(rt);
	if (f == GAC_FORMAT_TABLE) {
		enum { BINS = 12, W = 40 };
		for (size_t o = 0; o < no; o++) {
			double edges[BINS + 1], counts[BINS], top = 0;
			if (gac_simulation_histogram(sim, o, BINS, edges, counts) != GAC_OK)
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

/* The report of one estimate: line items, provisioned throughput,
 * topology, drivers, as text, Markdown, CSV and JSON. */
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

/* The first provisioned entry whose units do not carry the peak load. */
const gac_provisioned *gac_under_entry(const gac_result *r)
{
	for (size_t i = 0; i < gac_result_provisioned_count(r); i++)
		if (gac_result_provisioned(r, i)->under_capacity)
			return gac_result_provisioned(r, i);
	return NULL;
}

/* The one flag every report shows for an option under capacity. */
void gac_too_few(gac_buf *b, double needed)
{
	gac_buf_puts(b, "TOO FEW (needs ");
	gac_buf_exact(b, needed);
	gac_buf_puts(b, needed == 1 ? " unit)" : " units)");
}

/* "Prices: NAME (as of DATE)", the sheet's text escaped in Markdown */
void gac_prices_line(gac_buf *b, const gac_sheet *sh, bool md)
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
	/* as provisioned units': the overflow share is an upper bound, so what
	 * the reservation carries is a lower one */
	gac_buf_puts(b, p->overflow_share > 0 ? " output tokens/min; utilisation at least "
	                                      : " output tokens/min; utilisation ");
	gac_buf_num(b, "%.1f%%", 100.0 * p->utilisation);
	if (p->overflow_share > 0)
		gac_buf_puts(b, " (the overflow share is an upper bound, exact for a flat load); the load above it "
		             "goes to the Standard tier");
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
				gac_too_few(b, p->units_needed);
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
			if (p->capacity_source && strcmp(p->capacity_source, "scenario")) {
				/* the sheet's words: escaped in Markdown */
				gac_buf_puts(b, " (an assumption, from ");
				gac_buf_user(b, p->capacity_source, md);
				gac_buf_puts(b, ")");
			}
			else
				gac_buf_puts(b, " (an assumption set in the scenario: AWS does not publish it)");
		}
		gac_buf_puts(b, md ? "  \n  " : "\n    ");
		if (!isnan(p->utilisation)) {
			/* the overflow share is an upper bound: what the units carry, a lower one */
			gac_buf_puts(b, p->overflow_share > 0 ? "utilisation at least " : "utilisation ");
			gac_buf_num(b, "%.1f%%", 100.0 * p->utilisation);
			if (p->overflow_share > 0)
				gac_buf_puts(b, " (the overflow share is an upper bound, exact for a flat load)");
			gac_buf_puts(b, "; ");
		}
		gac_buf_grouped(b, p->tokens_per_month, 0);
		if (p->overflow_share > 0 && !p->overflow_on_demand) {
			/* throttled: what the units serve, not what was asked */
			gac_buf_puts(b, " tokens served a month (");
			gac_buf_grouped(b, p->overflow_input_tokens + p->overflow_output_tokens, 0);
			gac_buf_puts(b, " throttled, not served)");
		} else {
			gac_buf_puts(b, " tokens a month");
		}
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

/* --explain: the compiled plan the line formulas were printed from, and
 * what it gave evaluated again (the figure analyses compute per trial). */
static void plan_note(gac_table *t, const gac_result *r, const char *cur)
{
	size_t lines = 0, opaque = 0, guards = 0;
	double total = NAN;
	bool evaluated = gac_result_plan(r, &lines, &opaque, &guards, &total);
	if (lines + opaque == 0)
		return;
	gac_buf x = {0};
	gac_table_row(t, GAC_ROW_NOTE);
	gac_buf_printf(&x, "= the compiled plan: %zu line formula%s, %zu guard%s (the branches it took, checked at each "
	               "evaluation)", lines, lines == 1 ? "" : "s", guards, guards == 1 ? "" : "s");
	if (evaluated) {
		gac_buf_puts(&x, "; evaluated again it gives ");
		gac_buf_exact(&x, total);
		gac_buf_printf(&x, " %s, the total above to the last bit", cur);
	} else {
		gac_buf_printf(&x, "; %zu line%s without a formula: analyses price this scenario with the engine", opaque, opaque == 1 ? "" : "s");
	}
	gac_table_set_buf(t, 0, &x);
}

int gac_json_plan(json_t *o, const gac_result *r, unsigned flags)
{
	size_t lines = 0, opaque = 0, guards = 0;
	double total = NAN;
	bool evaluated = gac_result_plan(r, &lines, &opaque, &guards, &total);
	if (!(flags & GAC_REPORT_EXPLAIN) || lines + opaque == 0)
		return 0;
	json_t *p = json_object();
	if (!p)
		return 1;
	int bad = 0;
	bad |= jset(p, "formulas", json_integer((json_int_t)lines));
	bad |= jset(p, "without_formula", json_integer((json_int_t)opaque));
	bad |= jset(p, "guards", json_integer((json_int_t)guards));
	bad |= jset(p, "total", evaluated ? gac_jreal(total) : json_null());
	if (bad) {
		json_decref(p);
		return 1;
	}
	return jset(o, "plan", p);
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

void gac_availability_cell(gac_buf *b, const gac_topology_info *t)
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

void gac_downtime_cell(gac_buf *b, double hours)
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
	gac_availability_cell(b, t);
	gac_buf_printf(b, " (%s, %zu region%s × ", t->strategy, t->regions, t->regions == 1 ? "" : "s");
	gac_buf_exact(b, t->azs_per_region);
	gac_buf_puts(b, t->azs_per_region == 1 ? " AZ); expected downtime " : " AZs); expected downtime ");
	gac_downtime_cell(b, t->downtime_hours);
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
	gac_unit_price(b, gac_c_strtod(text, NULL), currency);
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
	gac_quantity(&x, l->quantity);
	gac_table_set_buf(t, 3, &x);
	gac_table_set(t, 4, l->unit);
	gac_unit_price(&x, l->unit_price, cur);
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

char *gac_estimate_text(const gac_result *r, const gac_scenario *sc, const gac_sheet *sh,
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
		gac_prices_line(&b, sh, md);
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
			gac_quantity(&x, l->quantity);
			gac_table_set_buf(&t, 3, &x);
			gac_table_set(&t, 4, l->unit);
			if (ov) {
				gac_unit_price(&x, l->list_price, cur);
				gac_table_set_buf(&t, 5, &x);
				if (l->list_price != 0)
					gac_buf_num(&x, "%.4g%%", 100.0 * line_discount(l));
				else
					gac_buf_puts(&x, "-");
				gac_table_set_buf(&t, 6, &x);
				net_price(&x, l->unit_price, cur);
			} else {
				gac_unit_price(&x, l->unit_price, cur);
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
		plan_note(&t, r, cur);
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

json_t *gac_json_provisioned(const gac_result *r, unsigned flags)
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

json_t *gac_json_topology(const gac_result *r)
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

/* Every input the scenario was priced from (gac_inputs_collect) into
 * `o`, so a saved report tells diff and check what changed; nonzero on
 * failure. */
int gac_scenario_inputs(json_t *o, const gac_scenario *sc)
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
int gac_retired_warnings(json_t *arr, const gac_result *r, const gac_sheet *sh)
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
int gac_set_warnings(json_t *root, json_t *w)
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
	bad |= gac_json_plan(root, r, flags);
	bad |= gac_scenario_inputs(inputs, sc);
	bad |= jset(root, "inputs", inputs);
	bad |= jset(root, "under_capacity", json_boolean(gac_result_under_capacity(r, NULL)));
	bad |= jset(root, "provisioned", gac_json_provisioned(r, flags));
	bad |= jset(root, "topology", gac_json_topology(r));
	json_t *warn = json_array();
	if (warn)
		bad |= gac_retired_warnings(warn, r, sh);
	bad |= gac_set_warnings(root, warn);
	if (bad) {
		json_decref(root);
		return NULL;
	}
	return gac_json_finish(root);
}

gac_status gac_report(char **out, const gac_result *r, const gac_scenario *sc, const gac_sheet *sh,
                      gac_format f, unsigned flags)
{
	if (!out || !r || !sc || !sh)
		return GAC_EARG;
	*out = NULL;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	*out = f == GAC_FORMAT_JSON ? report_json(r, sc, sh, flags) : gac_estimate_text(r, sc, sh, f, flags);
	return gac_json_status(*out);
}

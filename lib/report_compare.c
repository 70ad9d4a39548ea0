/* The report of a comparison of options, and its total cost of ownership. */
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
		gac_prices_line(&b, sh, md);
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
		const gac_provisioned *under = gac_under_entry(r);
		if (f == GAC_FORMAT_CSV) {
			gac_table_set(&t, 0, gac_comparison_name(c, i));
			gac_table_set(&t, flag_col, under ? "true" : "false");
		} else {
			gac_buf_printf(&x, "%s%s", gac_comparison_name(c, i), i == best ? " (cheapest)" : "");
			if (under) {
				gac_buf_puts(&x, " ");
				gac_too_few(&x, under->units_needed);
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
				gac_availability_cell(&x, ti);
				gac_table_set_buf(&t, avail_col, &x);
				gac_downtime_cell(&x, ti->downtime_hours);
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
			gac_buf_puts(&b, "\nCheapest: ");
			gac_buf_user(&b, gac_comparison_name(c, best), md);
			gac_buf_puts(&b, " at ");
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
			const gac_provisioned *p = gac_under_entry(gac_comparison_result(c, i));
			if (!p)
				continue;
			/* names from the scenario and the sheet: escaped in Markdown */
			gac_buf_user(&b, gac_comparison_name(c, i), md);
			gac_buf_puts(&b, " is under capacity: ");
			gac_buf_user(&b, p->model, md);
			gac_buf_puts(&b, " for ");
			gac_buf_user(&b, p->workloads, md);
			gac_buf_puts(&b, " bills ");
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
				char *part = gac_estimate_text(gac_comparison_result(c, i), sc, sh, f,
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
		bad |= jset(o, "topology", gac_json_topology(r));
		bad |= jset(o, "provisioned", gac_json_provisioned(r, flags));
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
		bad |= gac_json_plan(o, r, flags);
		bad |= json_array_append_new(arr, o);
	}
	json_t *warn = json_array();
	for (size_t i = 0; warn && !bad && i < gac_comparison_count(c); i++)
		bad |= gac_retired_warnings(warn, gac_comparison_result(c, i), sh);
	bad |= jset(root, "options", arr);
	bad |= gac_set_warnings(root, warn);
	if (months)
		bad |= jset(root, "tco_months", json_integer((json_int_t)months));
	json_t *inputs = json_object();
	bad |= gac_scenario_inputs(inputs, sc);
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
		gac_buf_printf(b, "\n#### Total cost of ownership, cumulative over %zu month%s\n\n", months,
		               months == 1 ? "" : "s");
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
	*out = NULL;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
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

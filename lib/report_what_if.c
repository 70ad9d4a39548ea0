/* The report of a what-if: the lines that moved, old against new. */
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
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
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
			const gac_provisioned *p = gac_under_entry(side ? z : a);
			if (!p)
				continue;
			gac_buf_printf(&b, "%s: ", side ? "After" : "Before");
			gac_too_few(&b, p->units_needed);
			/* names from the scenario and the sheet: escaped in Markdown */
			gac_buf_puts(&b, ": ");
			gac_buf_user(&b, p->model, f == GAC_FORMAT_MARKDOWN);
			gac_buf_puts(&b, " for ");
			gac_buf_user(&b, p->workloads, f == GAC_FORMAT_MARKDOWN);
			gac_buf_puts(&b, " bills ");
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

/* The report of a sensitivity analysis: the tornado of swings. */
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
		gac_buf_puts(b, in);
		gac_buf_user(b, x->path, md);
		gac_buf_puts(b, " = ");
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
		if (!isnan(x->elasticity)) {
			gac_buf_puts(b, "; slope d total / d input = ");
			gac_buf_exact(b, x->slope);
			gac_buf_puts(b, ", elasticity = slope × ");
			gac_buf_num(b, "%.10g", x->value);
			gac_buf_puts(b, " / ");
			gac_buf_exact(b, gac_sensitivity_base(s));
			gac_buf_puts(b, " = ");
			gac_buf_exact(b, x->elasticity);
		}
		gac_buf_puts(b, "\n");
	}
}

gac_status gac_report_sensitivity(char **out, const gac_sensitivity *s, double swing, const char *cur,
                                  gac_format f, unsigned flags)
{
	/* CSV keeps its columns in place and adds the new at the end */
	static const char *const headers[] = {"Input", "Value", "Low", "High", "Total at low", "Total at high",
	                                      "Swing", "Elasticity"};
	static const char *const csv_headers[] = {"Input", "Value", "Low", "High", "Total at low", "Total at high",
	                                          "Swing", "Clamped", "Slope", "Elasticity"};
	static const bool right[] = {false, true, true, true, true, true, true, true, false, true, true};
	if (!out || !s)
		return GAC_EARG;
	*out = NULL;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	size_t n = gac_sensitivity_count(s), moving = 0;
	for (size_t i = 0; i < n; i++)
		moving += gac_sensitivity_at(s, i)->swing > 0;
	if (f == GAC_FORMAT_JSON) {
		json_t *root = json_object(), *arr = json_array();
		int bad = !root || !arr;
		for (size_t i = 0; !bad && i < n; i++) {
			const gac_sensitivity_item *x = gac_sensitivity_at(s, i);
			json_t *o = json_pack("{s:s, s:f, s:f, s:f, s:f, s:f, s:f, s:b, s:b, s:b, s:o, s:o}", "path", x->path,
			                      "value", x->value, "low", x->low, "high", x->high, "total_low", x->total_low,
			                      "total_high", x->total_high, "swing", x->swing, "clamped",
			                      x->clamped_low || x->clamped_high, "clamped_low", x->clamped_low,
			                      "clamped_high", x->clamped_high, "slope",
			                      isnan(x->slope) ? json_null() : gac_jreal(x->slope), "elasticity",
			                      isnan(x->elasticity) ? json_null() : gac_jreal(x->elasticity));
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
	gac_table_init(&t, f == GAC_FORMAT_CSV ? 10 : 8, f == GAC_FORMAT_CSV ? csv_headers : headers, right);
	size_t no_slope = 0;
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
				gac_quantity(&c, v[k]);
			/* an end the scenario refused, moved as far as it takes */
			if ((k == 1 && x->clamped_low) || (k == 2 && x->clamped_high))
				gac_buf_puts(&c, f == GAC_FORMAT_CSV ? "" : "*");
			gac_table_set_buf(&t, 1 + (size_t)k, &c);
		}
		if (f == GAC_FORMAT_CSV) {
			gac_table_set(&t, 7, x->clamped_low && x->clamped_high ? "both"
			                     : x->clamped_low ? "low" : x->clamped_high ? "high" : "");
			/* empty where the plan cannot say */
			if (!isnan(x->slope))
				gac_buf_exact(&c, x->slope);
			gac_table_set_buf(&t, 8, &c);
			if (!isnan(x->elasticity))
				gac_buf_exact(&c, x->elasticity);
			gac_table_set_buf(&t, 9, &c);
		} else {
			no_slope += isnan(x->elasticity);
			if (isnan(x->elasticity))
				gac_buf_puts(&c, "—");
			else
				gac_buf_num(&c, "%.3g", x->elasticity == 0 ? 0 : x->elasticity);
			gac_table_set_buf(&t, 7, &c);
		}
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
	if (f != GAC_FORMAT_CSV && moving)
		gac_buf_printf(&b, "\nElasticity: the percent the total moves for a 1%% rise of the input, at the value "
		                   "written (the exact slope of the scenario's compiled plan × value / total)%s.\n",
		               no_slope ? "; — where the plan cannot say: a step of the bill (a mode, a count of "
		                          "units, a reservation's size)" : "");
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

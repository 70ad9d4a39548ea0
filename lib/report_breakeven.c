/* The break-even report: crossings, the range searched, capacity limits
 * and --explain's cost functions, in the four formats. */
#define _POSIX_C_SOURCE 200809L
#include "table.h"
#include "breakeven.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

static void num(char *buf, size_t n, double v)
{
	/* grouped, two decimals: 7,435,185.19 */
	char raw[64];
	/* past 1e15 a double has no cents: 15 digits in exponent form, not noise */
	if (!(fabs(v) < 1e15)) {
		snprintf(buf, n, "%.15g", v);
		return;
	}
	snprintf(raw, sizeof raw, "%.2f", v);
	char *dot = strchr(raw, '.');
	size_t intlen = dot ? (size_t)(dot - raw) : strlen(raw), o = 0, start = raw[0] == '-';
	for (size_t i = 0; i < strlen(raw) && o + 2 < n; i++) {
		if (i > start && i < intlen && (intlen - i) % 3 == 0)
			buf[o++] = ',';
		buf[o++] = raw[i];
	}
	buf[o] = '\0';
}

/* Option `opt` priced with `path` at `x` at list prices (*list) and as
 * billed (*net): false when it cannot be priced or has no
 * pricing_overrides, whose reports show the list figures. */
static bool list_at(double *list, double *net, const gac_scenario *sc, const gac_sheet *sheet, const char *opt,
                    const char *path, double x)
{
	gac_scenario *v = NULL;
	gac_result *r = NULL;
	bool ok = sc && sheet && gac_scenario_with_option(&v, sc, opt, NULL) == GAC_OK &&
	          gac_scenario_set_number(v, path, x, NULL) == GAC_OK && gac_estimate(&r, v, sheet, NULL) == GAC_OK &&
	          gac_result_has_overrides(r);
	if (ok) {
		*list = gac_result_list_total(r);
		*net = gac_result_total(r);
	}
	gac_result_free(r);
	gac_scenario_free(v);
	return ok;
}

/* The four list totals at the range's ends, [a lo, b lo, a hi, b hi];
 * false when neither option prices with pricing_overrides. */
static bool list_ends(double out[4], const gac_scenario *sc, const gac_sheet *sheet, const char *path,
                      const char *a, const char *b, double lo, double hi)
{
	double net;
	bool any = false;
	const char *opt[] = {a, b, a, b};
	for (int k = 0; k < 4; k++) {
		double x = k < 2 ? lo : hi;
		if (list_at(&out[k], &net, sc, sheet, opt[k], path, x))
			any = true;
		else
			out[k] = NAN;
	}
	/* an option without overrides is billed at list: its own totals */
	return any;
}

/* Option `opt` priced with `path` at `x`, each line with its formula: the
 * cost function at a crossing, as the library computes it. */
/* A text from the scenario or the sheet as the report shows it: escaped
 * as Markdown text when md (into *b, reused), else as it is. */
static const char *shown(gac_buf *b, const char *s, bool md)
{
	if (!md)
		return s;
	b->len = 0;
	if (b->data)
		b->data[0] = 0;
	gac_md_text(b, s);
	return b->data && !b->failed ? b->data : "";
}

/* What a money figure is preceded by: "$" in dollars, else the code. */
static const char *money_sign(const gac_sheet *sheet, char *buf, size_t n)
{
	const char *cur = sheet ? gac_sheet_currency(sheet) : "USD";
	if (!strcmp(cur, "USD"))
		return "$";
	snprintf(buf, n, "%s ", cur);
	return buf;
}

static void explain_side(FILE *m, const gac_scenario *sc, const gac_sheet *sheet, const char *opt,
                         const char *shown_opt, const char *path, double x, bool md)
{
	char sign[16];
	const char *cs = money_sign(sheet, sign, sizeof sign);
	gac_buf t1 = {0}, t2 = {0}, t3 = {0};
	gac_scenario *v = NULL;
	gac_result *r = NULL;
	if (gac_scenario_with_option(&v, sc, opt, NULL) != GAC_OK || gac_scenario_set_number(v, path, x, NULL) != GAC_OK ||
	    gac_estimate(&r, v, sheet, NULL) != GAC_OK) {
		fprintf(m, "%s%s: could not be priced at this value\n", md ? "   - " : "    ", shown_opt);
	} else {
		char t[64];
		num(t, sizeof t, gac_result_total(r));
		const gac_line *o = gac_result_outage_line(r);
		if (o) {
			num(t, sizeof t, gac_result_risk_adjusted_total(r));
			fprintf(m, "%scost_%s(x) = the sum of %s's line items + its expected outage cost = %s%s:\n",
			        md ? "   - " : "    ", shown_opt, shown_opt, cs, t);
		} else {
			/* in Markdown an item of the crossing's, its lines items of its own */
			fprintf(m, "%scost_%s(x) = the sum of %s's line items = %s%s:\n", md ? "   - " : "    ", shown_opt,
			        shown_opt, cs, t);
		}
		for (size_t i = 0; i < gac_result_line_count(r); i++) {
			const gac_line *l = gac_result_line(r, i);
			fprintf(m, "%s%s %s: %s\n", md ? "     - " : "      ", shown(&t1, l->workload, md),
			        shown(&t2, l->component, md), shown(&t3, l->formula, md));
		}
		if (o)
			fprintf(m, "%s%s (not billed): %s\n", md ? "     - " : "      ", shown(&t1, o->component, md),
			        shown(&t2, o->formula, md));
		if (gac_result_has_overrides(r)) {
			char l[64], d[64];
			num(l, sizeof l, gac_result_list_total(r));
			num(d, sizeof d, gac_result_list_total(r) - gac_result_total(r));
			fprintf(m, "%sat list prices %s%s (the lines' quantities × list prices); negotiated saving %s%s\n",
			        md ? "     - " : "      ", cs, l, cs, d);
		}
	}
	gac_buf_free(&t1);
	gac_buf_free(&t2);
	gac_buf_free(&t3);
	gac_result_free(r);
	gac_scenario_free(v);
}

/* a, b, path: the names, to price with; da, db, dpath: as shown */
static void explain(FILE *m, const gac_break_even *be, const gac_scenario *sc, const gac_sheet *sheet,
                    const char *path, const char *a, const char *b, const char *dpath, const char *da,
                    const char *db, bool md)
{
	int logscale = 0;
	double step = gac_break_even_scan_step(be, &logscale);
	fprintf(m, "\n%sHow the break-even is found\n\n", md ? "#### " : "");
	fprintf(m, "f(x) = cost_%s(x) - cost_%s(x), each the monthly total with %s = x.  The range is scanned "
	           "%s for a change of sign of f; each is narrowed by Brent's method (GSL) until the bracket is "
	           "narrower than 1e-13 × x, or, for a whole count, reported at the first value past it.\n",
	        da, db, dpath, logscale ? "in log steps" : step == 1 ? "value by value" : "in even steps");
	const gac_be_stats *st = gac_break_even_stats(be);
	if (st->plan_evals == 0)
		fprintf(m, "\nSolved on the cost engine: %zu totals (no option's plan follows %s, or an expected outage "
		           "cost is priced, which the plans leave out).\n", st->engine_evals, dpath);
	else
		fprintf(m, "\nSolved on the compiled plans: %zu totals from the plans, %zu from the cost engine (of these, "
		           "%zu compiled a plan and %zu were priced there because a plan's guard broke: a unit step, a "
		           "tier, a threshold; one total can be both, so the two need not add up); %zu "
		           "of the %zu steps of the scan after its first point lay where both plans are straight lines and "
		           "f keeps its sign, and were not priced.\n",
		        st->plan_evals, st->engine_evals, st->compiles, st->fallbacks, st->skipped, st->scan_points);
	for (size_t i = 0; i < gac_break_even_count(be); i++) {
		const gac_crossing *x = gac_break_even_at(be, i);
		char v[64], l[64], h[64];
		num(v, sizeof v, x->value);
		num(l, sizeof l, x->bracket_lo);
		num(h, sizeof h, x->bracket_hi);
		fprintf(m, "\n%zu. x = %s", i + 1, v);
		if (x->iterations)
			fprintf(m, ": f changed sign between %s and %s; Brent took %d iteration%s to x\n", l, h,
			        x->iterations, x->iterations == 1 ? "" : "s");
		else
			fprintf(m, x->step ? ": the first value past the change of order\n" : ": f is 0 here on the scan\n");
		if (x->step && !isnan(x->below)) {
			/* a step: the cost functions either side of the jump */
			for (int k = 0; k < 2; k++) {
				double at = k ? x->above : x->below;
				fprintf(m, "%sjust %s the step, x = %.17g:\n", md ? "   - " : "    ", k ? "above" : "below", at);
				explain_side(m, sc, sheet, a, da, path, at, md);
				explain_side(m, sc, sheet, b, db, path, at, md);
			}
			continue;
		}
		explain_side(m, sc, sheet, a, da, path, x->value, md);
		explain_side(m, sc, sheet, b, db, path, x->value, md);
	}
}

/* The units an option's load needs at a crossing, or null where its
 * units carry it. */
static json_t *needed_json(double needed)
{
	return isnan(needed) ? json_null() : json_real(needed);
}

/* One side of a step for JSON: {value, cost_a, cost_b}, or null for a
 * crossing where the costs meet. */
static json_t *side_json(double value, double cost_a, double cost_b)
{
	if (isnan(value))
		return json_null();
	return json_pack("{s:f, s:f, s:f}", "value", value, "cost_a", cost_a, "cost_b", cost_b);
}

/* The document as text with a newline, or NULL; takes root.  Dumped
 * through a callback that remembers a failed append: json_dumps can drop
 * bytes when its buffer fails to grow (jansson 2.14 ignores that for
 * object keys) and still return text. */
typedef struct text_out {
	char *data;
	size_t len, cap;
	bool failed;
} text_out;

static int append_text(const char *s, size_t size, void *data)
{
	text_out *t = data;
	if (!t->failed && t->len + size + 2 > t->cap) {
		size_t cap = (t->len + size + 2) * 2;
		char *d = realloc(t->data, cap);
		if (d) {
			t->data = d;
			t->cap = cap;
		} else
			t->failed = true;
	}
	if (t->failed)
		return -1;
	memcpy(t->data + t->len, s, size);
	t->len += size;
	return 0;
}

static char *json_text(json_t *root)
{
	text_out t = {0};
	int rc = json_dump_callback(root, append_text, &t, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
	json_decref(root);
	if (rc != 0 || t.failed || !t.data) {
		free(t.data);
		return NULL;
	}
	memcpy(t.data + t.len, "\n", 2);  /* room kept by append_text */
	return t.data;
}

/* A side's capacity limit for JSON: {value, units, units_needed} or null. */
static json_t *limit_json(const gac_break_even *be, int side)
{
	double v, u, need;
	if (!gac_break_even_capacity_limit(be, side, &v, &u, &need))
		return json_null();
	return json_pack("{s:f, s:f, s:f}", "value", v, "units", u, "units_needed", need);
}

/* "N model unit(s)" */
static void units_text(char *buf, size_t n, double u)
{
	snprintf(buf, n, "%.15g model unit%s", u, u == 1 ? "" : "s");
}

static char *render(const gac_break_even *be, const char *path, const char *a, const char *b, double lo,
                    double hi, gac_format f, double tpm_per_unit, const gac_scenario *sc, const gac_sheet *sheet,
                    unsigned flags)
{
	size_t n = gac_break_even_count(be);
	double alo, blo, ahi, bhi;
	gac_break_even_ends(be, &alo, &blo, &ahi, &bhi);
	int logscale = 0;
	double step = gac_break_even_scan_step(be, &logscale);
	if (f == GAC_FORMAT_JSON) {
		/* every append checked: a report missing a member is worse than none */
		json_t *root = json_object(), *arr = json_array();
		int bad = !root || !arr;
		for (size_t i = 0; !bad && i < n; i++) {
			const gac_crossing *x = gac_break_even_at(be, i);
			bad |= json_array_append_new(arr, json_pack("{s:s, s:f, s:s, s:s, s:f, s:f, s:b, s:b, s:b, s:b, s:o, s:o, s:o, s:o}",
			                                            "path", path, "value", x->value, "a", a, "b", b, "cost_a",
			                                            x->cost_a, "cost_b", x->cost_b, "step", x->step,
			                                            "under_capacity_a", x->under_capacity_a,
			                                            "under_capacity_b", x->under_capacity_b,
			                                            "crossing_under_capacity",
			                                            x->under_capacity_a || x->under_capacity_b,
			                                            "below", side_json(x->below, x->cost_a_below, x->cost_b_below),
			                                            "above", side_json(x->above, x->cost_a_above, x->cost_b_above),
			                                            "units_needed_a", needed_json(x->needed_a),
			                                            "units_needed_b", needed_json(x->needed_b)));
		}
		if (bad) {
			json_decref(arr);
			json_decref(root);
			return NULL;
		}
		bad |= json_object_set_new(root, "genaicost", json_string("break-even/1"));
		bad |= json_object_set_new(root, "path", json_string(path));
		bad |= json_object_set_new(root, "a", json_string(a));
		bad |= json_object_set_new(root, "b", json_string(b));
		bad |= json_object_set_new(root, "range", json_pack("[f, f]", lo, hi));
		bad |= json_object_set_new(root, "scan_step", json_pack("{s:f, s:b}", "value", step, "ratio", logscale));
		bad |= json_object_set_new(root, "ends", json_pack("{s:f, s:f, s:f, s:f}", "cost_a_lo", alo, "cost_b_lo",
		                                                   blo, "cost_a_hi", ahi, "cost_b_hi", bhi));
		double le[4];
		if (list_ends(le, sc, sheet, path, a, b, lo, hi)) {
			const double net[4] = {alo, blo, ahi, bhi};
			for (int k = 0; k < 4; k++)
				if (isnan(le[k]))
					le[k] = net[k];
			bad |= json_object_set_new(root, "list_ends", json_pack("{s:f, s:f, s:f, s:f}", "cost_a_lo", le[0],
			                                                        "cost_b_lo", le[1], "cost_a_hi", le[2],
			                                                        "cost_b_hi", le[3]));
		}
		bad |= json_object_set_new(root, "capacity_limit", json_pack("{s:o, s:o}", "a", limit_json(be, 0), "b",
		                                                             limit_json(be, 1)));
		bad |= json_object_set_new(root, "risk_adjusted", json_boolean(gac_break_even_risk_adjusted(be)));
		const gac_be_stats *st = gac_break_even_stats(be);
		bad |= json_object_set_new(root, "solve", json_pack("{s:I, s:I, s:I, s:I, s:I, s:I}",
		                                                    "plan_evaluations", (json_int_t)st->plan_evals,
		                                                    "engine_evaluations", (json_int_t)st->engine_evals,
		                                                    "engine_fallbacks", (json_int_t)st->fallbacks,
		                                                    "plan_compiles", (json_int_t)st->compiles,
		                                                    "scan_points", (json_int_t)st->scan_points,
		                                                    "scan_points_skipped", (json_int_t)st->skipped));
		bad |= json_object_set_new(root, "break_even", arr);
		if (bad) {
			json_decref(root);
			return NULL;
		}
		return json_text(root);
	}
	char *out = NULL;
	size_t size = 0;
	FILE *m = open_memstream(&out, &size);
	if (!m)
		return NULL;
	char v1[64], v2[64], c1[64], c2[64];
	if (f == GAC_FORMAT_CSV) {
		fprintf(m, "path,value,a,b,cost_a,cost_b,step,under_capacity_a,under_capacity_b,"
		           "below,cost_a_below,cost_b_below,above,cost_a_above,cost_b_above\r\n");
		for (size_t i = 0; i < n; i++) {
			const gac_crossing *x = gac_break_even_at(be, i);
			fprintf(m, "%s,%.17g,%s,%s,%.17g,%.17g,%d,%d,%d", path, x->value, a, b, x->cost_a, x->cost_b,
			        x->step, x->under_capacity_a, x->under_capacity_b);
			/* a step's two sides; empty where the costs meet */
			if (isnan(x->below))
				fprintf(m, ",,,,,,\r\n");
			else
				fprintf(m, ",%.17g,%.17g,%.17g,%.17g,%.17g,%.17g\r\n", x->below, x->cost_a_below, x->cost_b_below,
				        x->above, x->cost_a_above, x->cost_b_above);
		}
	} else {
		bool md = f == GAC_FORMAT_MARKDOWN;
		/* the names as shown: escaped in Markdown; a, b and path price */
		gac_buf ba = {0}, bb = {0}, bp = {0};
		const char *ra = a, *rb = b, *rpath = path;
		a = shown(&ba, ra, md);
		b = shown(&bb, rb, md);
		path = shown(&bp, rpath, md);
		char sign[16];
		const char *cs = money_sign(sheet, sign, sizeof sign);
		num(v1, sizeof v1, lo);
		num(v2, sizeof v2, hi);
		fprintf(m, md ? "### Break-even: %s, %s against %s\n\n" : "Break-even: %s, %s against %s\n", path, a, b);
		fprintf(m, "Searched %s to %s.\n", v1, v2);
		if (gac_break_even_risk_adjusted(be))
			fprintf(m, "Costs are risk-adjusted: what is billed plus the expected outage cost (not billed).\n");
		fprintf(m, "\n");
		if (n == 0) {
			num(c1, sizeof c1, fmin(alo, blo));
			num(c2, sizeof c2, fmin(ahi, bhi));
			if (alo == blo && ahi == bhi)
				fprintf(m, "No break-even in this range: %s and %s cost the same throughout.\n", a, b);
			else
				/* equal at the low end (both free at 0): judge by the high end */
				fprintf(m, "No break-even in this range: %s is cheaper throughout (%s%s at %s, %s%s at %s).\n",
				        alo != blo ? (alo < blo ? a : b) : (ahi <= bhi ? a : b), cs, c1, v1, cs, c2, v2);
		}
		for (size_t i = 0; i < n; i++) {
			const gac_crossing *x = gac_break_even_at(be, i);
			num(v1, sizeof v1, x->value);
			num(c1, sizeof c1, x->cost_a);
			num(c2, sizeof c2, x->cost_b);
			if (x->step && !isnan(x->below)) {
				/* both sides of the jump; a side's value when it shows apart
				 * from the crossing's (a whole count's value before) */
				fprintf(m, "%s%zu. at %s the costs jump past each other (a step):", md ? "" : "  ", i + 1, v1);
				for (int k = 0; k < 2; k++) {
					char at[64];
					num(at, sizeof at, k ? x->above : x->below);
					num(c1, sizeof c1, k ? x->cost_a_above : x->cost_a_below);
					num(c2, sizeof c2, k ? x->cost_b_above : x->cost_b_below);
					fprintf(m, "%s just %s", k ? ";" : "", k ? "above" : "below");
					if (strcmp(at, v1))
						fprintf(m, " (at %s)", at);
					fprintf(m, ", %s %s%s and %s %s%s", a, cs, c1, b, cs, c2);
				}
				fprintf(m, "\n");
			} else if (x->step)
				fprintf(m, "%s%zu. at %s the costs jump past each other (a step): %s %s%s, %s %s%s\n",
				        md ? "" : "  ", i + 1, v1, a, cs, c1, b, cs, c2);
			else
				fprintf(m, "%s%zu. at %s both cost %s%s\n", md ? "" : "  ", i + 1, v1, cs, c1);
			if (tpm_per_unit > 0) {
				num(v2, sizeof v2, x->value * tpm_per_unit);
				fprintf(m, "%s   that is %s tokens a minute on average\n", md ? "" : "  ", v2);
			}
			for (int k = 0; k < 2; k++) {
				double u, need = k ? x->needed_b : x->needed_a;
				if (!(k ? x->under_capacity_b : x->under_capacity_a))
					continue;
				/* the units billed from the limit; the units needed at the crossing itself */
				gac_break_even_capacity_limit(be, k, NULL, &u, isnan(need) ? &need : NULL);
				units_text(c1, sizeof c1, u);
				fprintf(m, "%s   TOO FEW (needs %.15g unit%s): the crossing lies beyond what %s's %s carr%s\n",
				        md ? "" : "  ", need, need == 1 ? "" : "s", k ? b : a, c1, u == 1 ? "ies" : "y");
			}
		}
		for (int k = 0; k < 2; k++) {
			double lim, u, need;
			if (!gac_break_even_capacity_limit(be, k, &lim, &u, &need))
				continue;
			num(v1, sizeof v1, lim);
			units_text(c1, sizeof c1, u);
			if (lim == lo)
				fprintf(m, "\n%s is under capacity from %s: its %s carr%s less than the peak load (%.15g needed).\n",
				        k ? b : a, v1, c1, u == 1 ? "ies" : "y", need);
			else
				fprintf(m, "\n%s runs out of capacity at %s: beyond it its %s no longer carr%s the peak load "
				           "(%.15g needed), and the load above %s is throttled.\n",
				        k ? b : a, v1, c1, u == 1 ? "ies" : "y", need, u == 1 ? "it" : "them");
		}
		if (n) {
			int up = ahi <= bhi ? 0 : 1, down = alo <= blo ? 0 : 1;
			const gac_crossing *last = gac_break_even_at(be, n - 1);
			double lim, u, need;
			bool limit = gac_break_even_capacity_limit(be, up, &lim, &u, &need);
			/* the side cheaper below under capacity somewhere below the first crossing */
			double dlim;
			const char *dnote = gac_break_even_capacity_limit(be, down, &dlim, NULL, NULL) &&
			                    dlim < gac_break_even_at(be, 0)->value
			                    ? " (as far as its units carry the load: see above)" : "";
			if (up ? last->under_capacity_b : last->under_capacity_a) {
				/* cheaper above only as its load goes unserved: no price for that load */
				units_text(c1, sizeof c1, u);
				num(v1, sizeof v1, lim);
				fprintf(m, "\n%s is cheaper below the %sbreak-even%s, %s lies beyond what %s's %s carr%s%s%s%s: "
				           "above it %s costs less only because the load above its units is throttled, not "
				           "served.\n",
				        down ? b : a, n == 1 ? "" : "first ", dnote, n == 1 ? "which" : "and the last", up ? b : a, c1,
				        u == 1 ? "ies" : "y", limit ? " (it runs out of capacity at " : "", limit ? v1 : "",
				        limit ? ")" : "", up ? b : a);
			} else if (n >= 2 && (int)((down + n) % 2) == up) {
				/* the order flips at each crossing: the cheaper side of every stretch, so
				 * that one cheaper at both ends does not hide those between */
				for (size_t i = 0; i < n; i++) {
					num(v1, sizeof v1, gac_break_even_at(be, i)->value);
					int k = (int)((down + i) % 2);
					if (i == 0)
						fprintf(m, "\n%s is cheaper below %s%s", k ? b : a, v1, dnote);
					else
						fprintf(m, ", %s from %s to %s", k ? b : a, v2, v1);
					memcpy(v2, v1, sizeof v2);
				}
				fprintf(m, ", and %s above %s%s.\n", up ? b : a, v2,
				        limit ? " (as far as its units carry the load: see above)" : "");
			} else {
				fprintf(m, "\n%s is cheaper below the first break-even%s, %s above the last%s.\n", down ? b : a, dnote,
				        up ? b : a, limit ? " (as far as its units carry the load: see above)" : "");
			}
		}
		double le[4];
		if (list_ends(le, sc, sheet, rpath, ra, rb, lo, hi)) {
			/* pricing_overrides: the ends at list prices too */
			const double net[4] = {alo, blo, ahi, bhi};
			char t[4][64];
			for (int k = 0; k < 4; k++)
				num(t[k], sizeof t[k], isnan(le[k]) ? net[k] : le[k]);
			num(v1, sizeof v1, lo);
			num(v2, sizeof v2, hi);
			fprintf(m, "\nAt list prices (before pricing_overrides): %s %s%s at %s and %s%s at %s; %s %s%s and %s%s "
			           "(the break-even is judged on the negotiated bill).\n",
			        a, cs, t[0], v1, cs, t[2], v2, b, cs, t[1], cs, t[3]);
		}
		if (!(step == 1 && !logscale))
			fprintf(m, logscale ? "Scanned in steps of ×%.6g: crossings closer together can be missed.\n"
			                    : "Scanned in steps of %.6g: crossings closer together can be missed.\n",
			        step);
		if (flags & GAC_REPORT_EXPLAIN)
			explain(m, be, sc, sheet, rpath, ra, rb, path, a, b, md);
		gac_buf_free(&ba);
		gac_buf_free(&bb);
		gac_buf_free(&bp);
	}
	if (fclose(m) != 0) {
		free(out);
		return NULL;
	}
	return out;
}

gac_status gac_report_break_even(char **out, const gac_break_even *be, const gac_scenario *scenario,
                                 const gac_sheet *sheet, double tokens_per_minute, gac_format format,
                                 unsigned flags)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!be || ((flags & GAC_REPORT_EXPLAIN) && (!scenario || !sheet)))
		return GAC_EARG;
	if (!gac_format_is_text(format))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	double lo, hi;
	gac_break_even_range(be, &lo, &hi);
	*out = render(be, gac_break_even_path(be), gac_break_even_option(be, 0), gac_break_even_option(be, 1), lo, hi,
	              format, tokens_per_minute, scenario, sheet, flags);
	return *out ? GAC_OK : GAC_ENOMEM;
}

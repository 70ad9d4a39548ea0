/* genaicost break-even: the value of a parameter at which two options
 * cost the same, for a scenario or for the commonest question (provisioned
 * throughput against on-demand) without a file. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost break-even SCENARIO --vary PATH --between A --and B [options]\n"
	        "       genaicost break-even --model ID --input-tokens N --output-tokens N\n"
	        "                            --commitment none|1-month|6-month [--model-units N]\n\n"
	        "Find every value of a parameter at which two options cost the same.\n"
	        "The quick form answers the monthly request volume above which provisioned\n"
	        "throughput is cheaper than on-demand.\n\n"
	        "Options:\n"
	        "  --vary PATH            the numeric parameter to vary (see 'genaicost params')\n"
	        "  --between A --and B    two options: 'baseline' or names under options:\n"
	        "  --range LO:HI          the range to search (default 0 to 100 × the current value;\n"
	        "                         quick form 1 to 1e12)\n"
	        "  --set PATH=VALUE       change the scenario first (repeatable)\n"
	        "  --pricing FILE|NAME    price sheet\n"
	        "  --model ID, --input-tokens N, --output-tokens N, --commitment C,\n"
	        "  --model-units N, --region R, --hours H\n"
	        "                         the quick form's workload and provisioned throughput\n"
	        "  --format F             table | json | csv | markdown (default table)\n"
	        "  --explain              the two cost functions at each crossing, line by line,\n"
	        "                         and the bracket Brent's method narrowed\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

static int parse_range(cli *c, const char *v, double *lo, double *hi)
{
	const char *colon = strchr(v, ':');
	char a[128];
	if (!colon || (size_t)(colon - v) >= sizeof a)
		return usage_error(c, "break-even", "--range takes LO:HI (got '%s')", v);
	memcpy(a, v, (size_t)(colon - v));
	a[colon - v] = '\0';
	if (gac_parse_number(lo, a, GAC_NUM_SUFFIX) != GAC_OK ||
	    gac_parse_number(hi, colon + 1, GAC_NUM_SUFFIX) != GAC_OK)
		return usage_error(c, "break-even", "--range takes two numbers LO:HI (got '%s')", v);
	if (!(*lo < *hi))
		return usage_error(c, "break-even", "--range is empty or inverted: %s (LO must be below HI)", v);
	return EXIT_OK;
}

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

/* Option `opt` priced with `path` at `x`, each line with its formula: the
 * cost function at a crossing, as the library computes it. */
static void explain_side(FILE *m, const gac_scenario *sc, const gac_sheet *sheet, const char *opt,
                         const char *path, double x, bool md)
{
	gac_scenario *v = NULL;
	gac_result *r = NULL;
	if (gac_scenario_with_option(&v, sc, opt, NULL) != GAC_OK || gac_scenario_set_number(v, path, x, NULL) != GAC_OK ||
	    gac_estimate(&r, v, sheet, NULL) != GAC_OK) {
		fprintf(m, "%s  %s: could not be priced at this value\n", md ? "" : "  ", opt);
	} else {
		char t[64];
		num(t, sizeof t, gac_result_total(r));
		const gac_line *o = gac_result_outage_line(r);
		if (o) {
			num(t, sizeof t, gac_result_risk_adjusted_total(r));
			fprintf(m, "%s  cost_%s(x) = the sum of %s's line items + its expected outage cost = $%s:\n",
			        md ? "" : "  ", opt, opt, t);
		} else {
			fprintf(m, "%s  cost_%s(x) = the sum of %s's line items = $%s:\n", md ? "" : "  ", opt, opt, t);
		}
		for (size_t i = 0; i < gac_result_line_count(r); i++) {
			const gac_line *l = gac_result_line(r, i);
			fprintf(m, "%s    %s %s: %s\n", md ? "- " : "  ", l->workload, l->component, l->formula);
		}
		if (o)
			fprintf(m, "%s    %s (not billed): %s\n", md ? "- " : "  ", o->component, o->formula);
	}
	gac_result_free(r);
	gac_scenario_free(v);
}

static void explain(FILE *m, const gac_break_even *be, const gac_scenario *sc, const gac_sheet *sheet,
                    const char *path, const char *a, const char *b, bool md)
{
	int logscale = 0;
	double step = gac_break_even_scan_step(be, &logscale);
	fprintf(m, "\n%sHow the break-even is found\n\n", md ? "#### " : "");
	fprintf(m, "f(x) = cost_%s(x) - cost_%s(x), each the monthly total with %s = x.  The range is scanned "
	           "%s for a change of sign of f; each is narrowed by Brent's method (GSL) until the bracket is "
	           "narrower than 1e-13 × x, or, for a whole count, reported at the first value past it.\n",
	        a, b, path, logscale ? "in log steps" : step == 1 ? "value by value" : "in even steps");
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
		explain_side(m, sc, sheet, a, path, x->value, md);
		explain_side(m, sc, sheet, b, path, x->value, md);
	}
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
			bad |= json_array_append_new(arr, json_pack("{s:s, s:f, s:s, s:s, s:f, s:f, s:b, s:b, s:b, s:b}", "path",
			                                            path, "value", x->value, "a", a, "b", b, "cost_a",
			                                            x->cost_a, "cost_b", x->cost_b, "step", x->step,
			                                            "under_capacity_a", x->under_capacity_a,
			                                            "under_capacity_b", x->under_capacity_b,
			                                            "crossing_under_capacity",
			                                            x->under_capacity_a || x->under_capacity_b));
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
		bad |= json_object_set_new(root, "capacity_limit", json_pack("{s:o, s:o}", "a", limit_json(be, 0), "b",
		                                                             limit_json(be, 1)));
		bad |= json_object_set_new(root, "risk_adjusted", json_boolean(gac_break_even_risk_adjusted(be)));
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
		fprintf(m, "path,value,a,b,cost_a,cost_b,step,under_capacity_a,under_capacity_b\r\n");
		for (size_t i = 0; i < n; i++) {
			const gac_crossing *x = gac_break_even_at(be, i);
			fprintf(m, "%s,%.17g,%s,%s,%.17g,%.17g,%d,%d,%d\r\n", path, x->value, a, b, x->cost_a, x->cost_b,
			        x->step, x->under_capacity_a, x->under_capacity_b);
		}
	} else {
		bool md = f == GAC_FORMAT_MARKDOWN;
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
				fprintf(m, "No break-even in this range: %s is cheaper throughout ($%s at %s, $%s at %s).\n",
				        alo != blo ? (alo < blo ? a : b) : (ahi <= bhi ? a : b), c1, v1, c2, v2);
		}
		for (size_t i = 0; i < n; i++) {
			const gac_crossing *x = gac_break_even_at(be, i);
			num(v1, sizeof v1, x->value);
			num(c1, sizeof c1, x->cost_a);
			num(c2, sizeof c2, x->cost_b);
			if (x->step)
				fprintf(m, "%s%zu. at %s the costs jump past each other (a step): %s $%s, %s $%s\n",
				        md ? "" : "  ", i + 1, v1, a, c1, b, c2);
			else
				fprintf(m, "%s%zu. at %s both cost $%s\n", md ? "" : "  ", i + 1, v1, c1);
			if (tpm_per_unit > 0) {
				num(v2, sizeof v2, x->value * tpm_per_unit);
				fprintf(m, "%s   that is %s tokens a minute on average\n", md ? "" : "  ", v2);
			}
			for (int k = 0; k < 2; k++) {
				double u, need;
				if (!(k ? x->under_capacity_b : x->under_capacity_a))
					continue;
				gac_break_even_capacity_limit(be, k, NULL, &u, &need);
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
		if (n)
			fprintf(m, "\n%s is cheaper below the first break-even, %s above the last%s.\n",
			        alo <= blo ? a : b, ahi <= bhi ? a : b,
			        gac_break_even_capacity_limit(be, ahi <= bhi ? 0 : 1, NULL, NULL, NULL)
			            ? " (as far as its units carry the load: see above)" : "");
		if (!(step == 1 && !logscale))
			fprintf(m, logscale ? "Scanned in steps of ×%.6g: crossings closer together can be missed.\n"
			                    : "Scanned in steps of %.6g: crossings closer together can be missed.\n",
			        step);
		if (flags & GAC_REPORT_EXPLAIN)
			explain(m, be, sc, sheet, path, a, b, md);
	}
	if (fclose(m) != 0) {
		free(out);
		return NULL;
	}
	return out;
}

/* What the command line asks of break-even, besides the shared options. */
typedef struct be_args {
	const char *vary, *opt_a, *opt_b, *model, *in_tok, *out_tok, *commit, *units, *region, *hours;
	double lo, hi;
	bool range;
} be_args;

static int take(cli *c, void *ctx, const char *o, const char *v)
{
	be_args *b = ctx;
	if (!strcmp(o, "--range")) {
		b->range = true;
		return parse_range(c, v, &b->lo, &b->hi);
	}
	if (!strcmp(o, "--vary")) b->vary = v;
	else if (!strcmp(o, "--between")) b->opt_a = v;
	else if (!strcmp(o, "--and")) b->opt_b = v;
	else if (!strcmp(o, "--model")) b->model = v;
	else if (!strcmp(o, "--input-tokens")) b->in_tok = v;
	else if (!strcmp(o, "--output-tokens")) b->out_tok = v;
	else if (!strcmp(o, "--commitment")) b->commit = v;
	else if (!strcmp(o, "--model-units")) b->units = v;
	else if (!strcmp(o, "--region")) b->region = v;
	else b->hours = v;  /* --hours */
	return EXIT_OK;
}

/* 1 when the scenario or one of its options cannot be priced with `path`
 * at `v` because the value is refused as input (a request past a model's
 * context window). */
static int refused_at(const gac_scenario *sc, const gac_sheet *sheet, const char *path, double v)
{
	gac_scenario *probe = NULL;
	gac_comparison *cmp = NULL;
	if (gac_scenario_clone(&probe, sc) != GAC_OK)
		return 0;
	gac_status st = gac_scenario_set_number(probe, path, v, NULL);
	if (st == GAC_OK)
		st = gac_compare(&cmp, probe, sheet, NULL);
	gac_comparison_free(cmp);
	gac_scenario_free(probe);
	return st == GAC_EVALUE;
}

int cmd_break_even(cli *c, int argc, char **argv)
{
	static const cmd_opt own[] = {
		{"--vary", true},         {"--between", true},    {"--and", true},        {"--range", true},
		{"--model", true},        {"--input-tokens", true}, {"--output-tokens", true},
		{"--commitment", true},   {"--model-units", true}, {"--region", true},   {"--hours", true},
		{NULL, false}};
	common_opts co;
	be_args b = {.units = "1"};
	int rc = common_init(c, &co, "break-even", argc);
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_break_even *be = NULL;
	char *text = NULL;
	gac_error e;
	if (rc != EXIT_OK)
		return rc;
	co.explain_ok = true;
	if (!parse_args(c, &co, argc, argv, own, take, &b, usage, &rc))
		goto done;
	const char *vary = b.vary, *opt_a = b.opt_a, *opt_b = b.opt_b, *model = b.model, *in_tok = b.in_tok,
	           *out_tok = b.out_tok, *commit = b.commit, *units = b.units, *region = b.region, *hours = b.hours;
	double lo = b.lo, hi = b.hi;
	bool range = b.range;
	const char *file = co.file;
	double tpm = 0;  /* tokens a minute per request a month, quick form */
	if (file) {
		if (!vary || !opt_a || !opt_b) {
			rc = usage_error(c, "break-even", "with a SCENARIO give --vary PATH --between A --and B");
			goto done;
		}
		if ((rc = load_scenario(c, &sc, file)) != EXIT_OK)
			goto done;
	} else {
		if (!model || !commit) {
			rc = usage_error(c, "break-even", "give a SCENARIO, or --model ID and --commitment for the "
			                                  "quick form");
			goto done;
		}
		if (gac_scenario_new(&sc, "break-even") != GAC_OK ||
		    gac_scenario_add_workload(sc, "default", model) != GAC_OK) {
			fprintf(c->err, "genaicost: out of memory\n");
			rc = EXIT_IO;
			goto done;
		}
		static const char *const paths[] = {"deployment.mode", "deployment.commitment", "deployment.model_units"};
		const char *values[] = {"provisioned", commit, units};
		const char *fields[][2] = {{"workloads.default.requests_per_month", "1"},
		                           /* left out, they stay unset: the engine refuses them */
		                           {"workloads.default.input_tokens", in_tok},
		                           {"workloads.default.output_tokens", out_tok},
		                           {"region", region}, {"hours_per_month", hours}};
		for (size_t i = 0; i < 5; i++)
			if (fields[i][1] && gac_scenario_set(sc, fields[i][0], fields[i][1], &e) != GAC_OK) {
				rc = usage_error(c, "break-even", "%s", e.message);
				goto done;
			}
		if (gac_scenario_add_option(sc, "provisioned", paths, values, 3, &e) != GAC_OK) {
			rc = usage_error(c, "break-even", "%s", e.message);
			goto done;
		}
		vary = "workloads.default.requests_per_month";
		opt_a = "baseline";
		opt_b = "provisioned";
		if (!range) {
			lo = 1;
			hi = 1e12;
		}
		double in = 0, outt = 0, h = 730;
		gac_scenario_get_number(&in, sc, "workloads.default.input_tokens");
		gac_scenario_get_number(&outt, sc, "workloads.default.output_tokens");
		gac_scenario_get_number(&h, sc, "hours_per_month");
		tpm = (in + outt) / (h * 60);
	}
	for (size_t i = 0; i < co.nsets; i++)
		if ((rc = apply_set_arg(c, sc, co.sets[i], co.cmd)) != EXIT_OK)
			goto done;
	double now;
	if (gac_scenario_get_number(&now, sc, vary) != GAC_OK) {
		char *t = NULL;
		if (gac_scenario_get_text(&t, sc, vary) == GAC_OK)
			rc = usage_error(c, "break-even", "--vary %s: not a numeric parameter", vary);
		else
			rc = gac_scenario_set(sc, vary, "0", &e) == GAC_EPARAM
			         ? usage_error(c, "break-even", "--vary: %s", e.message)
			         : usage_error(c, "break-even", "--vary %s: not a numeric parameter", vary);
		gac_free(t);
		goto done;
	}
	if (!range && file) {
		/* a range the parameter accepts: fractions 0 to 1, counts from 1 */
		char *t = NULL;
		double probe = 1.5;
		gac_scenario *clone = NULL;
		lo = 0;
		hi = 100 * fmax(now, 1);
		if (gac_scenario_clone(&clone, sc) == GAC_OK) {
			bool whole = gac_scenario_set_number(clone, vary, probe, NULL) != GAC_OK &&
			             gac_scenario_set_number(clone, vary, 2, NULL) == GAC_OK;
			if (!whole && gac_scenario_set_number(clone, vary, probe, NULL) != GAC_OK)
				hi = 1;  /* refuses 1.5 and 2: a fraction */
			else if (gac_scenario_set_number(clone, vary, 0, NULL) != GAC_OK)
				lo = 1;  /* refuses 0: a count (1.5 refused, 2 taken) or a positive number */
			if (gac_scenario_set_number(clone, vary, hi, NULL) != GAC_OK) {
				/* a maximum (hours in a month): search up to the current value's double */
				hi = fmax(now * 2, lo + 1);
				while (hi > lo + 1e-9 && gac_scenario_set_number(clone, vary, hi, NULL) != GAC_OK)
					hi = lo + (hi - lo) / 2;
			}
		}
		gac_scenario_free(clone);
		gac_free(t);
	}
	rc = load_scenario_sheet(c, &sheet, co.pricing, sc);
	if (rc != EXIT_OK)
		goto done;
	/* the scenario as given must price: tokens left out or a request past
	 * the context window are bad input (3), whichever form gave them */
	double total_now;
	gac_status st = gac_estimate_total(&total_now, sc, sheet, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		if (!file && st == GAC_ESCHEMA && strstr(e.message, "does not say its"))
			fprintf(c->err, "%s: the quick form takes them as --input-tokens N and --output-tokens N\n",
			        c->prog);
		else if (!file && st == GAC_EVALUE && strstr(e.message, "embedding models produce no output tokens"))
			fprintf(c->err, "%s: for an embedding model leave out --output-tokens (or give 0)\n", c->prog);
		goto done;
	}
	if (!range && file && hi > now && refused_at(sc, sheet, vary, hi)) {
		/* the default range ends where the options still price: tokens a
		 * request past a model's context window are refused, not priced;
		 * bisect between the value now (priced) and the end refused */
		double good = now, bad = hi;
		for (int i = 0; i < 60 && bad - good > 1e-9 * fmax(1, bad); i++) {
			double mid = good + (bad - good) / 2;
			if (refused_at(sc, sheet, vary, mid))
				bad = mid;
			else
				good = mid;
		}
		hi = good;
	}
	st = gac_break_even_solve(&be, sc, sheet, vary, opt_a, opt_b, lo, hi, &e);
	if (st != GAC_OK) {
		/* a problem of the file has a place in it; one of the flags has none */
		rc = e.file[0] || (st != GAC_EPARAM && st != GAC_EVALUE) ? report_error(c, st, &e)
		                                                          : usage_error(c, co.cmd, "%s", e.message);
		goto done;
	}
	gac_break_even_range(be, &lo, &hi);  /* as searched: a capacity starts above 0 */
	if (!(text = render(be, vary, opt_a, opt_b, lo, hi, co.format, tpm, sc, sheet, co.flags))) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	rc = emit(c, text, co.output);
done:
	free(text);
	gac_break_even_free(be);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

/* genaicost break-even: the value of a parameter at which two options
 * cost the same, for a scenario or for the commonest question (provisioned
 * throughput against on-demand) without a file. */
#define _POSIX_C_SOURCE 200809L
#include "cli.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>


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
	        "  --format F             table | json | csv | markdown | html (default table)\n"
	        "  --explain              the two cost functions at each crossing, line by line,\n"
	        "                         and the bracket Brent's method narrowed\n"
	        "  --chart FILE           also draw both costs against the parameter, the crossings\n"
	        "                         marked, as FILE.svg, FILE.png or FILE.pdf\n"
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

/* The chart: both options priced along the range (240 points, spaced as
 * the break-even scanned), the crossings marked. */
static gac_status break_even_chart(gac_chart **out, const gac_break_even *be, const gac_scenario *sc,
                                   const gac_sheet *sheet)
{
	double lo, hi;
	int log_scale = 0;
	gac_break_even_range(be, &lo, &hi);
	gac_break_even_scan_step(be, &log_scale);
	/* on a linear scale, a range far past the last crossing and capacity
	 * limit hides them by the axis: shown to three times the last */
	double last = 0, v;
	for (size_t i = 0; i < gac_break_even_count(be); i++)
		last = fmax(last, gac_break_even_at(be, i)->value);
	for (int side = 0; side < 2; side++)
		if (gac_break_even_capacity_limit(be, side, &v, NULL, NULL))
			last = fmax(last, v);
	if (!log_scale && last > lo && 3 * last < hi)
		hi = 3 * last;
	char spec[1200];
	snprintf(spec, sizeof spec, "%s=%.17g:%.17g:240%s", gac_break_even_path(be), lo, hi, log_scale ? ":log" : "");
	gac_sweep_axis *axis = NULL;
	gac_sweep *sw = NULL;
	gac_status st = gac_sweep_axis_parse(&axis, spec, NULL);
	if (st == GAC_OK)
		st = gac_sweep_run(&sw, sc, sheet, &axis, 1, NULL);
	if (st == GAC_OK)
		st = gac_chart_break_even(out, be, sw, gac_sheet_currency(sheet), gac_scenario_name(sc));
	gac_sweep_free(sw);
	gac_sweep_axis_free(axis);
	return st;
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
	gac_chart *chart = NULL;
	char *text = NULL;
	gac_error e;
	if (rc != EXIT_OK)
		return rc;
	co.explain_ok = true;
	co.chart_ok = true;
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
	/* the default range: what the parameter accepts, ended where the
	 * options still price */
	if (!range && file && gac_break_even_default_range(&lo, &hi, sc, sheet, vary) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	st = gac_break_even_solve(&be, sc, sheet, vary, opt_a, opt_b, lo, hi, &e);
	if (st != GAC_OK) {
		/* a problem of the file has a place in it; one of the flags has none */
		rc = e.file[0] || (st != GAC_EPARAM && st != GAC_EVALUE) ? report_error(c, st, &e)
		                                                          : usage_error(c, co.cmd, "%s", e.message);
		goto done;
	}
	if (gac_report_break_even(&text, be, sc, sheet, tpm, report_format(co.format), co.flags) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	if (wants_chart(co.format, co.chart))
		st = break_even_chart(&chart, be, sc, sheet);
	chart_provenance(&st, chart, sheet, sc);
	rc = emit_report(c, co.format, text, co.output, st, chart, co.chart, sheet, sc);
done:
	gac_chart_free(chart);
	gac_free(text);
	gac_break_even_free(be);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

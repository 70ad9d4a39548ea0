/* genaicost sensitivity: which inputs move the bill most (a tornado). */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost sensitivity SCENARIO [--swing 20%%] [--vary PATH]... [options]\n\n"
	        "Move every numeric input down and up by the swing (or across the range the\n"
	        "scenario declares under ranges:), price both, and rank the inputs by how\n"
	        "much the monthly bill moves, drawn as a tornado.  An end the scenario refuses\n"
	        "is moved as far as it takes and marked *; structural inputs (hours_per_month,\n"
	        "choices, seasonality) are ranked only when named with --vary.\n\n"
	        "Options:\n"
	        "  --swing S              how far to move each input: 20%% (default) or 0.2\n"
	        "  --vary PATH            move only this input, structural or not (repeatable)\n"
	        "  --set PATH=VALUE       change the scenario first (repeatable)\n"
	        "  --pricing FILE|NAME    price sheet\n"
	        "  --format F             table | json | csv | markdown | html (default table)\n"
	        "  --explain              each input's low and high values, the totals there and\n"
	        "                         the swing\n"
	        "  --chart FILE           also draw a tornado chart as FILE.svg, FILE.png or FILE.pdf\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

typedef struct sens_opts {
	double swing;
	const char **vary;
	size_t nvary;
} sens_opts;

static int take(cli *c, void *ctx, const char *opt, const char *v)
{
	sens_opts *o = ctx;
	if (!strcmp(opt, "--vary")) {
		const char **a = realloc(o->vary, (o->nvary + 1) * sizeof *a);
		if (!a) {
			fprintf(c->err, "genaicost: out of memory\n");
			return EXIT_IO;
		}
		o->vary = a;
		o->vary[o->nvary++] = v;
		return EXIT_OK;
	}
	if (gac_parse_number(&o->swing, v, GAC_NUM_PERCENT) != GAC_OK || !(o->swing > 0 && o->swing < 1))
		return usage_error(c, "sensitivity", "--swing is a fraction above 0 and below 1, such as 20%% (got '%s')", v);
	return EXIT_OK;
}

int cmd_sensitivity(cli *c, int argc, char **argv)
{
	common_opts co;
	sens_opts so = {.swing = 0.2};
	int rc = common_init(c, &co, "sensitivity", argc);
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_sensitivity *sens = NULL;
	gac_chart *chart = NULL;
	char *text = NULL;
	gac_error e;
	if (rc != EXIT_OK)
		return rc;
	co.explain_ok = true;
	co.chart_ok = true;
	static const cmd_opt own[] = {{"--swing", true}, {"--vary", true}, {NULL, false}};
	if (!parse_args(c, &co, argc, argv, own, take, &so, usage, &rc))
		goto done;
	if ((rc = common_load(c, &co, &sc, &sheet)) != EXIT_OK)
		goto done;
	gac_status st = gac_sensitivity_run_vary(&sens, sc, sheet, so.swing, so.vary, so.nvary, &e);
	if (st == GAC_EPARAM) {
		rc = usage_error(c, "sensitivity", "%s", e.message);
		goto done;
	}
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if (gac_report_sensitivity(&text, sens, so.swing, gac_sheet_currency(sheet), report_format(co.format),
	                           co.flags) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	st = wants_chart(co.format, co.chart)
	         ? gac_chart_sensitivity(&chart, sens, gac_sheet_currency(sheet), gac_scenario_name(sc))
	         : GAC_OK;
	chart_provenance(&st, chart, sheet, sc);
	rc = emit_report(c, co.format, text, co.output, st, chart, co.chart, sheet, sc);
done:
	gac_chart_free(chart);
	free(so.vary);
	gac_free(text);
	gac_sensitivity_free(sens);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

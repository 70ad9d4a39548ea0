/* genaicost forecast: the months ahead with growth, seasonality and
 * commitments. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost forecast SCENARIO --months N [options]\n\n"
	        "Price the next N months: each workload's requests grow by its\n"
	        "growth_per_month (compound), times forecast.seasonality; during a\n"
	        "forecast.commitments entry the deployment runs as that option, its\n"
	        "model units fixed for each term (model_units: auto buys extra units as\n"
	        "their own purchase). Each month shows the units billed and needed\n"
	        "(TOO FEW when under capacity) and what commitments owe after it.\n\n"
	        "Options:\n"
	        "  --months N             months to forecast, 1 to 600\n"
	        "  --set PATH=VALUE       change the scenario first (repeatable)\n"
	        "  --pricing FILE|NAME    price sheet\n"
	        "  --format F             table | json | csv | markdown | xlsx | html (default\n"
	        "                         table; xlsx: a workbook, a row per month, live\n"
	        "                         cumulative; html: one page with the chart inline)\n"
	        "  --explain              how each month is priced: the growth and seasonality\n"
	        "                         factors, month 1's line items with their formulas,\n"
	        "                         each purchase and what is owed after the last month\n"
	        "  --chart FILE           also draw the months as stacked bars, the committed part\n"
	        "                         hatched, as FILE.svg, FILE.png or FILE.pdf\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

static int take(cli *c, void *ctx, const char *opt, const char *v)
{
	(void)opt;  /* --months, the only one */
	return parse_months(c, "forecast", v, ctx);
}

struct xlsx_args {
	const gac_forecast *fc;
	const gac_scenario *sc;
	const gac_sheet *sheet;
};

static gac_status write_xlsx(const char *path, void *ctx)
{
	struct xlsx_args *a = ctx;
	return gac_report_forecast_xlsx(path, a->fc, a->sc, a->sheet, 0);
}

int cmd_forecast(cli *c, int argc, char **argv)
{
	common_opts co;
	size_t months = 0;
	int rc = common_init(c, &co, "forecast", argc);
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_forecast *fc = NULL;
	gac_chart *chart = NULL;
	char *text = NULL;
	gac_error e;
	if (rc != EXIT_OK)
		return rc;
	co.explain_ok = true;
	co.chart_ok = true;
	static const cmd_opt own[] = {{"--months", true}, {NULL, false}};
	if (!parse_args(c, &co, argc, argv, own, take, &months, usage, &rc))
		goto done;
	if (!co.file || !months) {
		rc = usage_error(c, co.cmd, "forecast needs a SCENARIO and --months N");
		goto done;
	}
	if (co.format == GAC_FORMAT_XLSX && ((co.flags & GAC_REPORT_EXPLAIN) || co.chart)) {
		rc = usage_error(c, co.cmd, "%s does not apply to --format xlsx", co.chart ? "--chart" : "--explain");
		goto done;
	}
	if ((rc = common_load(c, &co, &sc, &sheet)) != EXIT_OK)
		goto done;
	gac_status st = gac_forecast_run(&fc, sc, sheet, months, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if (co.format == GAC_FORMAT_XLSX) {
		struct xlsx_args xa = {fc, sc, sheet};
		rc = emit_xlsx(c, co.cmd, write_xlsx, &xa, co.output);
		goto done;
	}
	if (gac_report_forecast(&text, fc, gac_sheet_currency(sheet), report_format(co.format), co.flags) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	st = wants_chart(co.format, co.chart) ? gac_chart_forecast(&chart, fc, gac_sheet_currency(sheet), gac_scenario_name(sc))
	                                      : GAC_OK;
	chart_provenance(&st, chart, sheet, sc);
	rc = emit_report(c, co.format, text, co.output, st, chart, co.chart, sheet, sc);
done:
	gac_chart_free(chart);
	gac_free(text);
	gac_forecast_free(fc);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

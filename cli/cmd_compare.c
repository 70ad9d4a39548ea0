/* genaicost compare: a scenario's options side by side. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost compare SCENARIO [options]\n\n"
	        "Price the scenario as written (the baseline) and each of its options:\n"
	        "totals, the change against the baseline, and the cheapest.\n\n"
	        "Options:\n"
	        "  --pricing FILE|NAME    price sheet (default: the scenario's, else aws-bedrock)\n"
	        "  --set PATH=VALUE       change the baseline before the options apply (repeatable)\n"
	        "  --format F             table | json | csv | markdown | xlsx | html (default\n"
	        "                         table; xlsx: a workbook, a sheet per option and a\n"
	        "                         summary; html: one page with the chart inline)\n"
	        "  --explain              add every option's line items with their formulas\n"
	        "  --months N             add each option's total cost of ownership month by month\n"
	        "                         (one-time costs such as training when they are paid)\n"
	        "                         and what each commitment still owes after month N\n"
	        "  --chart FILE           also draw the options side by side, the cheapest marked,\n"
	        "                         as FILE.svg, FILE.png or FILE.pdf\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

static int take(cli *c, void *ctx, const char *opt, const char *v)
{
	(void)opt;  /* --months, the only one */
	return parse_months(c, "compare", v, ctx);
}

struct xlsx_args {
	const gac_comparison *cmp;
	const gac_scenario *sc;
	const gac_sheet *sheet;
};

static gac_status write_xlsx(const char *path, void *ctx)
{
	struct xlsx_args *a = ctx;
	return gac_report_compare_xlsx(path, a->cmp, a->sc, a->sheet, 0);
}

int cmd_compare(cli *c, int argc, char **argv)
{
	common_opts co;
	size_t months = 0;
	int rc = common_init(c, &co, "compare", argc);
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_comparison *cmp = NULL;
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
	if (co.format == GAC_FORMAT_XLSX && (months || (co.flags & GAC_REPORT_EXPLAIN) || co.chart)) {
		rc = usage_error(c, co.cmd, "%s does not apply to --format xlsx (the workbook has every option's "
		                 "line items)", months ? "--months" : co.chart ? "--chart" : "--explain");
		goto done;
	}
	if ((rc = common_load(c, &co, &sc, &sheet)) != EXIT_OK)
		goto done;
	gac_status st = gac_compare(&cmp, sc, sheet, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	size_t n = gac_comparison_count(cmp);
	const gac_result **res = malloc(n * sizeof *res);
	if (!res) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		res[i] = gac_comparison_result(cmp, i);
	rc = warn_retired(c, sheet, res, n);
	free(res);
	if (rc != EXIT_OK)
		goto done;
	if (co.format == GAC_FORMAT_XLSX) {
		struct xlsx_args xa = {cmp, sc, sheet};
		rc = emit_xlsx(c, co.cmd, write_xlsx, &xa, co.output);
		goto done;
	}
	if ((st = gac_report_compare(&text, cmp, sc, sheet, report_format(co.format), co.flags, months)) != GAC_OK) {
		if (st == GAC_ERANGE) {
			fprintf(c->err, "genaicost: %s: the total cost of ownership over %zu months overflows: "
			                "an input is too large to add up that many months\n", co.file, months);
			rc = EXIT_INVALID;
		} else {
			fprintf(c->err, "genaicost: out of memory\n");
			rc = EXIT_IO;
		}
		goto done;
	}
	st = wants_chart(co.format, co.chart) ? gac_chart_compare(&chart, cmp, gac_scenario_name(sc)) : GAC_OK;
	chart_provenance(&st, chart, sheet, sc);
	rc = emit_report(c, co.format, text, co.output, st, chart, co.chart, sheet, sc);
done:
	gac_free(text);
	gac_chart_free(chart);
	gac_comparison_free(cmp);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

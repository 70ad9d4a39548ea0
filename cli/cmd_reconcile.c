/* genaicost reconcile: a scenario's estimate beside a bill (AWS CUR 2.0
 * or FOCUS), exit 1 when the totals differ by more than the tolerance. */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost reconcile SCENARIO --bill FILE [--month YYYY-MM] [--tolerance 5%%]\n"
	        "                           [--format table|json|csv|markdown] [options]\n\n"
	        "Price the scenario for every month of the bill (one month of the estimate\n"
	        "each) and set it beside what was billed, per month, model and price kind:\n"
	        "estimated, billed, difference and percent.  The bill is an AWS Cost and Usage\n"
	        "Report 2.0 data export or a FinOps FOCUS 1.x export (CSV or CSV.gz); usage\n"
	        "types are mapped to models and price kinds through the offer map import-prices\n"
	        "reads.  Bill lines the scenario does not model and scenario lines the bill does\n"
	        "not show are marked; other services, tax and credits are listed apart.\n"
	        "Exit 1 when the billed total differs from the estimate by more than the\n"
	        "tolerance.\n\n"
	        "Options:\n"
	        "  --bill FILE            the bill (required)\n"
	        "  --month YYYY-MM        compare that month only\n"
	        "  --tolerance T          how far the totals may differ: 5%% (default) or 0.05\n"
	        "  --map FILE             the offer map (default: aws-offer-map.yaml of the bundled\n"
	        "                         pricing directories, else pricing/aws-offer-map.yaml)\n"
	        "  --set PATH=VALUE       change the scenario first (repeatable)\n"
	        "  --pricing FILE|NAME    price sheet\n"
	        "  --format F             table | json | csv | markdown | html (default table)\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

typedef struct rec_opts {
	const char *bill, *month, *map;
	double tolerance;
} rec_opts;

static int take(cli *c, void *ctx, const char *opt, const char *v)
{
	rec_opts *o = ctx;
	if (!strcmp(opt, "--bill")) {
		o->bill = v;
	} else if (!strcmp(opt, "--map")) {
		o->map = v;
	} else if (!strcmp(opt, "--month")) {
		bool ok = strlen(v) == 7 && v[4] == '-';
		for (int i = 0; ok && i < 7; i++)
			ok = i == 4 || (v[i] >= '0' && v[i] <= '9');
		if (!ok || (v[5] - '0') * 10 + (v[6] - '0') < 1 || (v[5] - '0') * 10 + (v[6] - '0') > 12)
			return usage_error(c, "reconcile", "--month '%s' is not YYYY-MM", v);
		o->month = v;
	} else {
		double t;
		if (gac_parse_number(&t, v, GAC_NUM_PERCENT) != GAC_OK || !isfinite(t) || t < 0)
			return usage_error(c, "reconcile", "--tolerance '%s' is not a share of at least 0 (5%% or 0.05)", v);
		o->tolerance = t;
	}
	return EXIT_OK;
}

int cmd_reconcile(cli *c, int argc, char **argv)
{
	common_opts co;
	rec_opts o = {.tolerance = 0.05};
	int rc = common_init(c, &co, "reconcile", argc);
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_bill *bill = NULL;
	gac_reconciliation *rec = NULL;
	char *text = NULL, mapbuf[4096];
	gac_error e;
	if (rc != EXIT_OK)
		return rc;
	static const cmd_opt own[] = {
		{"--bill", true}, {"--month", true}, {"--tolerance", true}, {"--map", true}, {NULL, false},
	};
	if (!parse_args(c, &co, argc, argv, own, take, &o, usage, &rc))
		goto done;
	if (!co.file || !o.bill) {
		rc = usage_error(c, co.cmd, "reconcile needs a SCENARIO and --bill FILE");
		goto done;
	}
	if ((rc = common_load(c, &co, &sc, &sheet)) != EXIT_OK)
		goto done;
	gac_status st = gac_bill_read(&bill, o.bill, o.map ? o.map : default_offer_map(mapbuf, sizeof mapbuf), &e);
	if (st == GAC_OK)
		st = gac_reconcile(&rec, sc, sheet, bill, o.month, o.tolerance, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if ((st = gac_report_reconcile(&text, rec, report_format(co.format))) != GAC_OK) {
		rc = report_error(c, st, NULL);
		goto done;
	}
	rc = emit_report(c, co.format, text, co.output, GAC_OK, NULL, NULL, sheet, sc);
	if (rc == EXIT_OK && gac_reconciliation_totals(NULL, NULL, rec))
		rc = EXIT_CHECK;
done:
	gac_free(text);
	gac_reconciliation_free(rec);
	gac_bill_free(bill);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	common_done(&co);
	return rc;
}

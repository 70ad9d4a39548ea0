/* genaicost import-prices: AWS Price List bulk offer files into a price
 * sheet (optionally merged into one), and a report of what the offers
 * held that the sheet does not take. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost import-prices OFFER.json... [--map FILE] [--merge SHEET]\n"
	        "                               [-o SHEET.yaml] [--report FILE] [--format text|json]\n\n"
	        "Turn AWS Price List bulk offer files (offers/v1.0/aws/OFFER/current/REGION/index.json)\n"
	        "into a price sheet: every OnDemand and Reserved price dimension of a product the\n"
	        "map names is sorted into a sheet key (input, output, batch, cache, priority, flex,\n"
	        "latency-optimized, global, long-context, model-unit hours, reserved tier), per region,\n"
	        "converted exactly to the entry's per (1K or 1M tokens), with its offer, SKU, rate\n"
	        "code and effective date under offer:.  Products the map does not name, prices the\n"
	        "sheet has no key for and prices passed over for their date are reported.\n\n"
	        "Options:\n"
	        "  --map FILE        the offer map (default: aws-offer-map.yaml of the bundled\n"
	        "                    pricing directories, else pricing/aws-offer-map.yaml)\n"
	        "  --merge SHEET     keep SHEET's hand-sourced entries and the prices the offers\n"
	        "                    lack, replace imported prices, report every price that moved\n"
	        "  -o, --output FILE write the sheet to FILE (atomically; default stdout)\n"
	        "  --report FILE     write the report to FILE (default: standard error)\n"
	        "  --format F        the report's format: text (default) or json (import-prices/1)\n"
	        "  -h, --help        this help\n");
}

int cmd_import_prices(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *map = NULL, *merge = NULL, *output = NULL, *report = NULL;
	gac_format format = GAC_FORMAT_TABLE;
	int kind, offers = 0, rc;
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2) {
			offers++;
			continue;
		}
		if (!strcmp(a.opt, "-h") || !strcmp(a.opt, "--help")) {
			usage(c);
			return EXIT_OK;
		}
		if (strcmp(a.opt, "--map") && strcmp(a.opt, "--merge") && strcmp(a.opt, "-o") &&
		    strcmp(a.opt, "--output") && strcmp(a.opt, "--report") && strcmp(a.opt, "--format"))
			return usage_error(c, "import-prices", "unknown option '%s'", a.opt);
		const char *v = args_value(c, &a);
		if (!v)
			return EXIT_USAGE;
		if (!strcmp(a.opt, "--map")) {
			map = v;
		} else if (!strcmp(a.opt, "--merge")) {
			merge = v;
		} else if (!strcmp(a.opt, "-o") || !strcmp(a.opt, "--output")) {
			if ((rc = output_arg(c, "import-prices", a.opt, v)) != EXIT_OK)
				return rc;
			output = v;
		} else if (!strcmp(a.opt, "--report")) {
			if ((rc = output_arg(c, "import-prices", a.opt, v)) != EXIT_OK)
				return rc;
			report = v;
		} else if (!strcmp(v, "text") || !strcmp(v, "table")) {
			format = GAC_FORMAT_TABLE;
		} else if (!strcmp(v, "json")) {
			format = GAC_FORMAT_JSON;
		} else {
			return usage_error(c, "import-prices", "unknown format '%s' (text, json)", v);
		}
	}
	if (!offers)
		return usage_error(c, "import-prices", "import-prices needs at least one OFFER.json");
	if (report && (rc = outputs_distinct(c, "import-prices", "--report", report, "-o", output)) != EXIT_OK)
		return rc;
	char mapbuf[4096];
	if (!map)
		map = default_offer_map(mapbuf, sizeof mapbuf);
	gac_price_import *imp = NULL;
	gac_error e;
	char *sheet = NULL, *text = NULL;
	gac_status st = gac_price_import_new(&imp);
	if (st != GAC_OK) {
		rc = report_error(c, st, NULL);
		goto done;
	}
	if ((st = gac_price_import_load_map(imp, map, &e)) != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 1) {
			args_value(c, &a);
			continue;
		}
		if ((st = gac_price_import_add_offer(imp, pos, &e)) != GAC_OK) {
			rc = report_error(c, st, &e);
			goto done;
		}
	}
	if (merge && (st = gac_price_import_set_merge(imp, merge)) != GAC_OK) {
		rc = report_error(c, st, NULL);
		goto done;
	}
	if ((st = gac_price_import_finish(imp, &e)) == GAC_ENOPRICE) {
		/* nothing to write: the report says why */
		if (gac_report_import(&text, imp, format) == GAC_OK) {
			if (report)
				emit(c, text, report);
			else
				fputs(text, c->err);
		}
		rc = report_error(c, st, &e);
		goto done;
	}
	if (st != GAC_OK || (st = gac_price_import_sheet(&sheet, imp)) != GAC_OK ||
	    (st = gac_report_import(&text, imp, format)) != GAC_OK) {
		rc = report_error(c, st, &e);
		goto done;
	}
	if (report) {
		/* both ready before either is put in place */
		const out_piece both[] = {{text, OUT_TEXT, report}, {sheet, OUT_TEXT, output}};
		rc = emit_together(c, both, 2);
	} else {
		rc = emit(c, sheet, output);
		if (rc == EXIT_OK)
			fputs(text, c->err);
	}
done:
	gac_free(sheet);
	gac_free(text);
	gac_price_import_free(imp);
	return rc;
}

/* genaicost models: list a price sheet's models and prices. */
#include "cli.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost models [options]\n\n"
	        "List the models of a price sheet with their prices.\n\n"
	        "Options:\n"
	        "  --pricing FILE|NAME    price sheet (default aws-bedrock)\n"
	        "  --region R             only models offered in R, with R's prices\n"
	        "  --vendor V             only models of vendor V (anthropic, amazon, meta, ...)\n"
	        "  --all                  retired models too, with the date AWS retired each\n"
	        "  --format F             table | json | csv | markdown | html (default table)\n"
	        "  -o, --output FILE      write to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

/* Append `v` to the comma-separated `list` unless it is there already. */
static void add_known(char *list, size_t size, const char *v)
{
	size_t n = strlen(v), len = strlen(list);
	for (const char *p = list; (p = strstr(p, v)); p += n)
		if ((p == list || (p - list >= 2 && p[-2] == ',')) && (p[n] == ',' || !p[n]))
			return;
	if (len + n + 3 < size)
		snprintf(list + len, size - len, "%s%s", len ? ", " : "", v);
}

/* A filter that matches no model is an error naming what the sheet has,
 * not an empty list that looks like a sheet without models. */
static int no_match(cli *c, const gac_sheet *sheet, const char *region, const char *vendor, unsigned flags)
{
	char vendors[2048] = "", regions[2048] = "";
	bool vendor_known = !vendor, region_known = !region;
	size_t n = gac_sheet_model_count(sheet);
	for (size_t i = 0; i < n; i++) {
		gac_model_info mi = GAC_MODEL_INFO_INIT;
		if (gac_sheet_model(&mi, sheet, i, region) != GAC_OK)
			continue;
		if (mi.available && (!vendor || !strcmp(vendor, mi.vendor)) &&
		    (!gac_sheet_model_retired(sheet, i) || (flags & GAC_REPORT_ALL)))
			return EXIT_OK;
		add_known(vendors, sizeof vendors, mi.vendor);
		vendor_known |= vendor && !strcmp(vendor, mi.vendor);
		for (size_t k = 0; gac_sheet_model_region(sheet, i, k); k++) {
			add_known(regions, sizeof regions, gac_sheet_model_region(sheet, i, k));
			region_known |= region && !strcmp(region, gac_sheet_model_region(sheet, i, k));
		}
	}
	if (!vendor_known)
		fprintf(c->err, "genaicost: %s: no model of vendor '%s'; the sheet's vendors: %s\n",
		        gac_sheet_path(sheet), vendor, vendors);
	else if (!region_known)
		fprintf(c->err, "genaicost: %s: no model offered in region '%s'; the sheet's regions: %s\n",
		        gac_sheet_path(sheet), region, regions);
	else
		fprintf(c->err, "genaicost: %s: no model of vendor '%s' is offered in region '%s'\n",
		        gac_sheet_path(sheet), vendor, region);
	return EXIT_INVALID;
}

int cmd_models(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *pricing = NULL, *region = NULL, *vendor = NULL, *output = NULL;
	gac_format format = GAC_FORMAT_TABLE;
	unsigned flags = 0;
	int kind;
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2)
			return usage_error(c, "models", "models takes no file (got '%s'); use --pricing", pos);
		const char *o = a.opt, *v;
		if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
			usage(c);
			return EXIT_OK;
		}
		if (!strcmp(o, "--all")) {
			flags |= GAC_REPORT_ALL;
			continue;
		}
		if (strcmp(o, "--pricing") && strcmp(o, "--region") && strcmp(o, "--vendor") &&
		    strcmp(o, "--format") && strcmp(o, "-o") && strcmp(o, "--output"))
			return usage_error(c, "models", "unknown option '%s'", o);
		if (!(v = args_value(c, &a)))
			return EXIT_USAGE;
		if (!strcmp(o, "--pricing"))
			pricing = v;
		else if (!strcmp(o, "--region"))
			region = v;
		else if (!strcmp(o, "--vendor"))
			vendor = v;
		else if (!strcmp(o, "--format")) {
			if (format_arg(c, "models", v, &format, NULL, false) != EXIT_OK)
				return EXIT_USAGE;
		} else if (output_arg(c, "models", o, v) != EXIT_OK)
			return EXIT_USAGE;
		else
			output = v;
	}
	gac_sheet *sheet = NULL;
	int rc = load_sheet(c, &sheet, pricing, NULL);
	if (rc != EXIT_OK)
		return rc;
	if ((vendor || region) && (rc = no_match(c, sheet, region, vendor, flags)) != EXIT_OK) {
		gac_sheet_free(sheet);
		return rc;
	}
	char *text = NULL;
	if (gac_report_models_ex(&text, sheet, region, vendor, report_format(format), flags) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
	} else {
		rc = emit_report(c, format, text, output, GAC_OK, NULL, NULL, sheet, NULL);
	}
	gac_free(text);
	gac_sheet_free(sheet);
	return rc;
}

/* genaicost models: list a price sheet's models and prices. */
#include "cli.h"

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
	        "  --format F             table | json | csv | markdown (default table)\n"
	        "  -o, --output FILE      write to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

int cmd_models(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *pricing = NULL, *region = NULL, *vendor = NULL, *output = NULL;
	gac_format format = GAC_FORMAT_TABLE;
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
			if (gac_format_parse(&format, v) != GAC_OK)
				return usage_error(c, "models", "unknown format '%s' (table, json, csv, markdown)", v);
		} else if (output_arg(c, "models", o, v) != EXIT_OK)
			return EXIT_USAGE;
		else
			output = v;
	}
	gac_sheet *sheet = NULL;
	int rc = load_sheet(c, &sheet, pricing, NULL);
	if (rc != EXIT_OK)
		return rc;
	char *text = NULL;
	if (gac_report_models(&text, sheet, region, vendor, format) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
	} else {
		rc = emit(c, text, output);
	}
	free(text);
	gac_sheet_free(sheet);
	return rc;
}

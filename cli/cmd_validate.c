/* genaicost validate: check price sheets and scenarios.  A scenario is
 * also priced, so unknown models, regions and missing prices show up. */
#include "cli.h"

#include <stdbool.h>

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost validate [--pricing FILE|NAME] [--format F] FILE...\n\n"
	        "Check price sheets and scenarios; a scenario is priced against its sheet\n"
	        "(or --pricing) so unknown models, regions and missing prices are caught.\n"
	        "Prints one line per file; exits 3 if any file is invalid.\n\n"
	        "Options:\n"
	        "  --pricing FILE|NAME    price scenarios with this sheet instead of their own\n"
	        "  --format F             table | json (default table; json: one validate/1\n"
	        "                         document with every file and its errors)\n"
	        "  -h, --help             this help\n");
}

/* Check one file into `v`; errors and warnings are printed as they come,
 * the ok lines are v's to render.  An exit code; *oom set when v could not
 * record the file. */
static int validate_one(cli *c, gac_validation *v, const char *path, const char *pricing, bool *oom)
{
	gac_error e, caught;
	gac_file_kind kind;
	gac_status st = gac_file_kind_of(&kind, path, &e);
	int rc;
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		*oom = gac_validation_add_error(v, path, 0, NULL, st, &e) != GAC_OK;
		return rc;
	}
	if (kind == GAC_FILE_PRICESHEET) {
		gac_sheet *s = NULL;
		st = gac_sheet_load_file(&s, path, &e);
		if (st != GAC_OK) {
			rc = report_error(c, st, &e);
			*oom = gac_validation_add_error(v, path, kind, NULL, st, &e) != GAC_OK;
		} else {
			rc = EXIT_OK;
			*oom = gac_validation_add_sheet(v, path, s) != GAC_OK;
		}
		gac_sheet_free(s);
		return rc;
	}
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	/* the loaders print their errors: keep them for the report too */
	c->caught = &caught;
	rc = load_scenario(c, &sc, path);
	if (rc == EXIT_OK)
		rc = load_scenario_sheet(c, &sheet, pricing, sc);
	c->caught = NULL;
	if (rc != EXIT_OK) {
		*oom = gac_validation_add_error(v, path, kind, sc, caught.status, &caught) != GAC_OK;
	} else {
		size_t at = gac_validation_count(v);
		st = gac_validation_add_scenario(v, path, sc, sheet, &e);
		if (gac_validation_count(v) == at)
			*oom = true;
		else if (st != GAC_OK)
			rc = report_error(c, st, &e);
		else if (gac_validation_warning(v, at))
			fprintf(c->err, "genaicost: %s: warning: %s\n", path, gac_validation_warning(v, at));
	}
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	return rc;
}

int cmd_validate(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *pricing = NULL;
	gac_format format = GAC_FORMAT_TABLE;
	int kind, files = 0, worst = EXIT_OK;
	bool lost = false;  /* a file the JSON document could not record */
	args_init(&a, argc, argv);
	/* options first, so a bad option is a usage error before any work */
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2) {
			files++;
			continue;
		}
		if (!strcmp(a.opt, "-h") || !strcmp(a.opt, "--help")) {
			usage(c);
			return EXIT_OK;
		}
		if (strcmp(a.opt, "--pricing") && strcmp(a.opt, "--format"))
			return usage_error(c, "validate", "unknown option '%s'", a.opt);
		const char *v = args_value(c, &a);
		if (!v)
			return EXIT_USAGE;
		if (!strcmp(a.opt, "--pricing"))
			pricing = v;
		else if (format_arg(c, "validate", v, &format, NULL, false) != EXIT_OK)
			return EXIT_USAGE;
	}
	if (!files)
		return usage_error(c, "validate", "validate needs at least one FILE");
	/* table: each file's line as soon as it is checked; json: one document */
	gac_validation *all = NULL;
	if (format == GAC_FORMAT_JSON && gac_validation_new(&all) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		return EXIT_IO;
	}
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 1) {
			args_value(c, &a);
			continue;
		}
		gac_validation *v = all;
		bool oom = !v && gac_validation_new(&v) != GAC_OK;
		int rc = oom ? EXIT_IO : validate_one(c, v, pos, pricing, &oom);
		if (!all && v) {
			char *text = NULL;
			if (gac_report_validate(&text, v, format) == GAC_OK)
				fputs(text, c->out);
			else
				oom = true;
			gac_free(text);
			gac_validation_free(v);
		}
		if (oom) {
			fprintf(c->err, "genaicost: out of memory\n");
			rc = EXIT_IO;
			lost = true;
		}
		/* the worst outcome wins: I/O (4) over invalid (3) */
		if (rc > worst)
			worst = rc;
	}
	/* a document that lacks a file would misreport the run: none then */
	if (all && !lost) {
		char *text = NULL;
		if (gac_report_validate(&text, all, format) != GAC_OK) {
			fprintf(c->err, "genaicost: out of memory\n");
			worst = EXIT_IO;
		} else {
			fputs(text, c->out);
		}
		gac_free(text);
	}
	gac_validation_free(all);
	return worst;
}

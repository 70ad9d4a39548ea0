/* genaicost diff: what changed between two priced states.  Each side is a
 * saved JSON report or a scenario priced now; one scenario with
 * --pricing-old and --pricing-new shows what a price-sheet change does. */
#include "cli.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost diff OLD NEW [options]\n"
	        "       genaicost diff SCENARIO --pricing-old SHEET --pricing-new SHEET [options]\n\n"
	        "Totals and every line item old -> new, with absolute and percent change;\n"
	        "added and removed items flagged, unchanged ones hidden.  OLD and NEW are\n"
	        "each a saved JSON report (estimate, compare or check --format json) or a\n"
	        "scenario, priced now.\n\n"
	        "Options:\n"
	        "  --pricing FILE|NAME    price sheet for the scenario sides (default: each\n"
	        "                         scenario's own, else aws-bedrock)\n"
	        "  --pricing-old SHEET    with one SCENARIO: the old price sheet\n"
	        "  --pricing-new SHEET    with one SCENARIO: the new price sheet\n"
	        "  --set PATH=VALUE       change a parameter of the scenario sides (repeatable)\n"
	        "  --option NAME          the option whose line items to show (default baseline)\n"
	        "  --all                  show unchanged line items too\n"
	        "  --explain              each changed line's formula, old and new\n"
	        "  --format F             table | json | csv | markdown | html (default table)\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n\n"
	        "Exit status: 0 when the difference was shown (changed or not); 2, 3, 4 as\n"
	        "for every command.  Use 'genaicost check' to fail on an increase.\n");
}

/* A JSON report starts with '{'; anything else is read as a scenario. */
static int is_json(cli *c, const char *path, bool *json)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		gac_error e;
		gac_snapshot *s = NULL;
		/* the library words the I/O error with the file's name */
		gac_status st = gac_snapshot_load_file(&s, path, &e);
		gac_snapshot_free(s);
		return report_error(c, st, &e);
	}
	int ch = fgetc(f);
	/* past a UTF-8 byte order mark and blanks */
	if (ch == 0xEF && fgetc(f) == 0xBB && fgetc(f) == 0xBF)
		ch = fgetc(f);
	while (ch != EOF && isspace(ch))
		ch = fgetc(f);
	fclose(f);
	*json = ch == '{';
	return EXIT_OK;
}

typedef struct side {
	const char *file, *pricing;
} side;

static int load_side(cli *c, common_opts *co, const side *sd, gac_snapshot **out)
{
	gac_error e;
	bool json = false;
	int rc = is_json(c, sd->file, &json);
	if (rc != EXIT_OK)
		return rc;
	if (json) {
		gac_status st = gac_snapshot_load_file(out, sd->file, &e);
		return st == GAC_OK ? EXIT_OK : report_error(c, st, &e);
	}
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	common_opts one = *co;
	one.file = sd->file;
	one.pricing = sd->pricing;
	rc = common_load(c, &one, &sc, &sheet);
	if (rc == EXIT_OK) {
		gac_status st = gac_snapshot_price(out, sc, sheet, &e);
		if (st != GAC_OK)
			rc = report_error(c, st, &e);
	}
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	return rc;
}

/* What the command line asks of diff, besides the shared options. */
typedef struct diff_args {
	const char *files[2], *p_old, *p_new, *option;
	size_t nfiles;
	bool all;
} diff_args;

static int take(cli *c, void *ctx, const char *opt, const char *v)
{
	diff_args *da = ctx;
	if (!opt) {
		if (da->nfiles == 2)
			return usage_error(c, "diff", "diff takes OLD and NEW (got a third: '%s')", v);
		da->files[da->nfiles++] = v;
	} else if (!strcmp(opt, "--all")) {
		da->all = true;
	} else if (!strcmp(opt, "--pricing-old")) {
		da->p_old = v;
	} else if (!strcmp(opt, "--pricing-new")) {
		da->p_new = v;
	} else {
		da->option = v;
	}
	return EXIT_OK;
}

int cmd_diff(cli *c, int argc, char **argv)
{
	static const cmd_opt own[] = {{"--all", false}, {"--pricing-old", true}, {"--pricing-new", true},
	                              {"--option", true}, {NULL, false}};
	common_opts co;
	diff_args da = {0};
	int rc = common_init(c, &co, "diff", argc);
	gac_snapshot *snap[2] = {NULL, NULL};
	char *text = NULL;
	if (rc != EXIT_OK)
		return rc;
	co.explain_ok = true;
	co.own_positionals = true;
	if (!parse_args(c, &co, argc, argv, own, take, &da, usage, &rc))
		goto done;
	if (da.all)
		co.flags |= GAC_REPORT_ALL;
	const char **files = da.files, *p_old = da.p_old, *p_new = da.p_new, *option = da.option;
	size_t nfiles = da.nfiles;
	side sides[2];
	if (p_old || p_new) {
		if (!p_old || !p_new || nfiles != 1 || co.pricing) {
			rc = usage_error(c, co.cmd, "a price-sheet diff takes one SCENARIO with both --pricing-old and "
			                 "--pricing-new (and no --pricing)");
			goto done;
		}
		sides[0] = (side){files[0], p_old};
		sides[1] = (side){files[0], p_new};
	} else {
		if (nfiles != 2) {
			rc = usage_error(c, co.cmd, "diff needs OLD and NEW (reports or scenarios)");
			goto done;
		}
		sides[0] = (side){files[0], co.pricing};
		sides[1] = (side){files[1], co.pricing};
	}
	for (int i = 0; i < 2; i++)
		if ((rc = load_side(c, &co, &sides[i], &snap[i])) != EXIT_OK)
			goto done;
	/* --set and --pricing change scenarios; two saved reports would
	 * silently ignore them */
	if ((co.nsets || co.pricing) && strcmp(gac_snapshot_provenance(snap[0])->kind, "scenario") &&
	    strcmp(gac_snapshot_provenance(snap[1])->kind, "scenario")) {
		rc = usage_error(c, co.cmd, "--set and --pricing apply to scenario sides, and both sides are saved reports");
		goto done;
	}
	const gac_provenance *pa = gac_snapshot_provenance(snap[0]), *pz = gac_snapshot_provenance(snap[1]);
	if (strcmp(pa->currency, pz->currency)) {
		rc = usage_error(c, NULL, "%s is in %s and %s in %s: amounts in two currencies do not compare", pa->source,
		                 pa->currency, pz->source, pz->currency);
		rc = EXIT_INVALID;
		goto done;
	}
	gac_status st = gac_report_diff(&text, snap[0], snap[1], option, report_format(co.format), co.flags);
	if (st == GAC_EPARAM) {
		rc = usage_error(c, co.cmd, "--option %s: %s has no option of that name",
		                 option ? option : "baseline",
		                 gac_snapshot_find(snap[0], option) >= gac_snapshot_count(snap[0]) ? pa->source : pz->source);
		goto done;
	}
	if (st != GAC_OK) {
		fprintf(c->err, "%s: out of memory\n", c->prog);
		rc = EXIT_IO;
		goto done;
	}
	rc = emit_report(c, co.format, text, co.output, GAC_OK, NULL, NULL, NULL, NULL);
done:
	gac_free(text);
	gac_snapshot_free(snap[0]);
	gac_snapshot_free(snap[1]);
	common_done(&co);
	return rc;
}

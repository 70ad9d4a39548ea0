/* genaicost estimate: price a scenario file or a quick workload. */
#define _DEFAULT_SOURCE
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost estimate [SCENARIO] [options]\n\n"
	        "Price one month of a scenario file, or of a single workload given by flags.\n\n"
	        "Options:\n"
	        "  --pricing FILE|NAME    price sheet (default: the scenario's, else aws-bedrock)\n"
	        "  --model ID             model id (quick mode; with a file: every workload)\n"
	        "  --region R             region (default us-east-1)\n"
	        "  --requests N           requests per month (suffixes k, M, B)\n"
	        "  --input-tokens N       mean input tokens per request\n"
	        "  --output-tokens N      mean output tokens per request\n"
	        "  --images N             images per month (image models)\n"
	        "  --mode M               on-demand | batch | provisioned | reserved\n"
	        "  --commitment C         none | 1-month | 6-month (provisioned)\n"
	        "  --model-units N        provisioned model units\n"
	        "  --hours H              hours per month (default 730)\n"
	        "  --set PATH=VALUE       set any parameter (repeatable; see 'genaicost params')\n"
	        "  --format F             table | json | csv | markdown | focus | xlsx | html\n"
	        "                         (default table; xlsx: an Excel workbook with live\n"
	        "                         formulas; html: one page with the chart inline)\n"
	        "  --period YYYY-MM       focus: the first month (default: this month, UTC)\n"
	        "  --months N             focus: months of rows, 1 to 600 (default 1)\n"
	        "  --explain              show each line's formula with its inputs\n"
	        "  --chart FILE           also draw the cost by workload and component as\n"
	        "                         FILE.svg, FILE.png or FILE.pdf\n"
	        "  -o, --output FILE      write the report to FILE (atomically)\n"
	        "  -h, --help             this help\n");
}

/* --period YYYY-MM, strictly: four digits, a dash, two digits 01..12. */
static int parse_period(cli *c, const char *v, int *year, int *month)
{
	bool ok = strlen(v) == 7 && v[4] == '-';
	for (int i = 0; ok && i < 7; i++)
		ok = i == 4 || (v[i] >= '0' && v[i] <= '9');
	if (ok) {
		*year = atoi(v);
		*month = atoi(v + 5);
		ok = *year >= 1 && *month >= 1 && *month <= 12;
	}
	if (!ok)
		return usage_error(c, "estimate", "--period takes a month as YYYY-MM, e.g. 2026-12 (got '%s')", v);
	return EXIT_OK;
}

typedef struct setting {
	const char *path;      /* NULL: per-workload field in `field` */
	const char *field;
	const char *value;
} setting;

struct xlsx_args {
	const gac_result *res;
	const gac_scenario *sc;
	const gac_sheet *sheet;
};

static gac_status write_xlsx(const char *path, void *ctx)
{
	struct xlsx_args *a = ctx;
	return gac_report_xlsx(path, a->res, a->sc, a->sheet, 0);
}

int cmd_estimate(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *file = NULL, *pricing = NULL, *model = NULL, *output = NULL;
	const char *period = NULL, *months_arg = NULL, *chart_path = NULL;
	gac_format format = GAC_FORMAT_TABLE;
	bool quick_no_volume = false;
	bool focus = false;   /* FOCUS is an export of an estimate, not a gac_format */
	int year = 0, month = 0;
	size_t months = 1;
	unsigned flags = 0;
	setting *sets = calloc((size_t)argc + 1, sizeof *sets);
	size_t nsets = 0;
	int rc = EXIT_OK, kind;
	gac_scenario *sc = NULL;
	gac_sheet *sheet = NULL;
	gac_result *res = NULL;
	gac_chart *chart = NULL;
	char *text = NULL;
	gac_error e;
	if (!sets) {
		fprintf(c->err, "genaicost: out of memory\n");
		return EXIT_IO;
	}
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2) {
			if (file) {
				rc = usage_error(c, "estimate", "estimate takes one scenario (got '%s' and '%s')",
				                 file, pos);
				goto done;
			}
			file = pos;
			continue;
		}
		const char *o = a.opt, *v = NULL;
		if (!strcmp(o, "-h") || !strcmp(o, "--help")) {
			usage(c);
			goto done;
		}
		if (!strcmp(o, "--explain")) {
			flags |= GAC_REPORT_EXPLAIN;
			continue;
		}
		static const struct {
			const char *opt, *path, *field;
		} map[] = {
			{"--region", "region", NULL},
			{"--mode", "deployment.mode", NULL},
			{"--commitment", "deployment.commitment", NULL},
			{"--model-units", "deployment.model_units", NULL},
			{"--hours", "hours_per_month", NULL},
			{"--requests", NULL, "requests_per_month"},
			{"--input-tokens", NULL, "input_tokens"},
			{"--output-tokens", NULL, "output_tokens"},
			{"--images", NULL, "requests_per_month"},
		};
		bool known = false;
		for (size_t i = 0; i < sizeof map / sizeof *map; i++) {
			if (strcmp(o, map[i].opt))
				continue;
			known = true;
			if (!(v = args_value(c, &a))) {
				rc = EXIT_USAGE;
				goto done;
			}
			sets[nsets++] = (setting){map[i].path, map[i].field, v};
		}
		if (known)
			continue;
		if (!strcmp(o, "--pricing") || !strcmp(o, "--model") || !strcmp(o, "--format") ||
		    !strcmp(o, "--set") || !strcmp(o, "-o") || !strcmp(o, "--output") ||
		    !strcmp(o, "--period") || !strcmp(o, "--months") || !strcmp(o, "--chart")) {
			if (!(v = args_value(c, &a))) {
				rc = EXIT_USAGE;
				goto done;
			}
		} else {
			rc = usage_error(c, "estimate", "unknown option '%s'", o);
			goto done;
		}
		if (!strcmp(o, "--pricing"))
			pricing = v;
		else if (!strcmp(o, "--model"))
			model = v;
		else if (!strcmp(o, "-o") || !strcmp(o, "--output")) {
			if ((rc = output_arg(c, "estimate", o, v)) != EXIT_OK)
				goto done;
			output = v;
		}
		else if (!strcmp(o, "--chart")) {
			if ((rc = chart_arg(c, "estimate", v)) != EXIT_OK)
				goto done;
			chart_path = v;
		} else if (!strcmp(o, "--period"))
			period = v;
		else if (!strcmp(o, "--months"))
			months_arg = v;
		else if (!strcmp(o, "--format")) {
			focus = !strcmp(v, "focus");
			if (!focus && (rc = format_arg(c, "estimate", v, &format, "focus", true)) != EXIT_OK)
				goto done;
		} else {
			sets[nsets++] = (setting){v, NULL, NULL};
		}
	}
	if (!focus && (period || months_arg)) {
		rc = usage_error(c, "estimate", "%s applies to --format focus only", period ? "--period" : "--months");
		goto done;
	}
	if (format == GAC_FORMAT_XLSX && !focus && chart_path) {
		rc = usage_error(c, "estimate", "--chart does not apply to --format xlsx (draw the chart in a run of "
		                 "its own)");
		goto done;
	}
	if (format == GAC_FORMAT_XLSX && !focus && (flags & GAC_REPORT_EXPLAIN)) {
		rc = usage_error(c, "estimate", "--explain does not apply to --format xlsx (its column K shows how "
		                 "each line is derived)");
		goto done;
	}
	if (focus && (flags & GAC_REPORT_EXPLAIN)) {
		rc = usage_error(c, "estimate", "--explain does not apply to --format focus");
		goto done;
	}
	if (chart_path && (rc = outputs_distinct(c, "estimate", "--chart", chart_path, "-o", output)) != EXIT_OK)
		goto done;
	if (period && (rc = parse_period(c, period, &year, &month)) != EXIT_OK)
		goto done;
	if (months_arg && (rc = parse_months(c, "estimate", months_arg, &months)) != EXIT_OK)
		goto done;
	if (focus && !period) {
		/* the tool reads the clock; the library is given the period */
		time_t now = time(NULL);
		struct tm tm;
		if (!gmtime_r(&now, &tm)) {
			fprintf(c->err, "genaicost: cannot read the clock; give --period YYYY-MM\n");
			rc = EXIT_IO;
			goto done;
		}
		year = tm.tm_year + 1900;
		month = tm.tm_mon + 1;
	}
	if (file) {
		if ((rc = load_scenario(c, &sc, file)) != EXIT_OK)
			goto done;
	} else {
		if (!model) {
			rc = usage_error(c, "estimate", "give a SCENARIO file, or --model ID for a quick estimate");
			goto done;
		}
		bool volume = false;
		for (size_t i = 0; i < nsets; i++)
			volume = volume || (sets[i].field && !strcmp(sets[i].field, "requests_per_month")) ||
			         (!sets[i].field && !sets[i].value &&
			          strstr(sets[i].path, "workloads.default.requests_per_"));
		if (gac_scenario_new(&sc, "quick-estimate") != GAC_OK ||
		    gac_scenario_add_workload(sc, "default", model) != GAC_OK) {
			fprintf(c->err, "genaicost: out of memory\n");
			rc = EXIT_IO;
			goto done;
		}
		/* without a volume the load is unknown: only provisioned units
		 * (billed whatever the load) can be priced, checked below */
		if (volume)
			gac_scenario_set(sc, "workloads.default.requests_per_month", "0", NULL);
		quick_no_volume = !volume;
	}
	/* flags apply after the file, in the order given */
	for (size_t i = 0; i < nsets; i++) {
		gac_status st = GAC_OK;
		if (sets[i].field) {
			for (size_t w = 0; st == GAC_OK && w < gac_scenario_workload_count(sc); w++) {
				char path[512];
				snprintf(path, sizeof path, "workloads.%s.%s", gac_scenario_workload_name(sc, w),
				         sets[i].field);
				st = gac_scenario_set(sc, path, sets[i].value, &e);
			}
		} else if (sets[i].value) {
			st = gac_scenario_set(sc, sets[i].path, sets[i].value, &e);
		} else if ((rc = apply_set_arg(c, sc, sets[i].path, "estimate")) != EXIT_OK) {
			goto done;
		}
		if (st != GAC_OK) {
			/* a bad flag or --set value is a usage error, whatever its cause */
			rc = usage_error(c, "estimate", "%s", e.message);
			goto done;
		}
	}
	if (quick_no_volume) {
		double mode = 0, units = 0;
		gac_scenario_get_number(&mode, sc, "deployment.mode");
		gac_scenario_get_number(&units, sc, "deployment.model_units");
		if (mode != 2 || units == 0) {
			rc = usage_error(c, "estimate", "a quick estimate needs --requests N (or --images N), or "
			                 "--mode provisioned with --model-units N, whose units are billed "
			                 "whatever the load");
			goto done;
		}
	}
	if (model && file) {
		for (size_t w = 0; w < gac_scenario_workload_count(sc); w++) {
			char path[512];
			snprintf(path, sizeof path, "workloads.%s.model", gac_scenario_workload_name(sc, w));
			if (gac_scenario_set(sc, path, model, &e) != GAC_OK) {
				rc = usage_error(c, "estimate", "--model: %s", e.message);
				goto done;
			}
		}
	}
	rc = load_scenario_sheet(c, &sheet, pricing, sc);
	if (rc != EXIT_OK)
		goto done;
	gac_status st = gac_estimate(&res, sc, sheet, &e);
	if (st != GAC_OK) {
		rc = report_error(c, st, &e);
		if (!file && st == GAC_ESCHEMA && strstr(e.message, "does not say its"))
			fprintf(c->err, "%s: a quick estimate takes them as --input-tokens N and --output-tokens N\n",
			        c->prog);
		else if (!file && st == GAC_EVALUE && strstr(e.message, "embedding models produce no output tokens"))
			fprintf(c->err, "%s: for an embedding model leave out --output-tokens (or give 0)\n", c->prog);
		goto done;
	}
	if ((rc = warn_retired(c, sheet, (const gac_result *const[]){res}, 1)) != EXIT_OK)
		goto done;
	if (!focus && format == GAC_FORMAT_XLSX) {
		struct xlsx_args xa = {res, sc, sheet};
		rc = emit_xlsx(c, "estimate", write_xlsx, &xa, output);
		goto done;
	}
	st = focus ? gac_report_focus(&text, res, sc, sheet, year, month, months)
	           : gac_report(&text, res, sc, sheet, report_format(format), flags);
	if (st != GAC_OK) {
		if (st == GAC_EVALUE)  /* only a period running past 9999 */
			rc = usage_error(c, "estimate", "--period %s with --months %zu runs past 9999-12",
			                 period ? period : "(this month)", months);
		else
			rc = report_error(c, st, NULL);
		goto done;
	}
	st = !focus && wants_chart(format, chart_path) ? gac_chart_estimate(&chart, res, gac_scenario_name(sc)) : GAC_OK;
	chart_provenance(&st, chart, sheet, sc);
	rc = emit_report(c, focus ? GAC_FORMAT_CSV : format, text, output, st, chart, chart_path, sheet, sc);
done:
	gac_chart_free(chart);
	gac_free(text);
	gac_result_free(res);
	gac_sheet_free(sheet);
	gac_scenario_free(sc);
	free(sets);
	return rc;
}

/* genaicost calibrate: invocation logs or CloudWatch metrics into a
 * scenario that prices at once, its monthly history, and a report of
 * what was read and left out. */
#define _DEFAULT_SOURCE
#include "cli.h"

#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost calibrate FILES... [--from logs|cloudwatch|cur|focus]\n"
	        "                           [--period START..END] [-o SCENARIO.yaml] [--history CSV]\n"
	        "                           [--region REGION] [--model ID] [--pricing SHEET]\n"
	        "                           [--request-tokens [MODEL=]N]... [--map FILE]\n"
	        "                           [--format table|json|markdown|html]\n\n"
	        "Read real Amazon Bedrock usage and write a scenario that prices at once: one\n"
	        "workload per model and region, with requests per month, mean input and output\n"
	        "tokens, cache read and write fractions, active hours a day and peak to average\n"
	        "from the busiest hour, and growth a month fitted on the monthly series (3 months\n"
	        "or more), each value with a comment naming its data.  FILES are Bedrock model\n"
	        "invocation logs (JSON lines, plain or gzip, any number, streamed) or the output of\n"
	        "aws cloudwatch get-metric-data with its query file (or of get-metric-statistics),\n"
	        "or bills (--from cur: AWS CUR 2.0 exports; --from focus: FOCUS 1.x exports), whose\n"
	        "token lines give tokens a month; a bill counts no requests, so --request-tokens\n"
	        "states the mean tokens of a request, and the requests written are assumed.\n"
	        "What was read, used and left out is reported on standard error.\n\n"
	        "Options:\n"
	        "  --from KIND        logs, cloudwatch, cur or focus (default: logs or cloudwatch,\n"
	        "                     told by each file's content)\n"
	        "  --request-tokens [MODEL=]N\n"
	        "                     bills: the mean tokens (input, cache and output) of a request\n"
	        "                     of MODEL, or of every model; required for bills\n"
	        "  --map FILE         bills: the offer map of usage types (default: the bundled\n"
	        "                     aws-offer-map.yaml)\n"
	        "  --period S..E      only usage from S to E: dates (E counts its whole day) or\n"
	        "                     RFC 3339 times; default the data's first to last hour\n"
	        "  -o, --output FILE  write the scenario to FILE (atomically; default stdout)\n"
	        "  --history FILE     write the monthly series as CSV for empirical distributions;\n"
	        "                     beside -o's file, the scenario draws from it under uncertain:\n"
	        "  --region REGION    the region of usage that does not name one (CloudWatch;\n"
	        "                     default us-east-1)\n"
	        "  --model ID         the model of get-metric-statistics output\n"
	        "  --pricing SHEET    the price sheet that checks the models (default aws-bedrock)\n"
	        "  --format F         the report of what was read: table (on standard error), or\n"
	        "                     json (calibrate/1), markdown or html on standard output\n"
	        "                     (these need -o for the scenario)\n"
	        "  -h, --help         this help\n");
}

/* The history as the scenario names it: its file name when both files
 * are in one directory, else NULL (the scenario then draws nothing). */
static char *history_ref(const char *scenario, const char *history)
{
	if (!scenario || !history || !strcmp(scenario, "-") || !strcmp(history, "-"))
		return NULL;
	char *a = strdup(scenario), *b = strdup(history), *ref = NULL;
	char ra[PATH_MAX], rb[PATH_MAX];
	if (a && b && realpath(dirname(a), ra) && realpath(dirname(b), rb) && !strcmp(ra, rb)) {
		free(b);
		b = strdup(history);
		ref = b ? strdup(basename(b)) : NULL;
	}
	free(a);
	free(b);
	return ref;
}

int cmd_calibrate(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *period = NULL, *output = NULL, *history = NULL, *region = NULL, *model = NULL,
	                 *pricing = NULL, *map = NULL;
	bool rules = false;
	gac_format report = GAC_FORMAT_TABLE;  /* --format: of the report of what was read */
	gac_usage_format format = GAC_USAGE_AUTO;
	int kind, files = 0, rc;
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2) {
			files++;
			continue;
		}
		if (!strcmp(a.opt, "-h") || !strcmp(a.opt, "--help")) {
			usage(c);
			return EXIT_OK;
		}
		if (strcmp(a.opt, "--from") && strcmp(a.opt, "--period") && strcmp(a.opt, "-o") &&
		    strcmp(a.opt, "--output") && strcmp(a.opt, "--history") && strcmp(a.opt, "--region") &&
		    strcmp(a.opt, "--model") && strcmp(a.opt, "--pricing") && strcmp(a.opt, "--request-tokens") &&
		    strcmp(a.opt, "--map") && strcmp(a.opt, "--format"))
			return usage_error(c, "calibrate", "unknown option '%s'", a.opt);
		const char *v = args_value(c, &a);
		if (!v)
			return EXIT_USAGE;
		if (!strcmp(a.opt, "--from")) {
			if (!strcmp(v, "logs"))
				format = GAC_USAGE_LOGS;
			else if (!strcmp(v, "cloudwatch"))
				format = GAC_USAGE_CLOUDWATCH;
			else if (!strcmp(v, "cur"))
				format = GAC_USAGE_CUR;
			else if (!strcmp(v, "focus"))
				format = GAC_USAGE_FOCUS;
			else
				return usage_error(c, "calibrate", "--from '%s': logs, cloudwatch, cur or focus", v);
		} else if (!strcmp(a.opt, "--period")) {
			period = v;
		} else if (!strcmp(a.opt, "-o") || !strcmp(a.opt, "--output")) {
			if ((rc = output_arg(c, "calibrate", a.opt, v)) != EXIT_OK)
				return rc;
			output = v;
		} else if (!strcmp(a.opt, "--history")) {
			if ((rc = output_arg(c, "calibrate", a.opt, v)) != EXIT_OK)
				return rc;
			history = v;
		} else if (!strcmp(a.opt, "--region")) {
			region = v;
		} else if (!strcmp(a.opt, "--model")) {
			model = v;
		} else if (!strcmp(a.opt, "--request-tokens")) {
			rules = true;
		} else if (!strcmp(a.opt, "--map")) {
			map = v;
		} else if (!strcmp(a.opt, "--format")) {
			if (format_arg(c, "calibrate", v, &report, NULL, false) != EXIT_OK)
				return EXIT_USAGE;
		} else {
			pricing = v;
		}
	}
	if (!files)
		return usage_error(c, "calibrate", "calibrate needs at least one usage file");
	/* the report goes to standard error as a table, else to standard
	 * output, where the scenario then cannot go */
	bool to_out = report != GAC_FORMAT_TABLE;
	if (to_out && (!output || !strcmp(output, "-")))
		return usage_error(c, "calibrate", "--format %s prints the report on standard output: write the "
		                                   "scenario with -o FILE", gac_format_name(report));
	bool bills = format == GAC_USAGE_CUR || format == GAC_USAGE_FOCUS;
	if (bills && !rules)
		return usage_error(c, "calibrate",
		                   "--from %s: a bill counts tokens, not requests; state the mean tokens of a request "
		                   "(input, cache and output together) with --request-tokens N, or MODEL=N per model",
		                   format == GAC_USAGE_CUR ? "cur" : "focus");
	if (!bills && (rules || map))
		return usage_error(c, "calibrate", "%s is for bills (--from cur or --from focus)",
		                   rules ? "--request-tokens" : "--map");
	if (history && (rc = outputs_distinct(c, "calibrate", "--history", history, "-o", output)) != EXIT_OK)
		return rc;
	gac_calibration *cal = NULL;
	gac_sheet *sheet = NULL;
	gac_error e;
	gac_error_clear(&e);
	char *scenario = NULL, *csv = NULL, *text = NULL, *ref = NULL;
	gac_status st = gac_calibration_new(&cal);
	if (st != GAC_OK) {
		rc = report_error(c, st, NULL);
		goto done;
	}
	if (period && (st = gac_calibration_set_period(cal, period, &e)) != GAC_OK) {
		rc = st == GAC_EVALUE ? usage_error(c, "calibrate", "--period: %s", e.message) : report_error(c, st, &e);
		goto done;
	}
	if (region && (st = gac_calibration_set_region(cal, region)) != GAC_OK) {
		rc = st == GAC_EVALUE ? usage_error(c, "calibrate", "--region '%s' is no AWS region id", region)
		                      : report_error(c, st, NULL);
		goto done;
	}
	if (model && (st = gac_calibration_set_model(cal, model)) != GAC_OK) {
		rc = report_error(c, st, NULL);
		goto done;
	}
	char mapbuf[4096];
	if (bills && (st = gac_calibration_set_map(cal, map ? map : default_offer_map(mapbuf, sizeof mapbuf))) != GAC_OK) {
		rc = report_error(c, st, NULL);
		goto done;
	}
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind != 1)
			continue;
		const char *v = args_value(c, &a);
		if (strcmp(a.opt, "--request-tokens"))
			continue;
		/* MODEL=N or N; a model id holds no '=' */
		const char *eq = strrchr(v, '=');
		char *m = eq ? strndup(v, (size_t)(eq - v)) : NULL;
		const char *num = eq ? eq + 1 : v;
		char *end = NULL;
		double t = strtod(num, &end);
		if (eq && !m) {
			rc = report_error(c, GAC_ENOMEM, NULL);
			goto done;
		}
		st = !end || end == num || *end || (eq && eq == v) ? GAC_EVALUE
		                                                    : gac_calibration_set_request_tokens(cal, m, t);
		free(m);
		if (st != GAC_OK) {
			rc = st == GAC_EVALUE ? usage_error(c, "calibrate",
			                                    "--request-tokens '%s': a number of tokens above 0, or MODEL=N", v)
			                      : report_error(c, st, NULL);
			goto done;
		}
	}
	if ((rc = load_sheet(c, &sheet, pricing, NULL)) != EXIT_OK)
		goto done;
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 1) {
			args_value(c, &a);
			continue;
		}
		if ((st = gac_calibration_add_file(cal, pos, format, &e)) != GAC_OK) {
			if (st == GAC_EARG && !model)
				rc = usage_error(c, "calibrate", "%s: %s", pos, e.message);
			else
				rc = report_error(c, st, &e);
			goto done;
		}
	}
	if ((st = gac_calibration_finish(cal, sheet, &e)) != GAC_OK) {
		if (st == GAC_EMODEL && gac_report_calibration(&text, cal, GAC_FORMAT_TABLE) == GAC_OK)
			fputs(text, c->err);
		rc = report_error(c, st, &e);
		goto done;
	}
	ref = history_ref(output, history);
	if ((st = gac_calibration_scenario(&scenario, cal, ref)) != GAC_OK ||
	    (history && (st = gac_calibration_history(&csv, cal)) != GAC_OK) ||
	    (st = gac_report_calibration(&text, cal, report_format(report))) != GAC_OK) {
		rc = report_error(c, st, NULL);
		goto done;
	}
	if (report == GAC_FORMAT_HTML) {
		char *page = NULL;
		if ((rc = html_page(c, &page, text, GAC_OK, NULL, sheet, NULL)) != EXIT_OK)
			goto done;
		gac_free(text);
		text = page;
	}
	if (history) {
		/* both ready before either is put in place */
		const out_piece both[] = {{csv, OUT_TEXT, history}, {scenario, OUT_TEXT, output}};
		rc = emit_together(c, both, 2);
	} else {
		rc = emit(c, scenario, output);
	}
	if (rc == EXIT_OK)
		fputs(text, to_out ? c->out : c->err);
done:
	free(ref);
	gac_free(scenario);
	gac_free(csv);
	gac_free(text);
	gac_sheet_free(sheet);
	gac_calibration_free(cal);
	return rc;
}

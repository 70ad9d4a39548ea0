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
	        "usage: genaicost calibrate FILES... [--from logs|cloudwatch] [--period START..END]\n"
	        "                           [-o SCENARIO.yaml] [--history CSV] [--region REGION]\n"
	        "                           [--model ID] [--pricing SHEET]\n\n"
	        "Read real Amazon Bedrock usage and write a scenario that prices at once: one\n"
	        "workload per model and region, with requests per month, mean input and output\n"
	        "tokens, cache read and write fractions, active hours a day and peak to average\n"
	        "from the busiest hour, and growth a month fitted on the monthly series (3 months\n"
	        "or more), each value with a comment naming its data.  FILES are Bedrock model\n"
	        "invocation logs (JSON lines, plain or gzip, any number, streamed) or the output of\n"
	        "aws cloudwatch get-metric-data with its query file (or of get-metric-statistics).\n"
	        "What was read, used and left out is reported on standard error.\n\n"
	        "Options:\n"
	        "  --from KIND        logs or cloudwatch (default: told by each file's content)\n"
	        "  --period S..E      only usage from S to E: dates (E counts its whole day) or\n"
	        "                     RFC 3339 times; default the data's first to last hour\n"
	        "  -o, --output FILE  write the scenario to FILE (atomically; default stdout)\n"
	        "  --history FILE     write the monthly series as CSV for empirical distributions;\n"
	        "                     beside -o's file, the scenario draws from it under uncertain:\n"
	        "  --region REGION    the region of usage that does not name one (CloudWatch;\n"
	        "                     default us-east-1)\n"
	        "  --model ID         the model of get-metric-statistics output\n"
	        "  --pricing SHEET    the price sheet that checks the models (default aws-bedrock)\n"
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
	                 *pricing = NULL;
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
		    strcmp(a.opt, "--model") && strcmp(a.opt, "--pricing"))
			return usage_error(c, "calibrate", "unknown option '%s'", a.opt);
		const char *v = args_value(c, &a);
		if (!v)
			return EXIT_USAGE;
		if (!strcmp(a.opt, "--from")) {
			if (!strcmp(v, "logs"))
				format = GAC_USAGE_LOGS;
			else if (!strcmp(v, "cloudwatch"))
				format = GAC_USAGE_CLOUDWATCH;
			else if (!strcmp(v, "cur") || !strcmp(v, "focus"))
				return usage_error(c, "calibrate",
				                   "--from %s: calibrating from bills is not built yet; use logs or cloudwatch",
				                   v);
			else
				return usage_error(c, "calibrate", "--from '%s': logs or cloudwatch", v);
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
		} else {
			pricing = v;
		}
	}
	if (!files)
		return usage_error(c, "calibrate", "calibrate needs at least one usage file");
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
	    (st = gac_report_calibration(&text, cal, GAC_FORMAT_TABLE)) != GAC_OK) {
		rc = report_error(c, st, NULL);
		goto done;
	}
	if (history) {
		/* both ready before either is put in place */
		out_stage outs[2];
		if ((rc = emit_stage(c, &outs[0], csv, history)) == EXIT_OK) {
			if ((rc = emit_stage(c, &outs[1], scenario, output)) == EXIT_OK)
				rc = emit_commit_all(c, outs, 2);
			else
				emit_abort(&outs[0]);
		}
	} else {
		rc = emit(c, scenario, output);
	}
	if (rc == EXIT_OK)
		fputs(text, c->err);
done:
	free(ref);
	gac_free(scenario);
	gac_free(csv);
	gac_free(text);
	gac_sheet_free(sheet);
	gac_calibration_free(cal);
	return rc;
}

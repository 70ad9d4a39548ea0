/*
 * Amazon Bedrock model invocation logs (lib/usage.h): the JSON-lines
 * records Bedrock delivers to S3 or CloudWatch Logs, plain or gzip, read
 * a line at a time (lib/lines.c), one jansson document per line.
 *
 * A record of schemaType ModelInvocationLog gives timestamp, region,
 * modelId (a model id, an inference-profile id, or the ARN of either),
 * input.inputTokenCount, input.cacheReadInputTokenCount,
 * input.cacheWriteInputTokenCount and output.outputTokenCount (and
 * output.outputImageCount for image models).  A record with an errorCode
 * is no billed request: ThrottlingException counts as a throttle, any
 * other as a failure.  A line that is no JSON object is invalid input at
 * its line and column; nothing else is passed over without a count.
 */
#include "usage.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

/* A count field: absent is 0, anything but a whole number >= 0 is bad. */
static bool count_of(double *out, json_t *obj, const char *key)
{
	json_t *v = obj ? json_object_get(obj, key) : NULL;
	if (!v || json_is_null(v)) {
		*out = 0;
		return true;
	}
	if (json_is_integer(v) && json_integer_value(v) >= 0) {
		*out = (double)json_integer_value(v);
		return true;
	}
	if (json_is_real(v) && json_real_value(v) >= 0 && isfinite(json_real_value(v)) &&
	    json_real_value(v) == floor(json_real_value(v))) {
		*out = json_real_value(v);
		return true;
	}
	return false;
}

/* The model of an ARN of a foundation model or a system inference
 * profile; an application inference profile's ARN stays as it is (its id
 * does not name the model). */
static const char *model_of(const char *id)
{
	if (strncmp(id, "arn:", 4))
		return id;
	const char *slash = strrchr(id, '/');
	if (!slash)
		return id;
	if (strstr(id, ":foundation-model/") || strstr(id, ":inference-profile/"))
		return slash + 1;
	return id;
}

gac_status gac_usage_read_logs(gac_usage *u, gac_log_stats *stats, const char *path, int64_t start, int64_t end,
                               const char *default_region, gac_error *err)
{
	gac_lines *r = NULL;
	gac_status st = gac_lines_open(&r, path, 0, err);
	if (st != GAC_OK)
		return st;
	stats->files++;
	const char *line;
	size_t len;
	unsigned long lineno;
	json_t *root = NULL;
	while ((st = gac_lines_next(&line, &len, &lineno, r, err)) == GAC_OK && line) {
		stats->lines++;
		size_t i = 0;
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i == len) {
			stats->blank++;
			continue;
		}
		json_error_t je;
		gac_json_watch();
		root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
		if (gac_json_failed() || (!root && json_error_code(&je) == json_error_out_of_memory)) {
			/* jansson may drop a member it could not store and go on */
			st = gac_fail(err, GAC_ENOMEM, path, (unsigned)lineno, 0, "out of memory");
			break;
		}
		if (!root) {
			st = gac_fail(err, GAC_ESYNTAX, path, (unsigned)lineno, je.column > 0 ? (unsigned)je.column : 1,
			              "not an invocation-log record: %s", je.text);
			break;
		}
		if (!json_is_object(root)) {
			st = gac_fail(err, GAC_ESCHEMA, path, (unsigned)lineno, (unsigned)i + 1,
			              "an invocation-log record is a JSON object");
			break;
		}
		stats->records++;
		const char *schema = json_string_value(json_object_get(root, "schemaType"));
		if (!schema || strcmp(schema, "ModelInvocationLog")) {
			stats->other++;
			json_decref(root);
			root = NULL;
			continue;
		}
		const char *ts = json_string_value(json_object_get(root, "timestamp"));
		const char *model = json_string_value(json_object_get(root, "modelId"));
		const char *region = json_string_value(json_object_get(root, "region"));
		int64_t t;
		if (!ts || !model || !*model) {
			st = gac_fail(err, GAC_ESCHEMA, path, (unsigned)lineno, (unsigned)i + 1,
			              "the record has no %s", !ts ? "timestamp" : "modelId");
			break;
		}
		if (!gac_time_parse(&t, ts, false, NULL)) {
			st = gac_fail(err, GAC_EVALUE, path, (unsigned)lineno, (unsigned)i + 1,
			              "timestamp '%.*s%s' is no RFC 3339 time (2026-01-31T14:05:00Z)", GAC_SHOW(ts));
			break;
		}
		if (!region || !*region)
			region = default_region;
		else if (!gac_region_id_ok(region)) {
			st = gac_fail(err, GAC_EVALUE, path, (unsigned)lineno, (unsigned)i + 1,
			              "region '%.*s%s' is no AWS region id", GAC_SHOW(region));
			break;
		}
		if (start < end && (t < start || t >= end)) {
			stats->outside++;
			json_decref(root);
			root = NULL;
			continue;
		}
		gac_usage_counts c = {0};
		json_t *in = json_object_get(root, "input"), *out = json_object_get(root, "output");
		const char *code = json_string_value(json_object_get(root, "errorCode"));
		if (code && *code) {
			if (strcmp(code, "ThrottlingException")) {
				stats->failed++;
				json_decref(root);
				root = NULL;
				continue;
			}
			stats->throttled++;
			c.throttles = 1;
		} else {
			const char *bad = NULL;
			if (!count_of(&c.input, in, "inputTokenCount"))
				bad = "input.inputTokenCount";
			else if (!count_of(&c.cache_read, in, "cacheReadInputTokenCount"))
				bad = "input.cacheReadInputTokenCount";
			else if (!count_of(&c.cache_write, in, "cacheWriteInputTokenCount"))
				bad = "input.cacheWriteInputTokenCount";
			else if (!count_of(&c.output, out, "outputTokenCount"))
				bad = "output.outputTokenCount";
			else if (!count_of(&c.images, out, "outputImageCount"))
				bad = "output.outputImageCount";
			if (bad) {
				st = gac_fail(err, GAC_EVALUE, path, (unsigned)lineno, (unsigned)i + 1,
				              "%s is not a whole number of 0 or more", bad);
				break;
			}
			c.requests = 1;
			stats->used++;
		}
		size_t s;
		int64_t hour = t >= 0 ? t / 3600 : -((-t + 3599) / 3600);
		if ((st = gac_usage_series_get(&s, u, model_of(model), region)) != GAC_OK ||
		    (st = gac_usage_add(u, s, hour, 1, &c)) != GAC_OK) {
			st = gac_fail(err, st, path, (unsigned)lineno, 0, "%s",
			              st == GAC_ENOMEM ? "out of memory" : "too many distinct models");
			break;
		}
		json_decref(root);
		root = NULL;
	}
	json_decref(root);
	gac_lines_close(r);
	return st;
}

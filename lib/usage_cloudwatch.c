/*
 * CloudWatch metrics of Amazon Bedrock (namespace AWS/Bedrock, dimension
 * ModelId), as the AWS CLI writes them (lib/usage.h):
 *  - get-metric-data: {"MetricDataResults": [{"Id", "Label", "Timestamps",
 *    "Values", "StatusCode"}], "Messages": [...]}, with the queries it
 *    ran, [{"Id", "MetricStat": {"Metric": {"Namespace", "MetricName",
 *    "Dimensions": [{"Name": "ModelId", "Value"}]}, "Period", "Stat"}}]
 *    or {"MetricDataQueries": [...]} as --cli-input-json takes them;
 *  - get-metric-statistics: {"Label", "Datapoints": [{"Timestamp", "Sum",
 *    "Unit"}]}, which names neither model nor period: the caller gives
 *    the model, the period is the smallest step between datapoints.
 * CloudWatch writes no datapoint for a period without data: a gap is
 * zero.  Its output carries no positions, so errors name the file and the
 * query's Id.
 */
#include "usage.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define CW_MAX_BYTES (256u * 1024u * 1024u)

void gac_cw_done(gac_cw *cw)
{
	if (!cw)
		return;
	for (size_t i = 0; i < cw->nq; i++) {
		free(cw->q[i].id);
		free(cw->q[i].metric);
		free(cw->q[i].model);
		free(cw->q[i].stat);
		free(cw->q[i].file);
	}
	for (size_t i = 0; i < cw->nr; i++) {
		free(cw->r[i].id);
		free(cw->r[i].file);
		free(cw->r[i].t);
		free(cw->r[i].v);
		free(cw->r[i].metric);
		free(cw->r[i].model);
		free(cw->r[i].stat);
	}
	free(cw->q);
	free(cw->r);
	memset(cw, 0, sizeof *cw);
}

static gac_status bad(gac_error *err, gac_status st, const char *path, const char *fmt, const char *a,
                      const char *b)
{
	return gac_fail(err, st, path, 0, 0, fmt, a ? a : "", b ? b : "");
}

static gac_status add_query(gac_cw *cw, json_t *q, const char *path, gac_error *err)
{
	const char *id = json_string_value(json_object_get(q, "Id"));
	if (!json_is_object(q) || !id)
		return bad(err, GAC_ESCHEMA, path, "a metric data query without an Id%s%s", NULL, NULL);
	json_t *ms = json_object_get(q, "MetricStat");
	if (!ms) /* an expression (Expression): nothing of ours */
		return GAC_OK;
	json_t *m = json_object_get(ms, "Metric");
	const char *ns = json_string_value(json_object_get(m, "Namespace"));
	const char *name = json_string_value(json_object_get(m, "MetricName"));
	const char *stat = json_string_value(json_object_get(ms, "Stat"));
	json_t *per = json_object_get(ms, "Period");
	if (!ns || !name || !stat || !json_is_integer(per) || json_integer_value(per) <= 0)
		return bad(err, GAC_ESCHEMA, path,
		           "query '%s': MetricStat needs Metric.Namespace, Metric.MetricName, a Period in seconds "
		           "and a Stat%s",
		           id, NULL);
	if (strcmp(ns, "AWS/Bedrock"))
		return bad(err, GAC_EVALUE, path, "query '%s': namespace '%s' is not AWS/Bedrock", id, ns);
	const char *model = NULL;
	json_t *dims = json_object_get(m, "Dimensions"), *d;
	size_t i;
	json_array_foreach(dims, i, d) {
		const char *dn = json_string_value(json_object_get(d, "Name"));
		if (dn && !strcmp(dn, "ModelId"))
			model = json_string_value(json_object_get(d, "Value"));
	}
	if (!model || !*model)
		return bad(err, GAC_EVALUE, path,
		           "query '%s': no ModelId dimension (metrics of all models together cannot be told "
		           "apart by model)%s",
		           id, NULL);
	for (size_t k = 0; k < cw->nq; k++)
		if (!strcmp(cw->q[k].id, id))
			return bad(err, GAC_EVALUE, path, "query Id '%s' is given twice (first in %s)", id, cw->q[k].file);
	if (cw->nq == cw->qcap) {
		size_t cap = cw->qcap ? cw->qcap * 2 : 16;
		gac_cw_query *p = gac_realloc(cw->q, cap * sizeof *p);
		if (!p)
			return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
		cw->q = p;
		cw->qcap = cap;
	}
	gac_cw_query *e = &cw->q[cw->nq];
	memset(e, 0, sizeof *e);
	e->id = gac_strdup(id);
	e->metric = gac_strdup(name);
	e->model = gac_strdup(model);
	e->stat = gac_strdup(stat);
	e->file = gac_strdup(path);
	e->period = (long)json_integer_value(per);
	cw->nq++;
	if (!e->id || !e->metric || !e->model || !e->stat || !e->file)
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	return GAC_OK;
}

static gac_cw_result *new_result(gac_cw *cw, const char *id, const char *path, size_t n)
{
	if (cw->nr == cw->rcap) {
		size_t cap = cw->rcap ? cw->rcap * 2 : 16;
		gac_cw_result *p = gac_realloc(cw->r, cap * sizeof *p);
		if (!p)
			return NULL;
		cw->r = p;
		cw->rcap = cap;
	}
	gac_cw_result *r = &cw->r[cw->nr++];
	memset(r, 0, sizeof *r);
	r->id = gac_strdup(id);
	r->file = gac_strdup(path);
	r->t = gac_malloc((n ? n : 1) * sizeof *r->t);
	r->v = gac_malloc((n ? n : 1) * sizeof *r->v);
	if (!r->id || !r->file || !r->t || !r->v)
		return NULL;
	return r;
}

static gac_status add_result(gac_cw *cw, gac_cw_stats *stats, json_t *res, const char *path, gac_error *err)
{
	const char *id = json_string_value(json_object_get(res, "Id"));
	json_t *ts = json_object_get(res, "Timestamps"), *vs = json_object_get(res, "Values");
	if (!id || !json_is_array(ts) || !json_is_array(vs))
		return bad(err, GAC_ESCHEMA, path, "a metric data result needs an Id, Timestamps and Values%s%s", NULL,
		           NULL);
	if (json_array_size(ts) != json_array_size(vs))
		return bad(err, GAC_EVALUE, path, "result '%s': Timestamps and Values differ in length%s", id, NULL);
	const char *code = json_string_value(json_object_get(res, "StatusCode"));
	if (code && strcmp(code, "Complete") && strcmp(code, "PartialData"))
		return bad(err, GAC_EVALUE, path, "result '%s': StatusCode %s: CloudWatch returned no usable data", id,
		           code);
	size_t n = json_array_size(ts);
	gac_cw_result *r = new_result(cw, id, path, n);
	if (!r)
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	r->partial = code && !strcmp(code, "PartialData");
	if (r->partial)
		stats->partial++;
	for (size_t i = 0; i < n; i++) {
		const char *t = json_string_value(json_array_get(ts, i));
		json_t *v = json_array_get(vs, i);
		if (!t || !gac_time_parse(&r->t[i], t, false, NULL))
			return bad(err, GAC_EVALUE, path, "result '%s': timestamp '%s' is no RFC 3339 time", id,
			           t ? t : "(not a string)");
		if (!json_is_number(v) || !(json_number_value(v) >= 0) || !isfinite(json_number_value(v)))
			return bad(err, GAC_EVALUE, path, "result '%s': a value is not a number of 0 or more%s", id, NULL);
		r->v[i] = json_number_value(v);
		r->n++;
	}
	return GAC_OK;
}

static gac_status add_statistics(gac_cw *cw, json_t *root, const char *path, const char *model, gac_error *err)
{
	const char *label = json_string_value(json_object_get(root, "Label"));
	json_t *dps = json_object_get(root, "Datapoints"), *dp;
	if (!label || !json_is_array(dps))
		return bad(err, GAC_ESCHEMA, path, "get-metric-statistics output needs a Label and Datapoints%s%s", NULL,
		           NULL);
	if (!model)
		return bad(err, GAC_EARG, path,
		           "get-metric-statistics output (metric %s) does not name its model: give it with --model%s",
		           label, NULL);
	size_t n = json_array_size(dps), i;
	gac_cw_result *r = new_result(cw, path, path, n);
	if (!r || !(r->metric = gac_strdup(label)) || !(r->model = gac_strdup(model)))
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	json_array_foreach(dps, i, dp) {
		const char *t = json_string_value(json_object_get(dp, "Timestamp"));
		const char *stat = json_object_get(dp, "Sum") ? "Sum" : json_object_get(dp, "SampleCount") ? "SampleCount"
		                                                                                            : NULL;
		if (!t || !gac_time_parse(&r->t[i], t, false, NULL))
			return bad(err, GAC_EVALUE, path, "datapoint %s: no RFC 3339 Timestamp%s", t ? t : "(none)", NULL);
		if (!stat)
			return bad(err, GAC_EVALUE, path,
			           "datapoint %s: no Sum (ask get-metric-statistics for --statistics Sum)%s", t, NULL);
		if (!r->stat && !(r->stat = gac_strdup(stat)))
			return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
		json_t *v = json_object_get(dp, stat);
		if (!json_is_number(v) || !(json_number_value(v) >= 0) || !isfinite(json_number_value(v)))
			return bad(err, GAC_EVALUE, path, "datapoint %s: %s is not a number of 0 or more", t, stat);
		r->v[i] = json_number_value(v);
		r->n++;
	}
	/* the period: the smallest step between datapoints */
	long step = 0;
	for (size_t a = 0; a < r->n; a++)
		for (size_t b = a + 1; b < r->n && b < a + 64; b++) {
			int64_t d = r->t[a] > r->t[b] ? r->t[a] - r->t[b] : r->t[b] - r->t[a];
			if (d > 0 && (!step || d < step))
				step = (long)d;
		}
	if (r->n && !step)
		return bad(err, GAC_EVALUE, path,
		           "metric %s: one datapoint gives no period; ask for a range of two periods or more%s", label,
		           NULL);
	r->period = step;
	return GAC_OK;
}

gac_status gac_cw_read(gac_cw *cw, gac_cw_stats *stats, const char *path, const char *stat_model, gac_error *err)
{
	char *data = NULL;
	size_t len = 0;
	gac_status st = gac_read_file(&data, &len, path, CW_MAX_BYTES, err);
	if (st != GAC_OK)
		return st;
	json_error_t je;
	gac_json_watch();
	json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	free(data);
	if (gac_json_failed() || (!root && json_error_code(&je) == json_error_out_of_memory)) {
		json_decref(root);
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	}
	if (!root) {
		return gac_fail(err, GAC_ESYNTAX, path, je.line > 0 ? (unsigned)je.line : 0,
		                je.column > 0 ? (unsigned)je.column : 0, "%s", je.text);
	}
	stats->files++;
	json_t *list = json_is_array(root) ? root : json_object_get(root, "MetricDataQueries");
	/* a --cli-input-json file carries the range asked for: its hours
	 * without a datapoint are hours without usage */
	const char *from = json_string_value(json_object_get(root, "StartTime"));
	const char *to = json_string_value(json_object_get(root, "EndTime"));
	int64_t a, b;
	if (list && from && to && gac_time_parse(&a, from, true, NULL) && gac_time_parse(&b, to, true, NULL) && a < b) {
		bool none = cw->start >= cw->end;
		if (none || a < cw->start)
			cw->start = a;
		if (none || b > cw->end)
			cw->end = b;
	}
	json_t *res = json_object_get(root, "MetricDataResults"), *e;
	size_t i;
	if (list && json_is_array(list)) {
		json_array_foreach(list, i, e) {
			if ((st = add_query(cw, e, path, err)) != GAC_OK)
				break;
		}
	} else if (json_is_array(res)) {
		json_array_foreach(res, i, e) {
			if ((st = add_result(cw, stats, e, path, err)) != GAC_OK)
				break;
		}
	} else if (json_object_get(root, "Datapoints")) {
		st = add_statistics(cw, root, path, stat_model, err);
	} else {
		st = gac_fail(err, GAC_ESCHEMA, path, 1, 1,
		              "neither CloudWatch metric data (MetricDataResults), its queries (MetricDataQueries) nor "
		              "get-metric-statistics output (Datapoints)");
	}
	json_decref(root);
	return st;
}

/* The field of gac_usage_counts a metric adds to; NULL for one not used. */
static double *field_of(gac_usage_counts *c, const char *metric)
{
	if (!strcmp(metric, "Invocations"))
		return &c->requests;
	if (!strcmp(metric, "InputTokenCount"))
		return &c->input;
	if (!strcmp(metric, "OutputTokenCount"))
		return &c->output;
	if (!strcmp(metric, "CacheReadInputTokenCount"))
		return &c->cache_read;
	if (!strcmp(metric, "CacheWriteInputTokenCount"))
		return &c->cache_write;
	if (!strcmp(metric, "InvocationThrottles"))
		return &c->throttles;
	if (!strcmp(metric, "OutputImageCount"))
		return &c->images;
	return NULL;
}

static void note_ignored(gac_cw_stats *stats, const char *metric)
{
	stats->ignored++;
	if (strstr(stats->ignored_metrics, metric))
		return;
	size_t n = strlen(stats->ignored_metrics);
	if (n + strlen(metric) + 3 < sizeof stats->ignored_metrics)
		gac_c_snprintf(stats->ignored_metrics + n, sizeof stats->ignored_metrics - n, "%s%s", n ? ", " : "",
		               metric);
}

gac_status gac_cw_apply(gac_cw *cw, gac_usage *u, gac_cw_stats *stats, int64_t start, int64_t end,
                        const char *region, gac_error *err)
{
	for (size_t k = 0; k < cw->nr; k++) {
		gac_cw_result *r = &cw->r[k];
		const char *metric = r->metric, *model = r->model, *stat = r->stat;
		long period = r->period;
		if (!metric) {
			const gac_cw_query *q = NULL;
			for (size_t j = 0; j < cw->nq && !q; j++)
				if (!strcmp(cw->q[j].id, r->id))
					q = &cw->q[j];
			if (!q)
				return bad(err, GAC_EVALUE, r->file,
				           "result '%s' has no query: give the file of the MetricDataQueries it was asked "
				           "with%s",
				           r->id, NULL);
			metric = q->metric;
			model = q->model;
			stat = q->stat;
			period = q->period;
		}
		gac_usage_counts probe;
		if (!field_of(&probe, metric)) {
			note_ignored(stats, metric);
			continue;
		}
		bool counts = !strcmp(metric, "Invocations") || !strcmp(metric, "InvocationThrottles");
		if (!stat || (strcmp(stat, "Sum") && !(counts && !strcmp(stat, "SampleCount"))))
			return bad(err, GAC_EVALUE, r->file,
			           "result '%s': statistic %s cannot be added up; ask CloudWatch for Sum", r->id,
			           stat ? stat : "(none)");
		size_t s;
		gac_status st = gac_usage_series_get(&s, u, model, region);
		if (st != GAC_OK)
			return gac_fail(err, st, r->file, 0, 0, "out of memory");
		for (size_t i = 0; i < r->n; i++) {
			stats->points++;
			if (start < end && (r->t[i] < start || r->t[i] >= end)) {
				stats->outside++;
				continue;
			}
			gac_usage_counts c = {0};
			*field_of(&c, metric) = r->v[i];
			int64_t t = r->t[i];
			int64_t hour = t >= 0 ? t / 3600 : -((-t + 3599) / 3600);
			if ((st = gac_usage_add(u, s, hour, period, &c)) != GAC_OK)
				return gac_fail(err, st, r->file, 0, 0, "out of memory");
			stats->used++;
		}
	}
	return GAC_OK;
}

gac_status gac_usage_sniff(bool *cloudwatch, const char *path, gac_error *err)
{
	gac_lines *r = NULL;
	gac_status st = gac_lines_open(&r, path, 0, 0, err);
	if (st != GAC_OK)
		return st;
	const char *line;
	size_t len;
	unsigned long lineno;
	*cloudwatch = false;
	while ((st = gac_lines_next(&line, &len, &lineno, r, err)) == GAC_OK && line) {
		size_t i = 0;
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i == len)
			continue;
		/* a record is one object on one line; CloudWatch output opens a
		 * document over many lines, or names its parts on its first */
		if (line[i] == '[')
			*cloudwatch = true;
		else if (line[i] == '{')
			*cloudwatch = !memchr(line + i, '}', len - i) || strstr(line + i, "\"MetricDataResults\"") ||
			              strstr(line + i, "\"MetricDataQueries\"") || strstr(line + i, "\"Datapoints\"");
		break;
	}
	gac_lines_close(r);
	return st;
}

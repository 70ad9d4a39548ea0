/*
 * Calibration: usage files in (lib/usage_logs.c, lib/usage_cloudwatch.c,
 * summed per series and hour in lib/usage.c), a scenario's figures out.
 * Every figure is a plain sum or ratio of the hours read, so each can be
 * traced to them: requests per month scale the requests by 730 hours
 * over the hours of the period; tokens are means per request; the peak is
 * the busiest hour over the mean of the hours with requests; growth is a
 * least-squares line through the logarithm of the monthly rates.
 */
#include "calibrate.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define HOURS_PER_MONTH 730.0
/* a month fitted for growth has at least a day of the period in it */
#define MIN_MONTH_HOURS 24.0
/* a span of data past this many hours is refused (a stray timestamp) */
#define MAX_SPAN_HOURS (24.0 * 366 * 20)

gac_status gac_calibration_new(gac_calibration **out)
{
	if (!out)
		return GAC_EARG;
	gac_calibration *c = gac_calloc(1, sizeof *c);
	if (!c)
		return GAC_ENOMEM;
	gac_usage_init(&c->u);
	c->region = gac_strdup("us-east-1");
	if (!c->region) {
		free(c);
		return GAC_ENOMEM;
	}
	*out = c;
	return GAC_OK;
}

void gac_calibration_free(gac_calibration *c)
{
	if (!c)
		return;
	gac_usage_done(&c->u);
	gac_cw_done(&c->cw);
	free(c->first_file);
	free(c->period_text);
	free(c->region);
	free(c->model);
	free(c->map);
	for (size_t i = 0; i < c->nrules; i++)
		free(c->rules[i].model);
	free(c->rules);
	for (size_t i = 0; i < c->nbills; i++)
		gac_bill_free(c->bills[i]);
	free(c->bills);
	free(c->sheet_name);
	free(c->month_hours);
	for (size_t i = 0; i < c->nw; i++)
		free(c->w[i].months);
	free(c->w);
	free(c);
}

gac_status gac_calibration_set_period(gac_calibration *c, const char *range, gac_error *err)
{
	if (!c || !range || c->kind || c->finished)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no calibration, no range, or files read already");
	const char *dots = strstr(range, "..");
	char a[64], b[64];
	if (!dots || (size_t)(dots - range) >= sizeof a || strlen(dots + 2) >= sizeof b)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "period '%.*s%s' is not START..END", GAC_SHOW(range));
	memcpy(a, range, (size_t)(dots - range));
	a[dots - range] = '\0';
	strcpy(b, dots + 2);
	int64_t s, e;
	bool sd, ed;
	if (!gac_time_parse(&s, a, true, &sd) || !gac_time_parse(&e, b, true, &ed))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0,
		                "period '%.*s%s': START and END are dates (2026-01-31) or RFC 3339 times "
		                "(2026-01-31T00:00:00Z)",
		                GAC_SHOW(range));
	if (ed)
		e += 86400; /* a date ends with its day */
	if (e <= s)
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "period '%.*s%s' ends before it starts", GAC_SHOW(range));
	char *t = gac_strdup(range);
	if (!t)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	free(c->period_text);
	c->period_text = t;
	c->start = s;
	c->end = e;
	return GAC_OK;
}

static gac_status set_text(char **field, gac_calibration *c, const char *v)
{
	if (!c || !v || c->finished)
		return GAC_EARG;
	char *t = gac_strdup(v);
	if (!t)
		return GAC_ENOMEM;
	free(*field);
	*field = t;
	return GAC_OK;
}

gac_status gac_calibration_set_region(gac_calibration *c, const char *region)
{
	if (region && !gac_region_id_ok(region))
		return GAC_EVALUE;
	return set_text(c ? &c->region : NULL, c, region);
}

gac_status gac_calibration_set_model(gac_calibration *c, const char *model)
{
	return set_text(c ? &c->model : NULL, c, model);
}

gac_status gac_calibration_set_map(gac_calibration *c, const char *map_path)
{
	return set_text(c ? &c->map : NULL, c, map_path);
}

gac_status gac_calibration_set_request_tokens(gac_calibration *c, const char *model, double tokens)
{
	if (!c || c->finished)
		return GAC_EARG;
	if (!isfinite(tokens) || !(tokens > 0))
		return GAC_EVALUE;
	for (size_t i = 0; i < c->nrules; i++)
		if ((!model && !c->rules[i].model) || (model && c->rules[i].model && !strcmp(model, c->rules[i].model))) {
			c->rules[i].tokens = tokens;
			return GAC_OK;
		}
	char *m = NULL;
	if (model && !(m = gac_strdup(model)))
		return GAC_ENOMEM;
	gac_cal_rule *r = gac_realloc(c->rules, (c->nrules + 1) * sizeof *r);
	if (!r) {
		free(m);
		return GAC_ENOMEM;
	}
	c->rules = r;
	r[c->nrules++] = (gac_cal_rule){m, tokens};
	return GAC_OK;
}

bool gac_cal_token_kind(const char *k)
{
	return !strcmp(k, "input") || !strcmp(k, "output") || !strcmp(k, "cache_read") || !strcmp(k, "cache_write") ||
	       !strcmp(k, "batch_input") || !strcmp(k, "batch_output");
}

/* A bill's month "2026-07": its first hour since the epoch and its length
 * in seconds. */
static void bill_month(int64_t *hour, long *seconds, const char *month)
{
	int y = atoi(month);
	unsigned m = (unsigned)atoi(month + 5);
	int64_t d0 = gac_days_from_civil(y, m, 1), d1 = gac_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1);
	*hour = d0 * 24;
	*seconds = (long)((d1 - d0) * 86400);
}

/* A bill: its token lines become counts of series (model, region, batch)
 * in the first hour of their month; requests come at finish from the
 * request rule. */
static gac_status add_bill(gac_calibration *c, const char *path, gac_usage_format format, gac_error *err)
{
	gac_bill *b = NULL;
	gac_status st = gac_bill_read(&b, path, c->map ? c->map : "pricing/aws-offer-map.yaml", err);
	if (st != GAC_OK)
		return st;
	const char *want = format == GAC_USAGE_CUR ? "cur" : "focus";
	if (strcmp(b->format, want)) {
		gac_bill_free(b);
		return gac_fail(err, GAC_ESCHEMA, path, 1, 1, "a %s export, not a %s one: use --from %s",
		                format == GAC_USAGE_CUR ? "FOCUS" : "CUR 2.0", format == GAC_USAGE_CUR ? "CUR 2.0" : "FOCUS",
		                format == GAC_USAGE_CUR ? "focus" : "cur");
	}
	if (c->nbills && strcmp(b->currency, c->bills[0]->currency)) {
		st = gac_fail(err, GAC_EVALUE, path, 1, 1, "billed in %s but %s in %s: one scenario, one currency",
		              b->currency, c->bills[0]->file, c->bills[0]->currency);
		gac_bill_free(b);
		return st;
	}
	/* a month two bills both bill would count its tokens twice */
	for (size_t i = 0; i < b->group_count; i++)
		for (size_t j = 0; j < c->nbills; j++)
			for (size_t k = 0; k < c->bills[j]->group_count; k++)
				if (!strcmp(b->groups[i].month, c->bills[j]->groups[k].month) &&
				    gac_cal_token_kind(b->groups[i].kind) && gac_cal_token_kind(c->bills[j]->groups[k].kind)) {
					st = gac_fail(err, GAC_EVALUE, path, (unsigned)b->groups[i].first_line, b->date_col,
					              "column '%s': %s is billed in %s too: its tokens would count twice",
					              b->date_name, b->groups[i].month, c->bills[j]->file);
					gac_bill_free(b);
					return st;
				}
	gac_bill **p = gac_realloc(c->bills, (c->nbills + 1) * sizeof *p);
	if (!p) {
		gac_bill_free(b);
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	}
	c->bills = p;
	c->bills[c->nbills++] = b;
	c->bs.files++;
	c->bs.rows += b->rows;
	c->bs.not_priced += b->other_rows;
	unsigned long tokens = 0, provisioned = 0, other_kinds = 0;
	for (size_t i = 0; i < b->group_count; i++) {
		const gac_bill_group *g = &b->groups[i];
		int64_t hour;
		long secs;
		bill_month(&hour, &secs, g->month);
		if (!gac_cal_token_kind(g->kind)) {
			if (!strcmp(g->kind, "model_unit_hour"))
				provisioned += g->rows;
			else
				other_kinds += g->rows;
			continue;
		}
		tokens += g->rows;
		if (c->start < c->end && (hour * 3600 < c->start || hour * 3600 >= c->end)) {
			c->bs.outside += g->rows;
			continue;
		}
		bool batch = !strncmp(g->kind, "batch_", 6);
		size_t idx;
		if ((st = gac_usage_series_get_tagged(&idx, &c->u, g->model, *g->region ? g->region : c->region, batch)) !=
		    GAC_OK)
			return gac_fail(err, st, path, 0, 0, st == GAC_ENOMEM ? "out of memory" : "too many series");
		gac_usage_counts k = {0};
		const char *kind = batch ? g->kind + 6 : g->kind;
		if (!strcmp(kind, "input"))
			k.input = g->quantity;
		else if (!strcmp(kind, "output"))
			k.output = g->quantity;
		else if (!strcmp(kind, "cache_read"))
			k.cache_read = g->quantity;
		else
			k.cache_write = g->quantity;
		if ((st = gac_usage_add(&c->u, idx, hour, secs, &k)) != GAC_OK)
			return gac_fail(err, st, path, 0, 0, "out of memory");
		c->u.series[idx].batch_known = true;
		c->u.series[idx].rows += g->rows;
		c->bs.used += g->rows;
		if (!c->bs.first_month[0] || strcmp(g->month, c->bs.first_month) < 0)
			memcpy(c->bs.first_month, g->month, 8);
		if (strcmp(g->month, c->bs.last_month) > 0)
			memcpy(c->bs.last_month, g->month, 8);
	}
	c->bs.provisioned += provisioned;
	c->bs.other_kinds += other_kinds;
	if (!tokens)
		return gac_fail(err, GAC_EVALUE, path, 1, 1,
		                "no Bedrock token line (input, output, cache or batch tokens) among its %lu rows: %lu of "
		                "other services, tax or usage types the offer map does not know, %lu provisioned hours, "
		                "%lu of other price kinds; calibrate reads the Bedrock token lines of a bill",
		                b->rows, b->other_rows, provisioned, other_kinds);
	return GAC_OK;
}

gac_status gac_calibration_add_file(gac_calibration *c, const char *path, gac_usage_format format, gac_error *err)
{
	if (!c || !path || c->finished)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no calibration or no path, or a finished calibration");
	if (format != GAC_USAGE_AUTO && format != GAC_USAGE_LOGS && format != GAC_USAGE_CLOUDWATCH &&
	    format != GAC_USAGE_CUR && format != GAC_USAGE_FOCUS)
		return gac_fail(err, GAC_EARG, path, 0, 0, "unknown usage format %d", (int)format);
	gac_status st;
	static const char *const kinds[] = {"", "invocation logs", "CloudWatch metrics", "bills"};
	if (format == GAC_USAGE_AUTO) {
		bool cw;
		if ((st = gac_usage_sniff(&cw, path, err)) != GAC_OK)
			return st;
		format = cw ? GAC_USAGE_CLOUDWATCH : GAC_USAGE_LOGS;
	}
	int kind = format == GAC_USAGE_LOGS         ? GAC_SOURCE_LOGS
	           : format == GAC_USAGE_CLOUDWATCH ? GAC_SOURCE_CLOUDWATCH
	                                            : GAC_SOURCE_BILL;
	if (c->kind && c->kind != kind)
		return gac_fail(err, GAC_EVALUE, path, 0, 0,
		                "holds %s but %s holds %s: calibrate from one kind at a time (both count the same "
		                "usage)",
		                kinds[kind], c->first_file, kinds[c->kind]);
	if (!c->kind) {
		if (!(c->first_file = gac_strdup(path)))
			return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
		c->kind = kind;
	}
	if (kind == GAC_SOURCE_BILL)
		return add_bill(c, path, format, err);
	if (kind == GAC_SOURCE_LOGS)
		return gac_usage_read_logs(&c->u, &c->logs, path, c->start, c->end, c->region, err);
	return gac_cw_read(&c->cw, &c->cws, path, c->model, err);
}

/* The least-squares line through (i, log rates[i]), i = 0..n-1 (GSL):
 * intercept, slope and the slope's variance; *y, when not NULL, keeps
 * the logarithms (the caller frees it).  GAC_EVALUE for a rate not
 * finite and positive, GAC_ERANGE when the fit is not finite. */
static gac_status log_line(double *c0, double *c1, double *cov11, double **y, const double *rates, size_t n)
{
	double *x = gac_malloc(2 * n * sizeof *x);
	if (!x)
		return GAC_ENOMEM;
	double *ly = x + n;
	for (size_t i = 0; i < n; i++) {
		if (!(rates[i] > 0) || !isfinite(rates[i])) {
			free(x);
			return GAC_EVALUE;
		}
		x[i] = (double)i;
		ly[i] = log(rates[i]);
	}
	double cov00, cov01, sumsq;
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	int rc = gsl_fit_linear(x, 1, ly, 1, n, c0, c1, &cov00, &cov01, cov11, &sumsq);
	gsl_set_error_handler(old);
	if (rc != GSL_SUCCESS || !isfinite(*c0) || !isfinite(*c1) || !isfinite(*cov11)) {
		free(x);
		return GAC_ERANGE;
	}
	if (y) {
		/* the logarithms to the front of the one allocation */
		memmove(x, ly, n * sizeof *x);
		*y = x;
	} else {
		free(x);
	}
	return GAC_OK;
}

gac_status gac_fit_growth(double *growth, double *slope, double *slope_se, double *growth_se, const double *rates,
                          size_t n)
{
	if (n < 3)
		return GAC_EARG;
	double c0, c1, cov11;
	gac_status st = log_line(&c0, &c1, &cov11, NULL, rates, n);
	if (st != GAC_OK)
		return st;
	*slope = c1;
	*slope_se = sqrt(cov11 > 0 ? cov11 : 0);
	*growth = expm1(c1);
	*growth_se = exp(c1) * *slope_se;
	return isfinite(*growth) && isfinite(*growth_se) ? GAC_OK : GAC_ERANGE;
}

gac_status gac_fit_season(double season[12], unsigned points[12], const double *rates, size_t n, unsigned first)
{
	if (n < 12 || first > 11)
		return GAC_EARG;
	double c0, c1, cov11, *y = NULL;
	gac_status st = log_line(&c0, &c1, &cov11, &y, rates, n);
	if (st != GAC_OK)
		return st;
	double sum[12] = {0};
	for (int k = 0; k < 12; k++)
		points[k] = 0;
	for (size_t i = 0; i < n; i++) {
		size_t k = (first + i) % 12;
		sum[k] += exp(y[i] - (c0 + c1 * (double)i));
		points[k]++;
	}
	free(y);
	double mean = 0;
	for (int k = 0; k < 12; k++)
		mean += (season[k] = sum[k] / points[k]) / 12;
	if (!(mean > 0) || !isfinite(mean))
		return GAC_ERANGE;
	for (int k = 0; k < 12; k++)
		season[k] /= mean;
	return GAC_OK;
}

static size_t month_index(const gac_calibration *c, int64_t hour)
{
	int64_t days = hour >= 0 ? hour / 24 : -((-hour + 23) / 24);
	int y;
	unsigned m, d;
	gac_civil_from_days(days, &y, &m, &d);
	return (size_t)(((int64_t)y * 12 + m) - ((int64_t)c->first_year * 12 + c->first_month));
}

/* A workload name from a model id: the id after its vendor (and a
 * profile's prefix kept in front), characters other than [A-Za-z0-9_-]
 * turned to '-', made unique with the region or a number. */
static void name_workload(gac_calibration *c, size_t k)
{
	gac_cal_workload *w = &c->w[k];
	const gac_usage_series *s = &c->u.series[w->series];
	const char *model, *prefix;
	gac_profile_split(s->model, &model, &prefix);
	const char *dot = strchr(model, '.');
	const char *base = dot && dot[1] ? dot + 1 : model;
	char raw[3 * GAC_MAX_NAME];
	if (prefix)
		gac_c_snprintf(raw, sizeof raw, "%.*s-%s%s", (int)strlen(prefix) - 1, prefix, base, s->batch ? "-batch" : "");
	else
		gac_c_snprintf(raw, sizeof raw, "%s%s", base, s->batch ? "-batch" : "");
	char name[GAC_MAX_NAME + 1];
	size_t n = 0;
	for (const char *p = raw; *p && n < GAC_MAX_NAME - 16; p++) {
		char ch = *p;
		bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' ||
		          ch == '-';
		if (!ok)
			ch = '-';
		if (ch == '-' && n && name[n - 1] == '-')
			continue;
		name[n++] = ch;
	}
	while (n && name[n - 1] == '-')
		n--;
	if (!n)
		name[n++] = 'w';
	name[n] = '\0';
	char try[GAC_MAX_NAME + 1];
	gac_c_snprintf(try, sizeof try, "%s", name);
	for (unsigned i = 1;; i++) {
		bool taken = false;
		for (size_t j = 0; j < k && !taken; j++)
			taken = !strcmp(c->w[j].name, try);
		if (!taken)
			break;
		if (i == 1)
			gac_c_snprintf(try, sizeof try, "%s-%s", name, s->region);
		else
			gac_c_snprintf(try, sizeof try, "%s-%u", name, i);
		try[GAC_MAX_NAME] = '\0';
	}
	memcpy(w->name, try, sizeof w->name);
}

static gac_status fit_workload(gac_calibration *c, gac_cal_workload *w)
{
	const gac_usage_counts *t = &w->total;
	double in = t->input + t->cache_read + t->cache_write;
	w->requests_per_month = t->requests * HOURS_PER_MONTH / c->hours;
	w->input_tokens = t->requests > 0 ? in / t->requests : 0;
	w->output_tokens = t->requests > 0 ? t->output / t->requests : 0;
	w->cache_read_fraction = in > 0 ? t->cache_read / in : 0;
	w->cache_write_fraction = in > 0 ? t->cache_write / in : 0;
	w->images_per_request = t->requests > 0 ? t->images / t->requests : 0;
	const gac_usage_series *s = &c->u.series[w->series];
	w->hourly = s->resolution <= 3600;
	if (w->hourly && w->active_hours > 0 && t->requests > 0) {
		double mean = t->requests / w->active_hours;
		w->peak_to_average = w->peak_requests / mean;
		if (w->peak_to_average < 1)
			w->peak_to_average = 1; /* rounding of the division */
		w->active_hours_per_day = w->active_hours * 24 / c->hours;
		if (w->active_hours_per_day > 24)
			w->active_hours_per_day = 24;
	}
	/* growth over the months with a day of data or more */
	double *rates = gac_malloc((c->nmonths ? c->nmonths : 1) * sizeof *rates);
	if (!rates)
		return GAC_ENOMEM;
	size_t n = 0;
	bool zero = false;
	for (size_t m = 0; m < c->nmonths; m++) {
		if (c->month_hours[m] < MIN_MONTH_HOURS)
			continue;
		double r = w->months[m].c.requests * HOURS_PER_MONTH / c->month_hours[m];
		zero = zero || !(r > 0);
		rates[n++] = r;
	}
	w->growth_months = n;
	if (n < 3) {
		w->growth_why = "fewer than 3 months of data";
	} else if (zero) {
		w->growth_why = "a month without requests";
	} else {
		gac_status st = gac_fit_growth(&w->growth, &w->slope, &w->slope_se, &w->growth_se, rates, n);
		if (st == GAC_ENOMEM) {
			free(rates);
			return st;
		}
		if (st != GAC_OK)
			w->growth_why = "the fit failed";
		else if (w->growth < -1 || w->growth > 10)
			w->growth_why = "the fitted growth is outside -100% to 1000% a month";
		else
			w->growth_ok = true;
	}
	free(rates);
	return GAC_OK;
}

/* The tokens of a request a bill's series is counted with: the model's
 * own rule, else the default; 0 when none. */
static double rule_for(const gac_calibration *c, const char *model, bool *is_default)
{
	double def = 0;
	for (size_t i = 0; i < c->nrules; i++) {
		if (c->rules[i].model && !strcmp(c->rules[i].model, model)) {
			*is_default = false;
			return c->rules[i].tokens;
		}
		if (!c->rules[i].model)
			def = c->rules[i].tokens;
	}
	*is_default = true;
	return def;
}

/* Bills count tokens: each cell's requests are its tokens (input, cache
 * and output) over the request rule of its model; batch series count them
 * batch requests too. */
static gac_status bill_requests(gac_calibration *c, gac_error *err)
{
	/* a rule for a model the bill does not bill is a typo or a wrong
	 * bill: refused, not dropped (the model would take the default) */
	for (size_t r = 0; r < c->nrules; r++) {
		if (!c->rules[r].model)
			continue;
		const char *best = NULL;
		size_t best_d = (size_t)-1;
		for (size_t i = 0; i < c->u.nseries && best_d; i++) {
			size_t d = gac_edit_distance(c->rules[r].model, c->u.series[i].model);
			if (d < best_d) {
				best_d = d;
				best = c->u.series[i].model;
			}
		}
		if (best_d == 0)
			continue;
		if (best && best_d <= 6)
			return gac_fail(err, GAC_EVALUE, c->first_file, 0, 0,
			                "--request-tokens %s=...: the bill has no token lines of '%s' (did you mean '%s'?)",
			                c->rules[r].model, c->rules[r].model, best);
		return gac_fail(err, GAC_EVALUE, c->first_file, 0, 0,
		                "--request-tokens %s=...: the bill has no token lines of '%s'", c->rules[r].model,
		                c->rules[r].model);
	}
	for (size_t i = 0; i < c->u.nseries; i++) {
		gac_usage_series *s = &c->u.series[i];
		bool def;
		if (!(rule_for(c, s->model, &def) > 0))
			return gac_fail(err, GAC_EVALUE, c->first_file, 0, 0,
			                "%s: a bill counts tokens, not requests; state the mean tokens of a request "
			                "(input, cache and output together) for it or for every model "
			                "(genaicost calibrate --request-tokens %s=N or --request-tokens N)",
			                s->model, s->model);
		s->total.requests = s->total.batch = 0;
	}
	for (size_t i = 0; i < c->u.cell_cap; i++) {
		gac_usage_cell *cell = &c->u.cells[i];
		if (!cell->used)
			continue;
		gac_usage_series *s = &c->u.series[cell->series];
		bool def;
		double rt = rule_for(c, s->model, &def);
		double t = cell->c.input + cell->c.cache_read + cell->c.cache_write + cell->c.output;
		cell->c.requests = t / rt;
		cell->c.batch = s->batch ? cell->c.requests : 0;
		s->total.requests += cell->c.requests;
		s->total.batch += cell->c.batch;
	}
	return GAC_OK;
}

gac_status gac_calibration_finish(gac_calibration *c, const gac_sheet *sheet, gac_error *err)
{
	if (!c || !sheet || c->finished)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no calibration or no sheet, or finished already");
	if (!c->kind)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no usage file read");
	gac_status st;
	if (c->kind == GAC_SOURCE_CLOUDWATCH &&
	    (st = gac_cw_apply(&c->cw, &c->u, &c->cws, c->start, c->end, c->region, err)) != GAC_OK)
		return st;
	if (c->kind == GAC_SOURCE_BILL && (st = bill_requests(c, err)) != GAC_OK)
		return st;
	/* the span: the period asked for, else the data's */
	int64_t lo = INT64_MAX, hi = INT64_MIN;
	double any = 0;
	for (size_t i = 0; i < c->u.nseries; i++) {
		const gac_usage_series *s = &c->u.series[i];
		any += s->total.requests + s->total.throttles;
		if (s->first_hour * 3600 < lo)
			lo = s->first_hour * 3600;
		if (s->end > hi)
			hi = s->end;
	}
	if (!c->u.nseries || !(any > 0)) {
		if (c->period_text)
			return gac_fail(err, GAC_EVALUE, c->first_file, 0, 0,
			                "no invocation in period %s in the files read", c->period_text);
		return gac_fail(err, GAC_EVALUE, c->first_file, 0, 0, "no invocation in the files read");
	}
	if (c->start < c->end && c->kind != GAC_SOURCE_BILL) {
		lo = c->start;
		hi = c->end;
	} else if (c->kind == GAC_SOURCE_CLOUDWATCH && c->cw.start < c->cw.end) {
		/* the range the queries asked for, widened to any datapoint past it */
		lo = c->cw.start < lo ? c->cw.start : lo;
		hi = c->cw.end > hi ? c->cw.end : hi;
	}
	c->span_start = lo;
	c->span_end = hi;
	c->hours = (double)(hi - lo) / 3600.0;
	if (c->hours > MAX_SPAN_HOURS)
		return gac_fail(err, GAC_EVALUE, c->first_file, 0, 0,
		                "the data spans %.0f days, more than 20 years: a stray timestamp? narrow it with a period",
		                c->hours / 24);
	/* months */
	int64_t d0 = lo >= 0 ? lo / 86400 : -((-lo + 86399) / 86400);
	unsigned dd;
	gac_civil_from_days(d0, &c->first_year, &c->first_month, &dd);
	int y = c->first_year;
	unsigned m = c->first_month;
	for (;;) {
		int64_t ms = gac_days_from_civil(y, m, 1) * 86400;
		if (ms >= hi)
			break;
		int ny = m == 12 ? y + 1 : y;
		unsigned nm = m == 12 ? 1 : m + 1;
		int64_t me = gac_days_from_civil(ny, nm, 1) * 86400;
		double *p = gac_realloc(c->month_hours, (c->nmonths + 1) * sizeof *p);
		if (!p)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		c->month_hours = p;
		int64_t a = ms > lo ? ms : lo, b = me < hi ? me : hi;
		/* a bill month is a scenario month, whatever its days */
		p[c->nmonths++] = c->kind == GAC_SOURCE_BILL ? HOURS_PER_MONTH : (double)(b - a) / 3600.0;
		y = ny;
		m = nm;
	}
	if (c->kind == GAC_SOURCE_BILL)
		c->hours = HOURS_PER_MONTH * (double)c->nmonths;
	/* workloads: one per series */
	c->w = gac_calloc(c->u.nseries, sizeof *c->w);
	if (!c->w)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	c->nw = c->u.nseries;
	for (size_t i = 0; i < c->nw; i++) {
		c->w[i].series = i;
		c->w[i].months = gac_calloc(c->nmonths ? c->nmonths : 1, sizeof *c->w[i].months);
		if (!c->w[i].months)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	for (size_t i = 0; i < c->u.cell_cap; i++) {
		const gac_usage_cell *cell = &c->u.cells[i];
		if (!cell->used)
			continue;
		gac_cal_workload *w = &c->w[cell->series];
		size_t mi = month_index(c, cell->hour);
		if (mi < c->nmonths) {
			gac_usage_counts *to = &w->months[mi].c;
			to->requests += cell->c.requests;
			to->input += cell->c.input;
			to->output += cell->c.output;
			to->cache_read += cell->c.cache_read;
			to->cache_write += cell->c.cache_write;
			to->batch += cell->c.batch;
			to->throttles += cell->c.throttles;
			to->images += cell->c.images;
		}
		if (cell->c.requests > 0) {
			w->active_hours++;
			if (cell->c.requests > w->peak_requests ||
			    (cell->c.requests == w->peak_requests && cell->hour < w->peak_hour)) {
				w->peak_requests = cell->c.requests;
				w->peak_hour = cell->hour;
			}
		}
	}
	/* the scenario's region: where the most requests of known models went */
	double best = -1;
	for (size_t i = 0; i < c->nw; i++) {
		const gac_usage_series *s = &c->u.series[i];
		c->w[i].total = s->total;
		const char *model, *prefix;
		gac_profile_split(s->model, &model, &prefix);
		size_t idx;
		if (gac_sheet_find(&idx, sheet, model) != GAC_OK && gac_sheet_find(&idx, sheet, s->model) != GAC_OK) {
			c->w[i].status = GAC_CAL_UNKNOWN;
			continue;
		}
		double r = 0;
		for (size_t j = 0; j < c->nw; j++)
			if (!strcmp(c->u.series[j].region, s->region))
				r += c->u.series[j].total.requests;
		if (r > best) {
			best = r;
			c->scenario_region = s->region;
		}
	}
	size_t written = 0;
	for (size_t i = 0; i < c->nw; i++) {
		gac_cal_workload *w = &c->w[i];
		const gac_usage_series *s = &c->u.series[i];
		if (w->status == GAC_CAL_UNKNOWN)
			continue;
		const char *model, *prefix, *regions;
		gac_profile kind = gac_profile_split(s->model, &model, &prefix);
		size_t idx;
		if (gac_sheet_find(&idx, sheet, model) != GAC_OK)
			gac_sheet_find(&idx, sheet, s->model);
		gac_model_info info = GAC_MODEL_INFO_INIT;
		if (gac_sheet_model(&info, sheet, idx, c->scenario_region) != GAC_OK || !info.available ||
		    (kind == GAC_PROFILE_GEO && !gac_profile_serves(prefix, c->scenario_region, &regions))) {
			w->status = GAC_CAL_NOT_OFFERED;
			continue;
		}
		if (!(w->total.requests > 0)) {
			w->status = GAC_CAL_NO_REQUESTS;
			continue;
		}
		if (fit_workload(c, w) != GAC_OK)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		if (c->kind == GAC_SOURCE_BILL)
			w->request_tokens = rule_for(c, s->model, &w->request_tokens_default);
		written++;
	}
	for (size_t i = 0; i < c->nw; i++)
		if (c->w[i].status == GAC_CAL_WRITTEN)
			name_workload(c, i);
	/* seasonality: the requests of all workloads written, a year or more
	 * of months with a day of data each */
	if (written) {
		double *rates = gac_calloc(c->nmonths ? c->nmonths : 1, sizeof *rates);
		if (!rates)
			return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		/* only the first and the last month of the span can be short */
		size_t n = 0, first = 0;
		for (size_t mi = 0; mi < c->nmonths; mi++) {
			if (c->month_hours[mi] < MIN_MONTH_HOURS) {
				if (!n)
					first = mi + 1;
				continue;
			}
			double r = 0;
			for (size_t i = 0; i < c->nw; i++)
				if (c->w[i].status == GAC_CAL_WRITTEN)
					r += c->w[i].months[mi].c.requests;
			rates[n++] = r * HOURS_PER_MONTH / c->month_hours[mi];
		}
		if (n >= 12) {
			c->season_first = first;
			c->season_months = n;
			st = gac_fit_season(c->season, c->season_points, rates, n,
			                    (unsigned)((c->first_month - 1 + first) % 12));
			if (st == GAC_ENOMEM) {
				free(rates);
				return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			}
			c->season_ok = st == GAC_OK;
		}
		free(rates);
	}
	if (!(c->sheet_name = gac_strdup(gac_sheet_name(sheet) ? gac_sheet_name(sheet) : "")))
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	c->finished = true;
	if (!written) {
		const char *why = "no model read is in price sheet";
		for (size_t i = 0; i < c->nw; i++)
			if (c->w[i].status == GAC_CAL_NOT_OFFERED || c->w[i].status == GAC_CAL_NO_REQUESTS)
				why = "no model read has requests in the busiest region of price sheet";
		return gac_fail(err, GAC_EMODEL, c->first_file, 0, 0, "%s '%s' (%s): nothing to calibrate", why,
		                c->sheet_name, c->u.series[0].model);
	}
	return GAC_OK;
}

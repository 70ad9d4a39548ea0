/*
 * A calibration written out: the scenario (YAML, a comment on every value
 * naming the data it came from), the monthly history (CSV for `empirical`
 * distributions) and the report of what was read and left out.
 */
#include "calibrate.h"
#include "table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *source_name(const gac_calibration *c)
{
	if (c->kind == GAC_SOURCE_BILL)
		return c->nbills && !strcmp(c->bills[0]->format, "focus") ? "FOCUS bills" : "CUR 2.0 bills";
	return c->kind == GAC_SOURCE_LOGS ? "invocation logs" : "CloudWatch metrics";
}

static void put_safe(gac_buf *b, const char *s);

/* "2026-07 to 2026-09 (3 bill months)" */
static void put_bill_months(gac_buf *b, const gac_calibration *c)
{
	gac_buf_printf(b, "%s to %s (%zu bill month%s)", c->bs.first_month, c->bs.last_month, c->nmonths,
	               c->nmonths == 1 ? "" : "s");
}

/* A figure for a reader, grouped as the tool's reports write them (never
 * 6.5e+06): whole from 100 up, else to 2 decimals. */
static void put_figure(gac_buf *b, double v)
{
	gac_buf_grouped(b, v, v == floor(v) || fabs(v) >= 100 ? 0 : 2);
}

/* The bill lines that are not tokens: provisioned hours and other price
 * kinds, listed with their quantity, cost and first row. */
static void put_bill_lines(gac_buf *b, const gac_calibration *c, const char *lead)
{
	bool header = false;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < c->nbills; i++)
			for (size_t j = 0; j < c->bills[i]->group_count; j++) {
				const gac_bill_group *g = &c->bills[i]->groups[j];
				bool prov = !strcmp(g->kind, "model_unit_hour");
				if (gac_cal_token_kind(g->kind) || prov != (pass == 0))
					continue;
				if (!header)
					gac_buf_printf(b, "%sBill lines not written as workloads (price them with a deployment or "
					                  "a tier of your own):\n", lead);
				header = true;
				gac_buf_printf(b, "%s  %s ", lead, g->month);
				put_safe(b, g->model);
				gac_buf_printf(b, " %s%s%s: ", prov ? "provisioned throughput" : g->kind, *g->region ? " in " : "",
				               g->region);
				put_figure(b, g->quantity);
				gac_buf_printf(b, "%s, ", prov ? " model-unit hours" : "");
				gac_buf_grouped(b, g->cost, 2);
				gac_buf_printf(b, " %s (%lu row%s from ", c->bills[i]->currency, g->rows, g->rows == 1 ? "" : "s");
				put_safe(b, c->bills[i]->file);
				gac_buf_printf(b, ":%lu)\n", g->first_line);
			}
}

/* 2026-01-31T14:00Z */
static void put_time(gac_buf *b, int64_t t)
{
	int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	int64_t sec = t - days * 86400;
	int y;
	unsigned m, d;
	gac_civil_from_days(days, &y, &m, &d);
	gac_buf_printf(b, "%04d-%02u-%02uT%02d:%02dZ", y, m, d, (int)(sec / 3600), (int)(sec % 3600 / 60));
}

static void put_month(gac_buf *b, const gac_calibration *c, size_t i)
{
	int64_t k = (int64_t)c->first_year * 12 + (c->first_month - 1) + (int64_t)i;
	gac_buf_printf(b, "%04d-%02d", (int)(k / 12), (int)(k % 12) + 1);
}

/* The months of growth from the month the rates written describe (the
 * data's mean month, at the centre of its span) to forecast month 1 (the
 * month after the data), each calendar month counted at its own length
 * and a month's middle standing for it: a bill's n months, (n + 1) / 2. */
static double rates_age(const gac_calibration *c)
{
	if (c->kind == GAC_SOURCE_BILL)
		return ((double)c->nmonths + 1) / 2;
	double centre = ((double)c->span_start + (double)c->span_end) / 2, at = (double)c->nmonths / 2;
	int y = c->first_year;
	unsigned m = c->first_month;
	for (size_t i = 0; i < c->nmonths; i++) {
		double ms = (double)gac_days_from_civil(y, m, 1) * 86400;
		y = m == 12 ? y + 1 : y;
		m = m == 12 ? 1 : m + 1;
		double me = (double)gac_days_from_civil(y, m, 1) * 86400;
		if (centre < me) {
			at = (double)i + (centre - ms) / (me - ms);
			break;
		}
	}
	return (double)c->nmonths + 0.5 - at;
}

/* Text from a file, in a comment: control and non-ASCII bytes as '?'. */
static void put_safe(gac_buf *b, const char *s)
{
	char tmp[256];
	size_t n = 0;
	for (; *s && n < sizeof tmp - 4; s++)
		tmp[n++] = (unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f ? '?' : *s;
	if (*s)
		tmp[n++] = '.', tmp[n++] = '.', tmp[n++] = '.';
	tmp[n] = '\0';
	gac_buf_puts(b, tmp);
}

static void put_value(gac_buf *b, const char *key, double v)
{
	gac_buf_printf(b, "    %s: ", key);
	gac_buf_num(b, "%.10g", v);
}

static void put_period(gac_buf *b, const gac_calibration *c)
{
	put_time(b, c->span_start);
	gac_buf_puts(b, " to ");
	put_time(b, c->span_end);
}

static const char *why_not(gac_cal_status st)
{
	switch (st) {
	case GAC_CAL_UNKNOWN:
		return "not in the price sheet";
	case GAC_CAL_NOT_OFFERED:
		return "not offered in the scenario's region";
	case GAC_CAL_NO_REQUESTS:
		return "no successful request";
	default:
		return "";
	}
}

gac_status gac_calibration_scenario(char **out, const gac_calibration *c, const char *history_ref)
{
	if (out)
		*out = NULL;
	if (!out || !c || !c->finished)
		return GAC_EARG;
	if (history_ref)
		for (const char *p = history_ref; *p; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				return GAC_EARG;
	gac_buf b = {0};
	gac_buf_printf(&b, "# Calibrated by genaicost calibrate from %s (", source_name(c));
	if (c->kind == GAC_SOURCE_LOGS) {
		gac_buf_grouped(&b, (double)c->logs.files, 0);
		gac_buf_puts(&b, c->logs.files == 1 ? " file, " : " files, ");
		gac_buf_grouped(&b, (double)c->logs.used, 0);
		gac_buf_puts(&b, c->logs.used == 1 ? " invocation)\n" : " invocations)\n");
	} else if (c->kind == GAC_SOURCE_BILL) {
		gac_buf_grouped(&b, (double)c->bs.files, 0);
		gac_buf_puts(&b, c->bs.files == 1 ? " file, " : " files, ");
		gac_buf_grouped(&b, (double)c->bs.used, 0);
		gac_buf_puts(&b, " token rows of ");
		gac_buf_grouped(&b, (double)c->bs.rows, 0);
		gac_buf_puts(&b, ")\n# over ");
		put_bill_months(&b, c);
		gac_buf_puts(&b, "; a bill month is one scenario month.  Models checked against price sheet '");
		put_safe(&b, c->sheet_name);
		gac_buf_puts(&b, "'.\n# A bill counts tokens, not requests: requests_per_month is ASSUMED from the mean "
		                 "tokens of a request\n# given (--request-tokens); the tokens priced are the billed ones "
		                 "whatever that figure.\n");
	} else {
		gac_buf_grouped(&b, (double)c->cws.files, 0);
		gac_buf_puts(&b, c->cws.files == 1 ? " file, " : " files, ");
		gac_buf_grouped(&b, (double)c->cws.used, 0);
		gac_buf_puts(&b, c->cws.used == 1 ? " datapoint)\n" : " datapoints)\n");
	}
	if (c->kind != GAC_SOURCE_BILL) {
	gac_buf_puts(&b, "# over ");
	put_period(&b, c);
	gac_buf_puts(&b, " (");
	gac_buf_grouped(&b, c->hours, c->hours == floor(c->hours) ? 0 : 2);
	gac_buf_puts(&b, c->hours == 1 ? " hour" : " hours");
	gac_buf_puts(&b, "); a month is 730 hours.  Models checked against price sheet '");
	put_safe(&b, c->sheet_name);
	gac_buf_puts(&b, "'.\n");
	}
	gac_buf_puts(&b, "genaicost: scenario/1\nname: calibrated\n");
	double in_region = 0, all = 0;
	for (size_t i = 0; i < c->nw; i++) {
		all += c->w[i].total.requests;
		if (!strcmp(c->u.series[c->w[i].series].region, c->scenario_region))
			in_region += c->w[i].total.requests;
	}
	gac_buf_printf(&b, "region: %s   # the region of the most %srequests: ", c->scenario_region,
	               c->kind == GAC_SOURCE_BILL ? "(assumed) " : "");
	gac_buf_grouped(&b, in_region, 0);
	gac_buf_puts(&b, " of ");
	gac_buf_grouped(&b, all, 0);
	gac_buf_puts(&b, "\nworkloads:\n");
	for (size_t i = 0; i < c->nw; i++) {
		const gac_cal_workload *w = &c->w[i];
		const gac_usage_series *s = &c->u.series[w->series];
		if (w->status != GAC_CAL_WRITTEN)
			continue;
		gac_buf_printf(&b, "  - name: %s\n    model: %s   # as invoked in %s", w->name, s->model, s->region);
		if (strcmp(s->region, c->scenario_region))
			gac_buf_printf(&b, ", priced in %s", c->scenario_region);
		gac_buf_puts(&b, "\n");
		put_value(&b, "requests_per_month", w->requests_per_month);
		if (c->kind == GAC_SOURCE_BILL) {
			double tok = w->total.input + w->total.cache_read + w->total.cache_write + w->total.output;
			gac_buf_puts(&b, "   # ASSUMED: ");
			gac_buf_grouped(&b, tok, 0);
			gac_buf_printf(&b, " billed tokens (%lu row%s, ", s->rows, s->rows == 1 ? "" : "s");
			put_bill_months(&b, c);
			gac_buf_puts(&b, ") / ");
			gac_buf_num(&b, "%.10g", w->request_tokens);
			gac_buf_printf(&b, " tokens a request (--request-tokens%s) / %zu\n",
			               w->request_tokens_default ? "" : " for this model", c->nmonths);
		} else {
			gac_buf_puts(&b, "   # ");
			gac_buf_grouped(&b, w->total.requests, 0);
			gac_buf_puts(&b, w->total.requests == 1 ? " request in " : " requests in ");
			gac_buf_grouped(&b, c->hours, c->hours == floor(c->hours) ? 0 : 2);
			gac_buf_puts(&b, c->hours == 1 ? " hour x 730\n" : " hours x 730\n");
		}
		double in = w->total.input + w->total.cache_read + w->total.cache_write;
		put_value(&b, "input_tokens", w->input_tokens);
		gac_buf_puts(&b, "   # mean: ");
		gac_buf_grouped(&b, in, 0);
		gac_buf_puts(&b, " input tokens");
		if (w->total.cache_read > 0 || w->total.cache_write > 0) {
			gac_buf_puts(&b, " (");
			gac_buf_grouped(&b, w->total.input, 0);
			gac_buf_puts(&b, " uncached + cache reads and writes)");
		}
		gac_buf_puts(&b, " / requests\n");
		put_value(&b, "output_tokens", w->output_tokens);
		gac_buf_puts(&b, "   # mean: ");
		gac_buf_grouped(&b, w->total.output, 0);
		gac_buf_puts(&b, " output tokens / requests\n");
		put_value(&b, "cache_read_fraction", w->cache_read_fraction);
		gac_buf_puts(&b, "   # ");
		gac_buf_grouped(&b, w->total.cache_read, 0);
		gac_buf_puts(&b, " cache-read tokens / input tokens\n");
		put_value(&b, "cache_write_fraction", w->cache_write_fraction);
		gac_buf_puts(&b, "   # ");
		gac_buf_grouped(&b, w->total.cache_write, 0);
		gac_buf_puts(&b, " cache-write tokens / input tokens\n");
		if (w->total.images > 0) {
			put_value(&b, "images_per_request", w->images_per_request);
			gac_buf_puts(&b, "   # ");
			gac_buf_grouped(&b, w->total.images, 0);
			gac_buf_puts(&b, " images / requests\n");
		}
		if (c->kind == GAC_SOURCE_BILL) {
			put_value(&b, "batch_fraction", s->batch ? 1 : 0);
			gac_buf_puts(&b, s->batch ? "   # the model's batch token lines, priced apart at their own mix\n"
			                          : "   # its batch token lines, if any, are the workload NAME-batch\n");
		} else if (s->batch_known) {
			put_value(&b, "batch_fraction", w->total.batch / w->total.requests);
			gac_buf_puts(&b, "   # ");
			gac_buf_grouped(&b, w->total.batch, 0);
			gac_buf_puts(&b, " batch requests / requests\n");
		} else {
			gac_buf_printf(&b, "    # batch_fraction not written: %s do not tell batch jobs apart\n",
			               source_name(c));
		}
		if (w->hourly && w->active_hours > 0) {
			put_value(&b, "active_hours_per_day", w->active_hours_per_day);
			gac_buf_puts(&b, "   # ");
			gac_buf_grouped(&b, w->active_hours, 0);
			gac_buf_puts(&b, w->active_hours == 1 ? " hour with requests of " : " hours with requests of ");
			gac_buf_grouped(&b, c->hours, c->hours == floor(c->hours) ? 0 : 2);
			gac_buf_puts(&b, ", x 24\n");
			put_value(&b, "peak_to_average", w->peak_to_average);
			gac_buf_puts(&b, "   # busiest hour ");
			put_time(&b, w->peak_hour * 3600);
			gac_buf_puts(&b, ": ");
			gac_buf_grouped(&b, w->peak_requests, 0);
			gac_buf_puts(&b, w->peak_requests == 1 ? " request" : " requests");
			gac_buf_puts(&b, "; mean of the hours with requests ");
			put_figure(&b, w->total.requests / w->active_hours);
			gac_buf_puts(&b, "\n");
		} else if (c->kind == GAC_SOURCE_BILL) {
			gac_buf_puts(&b, "    # peak_to_average and active_hours_per_day not written: a bill has months, not hours\n");
		} else {
			gac_buf_puts(&b, "    # peak_to_average and active_hours_per_day not written: the data is coarser than "
			                 "an hour\n");
		}
		if (w->growth_ok) {
			put_value(&b, "growth_per_month", w->growth);
			gac_buf_printf(&b, "   # least squares on ln(requests a month) over %zu months: slope ", w->growth_months);
			gac_buf_num(&b, "%.6g", w->slope);
			gac_buf_puts(&b, " +/- ");
			gac_buf_num(&b, "%.3g", w->slope_se);
			gac_buf_puts(&b, " (standard error), growth ");
			gac_buf_num(&b, "%.4g", w->growth * 100);
			gac_buf_puts(&b, "% +/- ");
			gac_buf_num(&b, "%.3g", w->growth_se * 100);
			gac_buf_puts(&b, "%\n");
		} else {
			gac_buf_printf(&b, "    # growth_per_month not fitted: %s\n", w->growth_why ? w->growth_why : "");
		}
		if (w->total.throttles > 0) {
			gac_buf_puts(&b, "    # throttled: ");
			gac_buf_grouped(&b, w->total.throttles, 0);
			gac_buf_puts(&b, w->total.throttles == 1 ? " invocation refused" : " invocations refused");
			gac_buf_puts(&b, ", not in requests_per_month (demand the quotas turned away)\n");
		}
	}
	bool header = false;
	for (size_t i = 0; i < c->nw; i++) {
		const gac_cal_workload *w = &c->w[i];
		if (w->status == GAC_CAL_WRITTEN)
			continue;
		if (!header)
			gac_buf_puts(&b, "# Not written:\n");
		header = true;
		gac_buf_puts(&b, "#   ");
		put_safe(&b, c->u.series[w->series].model);
		gac_buf_printf(&b, " in %s: ", c->u.series[w->series].region);
		gac_buf_grouped(&b, w->total.requests, 0);
		gac_buf_printf(&b, " request%s, %s\n", w->total.requests == 1 ? "" : "s", why_not(w->status));
	}
	if (c->kind == GAC_SOURCE_BILL)
		put_bill_lines(&b, c, "# ");
	if (c->nmonths) {
		/* the rates written describe the data's mean month: forecast month
		 * 1 is the month after the data, the months between grow */
		gac_buf_puts(&b, "forecast:\n  # month 1 of a forecast is the month after the data (");
		put_month(&b, c, 0);
		if (c->nmonths > 1) {
			gac_buf_puts(&b, " to ");
			put_month(&b, c, c->nmonths - 1);
		}
		gac_buf_puts(&b, ")\n  start: ");
		put_month(&b, c, c->nmonths);
		gac_buf_puts(&b, "\n  # the rates above are the data's mean month, the centre of its ");
		double age = rates_age(c);
		if (c->kind == GAC_SOURCE_BILL) {
			gac_buf_printf(&b, "%zu months (month (%zu + 1) / 2 of them);\n  # month 1 is (%zu + 1) / 2 months "
			                   "of growth later, as forecast and reconcile price it\n",
			               c->nmonths, c->nmonths, c->nmonths);
		} else {
			gac_buf_grouped(&b, c->hours, c->hours == floor(c->hours) ? 0 : 2);
			gac_buf_puts(&b, c->hours == 1 ? " hour, " : " hours, ");
			gac_buf_num(&b, "%.4g", (double)c->nmonths - (age - 0.5));
			gac_buf_puts(&b, " months into its calendar months (each counted at its own length);\n  # month 1's "
			                 "middle is that many months of growth later, as forecast and reconcile price it\n");
		}
		gac_buf_puts(&b, "  months_since_rates: ");
		gac_buf_num(&b, "%.10g", age);
		gac_buf_puts(&b, "\n");
	}
	if (c->season_ok) {
		static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
		                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
		size_t last = c->season_first + c->season_months - 1;
		unsigned next = (unsigned)((c->first_month - 1 + last + 1) % 12);
		gac_buf_puts(&b, "  # seasonality of the requests of all workloads: each month of ");
		put_month(&b, c, c->season_first);
		gac_buf_puts(&b, " to ");
		put_month(&b, c, last);
		gac_buf_printf(&b, " (%zu months) over the\n  # least-squares trend of ln(requests a month), averaged per "
		                   "calendar month, scaled to mean 1;\n  # month 1 of a forecast is ",
		               c->season_months);
		put_month(&b, c, last + 1);
		gac_buf_puts(&b, ", the month after the data:");
		for (unsigned k = 0; k < 12; k++)
			gac_buf_printf(&b, " %s", names[(next + k) % 12]);
		gac_buf_puts(&b, "\n  seasonality: [");
		for (unsigned k = 0; k < 12; k++) {
			if (k)
				gac_buf_puts(&b, ", ");
			gac_buf_num(&b, "%.10g", c->season[(next + k) % 12]);
		}
		gac_buf_puts(&b, "]\n");
	}
	size_t rows = 0;
	for (size_t m = 0; m < c->nmonths; m++)
		rows += c->month_hours[m] >= 24;
	/* the fitted growth with its standard error, for a simulated horizon */
	size_t grown = 0;
	for (size_t i = 0; i < c->nw; i++)
		grown += c->w[i].status == GAC_CAL_WRITTEN && c->w[i].growth_ok && c->w[i].growth_se > 0;
	bool history = history_ref && rows >= 2;
	if (history)
		gac_buf_puts(&b, "uncertain:   # drawn a month at a time from the history written with the scenario\n");
	else if (grown)
		gac_buf_puts(&b, "uncertain:\n");
	if (history) {
		static const char *const fields[] = {"requests_per_month", "input_tokens", "output_tokens"};
		for (size_t i = 0; i < c->nw; i++) {
			if (c->w[i].status != GAC_CAL_WRITTEN)
				continue;
			for (size_t f = 0; f < 3; f++) {
				gac_buf_printf(&b, "  workloads.%s.%s: {dist: empirical, csv: \"", c->w[i].name, fields[f]);
				for (const char *p = history_ref; *p; p++)
					gac_buf_printf(&b, "%s%c", *p == '"' || *p == '\\' ? "\\" : "", *p);
				gac_buf_printf(&b, "\", column: %s.%s}\n", c->w[i].name, fields[f]);
			}
		}
	} else if (history_ref) {
		gac_buf_puts(&b, "# uncertain: not written, the history has fewer than 2 months\n");
	}
	for (size_t i = 0; i < c->nw; i++) {
		const gac_cal_workload *w = &c->w[i];
		if (w->status != GAC_CAL_WRITTEN || !w->growth_ok || !(w->growth_se > 0))
			continue;
		gac_buf_printf(&b, "  workloads.%s.growth_per_month: {dist: normal, mean: ", w->name);
		gac_buf_num(&b, "%.10g", w->growth);
		gac_buf_puts(&b, ", sd: ");
		gac_buf_num(&b, "%.10g", w->growth_se);
		gac_buf_printf(&b, ", min: -1, max: 10}   # the fitted growth and its standard error (%zu months; "
		                   "bounded to what growth_per_month takes): simulate --months N carries it through "
		                   "the N months, a one-month simulate does not use it\n", w->growth_months);
	}
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

gac_status gac_calibration_history(char **out, const gac_calibration *c)
{
	if (out)
		*out = NULL;
	if (!out || !c || !c->finished)
		return GAC_EARG;
	gac_buf b = {0};
	gac_buf_puts(&b, "month,hours");
	static const char *const fields[] = {"requests_per_month", "input_tokens", "output_tokens",
	                                     "cache_read_fraction", "cache_write_fraction"};
	for (size_t i = 0; i < c->nw; i++)
		if (c->w[i].status == GAC_CAL_WRITTEN)
			for (size_t f = 0; f < 5; f++)
				gac_buf_printf(&b, ",%s.%s", c->w[i].name, fields[f]);
	gac_buf_puts(&b, "\n");
	for (size_t m = 0; m < c->nmonths; m++) {
		double h = c->month_hours[m];
		if (h < 24)
			continue;
		put_month(&b, c, m);
		gac_buf_puts(&b, ",");
		gac_buf_num(&b, "%.10g", h);
		for (size_t i = 0; i < c->nw; i++) {
			const gac_cal_workload *w = &c->w[i];
			if (w->status != GAC_CAL_WRITTEN)
				continue;
			const gac_usage_counts *k = &w->months[m].c;
			double in = k->input + k->cache_read + k->cache_write;
			double v[5] = {k->requests * 730.0 / h, k->requests > 0 ? in / k->requests : 0,
			               k->requests > 0 ? k->output / k->requests : 0, in > 0 ? k->cache_read / in : 0,
			               in > 0 ? k->cache_write / in : 0};
			for (size_t f = 0; f < 5; f++) {
				gac_buf_puts(&b, ",");
				gac_buf_num(&b, "%.10g", v[f]);
			}
		}
		gac_buf_puts(&b, "\n");
	}
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

static void count_line(gac_buf *b, const char *what, double n, const char *why)
{
	gac_buf_printf(b, "  %-26s ", what);
	gac_buf_grouped(b, n, 0);
	if (why)
		gac_buf_printf(b, "  (%s)", why);
	gac_buf_puts(b, "\n");
}

/* ---- calibrate/1 JSON ---- */

static int jset(json_t *o, const char *k, json_t *v)
{
	return json_object_set_new(o, k, v) != 0;
}

/* Append `o` to `arr` unless building it failed (then free it); nonzero
 * on failure.  json_array_append_new takes `o` even when it cannot grow. */
static int jpush(json_t *arr, json_t *o, int fail)
{
	if (fail) {
		json_decref(o);
		return 1;
	}
	return json_array_append_new(arr, o) != 0;
}

static int jskip(json_t *arr, const char *reason, double n)
{
	json_t *o = json_object();
	return jpush(arr, o, !o || jset(o, "reason", json_string(reason)) || jset(o, "count", json_integer((json_int_t)n)));
}

static const char *status_name(gac_cal_status st)
{
	return st == GAC_CAL_WRITTEN ? "written" : why_not(st);
}

static gac_status json_report(char **out, const gac_calibration *c)
{
	static const char *const src[] = {"", "logs", "cloudwatch", "bill"};
	json_t *root = json_object(), *read = json_object(), *skipped = json_array(), *ws = json_array(),
	       *lines = json_array(), *unpriced = json_array(), *period = json_object(), *season = NULL;
	int bad = !root || !read || !skipped || !ws || !lines || !unpriced || !period;
	const char *source = c->kind == GAC_SOURCE_BILL ? (c->nbills && !strcmp(c->bills[0]->format, "focus") ? "focus" : "cur")
	                                                : src[c->kind];
	if (!bad && c->kind == GAC_SOURCE_LOGS) {
		const gac_log_stats *x = &c->logs;
		bad |= jset(read, "files", json_integer((json_int_t)x->files)) ||
		       jset(read, "lines", json_integer((json_int_t)x->lines)) ||
		       jset(read, "records", json_integer((json_int_t)x->records)) ||
		       jset(read, "used", json_integer((json_int_t)x->used));
		bad = bad || jskip(skipped, "blank line", (double)x->blank) ||
		      jskip(skipped, "outside the period", (double)x->outside) ||
		      jskip(skipped, "failed (an errorCode: not billed)", (double)x->failed) ||
		      jskip(skipped, "throttled (reported, not priced)", (double)x->throttled) ||
		      jskip(skipped, "not a ModelInvocationLog record", (double)x->other);
	} else if (!bad && c->kind == GAC_SOURCE_CLOUDWATCH) {
		const gac_cw_stats *x = &c->cws;
		bad |= jset(read, "files", json_integer((json_int_t)x->files)) ||
		       jset(read, "datapoints", json_integer((json_int_t)x->points)) ||
		       jset(read, "used", json_integer((json_int_t)x->used));
		bad = bad || jskip(skipped, "outside the period", (double)x->outside) ||
		      jskip(skipped, "result of another metric", (double)x->ignored) ||
		      jskip(skipped, "result with PartialData", (double)x->partial);
	} else if (!bad) {
		const gac_cal_bill_stats *x = &c->bs;
		bad |= jset(read, "files", json_integer((json_int_t)x->files)) ||
		       jset(read, "rows", json_integer((json_int_t)x->rows)) ||
		       jset(read, "used", json_integer((json_int_t)x->used));
		bad = bad || jskip(skipped, "outside the period", (double)x->outside) ||
		      jskip(skipped, "provisioned-hour row (listed in bill_lines)", (double)x->provisioned) ||
		      jskip(skipped, "row of another price kind (listed in bill_lines)", (double)x->other_kinds) ||
		      jskip(skipped, "row not priced (listed in not_priced)", (double)x->not_priced);
		for (size_t i = 0; !bad && i < c->nbills; i++) {
			const gac_bill *b = c->bills[i];
			for (size_t j = 0; !bad && j < b->group_count; j++) {
				const gac_bill_group *g = &b->groups[j];
				if (gac_cal_token_kind(g->kind))
					continue;
				json_t *o = json_object();
				bad |= jpush(lines, o,
				             !o || jset(o, "month", json_string(g->month)) || jset(o, "model", json_string(g->model)) ||
				                 jset(o, "kind", json_string(g->kind)) || jset(o, "region", json_string(g->region)) ||
				                 jset(o, "quantity", gac_jreal(g->quantity)) || jset(o, "cost", gac_jreal(g->cost)) ||
				                 jset(o, "rows", json_integer((json_int_t)g->rows)) ||
				                 jset(o, "file", json_string(b->file)) ||
				                 jset(o, "first_line", json_integer((json_int_t)g->first_line)));
			}
			for (size_t j = 0; !bad && j < b->other_count; j++) {
				const gac_bill_other *x2 = &b->other[j];
				json_t *o = json_object();
				bad |= jpush(unpriced, o,
				             !o || jset(o, "month", json_string(x2->month)) || jset(o, "what", json_string(x2->what)) ||
				                 jset(o, "why", json_string(x2->why)) || jset(o, "cost", gac_jreal(x2->cost)) ||
				                 jset(o, "rows", json_integer((json_int_t)x2->rows)) ||
				                 jset(o, "file", json_string(b->file)) ||
				                 jset(o, "first_line", json_integer((json_int_t)x2->first_line)));
			}
		}
	}
	for (size_t i = 0; !bad && i < c->nw; i++) {
		const gac_cal_workload *w = &c->w[i];
		const gac_usage_series *s = &c->u.series[w->series];
		bool wr = w->status == GAC_CAL_WRITTEN;
		double batch = !wr ? NAN : c->kind == GAC_SOURCE_BILL ? (s->batch ? 1 : 0)
		                         : s->batch_known           ? w->total.batch / w->total.requests
		                                                    : NAN;
		json_t *o = json_object();
		bad |= jpush(ws, o,
		             !o || jset(o, "name", wr ? json_string(w->name) : json_null()) ||
		                 jset(o, "model", json_string(s->model)) || jset(o, "region", json_string(s->region)) ||
		                 jset(o, "status", json_string(status_name(w->status))) ||
		                 jset(o, "requests", gac_jreal(w->total.requests)) ||
		                 jset(o, "input_tokens_total", gac_jreal(w->total.input + w->total.cache_read + w->total.cache_write)) ||
		                 jset(o, "output_tokens_total", gac_jreal(w->total.output)) ||
		                 jset(o, "throttles", gac_jreal(w->total.throttles)) ||
		                 jset(o, "requests_per_month", gac_jnum(wr ? w->requests_per_month : NAN)) ||
		                 jset(o, "input_tokens", gac_jnum(wr ? w->input_tokens : NAN)) ||
		                 jset(o, "output_tokens", gac_jnum(wr ? w->output_tokens : NAN)) ||
		                 jset(o, "cache_read_fraction", gac_jnum(wr ? w->cache_read_fraction : NAN)) ||
		                 jset(o, "cache_write_fraction", gac_jnum(wr ? w->cache_write_fraction : NAN)) ||
		                 jset(o, "batch_fraction", gac_jnum(batch)) ||
		                 jset(o, "growth_per_month", gac_jnum(wr && w->growth_ok ? w->growth : NAN)) ||
		                 jset(o, "growth_standard_error", gac_jnum(wr && w->growth_ok ? w->growth_se : NAN)) ||
		                 jset(o, "growth_months", json_integer((json_int_t)(wr ? w->growth_months : 0))) ||
		                 jset(o, "request_tokens", gac_jnum(wr && c->kind == GAC_SOURCE_BILL ? w->request_tokens : NAN)) ||
		                 jset(o, "bill_rows", c->kind == GAC_SOURCE_BILL ? json_integer((json_int_t)s->rows) : json_null()));
	}
	if (!bad && c->season_ok) {
		bad |= !(season = json_array());
		for (int k = 0; !bad && k < 12; k++)
			bad |= json_array_append_new(season, gac_jreal(c->season[k])) != 0;
	}
	if (!bad) {
		gac_buf st = {0}, en = {0};
		if (c->kind == GAC_SOURCE_BILL) {
			gac_buf_puts(&st, c->bs.first_month);
			gac_buf_puts(&en, c->bs.last_month);
		} else {
			put_time(&st, c->span_start);
			put_time(&en, c->span_end);
		}
		char *a = gac_buf_take(&st), *z = gac_buf_take(&en);
		bad |= !a || !z || jset(period, "start", json_string(a)) || jset(period, "end", json_string(z)) ||
		       jset(period, "hours", gac_jreal(c->hours)) || jset(period, "months", json_integer((json_int_t)c->nmonths));
		free(a);
		free(z);
	}
	if (!bad)
		bad |= jset(root, "genaicost", json_string("calibrate/1")) || jset(root, "source", json_string(source)) ||
		       jset(root, "sheet", json_string(c->sheet_name)) ||
		       jset(root, "region", c->scenario_region ? json_string(c->scenario_region) : json_null()) ||
		       json_object_set(root, "period", period) || json_object_set(root, "read", read) ||
		       json_object_set(root, "skipped", skipped) || json_object_set(root, "workloads", ws) ||
		       jset(root, "seasonality", season ? json_incref(season) : json_null()) ||
		       json_object_set(root, "bill_lines", lines) || json_object_set(root, "not_priced", unpriced);
	json_decref(period);
	json_decref(read);
	json_decref(skipped);
	json_decref(ws);
	json_decref(lines);
	json_decref(unpriced);
	json_decref(season);
	if (bad) {
		json_decref(root);
		return GAC_ENOMEM;
	}
	*out = gac_json_finish(root);
	return gac_json_status(*out);
}

/* Markdown: a heading, then the table's lines as they are in a fenced
 * block (a log of what was read, aligned for a fixed-width font), its
 * fence longer than any run of backticks inside, so that nothing a file
 * or a model id says can end it. */
static gac_status markdown_report(char **out, const gac_calibration *c)
{
	char *text = NULL;
	gac_status st = gac_report_calibration(&text, c, GAC_FORMAT_TABLE);
	if (st != GAC_OK)
		return st;
	size_t run = 0, longest = 0;
	for (const char *p = text; *p; p++) {
		run = *p == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	size_t fence = longest < 3 ? 3 : longest + 1;
	gac_buf b = {0};
	gac_buf_printf(&b, "### genaicost calibrate: %s\n\n", source_name(c));
	for (size_t i = 0; i < fence; i++)
		gac_buf_puts(&b, "`");
	gac_buf_puts(&b, "\n");
	gac_buf_puts(&b, text);
	for (size_t i = 0; i < fence; i++)
		gac_buf_puts(&b, "`");
	gac_buf_puts(&b, "\n");
	gac_free(text);
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

gac_status gac_report_calibration(char **out, const gac_calibration *c, gac_format format)
{
	if (out)
		*out = NULL;
	if (!out || !c || !c->finished)
		return GAC_EARG;
	if (format == GAC_FORMAT_JSON)
		return json_report(out, c);
	if (format == GAC_FORMAT_MARKDOWN)
		return markdown_report(out, c);
	if (format != GAC_FORMAT_TABLE)
		return GAC_EVALUE;
	gac_buf b = {0};
	gac_buf_printf(&b, "calibrate: %s\n", source_name(c));
	if (c->kind == GAC_SOURCE_LOGS) {
		const gac_log_stats *s = &c->logs;
		count_line(&b, "files", (double)s->files, NULL);
		count_line(&b, "lines", (double)s->lines, NULL);
		count_line(&b, "blank lines", (double)s->blank, NULL);
		count_line(&b, "records", (double)s->records, NULL);
		count_line(&b, "invocations used", (double)s->used, NULL);
		count_line(&b, "outside the period", (double)s->outside, c->period_text ? c->period_text : NULL);
		count_line(&b, "failed", (double)s->failed, "an errorCode: not billed");
		count_line(&b, "throttled", (double)s->throttled, "ThrottlingException: reported, not priced");
		count_line(&b, "other records", (double)s->other, "schemaType not ModelInvocationLog");
	} else if (c->kind == GAC_SOURCE_BILL) {
		const gac_cal_bill_stats *s = &c->bs;
		count_line(&b, "files", (double)s->files, NULL);
		count_line(&b, "rows", (double)s->rows, NULL);
		count_line(&b, "token rows used", (double)s->used, NULL);
		count_line(&b, "outside the period", (double)s->outside, c->period_text ? c->period_text : NULL);
		count_line(&b, "provisioned-hour rows", (double)s->provisioned, s->provisioned ? "listed below" : NULL);
		count_line(&b, "rows of other kinds", (double)s->other_kinds,
		           s->other_kinds ? "priority, flex, long context, images...: listed below" : NULL);
		count_line(&b, "rows not priced", (double)s->not_priced, s->not_priced ? "by reason below" : NULL);
		for (size_t i = 0; i < c->nbills; i++)
			for (size_t j = 0; j < c->bills[i]->other_count; j++) {
				const gac_bill_other *o = &c->bills[i]->other[j];
				gac_buf_printf(&b, "    %s ", o->month);
				put_safe(&b, o->what);
				gac_buf_printf(&b, ": %lu row%s, ", o->rows, o->rows == 1 ? "" : "s");
				gac_buf_grouped(&b, o->cost, 2);
				gac_buf_printf(&b, " %s (%s; ", c->bills[i]->currency, o->why);
				put_safe(&b, c->bills[i]->file);
				gac_buf_printf(&b, ":%lu)\n", o->first_line);
			}
	} else {
		const gac_cw_stats *s = &c->cws;
		count_line(&b, "files", (double)s->files, NULL);
		count_line(&b, "datapoints", (double)s->points, NULL);
		count_line(&b, "datapoints used", (double)s->used, NULL);
		count_line(&b, "outside the period", (double)s->outside, c->period_text ? c->period_text : NULL);
		count_line(&b, "results of other metrics", (double)s->ignored,
		           s->ignored_metrics[0] ? s->ignored_metrics : NULL);
		count_line(&b, "results with PartialData", (double)s->partial,
		           s->partial ? "CloudWatch held back datapoints: ask again with NextToken" : NULL);
	}
	gac_buf_puts(&b, "period: ");
	if (c->kind == GAC_SOURCE_BILL) {
		put_bill_months(&b, c);
	} else {
		put_period(&b, c);
		gac_buf_puts(&b, " (");
		gac_buf_grouped(&b, c->hours, c->hours == floor(c->hours) ? 0 : 2);
		gac_buf_puts(&b, c->hours == 1 ? " hour)" : " hours)");
	}
	gac_buf_printf(&b, ", priced in %s\n",
	               c->scenario_region ? c->scenario_region : "no region (no model priced)");
	gac_buf_puts(&b, "workloads:\n");
	for (size_t i = 0; i < c->nw; i++) {
		const gac_cal_workload *w = &c->w[i];
		const gac_usage_series *s = &c->u.series[w->series];
		if (w->status == GAC_CAL_WRITTEN) {
			gac_buf_printf(&b, "  %s: %s in %s, ", w->name, s->model, s->region);
			gac_buf_grouped(&b, w->total.requests, 0);
			gac_buf_puts(&b, w->total.requests == 1 ? " request, " : " requests, ");
			put_figure(&b, w->requests_per_month);
			gac_buf_puts(&b, c->kind == GAC_SOURCE_BILL ? " a month (assumed: --request-tokens)\n" : " a month\n");
		}
	}
	for (size_t i = 0; i < c->nw; i++) {
		const gac_cal_workload *w = &c->w[i];
		const gac_usage_series *s = &c->u.series[w->series];
		if (w->status != GAC_CAL_WRITTEN) {
			gac_buf_puts(&b, "  not written: ");
			put_safe(&b, s->model);
			gac_buf_printf(&b, " in %s, ", s->region);
			gac_buf_grouped(&b, w->total.requests, 0);
			gac_buf_printf(&b, " request%s: %s\n", w->total.requests == 1 ? "" : "s", why_not(w->status));
		}
	}
	for (size_t i = 0; i < c->nw; i++) {
		const gac_cal_workload *w = &c->w[i];
		const gac_usage_series *s = &c->u.series[w->series];
		if (w->total.throttles > 0) {
			gac_buf_puts(&b, "  throttled: ");
			put_safe(&b, s->model);
			gac_buf_printf(&b, " in %s, ", s->region);
			gac_buf_grouped(&b, w->total.throttles, 0);
			gac_buf_puts(&b, w->total.throttles == 1 ? " invocation refused" : " invocations refused");
			gac_buf_puts(&b, " (demand not in requests_per_month)\n");
		}
	}
	if (c->season_ok) {
		static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
		                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
		gac_buf_printf(&b, "seasonality (%zu months, mean 1):", c->season_months);
		for (unsigned k = 0; k < 12; k++) {
			gac_buf_printf(&b, " %s ", names[k]);
			gac_buf_num(&b, "%.4g", c->season[k]);
		}
		gac_buf_puts(&b, "\n");
	}
	if (c->kind == GAC_SOURCE_BILL)
		put_bill_lines(&b, c, "");
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

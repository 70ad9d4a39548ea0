/* A calibration's state and fitted figures (lib/calibrate.c), read by its
 * report (lib/report_calibrate.c) and the unit tests. */
#ifndef GAC_CALIBRATE_H
#define GAC_CALIBRATE_H

#include "bill.h"
#include "usage.h"

/* Why a series is not written as a workload. */
typedef enum {
	GAC_CAL_WRITTEN = 0,
	GAC_CAL_UNKNOWN,        /* the sheet has no such model */
	GAC_CAL_NOT_OFFERED,    /* not offered in the scenario's region */
	GAC_CAL_NO_REQUESTS     /* throttles or failures only */
} gac_cal_status;

/* One month of a workload. */
typedef struct gac_cal_month {
	gac_usage_counts c;
} gac_cal_month;

typedef struct gac_cal_workload {
	size_t series;
	char name[GAC_MAX_NAME + 1];
	gac_cal_status status;
	gac_usage_counts total;
	double requests_per_month;
	double input_tokens, output_tokens;       /* means per request, cached input included */
	double cache_read_fraction, cache_write_fraction;
	double images_per_request;
	bool hourly;                              /* data of an hour or finer: peak and active hours */
	double active_hours;                      /* hours with requests */
	double active_hours_per_day, peak_to_average;
	int64_t peak_hour;
	double peak_requests;
	gac_cal_month *months;                    /* one per month of the calibration */
	double request_tokens;                    /* bills: the rule applied */
	bool request_tokens_default;              /* ... the default, not the model's own */
	bool growth_ok;
	const char *growth_why;                   /* why not, when !growth_ok */
	size_t growth_months;                     /* months fitted */
	double growth, slope, slope_se, growth_se;
} gac_cal_workload;

/* A bill's request rule: the mean tokens of a request of a model (NULL:
 * every model). */
typedef struct gac_cal_rule {
	char *model;
	double tokens;
} gac_cal_rule;

/* What the bills read held besides the token lines calibrated. */
typedef struct gac_cal_bill_stats {
	unsigned long files, rows, used, outside, provisioned, other_kinds, not_priced;
	char first_month[8], last_month[8];   /* of the token lines used */
} gac_cal_bill_stats;

struct gac_calibration {
	gac_usage u;
	gac_cw cw;
	gac_log_stats logs;
	gac_cw_stats cws;
	int kind;                 /* GAC_SOURCE_* of the files read; 0 before */
	char *first_file;         /* the first file read, named when kinds mix */
	int64_t start, end;       /* the period asked for; start >= end: none */
	char *period_text;
	char *region, *model;
	char *map;                /* the offer map of bills; NULL: pricing/aws-offer-map.yaml */
	gac_cal_rule *rules;      /* bills: tokens a request */
	size_t nrules;
	gac_bill **bills;         /* the bills read, kept for the report */
	size_t nbills;
	gac_cal_bill_stats bs;
	bool finished;
	/* fitted */
	int64_t span_start, span_end;  /* seconds */
	double hours;
	const char *scenario_region;
	char *sheet_name;
	int first_year;
	unsigned first_month;
	size_t nmonths;
	double *month_hours;      /* hours of each month inside the span */
	gac_cal_workload *w;
	size_t nw;
	/* seasonality: a year of monthly data or more */
	bool season_ok;
	size_t season_first, season_months;  /* the months fitted: from index season_first */
	double season[12];        /* factor of each calendar month (January first), mean 1 */
	unsigned season_points[12];
};

/* Seasonality of a monthly series of n >= 12 rates (every one > 0), the
 * first of calendar month first (0: January): the least-squares line
 * through ln(rate) (as gac_fit_growth) is the trend; each month's rate
 * over its trend, averaged per calendar month, scaled so the 12 factors
 * have mean 1.  points[c] receives the months averaged for month c. */
GAC_HIDDEN gac_status gac_fit_season(double season[12], unsigned points[12], const double *rates, size_t n,
                                     unsigned first);

/* Whether a bill group's price kind is one calibrate turns into tokens. */
GAC_HIDDEN bool gac_cal_token_kind(const char *kind);

/* Fit ln(rate) = a + slope x month by least squares (gsl_fit_linear):
 * growth = e^slope - 1, with the standard errors of slope and (delta
 * method) growth.  n >= 3 and every rate > 0. */
GAC_HIDDEN gac_status gac_fit_growth(double *growth, double *slope, double *slope_se, double *growth_se,
                                     const double *rates, size_t n);

#endif

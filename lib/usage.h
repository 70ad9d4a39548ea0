/*
 * Usage aggregates: what every usage reader fills and calibrate fits.
 *
 * A reader (invocation logs, CloudWatch metrics; later CUR and FOCUS
 * bills) turns its rows into counts per series, one series per model as
 * invoked (a model id or an inference-profile id) and region, summed per
 * hour.  Memory is bounded by series x hours, never by the rows read.
 */
#ifndef GAC_USAGE_H
#define GAC_USAGE_H

#include "internal.h"

/* What a reader counts in one place and hour. */
typedef struct gac_usage_counts {
	double requests;        /* successful invocations */
	double input;           /* input tokens not read from or written to the cache */
	double output;          /* output tokens */
	double cache_read;      /* input tokens read from the prompt cache */
	double cache_write;     /* input tokens written to the prompt cache */
	double batch;           /* requests of batch jobs, of `requests` */
	double throttles;       /* invocations refused by throttling, not in `requests` */
	double images;          /* images generated */
} gac_usage_counts;

/* Where a series' figures come from (append-only, as gac_usage_format). */
typedef enum {
	GAC_SOURCE_LOGS = 1,
	GAC_SOURCE_CLOUDWATCH = 2,
	GAC_SOURCE_BILL = 3     /* CUR 2.0 or FOCUS bills: tokens a month, no requests */
} gac_usage_source;

typedef struct gac_usage_series {
	char *model;            /* as invoked: a model id or an inference-profile id */
	char *region;           /* the region the requests were sent to */
	gac_usage_counts total;
	int64_t first_hour, last_hour;  /* hours since 1970-01-01T00Z with data */
	int64_t end;            /* seconds: the end of the last period with data */
	long resolution;        /* the coarsest period of its data, in seconds */
	bool batch_known;       /* the source tells batch requests apart */
	bool batch;             /* bills: the batch lines of the model, a series of their own */
	unsigned long rows;     /* bills: the bill rows summed into it */
} gac_usage_series;

/* One series' counts in one hour. */
typedef struct gac_usage_cell {
	int64_t hour;
	uint32_t series;
	bool used;
	gac_usage_counts c;
} gac_usage_cell;

typedef struct gac_usage {
	gac_usage_series *series;
	size_t nseries, series_cap;
	size_t last_series;     /* the last series found, tried first */
	gac_usage_cell *cells;  /* open addressing on (series, hour) */
	size_t ncells, cell_cap;
	gac_usage_cell *last_cell;
} gac_usage;

GAC_HIDDEN void gac_usage_init(gac_usage *u);
GAC_HIDDEN void gac_usage_done(gac_usage *u);
/* The index of the series of (model, region), made on first use. */
GAC_HIDDEN gac_status gac_usage_series_get(size_t *idx, gac_usage *u, const char *model, const char *region);
/* The same, told apart by `batch` too (bills: batch tokens priced apart). */
GAC_HIDDEN gac_status gac_usage_series_get_tagged(size_t *idx, gac_usage *u, const char *model, const char *region,
                                                  bool batch);
/* Add counts to a series in an hour (since the epoch); resolution is the
 * period, in seconds, of the data the counts are of. */
GAC_HIDDEN gac_status gac_usage_add(gac_usage *u, size_t series, int64_t hour, long resolution,
                                    const gac_usage_counts *c);
/* The counts of a series in an hour (zero when none). */
GAC_HIDDEN gac_usage_counts gac_usage_at(const gac_usage *u, size_t series, int64_t hour);

/* A time as CloudWatch and the invocation logs write it, RFC 3339:
 * YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM), or a date YYYY-MM-DD
 * when `date_ok`; seconds since 1970-01-01T00:00Z into *out.  false when
 * malformed. */
GAC_HIDDEN bool gac_time_parse(int64_t *out, const char *text, bool date_ok, bool *was_date);
/* Days since 1970-01-01 of a civil date, and back. */
GAC_HIDDEN int64_t gac_days_from_civil(int y, unsigned m, unsigned d);
GAC_HIDDEN void gac_civil_from_days(int64_t z, int *y, unsigned *m, unsigned *d);

/* A region id as AWS spells them: [a-z0-9-], 1 to 32 characters. */
GAC_HIDDEN bool gac_region_id_ok(const char *region);

/* The invocation-log and CloudWatch readers, adding to `u`. */
typedef struct gac_log_stats {
	unsigned long files, lines, blank, records, used, outside, failed, throttled, other;
} gac_log_stats;
/* Read one file of invocation-log records (JSON lines, plain or gzip);
 * records outside [start, end) (seconds; start >= end: no bound) are
 * counted in stats->outside.  Missing `region` reads as default_region. */
/* Tests only: read every record with jansson, to check the scanner
 * against it. */
GAC_HIDDEN extern bool gac_logs_jansson_only;
/* One record of a log, not blank, as "<line>" line 1 (tests). */
GAC_HIDDEN gac_status gac_usage_log_line(gac_usage *u, gac_log_stats *stats, const char *line, size_t len,
                                         int64_t start, int64_t end, const char *default_region, gac_error *err);
GAC_HIDDEN gac_status gac_usage_read_logs(gac_usage *u, gac_log_stats *stats, const char *path, int64_t start,
                                          int64_t end, const char *default_region, gac_error *err);



/* CloudWatch metrics of the AWS/Bedrock namespace: `aws cloudwatch
 * get-metric-data` output (MetricDataResults) with the query file that
 * names each Id's metric, model and period (MetricDataQueries, or the
 * bare list of queries), and `get-metric-statistics` output (Label,
 * Datapoints), whose model the caller names.  Files come in any order:
 * each is read whole (they are small), results are matched to queries at
 * gac_cw_apply. */
typedef struct gac_cw_query {
	char *id, *metric, *model, *stat, *file;
	long period;
} gac_cw_query;
typedef struct gac_cw_result {
	char *id, *file;
	size_t n;
	int64_t *t;
	double *v;
	bool partial;
	long period;            /* get-metric-statistics: inferred; else 0 */
	char *metric, *model, *stat;  /* get-metric-statistics: its own */
} gac_cw_result;
typedef struct gac_cw_stats {
	unsigned long files, points, used, outside, ignored, partial;
	char ignored_metrics[256];
} gac_cw_stats;
typedef struct gac_cw {
	int64_t start, end;     /* the queries' StartTime to EndTime; start >= end: none */
	gac_cw_query *q;
	size_t nq, qcap;
	gac_cw_result *r;
	size_t nr, rcap;
} gac_cw;
GAC_HIDDEN void gac_cw_done(gac_cw *cw);
/* Read one file; stat_model names the model of get-metric-statistics
 * output (NULL: such a file is an error). */
GAC_HIDDEN gac_status gac_cw_read(gac_cw *cw, gac_cw_stats *stats, const char *path, const char *stat_model,
                                  gac_error *err);
GAC_HIDDEN gac_status gac_cw_apply(gac_cw *cw, gac_usage *u, gac_cw_stats *stats, int64_t start, int64_t end,
                                   const char *region, gac_error *err);
/* Whether a file looks like CloudWatch output rather than invocation
 * logs: its first non-blank character opens a document that is not one
 * record on one line. */
GAC_HIDDEN gac_status gac_usage_sniff(bool *cloudwatch, const char *path, gac_error *err);
#endif

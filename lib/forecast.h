/* A forecast's data, shared by the analysis that fills it (forecast.c)
 * and the report that writes it (report_forecast.c) (internal). */
#ifndef GAC_FORECAST_H
#define GAC_FORECAST_H

#include "internal.h"

struct gac_forecast {
	gac_forecast_month *months;
	size_t count;
	char **names;           /* option names, owned */
	size_t name_count;
	double owed_after;
	gac_forecast_purchase *buys;  /* in the order bought; names point into names */
	size_t buy_count, buy_cap;
	size_t *held_at, *used_at;  /* per purchase: the last month a reservation
	                             * was held for its workloads, and billed as
	                             * the reservation of the deployment in force */
	char **strs;            /* reservations' models and workloads, owned */
	size_t str_count, str_cap;
	/* pricing_overrides: each month's bill and each purchase's monthly
	 * cost at list prices (list[] has f->count entries, buy_list[] one per
	 * purchase); has_list when any month was priced with overrides */
	double *list, *buy_list;
	bool has_list;
	/* for --explain: the baseline's workloads as written, the seasonality,
	 * the commitments and month 1 priced with its line items */
	struct fc_workload {
		char *name;
		const char *field;
		double rate, growth;
	} *wl;
	size_t wl_count;
	double season[12];
	size_t season_count;
	/* forecast.start as a month count (year × 12 + month − 1), -1 when
	 * not given; forecast.months_since_rates (0 when not given) */
	long start;
	double age;
	struct fc_commit {
		char *option;
		double start, term;
	} *commits;
	size_t commit_count;
	gac_result *first;
};

#endif

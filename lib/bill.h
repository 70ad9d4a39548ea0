/* Internal: a bill read (bill.c: AWS CUR 2.0 or FinOps FOCUS 1.x), the
 * reconciliation of a scenario with it (reconcile.c) and its report
 * (report_reconcile.c). */
#ifndef GAC_BILL_H
#define GAC_BILL_H

#include "internal.h"

/* Bill lines summed by (month, model, price kind, region): memory grows
 * with the distinct groups, never with the file. */
typedef struct gac_bill_group {
	char month[8];          /* "2026-10" */
	char *model;            /* Bedrock model id (or a service id of the estimate) */
	char *kind;             /* the engine's price kind: "input", "output_priority", "model_unit_hour" */
	char *region;           /* "" when the line names none */
	double cost, effective;
	double quantity;        /* tokens for token kinds (a unit of "1K tokens" read as 1,000), else as billed */
	unsigned long rows;
	unsigned long first_line;
} gac_bill_group;

/* Lines that are not a priced Bedrock line: summed by (month, what, why). */
typedef struct gac_bill_other {
	char month[8];
	char *what;             /* the usage type, or the service */
	char *why;              /* "not Bedrock", "tax", "no model in the map", ... */
	bool bedrock;           /* a Bedrock line (counted in the bill's Bedrock total) */
	double cost;
	unsigned long rows;
	unsigned long first_line;
} gac_bill_other;

struct gac_bill {
	char *file;
	char *map_file;
	const char *format;     /* "cur" or "focus" */
	char currency[16];
	gac_bill_group *groups;
	size_t group_count, group_cap;
	gac_bill_other *other;
	size_t other_count, other_cap;
	unsigned long rows;     /* data rows read */
	unsigned long priced_rows, other_rows;
	unsigned date_col;      /* the header's column of the charge date (1-based, in characters) */
	const char *date_name;  /* its name */
};

/* One row of the reconciliation: a (month, model, kind). */
typedef struct gac_rec_row {
	char month[8];
	const char *model, *kind;    /* belong to the bill or the estimate */
	double estimated, billed;
	bool in_estimate, in_bill;
} gac_rec_row;

struct gac_reconciliation {
	gac_bill *bill_ref;          /* not owned */
	char *currency;
	char *scenario;
	double tolerance;
	gac_rec_row *rows;
	size_t row_count;
	char (*months)[8];
	size_t month_count;
	double estimated, billed;    /* totals over the months compared */
	double not_modelled;         /* Bedrock lines the estimate has no row for (in billed) */
	double outside;              /* lines outside the comparison: not Bedrock, tax, credits */
	gac_result *result;          /* the estimate, owned */
	gac_result **grown;          /* with growth: each month's estimate (NULL at index 0), owned */
	size_t grown_count;
	bool growth;                 /* a workload grows: months estimated apart */
	/* with growth and the scenario's forecast.start: each month's months of
	 * growth from the month the rates describe (month − forecast.start +
	 * forecast.months_since_rates), and that month ("YYYY-MM"); NULL,
	 * "" otherwise */
	double *exponents;
	char rates_month[8];
};

#endif

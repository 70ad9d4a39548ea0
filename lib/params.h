/* Parameter paths (params.c): the descriptor tables every numeric input
 * of a scenario is read through, shared with scenario.c, whose loader
 * walks them for a file's keys and a new scenario's defaults. */
#ifndef GAC_PARAMS_H
#define GAC_PARAMS_H

#include "internal.h"

typedef enum { P_NUMBER, P_FRACTION, P_COUNT, P_ENUM, P_GROWTH } ptype;

typedef struct pdesc {
	const char *key;
	ptype type;
	double def;
	double max;             /* 0: no maximum */
	const char *const *values;  /* P_ENUM */
	int group;              /* fields of one group are alternatives */
	bool structural;        /* shapes the model rather than measures usage: not
	                         * ranked by sensitivity unless named (--vary) */
	int inherit;            /* a workload's deployment.*: 1 + the scenario-wide
	                         * field read while the workload leaves it unset */
	const char *unset;      /* what the default stands for, where it is not
	                         * simply its value (gac_scenario_is_set) */
	bool zero_default;      /* 0, even given, is not an amount but the
	                         * default's meaning (a capacity of 0: the sheet's) */
} pdesc;

/* A section of named entries (services, customizations, budget entries):
 * its numeric fields and text fields, each addressed SECTION.NAME.FIELD. */
struct gac_section {
	const char *key;          /* "services" */
	const char *what;         /* "a service" */
	const pdesc *num;
	int nnum;
	const char *const *text;
	int ntext;
	const char *required[3];  /* keys every entry must give */
};

/* The scenario-wide parameters (in gac_gfield order), a workload's fields
 * (gac_wfield), a budget entry's thresholds (gac_bfield), and the sections. */
GAC_HIDDEN extern const pdesc gac_gdesc[GAC_G_COUNT];
GAC_HIDDEN extern const pdesc gac_wdesc[GAC_W_COUNT];
GAC_HIDDEN extern const pdesc gac_bdesc[GAC_B_COUNT];
GAC_HIDDEN extern const struct gac_section gac_sections[GAC_SECT_COUNT];

/* The workload, or the entry of section sec, that the first len bytes of
 * name name (a path's NAME segment); NULL when none. */
GAC_HIDDEN gac_workload *gac_scenario_find_workload(const gac_scenario *s, const char *name, size_t len);
GAC_HIDDEN gac_entry *gac_scenario_find_entry(const gac_scenario *s, int sec, const char *name, size_t len);
/* Extend the scenario's hash with a change made from outside: "WHAT A=B". */
GAC_HIDDEN void gac_scenario_hash_extend(gac_scenario *s, const char *what, const char *a, const char *b);
/* The known path closest to path (at most 4 edits) for "did you mean",
 * NULL when none is; may be written into buf. */
GAC_HIDDEN const char *gac_param_closest(const gac_scenario *s, const char *path, char *buf, size_t cap);
/* The numeric fields of an entry of section sec (plan.c). */
GAC_HIDDEN int gac_section_nnum(int sec);
/* The path of the field whose value slot points at, relative to
 * workload when it is that workload's own field ("input_tokens"), else
 * in full ("workloads.rag.input_tokens", "hours_per_month"); NULL when
 * slot lies in none of the scenario's tables (a number the caller gave).
 * workload may be NULL.  Names the operands of the plan's formulas. */
GAC_HIDDEN const char *gac_param_slot_path(const gac_scenario *s, const double *slot, const char *workload);

#endif

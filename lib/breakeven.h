/* Break-even's internal declarations: how a solve priced its points
 * (issue 19), for the report. */
#ifndef GAC_BREAKEVEN_H
#define GAC_BREAKEVEN_H

#include "internal.h"

/* Each option's total at one value is one evaluation: on the option's
 * compiled plan (plan.h) or by the cost engine. */
typedef struct gac_be_stats {
	size_t plan_evals;    /* totals the plans gave (probes of the scan included) */
	size_t engine_evals;  /* totals the engine priced, fallbacks included */
	size_t fallbacks;     /* a plan's guard broke (a unit step, a tier, a threshold): the engine priced it */
	size_t compiles;      /* plans compiled (each runs the engine once, recording) */
	size_t scan_points;   /* points of the scan after its first */
	size_t skipped;       /* of them, those inside a stretch where both plans hold and are straight
	                       * lines and f keeps one sign: settled without pricing them */
} gac_be_stats;

/* NULL for NULL. */
GAC_HIDDEN const gac_be_stats *gac_break_even_stats(const gac_break_even *be);

#endif

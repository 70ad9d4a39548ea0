/* The evaluation plan (issue 19): a scenario compiled per option into
 * formulas over parameter slots.  The engine records it as it prices
 * (cost.c): each line's quantity a small expression over the scenario's
 * numbers, its net and list prices constants, and a guard for every
 * branch it took on a number that appears in a formula.  Numbers that
 * appear in no formula (modes, tiers, image sizes, services,
 * customizations, overrides) are frozen: the plan holds while they keep
 * the values it was compiled at.  Bought capacity (capacity.c) is a
 * constant held by guards: provisioned model units and the Reserved
 * tier's tokens per minute, given or rounded up from the peak (guards on
 * the peak's ratio to a unit, or to 1,000 tokens a minute); the load
 * above either served on demand is the share's formula, with a guard on
 * the side that binds; a load throttled above its units is under
 * capacity in the plan as in the engine, with the units it needs
 * (gac_plan_under_capacity).  All 42 options of examples/ compile
 * (tests/test_plan.c).  Internal: no public API. */
#ifndef GAC_PLAN_H
#define GAC_PLAN_H

#include "internal.h"

typedef struct gac_plan gac_plan;

/* Node kinds: a constant, a slot (a pointer into the scenario's numbers),
 * and the operations the engine applies, in its order of evaluation. */
enum { GAC_PN_CONST, GAC_PN_SLOT, GAC_PN_ADD, GAC_PN_SUB, GAC_PN_MUL, GAC_PN_DIV, GAC_PN_FABS };
/* Guard comparisons of a node with a constant. */
enum { GAC_PG_GT, GAC_PG_LT };

/* Recording (cost.c); every call is a no-op on a NULL plan and returns -1. */
GAC_HIDDEN int gac_pn_const(gac_plan *p, double c);
GAC_HIDDEN int gac_pn_slot(gac_plan *p, const double *slot);
GAC_HIDDEN int gac_pn_op(gac_plan *p, int op, int a, int b);
/* --explain: what node's value counts ("tokens"), printed after it as
 * "= value tokens" (on a constant: its name); note is static text. */
GAC_HIDDEN void gac_pn_note(gac_plan *p, int node, const char *note);
/* The same, and node is printed as "value note" alone: its formula is
 * printed elsewhere (a provisioned throughput's peak, in its block). */
GAC_HIDDEN void gac_pn_note_brief(gac_plan *p, int node, const char *note);
/* The formula of node as text, with the scenario's numbers and the
 * fields they are read from (a field of `workload` by its name, others by
 * path), and in *value what it computes: the same operations in the same
 * order as gac_plan_eval, so the text and the figure cannot differ; read
 * left to right with the usual precedence, the text gives *value to the
 * last bit (a run of products or sums on the right of another is in
 * parentheses where reading it bare would round otherwise).
 * false: no such node, the plan failed to record, or out of memory. */
GAC_HIDDEN bool gac_plan_render(gac_buf *b, double *value, const gac_plan *p, int node, const char *workload);
/* The engine took the branch `node CMP c` == taken. */
GAC_HIDDEN void gac_pn_guard(gac_plan *p, int node, int cmp, double c, bool taken);
/* A line: its quantity node (-1: a line no formula was recorded for, so
 * the plan cannot be evaluated), its net and list unit prices. */
GAC_HIDDEN void gac_plan_line(gac_plan *p, int qnode, double net, double list);
/* A part of the bill the plan does not express (model units given as a
 * fraction): the option is not compiled. */
GAC_HIDDEN void gac_plan_opaque(gac_plan *p);
/* The first provisioned throughput under capacity (its load above the
 * units, throttled), as the engine reports it: ri and ro the nodes of its
 * peaks' ratios to one unit's input and output capacity (guards hold the
 * state), units the units billed.  Later calls are ignored. */
GAC_HIDDEN void gac_plan_under(gac_plan *p, int ri, int ro, double units);

/* Compile scenario s (one option's, as gac_scenario_with_option_at
 * gives) on sheet into *out: runs the engine once, recording.  A plan is
 * made even when the option is not compilable (see gac_plan_ok); it
 * points into s, which must outlive it.  Errors: the engine's. */
GAC_HIDDEN gac_status gac_plan_compile(gac_plan **out, const gac_scenario *s, const gac_sheet *sheet,
                                       gac_error *err);
GAC_HIDDEN void gac_plan_free(gac_plan *p);
/* cost.c's halves of gac_plan_compile: an empty plan for s; then, after
 * the engine recorded into it, the frozen numbers (ov: priced with
 * pricing_overrides).  GAC_ENOMEM. */
GAC_HIDDEN gac_status gac_plan_begin(gac_plan **out, const gac_scenario *s);
GAC_HIDDEN gac_status gac_plan_finish(gac_plan *p, bool ov);
/* Whether every line of the option has a formula. */
GAC_HIDDEN bool gac_plan_ok(const gac_plan *p);
/* Lines recorded without a formula (0 when gac_plan_ok). */
GAC_HIDDEN size_t gac_plan_opaque_count(const gac_plan *p);
GAC_HIDDEN size_t gac_plan_line_count(const gac_plan *p);
GAC_HIDDEN size_t gac_plan_guard_count(const gac_plan *p);
/* Instructions of the compiled program, and (groups) their runs. */
GAC_HIDDEN size_t gac_plan_program_size(const gac_plan *p, size_t *groups);
/* Whether slot appears in a formula or guard (a number the plan follows). */
GAC_HIDDEN bool gac_plan_follows(const gac_plan *p, const double *slot);
/* The caller moves only the numbers at moving[0..count) (each one the plan
 * follows) and nothing else changes (no expression recomputes a field):
 * every other slot becomes a constant, folded with what it feeds, and the
 * frozen numbers are not checked.  false (nothing changed) when a moving
 * number is not followed or the plan is not compilable. */
GAC_HIDDEN bool gac_plan_trust(gac_plan *p, const double *const *moving, size_t count);

/* Evaluate for the scenario's current numbers: *total and *list (the bill
 * at list prices, or the total when no overrides apply), exactly as the
 * engine would price them (same operations in the same order).  false
 * when a guard breaks, a frozen number moved, a line or the total is not
 * finite, or the plan is not compilable: then the engine must price the
 * trial (and gives its error, if any).  The plan keeps the line amounts
 * of the last evaluation (gac_plan_line_amount). */
GAC_HIDDEN bool gac_plan_eval(gac_plan *p, double *total, double *list);
/* The derivative of the total (what is billed) at the scenario's current
 * numbers when each slot the plan reads moves by tangent(ctx, slot):
 * forward mode over the recorded formulas, exact (the same products and
 * quotients the engine computes, differentiated; |x| at 0 has none).  It
 * holds inside the guards: a threshold the move crosses is a step the
 * derivative does not see.  GAC_OK; GAC_EVALUE when the option is not
 * compilable, a frozen number moves (a step, not a slope) or the
 * derivative is not finite; GAC_ENOMEM. */
GAC_HIDDEN gac_status gac_plan_tangent(double *d_total, const gac_plan *p,
                                       double (*tangent)(void *ctx, const double *slot), void *ctx);
GAC_HIDDEN double gac_plan_line_amount(const gac_plan *p, size_t i);
/* Whether the total and every guard are affine in the numbers the plan
 * still reads (after gac_plan_trust: the moving ones): each a constant
 * plus constants times those numbers, no product of two of them, no
 * division by one, no |x| of one.  Where every guard holds at both ends
 * of an interval of one moving number, such a plan holds throughout it
 * and its total is a straight line there.  false when not compilable. */
GAC_HIDDEN bool gac_plan_affine(const gac_plan *p);
/* After a gac_plan_eval that gave a total: whether a throughput is under
 * capacity, and *units billed and *needed (either may be NULL; NAN when
 * none is) exactly as gac_workspace_under_capacity gives them. */
GAC_HIDDEN int gac_plan_under_capacity(const gac_plan *p, double *units, double *needed);

/* Trials a block evaluation takes at once. */
#define GAC_PLAN_CHUNK 64
/* Whether gac_plan_trust folded the plan (gac_plan_eval_block evaluates
 * it), and how many numbers it was told move. */
GAC_HIDDEN bool gac_plan_trusted(const gac_plan *p);
GAC_HIDDEN size_t gac_plan_moving_count(const gac_plan *p);
/* A trusted plan evaluated for n trials (1 to GAC_PLAN_CHUNK) at once, the
 * moving numbers (gac_plan_trust's moving[k]) read from col[k][0..n)
 * rather than from the scenario (col[k] must have GAC_PLAN_CHUNK values
 * to read: those past n are computed with, never used): for each trial
 * t, held[t] and, where it holds, total[t] and list[t] exactly as
 * gac_plan_eval would give them had the scenario those numbers (the same
 * operations in the same order, one trial at a time).  A trial that does not hold (a guard broke, a line or
 * the total not finite) is the engine's.  The line amounts are not kept.
 * false (nothing evaluated) when the plan is not trusted or compilable,
 * the scenario changed other than in its numbers, or out of memory. */
GAC_HIDDEN bool gac_plan_eval_block(gac_plan *p, const double *const *col, size_t n, double *total, double *list,
                                    bool *held);

#endif

/* The cost engine's shared state (internal to cost.c and topology.c). */
#ifndef GAC_ENGINE_H
#define GAC_ENGINE_H

#include "internal.h"
#include "plan.h"

#include <math.h>

typedef struct line_store {
	char *workload, *model, *component, *unit, *formula;
	const char *kind;         /* the price kind given to gac_add_line (a static text); NULL when none */
} line_store;

struct gac_result {
	gac_line *lines;
	line_store *owned;
	size_t count, cap;
	double total;
	double hours;
	char *currency;
	char *region;
	gac_provisioned *pt;
	size_t pt_count;
	gac_topology_info topology;
	/* the first provisioned entry under capacity, kept quiet or not:
	 * its units billed and needed (needed NAN when none is) */
	double under_units, under_needed;
	/* the expected outage cost: what downtime is worth to the business, a
	 * risk no provider bills, so kept out of the lines and the total */
	double outage;
	bool has_outage;
	bool overrides;           /* priced with pricing_overrides */
	double list_total;        /* the lines at their list prices */
	gac_line outage_line;     /* its derivation, when has_outage */
	line_store outage_store;
	/* the plan an estimate compiled (not a quiet one's): its lines with a
	 * formula and without (opaque), its guards, and whether it was
	 * evaluated again (the scenario fully compiles) and to what total */
	struct {
		size_t lines, opaque, guards;
		bool evaluated;
		double total;
	} plan;
};

/* A workload's model as the engine found it: what it runs on and its
 * prices in the scenario's region. */
typedef struct found_model {
	const gac_entry *custom;  /* its customization, or NULL */
	const gac_model *model;   /* NULL: not found yet */
	gac_prices prices;
} found_model;

typedef struct engine {
	const gac_scenario *s;
	const gac_sheet *sheet;
	gac_result *r;
	gac_error *err;
	bool quiet;             /* totals only: no formulas, no strings */
	bool ov;                /* the scenario's pricing_overrides apply */
	found_model *found;     /* per workload, kept by a workspace, or NULL */
	/* compiling a plan (plan.h): each line producer records its line's
	 * quantity as a formula and leaves it in plan_q for gac_add_line;
	 * NULL when only pricing */
	gac_plan *plan;
	int plan_q;
	/* the next line's arithmetic is plan_q's formula, printed from the
	 * plan (gac_plan_render); its `why` holds only notes */
	bool plan_text;
	/* the next line's formula ends saying a pattern's output_tokens was
	 * skipped on this embedding model (gac_field_skipped); NULL: none */
	const struct gac_model *skip_note;
} engine;

/* Record, when compiling a plan: a slot, a constant, an operation, a
 * guard (no-ops returning -1 otherwise) */
#define PN_SLOT(e, x) ((e)->plan ? gac_pn_slot((e)->plan, (x)) : -1)
#define PN_CONST(e, x) ((e)->plan ? gac_pn_const((e)->plan, (x)) : -1)
#define PN_OP(e, op, a, b) ((e)->plan ? gac_pn_op((e)->plan, GAC_PN_##op, (a), (b)) : -1)
#define PN_NOTE(e, n, note) ((e)->plan ? gac_pn_note((e)->plan, (n), (note)) : (void)0)
#define PN_NOTE_BRIEF(e, n, note) ((e)->plan ? gac_pn_note_brief((e)->plan, (n), (note)) : (void)0)
#define PN_GUARD(e, n, cmp, c, taken) ((e)->plan ? gac_pn_guard((e)->plan, (n), GAC_PG_##cmp, (c), (taken)) : (void)0)

/* A line whose quantity is computed from numbers in no formula (a
 * service's or a customization's own, the topology's): a constant of the
 * plan, which holds while those numbers keep their values (gac_plan_eval
 * checks every number no formula follows).  Call just before the line's
 * gac_add_line. */
static inline void gac_plan_fixed(engine *e, double quantity)
{
	if (e->plan)
		e->plan_q = PN_CONST(e, quantity);
}

/* The same for `per_hour` × the month's hours (hours_per_month, which
 * request rates a second or a day follow too), in the engine's order. */
static inline void gac_plan_hourly(engine *e, double per_hour)
{
	if (e->plan)
		e->plan_q = PN_OP(e, MUL, PN_CONST(e, per_hour), PN_SLOT(e, &e->s->g[GAC_G_HOURS_PER_MONTH]));
}

/* The plan's formula for the requests a workload's model serves a month
 * (cost.c): its rate, operation for operation as gac_workload_requests,
 * × (1 − response-cache hit rate); -1 when not compiling. */
GAC_HIDDEN int gac_plan_served(engine *e, const gac_workload *w);

/* A buffer for a line's derivation; in quiet mode every write to it is a
 * no-op, so analyses that need only totals skip the text. */
#define GAC_WHY(e) ((gac_buf){.failed = (e)->quiet})

/* Append a line; `why` holds the derivation and is consumed.  `kind` is
 * the price kind of the sheet the line is billed at (overrides.c's keys:
 * "input", "model_unit_hour", "service", ...; NULL for an amount the
 * scenario gives), `unit_price` its list price: pricing_overrides turn it
 * into the price billed, here and only here. */
GAC_HIDDEN gac_status gac_add_line_text(engine *e, const char *workload, const char *model,
                                        const char *component, double quantity, const char *unit,
                                        const char *kind, double unit_price, gac_buf *why);

/* The same; a quiet estimate's line (figures only, into room the
 * workspace already has) is stored here, inline: a Monte Carlo trial adds
 * dozens, and the call was a tenth of an estimate. */
static inline gac_status gac_add_line(engine *e, const char *workload, const char *model, const char *component,
                                      double quantity, const char *unit, const char *kind, double unit_price,
                                      gac_buf *why)
{
	gac_result *r = e->r;
	double net = e->ov ? gac_overrides_net(e->s, e->sheet, model, kind, unit_price, NULL) : unit_price;
	double cost = quantity * net;
	if (e->quiet && r->count < r->cap && isfinite(quantity) && isfinite(cost)) {
		r->owned[r->count] = (line_store){0};
		r->lines[r->count++] = (gac_line){.quantity = quantity, .unit_price = net, .cost = cost,
		                                  .list_price = unit_price};
		if (e->plan) {
			gac_plan_line(e->plan, e->plan_q, net, unit_price);
			e->plan_q = -1;
		}
		return GAC_OK;  /* a quiet buffer holds nothing to free */
	}
	return gac_add_line_text(e, workload, model, component, quantity, unit, kind, unit_price, why);
}
GAC_HIDDEN const gac_model *gac_find_model(engine *e, const gac_workload *w, gac_status *st);

/* request.c: the tokens a request to `m` must give (input, and output for
 * text generation; none out of an embedding model) and the context window
 * it must fit; GAC_ESCHEMA or GAC_EVALUE at the workload or the value. */
GAC_HIDDEN gac_status gac_check_request(engine *e, const gac_workload *w, const gac_model *m);
/* request.c: whether workload w's field f is skipped on model m: a pattern
 * (`*`) stored it (gac_workload.wild) and it does not apply to m (an
 * embedding model's output_tokens): priced as if not written. */
GAC_HIDDEN bool gac_field_skipped(const gac_workload *w, int f, const gac_model *m);

/* A result rebuilt from a saved report: no lines, total 0, topology
 * unknown; gac_result_push appends a line as recorded (its cost is taken
 * as written, not recomputed) and adds it to the total; an older report's
 * "downtime hour" line becomes the expected outage cost, not a line. */
GAC_HIDDEN gac_result *gac_result_blank(const char *currency, const char *region, double hours);
GAC_HIDDEN gac_status gac_result_push(gac_result *r, const gac_line *line);

/* Mark the last line as the monthly share of a one-time amount. */
GAC_HIDDEN void gac_line_one_time(engine *e, double amount, double every_months);

/* custom.c */
/* The customization a workload runs on ("custom:NAME"), or NULL. */
GAC_HIDDEN const gac_entry *gac_workload_custom(engine *e, const gac_workload *w, gac_status *st);
GAC_HIDDEN gac_status gac_price_customizations(engine *e);

/* topology.c */
/* Regions the deployment spans: topology.regions, or just `region`. */
GAC_HIDDEN size_t gac_topology_regions(const gac_scenario *s, const char *const **out);
/* Model units in region `i` of a topology when `units` carry the load. */
GAC_HIDDEN double gac_topology_units(const gac_scenario *s, size_t i, double units);
GAC_HIDDEN gac_status gac_check_topology(engine *e);
/* Services, data transfer, availability and expected outage cost. */
GAC_HIDDEN gac_status gac_price_infrastructure(engine *e);

/* cost.c, shared with capacity.c: a dimension's label; the error for a
 * price the sheet lacks; the requests reaching the model, in words. */
GAC_HIDDEN const char *gac_price_name(int k);
GAC_HIDDEN gac_status gac_no_price(engine *e, const gac_workload *w, const gac_model *m, const char *what);
GAC_HIDDEN void gac_describe_requests(gac_buf *b, const gac_scenario *s, const gac_workload *w);
/* capacity.c: provisioned throughput and the Reserved tier */
GAC_HIDDEN bool gac_runs_provisioned(const gac_scenario *s, const gac_workload *w);
GAC_HIDDEN bool gac_runs_reserved(const gac_scenario *s, const gac_workload *w);
/* Where a workload's deployment field d was written (its own, else the
 * scenario's). */
GAC_HIDDEN void gac_deploy_where(const gac_scenario *s, const gac_workload *w, int d, unsigned *line, unsigned *col);
GAC_HIDDEN gac_status gac_price_provisioned(engine *e);
GAC_HIDDEN gac_status gac_price_reserved(engine *e);

#endif

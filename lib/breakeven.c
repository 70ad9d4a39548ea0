/* Break-even: where two options of a scenario cost the same, found on the
 * real cost function (piecewise: model units and tiers step) by scanning
 * for changes of sign and refining each with GSL's Brent solver.  Each
 * option's total is evaluated on its compiled plan (plan.h) while the
 * plan's guards hold (capacity limits included: a plan knows whether its
 * units carry the load), and by the cost engine where one breaks (the
 * plan is then compiled again there) or where the expected outage cost
 * is priced. */
#include "internal.h"
#include "breakeven.h"
#include "plan.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SCAN_POINTS 4000
/* engine pricings to wait, at most, before compiling again a plan that
 * broke at its next point (a unit step at every scan point) */
#define MAX_WAIT 64

/* Where one side runs out of capacity: the lowest value of the range at
 * which its units no longer carry the load. */
typedef struct cap_limit {
	bool found;
	double value, units, needed;
} cap_limit;

struct gac_break_even {
	gac_crossing *items;
	size_t count;
	cap_limit limit[2];  /* a, b */
	double a_lo, b_lo, a_hi, b_hi;
	double lo, hi;   /* the range searched */
	double step;     /* scan step: crossings closer than this can be missed */
	bool log_step;   /* step is a ratio */
	bool risk;       /* totals compared with the expected outage cost */
	gac_be_stats stats;
	char *names;     /* path, a and b, each NUL-terminated, one block */
	const char *path, *a, *b;
};

/* One option of the two. */
typedef struct be_side {
	gac_scenario *sc;
	gac_workspace *ws;
	gac_pref ref;        /* the path varied, resolved in sc */
	gac_plan *plan;      /* NULL: the engine prices this side */
	bool affine;         /* plan trusted with the one moving number, and a straight line (gac_plan_affine) */
	gac_plan *spare;     /* the plan before the last guard broke: the other side of a step that
	                      * Brent's method crosses back and forth as it narrows a jump */
	bool spare_affine;
	bool engine_only;    /* no plan can serve: an outage cost priced, or the path in no formula */
	unsigned wait;       /* engine pricings before the next compile */
	unsigned backoff;    /* the wait after a plan that did not outlast one point */
	size_t served;       /* totals the current plan gave */
	double cost;         /* at the last value priced, with the outage cost */
	int under;
	double needed;      /* the units the load needs at the value priced, when under */
	bool on_plan;        /* that value priced on plan, else by the engine in ws */
} be_side;

typedef struct diff_ctx {
	be_side sd[2];          /* a, b */
	const gac_sheet *sheet;
	const char *path;
	double cost_a, cost_b;
	int under_a, under_b;  /* at the last value priced */
	double needed_a, needed_b;  /* the units each needs there, when under */
	bool risk;       /* either side priced an expected outage cost */
	gac_be_stats stats;
	gac_status st;
	gac_error *err;
} diff_ctx;

static unsigned longer(unsigned wait)
{
	return !wait ? 1 : wait * 2 > MAX_WAIT ? MAX_WAIT : wait * 2;
}

/* Compile sd's plan at the value its engine just priced, trusted
 * with the one number the path moves.  A plan is kept only when it gives
 * the engine's total there to the bit. */
static void compile(diff_ctx *c, be_side *sd)
{
	gac_error scratch;
	double total, list;
	c->stats.compiles++;
	sd->served = 0;
	sd->affine = false;
	if (gac_plan_compile(&sd->plan, sd->sc, c->sheet, &scratch) != GAC_OK || !gac_plan_ok(sd->plan)) {
		/* none here (a part of the bill the plan does not express): try again later */
		gac_plan_free(sd->plan);
		sd->plan = NULL;
		sd->wait = sd->backoff = longer(sd->backoff);
		return;
	}
	const double *moving = gac_pref_source(&sd->ref);
	/* an expression recomputes other fields from the path, or a pattern
	 * moves several: the plan checks every number it does not follow */
	bool trustable = !sd->sc->binding_count && !sd->ref.wild;
	bool ok = true;
	if (trustable && !gac_plan_follows(sd->plan, moving))
		ok = false;  /* the path is in no formula (a count of units, a mode): a plan holds at no other value */
	else if (trustable)
		ok = gac_plan_trust(sd->plan, &moving, 1);
	sd->affine = ok && trustable && gac_plan_affine(sd->plan);
	if (!ok || !gac_plan_eval(sd->plan, &total, &list) || total != sd->cost) {
		gac_plan_free(sd->plan);
		sd->plan = NULL;
		sd->affine = false;
		sd->engine_only = true;
	}
}

/* Side sd's total at the value stored: on its plan while its guards hold,
 * else by the engine, and a plan compiled there. */
static gac_status price(diff_ctx *c, be_side *sd)
{
	double list;
	if (sd->plan && gac_plan_eval(sd->plan, &sd->cost, &list)) {
		c->stats.plan_evals++;
		sd->served++;
		sd->under = gac_plan_under_capacity(sd->plan, NULL, &sd->needed);
		sd->on_plan = true;
		return GAC_OK;
	}
	if (sd->spare && gac_plan_eval(sd->spare, &sd->cost, &list)) {
		gac_plan *p = sd->plan;
		bool affine = sd->affine;
		sd->plan = sd->spare;
		sd->affine = sd->spare_affine;
		sd->spare = p;
		sd->spare_affine = affine;
		c->stats.plan_evals++;
		sd->served = 1;
		sd->under = gac_plan_under_capacity(sd->plan, NULL, &sd->needed);
		sd->on_plan = true;
		return GAC_OK;
	}
	if (sd->plan) {
		/* a guard broke: one that did not outlast a point waits longer for the next */
		c->stats.fallbacks++;
		sd->wait = sd->backoff = sd->served < 2 ? longer(sd->backoff) : 0;
		gac_plan_free(sd->spare);
		sd->spare = sd->plan;
		sd->spare_affine = sd->affine;
		sd->plan = NULL;
		sd->affine = false;
	}
	c->stats.engine_evals++;
	gac_status st = gac_estimate_total_ws(&sd->cost, sd->sc, c->sheet, sd->ws, c->err);
	if (st != GAC_OK)
		return st;
	sd->under = gac_workspace_under_capacity(sd->ws, NULL, &sd->needed);
	double out = gac_workspace_outage(sd->ws);
	if (out != 0) {
		/* the plan's total is what is billed: the risk stays with the engine */
		c->risk = true;
		sd->cost += out;
		sd->engine_only = true;
	}
	sd->on_plan = false;
	if (!sd->plan && !sd->engine_only) {
		if (sd->wait)
			sd->wait--;
		else
			compile(c, sd);
	}
	return GAC_OK;
}

/* cost_a(x) - cost_b(x); NaN (and st set) when pricing fails.  Each cost
 * is what is billed plus the expected outage cost: where downtime is
 * priced, the redundancy a break-even weighs is bought against that risk
 * (with none priced, it adds 0 and the billed totals are compared). */
static double diff(double x, void *p)
{
	diff_ctx *c = p;
	if (c->st != GAC_OK)
		return NAN;
	for (int k = 0; k < 2; k++)
		if ((c->st = gac_param_store(&c->sd[k].ref, c->path, x, c->err)) != GAC_OK)
			return NAN;
	for (int k = 0; k < 2; k++)
		if ((c->st = price(c, &c->sd[k])) != GAC_OK)
			return NAN;
	c->cost_a = c->sd[0].cost;
	c->cost_b = c->sd[1].cost;
	c->under_a = c->sd[0].under;
	c->under_b = c->sd[1].under;
	c->needed_a = c->sd[0].under ? c->sd[0].needed : NAN;
	c->needed_b = c->sd[1].under ? c->sd[1].needed : NAN;
	return c->cost_a - c->cost_b;
}

/* Both plans at x, nothing else: false when a side has no straight-line
 * plan or a guard breaks there. */
static bool probe(diff_ctx *c, double x, double *a, double *b)
{
	double list;
	for (int k = 0; k < 2; k++)
		if (!c->sd[k].affine || gac_param_store(&c->sd[k].ref, c->path, x, NULL) != GAC_OK)
			return false;
	bool held = gac_plan_eval(c->sd[0].plan, a, &list);
	c->stats.plan_evals++;
	c->sd[0].served += held;
	if (held) {
		held = gac_plan_eval(c->sd[1].plan, b, &list);
		c->stats.plan_evals++;
		c->sd[1].served += held;
	}
	return held;
}

/* Whether the scan may pass from x0, where f was f0 and the sides' under
 * capacity flags under[], to x1 without the points between: both plans
 * hold at both ends and are straight lines, so they hold between (their
 * branches, and so whether their units carry the load, as at x0) and f is
 * a straight line there too; f has one sign at both ends, and is farther
 * from 0 than rounding reaches (1e-9 of the costs), so no point between
 * has a crossing, a 0 or a change of capacity.  *f1: f at x1. */
static bool settled(diff_ctx *c, double x0, double f0, const int under[2], double x1, double *f1)
{
	double a0, b0, a1, b1;
	if (f0 == 0 || !probe(c, x0, &a0, &b0) || a0 - b0 != f0 || !probe(c, x1, &a1, &b1))
		return false;
	for (int k = 0; k < 2; k++)
		if (gac_plan_under_capacity(c->sd[k].plan, NULL, NULL) != under[k])
			return false;
	*f1 = a1 - b1;
	double scale = fmax(fmax(fabs(a0), fabs(b0)), fmax(fabs(a1), fabs(b1)));
	return (*f1 < 0) == (f0 < 0) && fmin(fabs(f0), fabs(*f1)) > 1e-9 * scale;
}

/* Side `side` carries the load at lo and not at hi: narrow the switch by
 * bisection on the same parameter path (to 1e-13 of the value, or the
 * first whole value of a count) and keep the first value under capacity,
 * with its units billed and needed there. */
static gac_status find_limit(cap_limit *l, int side, double lo, double hi, bool count, diff_ctx *c)
{
	for (int i = 0; !count && i < 200 && hi - lo > 1e-13 * fmax(fabs(hi), 1e-300); i++) {
		double mid = lo + (hi - lo) / 2;
		if (mid <= lo || mid >= hi)
			break;
		diff(mid, c);
		if (c->st != GAC_OK)
			return c->st;
		if (side ? c->under_b : c->under_a)
			hi = mid;
		else
			lo = mid;
	}
	diff(hi, c);
	if (c->st != GAC_OK)
		return c->st;
	l->found = true;
	l->value = hi;
	const be_side *sd = &c->sd[side];
	if (sd->on_plan)
		gac_plan_under_capacity(sd->plan, &l->units, &l->needed);
	else
		gac_workspace_under_capacity(sd->ws, &l->units, &l->needed);
	return GAC_OK;
}

static gac_status add(gac_break_even *be, double x, diff_ctx *c, gac_error *err)
{
	double d = diff(x, c);
	if (c->st != GAC_OK)
		return c->st;
	/* both free (zero volume, say) is no tradeoff worth reporting */
	if (c->cost_a == 0 && c->cost_b == 0)
		return GAC_OK;
	gac_crossing *a = gac_realloc(be->items, (be->count + 1) * sizeof *a);
	if (!a)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	be->items = a;
	/* costs that do not meet within a hair of the total jumped past each other */
	double scale = fmax(fabs(c->cost_a), fabs(c->cost_b));
	a[be->count++] = (gac_crossing){x, c->cost_a, c->cost_b, fabs(d) > 1e-9 * fmax(scale, 1.0), x, x, 0,
	                                c->under_a, c->under_b, NAN, NAN, NAN, NAN, NAN, NAN,
	                                c->needed_a, c->needed_b};
	return GAC_OK;
}

/* A step's two sides: the costs at `below` and `above`, the values either
 * side of the jump, into k. */
static gac_status sides(gac_crossing *k, double below, double above, diff_ctx *c)
{
	diff(below, c);
	if (c->st != GAC_OK)
		return c->st;
	k->below = below;
	k->cost_a_below = c->cost_a;
	k->cost_b_below = c->cost_b;
	diff(above, c);
	if (c->st != GAC_OK)
		return c->st;
	k->above = above;
	k->cost_a_above = c->cost_a;
	k->cost_b_above = c->cost_b;
	return GAC_OK;
}

/* *root and the bracket [*x_lo, *x_hi] Brent's method narrowed it to. */
static gac_status refine(double *root, double *x_lo, double *x_hi, int *iterations, double lo, double hi,
                         diff_ctx *c, gac_error *err)
{
	gsl_function F = {diff, c};
	gsl_root_fsolver *s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
	if (!s)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	int status = gsl_root_fsolver_set(s, &F, lo, hi);
	for (int iter = 0; status == GSL_SUCCESS && iter < 200; iter++) {
		status = gsl_root_fsolver_iterate(s);
		*iterations = iter + 1;
		if (status != GSL_SUCCESS || c->st != GAC_OK)
			break;
		status = gsl_root_test_interval(gsl_root_fsolver_x_lower(s), gsl_root_fsolver_x_upper(s), 0, 1e-13);
		if (status == GSL_SUCCESS)
			break;
		if (status == GSL_CONTINUE)
			status = GSL_SUCCESS;
	}
	*root = gsl_root_fsolver_root(s);
	*x_lo = gsl_root_fsolver_x_lower(s);
	*x_hi = gsl_root_fsolver_x_upper(s);
	gsl_root_fsolver_free(s);
	if (c->st != GAC_OK)
		return c->st;
	if (status != GSL_SUCCESS)
		return gac_fail(err, GAC_ERANGE, NULL, 0, 0, "the break-even solver did not converge: %s",
		                gsl_strerror(status));
	return GAC_OK;
}

/* The scan's i-th of points values from first to last (the last exactly). */
static double scan_x(size_t i, size_t points, int kind, double first, double last, double lo, double hi,
                     bool logscale)
{
	double t = (double)i / (double)points;
	return kind == 2 ? first + (double)i : i == points ? last : logscale ? lo * pow(hi / lo, t) : lo + (hi - lo) * t;
}

gac_status gac_break_even_solve(gac_break_even **out, const gac_scenario *s, const gac_sheet *sheet,
                                const char *path, const char *a, const char *b, double lo, double hi,
                                gac_error *err)
{
	if (!out || !s || !sheet || !path || !a || !b)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "missing argument");
	*out = NULL;
	double now;
	if (gac_scenario_get_number(&now, s, path) != GAC_OK)
		return gac_fail(err, GAC_EPARAM, NULL, 0, 0, "'%s' is not a numeric parameter of the scenario "
		                "(see 'genaicost params')", path);
	if (!(lo < hi) || !isfinite(lo) || !isfinite(hi))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "the range must have LO below HI (got %g:%g)", lo, hi);
	if (!strcmp(a, b))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "compare two different options (both are '%s')", a);
	int kind = gac_param_kind(s, path);
	if (kind == 1)
		return gac_fail(err, GAC_EPARAM, NULL, 0, 0,
		                "%s is a choice, not a number: compare its values as options instead", path);
	/* whole counts (model units, ...) are scanned value by value */
	if (kind == 2 && (hi - lo > 100000 || floor(hi) < ceil(lo)))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0,
		                "%s is a whole count: give a range holding 1 to 100,000 whole values", path);
	/* a capacity of 0 is the sheet's, not none: the scan starts above it,
	 * a millionth of the way (logarithmic from there) */
	if (lo <= 0 && gac_param_zero_default(s, path))
		lo = hi / 1e6;
	diff_ctx c = {.sheet = sheet, .path = path, .err = err};
	gac_status st;
	if ((st = gac_scenario_with_option(&c.sd[0].sc, s, a, err)) != GAC_OK)
		return st;
	if ((st = gac_scenario_with_option(&c.sd[1].sc, s, b, err)) != GAC_OK) {
		gac_scenario_free(c.sd[0].sc);
		return st;
	}
	gac_break_even *be = NULL;
	/* the path resolved once per side: the solve only stores numbers */
	for (int k = 0; k < 2 && st == GAC_OK; k++)
		if (gac_param_resolve(&c.sd[k].ref, c.sd[k].sc, path) != GAC_OK) {
			st = gac_scenario_set_number(c.sd[k].sc, path, lo, err);
			if (st == GAC_OK)
				st = gac_fail(err, GAC_EPARAM, NULL, 0, 0, "%s is not numeric", path);
		}
	if (st != GAC_OK)
		goto done;
	be = gac_calloc(1, sizeof *be);
	size_t lp = strlen(path) + 1, la = strlen(a) + 1, lb = strlen(b) + 1;
	if (be && (be->names = gac_malloc(lp + la + lb))) {
		/* kept for the report, which names them */
		be->path = memcpy(be->names, path, lp);
		be->a = memcpy(be->names + lp, a, la);
		be->b = memcpy(be->names + lp + la, b, lb);
	}
	if (!be || !be->names || gac_workspace_new(&c.sd[0].ws) != GAC_OK ||
	    gac_workspace_new(&c.sd[1].ws) != GAC_OK) {
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		goto done;
	}
	/* GSL aborts on errors unless told not to */
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	bool logscale = kind != 2 && lo > 0 && hi / lo >= 1000;
	double first = kind == 2 ? ceil(lo) : lo, last = kind == 2 ? floor(hi) : hi;
	size_t points = kind == 2 ? (size_t)(last - first) : SCAN_POINTS;
	double prev_x = first, prev = diff(first, &c);
	be->lo = lo;
	be->hi = hi;
	be->a_lo = c.cost_a;
	be->b_lo = c.cost_b;
	/* a side under capacity from the start runs out at the start */
	int was_under[2] = {c.under_a, c.under_b};
	for (int k = 0; k < 2 && c.st == GAC_OK; k++)
		if (was_under[k]) {
			be->limit[k].found = true;
			be->limit[k].value = first;
			gac_workspace_under_capacity(c.sd[k].ws, &be->limit[k].units, &be->limit[k].needed);
		}
	/* points the scan tries to pass at once where both plans are straight
	 * lines: doubled while it may, halved where it may not */
	size_t stride = 2;
	/* equal at the start of the range (fixed costs alike, say) is no
	 * crossing: only a change of order is */
	for (size_t i = 1; st == GAC_OK && c.st == GAC_OK && i <= points;) {
		if (i < points && stride >= 2 && c.sd[0].affine && c.sd[1].affine) {
			/* pass points i to j - 1 and settle j on the plans */
			size_t j = i - 1 + stride < points ? i - 1 + stride : points;
			double xj = scan_x(j, points, kind, first, last, lo, hi, logscale), dj;
			if (settled(&c, prev_x, prev, was_under, xj, &dj)) {
				c.stats.skipped += j - i;
				prev_x = xj;
				prev = dj;
				i = j + 1;
				if (stride < points)
					stride *= 2;
			} else {
				stride /= 2;
			}
			continue;
		}
		stride = 2;
		double x = scan_x(i, points, kind, first, last, lo, hi, logscale);
		double d = diff(x, &c);
		if (c.st != GAC_OK)
			break;
		int now_under[2] = {c.under_a, c.under_b};
		for (int k = 0; k < 2 && st == GAC_OK; k++) {
			if (!be->limit[k].found && now_under[k] && !was_under[k]) {
				st = find_limit(&be->limit[k], k, prev_x, x, kind == 2, &c);
				if (st == GAC_OK)
					d = diff(x, &c);  /* the scan goes on from x */
			}
			was_under[k] = now_under[k];
		}
		if (st != GAC_OK || c.st != GAC_OK)
			break;
		if (d == 0) {
			/* a run of equal costs counts once, where it starts */
			if (prev != 0)
				st = add(be, x, &c, err);
		} else if (prev != 0 && (prev < 0) != (d < 0)) {
			double root = x, below = prev_x, above = x;
			int iterations = 0;
			/* counts step: the first whole value past the switch */
			if (kind != 2)
				st = refine(&root, &below, &above, &iterations, prev_x, x, &c, err);
			size_t had = be->count;
			if (st == GAC_OK)
				st = add(be, root, &c, err);
			if (st == GAC_OK && be->count > had) {
				gac_crossing *k = &be->items[be->count - 1];
				k->bracket_lo = prev_x;
				k->bracket_hi = x;
				k->iterations = iterations;
				if (kind == 2)
					k->step = 1;
				/* the costs either side of the jump: the value's are one side's */
				if (k->step)
					st = sides(k, below, above, &c);
			}
		}
		prev_x = x;
		prev = d;
		i++;
	}
	be->step = kind == 2 ? 1 : logscale ? pow(hi / lo, 1.0 / SCAN_POINTS) : (hi - lo) / SCAN_POINTS;
	be->log_step = logscale;
	gsl_set_error_handler(old);
	if (st == GAC_OK && c.st != GAC_OK)
		st = c.st;
	if (st == GAC_OK) {
		diff(last, &c);
		be->a_hi = c.cost_a;
		be->b_hi = c.cost_b;
		be->risk = c.risk;
		st = c.st;
		c.stats.scan_points = points;
		be->stats = c.stats;
	}
done:
	for (int k = 0; k < 2; k++) {
		gac_scenario_free(c.sd[k].sc);
		gac_workspace_free(c.sd[k].ws);
		gac_plan_free(c.sd[k].plan);
		gac_plan_free(c.sd[k].spare);
	}
	if (st != GAC_OK) {
		gac_break_even_free(be);
		return st;
	}
	*out = be;
	return GAC_OK;
}

void gac_break_even_range(const gac_break_even *be, double *lo, double *hi)
{
	if (lo)
		*lo = be ? be->lo : NAN;
	if (hi)
		*hi = be ? be->hi : NAN;
}

double gac_break_even_scan_step(const gac_break_even *be, int *log_scale)
{
	if (log_scale)
		*log_scale = be && be->log_step;
	return be ? be->step : NAN;
}

void gac_break_even_free(gac_break_even *be)
{
	if (!be)
		return;
	free(be->items);
	free(be->names);
	free(be);
}

const char *gac_break_even_path(const gac_break_even *be) { return be ? be->path : NULL; }
const char *gac_break_even_option(const gac_break_even *be, int side)
{
	return be ? side ? be->b : be->a : NULL;
}

size_t gac_break_even_count(const gac_break_even *be) { return be ? be->count : 0; }
int gac_break_even_risk_adjusted(const gac_break_even *be) { return be && be->risk; }
const gac_be_stats *gac_break_even_stats(const gac_break_even *be) { return be ? &be->stats : NULL; }

int gac_break_even_capacity_limit(const gac_break_even *be, int side, double *value, double *units,
                                  double *needed)
{
	const cap_limit *l = be && (side == 0 || side == 1) && be->limit[side].found ? &be->limit[side] : NULL;
	if (value)
		*value = l ? l->value : NAN;
	if (units)
		*units = l ? l->units : NAN;
	if (needed)
		*needed = l ? l->needed : NAN;
	return l != NULL;
}

const gac_crossing *gac_break_even_at(const gac_break_even *be, size_t i)
{
	return be && i < be->count ? &be->items[i] : NULL;
}

void gac_break_even_ends(const gac_break_even *be, double *a_lo, double *b_lo, double *a_hi, double *b_hi)
{
	if (!be)
		return;
	if (a_lo)
		*a_lo = be->a_lo;
	if (b_lo)
		*b_lo = be->b_lo;
	if (a_hi)
		*a_hi = be->a_hi;
	if (b_hi)
		*b_hi = be->b_hi;
}

/* 1 when option-less pricing with `path` at `v` is refused as input (a
 * request past a model's context window): GAC_EVALUE from a comparison. */
static int refused_at(const gac_scenario *sc, const gac_sheet *sheet, const char *path, double v)
{
	gac_scenario *probe = NULL;
	gac_comparison *cmp = NULL;
	if (gac_scenario_clone(&probe, sc) != GAC_OK)
		return 0;
	gac_status st = gac_scenario_set_number(probe, path, v, NULL);
	if (st == GAC_OK)
		st = gac_compare(&cmp, probe, sheet, NULL);
	gac_comparison_free(cmp);
	gac_scenario_free(probe);
	return st == GAC_EVALUE;
}

gac_status gac_break_even_default_range(double *lo, double *hi, const gac_scenario *sc, const gac_sheet *sheet,
                                        const char *path)
{
	double now;
	if (!lo || !hi || !sc || !sheet || !path)
		return GAC_EARG;
	if (gac_scenario_get_number(&now, sc, path) != GAC_OK)
		return GAC_EPARAM;
	/* a range the parameter accepts: fractions 0 to 1, counts from 1 */
	double probe = 1.5;
	gac_scenario *clone = NULL;
	*lo = 0;
	*hi = 100 * fmax(now, 1);
	if (gac_scenario_clone(&clone, sc) == GAC_OK) {
		bool whole = gac_scenario_set_number(clone, path, probe, NULL) != GAC_OK &&
		             gac_scenario_set_number(clone, path, 2, NULL) == GAC_OK;
		if (!whole && gac_scenario_set_number(clone, path, probe, NULL) != GAC_OK)
			*hi = 1;  /* refuses 1.5 and 2: a fraction */
		else if (gac_scenario_set_number(clone, path, 0, NULL) != GAC_OK)
			*lo = 1;  /* refuses 0: a count (1.5 refused, 2 taken) or a positive number */
		if (gac_scenario_set_number(clone, path, *hi, NULL) != GAC_OK) {
			/* a maximum (hours in a month): search up to the current value's double */
			*hi = fmax(now * 2, *lo + 1);
			while (*hi > *lo + 1e-9 && gac_scenario_set_number(clone, path, *hi, NULL) != GAC_OK)
				*hi = *lo + (*hi - *lo) / 2;
		}
	}
	gac_scenario_free(clone);
	if (*hi > now && refused_at(sc, sheet, path, *hi)) {
		/* the range ends where the options still price: tokens a request
		 * past a model's context window are refused, not priced; bisect
		 * between the value now (priced) and the end refused */
		double good = now, bad = *hi;
		for (int i = 0; i < 60 && bad - good > 1e-9 * fmax(1, bad); i++) {
			double mid = good + (bad - good) / 2;
			if (refused_at(sc, sheet, path, mid))
				bad = mid;
			else
				good = mid;
		}
		*hi = good;
	}
	return GAC_OK;
}

/* Break-even: where two options of a scenario cost the same, found on the
 * real cost function (piecewise: model units and tiers step) by scanning
 * for changes of sign and refining each with GSL's Brent solver. */
#include "internal.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define SCAN_POINTS 4000

struct gac_break_even {
	gac_crossing *items;
	size_t count;
	double a_lo, b_lo, a_hi, b_hi;
	double step;     /* scan step: crossings closer than this can be missed */
	bool log_step;   /* step is a ratio */
	bool risk;       /* totals compared with the expected outage cost */
};

typedef struct diff_ctx {
	gac_scenario *a, *b;
	const gac_sheet *sheet;
	const char *path;
	double cost_a, cost_b;
	bool risk;       /* either side priced an expected outage cost */
	gac_status st;
	gac_error *err;
} diff_ctx;

/* cost_a(x) - cost_b(x); NaN (and st set) when pricing fails.  Each cost
 * is what is billed plus the expected outage cost: where downtime is
 * priced, the redundancy a break-even weighs is bought against that risk
 * (with none priced, it adds 0 and the billed totals are compared). */
static double diff(double x, void *p)
{
	diff_ctx *c = p;
	double out_a = 0, out_b = 0;
	if (c->st != GAC_OK)
		return NAN;
	if ((c->st = gac_scenario_set_number(c->a, c->path, x, c->err)) != GAC_OK ||
	    (c->st = gac_scenario_set_number(c->b, c->path, x, c->err)) != GAC_OK ||
	    (c->st = gac_estimate_parts(&c->cost_a, &out_a, c->a, c->sheet, c->err)) != GAC_OK ||
	    (c->st = gac_estimate_parts(&c->cost_b, &out_b, c->b, c->sheet, c->err)) != GAC_OK)
		return NAN;
	if (out_a != 0 || out_b != 0) {
		c->risk = true;
		c->cost_a += out_a;
		c->cost_b += out_b;
	}
	return c->cost_a - c->cost_b;
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
	a[be->count++] = (gac_crossing){x, c->cost_a, c->cost_b, fabs(d) > 1e-9 * fmax(scale, 1.0), x, x, 0};
	return GAC_OK;
}

static gac_status refine(double *root, int *iterations, double lo, double hi, diff_ctx *c, gac_error *err)
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
		double x_lo = gsl_root_fsolver_x_lower(s), x_hi = gsl_root_fsolver_x_upper(s);
		status = gsl_root_test_interval(x_lo, x_hi, 0, 1e-13);
		if (status == GSL_SUCCESS)
			break;
		if (status == GSL_CONTINUE)
			status = GSL_SUCCESS;
	}
	*root = gsl_root_fsolver_root(s);
	gsl_root_fsolver_free(s);
	if (c->st != GAC_OK)
		return c->st;
	if (status != GSL_SUCCESS)
		return gac_fail(err, GAC_ERANGE, NULL, 0, 0, "the break-even solver did not converge: %s",
		                gsl_strerror(status));
	return GAC_OK;
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
	diff_ctx c = {.sheet = sheet, .path = path, .err = err};
	gac_status st;
	if ((st = gac_scenario_with_option(&c.a, s, a, err)) != GAC_OK)
		return st;
	if ((st = gac_scenario_with_option(&c.b, s, b, err)) != GAC_OK) {
		gac_scenario_free(c.a);
		return st;
	}
	gac_break_even *be = gac_calloc(1, sizeof *be);
	if (!be) {
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		goto done;
	}
	/* GSL aborts on errors unless told not to */
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	bool logscale = kind != 2 && lo > 0 && hi / lo >= 1000;
	double first = kind == 2 ? ceil(lo) : lo, last = kind == 2 ? floor(hi) : hi;
	size_t points = kind == 2 ? (size_t)(last - first) : SCAN_POINTS;
	double prev_x = first, prev = diff(first, &c);
	be->a_lo = c.cost_a;
	be->b_lo = c.cost_b;
	/* equal at the start of the range (fixed costs alike, say) is no
	 * crossing: only a change of order is */
	for (size_t i = 1; st == GAC_OK && c.st == GAC_OK && i <= points; i++) {
		double t = (double)i / (double)points;
		double x = kind == 2 ? first + (double)i
		           : i == points ? last : logscale ? lo * pow(hi / lo, t) : lo + (hi - lo) * t;
		double d = diff(x, &c);
		if (c.st != GAC_OK)
			break;
		if (d == 0) {
			/* a run of equal costs counts once, where it starts */
			if (prev != 0)
				st = add(be, x, &c, err);
		} else if (prev != 0 && (prev < 0) != (d < 0)) {
			double root = x;
			int iterations = 0;
			/* counts step: the first whole value past the switch */
			if (kind != 2)
				st = refine(&root, &iterations, prev_x, x, &c, err);
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
			}
		}
		prev_x = x;
		prev = d;
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
	}
done:
	gac_scenario_free(c.a);
	gac_scenario_free(c.b);
	if (st != GAC_OK) {
		gac_break_even_free(be);
		return st;
	}
	*out = be;
	return GAC_OK;
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
	free(be);
}

size_t gac_break_even_count(const gac_break_even *be) { return be ? be->count : 0; }
int gac_break_even_risk_adjusted(const gac_break_even *be) { return be && be->risk; }

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

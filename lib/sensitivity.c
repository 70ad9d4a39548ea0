/* Sensitivity: which inputs move the bill most.  Every numeric input is
 * moved down and up through the parameter paths and priced by the engine.
 *
 * Linear in the workloads: an input of one workload can only move the
 * lines of that workload and of those it shares a line with (a
 * provisioned throughput serving several).  Those workloads form a group,
 * found from the lines of the estimate as written; each group is copied
 * alone (gac_scenario_subset) and an input of it priced on that copy: the
 * total is the scenario's as written plus the change in the copy's.  A
 * group whose copy does not price as its share of the whole (the fixed
 * lines plus its own) is priced on the whole scenario instead, as are the
 * scenario-wide inputs.  Every price is a quiet estimate in one reused
 * workspace of a copy changed in place and restored: no path is looked up
 * twice and nothing is allocated per swing. */
#include "internal.h"
#include "plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct gac_sensitivity {
	gac_sensitivity_item *items;
	char **paths;
	size_t count, cap;
	double base;
	double list_base;        /* base at list prices (pricing_overrides), else NAN */
	char **unranked;         /* structural inputs left out (not named with --vary) */
	size_t unranked_count, unranked_cap;
};

void gac_sensitivity_free(gac_sensitivity *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->count; i++)
		free(s->paths[i]);
	for (size_t i = 0; i < s->unranked_count; i++)
		free(s->unranked[i]);
	free(s->unranked);
	free(s->paths);
	free(s->items);
	free(s);
}

static int by_swing(const void *a, const void *b)
{
	const gac_sensitivity_item *x = a, *y = b;
	if (x->swing != y->swing)
		return x->swing < y->swing ? 1 : -1;
	return strcmp(x->path, y->path);  /* a stable order for ties */
}

/* A scenario priced in place: its inputs are set, priced and restored. */
typedef struct pricer {
	gac_scenario *sc;
	const gac_sheet *sheet;
	gac_workspace *ws;
	double own;              /* the total of sc as written */
	bool delta;              /* sc holds a group alone: add its change to base */
	double base;             /* the whole scenario's total as written */
} pricer;

/* What storing a resolved parameter can change, to put it back. */
typedef struct saved {
	double v[GAC_W_COUNT];
	uint64_t set;
	double slot;
	unsigned line, col;
} saved;

static void save(saved *k, const gac_pref *r)
{
	if (r->w) {
		memcpy(k->v, r->w->v, sizeof k->v);
		k->set = r->w->set;
		return;
	}
	k->slot = *r->slot;
	k->set = *r->set;
	k->line = r->gline ? *r->gline : 0;
	k->col = r->gcol ? *r->gcol : 0;
}

static void restore(const saved *k, const gac_pref *r)
{
	if (r->w) {
		memcpy(r->w->v, k->v, sizeof k->v);
		r->w->set = k->set;
		return;
	}
	*r->slot = k->slot;
	*r->set = k->set;
	if (r->gline)
		*r->gline = k->line;
	if (r->gcol)
		*r->gcol = k->col;
}

/* The whole scenario's total with the parameter at `v`; false when the
 * scenario refuses `v` or cannot be priced with it (fatal set on running
 * out of memory). */
static bool total_at(double *total, pricer *p, const gac_pref *r, const char *path, double v, gac_status *fatal,
                     gac_error *err)
{
	gac_error quiet;
	saved k;
	save(&k, r);
	double t = 0;
	gac_status st = gac_param_store(r, path, v, &quiet);
	if (st == GAC_OK)
		st = gac_estimate_total_ws(&t, p->sc, p->sheet, p->ws, &quiet);
	restore(&k, r);
	if (st == GAC_ENOMEM) {
		*fatal = gac_fail(err, st, NULL, 0, 0, "out of memory");
		return false;
	}
	if (st != GAC_OK)
		return false;
	/* a change of nothing stays exactly nothing */
	*total = p->delta ? p->base + (t - p->own) : t;
	return true;
}

/* Move from `v` (priced: the scenario as written) toward `target`; when
 * the scenario refuses the target, as far as it takes: its largest (or
 * smallest) value first, then by bisection between the last value taken
 * and the first refused.  *at and *total are where it stopped. */
static bool reach(double *at, double *total, bool *clamped, pricer *p, const gac_pref *r, const char *path,
                  double v, double target, double max, bool whole, gac_status *fatal, gac_error *err)
{
	*clamped = false;
	if (total_at(total, p, r, path, target, fatal, err)) {
		*at = target;
		return true;
	}
	if (*fatal != GAC_OK)
		return false;
	*clamped = true;
	double good = v, bad = target;
	*at = v;
	*total = p->delta ? p->base : p->own;
	if (target > v && max < target && max > v) {
		/* the parameter's own ceiling (1 for a fraction, 744 hours) */
		if (total_at(total, p, r, path, max, fatal, err)) {
			*at = max;
			return true;
		}
		if (*fatal != GAC_OK)
			return false;
		bad = max;
	}
	for (int i = 0; i < 64; i++) {
		double mid = whole ? (bad > good ? floor((good + bad) / 2) : ceil((good + bad) / 2)) : good + (bad - good) / 2;
		if (mid == good || mid == bad)
			break;
		double t;
		if (total_at(&t, p, r, path, mid, fatal, err)) {
			good = mid;
			*at = mid;
			*total = t;
		} else if (*fatal != GAC_OK) {
			return false;
		} else {
			bad = mid;
		}
	}
	return true;
}

static bool named(const char *path, const char *const *vary, size_t nvary)
{
	for (size_t i = 0; i < nvary; i++)
		if (gac_path_match(vary[i], path))
			return true;
	return false;
}

static gac_status keep_path(char ***arr, size_t *count, size_t *cap, const char *path)
{
	if (*count == *cap) {
		size_t c = *cap ? 2 * *cap : 16;
		char **a = gac_realloc(*arr, c * sizeof *a);
		if (!a)
			return GAC_ENOMEM;
		*arr = a;
		*cap = c;
	}
	if (!((*arr)[*count] = gac_strdup(path)))
		return GAC_ENOMEM;
	(*count)++;
	return GAC_OK;
}

typedef struct run_ctx {
	gac_sensitivity *r;
	const gac_scenario *s;  /* as written */
	double swing;
	const char *const *vary;
	size_t nvary;
	gac_error *err;
} run_ctx;

/* Move one input down and up on `p` and record it. */
static gac_status swing_one(run_ctx *c, pricer *p, const char *path)
{
	gac_sensitivity *r = c->r;
	bool asked = named(path, c->vary, c->nvary);
	if (c->nvary && !asked)
		return GAC_OK;
	gac_pref ref;
	if (gac_param_resolve(&ref, p->sc, path) != GAC_OK)
		return GAC_OK;  /* a text parameter */
	/* structural inputs shape the model (hours in a month, a choice,
	 * seasonality): ranked only when asked for by name; thresholds
	 * (budget.*) judge the bill and are not listed */
	if (!asked && gac_param_structural(c->s, path))
		return strncmp(path, "budget.", 7) ? keep_path(&r->unranked, &r->unranked_count, &r->unranked_cap, path)
		                                   : GAC_OK;
	int kind = gac_param_kind(p->sc, path);
	double v = *ref.slot;
	/* a range the scenario declares wins over the swing */
	const struct gac_range *declared = NULL;
	for (size_t k = 0; k < c->s->range_count; k++)
		if (!strcmp(c->s->ranges[k].path, path))
			declared = &c->s->ranges[k];
	if (v == 0 && !declared && kind != 1)
		return GAC_OK;
	double lo, hi;
	if (declared) {
		lo = declared->lo;
		hi = declared->hi;
	} else if (kind == 1) {
		/* a choice named with --vary: its neighbours */
		lo = v - 1;
		hi = v + 1;
	} else {
		lo = v * (1 - c->swing);
		hi = v * (1 + c->swing);
		if (kind == 2 || ref.whole) {
			/* whole counts (and whole months) move by one at least */
			lo = fmin(round(lo), v - 1);
			lo = kind == 2 ? fmax(1, lo) : lo;
			hi = fmax(round(hi), v + 1);
		}
	}
	bool whole = kind == 1 || kind == 2 || ref.whole;
	gac_sensitivity_item it = {.value = v};
	gac_status st = GAC_OK;
	bool cl_lo = false, cl_hi = false;
	double max = gac_param_max(p->sc, path);
	if (!reach(&it.low, &it.total_low, &cl_lo, p, &ref, path, v, lo, max, whole, &st, c->err) ||
	    !reach(&it.high, &it.total_high, &cl_hi, p, &ref, path, v, hi, max, whole, &st, c->err))
		return st != GAC_OK ? st : GAC_OK;
	it.clamped_low = cl_lo;
	it.clamped_high = cl_hi;
	it.swing = fabs(it.total_high - it.total_low);
	if (r->count == r->cap) {
		size_t cap = r->cap ? 2 * r->cap : 32;
		gac_sensitivity_item *items = gac_realloc(r->items, cap * sizeof *items);
		if (!items)
			return gac_fail(c->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		r->items = items;
		char **paths = gac_realloc(r->paths, cap * sizeof *paths);
		if (!paths)
			return gac_fail(c->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		r->paths = paths;
		r->cap = cap;
	}
	if (!(r->paths[r->count] = gac_strdup(path)))
		return gac_fail(c->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	it.path = r->paths[r->count];
	r->items[r->count++] = it;
	return GAC_OK;
}

/* Union-find over workload indices. */
static size_t root_of(size_t *parent, size_t i)
{
	while (parent[i] != i)
		i = parent[i] = parent[parent[i]];
	return i;
}

typedef struct name_ix {
	const char *name;
	size_t len, i;
} name_ix;

static int by_name(const void *a, const void *b)
{
	const name_ix *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = strncmp(x->name, y->name, n);
	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The workload a comma-separated name of a line points to, or SIZE_MAX. */
static size_t find_name(const name_ix *sorted, size_t n, const char *name, size_t len)
{
	name_ix key = {name, len, 0};
	const name_ix *hit = bsearch(&key, sorted, n, sizeof *sorted, by_name);
	return hit ? hit->i : (size_t)-1;
}

/* Group the workloads by the lines they share; share[g] is the cost of
 * the lines of root g's group, fixed the cost of lines of no workload. */
static gac_status group_workloads(size_t *parent, double *share, double *fixed, const gac_scenario *s,
                                  const gac_result *res)
{
	size_t n = s->workload_count;
	name_ix *sorted = gac_calloc(n ? n : 1, sizeof *sorted);
	size_t *ids = gac_calloc(n ? n : 1, sizeof *ids);
	if (!sorted || !ids) {
		free(sorted);
		free(ids);
		return GAC_ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		parent[i] = i;
		share[i] = 0;
		sorted[i] = (name_ix){s->workloads[i].name, strlen(s->workloads[i].name), i};
	}
	qsort(sorted, n, sizeof *sorted, by_name);
	/* workloads on a customization share what it costs to run */
	size_t custom = (size_t)-1;
	for (size_t i = 0; i < n; i++)
		if (!strncmp(s->workloads[i].model, "custom:", 7)) {
			if (custom == (size_t)-1)
				custom = i;
			else
				parent[root_of(parent, i)] = root_of(parent, custom);
		}
	*fixed = 0;
	for (size_t l = 0; l < gac_result_line_count(res); l++) {
		const gac_line *line = gac_result_line(res, l);
		size_t k = 0;
		for (const char *q = line->workload; q && *q;) {
			const char *comma = strchr(q, ',');
			size_t len = comma ? (size_t)(comma - q) : strlen(q);
			size_t i = find_name(sorted, n, q, len);
			if (i != (size_t)-1)
				ids[k++] = i;
			q = comma ? comma + 1 : q + len;
			if (k == n)
				break;
		}
		for (size_t j = 1; j < k; j++)
			parent[root_of(parent, ids[j])] = root_of(parent, ids[0]);
		if (!k)
			*fixed += line->cost;
	}
	/* each line charged to its first workload's group, now they are final */
	for (size_t l = 0; l < gac_result_line_count(res); l++) {
		const gac_line *line = gac_result_line(res, l);
		const char *q = line->workload;
		const char *comma = q ? strchr(q, ',') : NULL;
		size_t i = q ? find_name(sorted, n, q, comma ? (size_t)(comma - q) : strlen(q)) : (size_t)-1;
		if (i != (size_t)-1)
			share[root_of(parent, i)] += line->cost;
	}
	free(sorted);
	free(ids);
	return GAC_OK;
}

/* The inputs of the workloads members[0..m) (one group), priced on a copy
 * of the group alone when it prices as its share of the whole. */
static gac_status swing_group(run_ctx *c, pricer *whole, const size_t *members, size_t m, double share,
                              double fixed)
{
	const gac_scenario *s = c->s;
	pricer p = *whole;
	gac_scenario *sub = NULL;
	if (m < s->workload_count) {
		gac_error quiet;
		double own;
		gac_status st = gac_scenario_subset(&sub, s, members, m);
		if (st == GAC_ENOMEM)
			return gac_fail(c->err, st, NULL, 0, 0, "out of memory");
		if (st == GAC_OK && (st = gac_estimate_total_ws(&own, sub, whole->sheet, whole->ws, &quiet)) == GAC_ENOMEM) {
			gac_scenario_free(sub);
			return gac_fail(c->err, st, NULL, 0, 0, "out of memory");
		}
		double want = fixed + share;
		if (st == GAC_OK && fabs(own - want) <= 1e-9 * fmax(1, fmax(fabs(own), fabs(want)))) {
			p.sc = sub;
			p.own = own;
			p.delta = true;
		}
	}
	gac_status st = GAC_OK;
	for (size_t k = 0; st == GAC_OK && k < m; k++) {
		const gac_workload *w = &s->workloads[members[k]];
		/* a workload's own deployment.* only where it gives them: else
		 * it reads the scenario's, swung once on the whole */
		for (int f = 0; st == GAC_OK && f < GAC_W_COUNT; f++)
			if (f < GAC_W_DEPLOY || (w->set & ((uint64_t)1 << f)))
				st = swing_one(c, &p, w->paths[f]);
	}
	gac_scenario_free(sub);
	return st;
}

/* Each input's slope and elasticity at the scenario as written, from its
 * compiled plan: one forward-mode pass per input (gac_plan_tangent), the
 * input's move carried through the drivers and expressions it feeds. */
static gac_status slopes(gac_sensitivity *r, const gac_scenario *s, const gac_sheet *sheet, gac_error *err)
{
	for (size_t i = 0; i < r->count; i++)
		r->items[i].slope = r->items[i].elasticity = NAN;
	gac_scenario *sc = NULL;
	gac_plan *plan = NULL;
	gac_error quiet;
	gac_status st = gac_scenario_clone(&sc, s);
	if (st == GAC_OK && (st = gac_plan_compile(&plan, sc, sheet, &quiet)) != GAC_OK && st != GAC_ENOMEM)
		st = GAC_OK;  /* the estimate priced above: nothing to add */
	for (size_t i = 0; st == GAC_OK && plan && gac_plan_ok(plan) && i < r->count; i++) {
		gac_sensitivity_item *it = &r->items[i];
		gac_pref ref;
		gac_tangent t;
		double d;
		if (gac_param_resolve(&ref, sc, it->path) != GAC_OK || ref.wild)
			continue;
		if ((st = gac_tangent_init(&t, sc, ref.slot)) == GAC_EVALUE) {
			st = GAC_OK;
			continue;
		}
		if (st == GAC_OK)
			st = gac_plan_tangent(&d, plan, gac_tangent_at, &t);
		gac_tangent_free(&t);
		if (st == GAC_EVALUE) {
			st = GAC_OK;
			continue;
		}
		if (st != GAC_OK)
			break;
		it->slope = d;
		it->elasticity = r->base != 0 ? d * it->value / r->base : NAN;
	}
	gac_plan_free(plan);
	gac_scenario_free(sc);
	return st == GAC_OK ? GAC_OK : gac_fail(err, st, NULL, 0, 0, "out of memory");
}

gac_status gac_sensitivity_run_vary(gac_sensitivity **out, const gac_scenario *s, const gac_sheet *sheet,
                                    double swing, const char *const *vary, size_t nvary, gac_error *err)
{
	if (!out || !s || !sheet || (nvary && !vary))
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "missing argument");
	*out = NULL;
	if (!(swing > 0 && swing < 1))
		return gac_fail(err, GAC_EVALUE, NULL, 0, 0, "the swing is a fraction above 0 and below 1 (got %g)",
		                swing);
	for (size_t i = 0; i < nvary; i++) {
		double v;
		if (!vary[i] || gac_scenario_get_number(&v, s, vary[i]) != GAC_OK)
			return gac_fail(err, GAC_EPARAM, NULL, 0, 0,
			                "--vary %s: not a numeric parameter of the scenario (see 'genaicost params')",
			                vary[i] ? vary[i] : "(null)");
	}
	gac_status st;
	size_t nw = s->workload_count;
	gac_sensitivity *r = gac_calloc(1, sizeof *r);
	gac_result *res = NULL;
	size_t *parent = gac_calloc(nw ? nw : 1, sizeof *parent), *members = gac_calloc(nw ? nw : 1, sizeof *members);
	size_t *next = gac_calloc(nw ? nw : 1, sizeof *next);
	double *share = gac_calloc(nw ? nw : 1, sizeof *share);
	pricer whole = {.sheet = sheet};
	if (!r || !parent || !members || !next || !share || gac_workspace_new(&whole.ws) != GAC_OK ||
	    gac_scenario_clone(&whole.sc, s) != GAC_OK) {
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		goto done;
	}
	/* the estimate as written: its total, and its lines for the groups */
	if ((st = gac_estimate(&res, s, sheet, err)) != GAC_OK)
		goto done;
	r->base = whole.own = whole.base = gac_result_total(res);
	r->list_base = gac_result_has_overrides(res) ? gac_result_list_total(res) : NAN;
	double fixed = 0;
	if ((st = group_workloads(parent, share, &fixed, s, res)) != GAC_OK) {
		st = gac_fail(err, st, NULL, 0, 0, "out of memory");
		goto done;
	}
	gac_result_free(res);
	res = NULL;
	run_ctx c = {.r = r, .s = s, .swing = swing, .vary = vary, .nvary = nvary, .err = err};
	/* scenario-wide inputs, on the whole */
	for (size_t i = 0; i < GAC_G_COUNT; i++)
		if ((st = swing_one(&c, &whole, gac_scenario_param_path(s, i))) != GAC_OK)
			goto done;
	/* each group's workloads, in the order of their first: a linked list
	 * from each root through its members */
	size_t *head = members;  /* reused: head[root] = last member seen */
	for (size_t i = 0; i < nw; i++)
		head[i] = (size_t)-1;
	for (size_t i = nw; i-- > 0;) {
		size_t g = root_of(parent, i);
		next[i] = head[g];
		head[g] = i;
	}
	size_t *list = gac_calloc(nw ? nw : 1, sizeof *list);
	bool *done_group = gac_calloc(nw ? nw : 1, sizeof *done_group);
	if (!list || !done_group) {
		free(list);
		free(done_group);
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		goto done;
	}
	for (size_t i = 0; st == GAC_OK && i < nw; i++) {
		size_t g = root_of(parent, i);
		if (done_group[g])
			continue;
		done_group[g] = true;
		size_t m = 0;
		for (size_t j = head[g]; j != (size_t)-1; j = next[j])
			list[m++] = j;
		st = swing_group(&c, &whole, list, m, share[g], fixed);
	}
	free(list);
	free(done_group);
	if (st != GAC_OK)
		goto done;
	/* the entries of sections (services, customizations), on the whole */
	size_t first = GAC_G_COUNT;
	for (size_t i = 0; i < nw; i++)
		first += gac_workload_param_count(&s->workloads[i]);
	for (size_t i = first; i < gac_scenario_param_count(s); i++)
		if ((st = swing_one(&c, &whole, gac_scenario_param_path(s, i))) != GAC_OK)
			goto done;
	if ((st = slopes(r, s, sheet, err)) != GAC_OK)
		goto done;
	/* each --vary moves something: one that moves no input (a value of 0,
	 * which a swing by a share leaves at 0; a pattern whose every path is
	 * that or does not apply) is refused, not shown as an empty table */
	for (size_t i = 0; i < nvary; i++) {
		bool moved = false;
		for (size_t k = 0; k < r->count && !moved; k++)
			moved = strchr(vary[i], '*') ? gac_path_match(vary[i], r->paths[k]) : !strcmp(vary[i], r->paths[k]);
		if (!moved) {
			st = gac_fail(err, GAC_EPARAM, NULL, 0, 0,
			              "--vary %s moves no input: %s, and a swing by a share of 0 is 0 (give the input "
			              "a value, or a range under uncertain:)", vary[i],
			              strchr(vary[i], '*') ? "every path it matches is 0 or does not apply to its workload"
			                                   : "its value is 0");
			goto done;
		}
	}
	if (r->count)
		qsort(r->items, r->count, sizeof *r->items, by_swing);
	*out = r;
	r = NULL;
done:
	gac_result_free(res);
	gac_scenario_free(whole.sc);
	gac_workspace_free(whole.ws);
	free(parent);
	free(members);
	free(next);
	free(share);
	gac_sensitivity_free(r);
	return st;
}

gac_status gac_sensitivity_run(gac_sensitivity **out, const gac_scenario *s, const gac_sheet *sheet, double swing,
                               gac_error *err)
{
	return gac_sensitivity_run_vary(out, s, sheet, swing, NULL, 0, err);
}

size_t gac_sensitivity_count(const gac_sensitivity *s) { return s ? s->count : 0; }
double gac_sensitivity_base(const gac_sensitivity *s) { return s ? s->base : 0; }
double gac_sensitivity_list_base(const gac_sensitivity *s) { return s ? s->list_base : NAN; }
size_t gac_sensitivity_unranked_count(const gac_sensitivity *s) { return s ? s->unranked_count : 0; }

const char *gac_sensitivity_unranked(const gac_sensitivity *s, size_t i)
{
	return s && i < s->unranked_count ? s->unranked[i] : NULL;
}

const gac_sensitivity_item *gac_sensitivity_at(const gac_sensitivity *s, size_t i)
{
	return s && i < s->count ? &s->items[i] : NULL;
}

/*
 * Drivers and expressions: a scenario's `drivers:` (named numbers, each a
 * parameter path drivers.NAME like any other) and the numeric fields
 * written `= EXPRESSION` over drivers and other paths (bindings).
 *
 * A binding is one field computed from others.  Its names are resolved
 * to parameters once the scenario is whole (gac_bindings_prepare), which
 * also orders the bindings so each runs after those it reads, refuses a
 * cycle at the name that closes it, and refuses a division whose divisor
 * some value in the inputs' ranges (uncertain:, ranges:) makes 0.  After
 * that, storing any number re-runs the bindings (gac_bindings_after_store),
 * so a --set, a sweep point or a Monte Carlo draw of a driver reaches every
 * field computed from it; storing into a computed field itself replaces
 * its expression by the value (what an option or a --set of that field
 * means).
 */
#include "internal.h"
#include "expr.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct gac_binding {
	char *target;           /* the field's parameter path */
	gac_expr x;
	char *file;             /* where the expression's text starts; NULL: --set */
	unsigned line, col;
	bool active;            /* false once a value was stored in its place */
	/* resolved by gac_bindings_prepare against the scenario holding it */
	gac_pref tref;
	gac_pref *refs;         /* one per name of x */
	double *vals;
};

static bool valid_driver_name(const char *s)
{
	static const char *const reserved[] = {"min", "max", "ceil", "floor", NULL};
	if (!isalpha((unsigned char)*s) && *s != '_')
		return false;
	size_t n = 0;
	for (const char *p = s; *p; p++, n++)
		if (!isalnum((unsigned char)*p) && *p != '_')
			return false;
	for (size_t i = 0; reserved[i]; i++)
		if (!strcmp(s, reserved[i]))
			return false;
	return n <= GAC_MAX_NAME;
}

static gac_driver *find_driver(const gac_scenario *s, const char *name, size_t len)
{
	for (size_t i = 0; i < s->driver_count; i++)
		if (strlen(s->drivers[i].name) == len && !memcmp(s->drivers[i].name, name, len))
			return &s->drivers[i];
	return NULL;
}

static gac_status add_driver(gac_scenario *s, const char *name)
{
	gac_driver *d = gac_realloc(s->drivers, (s->driver_count + 1) * sizeof *d);
	if (!d)
		return GAC_ENOMEM;
	s->drivers = d;
	d = &s->drivers[s->driver_count];
	memset(d, 0, sizeof *d);
	gac_buf b = {0};
	gac_buf_printf(&b, "drivers.%s", name);
	if (!(d->path = gac_buf_take(&b)))
		return GAC_ENOMEM;
	d->name = d->path + strlen("drivers.");
	s->driver_count++;
	return GAC_OK;
}

gac_status gac_drivers_load(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "drivers")) != GAC_OK)
		return st;
	if (n->count > GAC_MAX_DRIVERS)
		return gac_fail(c->err, GAC_ELIMIT, c->file, n->line, n->col, "more than %u drivers", GAC_MAX_DRIVERS);
	/* every name first, so that a driver's expression may name one below it */
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *k = n->items[2 * i];
		if (!valid_driver_name(k->text))
			return gac_fail(c->err, GAC_EVALUE, c->file, k->line, k->col,
			                "driver name '%.*s%s' must start with a letter or '_' and hold only letters, "
			                "digits and '_' (at most %d; not min, max, ceil or floor)",
			                GAC_SHOW(k->text), GAC_MAX_NAME);
		/* a name given twice is a duplicate key, refused by the YAML reader */
		if (add_driver(s, k->text) != GAC_OK)
			return gac_fail(c->err, GAC_ENOMEM, c->file, k->line, k->col, "out of memory");
	}
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *v = n->items[2 * i + 1];
		if (v->type != GAC_NODE_SCALAR)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
			                "driver '%s' must be a number or an '= expression', not %s", s->drivers[i].name,
			                gac_node_type_name(v->type));
		if ((st = gac_scenario_set_node(c, s, s->drivers[i].path, v)) != GAC_OK)
			return st;
	}
	return GAC_OK;
}

int gac_drivers_resolve(gac_scenario *s, const char *path, double **slot, uint64_t **set, unsigned **line,
                        unsigned **col)
{
	if (strncmp(path, "drivers.", 8))
		return 0;
	gac_driver *d = find_driver(s, path + 8, strlen(path + 8));
	if (!d)
		return -1;
	*slot = &d->v;
	*set = &d->set;
	*line = &d->line;
	*col = &d->col;
	return 1;
}

size_t gac_drivers_param_count(const gac_scenario *s)
{
	return s->driver_count;
}

const char *gac_drivers_param_path(const gac_scenario *s, size_t i)
{
	return i < s->driver_count ? s->drivers[i].path : NULL;
}

static void binding_free(gac_binding *b)
{
	free(b->target);
	free(b->file);
	gac_expr_free(&b->x);
	free(b->refs);
	free(b->vals);
}

void gac_drivers_free(gac_scenario *s)
{
	for (size_t i = 0; i < s->driver_count; i++)
		free(s->drivers[i].path);
	free(s->drivers);
	for (size_t i = 0; i < s->binding_count; i++)
		binding_free(&s->bindings[i]);
	free(s->bindings);
	free(s->bind_order);
	s->drivers = NULL;
	s->bindings = NULL;
	s->bind_order = NULL;
	s->driver_count = s->binding_count = 0;
}

/* The error of an expression: at FILE:LINE:COL of its name or operator,
 * or for one given by --set, with the expression quoted. */
static gac_status xfail(gac_error *err, gac_status st, const gac_binding *b, unsigned xcol, const char *what)
{
	if (b->file)
		return gac_fail(err, st, b->file, b->line, b->col + xcol - 1, "%s: %s", b->target, what);
	return gac_fail(err, st, NULL, 0, 0, "%s = %s: %s (at character %u of the expression)", b->target,
	                b->x.text, what, xcol);
}

/* Whether binding a reads binding b's field. */
static bool dep_of(const gac_binding *a, const gac_binding *b)
{
	for (size_t k = 0; k < a->x.name_count; k++)
		if (a->refs[k].slot == b->tref.slot)
			return true;
	return false;
}

gac_status gac_binding_add(gac_scenario *s, const gac_pref *r, const char *path, const char *text, const char *file,
                           unsigned line, unsigned col, gac_error *err)
{
	gac_binding nb = {0};
	gac_xerr xe;
	/* the text after '=' and the spaces that follow it */
	size_t skip = 0;
	while (text[skip] == ' ' || text[skip] == '\t')
		skip++;
	nb.line = line;
	nb.col = col ? col + 1 + (unsigned)skip : 0;
	if (!(nb.target = gac_strdup(path)) || (file && !(nb.file = gac_strdup(file)))) {
		binding_free(&nb);
		return gac_fail(err, GAC_ENOMEM, file, line, col, "out of memory");
	}
	if (!gac_expr_parse(&nb.x, text + skip, &xe)) {
		nb.x.text = (char *)text + skip;   /* for the message alone */
		gac_status st = xfail(err, xe.oom ? GAC_ENOMEM : GAC_EVALUE, &nb, xe.col, xe.message);
		nb.x.text = NULL;
		binding_free(&nb);
		return st;
	}
	nb.active = true;
	/* one binding per field: a new expression replaces the old */
	for (size_t i = 0; i < s->binding_count; i++)
		if (!strcmp(s->bindings[i].target, path)) {
			binding_free(&s->bindings[i]);
			s->bindings[i] = nb;
			goto added;
		}
	if (s->binding_count >= GAC_MAX_BINDINGS) {
		binding_free(&nb);
		return gac_fail(err, GAC_ELIMIT, file, line, col, "more than %u expressions in one scenario",
		                GAC_MAX_BINDINGS);
	}
	gac_binding *nbs = gac_realloc(s->bindings, (s->binding_count + 1) * sizeof *nbs);
	if (!nbs) {
		binding_free(&nb);
		return gac_fail(err, GAC_ENOMEM, file, line, col, "out of memory");
	}
	s->bindings = nbs;
	s->bindings[s->binding_count++] = nb;
added:
	/* mark the field given, so that a request rate replaces the others */
	*r->set |= r->bit;
	if (!s->bind_ready)
		return GAC_OK;   /* loading: prepared when the scenario is whole */
	s->bind_ready = false;
	gac_status st = gac_bindings_prepare(s, false, err);
	if (st == GAC_OK)
		st = gac_bindings_check_ranges(s, err);
	return st == GAC_OK ? gac_bindings_eval(s, err) : st;
}

/* The interval a parameter's value may take: an uncertain input's
 * support, a ranges: entry, else its value alone. */
static void input_interval(double *lo, double *hi, const gac_scenario *s, const char *path, double v)
{
	*lo = *hi = v;
	for (size_t i = 0; i < s->range_count; i++)
		if (!strcmp(s->ranges[i].path, path)) {
			*lo = fmin(v, s->ranges[i].lo);
			*hi = fmax(v, s->ranges[i].hi);
		}
	for (size_t i = 0; i < s->uncertain_count; i++)
		if (!strcmp(s->uncertain[i].path, path)) {
			double a, b;
			gac_dist_support(&a, &b, &s->uncertain[i].dist);
			*lo = fmin(v, a);
			*hi = fmax(v, b);
		}
}

gac_status gac_bindings_prepare(gac_scenario *s, bool lenient, gac_error *err)
{
	size_t n = s->binding_count;
	if (!n) {
		s->bind_ready = true;
		return GAC_OK;
	}
	/* resolve every name */
	for (size_t i = 0; i < n; i++) {
		gac_binding *b = &s->bindings[i];
		free(b->refs);
		free(b->vals);
		b->refs = NULL;
		b->vals = NULL;
		if (!(b->refs = gac_calloc(b->x.name_count ? b->x.name_count : 1, sizeof *b->refs)) ||
		    !(b->vals = gac_calloc(b->x.name_count ? b->x.name_count : 1, 2 * sizeof *b->vals)))
			return gac_fail(err, GAC_ENOMEM, b->file, b->line, b->col, "out of memory");
		bool ok = gac_param_resolve(&b->tref, s, b->target) == GAC_OK;
		for (size_t k = 0; ok && k < b->x.name_count; k++) {
			const char *name = b->x.names[k];
			char path[320];
			if (!strchr(name, '.'))
				gac_c_snprintf(path, sizeof path, "drivers.%s", name);
			else
				gac_c_snprintf(path, sizeof path, "%s", name);
			if (strchr(name, '*')) {
				if (lenient) {
					ok = false;
					break;
				}
				return xfail(err, GAC_EVALUE, b, b->x.name_col[k],
				             "a wildcard names several values; an expression reads one (name the workload)");
			}
			if (gac_param_resolve(&b->refs[k], s, path) == GAC_OK)
				continue;
			if (lenient) {
				ok = false;
				break;
			}
			char msg[400];
			const char *near = NULL;
			size_t best = 3;   /* at most 2 edits away */
			for (size_t d = 0; d < s->driver_count; d++) {
				size_t e = gac_edit_distance(name, s->drivers[d].name);
				if (e < best) {
					best = e;
					near = s->drivers[d].name;
				}
			}
			if (near)
				gac_c_snprintf(msg, sizeof msg, "unknown name '%s' (did you mean the driver '%s'?)", name, near);
			else if (!strchr(name, '.'))
				gac_c_snprintf(msg, sizeof msg, "unknown name '%s': declare it under drivers:, or name a "
				               "parameter by its path (workloads.NAME.FIELD)", name);
			else
				gac_c_snprintf(msg, sizeof msg, "'%s' is not a numeric parameter of this scenario (see "
				               "genaicost-scenario(5), PARAMETER PATHS)", name);
			return xfail(err, GAC_EVALUE, b, b->x.name_col[k], msg);
		}
		if (!ok) {
			/* a subset without the workload it reads: its value stays */
			b->active = false;
		}
	}
	/* order: each after the bindings whose fields it reads (Kahn) */
	size_t *order = gac_calloc(n, sizeof *order), *indeg = gac_calloc(n, sizeof *indeg);
	if (!order || !indeg) {
		free(order);
		free(indeg);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	/* dep(i, j): binding i reads binding j's field */
#define DEP(i, j) dep_of(&s->bindings[i], &s->bindings[j])
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < n; j++)
			if (s->bindings[i].active && s->bindings[j].active && DEP(i, j))   /* i == j: reads itself */
				indeg[i]++;
	size_t done = 0;
	for (bool moved = true; moved;) {
		moved = false;
		for (size_t i = 0; i < n; i++) {
			if (indeg[i] != 0 || !s->bindings[i].active)
				continue;
			indeg[i] = (size_t)-1;   /* placed */
			order[done++] = i;
			moved = true;
			for (size_t k = 0; k < n; k++)
				if (k != i && s->bindings[k].active && indeg[k] != (size_t)-1 && DEP(k, i))
					indeg[k]--;
		}
	}
	size_t active = 0;
	for (size_t i = 0; i < n; i++)
		active += s->bindings[i].active;
	if (done < active) {
		/* a cycle: from the first binding left, follow what it reads among
		 * those left until one repeats, and report that one at its name */
		size_t at = 0;
		while (indeg[at] == (size_t)-1 || !s->bindings[at].active)
			at++;
		size_t path[64], np = 0;
		for (;;) {
			size_t seen = 0;
			while (seen < np && path[seen] != at)
				seen++;
			if (seen < np || np == sizeof path / sizeof *path) {
				/* path[seen..np) is the cycle */
				gac_buf m = {0};
				gac_binding *b = &s->bindings[path[np - 1]];
				size_t k = 0;
				while (k < b->x.name_count && b->refs[k].slot != s->bindings[at].tref.slot)
					k++;
				gac_buf_puts(&m, "a cycle: ");
				for (size_t q = seen; q < np; q++)
					gac_buf_printf(&m, "%s <- ", s->bindings[path[q]].target);
				gac_buf_printf(&m, "%s (each computed from the next)", s->bindings[at].target);
				free(order);
				free(indeg);
				gac_status st = xfail(err, GAC_EVALUE, b, k < b->x.name_count ? b->x.name_col[k] : 1,
				                      m.data && !m.failed ? m.data : "a cycle");
				gac_buf_free(&m);
				return st;
			}
			path[np++] = at;
			/* the next: a binding left that this one reads */
			size_t next = n;
			for (size_t j = 0; j < n && next == n; j++)
				if (s->bindings[j].active && indeg[j] != (size_t)-1 && DEP(at, j))
					next = j;
			at = next;
		}
	}
#undef DEP
	free(indeg);
	free(s->bind_order);
	s->bind_order = order;
	s->bind_order_len = done;
	s->bind_ready = true;
	return GAC_OK;
}

gac_status gac_bindings_check_ranges(gac_scenario *s, gac_error *err)
{
	size_t n = s->binding_count, done = s->bind_order_len;
	const size_t *order = s->bind_order;
	if (!n || !s->bind_ready)
		return GAC_OK;
	/* divisions that the inputs' ranges can make 0, in the order they
	 * run: a computed field's interval is its expression's */
	double *lo = gac_calloc(2 * n, sizeof *lo);
	if (!lo)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	double *hi = lo + n;
	gac_status st = GAC_OK;
	for (size_t o = 0; st == GAC_OK && o < done; o++) {
		gac_binding *b = &s->bindings[order[o]];
		double *xl = b->vals, *xh = b->vals + (b->x.name_count ? b->x.name_count : 1);
		for (size_t k = 0; k < b->x.name_count; k++) {
			const gac_pref *r = &b->refs[k];
			size_t j = 0;
			while (j < o && s->bindings[order[j]].tref.slot != r->slot)
				j++;
			if (j < o) {
				xl[k] = lo[order[j]];
				xh[k] = hi[order[j]];
			} else {
				char path[320];
				gac_c_snprintf(path, sizeof path, strchr(b->x.names[k], '.') ? "%s" : "drivers.%s",
				               b->x.names[k]);
				input_interval(&xl[k], &xh[k], s, path, gac_pref_value(r));
			}
		}
		unsigned col = 0;
		if (!gac_expr_interval(&lo[order[o]], &hi[order[o]], &b->x, xl, xh, &col))
			st = xfail(err, GAC_EVALUE, b, col,
			           "division by zero: the divisor can be 0 for values the inputs may take (their "
			           "uncertain: or ranges: entries included)");
	}
	free(lo);
	return st;
}

gac_status gac_bindings_eval(gac_scenario *s, gac_error *err)
{
	if (!s->bind_ready || s->bind_busy)
		return GAC_OK;
	s->bind_busy = true;
	gac_status st = GAC_OK;
	for (size_t o = 0; st == GAC_OK && o < s->bind_order_len; o++) {
		gac_binding *b = &s->bindings[s->bind_order[o]];
		if (!b->active)
			continue;
		for (size_t k = 0; k < b->x.name_count; k++)
			b->vals[k] = gac_pref_value(&b->refs[k]);
		double v;
		unsigned col = 0;
		if (!gac_expr_eval(&v, &b->x, b->vals, &col)) {
			st = xfail(err, GAC_EVALUE, b, col ? col : 1,
			           col ? "division by zero" : "the result is not a finite number");
			break;
		}
		if (v == *b->tref.slot && (*b->tref.set & b->tref.bit))
			continue;
		char what[400];
		gac_c_snprintf(what, sizeof what, "%s (= %s)", b->target, b->x.text);
		st = gac_param_store_at(&b->tref, what, v, err, b->file, b->line, b->col);
	}
	s->bind_busy = false;
	return st;
}

gac_status gac_bindings_after_store(gac_scenario *s, const gac_pref *r, gac_error *err)
{
	if (s->bind_busy || !s->bind_ready)
		return GAC_OK;
	for (size_t i = 0; i < s->binding_count; i++) {
		gac_binding *b = &s->bindings[i];
		if (!b->active)
			continue;
		/* a value given in its place, or in place of the request rate it
		 * gives (requests_per_day replaces requests_per_month) */
		if (b->tref.slot == r->slot ||
		    (r->group && b->tref.w == r->w && (r->group & (1u << (b->tref.slot - r->w->v)))))
			b->active = false;
	}
	return gac_bindings_eval(s, err);
}

gac_status gac_drivers_copy(gac_scenario *dst, const gac_scenario *src, bool subset)
{
	for (size_t i = 0; i < src->driver_count; i++) {
		if (add_driver(dst, src->drivers[i].name) != GAC_OK)
			return GAC_ENOMEM;
		gac_driver *d = &dst->drivers[i];
		d->v = src->drivers[i].v;
		d->set = src->drivers[i].set;
		d->line = src->drivers[i].line;
		d->col = src->drivers[i].col;
	}
	if (src->binding_count) {
		if (!(dst->bindings = gac_calloc(src->binding_count, sizeof *dst->bindings)))
			return GAC_ENOMEM;
		for (size_t i = 0; i < src->binding_count; i++) {
			const gac_binding *a = &src->bindings[i];
			gac_binding *b = &dst->bindings[i];
			dst->binding_count = i + 1;
			b->line = a->line;
			b->col = a->col;
			b->active = a->active;
			if (!(b->target = gac_strdup(a->target)) || (a->file && !(b->file = gac_strdup(a->file))) ||
			    !gac_expr_copy(&b->x, &a->x))
				return GAC_ENOMEM;
		}
	}
	if (!src->bind_ready)
		return GAC_OK;
	/* the values came along: only the names need resolving again */
	gac_status st = gac_bindings_prepare(dst, subset, NULL);
	return st == GAC_EPARAM ? GAC_OK : st;
}

gac_status gac_tangent_init(gac_tangent *t, const gac_scenario *s, const double *seed)
{
	*t = (gac_tangent){s, seed, NULL};
	if (!s->binding_count)
		return GAC_OK;
	size_t most = 1;
	for (size_t i = 0; i < s->binding_count; i++)
		most = s->bindings[i].x.name_count > most ? s->bindings[i].x.name_count : most;
	double *dvals = gac_calloc(most, sizeof *dvals);
	if (!(t->d = gac_calloc(s->binding_count, sizeof *t->d)) || !dvals) {
		free(dvals);
		gac_tangent_free(t);
		return GAC_ENOMEM;
	}
	gac_status st = GAC_OK;
	for (size_t o = 0; st == GAC_OK && o < s->bind_order_len; o++) {
		size_t i = s->bind_order[o];
		const gac_binding *b = &s->bindings[i];
		if (!b->active || b->tref.slot == seed)
			continue;
		for (size_t k = 0; k < b->x.name_count; k++) {
			b->vals[k] = gac_pref_value(&b->refs[k]);
			dvals[k] = gac_tangent_at(t, gac_pref_source(&b->refs[k]));
		}
		double v;
		unsigned col;
		if (!gac_expr_tangent(&v, &t->d[i], &b->x, b->vals, dvals, &col))
			st = GAC_EVALUE;
	}
	free(dvals);
	if (st != GAC_OK)
		gac_tangent_free(t);
	return st;
}

double gac_tangent_at(void *ctx, const double *slot)
{
	const gac_tangent *t = ctx;
	if (slot == t->seed)
		return 1;
	for (size_t i = 0; t->d && i < t->s->binding_count; i++)
		if (t->s->bindings[i].active && t->s->bindings[i].tref.slot == slot)
			return t->d[i];
	return 0;
}

void gac_tangent_free(gac_tangent *t)
{
	free(t->d);
	t->d = NULL;
}

bool gac_binding_computes(const gac_scenario *s, const double *slot)
{
	for (size_t i = 0; i < s->binding_count; i++)
		if (s->bindings[i].active && s->bindings[i].x.name_count && s->bindings[i].tref.slot == slot)
			return true;
	return false;
}

size_t gac_scenario_binding_count(const gac_scenario *s)
{
	return s ? s->binding_count : 0;
}

bool gac_scenario_binding(const gac_scenario *s, size_t i, const char **target, const char **text, bool *active)
{
	if (!s || i >= s->binding_count)
		return false;
	*target = s->bindings[i].target;
	*text = s->bindings[i].x.text;
	*active = s->bindings[i].active;
	return true;
}

gac_status gac_binding_explain(gac_buf *b, const gac_scenario *s, size_t i)
{
	if (!s || i >= s->binding_count || !s->bind_ready)
		return GAC_EARG;
	const gac_binding *x = &s->bindings[i];
	double *vals = gac_calloc(x->x.name_count ? x->x.name_count : 1, sizeof *vals);
	if (!vals)
		return GAC_ENOMEM;
	for (size_t k = 0; k < x->x.name_count; k++)
		vals[k] = gac_pref_value(&x->refs[k]);
	gac_buf text = {0}, value = {0};
	bool ok = gac_expr_render(&text, &x->x, vals);
	gac_buf_exact(&value, gac_pref_value(&x->tref));
	ok = ok && text.data && value.data;
	/* "= 3000", not "= 3000 = 3000", where the expression is one name;
	 * a constant expression ("= 2 * 3") shows its value like the others
	 * ("= 2 × 3 = 6"), a lone number written otherwise than its value
	 * ("= 5k", "= 1e3", "= (5000)") its value ("= 5000"), and one written
	 * as its value ("= 6") nothing more */
	const char *w = x->x.text ? x->x.text : "";
	while (*w == ' ' || *w == '\t')
		w++;
	size_t wn = strlen(w);
	while (wn && (w[wn - 1] == ' ' || w[wn - 1] == '\t'))
		wn--;
	bool as_written = ok && strlen(value.data) == wn && !strncmp(w, value.data, wn);
	if (ok && (x->x.name_count || strcmp(text.data, value.data) || !as_written))
		gac_buf_printf(b, strcmp(text.data, value.data) ? "= %s = %s" : "= %s", text.data, value.data);
	gac_buf_free(&text);
	gac_buf_free(&value);
	free(vals);
	return ok && !b->failed ? GAC_OK : GAC_ENOMEM;
}

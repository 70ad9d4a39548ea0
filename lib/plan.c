/* The evaluation plan: what the engine recorded as it priced one option,
 * evaluated again for new numbers without the engine (see plan.h).  No
 * billing rule lives here: only the arithmetic the engine wrote down. */
#include "plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct pnode {
	int op, a, b;
	const double *slot;
	double c;
} pnode;

typedef struct pguard {
	int node, cmp;
	double c;
	bool taken;
} pguard;

typedef struct pline {
	int q;
	double net, list;
} pline;

typedef struct frozen {
	const double *slot;
	double v;
} frozen;

typedef struct frozen_bits {
	const uint64_t *bits;
	uint64_t v;
} frozen_bits;

struct gac_plan {
	const gac_scenario *s;
	uint64_t stamp;
	pnode *n;
	double *val;            /* the nodes' values in the last evaluation */
	size_t nn, ncap;
	pguard *g;
	size_t ng, gcap;
	pline *l;
	double *amount;         /* the lines' costs in the last evaluation */
	size_t nl, lcap;
	frozen *fz;             /* numbers in no formula, at their values */
	size_t nfz;
	frozen_bits *fb;        /* which fields were given (a request rate's kind) */
	size_t nfb;
	size_t opaque;
	bool failed;            /* out of memory while recording */
	bool ov;                /* priced with pricing_overrides: the list total differs */
	bool trusted;
};

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t c = *cap ? *cap * 2 : 32;
	while (c < need)
		c *= 2;
	void *q = gac_realloc(*p, c * size);
	if (!q)
		return false;
	*p = q;
	*cap = c;
	return true;
}

static int add_node(gac_plan *p, pnode n)
{
	if (!p || p->failed)
		return -1;
	if (!grow((void **)&p->n, &p->ncap, p->nn + 1, sizeof *p->n)) {
		p->failed = true;
		return -1;
	}
	p->n[p->nn] = n;
	return (int)p->nn++;
}

int gac_pn_const(gac_plan *p, double c)
{
	return add_node(p, (pnode){.op = GAC_PN_CONST, .a = -1, .b = -1, .c = c});
}

int gac_pn_slot(gac_plan *p, const double *slot)
{
	for (size_t i = 0; p && i < p->nn; i++)
		if (p->n[i].op == GAC_PN_SLOT && p->n[i].slot == slot)
			return (int)i;
	return add_node(p, (pnode){.op = GAC_PN_SLOT, .a = -1, .b = -1, .slot = slot});
}

int gac_pn_op(gac_plan *p, int op, int a, int b)
{
	/* an operand that failed to record fails the plan */
	if (p && (a < 0 || (op != GAC_PN_FABS && b < 0)))
		p->failed = true;
	return add_node(p, (pnode){.op = op, .a = a, .b = b});
}

void gac_pn_guard(gac_plan *p, int node, int cmp, double c, bool taken)
{
	if (!p || p->failed)
		return;
	if (node < 0 || !grow((void **)&p->g, &p->gcap, p->ng + 1, sizeof *p->g)) {
		p->failed = true;
		return;
	}
	p->g[p->ng++] = (pguard){node, cmp, c, taken};
}

void gac_plan_line(gac_plan *p, int qnode, double net, double list)
{
	if (!p || p->failed)
		return;
	if (qnode < 0) {
		p->opaque++;
		return;
	}
	if (!grow((void **)&p->l, &p->lcap, p->nl + 1, sizeof *p->l)) {
		p->failed = true;
		return;
	}
	p->l[p->nl++] = (pline){qnode, net, list};
}

void gac_plan_opaque(gac_plan *p)
{
	if (p)
		p->opaque++;
}

gac_status gac_plan_begin(gac_plan **out, const gac_scenario *s)
{
	*out = gac_calloc(1, sizeof **out);
	if (!*out)
		return GAC_ENOMEM;
	(*out)->s = s;
	(*out)->stamp = s->stamp;
	return GAC_OK;
}

bool gac_plan_follows(const gac_plan *p, const double *slot)
{
	for (size_t i = 0; p && i < p->nn; i++)
		if (p->n[i].op == GAC_PN_SLOT && p->n[i].slot == slot)
			return true;
	return false;
}

static bool freeze(gac_plan *p, size_t *cap, const double *slot)
{
	if (gac_plan_follows(p, slot))
		return true;
	if (!grow((void **)&p->fz, cap, p->nfz + 1, sizeof *p->fz))
		return false;
	p->fz[p->nfz++] = (frozen){slot, *slot};
	return true;
}

static bool freeze_bits(gac_plan *p, size_t *cap, const uint64_t *bits)
{
	if (!grow((void **)&p->fb, cap, p->nfb + 1, sizeof *p->fb))
		return false;
	p->fb[p->nfb++] = (frozen_bits){bits, *bits};
	return true;
}

gac_status gac_plan_finish(gac_plan *p, bool ov)
{
	const gac_scenario *s = p->s;
	p->ov = ov;
	size_t fcap = 0, bcap = 0;
	bool ok = !p->failed;
	for (int i = 0; ok && i < GAC_G_COUNT; i++)
		ok = freeze(p, &fcap, &s->g[i]);
	ok = ok && freeze_bits(p, &bcap, &s->gset);
	for (size_t k = 0; ok && k < s->workload_count; k++) {
		const gac_workload *w = &s->workloads[k];
		for (int i = 0; ok && i < GAC_W_COUNT; i++)
			ok = freeze(p, &fcap, &w->v[i]);
		ok = ok && freeze_bits(p, &bcap, &w->set);
	}
	for (int sec = 0; ok && sec < GAC_SECT_COUNT; sec++)
		for (size_t k = 0; ok && k < s->sect[sec].count; k++) {
			const gac_entry *en = &s->sect[sec].items[k];
			for (int i = 0; ok && i < gac_section_nnum(sec); i++)
				ok = freeze(p, &fcap, &en->v[i]);
			ok = ok && freeze_bits(p, &bcap, &en->set);
		}
	/* negotiated prices: each discount and private price */
	gac_overrides *o = (gac_overrides *)&s->ov;
	for (size_t k = 0; ok && k < gac_overrides_param_count(o); k++) {
		double *slot = NULL;
		uint64_t *set = NULL, bit = 0;
		unsigned *line = NULL, *col = NULL;
		if (gac_overrides_resolve(o, gac_overrides_param_path(o, k), &slot, &set, &bit, &line, &col) > 0 && slot)
			ok = freeze(p, &fcap, slot) && (!set || freeze_bits(p, &bcap, set));
	}
	ok = ok && (p->val = gac_malloc((p->nn ? p->nn : 1) * sizeof *p->val)) &&
	     (p->amount = gac_malloc((p->nl ? p->nl : 1) * sizeof *p->amount));
	return ok ? GAC_OK : GAC_ENOMEM;
}

void gac_plan_free(gac_plan *p)
{
	if (!p)
		return;
	free(p->n);
	free(p->val);
	free(p->g);
	free(p->l);
	free(p->amount);
	free(p->fz);
	free(p->fb);
	free(p);
}

bool gac_plan_ok(const gac_plan *p) { return p && !p->failed && !p->opaque; }
size_t gac_plan_opaque_count(const gac_plan *p) { return p ? p->opaque : 0; }
size_t gac_plan_line_count(const gac_plan *p) { return p ? p->nl : 0; }
size_t gac_plan_guard_count(const gac_plan *p) { return p ? p->ng : 0; }
void gac_plan_trust(gac_plan *p, bool trusted)
{
	if (p)
		p->trusted = trusted;
}

double gac_plan_line_amount(const gac_plan *p, size_t i)
{
	return p && i < p->nl ? p->amount[i] : NAN;
}

bool gac_plan_eval(gac_plan *p, double *total, double *list)
{
	if (!gac_plan_ok(p) || p->s->stamp != p->stamp)
		return false;
	if (!p->trusted) {
		for (size_t i = 0; i < p->nfz; i++)
			if (*p->fz[i].slot != p->fz[i].v)
				return false;
		for (size_t i = 0; i < p->nfb; i++)
			if (*p->fb[i].bits != p->fb[i].v)
				return false;
	}
	double *val = p->val;
	const pnode *n = p->n;
	for (size_t i = 0; i < p->nn; i++) {
		switch (n[i].op) {
		case GAC_PN_CONST: val[i] = n[i].c; break;
		case GAC_PN_SLOT: val[i] = *n[i].slot; break;
		case GAC_PN_ADD: val[i] = val[n[i].a] + val[n[i].b]; break;
		case GAC_PN_SUB: val[i] = val[n[i].a] - val[n[i].b]; break;
		case GAC_PN_MUL: val[i] = val[n[i].a] * val[n[i].b]; break;
		case GAC_PN_DIV: val[i] = val[n[i].a] / val[n[i].b]; break;
		default: val[i] = fabs(val[n[i].a]); break;
		}
	}
	for (size_t i = 0; i < p->ng; i++) {
		const pguard *g = &p->g[i];
		double x = val[g->node];
		bool r = g->cmp == GAC_PG_GT ? x > g->c : x < g->c;
		if (r != g->taken)
			return false;
	}
	double sum = 0, lsum = 0;
	for (size_t i = 0; i < p->nl; i++) {
		double q = val[p->l[i].q], cost = q * p->l[i].net;
		if (!isfinite(q) || !isfinite(cost))
			return false;
		p->amount[i] = cost;
		sum += cost;
		lsum += q * p->l[i].list;
	}
	if (!isfinite(sum))
		return false;
	*total = sum;
	*list = p->ov ? lsum : sum;
	return true;
}

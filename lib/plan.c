/* The evaluation plan: what the engine recorded as it priced one option,
 * evaluated again for new numbers without the engine (see plan.h).  No
 * billing rule lives here: only the arithmetic the engine wrote down. */
#include "plan_impl.h"
#include "params.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>


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

void gac_pn_note(gac_plan *p, int node, const char *note)
{
	if (p && node >= 0 && (size_t)node < p->nn)
		p->n[node].note = note;
}

void gac_pn_note_brief(gac_plan *p, int node, const char *note)
{
	if (p && node >= 0 && (size_t)node < p->nn) {
		p->n[node].note = note;
		p->n[node].brief = true;
	}
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

void gac_plan_under(gac_plan *p, int ri, int ro, double units)
{
	if (!p || p->failed || p->under)
		return;
	if (ri < 0 || ro < 0) {
		p->failed = true;
		return;
	}
	p->under = true;
	p->under_ri = ri;
	p->under_ro = ro;
	p->under_units = units;
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

/* The slots the formulas read, ascending by address, so that freezing a
 * scenario's hundred-odd numbers looks each up rather than reading every
 * node for each. */
typedef struct followed {
	uintptr_t *at;
	size_t n;
} followed;

static int by_address(const void *x, const void *y)
{
	uintptr_t a = *(const uintptr_t *)x, b = *(const uintptr_t *)y;
	return a < b ? -1 : a > b;
}

static bool followed_init(followed *f, const gac_plan *p)
{
	f->n = 0;
	if (!(f->at = gac_malloc((p->nn ? p->nn : 1) * sizeof *f->at)))
		return false;
	for (size_t i = 0; i < p->nn; i++)
		if (p->n[i].op == GAC_PN_SLOT)
			f->at[f->n++] = (uintptr_t)p->n[i].slot;
	qsort(f->at, f->n, sizeof *f->at, by_address);
	return true;
}

static bool freeze(gac_plan *p, size_t *cap, const double *slot, const followed *f)
{
	uintptr_t key = (uintptr_t)slot;
	if (bsearch(&key, f->at, f->n, sizeof *f->at, by_address))
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

static uint64_t node_key(const pnode *n)
{
	uint64_t k;
	if (n->op == GAC_PN_CONST)
		memcpy(&k, &n->c, sizeof k);
	else if (n->op == GAC_PN_SLOT)
		k = (uint64_t)(uintptr_t)n->slot;
	else
		k = (uint64_t)(uint32_t)n->a << 32 | (uint32_t)n->b;
	k ^= (uint64_t)n->op * 0x9e3779b97f4a7c15u;
	k *= 0xff51afd7ed558ccdu;
	return k ^ k >> 33;
}

static bool same_node(const pnode *x, const pnode *y)
{
	if (x->op != y->op)
		return false;
	if (x->op == GAC_PN_CONST)
		return !memcmp(&x->c, &y->c, sizeof x->c);
	if (x->op == GAC_PN_SLOT)
		return x->slot == y->slot;
	return x->a == y->a && x->b == y->b;
}

/* One node for each value computed the same way: the engine records
 * served × batch share for every token class; the plan computes it once.
 * Rewrites operands, lines and guards to the first such node. */
static bool share_nodes(gac_plan *p)
{
	size_t nn = p->nn, cap = 16;
	while (cap < 2 * nn)
		cap *= 2;
	int *canon = gac_malloc((nn ? nn : 1) * sizeof *canon), *table = gac_malloc(cap * sizeof *table);
	if (!canon || !table) {
		free(canon);
		free(table);
		return false;
	}
	for (size_t i = 0; i < cap; i++)
		table[i] = -1;
	for (size_t i = 0; i < nn; i++) {
		pnode *n = &p->n[i];
		if (n->op >= GAC_PN_ADD) {
			n->a = canon[n->a];
			if (n->op != GAC_PN_FABS)
				n->b = canon[n->b];
			else
				n->b = -1;
		}
		size_t h = (size_t)node_key(n) & (cap - 1);
		while (table[h] >= 0 && !same_node(&p->n[table[h]], n))
			h = (h + 1) & (cap - 1);
		if (table[h] < 0)
			table[h] = (int)i;
		canon[i] = table[h];
	}
	for (size_t i = 0; i < p->nl; i++)
		p->l[i].q = canon[p->l[i].q];
	for (size_t i = 0; i < p->ng; i++)
		p->g[i].node = canon[p->g[i].node];
	if (p->under) {
		p->under_ri = canon[p->under_ri];
		p->under_ro = canon[p->under_ro];
	}
	free(canon);
	free(table);
	return true;
}

/* Node i when it is operand x unchanged (x × 1, x ÷ 1, x − (+0), x + (−0)
 * are x to the bit, NaN and infinities included): that operand, else i. */
static int identity(const gac_plan *p, const bool *cst, const int *alias, size_t i)
{
	const pnode *n = &p->n[i];
	if (n->op < GAC_PN_ADD || n->op == GAC_PN_FABS)
		return (int)i;
	bool ca = cst[n->a], cb = cst[n->b];
	double a = ca ? p->val[n->a] : NAN, b = cb ? p->val[n->b] : NAN;
	switch (n->op) {
	case GAC_PN_MUL:
		if (cb && b == 1)
			return alias[n->a];
		if (ca && a == 1)
			return alias[n->b];
		break;
	case GAC_PN_DIV:
		if (cb && b == 1)
			return alias[n->a];
		break;
	case GAC_PN_SUB:
		if (cb && b == 0 && !signbit(b))
			return alias[n->a];
		break;
	default:
		if (cb && b == 0 && signbit(b))
			return alias[n->a];
		if (ca && a == 0 && signbit(a))
			return alias[n->b];
		break;
	}
	return (int)i;
}

/* Compile the recorded nodes into groups (see pgroup): the nodes the lines
 * and guards read, constants computed once (the same operations, so the
 * same values), a node that is one of its operands unchanged (identity)
 * read as that operand, each other node at its depth, grouped by kind;
 * guards on constants, which hold whatever moves, dropped, and a guard
 * that repeats another.  The nodes themselves are left as recorded (the
 * tangent differentiates them). */
static bool program(gac_plan *p)
{
	size_t nn = p->nn;
	bool *live = gac_calloc(nn ? nn : 1, sizeof *live), *cst = gac_calloc(nn ? nn : 1, sizeof *cst);
	int *depth = gac_calloc(nn ? nn : 1, sizeof *depth), *alias = gac_calloc(nn ? nn : 1, sizeof *alias);
	size_t *order = gac_calloc(nn ? nn : 1, sizeof *order);
	bool ok = live && cst && depth && alias && order && share_nodes(p);
	free(p->lq);  /* a trusted plan's program is made again */
	p->lq = NULL;
	ok = ok && (p->lq = gac_malloc((p->nl ? p->nl : 1) * sizeof *p->lq));
	/* operands come before their node: constants and identities forwards */
	for (size_t i = 0; ok && i < nn; i++) {
		const pnode *n = &p->n[i];
		alias[i] = (int)i;
		if (n->op == GAC_PN_CONST) {
			cst[i] = true;
			p->val[i] = n->c;
		} else if (n->op >= GAC_PN_ADD) {
			bool unary = n->op == GAC_PN_FABS;
			cst[i] = cst[n->a] && (unary || cst[n->b]);
			if (cst[i])
				p->val[i] = gac_pn_apply(n->op, p->val[n->a], unary ? 0 : p->val[n->b]);
			else
				alias[i] = identity(p, cst, alias, i);
		}
	}
	for (size_t i = 0; ok && i < p->nl; i++)
		live[p->lq[i] = alias[p->l[i].q]] = true;
	for (size_t i = 0; ok && i < p->ng; i++)
		live[p->g[i].node = alias[p->g[i].node]] = true;
	if (ok && p->under) {
		p->under_ri = alias[p->under_ri];
		p->under_ro = alias[p->under_ro];
		live[p->under_ri] = live[p->under_ro] = true;
	}
	/* then which nodes are read, backwards */
	for (size_t i = nn; ok && i-- > 0;)
		if (live[i] && p->n[i].op >= GAC_PN_ADD) {
			live[alias[p->n[i].a]] = true;
			if (p->n[i].op != GAC_PN_FABS)
				live[alias[p->n[i].b]] = true;
		}
	size_t ni = 0;
	for (size_t i = 0; ok && i < nn; i++) {
		const pnode *n = &p->n[i];
		if (n->op >= GAC_PN_ADD && !cst[i]) {
			int a = alias[n->a], b = n->op == GAC_PN_FABS ? a : alias[n->b];
			int da = cst[a] ? 0 : depth[a], db = cst[b] ? 0 : depth[b];
			depth[i] = 1 + (da > db ? da : db);
		}
		if (live[i] && !cst[i])
			order[ni++] = i;
	}
	/* by depth, then kind; stable (insertion sort: a plan is small) */
	for (size_t i = 1; ok && i < ni; i++) {
		size_t x = order[i], k = i;
		while (k > 0 && (depth[order[k - 1]] > depth[x] ||
		                 (depth[order[k - 1]] == depth[x] && p->n[order[k - 1]].op > p->n[x].op))) {
			order[k] = order[k - 1];
			k--;
		}
		order[k] = x;
	}
	ok = ok && (p->dst = gac_calloc(ni + 1, sizeof *p->dst)) && (p->ia = gac_calloc(ni + 1, sizeof *p->ia)) &&
	     (p->ib = gac_calloc(ni + 1, sizeof *p->ib)) && (p->islot = gac_calloc(ni + 1, sizeof *p->islot)) &&
	     (p->grp = gac_calloc(ni + 1, sizeof *p->grp));
	for (size_t k = 0; ok && k < ni; k++) {
		const pnode *n = &p->n[order[k]];
		p->dst[k] = (int)order[k];
		p->ia[k] = n->op >= GAC_PN_ADD ? alias[n->a] : n->a;
		p->ib[k] = n->op == GAC_PN_FABS ? p->ia[k] : n->op >= GAC_PN_ADD ? alias[n->b] : n->b;
		p->islot[k] = n->slot;
		if (!p->ngrp || p->grp[p->ngrp - 1].op != n->op ||
		    depth[order[k]] != depth[order[k - 1]])
			p->grp[p->ngrp++] = (pgroup){n->op, k, 0};
		p->grp[p->ngrp - 1].count++;
	}
	p->ni = ni;
	/* a guard on a constant holds for any numbers; one the same as an
	 * earlier one holds when it does */
	size_t ng = 0;
	for (size_t i = 0; ok && i < p->ng; i++) {
		const pguard *g = &p->g[i];
		bool again = cst[g->node];
		for (size_t k = 0; k < ng && !again; k++)
			again = p->g[k].node == g->node && p->g[k].cmp == g->cmp && p->g[k].taken == g->taken &&
			        !memcmp(&p->g[k].c, &g->c, sizeof g->c);
		if (!again)
			p->g[ng++] = *g;
	}
	if (ok)
		p->ng = ng;
	free(live);
	free(cst);
	free(depth);
	free(alias);
	free(order);
	return ok;
}

gac_status gac_plan_finish(gac_plan *p, bool ov)
{
	const gac_scenario *s = p->s;
	p->ov = ov;
	size_t fcap = 0, bcap = 0;
	followed f = {NULL, 0};
	bool ok = !p->failed && followed_init(&f, p);
	for (int i = 0; ok && i < GAC_G_COUNT; i++)
		ok = freeze(p, &fcap, &s->g[i], &f);
	ok = ok && freeze_bits(p, &bcap, &s->gset);
	for (size_t k = 0; ok && k < s->workload_count; k++) {
		const gac_workload *w = &s->workloads[k];
		for (int i = 0; ok && i < GAC_W_COUNT; i++)
			ok = freeze(p, &fcap, &w->v[i], &f);
		ok = ok && freeze_bits(p, &bcap, &w->set);
	}
	for (int sec = 0; ok && sec < GAC_SECT_COUNT; sec++)
		for (size_t k = 0; ok && k < s->sect[sec].count; k++) {
			const gac_entry *en = &s->sect[sec].items[k];
			for (int i = 0; ok && i < gac_section_nnum(sec); i++)
				ok = freeze(p, &fcap, &en->v[i], &f);
			ok = ok && freeze_bits(p, &bcap, &en->set);
		}
	/* negotiated prices: each discount and private price */
	gac_overrides *o = (gac_overrides *)&s->ov;
	for (size_t k = 0; ok && k < gac_overrides_param_count(o); k++) {
		double *slot = NULL;
		uint64_t *set = NULL, bit = 0;
		unsigned *line = NULL, *col = NULL;
		if (gac_overrides_resolve(o, gac_overrides_param_path(o, k), &slot, &set, &bit, &line, &col) > 0 && slot)
			ok = freeze(p, &fcap, slot, &f) && (!set || freeze_bits(p, &bcap, set));
	}
	free(f.at);
	ok = ok && (p->val = gac_malloc((p->nn ? p->nn : 1) * sizeof *p->val)) &&
	     (p->amount = gac_malloc((p->nl ? p->nl : 1) * sizeof *p->amount));
	return ok && program(p) ? GAC_OK : GAC_ENOMEM;
}

void gac_plan_free(gac_plan *p)
{
	if (!p)
		return;
	free(p->n);
	free(p->val);
	free(p->g);
	free(p->l);
	free(p->lq);
	free(p->amount);
	free(p->fz);
	free(p->fb);
	free(p->dst);
	free(p->ia);
	free(p->ib);
	free(p->islot);
	free(p->grp);
	free(p->moving);
	free(p->rows);
	free(p->row);
	free(p->in);
	free(p->icol);
	free(p);
}

bool gac_plan_ok(const gac_plan *p) { return p && !p->failed && !p->opaque; }
size_t gac_plan_opaque_count(const gac_plan *p) { return p ? p->opaque : 0; }
size_t gac_plan_line_count(const gac_plan *p) { return p ? p->nl : 0; }
size_t gac_plan_guard_count(const gac_plan *p) { return p ? p->ng : 0; }
bool gac_plan_trust(gac_plan *p, const double *const *moving, size_t count)
{
	if (!gac_plan_ok(p))
		return false;
	for (size_t i = 0; i < count; i++)
		if (!gac_plan_follows(p, moving[i]))
			return false;
	/* every other slot is a constant now: fold it, and what it feeds */
	for (size_t i = 0; i < p->nn; i++) {
		pnode *n = &p->n[i];
		bool moves = false;
		for (size_t k = 0; n->op == GAC_PN_SLOT && k < count && !moves; k++)
			moves = moving[k] == n->slot;
		if (n->op == GAC_PN_SLOT && !moves)
			*n = (pnode){.op = GAC_PN_CONST, .a = -1, .b = -1, .c = *n->slot};
	}
	free(p->dst);
	free(p->ia);
	free(p->ib);
	free(p->islot);
	free(p->grp);
	p->dst = p->ia = p->ib = NULL;
	p->islot = NULL;
	p->grp = NULL;
	p->ni = p->ngrp = 0;
	free(p->moving);
	free(p->rows);
	free(p->row);
	free(p->in);
	free(p->icol);
	p->rows = NULL;
	p->row = p->icol = NULL;
	p->in = NULL;
	p->nmoving = count;
	if (!(p->moving = gac_malloc((count ? count : 1) * sizeof *p->moving)) || !program(p))
		p->failed = true;  /* the engine prices every trial */
	else
		memcpy(p->moving, moving, count * sizeof *moving);
	p->trusted = true;
	return !p->failed;
}

gac_status gac_plan_tangent(double *d_total, const gac_plan *p, double (*tangent)(void *, const double *),
                            void *ctx)
{
	if (!gac_plan_ok(p))
		return GAC_EVALUE;
	/* a number in no formula (a mode, a tier, a count of units) that
	 * moves: a step of the bill, not a slope */
	for (size_t i = 0; i < p->nfz; i++)
		if (tangent(ctx, p->fz[i].slot) != 0)
			return GAC_EVALUE;
	double *v = gac_malloc((p->nn ? p->nn : 1) * sizeof *v), *dv = gac_malloc((p->nn ? p->nn : 1) * sizeof *dv);
	if (!v || !dv) {
		free(v);
		free(dv);
		return GAC_ENOMEM;
	}
	/* operands come before their node (share_nodes keeps the first) */
	for (size_t i = 0; i < p->nn; i++) {
		const pnode *n = &p->n[i];
		double a = n->a >= 0 ? v[n->a] : 0, da = n->a >= 0 ? dv[n->a] : 0;
		double b = n->b >= 0 ? v[n->b] : 0, db = n->b >= 0 ? dv[n->b] : 0;
		switch (n->op) {
		case GAC_PN_CONST: v[i] = n->c; dv[i] = 0; break;
		case GAC_PN_SLOT: v[i] = *n->slot; dv[i] = tangent(ctx, n->slot); break;
		case GAC_PN_ADD: v[i] = a + b; dv[i] = da + db; break;
		case GAC_PN_SUB: v[i] = a - b; dv[i] = da - db; break;
		case GAC_PN_MUL: v[i] = a * b; dv[i] = da * b + a * db; break;
		case GAC_PN_DIV: v[i] = a / b; dv[i] = (da * b - a * db) / (b * b); break;
		default: v[i] = fabs(a); dv[i] = a > 0 ? da : a < 0 ? -da : da == 0 ? 0 : NAN; break;
		}
	}
	double d = 0;
	for (size_t i = 0; i < p->nl; i++)
		d += dv[p->l[i].q] * p->l[i].net;
	free(v);
	free(dv);
	*d_total = d;
	return isfinite(d) ? GAC_OK : GAC_EVALUE;
}

bool gac_plan_affine(const gac_plan *p)
{
	if (!gac_plan_ok(p))
		return false;
	/* the degree of each node in the slots it reads: 0, 1, or 2 for
	 * anything not affine; operands come before their node */
	unsigned char *deg = gac_malloc(p->nn ? p->nn : 1);
	if (!deg)
		return false;
	for (size_t i = 0; i < p->nn; i++) {
		const pnode *n = &p->n[i];
		int da = n->a >= 0 ? deg[n->a] : 0, db = n->b >= 0 ? deg[n->b] : 0, d;
		switch (n->op) {
		case GAC_PN_CONST: d = 0; break;
		case GAC_PN_SLOT: d = 1; break;
		case GAC_PN_ADD:
		case GAC_PN_SUB: d = da > db ? da : db; break;
		case GAC_PN_MUL: d = da + db; break;
		case GAC_PN_DIV: d = db ? 2 : da; break;
		default: d = da ? 2 : 0; break;
		}
		deg[i] = (unsigned char)(d > 2 ? 2 : d);
	}
	bool affine = true;
	for (size_t i = 0; affine && i < p->nl; i++)
		affine = deg[p->l[i].q] <= 1;
	for (size_t i = 0; affine && i < p->ng; i++)
		affine = deg[p->g[i].node] <= 1;
	free(deg);
	return affine;
}

double gac_plan_line_amount(const gac_plan *p, size_t i)
{
	return p && i < p->nl ? p->amount[i] : NAN;
}

int gac_plan_under_capacity(const gac_plan *p, double *units, double *needed)
{
	bool under = p && p->under;
	if (units)
		*units = under ? p->under_units : NAN;
	if (needed) {
		/* capacity.c's units needed, from the same ratios */
		double n = under ? fmax(ceil(p->val[p->under_ri]), ceil(p->val[p->under_ro])) : NAN;
		*needed = under && n < 1 ? 1 : n;
	}
	return under;
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
	const int *dst = p->dst, *ia = p->ia, *ib = p->ib;
	for (size_t g = 0; g < p->ngrp; g++) {
		size_t k = p->grp[g].first, end = k + p->grp[g].count;
		switch (p->grp[g].op) {
		case GAC_PN_SLOT:
			for (; k < end; k++)
				val[dst[k]] = *p->islot[k];
			break;
		case GAC_PN_ADD:
			for (; k < end; k++)
				val[dst[k]] = val[ia[k]] + val[ib[k]];
			break;
		case GAC_PN_SUB:
			for (; k < end; k++)
				val[dst[k]] = val[ia[k]] - val[ib[k]];
			break;
		case GAC_PN_MUL:
			for (; k < end; k++)
				val[dst[k]] = val[ia[k]] * val[ib[k]];
			break;
		case GAC_PN_DIV:
			for (; k < end; k++)
				val[dst[k]] = val[ia[k]] / val[ib[k]];
			break;
		default:
			for (; k < end; k++)
				val[dst[k]] = fabs(val[ia[k]]);
			break;
		}
	}
	/* every guard, without a branch each: they hold in almost every trial */
	bool held = true;
	for (size_t i = 0; i < p->ng; i++) {
		const pguard *g = &p->g[i];
		double x = val[g->node];
		held &= (g->cmp == GAC_PG_GT ? x > g->c : x < g->c) == g->taken;
	}
	if (!held)
		return false;
	double sum = 0, lsum = 0;
	for (size_t i = 0; i < p->nl; i++) {
		double q = val[p->lq[i]], cost = q * p->l[i].net;
		p->amount[i] = cost;
		sum += cost;
		lsum += q * p->l[i].list;
	}
	/* a quantity or cost not finite makes the sum so (inf × 0 is NaN):
	 * the engine refuses it with its message */
	if (!isfinite(sum))
		return false;
	*total = sum;
	*list = p->ov ? lsum : sum;
	return true;
}

size_t gac_plan_program_size(const gac_plan *p, size_t *groups)
{
	if (groups)
		*groups = p ? p->ngrp : 0;
	return p ? p->ni : 0;
}

bool gac_plan_trusted(const gac_plan *p) { return p && p->trusted && gac_plan_ok(p); }
size_t gac_plan_moving_count(const gac_plan *p) { return gac_plan_trusted(p) ? p->nmoving : 0; }

/* The evaluation plan: what the engine recorded as it priced one option,
 * evaluated again for new numbers without the engine (see plan.h).  No
 * billing rule lives here: only the arithmetic the engine wrote down. */
#include "plan.h"
#include "params.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct pnode {
	int op, a, b;
	const double *slot;
	double c;
	const char *note;  /* --explain: what the node's value counts (static text) */
	bool brief;        /* --explain: printed as its value and note alone */
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

/* A run of instructions of one kind at one depth: evaluated by one tight
 * loop, so a trial pays a branch per group, not per node. */
typedef struct pgroup {
	int op;
	size_t first, count;
} pgroup;

struct gac_plan {
	const gac_scenario *s;
	uint64_t stamp;
	pnode *n;
	double *val;            /* the nodes' values in the last evaluation */
	size_t nn, ncap;
	pguard *g;
	size_t ng, gcap;
	pline *l;
	int *lq;                /* the node each line's quantity is read from (an identity's operand) */
	double *amount;         /* the lines' costs in the last evaluation */
	size_t nl, lcap;
	frozen *fz;             /* numbers in no formula, at their values */
	size_t nfz;
	frozen_bits *fb;        /* which fields were given (a request rate's kind) */
	size_t nfb;
	/* the program: live, non-constant nodes by depth and kind; constants
	 * (and what depends on constants only) are in val already */
	int *dst, *ia, *ib;
	const double **islot;
	size_t ni;
	pgroup *grp;
	size_t ngrp;
	size_t opaque;
	/* the first throughput under capacity: its ratio nodes, units billed */
	int under_ri, under_ro;
	double under_units;
	bool under;
	bool failed;            /* out of memory while recording */
	bool ov;                /* priced with pricing_overrides: the list total differs */
	bool trusted;
	/* block evaluation (gac_plan_eval_block), set up at its first call:
	 * the moving numbers as trusted, a row of GAC_PLAN_CHUNK values for
	 * each node the program reads or writes (constants filled once), and
	 * each slot instruction's moving number */
	const double **moving;
	size_t nmoving;
	double *rows;
	int *row;
	const double **in;      /* where each node's row is read: its row, or a slot's column */
	int *icol;
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

static double apply(int op, double a, double b)
{
	switch (op) {
	case GAC_PN_ADD: return a + b;
	case GAC_PN_SUB: return a - b;
	case GAC_PN_MUL: return a * b;
	case GAC_PN_DIV: return a / b;
	default: return fabs(a);
	}
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
				p->val[i] = apply(n->op, p->val[n->a], unary ? 0 : p->val[n->b]);
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

/* --- The plan's formulas as text (--explain) ---
 * A line's quantity is printed from the nodes that compute it, with the
 * scenario's numbers and the fields they come from, so that what is
 * explained and what is billed are one object.  Operations print in the
 * engine's order; a factor that is exactly 1 (1 − a fraction of 0, a
 * share of 1 no field gives) and a term of 0 are left out, which changes
 * no value.  Read left to right with the usual precedence, the text gives
 * the figure to the last bit: a product or sum on the right of another
 * is bare only where reading it so gives the same double (a × (b × c)
 * and a × b × c differ by a rounding as often as not). */

static double node_value(const gac_plan *p, int i)
{
	const pnode *n = &p->n[i];
	switch (n->op) {
	case GAC_PN_CONST: return n->c;
	case GAC_PN_SLOT: return *n->slot;
	case GAC_PN_FABS: return fabs(node_value(p, n->a));
	default: return apply(n->op, node_value(p, n->a), node_value(p, n->b));
	}
}

static bool zero_leaf(const gac_plan *p, int i)
{
	const pnode *n = &p->n[i];
	return !n->note && (n->op == GAC_PN_CONST || n->op == GAC_PN_SLOT) && node_value(p, i) == 0;
}

/* 1 whatever the fields it reads: a constant 1, 1 − (a 0), 1 × 1 */
static bool unit_factor(const gac_plan *p, int i)
{
	const pnode *n = &p->n[i];
	if (n->note)
		return false;
	switch (n->op) {
	case GAC_PN_CONST: return n->c == 1;
	case GAC_PN_SUB: return unit_factor(p, n->a) && zero_leaf(p, n->b);
	case GAC_PN_MUL: return unit_factor(p, n->a) && unit_factor(p, n->b);
	default: return false;
	}
}

/* The node printed in i's place once factors of 1 and terms of 0 are
 * left out (its note, if any, stays i's). */
static int shown(const gac_plan *p, int i)
{
	for (;;) {
		const pnode *n = &p->n[i];
		if (n->brief)
			return i;
		if (n->op == GAC_PN_MUL && unit_factor(p, n->a) && !unit_factor(p, n->b) && !p->n[n->b].note)
			i = n->b;
		else if (n->op == GAC_PN_MUL && unit_factor(p, n->b) && !p->n[n->a].note)
			i = n->a;
		else if ((n->op == GAC_PN_ADD || n->op == GAC_PN_SUB) && zero_leaf(p, n->b) && !p->n[n->a].note)
			i = n->a;
		else
			return i;
	}
}

static int precedence(int op)
{
	return op == GAC_PN_ADD || op == GAC_PN_SUB ? 1 : op == GAC_PN_MUL || op == GAC_PN_DIV ? 2 : 3;
}

/* Whether node i prints as a bare run of operations of precedence lv (a
 * sum's terms, a product's factors), rather than as one operand: an
 * operation of that level with no note. */
static bool run_of(const gac_plan *p, int i, int lv)
{
	int op = p->n[shown(p, i)].op;
	return !p->n[i].note && op >= GAC_PN_ADD && op != GAC_PN_FABS && precedence(op) == lv;
}

/* Whether the right operand of operation n may print bare: a term of a
 * sum (a sum or difference), a factor of a product (a product), as the
 * operations associate on paper; a quotient in a product, or anything
 * compound after − or ÷, keeps its parentheses. */
static bool bare_right(const gac_plan *p, const pnode *n)
{
	if (n->op != GAC_PN_ADD && n->op != GAC_PN_MUL)
		return false;
	if (!run_of(p, n->b, precedence(n->op)))
		return false;
	int rop = p->n[shown(p, n->b)].op;
	return n->op == GAC_PN_ADD || rop == GAC_PN_MUL;
}

/* What a reader gets for "acc op i", i printed bare: a run of i's level
 * read on from acc operand by operand, anything else as its value. */
static double read_on(const gac_plan *p, double acc, int op, int i)
{
	if (!run_of(p, i, precedence(op)))
		return apply(op, acc, node_value(p, i));
	const pnode *n = &p->n[shown(p, i)];
	acc = read_on(p, acc, op, n->a);
	return bare_right(p, n) ? read_on(p, acc, n->op, n->b) : apply(n->op, acc, node_value(p, n->b));
}

/* How a node is printed: on the formula's left spine, where a noted
 * operation may stand bare, read left to right ("a × b = c tokens ÷
 * 1000"); as an operand of its own; or inside a bare run on the right
 * that reads to the right figure as a whole (read_on), printed bare
 * throughout. */
enum { R_CHAIN, R_PLAIN, R_RUN };

/* need: the least precedence printed bare */
static void render(gac_buf *b, const gac_plan *p, int i, int need, int mode, const char *workload)
{
	const char *note = p->n[i].note;
	if (p->n[i].brief) {
		/* its formula is printed elsewhere: its value is the operand */
		gac_buf_exact(b, node_value(p, i));
		gac_buf_printf(b, " %s", note);
		return;
	}
	int j = shown(p, i);
	const pnode *n = &p->n[j];
	bool leaf = n->op == GAC_PN_CONST || n->op == GAC_PN_SLOT;
	int prec = note && !leaf ? 0 : precedence(n->op);
	bool paren = prec < need && !(note && !leaf && mode == R_CHAIN && precedence(n->op) >= need);
	if (paren)
		gac_buf_puts(b, "(");
	switch (n->op) {
	case GAC_PN_CONST:
		gac_buf_exact(b, n->c);
		break;
	case GAC_PN_SLOT: {
		gac_buf_exact(b, *n->slot);
		const char *f = gac_param_slot_path(p->s, n->slot, workload);
		if (f)
			gac_buf_printf(b, " %s", f);
		break;
	}
	case GAC_PN_FABS:
		gac_buf_puts(b, "|");
		render(b, p, n->a, 0, R_PLAIN, workload);
		gac_buf_puts(b, "|");
		break;
	default: {
		static const char *const sign[] = {[GAC_PN_ADD] = " + ", [GAC_PN_SUB] = " − ", [GAC_PN_MUL] = " × ",
		                                   [GAC_PN_DIV] = " ÷ "};
		int p_op = precedence(n->op);
		/* inside parentheses a run starts again */
		int inner = paren ? R_PLAIN : mode;
		render(b, p, n->a, p_op, inner == R_RUN && !run_of(p, n->a, p_op) ? R_PLAIN : inner, workload);
		gac_buf_puts(b, sign[n->op]);
		/* the right operand: bare when it associates (bare_right) and
		 * reads, so, to this operation's value; else in parentheses */
		int right = shown(p, n->b), rop = p->n[right].op;
		if (bare_right(p, n) && (inner == R_RUN || read_on(p, node_value(p, n->a), n->op, n->b) ==
		                                                apply(n->op, node_value(p, n->a), node_value(p, n->b))))
			render(b, p, n->b, p_op, R_RUN, workload);
		else
			render(b, p, n->b, n->op == GAC_PN_ADD || n->op == GAC_PN_SUB ? 2
			                   : n->op == GAC_PN_MUL ? (rop == GAC_PN_DIV || rop == GAC_PN_MUL ? 3 : 2) : 3,
			       R_PLAIN, workload);
		break;
	}
	}
	if (leaf && note && n->op == GAC_PN_CONST)
		gac_buf_printf(b, " %s", note);
	else if (note && !leaf) {
		gac_buf_puts(b, " = ");
		gac_buf_exact(b, node_value(p, i));
		gac_buf_printf(b, " %s", note);
	}
	if (paren)
		gac_buf_puts(b, ")");
}

bool gac_plan_render(gac_buf *b, double *value, const gac_plan *p, int node, const char *workload)
{
	if (!p || p->failed || node < 0 || (size_t)node >= p->nn)
		return false;
	render(b, p, node, 0, R_CHAIN, workload);
	*value = node_value(p, node);
	return !b->failed;
}

bool gac_plan_trusted(const gac_plan *p) { return p && p->trusted && gac_plan_ok(p); }
size_t gac_plan_moving_count(const gac_plan *p) { return gac_plan_trusted(p) ? p->nmoving : 0; }

enum { C = GAC_PLAN_CHUNK };

/* Rows for the block evaluation (see struct gac_plan). */
static bool block_prepare(gac_plan *p)
{
	size_t nn = p->nn, nrow = 0;
	/* a block that failed to prepare tries again at the next: start clean */
	free(p->row);
	free(p->in);
	free(p->icol);
	bool *dst = gac_calloc(nn ? nn : 1, sizeof *dst);
	p->row = gac_malloc((nn ? nn : 1) * sizeof *p->row);
	p->in = gac_calloc(nn ? nn : 1, sizeof *p->in);
	p->icol = gac_malloc((p->ni ? p->ni : 1) * sizeof *p->icol);
	if (!dst || !p->row || !p->in || !p->icol) {
		free(dst);
		free(p->row);
		free(p->in);
		free(p->icol);
		p->row = p->icol = NULL;
		p->in = NULL;
		return false;
	}
	for (size_t i = 0; i < nn; i++)
		p->row[i] = -1;
	/* every node read or written: instructions, their operands, lines, guards */
	for (size_t k = 0; k < p->ni; k++) {
		dst[p->dst[k]] = true;
		int used[3] = {p->dst[k], p->ia[k], p->ib[k]};
		for (int u = 0; u < 3; u++)
			if (used[u] >= 0 && p->row[used[u]] < 0)
				p->row[used[u]] = (int)nrow++;
	}
	for (size_t i = 0; i < p->nl; i++)
		if (p->row[p->lq[i]] < 0)
			p->row[p->lq[i]] = (int)nrow++;
	for (size_t i = 0; i < p->ng; i++)
		if (p->row[p->g[i].node] < 0)
			p->row[p->g[i].node] = (int)nrow++;
	bool ok = (p->rows = gac_malloc((nrow ? nrow : 1) * C * sizeof *p->rows)) != NULL;
	/* a constant's row holds its value in every trial */
	for (size_t i = 0; ok && i < nn; i++) {
		if (p->row[i] >= 0)
			p->in[i] = p->rows + (size_t)p->row[i] * C;
		if (p->row[i] >= 0 && !dst[i])
			for (size_t t = 0; t < C; t++)
				p->rows[(size_t)p->row[i] * C + t] = p->val[i];
	}
	/* a slot reads the moving number stored there last, as the scenario would */
	for (size_t k = 0; ok && k < p->ni; k++) {
		p->icol[k] = -1;
		if (p->n[p->dst[k]].op == GAC_PN_SLOT)
			for (size_t m = 0; m < p->nmoving; m++)
				if (p->moving[m] == p->islot[k])
					p->icol[k] = (int)m;
		ok = p->n[p->dst[k]].op != GAC_PN_SLOT || p->icol[k] >= 0;
	}
	free(dst);
	if (!ok) {
		free(p->rows);
		p->rows = NULL;
	}
	return ok;
}

/* One operation over a row: fixed length and no aliasing, so the
 * compiler may take two or four trials an instruction. */
static void row_add(double *restrict d, const double *restrict a, const double *restrict b)
{
	for (size_t t = 0; t < C; t++)
		d[t] = a[t] + b[t];
}

static void row_sub(double *restrict d, const double *restrict a, const double *restrict b)
{
	for (size_t t = 0; t < C; t++)
		d[t] = a[t] - b[t];
}

static void row_mul(double *restrict d, const double *restrict a, const double *restrict b)
{
	for (size_t t = 0; t < C; t++)
		d[t] = a[t] * b[t];
}

static void row_div(double *restrict d, const double *restrict a, const double *restrict b)
{
	for (size_t t = 0; t < C; t++)
		d[t] = a[t] / b[t];
}

static void row_fabs(double *restrict d, const double *restrict a)
{
	for (size_t t = 0; t < C; t++)
		d[t] = fabs(a[t]);
}

/* held[t] = 0 where the guard breaks at x[t], as gac_plan_eval tests it
 * (a NaN compares false either way); written as selections, which the
 * compiler vectorises */
static void row_guard(int64_t *restrict held, const double *restrict x, double c, int cmp, bool taken)
{
	if (cmp == GAC_PG_GT && taken)
		for (size_t t = 0; t < C; t++)
			held[t] = x[t] > c ? held[t] : 0;
	else if (cmp == GAC_PG_GT)
		for (size_t t = 0; t < C; t++)
			held[t] = x[t] > c ? 0 : held[t];
	else if (taken)
		for (size_t t = 0; t < C; t++)
			held[t] = x[t] < c ? held[t] : 0;
	else
		for (size_t t = 0; t < C; t++)
			held[t] = x[t] < c ? 0 : held[t];
}

static void row_line(double *restrict sum, const double *restrict q, double price)
{
	for (size_t t = 0; t < C; t++)
		sum[t] += q[t] * price;
}

bool gac_plan_eval_block(gac_plan *p, const double *const *col, size_t n, double *total, double *list, bool *held)
{
	if (!gac_plan_trusted(p) || p->s->stamp != p->stamp || n < 1 || n > C)
		return false;
	if (!p->rows && !block_prepare(p))
		return false;
	double *rows = p->rows;
	const double **in = p->in;
	const int *row = p->row, *dst = p->dst, *ia = p->ia, *ib = p->ib;
#define OUT(node) (rows + (size_t)row[node] * C)
#define ROW(node) in[node]
	for (size_t g = 0; g < p->ngrp; g++) {
		size_t k = p->grp[g].first, end = k + p->grp[g].count;
		switch (p->grp[g].op) {
		case GAC_PN_SLOT:
			/* read where the caller keeps the numbers */
			for (; k < end; k++)
				in[dst[k]] = col[p->icol[k]];
			break;
		case GAC_PN_ADD:
			for (; k < end; k++)
				row_add(OUT(dst[k]), ROW(ia[k]), ROW(ib[k]));
			break;
		case GAC_PN_SUB:
			for (; k < end; k++)
				row_sub(OUT(dst[k]), ROW(ia[k]), ROW(ib[k]));
			break;
		case GAC_PN_MUL:
			for (; k < end; k++)
				row_mul(OUT(dst[k]), ROW(ia[k]), ROW(ib[k]));
			break;
		case GAC_PN_DIV:
			for (; k < end; k++)
				row_div(OUT(dst[k]), ROW(ia[k]), ROW(ib[k]));
			break;
		default:
			for (; k < end; k++)
				row_fabs(OUT(dst[k]), ROW(ia[k]));
			break;
		}
	}
	int64_t ok[C];
	for (size_t t = 0; t < C; t++)
		ok[t] = 1;
	for (size_t i = 0; i < p->ng; i++)
		row_guard(ok, ROW(p->g[i].node), p->g[i].c, p->g[i].cmp, p->g[i].taken);
	/* the lines in their order, from 0 as gac_plan_eval sums them */
	double sum[C], lsum[C];
	for (size_t t = 0; t < C; t++)
		sum[t] = lsum[t] = 0;
	for (size_t i = 0; i < p->nl; i++) {
		row_line(sum, ROW(p->lq[i]), p->l[i].net);
		if (p->ov)
			row_line(lsum, ROW(p->lq[i]), p->l[i].list);
	}
#undef OUT
#undef ROW
	for (size_t t = 0; t < C; t++)
		ok[t] = fabs(sum[t]) <= DBL_MAX ? ok[t] : 0;  /* isfinite: false for NaN */
	for (size_t t = 0; t < n; t++) {
		held[t] = ok[t];
		total[t] = sum[t];
		list[t] = p->ov ? lsum[t] : sum[t];
	}
	return true;
}

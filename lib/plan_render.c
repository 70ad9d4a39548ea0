/* The plan's formulas as text, for --explain (see plan.h). */
#include "plan_impl.h"
#include "params.h"

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
	default: return gac_pn_apply(n->op, node_value(p, n->a), node_value(p, n->b));
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
		return gac_pn_apply(op, acc, node_value(p, i));
	const pnode *n = &p->n[shown(p, i)];
	acc = read_on(p, acc, op, n->a);
	return bare_right(p, n) ? read_on(p, acc, n->op, n->b) : gac_pn_apply(n->op, acc, node_value(p, n->b));
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
		                                                gac_pn_apply(n->op, node_value(p, n->a), node_value(p, n->b))))
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

/* The evaluation plan's insides, shared by its recorder and evaluator
 * (plan.c), its text for --explain (plan_render.c) and its evaluation a
 * block of trials at a time (plan_block.c).  Private to those three. */
#ifndef GAC_PLAN_IMPL_H
#define GAC_PLAN_IMPL_H

#include "plan.h"

#include <math.h>

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

/* a node's operation on its operands' values */
static inline double gac_pn_apply(int op, double a, double b)
{
	switch (op) {
	case GAC_PN_ADD: return a + b;
	case GAC_PN_SUB: return a - b;
	case GAC_PN_MUL: return a * b;
	case GAC_PN_DIV: return a / b;
	default: return fabs(a);
	}
}

#endif

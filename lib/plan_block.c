/* The plan evaluated a block of trials at a time, straight from the
 * columns of draws (see plan.h, gac_plan_eval_block). */
#include "plan_impl.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

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

/*
 * Expressions of numeric fields (see expr.h): a recursive-descent parser
 * to a postfix program, its evaluation, and the same evaluation over
 * intervals, which finds a division by zero that some value of the
 * inputs' ranges would reach before any is drawn.
 */
#include "internal.h"
#include "expr.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CODE 512        /* instructions in one expression */
#define MAX_DEPTH 64        /* nesting of parentheses and calls */

typedef struct parser {
	const char *text, *p;
	gac_expr *x;
	gac_xerr *e;
	size_t cap, ncap, depth, sp;  /* code capacity, names capacity, nesting, stack now */
	bool failed;
} parser;

static bool fail(parser *ps, const char *at, const char *fmt, ...)
{
	if (ps->failed)
		return false;
	ps->failed = true;
	ps->e->col = (unsigned)(at - ps->text) + 1;
	ps->e->oom = !strcmp(fmt, "out of memory");
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ps->e->message, sizeof ps->e->message, fmt, ap);
	va_end(ap);
	return false;
}

static void skip_space(parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t')
		ps->p++;
}

static bool emit(parser *ps, gac_xins in, const char *at, int push)
{
	if (ps->x->len >= MAX_CODE)
		return fail(ps, at, "expression too long (at most %d terms and operators)", MAX_CODE);
	if (ps->x->len == ps->cap) {
		size_t cap = ps->cap ? 2 * ps->cap : 16;
		gac_xins *c = gac_realloc(ps->x->code, cap * sizeof *c);
		if (!c)
			return fail(ps, at, "out of memory");
		ps->x->code = c;
		ps->cap = cap;
	}
	in.col = (unsigned)(at - ps->text) + 1;
	ps->x->code[ps->x->len++] = in;
	ps->sp = (size_t)((long)ps->sp + push);
	if (ps->sp > ps->x->depth)
		ps->x->depth = ps->sp;
	return true;
}

static size_t name_index(parser *ps, const char *name, size_t len, const char *at)
{
	for (size_t i = 0; i < ps->x->name_count; i++)
		if (strlen(ps->x->names[i]) == len && !memcmp(ps->x->names[i], name, len))
			return i;
	if (ps->x->name_count == ps->ncap) {
		size_t cap = ps->ncap ? 2 * ps->ncap : 4;
		char **n = gac_realloc(ps->x->names, cap * sizeof *n);
		if (!n)
			return (fail(ps, at, "out of memory"), (size_t)-1);
		ps->x->names = n;
		unsigned *c = gac_realloc(ps->x->name_col, cap * sizeof *c);
		if (!c)
			return (fail(ps, at, "out of memory"), (size_t)-1);
		ps->x->name_col = c;
		ps->ncap = cap;
	}
	char *d = gac_malloc(len + 1);
	if (!d)
		return (fail(ps, at, "out of memory"), (size_t)-1);
	memcpy(d, name, len);
	d[len] = '\0';
	ps->x->names[ps->x->name_count] = d;
	ps->x->name_col[ps->x->name_count] = (unsigned)(at - ps->text) + 1;
	return ps->x->name_count++;
}

static bool parse_expr(parser *ps);

static bool is_name_start(int c)
{
	return isalpha(c) || c == '_';
}

static bool parse_primary(parser *ps)
{
	skip_space(ps);
	const char *at = ps->p;
	unsigned char c = (unsigned char)*at;
	if (c == '(') {
		if (++ps->depth > MAX_DEPTH)
			return fail(ps, at, "expression nested too deeply (at most %d levels)", MAX_DEPTH);
		ps->p++;
		if (!parse_expr(ps))
			return false;
		skip_space(ps);
		if (*ps->p != ')')
			return fail(ps, ps->p, *ps->p ? "expected ')' here" : "expected ')' before the end");
		ps->p++;
		ps->depth--;
		return true;
	}
	if (isdigit(c) || (c == '.' && isdigit((unsigned char)at[1]))) {
		/* a number and its suffix: digits, '.', '_', an exponent, k/M/B, % */
		const char *q = at;
		while (isalnum((unsigned char)*q) || *q == '.' || *q == '_' || *q == '%' ||
		       ((*q == '+' || *q == '-') && (q[-1] == 'e' || q[-1] == 'E') && isdigit((unsigned char)q[1])))
			q++;
		char buf[64];
		size_t n = (size_t)(q - at);
		if (n >= sizeof buf)
			return fail(ps, at, "number too long");
		memcpy(buf, at, n);
		buf[n] = '\0';
		double v;
		gac_status st = gac_parse_number(&v, buf, GAC_NUM_SUFFIX | GAC_NUM_PERCENT);
		if (st != GAC_OK)
			return fail(ps, at, "'%s' is not a number (suffixes k, M, B and %% allowed)", buf);
		ps->p = q;
		return emit(ps, (gac_xins){.op = GAC_X_NUM, .num = v}, at, 1);
	}
	if (!is_name_start(c))
		return fail(ps, at, c ? "expected a number, a name or '(' here" : "expected a number, a name or '(' "
		                                                                  "before the end");
	/* a name: a driver, a function, or a dotted parameter path */
	const char *q = at + 1;
	while (isalnum((unsigned char)*q) || *q == '_')
		q++;
	while (*q == '.' && (isalnum((unsigned char)q[1]) || q[1] == '_' || q[1] == '*')) {
		q++;
		while (isalnum((unsigned char)*q) || *q == '_' || *q == '-' || *q == '*')
			q++;
	}
	size_t n = (size_t)(q - at);
	ps->p = q;
	skip_space(ps);
	if (*ps->p == '(') {
		static const struct {
			const char *name;
			gac_xop op;
			bool many;
		} fns[] = {{"min", GAC_X_MIN, true}, {"max", GAC_X_MAX, true}, {"ceil", GAC_X_CEIL, false},
		           {"floor", GAC_X_FLOOR, false}};
		int f = -1;
		for (int i = 0; i < 4; i++)
			if (strlen(fns[i].name) == n && !memcmp(fns[i].name, at, n))
				f = i;
		if (f < 0)
			return fail(ps, at, "unknown function '%.*s' (there are min, max, ceil and floor)", (int)n, at);
		if (++ps->depth > MAX_DEPTH)
			return fail(ps, at, "expression nested too deeply (at most %d levels)", MAX_DEPTH);
		ps->p++;
		unsigned argc = 0;
		for (;;) {
			if (!parse_expr(ps))
				return false;
			argc++;
			skip_space(ps);
			if (*ps->p == ',') {
				ps->p++;
				continue;
			}
			if (*ps->p != ')')
				return fail(ps, ps->p, *ps->p ? "expected ',' or ')' here" : "expected ')' before the end");
			ps->p++;
			break;
		}
		ps->depth--;
		if (!fns[f].many && argc != 1)
			return fail(ps, at, "%s takes one argument (got %u)", fns[f].name, argc);
		return emit(ps, (gac_xins){.op = fns[f].op, .argc = argc}, at, 1 - (int)argc);
	}
	if (n > 255)
		return fail(ps, at, "name too long");
	size_t i = name_index(ps, at, n, at);
	if (i == (size_t)-1)
		return false;
	return emit(ps, (gac_xins){.op = GAC_X_REF, .ref = i}, at, 1);
}

static bool parse_unary(parser *ps)
{
	skip_space(ps);
	if (*ps->p == '-') {
		const char *at = ps->p++;
		if (++ps->depth > MAX_DEPTH)
			return fail(ps, at, "expression nested too deeply (at most %d levels)", MAX_DEPTH);
		if (!parse_unary(ps))
			return false;
		ps->depth--;
		return emit(ps, (gac_xins){.op = GAC_X_NEG}, at, 0);
	}
	return parse_primary(ps);
}

/* A chain of one rank's operators, left to right: rank 1 is + and -
 * over terms, rank 2 * and / over unary operands. */
static bool parse_rank(parser *ps, int rank)
{
	static const char ops[3][2] = {{0, 0}, {'+', '-'}, {'*', '/'}};
	static const gac_xop code[3][2] = {{GAC_X_NUM, GAC_X_NUM}, {GAC_X_ADD, GAC_X_SUB}, {GAC_X_MUL, GAC_X_DIV}};
	if (!(rank == 2 ? parse_unary(ps) : parse_rank(ps, 2)))
		return false;
	for (;;) {
		skip_space(ps);
		const char *at = ps->p;
		if (*at != ops[rank][0] && *at != ops[rank][1])
			return true;
		ps->p++;
		if (!(rank == 2 ? parse_unary(ps) : parse_rank(ps, 2)))
			return false;
		if (!emit(ps, (gac_xins){.op = code[rank][*at == ops[rank][1]]}, at, -1))
			return false;
	}
}

static bool parse_expr(parser *ps)
{
	return parse_rank(ps, 1);
}

bool gac_expr_parse(gac_expr *out, const char *text, gac_xerr *e)
{
	memset(out, 0, sizeof *out);
	parser ps = {.text = text, .p = text, .x = out, .e = e};
	e->col = 0;
	e->oom = false;
	e->message[0] = '\0';
	bool ok = parse_expr(&ps);
	skip_space(&ps);
	if (ok && *ps.p)
		ok = fail(&ps, ps.p, *ps.p == ')' ? "')' without its '('" : "expected an operator (+ - * /) here");
	if (ok && !(out->text = gac_strdup(text)))
		ok = fail(&ps, text, "out of memory");
	if (!ok) {
		gac_expr_free(out);
		return false;
	}
	return true;
}

void gac_expr_free(gac_expr *x)
{
	if (!x)
		return;
	for (size_t i = 0; i < x->name_count; i++)
		free(x->names[i]);
	free(x->names);
	free(x->name_col);
	free(x->code);
	free(x->text);
	memset(x, 0, sizeof *x);
}

bool gac_expr_copy(gac_expr *dst, const gac_expr *src)
{
	memset(dst, 0, sizeof *dst);
	*dst = *src;
	dst->text = NULL;
	dst->code = NULL;
	dst->names = NULL;
	dst->name_col = NULL;
	dst->name_count = 0;
	if (!(dst->text = gac_strdup(src->text)) ||
	    (src->len && !(dst->code = gac_malloc(src->len * sizeof *dst->code))) ||
	    (src->name_count && (!(dst->names = gac_calloc(src->name_count, sizeof *dst->names)) ||
	                         !(dst->name_col = gac_malloc(src->name_count * sizeof *dst->name_col))))) {
		gac_expr_free(dst);
		return false;
	}
	if (src->len)
		memcpy(dst->code, src->code, src->len * sizeof *dst->code);
	for (size_t i = 0; i < src->name_count; i++) {
		dst->name_count = i + 1;
		if (!(dst->names[i] = gac_strdup(src->names[i]))) {
			gac_expr_free(dst);
			return false;
		}
		dst->name_col[i] = src->name_col[i];
	}
	return true;
}

/* The stack machine, with the derivatives carried beside the values
 * (forward mode) when dvals is given: d(a b) = da b + a db, d(a / b) =
 * (da b - a db) / b^2, min and max the derivative of the value they
 * pick, ceil and floor 0 (flat between their steps). */
static bool run(double *out, double *dout, const gac_expr *x, const double *vals, const double *dvals,
                unsigned *col)
{
	double stack[MAX_CODE], dstack[MAX_CODE];
	size_t sp = 0;
	for (size_t i = 0; i < x->len; i++) {
		const gac_xins *in = &x->code[i];
		double *a = &stack[sp ? sp - 1 : 0], *da = &dstack[sp ? sp - 1 : 0];
		switch (in->op) {
		case GAC_X_NUM:
			dstack[sp] = 0;
			stack[sp++] = in->num;
			break;
		case GAC_X_REF:
			dstack[sp] = dvals ? dvals[in->ref] : 0;
			stack[sp++] = vals[in->ref];
			break;
		case GAC_X_NEG:
			*a = -*a;
			*da = -*da;
			break;
		case GAC_X_ADD:
		case GAC_X_SUB:
		case GAC_X_MUL:
		case GAC_X_DIV: {
			sp--;
			double *l = &stack[sp - 1], *dl = &dstack[sp - 1], r = stack[sp], dr = dstack[sp];
			if (in->op == GAC_X_DIV && r == 0) {
				*col = in->col;
				return false;
			}
			if (dvals)
				*dl = in->op == GAC_X_ADD   ? *dl + dr
				      : in->op == GAC_X_SUB ? *dl - dr
				      : in->op == GAC_X_MUL ? *dl * r + *l * dr
				                            : (*dl * r - *l * dr) / (r * r);
			*l = in->op == GAC_X_ADD ? *l + r : in->op == GAC_X_SUB ? *l - r : in->op == GAC_X_MUL ? *l * r : *l / r;
			break;
		}
		case GAC_X_MIN:
		case GAC_X_MAX: {
			size_t pick = sp - in->argc;
			for (size_t k = pick + 1; k < sp; k++)
				if (in->op == GAC_X_MIN ? stack[k] < stack[pick] : stack[k] > stack[pick])
					pick = k;
			double v = stack[pick], dv = dstack[pick];
			sp -= in->argc;
			dstack[sp] = dv;
			stack[sp++] = v;
			break;
		}
		case GAC_X_CEIL:
		case GAC_X_FLOOR:
			*a = in->op == GAC_X_CEIL ? ceil(*a) : floor(*a);
			*da = 0;
			break;
		}
	}
	*out = stack[0];
	if (dout)
		*dout = dstack[0];
	if (!isfinite(*out) || (dout && !isfinite(*dout))) {
		*col = 0;
		return false;
	}
	return true;
}

bool gac_expr_eval(double *out, const gac_expr *x, const double *vals, unsigned *col)
{
	return run(out, NULL, x, vals, NULL, col);
}

bool gac_expr_tangent(double *out, double *dout, const gac_expr *x, const double *vals, const double *dvals,
                      unsigned *col)
{
	return run(out, dout, x, vals, dvals, col);
}

/* a * b over the ends, where 0 * inf is 0 (the interval of a product) */
static double mul0(double a, double b)
{
	return a == 0 || b == 0 ? 0 : a * b;
}

bool gac_expr_interval(double *lo_out, double *hi_out, const gac_expr *x, const double *lo, const double *hi,
                       unsigned *col)
{
	double sl[MAX_CODE], sh[MAX_CODE];
	size_t sp = 0;
	for (size_t i = 0; i < x->len; i++) {
		const gac_xins *in = &x->code[i];
		double a, b, c, d;
		switch (in->op) {
		case GAC_X_NUM:
			sl[sp] = sh[sp] = in->num;
			sp++;
			break;
		case GAC_X_REF:
			sl[sp] = lo[in->ref];
			sh[sp] = hi[in->ref];
			sp++;
			break;
		case GAC_X_NEG:
			a = sl[sp - 1];
			sl[sp - 1] = -sh[sp - 1];
			sh[sp - 1] = -a;
			break;
		case GAC_X_ADD:
			sp--;
			sl[sp - 1] += sl[sp];
			sh[sp - 1] += sh[sp];
			break;
		case GAC_X_SUB:
			sp--;
			sl[sp - 1] -= sh[sp];
			sh[sp - 1] -= sl[sp];
			break;
		case GAC_X_DIV:
			sp--;
			if (sl[sp] <= 0 && sh[sp] >= 0) {
				*col = in->col;
				return false;
			}
			/* 1 / [l, h] with 0 outside it is [1/h, 1/l] */
			a = 1 / sh[sp];
			b = 1 / sl[sp];
			sl[sp] = a;
			sh[sp] = b;
			/* fall through: multiply by the reciprocal */
			sp++;
			/* fallthrough */
		case GAC_X_MUL:
			sp--;
			a = mul0(sl[sp - 1], sl[sp]);
			b = mul0(sl[sp - 1], sh[sp]);
			c = mul0(sh[sp - 1], sl[sp]);
			d = mul0(sh[sp - 1], sh[sp]);
			sl[sp - 1] = fmin(fmin(a, b), fmin(c, d));
			sh[sp - 1] = fmax(fmax(a, b), fmax(c, d));
			break;
		case GAC_X_MIN:
		case GAC_X_MAX: {
			double l = sl[sp - in->argc], h = sh[sp - in->argc];
			for (size_t k = sp - in->argc + 1; k < sp; k++) {
				l = in->op == GAC_X_MIN ? fmin(l, sl[k]) : fmax(l, sl[k]);
				h = in->op == GAC_X_MIN ? fmin(h, sh[k]) : fmax(h, sh[k]);
			}
			sp -= in->argc;
			sl[sp] = l;
			sh[sp] = h;
			sp++;
			break;
		}
		case GAC_X_CEIL:
			sl[sp - 1] = ceil(sl[sp - 1]);
			sh[sp - 1] = ceil(sh[sp - 1]);
			break;
		case GAC_X_FLOOR:
			sl[sp - 1] = floor(sl[sp - 1]);
			sh[sp - 1] = floor(sh[sp - 1]);
			break;
		}
	}
	*lo_out = sl[0];
	*hi_out = sh[0];
	return true;
}

/* Infix text of the program with each name's value: "10000 × 3 × 30".
 * Each stack entry is a piece of text and the precedence of its top
 * operator (3: a value or a call, 2: × ÷, 1: + −, 0 for unary −'s
 * operand rules below), parenthesised where a lower one meets a higher. */
bool gac_expr_render(gac_buf *out, const gac_expr *x, const double *vals)
{
	gac_buf *st = gac_calloc(x->depth ? x->depth : 1, sizeof *st);
	int *prec = gac_calloc(x->depth ? x->depth : 1, sizeof *prec);
	bool ok = st && prec;
	size_t sp = 0;
	for (size_t i = 0; ok && i < x->len; i++) {
		const gac_xins *in = &x->code[i];
		gac_buf t = {0};
		int p = 3;
		switch (in->op) {
		case GAC_X_NUM:
		case GAC_X_REF:
			gac_buf_exact(&t, in->op == GAC_X_NUM ? in->num : vals[in->ref]);
			break;
		case GAC_X_NEG: {
			/* an operand that starts with a minus, a negative number's
			 * "-" or a negation's "−", keeps its brackets: −(−5), not −−5 */
			const char *d = st[sp - 1].data;
			bool par = prec[sp - 1] < 3 || (d && (d[0] == '-' || !strncmp(d, "−", strlen("−"))));
			gac_buf_puts(&t, par ? "−(" : "−");
			gac_buf_puts(&t, d ? d : "");
			if (par)
				gac_buf_puts(&t, ")");
			gac_buf_free(&st[--sp]);
			break;
		}
		case GAC_X_ADD:
		case GAC_X_SUB:
		case GAC_X_MUL:
		case GAC_X_DIV: {
			bool mul = in->op == GAC_X_MUL || in->op == GAC_X_DIV;
			p = mul ? 2 : 1;
			/* the right operand of − and ÷ needs parentheses at equal rank */
			bool lpar = prec[sp - 2] < p, rpar = prec[sp - 1] < p ||
			            (prec[sp - 1] == p && (in->op == GAC_X_SUB || in->op == GAC_X_DIV));
			static const char *const sym[] = {[GAC_X_ADD] = " + ", [GAC_X_SUB] = " − ", [GAC_X_MUL] = " × ",
			                                  [GAC_X_DIV] = " ÷ "};
			gac_buf_printf(&t, "%s%s%s%s%s%s%s", lpar ? "(" : "", st[sp - 2].data ? st[sp - 2].data : "",
			               lpar ? ")" : "", sym[in->op], rpar ? "(" : "", st[sp - 1].data ? st[sp - 1].data : "",
			               rpar ? ")" : "");
			gac_buf_free(&st[--sp]);
			gac_buf_free(&st[--sp]);
			break;
		}
		case GAC_X_MIN:
		case GAC_X_MAX:
		case GAC_X_CEIL:
		case GAC_X_FLOOR: {
			static const char *const fn[] = {[GAC_X_MIN] = "min", [GAC_X_MAX] = "max", [GAC_X_CEIL] = "ceil",
			                                 [GAC_X_FLOOR] = "floor"};
			unsigned argc = in->op == GAC_X_MIN || in->op == GAC_X_MAX ? in->argc : 1;
			gac_buf_printf(&t, "%s(", fn[in->op]);
			for (size_t k = sp - argc; k < sp; k++)
				gac_buf_printf(&t, "%s%s", k > sp - argc ? ", " : "", st[k].data ? st[k].data : "");
			gac_buf_puts(&t, ")");
			for (unsigned k = 0; k < argc; k++)
				gac_buf_free(&st[--sp]);
			break;
		}
		}
		if (t.failed || !t.data) {
			gac_buf_free(&t);
			ok = false;
			break;
		}
		st[sp] = t;
		prec[sp++] = p;
	}
	if (ok && sp == 1)
		gac_buf_puts(out, st[0].data);
	for (size_t k = 0; st && k < sp; k++)
		gac_buf_free(&st[k]);
	free(st);
	free(prec);
	return ok;
}

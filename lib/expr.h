/* Expressions of a scenario's numeric fields (expr.c): `= users * 30`.
 *
 * Grammar (spaces anywhere between tokens):
 *   expr    := term (('+' | '-') term)*
 *   term    := unary (('*' | '/') unary)*
 *   unary   := '-' unary | primary
 *   primary := NUMBER | NAME | FUNC '(' expr (',' expr)* ')' | '(' expr ')'
 * A NUMBER is read as a scenario number is (gac_parse_number with the
 * k/M/B suffixes and %: 2.5k, 40%).  A NAME is a driver (`users`) or a
 * parameter path (`workloads.chat.input_tokens`); a path's segments after
 * the first may hold '-', as workload names do, so subtraction from a
 * path is written with spaces.  FUNC is min, max (one argument or more),
 * ceil or floor (one).
 *
 * An expression compiles to a postfix program; its names are resolved by
 * the caller (drivers.c) into a value each, read at every evaluation. */
#ifndef GAC_EXPR_H
#define GAC_EXPR_H

#include <stdbool.h>
#include <stddef.h>

typedef enum gac_xop {
	GAC_X_NUM,      /* push num */
	GAC_X_REF,      /* push the value of name `ref` */
	GAC_X_NEG,
	GAC_X_ADD,
	GAC_X_SUB,
	GAC_X_MUL,
	GAC_X_DIV,
	GAC_X_MIN,      /* of the top `argc` values */
	GAC_X_MAX,
	GAC_X_CEIL,
	GAC_X_FLOOR
} gac_xop;

typedef struct gac_xins {
	gac_xop op;
	unsigned argc;          /* MIN, MAX: how many values */
	double num;             /* NUM */
	size_t ref;             /* REF: index into the names */
	unsigned col;           /* where in the text (1-based): a name, an operator */
} gac_xins;

typedef struct gac_expr {
	char *text;             /* the expression, without its leading '=' */
	gac_xins *code;
	size_t len, depth;      /* instructions; the stack they need */
	char **names;           /* distinct names, in order of first use */
	unsigned *name_col;     /* where each name first appears */
	size_t name_count;
} gac_expr;

/* A parse error: the column (1-based, in `text`) and a message. */
typedef struct gac_xerr {
	unsigned col;
	bool oom;               /* out of memory, not a fault of the text */
	char message[160];
} gac_xerr;

/* Compile `text` (without the leading '='); false with *e filled when it
 * is malformed.  On success the caller frees it with gac_expr_free. */
GAC_HIDDEN bool gac_expr_parse(gac_expr *out, const char *text, gac_xerr *e);
GAC_HIDDEN void gac_expr_free(gac_expr *x);
/* Copy; false when out of memory. */
GAC_HIDDEN bool gac_expr_copy(gac_expr *dst, const gac_expr *src);

/* Evaluate with vals[i] the value of names[i]; false when a division by
 * zero happens, with *col where, or the result is not finite (*col 0). */
GAC_HIDDEN bool gac_expr_eval(double *out, const gac_expr *x, const double *vals, unsigned *col);
/* The same, and *dout its derivative when each name moves by dvals[i]
 * (forward mode; ceil and floor count as flat, min and max follow the
 * value they pick); false also when the derivative is not finite. */
GAC_HIDDEN bool gac_expr_tangent(double *out, double *dout, const gac_expr *x, const double *vals,
                                 const double *dvals, unsigned *col);

/* The same over intervals: each name's value lies in [lo[i], hi[i]]
 * (infinite ends allowed).  False when a divisor's interval holds 0,
 * with *col at that division. */
GAC_HIDDEN bool gac_expr_interval(double *lo_out, double *hi_out, const gac_expr *x, const double *lo,
                                  const double *hi, unsigned *col);

/* Append the expression with each name's value in place of the name, as
 * infix text with × ÷ + − and the parentheses it needs; false when out of
 * memory. */
GAC_HIDDEN bool gac_expr_render(gac_buf *out, const gac_expr *x, const double *vals);

#endif

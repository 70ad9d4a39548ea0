/* Billing dimensions: every kind of price a model entry can carry,
 * described once.  A dimension is one row of gac_dimensions[] (its YAML
 * key, the block it sits in, its JSON name, its unit, its label in line
 * items and errors) and one pricing rule in the engine; loading, lookup,
 * the models report and the public accessors read the table.
 *
 * Variant blocks (global, priority, flex, latency_optimized) carry a
 * model's token prices under another rate card: the same dimensions,
 * other numbers. */
#ifndef GAC_DIMENSION_H
#define GAC_DIMENSION_H

#include <stdbool.h>
#include <stddef.h>

#include "genaicost.h"

/* The first nine are gac_price, in its order (the public enum is frozen;
 * dimensions added since are reached by key). */
typedef enum gac_dim {
	GAC_DIM_INPUT = GAC_PRICE_INPUT,
	GAC_DIM_OUTPUT = GAC_PRICE_OUTPUT,
	GAC_DIM_BATCH_INPUT = GAC_PRICE_BATCH_INPUT,
	GAC_DIM_BATCH_OUTPUT = GAC_PRICE_BATCH_OUTPUT,
	GAC_DIM_CACHE_WRITE = GAC_PRICE_CACHE_WRITE,
	GAC_DIM_CACHE_READ = GAC_PRICE_CACHE_READ,
	GAC_DIM_MU_NO_COMMIT = GAC_PRICE_MU_NO_COMMIT,
	GAC_DIM_MU_1_MONTH = GAC_PRICE_MU_1_MONTH,
	GAC_DIM_MU_6_MONTH = GAC_PRICE_MU_6_MONTH,
	GAC_DIM_CACHE_WRITE_1H,
	GAC_DIM_RESERVED_IN_1_MONTH,   /* the Reserved tier: input tokens per minute */
	GAC_DIM_RESERVED_IN_3_MONTH,
	GAC_DIM_RESERVED_OUT_1_MONTH,  /* output tokens per minute */
	GAC_DIM_RESERVED_OUT_3_MONTH,
	GAC_DIM_COUNT
} gac_dim;
_Static_assert(GAC_DIM_COUNT <= 32, "a price entry's `has` holds 32 bits");

typedef enum gac_dim_unit {
	GAC_UNIT_TOKENS = 0,     /* per `per` tokens of the entry */
	GAC_UNIT_MU_HOUR,        /* per model unit per hour */
	GAC_UNIT_TPM_MONTH       /* per 1,000 tokens-per-minute per month */
} gac_dim_unit;

typedef struct gac_dimension {
	const char *key;         /* YAML key inside its block: "input", "1_month" */
	const char *block;       /* the map holding it: NULL (the entry), "model_unit_hour", "reserved_input", ... */
	const char *path;        /* block.key: the name a user gives it */
	const char *json;        /* name in `models --format json` */
	const char *label;       /* in errors and --explain: "cache write (1 hour)" */
	gac_dim_unit unit;
	bool variant;            /* may appear in variant and long_context blocks */
} gac_dimension;

GAC_HIDDEN extern const gac_dimension gac_dimensions[GAC_DIM_COUNT];

typedef enum gac_var {
	GAC_VAR_GLOBAL = 0,      /* global cross-Region inference profile */
	GAC_VAR_PRIORITY,        /* Priority service tier */
	GAC_VAR_FLEX,            /* Flex service tier */
	GAC_VAR_LATENCY,         /* latency-optimized inference */
	GAC_VAR_COUNT
} gac_var;

typedef struct gac_variant_desc {
	const char *key;         /* block key: "priority" */
	const char *label;       /* "Priority tier" */
	const char *rate;        /* shown after a line's formula: " (Priority tier rate)" */
	bool fallback;           /* a dimension the block omits costs the base price */
} gac_variant_desc;

GAC_HIDDEN extern const gac_variant_desc gac_variants[GAC_VAR_COUNT];

/* The dimension whose path (or, with block, whose key inside block) is
 * `name`; -1 when none is. */
GAC_HIDDEN int gac_dim_find(const char *name);
GAC_HIDDEN int gac_dim_in_block(const char *block, const char *key);
/* The variant block named `key`; -1 when none is. */
GAC_HIDDEN int gac_var_find(const char *key);

/* A price's key as the public accessor and an offer block spell it: KEY,
 * CARD.KEY, long_context.KEY or long_context.CARD.KEY (a dimension a rate
 * card may hold).  The one parser of these forms: false when `key` is
 * none of them. */
typedef struct gac_price_key {
	int dim;                 /* gac_dim */
	int card;                /* gac_var, or -1: the base price */
	bool long_context;       /* the long-context price */
} gac_price_key;
GAC_HIDDEN bool gac_price_key_parse(gac_price_key *out, const char *key);

#endif

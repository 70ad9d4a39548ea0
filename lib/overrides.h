/* Negotiated prices: a scenario's pricing_overrides (overrides.c).
 * Included by internal.h, where gac_scenario holds one. */
#ifndef GAC_OVERRIDES_H
#define GAC_OVERRIDES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The token prices a `prices:` entry may set, in the sheet's keys. */
#define GAC_OV_TOKEN_KINDS 7

/* discounts: one narrower discount, for what its scope names (NULL: any) */
typedef struct gac_ov_discount {
	char *vendor, *model, *price;
	double discount;            /* a fraction, 0 to 1 */
	uint64_t set;               /* bit 0: discount given */
	unsigned line, col;         /* the entry */
	unsigned mline, mcol;       /* its model: value (checked against the sheet) */
	unsigned vline, vcol;       /* its vendor: value */
	char *path;                 /* "pricing_overrides.discounts.N.discount" */
} gac_ov_discount;

/* prices: one model's private prices, replacing the sheet's */
typedef struct gac_ov_price {
	char *model;
	unsigned line, col;         /* the model id key */
	double per;                 /* tokens the prices are per: 1e6, 1e3; 0: the sheet's */
	double v[GAC_OV_TOKEN_KINDS];
	uint64_t set;               /* a bit per price given */
	unsigned vline[GAC_OV_TOKEN_KINDS], vcol[GAC_OV_TOKEN_KINDS];
	bool exclusive;             /* the account-wide discount does not apply */
	char *paths[GAC_OV_TOKEN_KINDS];  /* "pricing_overrides.prices.MODEL.KIND" */
} gac_ov_price;

typedef struct gac_overrides {
	bool declared;              /* the scenario has pricing_overrides: */
	double discount;            /* account-wide, a fraction */
	uint64_t set;               /* bit 0: discount given (file or --set) */
	unsigned line, col;         /* where discount: was written */
	gac_ov_discount *rules;
	size_t rule_count;
	gac_ov_price *prices;
	size_t price_count;
} gac_overrides;

#endif

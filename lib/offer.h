/* Internal: the AWS Price List offer reader (offer.c), the sheet it
 * builds and merges (offer_sheet.c) and its report (report_import.c).
 * jansson is used in offer.c only. */
#ifndef GAC_OFFER_H
#define GAC_OFFER_H

#include "internal.h"

/* Largest offer file read: a whole-offer index.json runs to tens of MB. */
#define GAC_MAX_OFFER_BYTES (256u * 1024u * 1024u)

/* A decimal number as text: value = digits x 10^exp, digits without
 * leading zeros ("" is zero).  Prices are scaled here, never in double. */
typedef struct gac_dec {
	char digits[64];
	int exp;
} gac_dec;

/* Parse "0.0040000000", "12", "1.5E-3"; false for anything else (a sign,
 * an empty string, more than 60 significant digits). */
GAC_HIDDEN bool gac_dec_parse(gac_dec *d, const char *s);
/* The value times 10^shift as plain decimal text ("0.25", "4", "0"). */
GAC_HIDDEN void gac_dec_format(char out[160], const gac_dec *d, int shift);

/* One row of pricing/aws-offer-map.yaml. */
typedef struct gac_offer_map_row {
	char *model;        /* the offer's model (or titanModel) attribute */
	char *usagetype;    /* NULL, or text the usagetype must contain */
	char *usage_model;  /* NULL, or the model as usage types spell it ("Claude4.6Sonnet") */
	char *id, *name, *vendor, *kind, *source;
	char *lc_threshold; /* long_context threshold as written; NULL */
	unsigned line;
} gac_offer_map_row;

/* pricing/aws-offer-map.yaml, read (offer.c): the one map of AWS's model
 * names and usage types to Bedrock model ids, for import-prices and for
 * the bills of reconcile (bill.c). */
typedef struct gac_offer_map {
	gac_offer_map_row *rows;
	size_t count;
	char *file;
} gac_offer_map;
GAC_HIDDEN gac_status gac_offer_map_load(gac_offer_map *map, const char *path, gac_error *err);
GAC_HIDDEN void gac_offer_map_free(gac_offer_map *map);
/* The row for an offer's model name (and usagetype); -1 none, -2 more than
 * one model (`ids` lists them). */
GAC_HIDDEN long gac_offer_map_match(const gac_offer_map *map, const char *model, const char *ut, gac_buf *ids);
/* The row whose model a usage type names ("USE1-Claude3Haiku-input-tokens":
 * the row's usage_model, else its model without spaces, as a whole
 * dash-separated part; the longest wins); -1 none, -2 more than one. */
GAC_HIDDEN long gac_offer_map_match_usagetype(const gac_offer_map *map, const char *ut, gac_buf *ids);
/* The region a usage type's prefix names ("USE1-" us-east-1); NULL if none. */
GAC_HIDDEN const char *gac_offer_region_of_usagetype(const char *ut);

/* What a price dimension is, for the report when it has no sheet key. */
typedef enum gac_offer_class {
	GAC_OC_PRICE = 0,   /* a sheet key: rate.key */
	GAC_OC_IMAGE,       /* per image */
	GAC_OC_VIDEO,       /* per second of video */
	GAC_OC_AUDIO,       /* audio or speech tokens */
	GAC_OC_SERVICE,     /* a service charge: per query, page, minute, text unit... */
	GAC_OC_CUSTOM,      /* training, storage of custom models */
	GAC_OC_NOKEY        /* a token price this schema has no key for */
} gac_offer_class;

/* A price sorted into a sheet key (cls GAC_OC_PRICE, key) or a class
 * with the reason (why).  gac_offer_classify: `hay` is what the price is
 * for (an offer's inferenceType, feature, featureType and usagetype, or a
 * bill's usage type), `unit_lower` its unit, all lower case; `months` a
 * reserved term's length (0 on demand). */
typedef struct gac_offer_classified {
	gac_offer_class cls;
	char key[48];
	char why[160];
} gac_offer_classified;
GAC_HIDDEN void gac_offer_classify(gac_offer_classified *c, const char *hay, const char *model_lower,
                                   const char *unit_lower, const char *ut_lower, int months);

/* One price dimension of an offer, classified. */
typedef struct gac_offer_rate {
	char *id;           /* Bedrock model id (map), NULL when unmapped */
	char *region;
	char *key;          /* sheet key path ("priority.input"); NULL unless GAC_OC_PRICE */
	gac_offer_class cls;
	char *why;          /* for a class other than PRICE: what it is */
	gac_dec value;      /* USD per unit, as stated */
	int unit_exp;       /* token prices: per 10^unit_exp tokens; -1: not tokens */
	char *price_text;   /* pricePerUnit.USD as written */
	char *unit, *sku, *rate_code, *effective, *description;
	char *offer_code, *published, *file, *model_name, *usagetype;
	size_t map_row;     /* index of the map row used */
	int state;          /* 0 candidate, 1 chosen, 2 other date, 3 conflict, 4 same price */
	long chosen;        /* index of the rate written for its model, region and key; -1: none */
} gac_offer_rate;

/* A product the map did not know, or matched to more than one id. */
typedef struct gac_offer_unmapped {
	char *file, *sku, *model, *usagetype, *region, *family, *ids;
	bool ambiguous;
} gac_offer_unmapped;

/* A change --merge made. */
typedef enum { GAC_MV_MOVED, GAC_MV_NEW_PRICE, GAC_MV_ADDED, GAC_MV_GONE, GAC_MV_PRICE_GONE } gac_move_kind;
typedef struct gac_offer_move {
	gac_move_kind kind;
	char *id, *path, *old_value, *new_value;
	double pct;         /* NaN when not a moved price */
} gac_offer_move;

struct gac_price_import {
	gac_offer_map_row *map;
	size_t map_count;
	char *map_file;
	gac_offer_rate *rates;
	size_t rate_count, rate_cap;
	gac_offer_unmapped *unmapped;
	size_t unmapped_count, unmapped_cap;
	char **offers;      /* "CODE PUBLISHED FILE" per offer read */
	size_t offer_count;
	char *merge_file;   /* --merge sheet, read at finish */
	gac_offer_move *moves;
	size_t move_count, move_cap;
	char *sheet;        /* the YAML text, after finish */
	size_t entries;     /* model entries written */
	bool finished;
};

/* offer.c */
GAC_HIDDEN gac_status gac_offer_push_rate(gac_price_import *imp, gac_offer_rate **out);
/* The rate's key is one a region_prices entry may hold. */
GAC_HIDDEN bool gac_offer_key_regional(const char *key);
/* Index of key in the emission order; -1 when unknown. */
GAC_HIDDEN int gac_offer_key_index(const char *key);
GAC_HIDDEN const char *gac_offer_key_name(int index);
GAC_HIDDEN int gac_offer_key_count(void);

/* offer_sheet.c: choose effective dates, build (and merge) the sheet. */
GAC_HIDDEN gac_status gac_offer_build(gac_price_import *imp, gac_error *err);

#endif

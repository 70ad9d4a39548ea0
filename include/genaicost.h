/*
 * genaicost.h - model what generative AI costs to run on Amazon Bedrock.
 *
 * Conventions (see libgenaicost(3)):
 *  - Every function that can fail returns a gac_status; GAC_OK is 0.
 *  - Out-parameters come first.  Whatever a function hands back through
 *    a `**out` belongs to the caller and is released with the matching
 *    *_free(), which accepts NULL; plain memory (texts, paths) with
 *    gac_free(), never with the caller's own free().
 *  - Functions that read files take a `gac_error *err` (may be NULL) that
 *    receives the status, a message, and the file, line and column the
 *    problem was found at.
 *  - The library never prints and never exits.  Where it uses GSL, GSL's
 *    abort-on-error handler is switched off and every status is checked.
 *  - Money is computed in double at full precision; nothing is rounded
 *    except by the report functions when they present a figure.
 *
 * ABI: libgenaicost.so.1, every symbol gac_* with version GENAICOST_1;
 * make abi-check holds the library to abi/libgenaicost.abi.  Struct
 * policy (libgenaicost(3), STRUCT POLICY), which applies to which struct:
 *  - opaque, read through accessors: gac_sheet, gac_scenario, gac_result,
 *    gac_workspace, gac_comparison, gac_deltas, gac_snapshot,
 *    gac_input_changes, gac_sensitivity, gac_simulation, gac_check,
 *    gac_forecast, gac_break_even, gac_sweep_axis, gac_sweep,
 *    gac_validation, gac_price_import, gac_bill, gac_reconciliation,
 *    gac_calibration;
 *  - versioned, the caller allocates and sets `version` (an *_init
 *    function or *_INIT macro; 0 means the defaults), the library checks
 *    it and refuses a newer one: gac_load_options, gac_sim_options,
 *    gac_model_info;
 *  - owned by the library, handed out by const pointer, append-only (new
 *    members only at the end; never allocate, copy by value or take the
 *    sizeof of one): gac_line, gac_provisioned, gac_topology_info,
 *    gac_delta, gac_provenance, gac_input_change, gac_sensitivity_item,
 *    gac_sim_stats, gac_check_item, gac_forecast_month,
 *    gac_forecast_purchase, gac_crossing;
 *  - fixed for the soname: gac_error (plain storage the caller owns).
 * Enumerations are append-only; their *_END / *_COUNT sentinels move.
 *
 * Documentation (checked by tests/header_doc_test.py): every declaration
 * has the comment right before it.  A function's is, in this order:
 *
 *   A summary: what it does, in sentences.
 *
 *   name:       one line per parameter, in prototype order
 *   Ownership:  who owns what it receives and returns (when it returns a
 *               pointer, has a `**` parameter, or is a _new or _free)
 *   Returns:    the value returned (unless void)
 *   Errors:     the GAC_E* codes it fails with and why (gac_status only)
 *
 * A type's comment has the summary and a "name:" line for each member not
 * commented on its own line; a #define's may share the comment of its group.
 * Strings returned as `const char *` belong to the object they came from.
 * An out-parameter documented "(NULL on error)" is set so by every failure
 * but GAC_EARG, which may leave it untouched.
 */
#ifndef GENAICOST_H
#define GENAICOST_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Version of the library this header belongs to: major, minor, patch, and
 * the three as "MAJOR.MINOR.PATCH" (gac_version() gives the built one). */
#define GAC_VERSION_MAJOR 0
#define GAC_VERSION_MINOR 3
#define GAC_VERSION_PATCH 0
#define GAC_VERSION_STRING "0.3.0"

/* Marks a function exported by the shared library (default visibility
 * under GCC and Clang; nothing elsewhere). */
#if defined(__GNUC__) && __GNUC__ >= 4
#define GAC_API __attribute__((visibility("default")))
#else
#define GAC_API
#endif

/* ------------------------------------------------------------------ */
/* Errors                                                               */
/* ------------------------------------------------------------------ */

/*
 * Status codes.  Append-only: values are pinned, new codes are added
 * before GAC_STATUS_END and never removed or renumbered.
 *
 * GAC_OK:  success (0)
 */
typedef enum gac_status {
	GAC_OK = 0,
	GAC_ENOMEM = 1,          /* out of memory */
	GAC_EIO = 2,             /* a file could not be read or written */
	GAC_ESYNTAX = 3,         /* malformed YAML */
	GAC_ESCHEMA = 4,         /* missing, unknown or mistyped key */
	GAC_EVALUE = 5,          /* a value is out of range or malformed */
	GAC_ELIMIT = 6,          /* input exceeds a size, depth or alias limit */
	GAC_EMODEL = 7,          /* unknown model id */
	GAC_EREGION = 8,         /* model not offered in the region */
	GAC_ENOPRICE = 9,        /* the sheet has no price for what is used */
	GAC_EPARAM = 10,         /* unknown parameter path */
	GAC_EARG = 11,           /* invalid argument to a library function */
	GAC_ERANGE = 12,         /* a result overflowed or is not finite */
	GAC_ENOTFOUND = 13,      /* a named price sheet was not found */
	GAC_EVERSION = 14,       /* unsupported schema version */
	GAC_ESERVICE = 15,       /* unknown service id */
	GAC_EACCESS = 16,        /* a scenario names a file outside where it may read */
	GAC_STATUS_END           /* one past the last code; not a status */
} gac_status;

/* Detail of the last failure of a call.  Plain storage: no allocation,
 * usable even after GAC_ENOMEM.  line and column are 1-based; 0 when the
 * error is not tied to a place in a file.
 *
 * status:   the status the call returned (GAC_OK after gac_error_clear)
 * line:     line of the problem in `file`, 1-based; 0 when none
 * column:   column of the problem, 1-based; 0 when none
 * file:     the file (or buffer name) the problem is in; empty when none
 * message:  what went wrong, one line without the position
 */
typedef struct gac_error {
	gac_status status;
	unsigned line;
	unsigned column;
	char file[1024];
	char message[512];
} gac_error;

/*
 * Describe a status in words.
 *
 * status:     any value; one outside the enum reads "unknown status"
 * Ownership:  the string is static: never free or change it.
 * Returns:    human-readable text for the status; never NULL.
 */
GAC_API const char *gac_strerror(gac_status status);

/*
 * Reset an error object to GAC_OK, line and column 0, empty strings.
 *
 * err:  the object to reset; NULL does nothing
 */
GAC_API void gac_error_clear(gac_error *err);

/*
 * The version of the library linked in, which may differ from the header's
 * GAC_VERSION_STRING when a newer shared library is loaded.
 *
 * Ownership:  the string is static: never free or change it.
 * Returns:    the version as "MAJOR.MINOR.PATCH".
 */
GAC_API const char *gac_version(void);

/*
 * Release plain memory the library handed out: the texts of the report
 * functions, the paths of gac_sheet_resolve and gac_scenario_sheet_resolve,
 * the strings of gac_scenario_get_text and gac_scenario_text_param_path,
 * the array of gac_pricing_dirs.  Objects with their own *_free() are
 * released with that, not with this.
 *
 * p:          what the library returned through a `char **out` (or
 *             `char ***`); NULL does nothing
 * Ownership:  takes `p`.
 */
GAC_API void gac_free(void *p);

/* ------------------------------------------------------------------ */
/* Numbers                                                              */
/* ------------------------------------------------------------------ */

/* Flags for gac_parse_number(). */
#define GAC_NUM_SUFFIX   0x1u  /* allow k/K (1e3), M (1e6), B (1e9) */
#define GAC_NUM_PERCENT  0x2u  /* allow a trailing % (value / 100) */
#define GAC_NUM_NONNEG   0x4u  /* reject negative values */

/*
 * Parse a number strictly and independently of the locale: optional sign,
 * digits with optional '_' separators between digits, optional fraction,
 * optional exponent, then an optional suffix allowed by `flags`.  Leading
 * or trailing garbage, NaN, infinities and overflow are rejected.
 *
 * out:      receives the value (untouched on error)
 * text:     NUL-terminated text
 * flags:    GAC_NUM_SUFFIX, GAC_NUM_PERCENT and GAC_NUM_NONNEG, or'ed; 0
 *           for a plain number
 * Returns:  GAC_OK, or the status of the failure.
 * Errors:   GAC_EVALUE when the text is malformed or negative where
 *           GAC_NUM_NONNEG forbids it; GAC_ERANGE when it overflows or is
 *           not finite; GAC_EARG when out or text is NULL.
 */
GAC_API gac_status gac_parse_number(double *out, const char *text, unsigned flags);

/* ------------------------------------------------------------------ */
/* Files                                                                */
/* ------------------------------------------------------------------ */

/* What a genaicost YAML file holds, by its `genaicost:` key. */
typedef enum gac_file_kind {
	GAC_FILE_PRICESHEET = 1,   /* genaicost: pricesheet/N */
	GAC_FILE_SCENARIO = 2      /* genaicost: scenario/N */
} gac_file_kind;

/*
 * Tell a price sheet from a scenario by its `genaicost:` key.
 *
 * out:      receives the kind (untouched on error)
 * path:     file to read
 * err:      may be NULL; receives the detail of a failure
 * Returns:  GAC_OK, or the status of the failure.
 * Errors:   GAC_ESCHEMA (with the position) when the file is neither;
 *           GAC_EIO or GAC_ELIMIT when it cannot be read or is too large;
 *           GAC_ESYNTAX for malformed YAML; GAC_ENOMEM; GAC_EARG when out
 *           or path is NULL.
 */
GAC_API gac_status gac_file_kind_of(gac_file_kind *out, const char *path, gac_error *err);

/* ------------------------------------------------------------------ */
/* Price sheets                                                         */
/* ------------------------------------------------------------------ */

/* A loaded price sheet: models, their prices per region, services.
 * Opaque; made by gac_sheet_load_file or gac_sheet_load_buffer, released
 * with gac_sheet_free, read-only once loaded (safe to share between
 * threads). */
typedef struct gac_sheet gac_sheet;

/* Kinds of price a model entry can carry.
 *
 * GAC_PRICE_OUTPUT:        per `per` output tokens, on demand
 * GAC_PRICE_BATCH_INPUT:   per `per` input tokens of a batch job
 * GAC_PRICE_BATCH_OUTPUT:  per `per` output tokens of a batch job
 * GAC_PRICE_CACHE_WRITE:   per `per` tokens written to the prompt cache
 * GAC_PRICE_CACHE_READ:    per `per` tokens read from the prompt cache
 * GAC_PRICE_MU_1_MONTH:    per model unit per hour, 1-month commitment
 * GAC_PRICE_MU_6_MONTH:    per model unit per hour, 6-month commitment
 */
typedef enum gac_price {
	GAC_PRICE_INPUT = 0,        /* per `per` input tokens, on demand */
	GAC_PRICE_OUTPUT,
	GAC_PRICE_BATCH_INPUT,
	GAC_PRICE_BATCH_OUTPUT,
	GAC_PRICE_CACHE_WRITE,
	GAC_PRICE_CACHE_READ,
	GAC_PRICE_MU_NO_COMMIT,     /* per model unit per hour */
	GAC_PRICE_MU_1_MONTH,
	GAC_PRICE_MU_6_MONTH,
	GAC_PRICE_COUNT
} gac_price;

/* Kind of model: how it is billed. */
typedef enum gac_model_kind {
	GAC_KIND_TEXT = 0,      /* input and output tokens */
	GAC_KIND_EMBEDDING,     /* input tokens only */
	GAC_KIND_IMAGE          /* per image */
} gac_model_kind;

/* The version of gac_model_info this header declares, and the room in its
 * price[] (kinds added to gac_price stay within it). */
#define GAC_MODEL_INFO_VERSION 1
#define GAC_MODEL_INFO_PRICES 16   /* room in price[]: kinds added to gac_price
                                    * stay within it */
/* A model as priced in one region.  Strings belong to the sheet and live
 * as long as it does.  Versioned (see "Struct policy" in libgenaicost(3)):
 * the caller sets `version` (GAC_MODEL_INFO_INIT, gac_model_info_init, or
 * 0, read as 1) and the library fills the fields of that version alone.
 *
 * id:            the model id, e.g. "anthropic.claude-3-haiku-20240307-v1:0"
 * name:          its display name
 * vendor:        who makes it, e.g. "Anthropic"
 * kind:          how it is billed
 * region_count:  regions it is offered in (gac_sheet_model_region)
 */
typedef struct gac_model_info {
	unsigned version;          /* GAC_MODEL_INFO_VERSION */
	const char *id;
	const char *name;
	const char *vendor;
	const char *source;        /* where the entry's prices come from */
	const char *as_of;         /* entry date, or the sheet's */
	gac_model_kind kind;
	double per;                /* tokens per price unit: 1000 or 1000000 */
	double price[GAC_MODEL_INFO_PRICES];  /* indexed by gac_price; 0 past
	                            * GAC_PRICE_COUNT */
	unsigned has;              /* bit (1u << gac_price) set when priced */
	int available;             /* 1 when offered in the region asked */
	size_t region_count;
	size_t image_price_count;  /* entries of the image price table */
	int has_global;            /* a global cross-region price exists */
	int has_long_context;      /* a long-context tier exists */
	double context_window;     /* input + output tokens one request may hold;
	                            * 0 when the sheet does not say */
} gac_model_info;
/* A gac_model_info ready for gac_sheet_model: C convenience; a binding
 * calls gac_model_info_init. */
#define GAC_MODEL_INFO_INIT {.version = GAC_MODEL_INFO_VERSION}

/*
 * Prepare a gac_model_info for gac_sheet_model: every field zeroed and
 * `version` set, libgit2's *_init pattern, for callers that cannot use
 * GAC_MODEL_INFO_INIT (bindings, C++).
 *
 * info:     the struct to prepare
 * version:  GAC_MODEL_INFO_VERSION of the header compiled against
 * Returns:  GAC_OK, or the status of the failure (info then unchanged).
 * Errors:   GAC_EARG for a NULL info or a version this library does not
 *           know (0, or above GAC_MODEL_INFO_VERSION).
 */
GAC_API gac_status gac_model_info_init(gac_model_info *info, unsigned int version);

/*
 * Load a price sheet (`genaicost: pricesheet/1`) from a file.
 *
 * out:        receives the sheet (NULL on error)
 * path:       file to read
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_sheet_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EIO when the file cannot be read; GAC_ELIMIT when it is
 *             too large or too deep; GAC_ESYNTAX for malformed YAML;
 *             GAC_ESCHEMA for a missing, unknown or mistyped key;
 *             GAC_EVALUE for a bad value; GAC_EVERSION for a newer
 *             pricesheet/N; each with the file, line and column in `err`.
 *             GAC_ENOMEM; GAC_EARG when out or path is NULL.
 */
GAC_API gac_status gac_sheet_load_file(gac_sheet **out, const char *path, gac_error *err);

/*
 * Load a price sheet from memory, as gac_sheet_load_file does a file.
 *
 * out:        receives the sheet (NULL on error)
 * data:       the YAML text; need not be NUL-terminated; not kept
 * len:        bytes of `data`
 * name:       the name used in error messages and by gac_sheet_path
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_sheet_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_sheet_load_file, GAC_EIO aside; GAC_EARG when out or
 *             data is NULL.
 */
GAC_API gac_status gac_sheet_load_buffer(gac_sheet **out, const char *data, size_t len,
                                         const char *name, gac_error *err);

/*
 * Free a price sheet and everything it owns.
 *
 * sheet:      the sheet; NULL does nothing
 * Ownership:  takes `sheet`; strings and gac_model_info read from it become
 *             invalid.  Results priced with it are independent of it.
 */
GAC_API void gac_sheet_free(gac_sheet *sheet);

/*
 * The sheet's `name:`, e.g. "aws-bedrock".
 *
 * sheet:      the sheet
 * Ownership:  the string belongs to the sheet.
 * Returns:    the name; NULL for a NULL sheet.
 */
GAC_API const char *gac_sheet_name(const gac_sheet *sheet);
/*
 * The currency its prices are in, e.g. "USD".
 *
 * sheet:      the sheet
 * Ownership:  the string belongs to the sheet.
 * Returns:    the ISO 4217 code; NULL for a NULL sheet.
 */
GAC_API const char *gac_sheet_currency(const gac_sheet *sheet);
/*
 * The date the sheet's prices were taken, as written (YYYY-MM-DD).
 *
 * sheet:      the sheet
 * Ownership:  the string belongs to the sheet.
 * Returns:    the date; NULL for a NULL sheet.
 */
GAC_API const char *gac_sheet_as_of(const gac_sheet *sheet);
/*
 * Path the sheet was loaded from (the `name` given for buffers).
 *
 * sheet:      the sheet
 * Ownership:  the string belongs to the sheet.
 * Returns:    the path; NULL for a NULL sheet.
 */
GAC_API const char *gac_sheet_path(const gac_sheet *sheet);
/*
 * FNV-1a 64-bit hash of the sheet's bytes, as 16 hex digits.
 *
 * sheet:      the sheet
 * Ownership:  the string belongs to the sheet.
 * Returns:    the hash; NULL for a NULL sheet.
 */
GAC_API const char *gac_sheet_hash(const gac_sheet *sheet);
/*
 * How many models the sheet prices (indexes 0 to count - 1).
 *
 * sheet:    the sheet
 * Returns:  the count; 0 for a NULL sheet.
 */
GAC_API size_t gac_sheet_model_count(const gac_sheet *sheet);

/*
 * How many billing dimensions (kinds of price) a price sheet can hold:
 * the nine of gac_price, then those added since (1-hour cache writes,
 * the Reserved tier, ...), reached by key rather than by a struct field,
 * so that a new dimension changes no public struct.
 *
 * Returns:  the count (indexes 0 to count - 1; the first GAC_PRICE_COUNT
 *           are gac_price in its order).
 */
GAC_API size_t gac_dimension_count(void);

/*
 * The key of billing dimension `index`, as the price sheet spells it:
 * "input", "cache_write_1h", "model_unit_hour.1_month",
 * "reserved.3_month".
 *
 * index:      0 to gac_dimension_count() - 1
 * Ownership:  the string is static; do not free it.
 * Returns:    the key, NULL past the count.
 */
GAC_API const char *gac_dimension_key(size_t index);

/*
 * The unit of billing dimension `index`.
 *
 * index:      0 to gac_dimension_count() - 1
 * Ownership:  the string is static; do not free it.
 * Returns:    "tokens" (per the entry's `per` tokens), "model unit hour"
 *             or "1K tokens per minute per month"; NULL past the count.
 */
GAC_API const char *gac_dimension_unit(size_t index);

/*
 * The label of billing dimension `index` in line items and messages,
 * e.g. "cache write (1 hour)".
 *
 * index:      0 to gac_dimension_count() - 1
 * Ownership:  the string is static; do not free it.
 * Returns:    the label, NULL past the count.
 */
GAC_API const char *gac_dimension_label(size_t index);

/*
 * One price of model `index` in `region`, by key: any dimension key of
 * gac_dimension_key(), or a rate card's price of a token dimension as
 * CARD.KEY, where CARD is global, priority, flex, latency_optimized or
 * long_context ("priority.output", "global.input").  Region overrides
 * of the sheet apply.
 *
 * out:        receives the price, in the entry's unit (per `per` tokens,
 *             per model unit hour, per 1K tokens per minute per month)
 * sheet:      the sheet
 * index:      0 to gac_sheet_model_count() - 1
 * region:     a region id such as "us-east-1", or NULL for the entry's
 *             base prices
 * key:        the price's key
 * Returns:    GAC_OK, or the status of the failure (*out then unchanged).
 * Errors:     GAC_ENOPRICE when the model has no such price there;
 *             GAC_EARG for an unknown key, a bad index or a NULL out,
 *             sheet or key.
 */
GAC_API gac_status gac_sheet_model_price(double *out, const gac_sheet *sheet, size_t index,
                                         const char *region, const char *key);

/*
 * Describe model `index` as priced in `region` (NULL: the entry's base
 * prices).  Region overrides of the sheet are applied.
 *
 * out:        set up with GAC_MODEL_INFO_INIT or gac_model_info_init
 *             (version 0 is read as 1); receives the fields of
 *             out->version
 * sheet:      the sheet
 * index:      0 to gac_sheet_model_count() - 1
 * region:     a region id such as "us-east-1", or NULL
 * Ownership:  the strings in *out belong to the sheet.
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EARG for a bad index, an out->version above
 *             GAC_MODEL_INFO_VERSION, or a NULL out or sheet.
 */
GAC_API gac_status gac_sheet_model(gac_model_info *out, const gac_sheet *sheet, size_t index,
                                   const char *region);

/*
 * Find a model by its id.
 *
 * index:    receives its index (for gac_sheet_model)
 * sheet:    the sheet
 * id:       the model id, exactly
 * Returns:  GAC_OK, or the status of the failure.
 * Errors:   GAC_EMODEL when no model has that id; GAC_EARG for a NULL
 *           argument.
 */
GAC_API gac_status gac_sheet_find(size_t *index, const gac_sheet *sheet, const char *id);

/*
 * A region model `index` is offered in.
 *
 * sheet:      the sheet
 * index:      the model's index
 * i:          0 to the model's region_count - 1
 * Ownership:  the string belongs to the sheet.
 * Returns:    the region id; NULL when either index is out of range.
 */
GAC_API const char *gac_sheet_model_region(const gac_sheet *sheet, size_t index, size_t i);

/*
 * The date AWS retired model `index` (its end of life, the sheet's
 * `retired:`).  A retired model is still priced; gac_report_models leaves
 * it out of its list, and the estimate and compare reports warn of it.
 *
 * sheet:      the sheet
 * index:      the model's index
 * Ownership:  the string belongs to the sheet.
 * Returns:    the date as YYYY-MM-DD; NULL when the model is current or
 *             the index is out of range.
 */
GAC_API const char *gac_sheet_model_retired(const gac_sheet *sheet, size_t index);

/*
 * Find a bundled or local price sheet.  A `ref` with a '/' or ending in
 * .yaml or .yml is a path (its existence is left to the loader); anything
 * else is a name looked up as NAME.yaml in each of `dirs` in turn.
 *
 * path_out:   receives the path (NULL on error)
 * ref:        a file path, or a bundled sheet name such as "aws-bedrock"
 * base_dir:   directory relative paths are taken from (NULL: current)
 * dirs:       NULL-terminated list of directories holding bundled sheets;
 *             NULL: the library's own, gac_pricing_dirs()
 * err:        may be NULL; receives detail on failure
 * Ownership:  *path_out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOTFOUND when no directory holds the name (the message
 *             names every directory searched); GAC_ENOMEM; GAC_EARG for a
 *             NULL path_out or an empty ref.
 */
GAC_API gac_status gac_sheet_resolve(char **path_out, const char *ref, const char *base_dir,
                                     const char *const *dirs, gac_error *err);

/*
 * The directory of bundled price sheets compiled into the library: the
 * installed pricing/, PRICINGDIR at build time (pkg-config --variable=
 * pricingdir genaicost), by default /usr/local/share/genaicost/pricing.
 *
 * Ownership:  the string is static: never free or change it.
 * Returns:    the directory; never NULL.
 */
GAC_API const char *gac_pricing_dir(void);

/*
 * The directories searched for a bundled sheet by name when a caller
 * passes no `dirs`: each directory of the environment variable
 * GENAICOST_PRICING_PATH (colon-separated, in order, empty entries
 * skipped), then gac_pricing_dir().  The environment is read at each call.
 *
 * dirs_out:   receives a NULL-terminated array (NULL on error)
 * err:        may be NULL; receives detail on failure
 * Ownership:  *dirs_out, its strings in the same block, belongs to the
 *             caller: release it with one gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL dirs_out.
 */
GAC_API gac_status gac_pricing_dirs(char ***dirs_out, gac_error *err);

/* ------------------------------------------------------------------ */
/* Scenarios and parameters                                             */
/* ------------------------------------------------------------------ */

/* A scenario: workloads, deployment, topology, options, budgets and the
 * uncertain inputs, every number addressable by a parameter path.
 * Opaque; made by a gac_scenario_load_* function, gac_scenario_new or
 * gac_scenario_clone and released with gac_scenario_free.  Reading one
 * from several threads is safe; changing it while another reads is not. */
typedef struct gac_scenario gac_scenario;

/*
 * Load a scenario (`genaicost: scenario/1`).  A scenario may come from
 * someone else (a pull request a CI gate prices), so the files it names,
 * an empirical distribution's `csv:` and a `pricing:` path, are read only
 * where they resolve (symbolic links and `..` followed) inside the
 * scenario's own directory, or a directory the load options allow, or
 * (for `pricing:`) a directory of bundled sheets; anything else is
 * GAC_EACCESS at the value's line and column.  These two load with the
 * rule of GAC_LOAD_OPTIONS_INIT, the scenario's directory only.  The directory of
 * a buffer is that of `name` (the current one when it has no '/').
 *
 * out:        receives the scenario (NULL on error)
 * path:       file to read
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_scenario_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EIO when a file cannot be read; GAC_ELIMIT when it is
 *             too large or deep, or has too many workloads; GAC_ESYNTAX
 *             for malformed YAML; GAC_ESCHEMA for a missing, unknown or
 *             mistyped key (an unknown parameter path included);
 *             GAC_EVALUE for a bad value; GAC_EVERSION for a newer
 *             scenario/N; GAC_EACCESS for a csv: path outside the rule;
 *             GAC_ENOTFOUND for a csv: column not found; each with the
 *             file, line and column.  GAC_ENOMEM; GAC_EARG when out or
 *             path is NULL.
 */
GAC_API gac_status gac_scenario_load_file(gac_scenario **out, const char *path, gac_error *err);
/*
 * Load a scenario from memory, as gac_scenario_load_file does a file.
 *
 * out:        receives the scenario (NULL on error)
 * data:       the YAML text; need not be NUL-terminated; not kept
 * len:        bytes of `data`
 * name:       the name used in error messages; its directory is the
 *             scenario's (see above)
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_scenario_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_scenario_load_file; GAC_EARG when out or data is NULL.
 */
GAC_API gac_status gac_scenario_load_buffer(gac_scenario **out, const char *data, size_t len,
                                            const char *name, gac_error *err);

/* Where the files a scenario names may be (see gac_scenario_load_file). */
typedef struct gac_load_options {
	unsigned version;          /* GAC_LOAD_OPTIONS_VERSION */
	const char *const *allow;  /* NULL-terminated directories a scenario's
	                            * csv: and pricing: paths may also reach;
	                            * NULL: none.  Copied by the loader. */
	unsigned flags;            /* GAC_LOAD_ANY_PATH: no rule (trusted input) */
} gac_load_options;
/* The version of gac_load_options this header declares; its initialiser
 * (the scenario's directory only); the flag that lifts the rule. */
#define GAC_LOAD_OPTIONS_VERSION 1
/* C convenience for the defaults; a binding calls gac_load_options_init. */
#define GAC_LOAD_OPTIONS_INIT {GAC_LOAD_OPTIONS_VERSION, NULL, 0u}
#define GAC_LOAD_ANY_PATH 0x1u

/*
 * Set load options to their defaults (the scenario's directory only, no
 * flags) for `version`, libgit2's *_options_init pattern: what
 * GAC_LOAD_OPTIONS_INIT gives, for callers that cannot use a C initialiser.
 *
 * opts:     the struct to set
 * version:  GAC_LOAD_OPTIONS_VERSION of the header compiled against
 * Returns:  GAC_OK, or the status of the failure (opts then unchanged).
 * Errors:   GAC_EARG for a NULL opts or a version this library does not
 *           know (0, or above GAC_LOAD_OPTIONS_VERSION).
 */
GAC_API gac_status gac_load_options_init(gac_load_options *opts, unsigned int version);

/*
 * Load a scenario as gac_scenario_load_file does, under the given rule
 * for the files it names.
 *
 * out:        receives the scenario (NULL on error)
 * path:       file to read
 * opts:       the rule; NULL or a zeroed struct (version 0): the defaults,
 *             those of gac_load_options_init
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_scenario_free().
 *             opts is only read during the call (its `allow` is copied).
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_scenario_load_file; GAC_EARG (detail in err) for an
 *             opts->version above GAC_LOAD_OPTIONS_VERSION; GAC_EACCESS
 *             for a csv: path outside the allowed directories.
 */
GAC_API gac_status gac_scenario_load_file_opts(gac_scenario **out, const char *path,
                                               const gac_load_options *opts, gac_error *err);

/*
 * The price sheet a scenario's `pricing:` names, resolved as
 * gac_sheet_resolve does from the scenario's directory, under the rule the
 * scenario was loaded with: a path must resolve inside the scenario's
 * directory, an allowed one, or one of `dirs` (the bundled sheets), and a
 * name must be found in `dirs`.  Errors are placed at the `pricing:`
 * value.  A value set by gac_scenario_set is the caller's own, and
 * is trusted; no `pricing:` at all is "aws-bedrock".
 *
 * path_out:   receives the path of the sheet (NULL on error)
 * scenario:   the scenario
 * dirs:       NULL-terminated directories of bundled sheets; NULL: the
 *             library's own, gac_pricing_dirs()
 * err:        may be NULL; receives detail on failure
 * Ownership:  *path_out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EACCESS (outside), GAC_ENOTFOUND (no such name), GAC_EIO
 *             (no such file); GAC_ENOMEM; GAC_EARG when path_out or
 *             scenario is NULL.
 */
GAC_API gac_status gac_scenario_sheet_resolve(char **path_out, const gac_scenario *scenario,
                                              const char *const *dirs, gac_error *err);

/*
 * An empty scenario (no workloads, defaults everywhere), for building one
 * in code.  Its directory is the current one.
 *
 * out:        receives the scenario (NULL on error)
 * name:       its name; may be NULL (an empty name)
 * Ownership:  *out belongs to the caller; free it with gac_scenario_free().
 *             name is copied.
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG when out is NULL.
 */
GAC_API gac_status gac_scenario_new(gac_scenario **out, const char *name);

/*
 * Deep copy, so an analysis can change parameters and keep the original.
 *
 * out:        receives the copy (NULL on error)
 * scenario:   the scenario to copy, options included
 * Ownership:  *out belongs to the caller; free it with gac_scenario_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG when out or scenario is NULL.
 */
GAC_API gac_status gac_scenario_clone(gac_scenario **out, const gac_scenario *scenario);

/*
 * Free a scenario and everything it owns.
 *
 * scenario:   the scenario; NULL does nothing
 * Ownership:  takes `scenario`; strings read from it become invalid.
 */
GAC_API void gac_scenario_free(gac_scenario *scenario);

/*
 * Add a workload with default inputs; set them with gac_scenario_set.
 * The scenario's hash is extended by it.
 *
 * scenario:   the scenario to change
 * name:       unique within the scenario, made of [A-Za-z0-9_-]
 * model:      a model id of the sheet, or "custom:NAME"
 * Ownership:  name and model are copied.
 * Returns:    GAC_OK, or the status of the failure (scenario unchanged).
 * Errors:     GAC_EVALUE for a name taken or not made of those characters;
 *             GAC_ELIMIT past the limit of workloads; GAC_ENOMEM; GAC_EARG
 *             for a NULL argument.
 */
GAC_API gac_status gac_scenario_add_workload(gac_scenario *scenario, const char *name,
                                             const char *model);

/*
 * The scenario's `name:`.
 *
 * scenario:   the scenario
 * Ownership:  the string belongs to the scenario.
 * Returns:    the name, "" when it has none; NULL for a NULL scenario.
 */
GAC_API const char *gac_scenario_name(const gac_scenario *scenario);
/*
 * The `pricing:` reference (sheet name or path), NULL when absent.
 *
 * scenario:   the scenario
 * Ownership:  the string belongs to the scenario and lives until the
 *             parameter `pricing` is set.
 * Returns:    the reference as written; NULL when absent or for NULL.
 */
GAC_API const char *gac_scenario_pricing(const gac_scenario *scenario);
/*
 * Directory of the scenario file ("." for buffers and new scenarios).
 *
 * scenario:   the scenario
 * Ownership:  the string belongs to the scenario.
 * Returns:    the directory; NULL for a NULL scenario.
 */
GAC_API const char *gac_scenario_dir(const gac_scenario *scenario);
/*
 * The path the scenario was loaded from (the `name` of a buffer).
 *
 * scenario:   the scenario
 * Ownership:  the string belongs to the scenario.
 * Returns:    the path, "" for a new scenario; NULL for a NULL one.
 */
GAC_API const char *gac_scenario_path(const gac_scenario *scenario);
/*
 * FNV-1a 64-bit hash, 16 hex digits, of the file's bytes, extended by
 * every gac_scenario_set and gac_scenario_add_workload made since (a
 * --set shows in it; the analyses' own changes do not).
 *
 * scenario:   the scenario
 * Ownership:  the string belongs to the scenario and changes with it.
 * Returns:    the hash; NULL for a NULL scenario.
 */
GAC_API const char *gac_scenario_hash(const gac_scenario *scenario);
/*
 * How many workloads the scenario has.
 *
 * scenario:  the scenario
 * Returns:   the count; 0 for a NULL scenario.
 */
GAC_API size_t gac_scenario_workload_count(const gac_scenario *scenario);
/*
 * The name of workload `i`.
 *
 * scenario:   the scenario
 * i:          0 to gac_scenario_workload_count() - 1
 * Ownership:  the string belongs to the scenario.
 * Returns:    the name; NULL when i is out of range.
 */
GAC_API const char *gac_scenario_workload_name(const gac_scenario *scenario, size_t i);
/*
 * The model id of workload `i`.
 *
 * scenario:   the scenario
 * i:          0 to gac_scenario_workload_count() - 1
 * Ownership:  the string belongs to the scenario and lives until the
 *             workload's model is set.
 * Returns:    the model id; NULL when i is out of range.
 */
GAC_API const char *gac_scenario_workload_model(const gac_scenario *scenario, size_t i);

/*
 * Parameters.  Every input of a scenario has a dotted path:
 *   hours_per_month, region, pricing,
 *   deployment.mode, deployment.commitment, deployment.model_units,
 *   deployment.overflow, workloads.NAME.deployment.* (a workload's own,
 *   the scenario's deployment.* while unset),
 *   workloads.NAME.FIELD (requests_per_month, input_tokens, ...).
 * Enumerations (deployment.mode, ...) read as their index in the list of
 * allowed values; text parameters (region, workloads.NAME.model) have no
 * numeric value.
 */

/*
 * Set a parameter from text, parsed as the parameter expects (number with
 * suffixes, fraction with %, enumeration name, or text), and validated
 * like a loaded value.  The scenario's hash is extended by it.
 *
 * scenario:   the scenario to change
 * path:       the parameter path
 * value:      the value as text
 * err:        may be NULL; receives detail on failure
 * Ownership:  path and value are copied where kept.
 * Returns:    GAC_OK, or the status of the failure (scenario unchanged).
 * Errors:     GAC_EPARAM for an unknown path (the message suggests a
 *             near one); GAC_EVALUE for a value the parameter refuses;
 *             GAC_ENOMEM; GAC_EARG for a NULL scenario, path or value.
 */
GAC_API gac_status gac_scenario_set(gac_scenario *scenario, const char *path, const char *value,
                                    gac_error *err);
/*
 * Set a numeric parameter; validated like a loaded value.
 *
 * scenario:  the scenario to change
 * path:      the parameter path
 * value:     the value (an enumeration's index for an enumeration)
 * err:       may be NULL; receives detail on failure
 * Returns:   GAC_OK, or the status of the failure (scenario unchanged).
 * Errors:    GAC_EPARAM for an unknown or text parameter; GAC_EVALUE for a
 *            value out of its range (or not whole for a count); GAC_ENOMEM;
 *            GAC_EARG for a NULL scenario or path.
 */
GAC_API gac_status gac_scenario_set_number(gac_scenario *scenario, const char *path, double value,
                                           gac_error *err);
/*
 * Read a numeric parameter's current value, defaults included.
 *
 * out:       receives the value
 * scenario:  the scenario
 * path:      the parameter path
 * Returns:   GAC_OK, or the status of the failure.
 * Errors:    GAC_EPARAM for unknown or text parameters; GAC_EARG for a
 *            NULL argument.
 */
GAC_API gac_status gac_scenario_get_number(double *out, const gac_scenario *scenario,
                                           const char *path);

/*
 * Read any parameter as text: numbers in shortest exact form, enumerations
 * by name, text parameters as they are.
 *
 * out:        receives the text (NULL on error)
 * scenario:   the scenario
 * path:       the parameter path
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EPARAM for an unknown path; GAC_ENOMEM; GAC_EARG for a
 *             NULL argument.
 */
GAC_API gac_status gac_scenario_get_text(char **out, const gac_scenario *scenario, const char *path);

/*
 * How many text parameters the scenario has (region, pricing,
 * topology.regions, each workload's model, each service's service id, ...).
 *
 * scenario:  the scenario
 * Returns:   the count; 0 for a NULL scenario.
 */
GAC_API size_t gac_scenario_text_param_count(const gac_scenario *scenario);
/*
 * The path of text parameter `i`.
 *
 * out:        receives the path (NULL on error)
 * scenario:   the scenario
 * i:          0 to gac_scenario_text_param_count() - 1
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EARG for i out of range or a NULL argument; GAC_ENOMEM.
 */
GAC_API gac_status gac_scenario_text_param_path(char **out, const gac_scenario *scenario, size_t i);

/*
 * How many numeric parameters the scenario has.
 *
 * scenario:  the scenario
 * Returns:   the count; 0 for a NULL scenario.
 */
GAC_API size_t gac_scenario_param_count(const gac_scenario *scenario);
/*
 * The path of numeric parameter `i`.
 *
 * scenario:   the scenario
 * i:          0 to gac_scenario_param_count() - 1
 * Ownership:  the string belongs to the scenario and lives until its
 *             workloads change.
 * Returns:    the path; NULL when i is out of range.
 */
GAC_API const char *gac_scenario_param_path(const gac_scenario *scenario, size_t i);

/*
 * Whether the numeric parameter at `path` was given (in the scenario file,
 * by gac_scenario_set or by an option) rather than left at its default.
 *
 * scenario:   the scenario
 * path:       the parameter path
 * meaning:    may be NULL; receives, for an unset parameter, what its
 *             default stands for where that is not simply the value it
 *             reads as (deployment.model_unit_input_tpm reads 0: "the model
 *             unit's capacity from the price sheet"; a workload's
 *             deployment.* reads the scenario's), else NULL
 * Ownership:  *meaning is static.
 * Returns:    1 if set; 0 if unset, for an unknown path or a NULL argument.
 */
GAC_API int gac_scenario_is_set(const gac_scenario *scenario, const char *path, const char **meaning);

/*
 * How many options (named variants declared under `options:`, each a set
 * of parameter overrides) the scenario declares.  "baseline", the
 * scenario as written, is not counted.
 *
 * scenario:  the scenario
 * Returns:   the count; 0 for a NULL scenario.
 */
GAC_API size_t gac_scenario_option_count(const gac_scenario *scenario);
/*
 * The name of option `i`, in file order.
 *
 * scenario:   the scenario
 * i:          0 to gac_scenario_option_count() - 1
 * Ownership:  the string belongs to the scenario.
 * Returns:    the name; NULL when i is out of range.
 */
GAC_API const char *gac_scenario_option_name(const gac_scenario *scenario, size_t i);

/*
 * Add an option in code: `count` overrides of paths[i] to values[i].
 * Checked at once; on failure the scenario is unchanged.
 *
 * scenario:   the scenario to change
 * name:       the option's name, unique, made of [A-Za-z0-9_-]
 * paths:      `count` parameter paths
 * values:     `count` values as text, as gac_scenario_set takes them
 * count:      overrides; 0 for an option equal to the baseline
 * err:        may be NULL; receives detail on failure
 * Ownership:  name, paths and values are copied.
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for a bad or taken name or a value refused;
 *             GAC_EPARAM for an unknown path; GAC_ENOMEM; GAC_EARG for a
 *             NULL scenario or name, or NULL paths or values with count > 0.
 */
GAC_API gac_status gac_scenario_add_option(gac_scenario *scenario, const char *name,
                                           const char *const *paths, const char *const *values,
                                           size_t count, gac_error *err);

/*
 * A copy of the scenario with option `name` applied ("baseline": an
 * unchanged copy).  The copy has no options of its own: it costs the
 * scenario's size without them.
 *
 * out:        receives the copy (NULL on error)
 * scenario:   the scenario
 * name:       an option's name, or "baseline"
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_scenario_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EPARAM when no option has that name; GAC_ENOMEM; GAC_EARG
 *             for a NULL argument.
 */
GAC_API gac_status gac_scenario_with_option(gac_scenario **out, const gac_scenario *scenario,
                                            const char *name, gac_error *err);

/* ------------------------------------------------------------------ */
/* Estimates                                                            */
/* ------------------------------------------------------------------ */

/* One priced line: cost = quantity * unit_price, exactly.  Strings belong
 * to the result the line came from. */
typedef struct gac_line {
	const char *workload;    /* workload name; shared items (provisioned
	                          * throughput) join the names with commas */
	const char *model;       /* model id */
	const char *component;   /* e.g. "input tokens", "provisioned throughput" */
	double quantity;         /* in `unit`s */
	const char *unit;        /* e.g. "1K tokens", "image", "model-unit hour" */
	double unit_price;       /* currency per unit */
	double cost;             /* currency per period */
	const char *formula;     /* how quantity and price were derived */
	double one_time;         /* a one-time amount this line spreads over months
	                          * (training, set-up); 0 for a running cost */
	double every_months;     /* the one-time amount recurs this often; 0: once */
	double list_price;       /* the sheet's unit price before the scenario's
	                          * pricing_overrides; unit_price when none apply */
} gac_line;

/* A priced scenario: line items, totals, the provisioned throughput and
 * the topology.  Opaque; made by gac_estimate, released with
 * gac_result_free (results owned by a comparison, snapshot or check are
 * released with it). */
typedef struct gac_result gac_result;

/*
 * Price a scenario with a sheet: every line item with its formula.
 *
 * out:        receives the result (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet; only read
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_result_free().
 *             It does not refer to the scenario or sheet afterwards.
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ESCHEMA (the scenario has no workloads, or lacks what
 *             pricing needs: a workload's request rate, input_tokens or
 *             output_tokens, a customization's base_model or a field of
 *             its kind, the customization a workload names), GAC_EMODEL
 *             (unknown model), GAC_EREGION (model not offered in the
 *             region), GAC_ENOPRICE (no price for what is used),
 *             GAC_ESERVICE (unknown service id), GAC_EVALUE (inputs that
 *             cannot be priced together) or GAC_ERANGE (a figure not
 *             finite), with detail in `err`; GAC_ENOMEM; GAC_EARG for a
 *             NULL out, scenario or sheet.
 */
GAC_API gac_status gac_estimate(gac_result **out, const gac_scenario *scenario,
                                const gac_sheet *sheet, gac_error *err);

/*
 * The total alone, without line texts: what analyses that price a scenario
 * thousands of times call.  Same figure as gac_estimate's, bit for bit.
 *
 * total:     receives the monthly total billed
 * scenario:  the scenario
 * sheet:     the price sheet
 * err:       may be NULL; receives detail on failure
 * Returns:   GAC_OK, or the status of the failure.
 * Errors:    as gac_estimate; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_estimate_total(double *total, const gac_scenario *scenario,
                                      const gac_sheet *sheet, gac_error *err);

/* A workspace for estimates in a loop (GSL style): with it,
 * gac_estimate_total_ws allocates nothing once the workspace has grown.
 * Opaque; one per thread. */
typedef struct gac_workspace gac_workspace;
/*
 * Make an empty workspace.
 *
 * out:        receives the workspace
 * Ownership:  *out belongs to the caller; free it with gac_workspace_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG when out is NULL.
 */
GAC_API gac_status gac_workspace_new(gac_workspace **out);
/*
 * Free a workspace.
 *
 * workspace:  the workspace; NULL does nothing
 * Ownership:  takes `workspace`.
 */
GAC_API void gac_workspace_free(gac_workspace *workspace);
/*
 * gac_estimate_total, reusing the memory of a workspace.
 *
 * total:      receives the monthly total billed
 * scenario:   the scenario
 * sheet:      the price sheet
 * workspace:  from gac_workspace_new; not used by another thread meanwhile
 * err:        may be NULL; receives detail on failure
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_estimate; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_estimate_total_ws(double *total, const gac_scenario *scenario, const gac_sheet *sheet,
                                         gac_workspace *workspace, gac_error *err);

/*
 * Free a result and its lines.
 *
 * result:     the result; NULL does nothing
 * Ownership:  takes `result`; lines, strings and structs read from it
 *             become invalid.
 */
GAC_API void gac_result_free(gac_result *result);
/*
 * What the provider bills a month: the sum of the line items.  The
 * expected outage cost of a topology is no line item and is not in it.
 *
 * result:   the result
 * Returns:  the total in the result's currency; 0 for NULL.
 */
GAC_API double gac_result_total(const gac_result *result);
/*
 * The expected outage cost a month (expected downtime hours × the
 * scenario's topology.downtime_cost_per_hour): a risk no provider bills.
 *
 * result:   the result
 * Returns:  the cost; 0 when the scenario prices no downtime, and for NULL.
 */
GAC_API double gac_result_expected_outage_cost(const gac_result *result);
/*
 * The risk-adjusted total: gac_result_total + gac_result_expected_outage_cost.
 *
 * result:   the result
 * Returns:  the sum; 0 for NULL.
 */
GAC_API double gac_result_risk_adjusted_total(const gac_result *result);
/*
 * Whether the result was priced with the scenario's pricing_overrides
 * (negotiated discounts and private prices): then each line's unit_price
 * is the price billed and its list_price the sheet's.
 *
 * result:   the result
 * Returns:  1 when priced with overrides, 0 when not and for NULL.
 */
GAC_API int gac_result_has_overrides(const gac_result *result);
/*
 * What the line items would cost at the sheet's list prices: the sum of
 * quantity × list_price.  gac_result_total less this is the negotiated
 * saving (0 without overrides).
 *
 * result:   the result
 * Returns:  the list total in the result's currency; 0 for NULL.
 */
GAC_API double gac_result_list_total(const gac_result *result);
/*
 * The expected outage cost as a line (quantity in downtime hours, unit
 * price the downtime cost per hour, its formula).
 *
 * result:     the result
 * Ownership:  the line belongs to the result.
 * Returns:    the line; NULL when the scenario prices no downtime.
 */
GAC_API const gac_line *gac_result_outage_line(const gac_result *result);
/*
 * How many line items the result has.
 *
 * result:   the result
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_result_line_count(const gac_result *result);
/*
 * Line item `i`, in the order the engine priced them.
 *
 * result:     the result
 * i:          0 to gac_result_line_count() - 1
 * Ownership:  the line belongs to the result.
 * Returns:    the line; NULL when out of range.
 */
GAC_API const gac_line *gac_result_line(const gac_result *result, size_t i);
/*
 * The currency of the result's figures (the sheet's).
 *
 * result:     the result
 * Ownership:  the string belongs to the result.
 * Returns:    the ISO 4217 code; NULL for NULL.
 */
GAC_API const char *gac_result_currency(const gac_result *result);
/*
 * The hours of the month priced (the scenario's hours_per_month).
 *
 * result:   the result
 * Returns:  the hours; 0 for NULL.
 */
GAC_API double gac_result_hours(const gac_result *result);
/*
 * Total cost of ownership month by month: running costs every month, and
 * each one-time amount (instead of its monthly share) in month 1 and again
 * every `every_months`.
 *
 * cumulative:  receives `months` figures: cumulative[m] is the total of
 *              months 1..m+1
 * months:      how many months
 * result:      the result
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_ERANGE when the sum overflows (the figures are then not
 *              finite); GAC_EARG for a NULL cumulative or result.
 */
GAC_API gac_status gac_result_tco(double *cumulative, size_t months, const gac_result *result);

/*
 * What a result's committed provisioned throughput still owes after
 * `months` months: each commitment bought in month 1 and renewed every term
 * to run through month `months` bills its whole last term, so it owes
 * monthly cost × (ceil(months ÷ term) × term − months).
 *
 * result:   the result
 * months:   months run
 * Returns:  the amount; 0 without a commitment (and for NULL).
 */
GAC_API double gac_result_owed_after(const gac_result *result, size_t months);

/*
 * Primary region the estimate was priced in.
 *
 * result:     the result
 * Ownership:  the string belongs to the result.
 * Returns:    the region id; NULL for NULL.
 */
GAC_API const char *gac_result_region(const gac_result *result);

/* What a provisioned throughput buys, one per model in provisioned mode.
 * Figures that need a model unit's capacity are NAN when it is unknown
 * (AWS does not publish it: it comes from the sheet or the scenario).
 * Strings belong to the result.
 *
 * model:                the model id
 * output_tpm_per_unit:  output capacity assumed, NAN if unknown
 * monthly_cost:         what the units cost a month
 */
typedef struct gac_provisioned {
	const char *model;
	const char *workloads;       /* the workloads sharing it, comma-joined */
	double units;                /* model units billed */
	double units_needed;         /* sized from the peak load, NAN if unknown */
	const char *capacity_source; /* where the capacity comes from: the sheet's
	                              * capacity_source, "scenario", or NULL */
	double input_tpm_per_unit;   /* capacity assumed, NAN if unknown */
	double output_tpm_per_unit;
	double peak_input_tpm;       /* combined peak load, tokens per minute */
	double peak_output_tpm;      /* output tokens × burndown */
	double utilisation;          /* average load the units carry (overflow,
	                              * throttled or on demand, not counted) over
	                              * capacity billed, NAN if unknown */
	double tokens_per_month;     /* input + output tokens served: throttled
	                              * ones (under_capacity: overflow_input_tokens
	                              * + overflow_output_tokens) not counted */
	double monthly_cost;
	double effective_per_1m;     /* (monthly cost + overflow_cost) per 1M tokens
	                              * served, NAN if none */
	double term_months;          /* 0 (no commitment), 1 or 6 */
	double locked_in;            /* monthly cost × term months: owed even if usage falls */
	int under_capacity;          /* 1 when the units carrying the load are fewer
	                              * than units_needed and the load beyond them
	                              * is not served (throttled) */
	/* Load above the units (deployment.overflow).  The overflow share is
	 * the share of each workload's month above what the units carrying
	 * the load serve at the peak, on the binding dimension:
	 *   max(0, 1 − units × capacity per unit ÷ peak tokens/min)
	 * an upper bound (exact for a flat load, peak_to_average 1). */
	int overflow_on_demand;      /* 1: served at on-demand rates; 0: throttled */
	double overflow_share;       /* 0 when the units carry the peak */
	double overflow_input_tokens;  /* a month: share × input tokens */
	double overflow_output_tokens; /* a month: share × output tokens (no burndown) */
	double overflow_cost;        /* on-demand cost of them; 0 when throttled */
	const char *formula;         /* how each figure is derived from the
	                              * scenario's numbers (for --explain); NULL
	                              * from the analyses' quiet estimates */
	int load_unknown;            /* 1 when no workload on it gives its request
	                              * rate (a quick estimate of units alone): the
	                              * units are billed, units_needed is NAN and
	                              * under_capacity 0 (no capacity verdict) */
	int reserved;                /* 1: a Reserved-tier reservation (deployment.mode:
	                              * reserved): units 1, input_tpm_per_unit and
	                              * output_tpm_per_unit the tokens per minute
	                              * reserved, billed by the month; term_months 1
	                              * or 3; its overflow goes on demand */
} gac_provisioned;

/* The topology an estimate was priced for, and the availability it buys.
 *
 * regions:         how many regions it runs in
 * azs_per_region:  availability zones used in each
 */
typedef struct gac_topology_info {
	const char *strategy;        /* single, multi-az, active-passive, active-active */
	size_t regions;
	double azs_per_region;
	double availability;         /* fraction; NAN when no figures are known */
	double downtime_hours;       /* expected per month, NAN when unknown */
} gac_topology_info;

/*
 * The topology the result was priced for.
 *
 * result:     the result
 * Ownership:  the struct belongs to the result (a static one for NULL).
 * Returns:    the topology; never NULL (a single region for NULL).
 */
GAC_API const gac_topology_info *gac_result_topology(const gac_result *result);

/*
 * How many provisioned throughputs the result prices (one per model in
 * provisioned mode).
 *
 * result:   the result
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_result_provisioned_count(const gac_result *result);
/*
 * Provisioned throughput `i`.
 *
 * result:     the result
 * i:          0 to gac_result_provisioned_count() - 1
 * Ownership:  the struct belongs to the result.
 * Returns:    the entry; NULL when out of range.
 */
GAC_API const gac_provisioned *gac_result_provisioned(const gac_result *result, size_t i);

/*
 * Whether a result is under capacity: some provisioned throughput it
 * prices has fewer model units than its peak load needs, and the load
 * beyond them is not served.  Such an option does not carry the load, so
 * no analysis recommends it as the cheapest.
 *
 * result:   the result
 * needed:   may be NULL; receives the units needed of the first entry under
 *           capacity (NAN when none is)
 * Returns:  1 when under capacity, 0 otherwise (and for NULL).
 */
GAC_API int gac_result_under_capacity(const gac_result *result, double *needed);

/* ------------------------------------------------------------------ */
/* Comparisons                                                          */
/* ------------------------------------------------------------------ */

/* The baseline and every option of a scenario, each priced.  Opaque; made
 * by gac_compare, released with gac_comparison_free. */
typedef struct gac_comparison gac_comparison;

/*
 * Price the baseline and every option of a scenario.
 * Entry 0 is "baseline", then the options in file order.
 *
 * out:        receives the comparison (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet; only read
 * err:        may be NULL; receives detail of the first entry that fails
 * Ownership:  *out belongs to the caller; free it with
 *             gac_comparison_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_estimate, for any entry; GAC_ENOMEM; GAC_EARG for a
 *             NULL out, scenario or sheet.
 */
GAC_API gac_status gac_compare(gac_comparison **out, const gac_scenario *scenario,
                               const gac_sheet *sheet, gac_error *err);
/*
 * Free a comparison and the results it holds.
 *
 * comparison:  the comparison; NULL does nothing
 * Ownership:   takes `comparison`; results and names read from it become
 *              invalid.
 */
GAC_API void gac_comparison_free(gac_comparison *comparison);
/*
 * How many entries the comparison has (1 + the options).
 *
 * comparison:  the comparison
 * Returns:     the count; 0 for NULL.
 */
GAC_API size_t gac_comparison_count(const gac_comparison *comparison);
/*
 * The name of entry `i`: "baseline" or an option's.
 *
 * comparison:  the comparison
 * i:           0 to gac_comparison_count() - 1
 * Ownership:   the string belongs to the comparison.
 * Returns:     the name; NULL when out of range.
 */
GAC_API const char *gac_comparison_name(const gac_comparison *comparison, size_t i);
/*
 * The estimate of entry `i`.
 *
 * comparison:  the comparison
 * i:           0 to gac_comparison_count() - 1
 * Ownership:   the result belongs to the comparison: do not free it.
 * Returns:     the result; NULL when out of range.
 */
GAC_API const gac_result *gac_comparison_result(const gac_comparison *comparison, size_t i);
/*
 * Index of the cheapest entry that carries its load (the first of equals):
 * an entry under capacity (gac_result_under_capacity) is never the
 * cheapest.
 *
 * comparison:  the comparison
 * Returns:     the index; SIZE_MAX when no entry carries the load (or for
 *              NULL).
 */
GAC_API size_t gac_comparison_cheapest(const gac_comparison *comparison);
/*
 * Index of the entry of lowest risk-adjusted total (billed + expected
 * outage cost; the first of equals) among those whose provisioned units
 * carry the load.
 *
 * comparison:  the comparison
 * Returns:     the index; gac_comparison_count() when none carries the load.
 */
GAC_API size_t gac_comparison_lowest_risk_adjusted(const gac_comparison *comparison);

/* ------------------------------------------------------------------ */
/* Differences between two estimates                                    */
/* ------------------------------------------------------------------ */

/* One line item matched across two estimates by workload, model and
 * component.  Strings belong to the results compared.  Read through
 * gac_deltas_at (fields may be appended: see "Struct policy" in
 * libgenaicost(3)).
 *
 * workload, model, component, unit:  as in the gac_line matched
 * old_quantity, new_quantity:        the line's quantity on each side; 0
 *                                    where it is absent
 */
typedef struct gac_delta {
	const char *workload, *model, *component, *unit;
	double old_cost, new_cost;      /* 0 on the side where the line is absent */
	double old_quantity, new_quantity;
	int added, removed;             /* only in the new / only in the old */
} gac_delta;

/* The deltas of two estimates, a list read with gac_deltas_count and
 * gac_deltas_at.  Opaque; made by gac_result_diff, released with
 * gac_deltas_free. */
typedef struct gac_deltas gac_deltas;

/*
 * Match the lines of two estimates, in the old estimate's order then the
 * lines only the new one has.
 *
 * out:         receives the list (NULL on error)
 * old_result:  the estimate before
 * new_result:  the estimate after
 * Ownership:   *out belongs to the caller; free it with gac_deltas_free().
 *              Its strings belong to the two results, which must outlive
 *              it.
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_ENOMEM; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_result_diff(gac_deltas **out, const gac_result *old_result,
                                   const gac_result *new_result);
/*
 * How many deltas a list holds.
 *
 * deltas:   the list
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_deltas_count(const gac_deltas *deltas);
/*
 * Delta `i`.
 *
 * deltas:     the list
 * i:          0 to gac_deltas_count() - 1
 * Ownership:  the struct belongs to the list, its strings to the results.
 * Returns:    the delta; NULL when out of range or for NULL.
 */
GAC_API const gac_delta *gac_deltas_at(const gac_deltas *deltas, size_t i);
/*
 * Release a list of deltas.
 *
 * deltas:     the list; NULL does nothing
 * Ownership:  takes `deltas`; deltas read from it become invalid.
 */
GAC_API void gac_deltas_free(gac_deltas *deltas);

/* ------------------------------------------------------------------ */
/* Snapshots: priced options and what they were computed from           */
/* ------------------------------------------------------------------ */

/* What a snapshot was computed from.  Strings belong to the snapshot.
 *
 * scenario_name, scenario_hash:  the scenario's name and hash
 * pricing_name, pricing_as_of, pricing_hash:  the price sheet's name, date
 *                                and hash
 * currency:                      the currency of the figures
 */
typedef struct gac_provenance {
	const char *kind;            /* "scenario" when priced now, else the saved
	                              * report's tag: "report/1", "compare/1", "check/1" */
	const char *source;          /* the scenario or report file */
	const char *scenario_name, *scenario_hash;
	const char *pricing_name, *pricing_as_of, *pricing_hash;
	const char *currency;
} gac_provenance;

/* Priced options (the baseline and each option) with what they were
 * computed from: priced now, or read back from a saved JSON report.
 * Opaque; released with gac_snapshot_free. */
typedef struct gac_snapshot gac_snapshot;

/*
 * Price the baseline and every option of a scenario (entry 0 is
 * "baseline", then the options in file order), keeping the inputs.
 *
 * out:        receives the snapshot (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet; only read
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_snapshot_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_compare; GAC_ENOMEM; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_snapshot_price(gac_snapshot **out, const gac_scenario *scenario,
                                      const gac_sheet *sheet, gac_error *err);

/*
 * Read a saved JSON report back: an estimate (report/1, one entry named
 * "baseline"), a comparison (compare/1) or a check (check/1), one entry
 * per option.  Line costs and totals are taken as written and checked.
 *
 * out:        receives the snapshot (NULL on error)
 * path:       the report file
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_snapshot_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for a cost that is not quantity × unit price, or
 *             a total its lines do not add to (the file was changed);
 *             GAC_ESYNTAX for malformed JSON; GAC_ESCHEMA for a missing or
 *             mistyped field; GAC_EVERSION for a newer report version;
 *             each with the file, line and column.  GAC_EIO when it cannot
 *             be read; GAC_ELIMIT when too large; GAC_ENOMEM; GAC_EARG
 *             when out or path is NULL.
 */
GAC_API gac_status gac_snapshot_load_file(gac_snapshot **out, const char *path, gac_error *err);
/*
 * Read a saved JSON report from memory, as gac_snapshot_load_file does.
 *
 * out:        receives the snapshot (NULL on error)
 * data:       the JSON text; need not be NUL-terminated; not kept
 * len:        bytes of `data`
 * name:       the name used in error messages and the provenance
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_snapshot_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_snapshot_load_file, GAC_EIO aside; GAC_EARG when out
 *             or data is NULL.
 */
GAC_API gac_status gac_snapshot_load_buffer(gac_snapshot **out, const char *data, size_t len,
                                            const char *name, gac_error *err);
/*
 * Free a snapshot and its entries.
 *
 * snapshot:   the snapshot; NULL does nothing
 * Ownership:  takes `snapshot`; results, names and provenance read from it
 *             become invalid.
 */
GAC_API void gac_snapshot_free(gac_snapshot *snapshot);
/*
 * What the snapshot was computed from.
 *
 * snapshot:   the snapshot
 * Ownership:  the struct and its strings belong to the snapshot.
 * Returns:    the provenance; NULL for NULL.
 */
GAC_API const gac_provenance *gac_snapshot_provenance(const gac_snapshot *snapshot);
/*
 * How many entries the snapshot holds.
 *
 * snapshot:  the snapshot
 * Returns:   the count; 0 for NULL.
 */
GAC_API size_t gac_snapshot_count(const gac_snapshot *snapshot);
/*
 * The name of entry `i`: "baseline" or an option's.
 *
 * snapshot:   the snapshot
 * i:          0 to gac_snapshot_count() - 1
 * Ownership:  the string belongs to the snapshot.
 * Returns:    the name; NULL when out of range.
 */
GAC_API const char *gac_snapshot_name(const gac_snapshot *snapshot, size_t i);
/*
 * Entry `i` as an estimate (a read-back one has lines and a total, no
 * provisioned or topology detail).
 *
 * snapshot:   the snapshot
 * i:          0 to gac_snapshot_count() - 1
 * Ownership:  the result belongs to the snapshot: do not free it.
 * Returns:    the result; NULL when out of range.
 */
GAC_API const gac_result *gac_snapshot_result(const gac_snapshot *snapshot, size_t i);
/*
 * Find an entry by name.
 *
 * snapshot:  the snapshot
 * name:      "baseline" or an option's name
 * Returns:   its index; gac_snapshot_count() when none is called `name`.
 */
GAC_API size_t gac_snapshot_find(const gac_snapshot *snapshot, const char *name);

/*
 * Whether the snapshot holds the inputs it was computed from: always when
 * priced now, and when the saved report has "inputs".
 *
 * snapshot:  the snapshot
 * Returns:   1 when it does; 0 otherwise and for NULL.
 */
GAC_API int gac_snapshot_has_inputs(const gac_snapshot *snapshot);

/* An input that differs between two snapshots.  A workload, option or
 * other named entry only one side has is one change with the entry's
 * path (workloads.NAME) and both values NULL.  Strings belong to the
 * list (gac_input_changes); read through gac_input_changes_at: fields may
 * be appended (see "Struct policy" in libgenaicost(3)). */
typedef struct gac_input_change {
	const char *path;            /* workloads.chat.output_tokens, region, pricing.as_of, ... */
	const char *old_value, *new_value; /* as text (gac_scenario_get_text); NULL where absent */
	int added, removed;          /* only in the new / only in the old */
} gac_input_change;

/* The input changes of two snapshots, a list read with
 * gac_input_changes_count and gac_input_changes_at.  Opaque; made by
 * gac_snapshot_input_changes, released with gac_input_changes_free. */
typedef struct gac_input_changes gac_input_changes;

/*
 * The inputs that differ, old -> new: the price sheet's name, as_of and
 * hash (pricing.name, ...), and when both snapshots hold inputs, every
 * parameter (gac_scenario_param_path and gac_scenario_text_param_path)
 * and each option's overrides (options.NAME.PATH), in the old side's
 * order, then what only the new side has.  Budget thresholds are what a
 * check judges, not inputs, and are left out.
 *
 * out:           receives the list, empty when nothing differs (NULL on
 *                error)
 * old_snapshot:  the snapshot before
 * new_snapshot:  the snapshot after
 * Ownership:     *out and its strings belong to the caller: free them with
 *                gac_input_changes_free().
 * Returns:       GAC_OK, or the status of the failure.
 * Errors:        GAC_ENOMEM; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_snapshot_input_changes(gac_input_changes **out, const gac_snapshot *old_snapshot,
                                              const gac_snapshot *new_snapshot);
/*
 * How many changes a list holds.
 *
 * changes:  the list
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_input_changes_count(const gac_input_changes *changes);
/*
 * Change `i`.
 *
 * changes:    the list
 * i:          0 to gac_input_changes_count() - 1
 * Ownership:  the struct and its strings belong to the list.
 * Returns:    the change; NULL when out of range or for NULL.
 */
GAC_API const gac_input_change *gac_input_changes_at(const gac_input_changes *changes, size_t i);
/*
 * Release a list of input changes and its strings.
 *
 * changes:    the list; NULL does nothing
 * Ownership:  takes `changes`; changes read from it become invalid.
 */
GAC_API void gac_input_changes_free(gac_input_changes *changes);

/*
 * Check that a baseline was computed from a scenario of the scenario's
 * name, before a check or diff compares them.
 *
 * baseline:  the saved snapshot
 * scenario:  the scenario judged now
 * err:       may be NULL; receives detail on failure
 * Returns:   GAC_OK when the names agree, or the status of the failure.
 * Errors:    GAC_EVALUE naming both, at the baseline's scenario.name;
 *            GAC_EARG for a NULL baseline or scenario.
 */
GAC_API gac_status gac_snapshot_same_scenario(const gac_snapshot *baseline, const gac_scenario *scenario,
                                              gac_error *err);

/*
 * A workload's share of an estimate: the lines it owns, plus in full
 * the lines it shares with other workloads (a provisioned throughput
 * serving several), so a workload is never judged on less than it may
 * cost.
 *
 * result:    the estimate
 * workload:  the workload's name
 * Returns:   the share; 0 for a workload with no lines (or NULL).
 */
GAC_API double gac_result_workload_share(const gac_result *result, const char *workload);

/* ------------------------------------------------------------------ */
/* Sensitivity                                                          */
/* ------------------------------------------------------------------ */

/* The effect on the total of moving one input down and up.
 *
 * total_low, total_high:  the total billed with the input at low, at high
 * slope:       d total / d input at the value as written: the exact
 *              derivative of the scenario's compiled evaluation plan
 *              (through drivers and expressions); NAN where the plan
 *              cannot say (the input is a step of the bill, such as a
 *              mode, a count of model units or a reservation's size)
 * elasticity:  slope × value / total: the percent the total moves for a
 *              1% rise of the input; NAN with slope, or at a total of 0
 */
typedef struct gac_sensitivity_item {
	const char *path;        /* belongs to the result */
	double value, low, high; /* the input as written, moved down, moved up */
	double total_low, total_high;
	double swing;            /* |total_high - total_low| */
	int clamped_low;         /* 1: the scenario refused the full move down, and */
	int clamped_high;        /* low (high) is as far as it takes on that side */
	double slope, elasticity;
} gac_sensitivity_item;

/* A sensitivity ranking.  Opaque; made by gac_sensitivity_run or
 * gac_sensitivity_run_vary, released with gac_sensitivity_free. */
typedef struct gac_sensitivity gac_sensitivity;

/*
 * Move every numeric input of the scenario down and up by `swing` (0.2
 * for ±20%), or across the range the scenario declares for it under
 * `ranges:`, price both, and rank the inputs by the swing of the total
 * (what is billed), largest first.  Whole counts are rounded and move by
 * one at least.  An end the scenario refuses (a fraction past 1, a cache
 * read and write fraction adding past 1, hours past 744) is moved as far
 * as the scenario takes, found by bisection, and marked clamped_low or
 * clamped_high; an input is never left out for it.  Inputs at 0 are left
 * out.  Structural inputs (hours_per_month, choices such as
 * deployment.mode, seasonality, growth, topology.azs_per_region) are not
 * ranked (gac_sensitivity_unranked lists them) and budget thresholds are
 * skipped.  The run is linear in the workloads: an input of a workload is
 * priced on a copy of the workloads it shares lines with, alone.
 *
 * out:        receives the ranking (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet
 * swing:      the relative move, above 0 and below 1
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with
 *             gac_sensitivity_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for a swing out of range; as gac_estimate for a
 *             scenario that cannot be priced; GAC_ENOMEM; GAC_EARG for a
 *             NULL argument.
 */
GAC_API gac_status gac_sensitivity_run(gac_sensitivity **out, const gac_scenario *scenario,
                                       const gac_sheet *sheet, double swing, gac_error *err);
/*
 * The same for the inputs vary[0..nvary) alone (nvary 0: every input),
 * structural ones included, a choice moved to its neighbouring values.
 *
 * out:        receives the ranking (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet
 * swing:      the relative move, above 0 and below 1
 * vary:       `nvary` parameter paths; may be NULL when nvary is 0
 * nvary:      how many paths
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with
 *             gac_sensitivity_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EPARAM when a path is not a numeric parameter; as
 *             gac_sensitivity_run otherwise.
 */
GAC_API gac_status gac_sensitivity_run_vary(gac_sensitivity **out, const gac_scenario *scenario,
                                            const gac_sheet *sheet, double swing, const char *const *vary,
                                            size_t nvary, gac_error *err);
/*
 * How many structural inputs were left unranked.
 *
 * sensitivity:  the ranking
 * Returns:      the count; 0 for NULL.
 */
GAC_API size_t gac_sensitivity_unranked_count(const gac_sensitivity *sensitivity);
/*
 * The path of unranked input `i`.
 *
 * sensitivity:  the ranking
 * i:            0 to gac_sensitivity_unranked_count() - 1
 * Ownership:    the string belongs to the ranking.
 * Returns:      the path; NULL when out of range.
 */
GAC_API const char *gac_sensitivity_unranked(const gac_sensitivity *sensitivity, size_t i);
/*
 * Free a ranking.
 *
 * sensitivity:  the ranking; NULL does nothing
 * Ownership:    takes `sensitivity`; items read from it become invalid.
 */
GAC_API void gac_sensitivity_free(gac_sensitivity *sensitivity);
/*
 * How many inputs were ranked.
 *
 * sensitivity:  the ranking
 * Returns:      the count; 0 for NULL.
 */
GAC_API size_t gac_sensitivity_count(const gac_sensitivity *sensitivity);
/*
 * Ranked input `i`, largest swing first.
 *
 * sensitivity:  the ranking
 * i:            0 to gac_sensitivity_count() - 1
 * Ownership:    the item belongs to the ranking.
 * Returns:      the item; NULL when out of range.
 */
GAC_API const gac_sensitivity_item *gac_sensitivity_at(const gac_sensitivity *sensitivity, size_t i);
/*
 * The total as written.
 *
 * sensitivity:  the ranking
 * Returns:      the total billed with no input moved; 0 for NULL.
 */
GAC_API double gac_sensitivity_base(const gac_sensitivity *sensitivity);

/* ------------------------------------------------------------------ */
/* Monte Carlo                                                          */
/* ------------------------------------------------------------------ */

/* The version of gac_sim_options this header declares (2 added months). */
#define GAC_SIM_OPTIONS_VERSION 2

/* How gac_simulate runs (and a percentile budget of gac_check_run).
 * It is versioned: set it up with gac_sim_options_init or
 * GAC_SIM_OPTIONS_INIT, then change fields; a zeroed struct is the
 * defaults.
 *
 * trials:         trials to run, 1 to 10^9 (the first run's, with precision)
 * progress_user:  passed to progress as `user`
 * months:         (version 2) 0: each trial prices one month, the scenario
 *                 as written; 1 to 600: each trial prices months 1 to
 *                 `months` as gac_forecast_run does (compound growth,
 *                 seasonality, commitments and their purchases) from the
 *                 trial's draws, and its total is their sum (the
 *                 forecast's cumulative); the budget is then compared
 *                 with that total as `months` × the monthly budget.  A
 *                 version-1 or zeroed struct has no months: 0.
 */
typedef struct gac_sim_options {
	unsigned version;        /* GAC_SIM_OPTIONS_VERSION */
	size_t trials;
	uint64_t seed;           /* any 64-bit value; the same seed, the same run */
	unsigned threads;        /* 0: every core */
	double budget;           /* monthly budget; NaN: the scenario's
	                          * budget.monthly, or none */
	size_t memory_cap;       /* bytes kept for exact percentiles; 0: a quarter
	                          * of physical memory */
	double precision;        /* > 0: double the trials until every option's 95%
	                          * interval of the mean is within this share of it */
	size_t max_trials;       /* the cap on that; 0: 100 × trials */
	/* called from the calling thread as blocks of trials finish (may be
	 * NULL): the library draws nothing itself.  done reaches total only
	 * once the run is finished, its statistics included. */
	void (*progress)(void *user, size_t done, size_t total);
	void *progress_user;
	size_t months;           /* 0: one month; else the horizon in months */
} gac_sim_options;

/* The defaults: 10,000 trials, seed 1, every core, the scenario's budget,
 * a quarter of physical memory for exact percentiles, no precision
 * target, no progress, one month a trial.  C
 * convenience (GCC and Clang: it uses __builtin_nan); a binding or
 * another compiler calls gac_sim_options_init. */
#define GAC_SIM_OPTIONS_INIT {GAC_SIM_OPTIONS_VERSION, 10000, 1, 0, __builtin_nan(""), 0, 0, 0, 0, 0, 0}

/*
 * Set simulation options to their defaults for `version`: 10,000 trials,
 * seed 1, every core, budget NaN (the scenario's, or none), a quarter of
 * physical memory for exact percentiles, no precision target, no progress
 * callback, months 0 (one month a trial); what GAC_SIM_OPTIONS_INIT gives.
 * Version 1 (a struct without `months`) is still accepted.  A struct of all zeros (version 0, from
 * calloc or `= {0}`) is accepted by gac_simulate and gac_check_run as
 * the defaults: there a 0 in trials, seed or budget stands for 10,000, 1 and
 * NaN (the scenario's budget.monthly when it sets one, else none), which a
 * version-1 struct takes literally (seed 0 is a seed like any other;
 * trials 0 is refused; budget 0 is a budget of 0).
 *
 * opts:     the struct to set
 * version:  GAC_SIM_OPTIONS_VERSION of the header compiled against
 * Returns:  GAC_OK, or the status of the failure (opts then unchanged).
 * Errors:   GAC_EARG for a NULL opts or a version this library does not
 *           know (0, or above GAC_SIM_OPTIONS_VERSION).
 */
GAC_API gac_status gac_sim_options_init(gac_sim_options *opts, unsigned int version);

/* The distribution of one option's monthly total over the trials.
 *
 * name:                        "baseline" or the option's name; belongs
 *                              to the simulation
 * mean, sd, se_mean:           mean, standard deviation, standard error
 *                              of the mean
 * min, max, p5, p50, p90, p95, p99:  extremes and percentiles
 */
typedef struct gac_sim_stats {
	const char *name;
	double mean, sd, se_mean;
	double min, max, p5, p50, p90, p95, p99;
	double se_p95;            /* standard error of P95, from the order statistics */
	double prob_over_budget;  /* NaN without a budget */
	double prob_cheapest;     /* share of trials in which it costs least of
	                           * the options that carry the load; a trial
	                           * in which it is under capacity never counts */
	double prob_under_capacity;  /* share of trials in which its units do not
	                              * carry the peak load (gac_result_under_capacity);
	                              * NaN when no capacity verdict applies: no
	                              * provisioned throughput with a known capacity
	                              * per unit and load (on demand, Reserved tier) */
} gac_sim_stats;

/* A Monte Carlo run's results.  Opaque; made by gac_simulate, released
 * with gac_simulation_free. */
typedef struct gac_simulation gac_simulation;

/*
 * Sample the scenario's `uncertain:` inputs (correlated through a Gaussian
 * copula when `correlations:` are given) and price the baseline and every
 * option with the real cost engine in each trial.  Trials run in blocks,
 * each with its own GSL generator seeded from (seed, block), so results are
 * bit-identical for any thread count.  While the totals fit memory_cap
 * they are kept and percentiles are exact; beyond it each thread sums its
 * blocks into mergeable summaries (moments merged in block order, a
 * histogram of buckets 2^-10 of their value wide), in one pass, and a
 * percentile is within 2^-11 of the exact one of the same trials.
 * With options->months > 0 a trial is a whole horizon: its draws are made
 * once and months 1 to `months` are priced from them by gac_forecast_run
 * (each option on the scenario with that option applied, its
 * forecast.commitments kept), the trial's total the horizon's sum.
 *
 * out:        receives the simulation (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet
 * options:    how to run; NULL or a zeroed struct: the defaults (see
 *             gac_sim_options_init); not kept after the call
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with
 *             gac_simulation_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ESCHEMA when the scenario has no uncertain: inputs;
 *             GAC_EVALUE for trials out of range, a precision of 1 or
 *             more, a distribution its parameter cannot take, or
 *             correlations that are not a valid (positive-definite)
 *             matrix, or months above 600; GAC_ERANGE when the totals'
 *             spread overflows the running statistics (totals beyond
 *             memory_cap); as gac_estimate (gac_forecast_run with months)
 *             for a trial that cannot be priced; GAC_ENOMEM;
 *             GAC_EARG (detail in err) for a NULL argument or an
 *             options->version above GAC_SIM_OPTIONS_VERSION.
 */
GAC_API gac_status gac_simulate(gac_simulation **out, const gac_scenario *scenario, const gac_sheet *sheet,
                                const gac_sim_options *options, gac_error *err);
/*
 * Check that every `uncertain:` input's distribution stays within what its
 * parameter accepts, over the whole range gac_simulate can draw (the
 * check gac_simulate makes before any trial): validation without
 * simulating.
 *
 * scenario:  the scenario
 * err:       may be NULL; receives detail on failure
 * Returns:   GAC_OK, or the status of the failure.
 * Errors:    GAC_EVALUE at the input's line and column; GAC_EARG for a
 *            NULL scenario.
 */
GAC_API gac_status gac_scenario_check_uncertain(const gac_scenario *scenario, gac_error *err);
/*
 * Free a simulation.
 *
 * sim:        the simulation; NULL does nothing
 * Ownership:  takes `sim`; statistics and strings read from it become
 *             invalid.
 */
GAC_API void gac_simulation_free(gac_simulation *sim);
/*
 * How many trials ran.
 *
 * sim:      the simulation
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_simulation_trials(const gac_simulation *sim);
/*
 * Whether a run with options->precision reached it.
 *
 * sim:      the simulation
 * Returns:  1 when it was reached, 0 when max_trials ran out first (and
 *           for NULL); -1 when no precision was asked for.
 */
GAC_API int gac_simulation_converged(const gac_simulation *sim);
/*
 * Whether the totals were kept (exact percentiles, histograms, rank
 * correlations) or streamed past memory_cap (percentiles within 2^-11 of
 * the exact ones, from a summary of buckets 2^-10 of their value wide;
 * histograms from those buckets, each counted at its middle; rank
 * correlations NaN).
 *
 * sim:      the simulation
 * Returns:  1 when kept; 0 when streamed (and for NULL).
 */
GAC_API int gac_simulation_exact(const gac_simulation *sim);
/*
 * The horizon each trial priced: 0 when a trial is one month (the
 * scenario as written, gac_sim_options.months 0), else the months of
 * gac_sim_options.months, each trial's total their sum as
 * gac_forecast_run prices them.
 *
 * sim:      the simulation
 * Returns:  the months; 0 for NULL.
 */
GAC_API size_t gac_simulation_months(const gac_simulation *sim);
/*
 * The budget each trial's total was held to for prob_over_budget: the
 * monthly budget (gac_sim_options.budget, else the scenario's
 * budget.monthly) times the horizon's months when there is one.
 *
 * sim:      the simulation
 * Returns:  the budget; NAN when none was given, or for NULL.
 */
GAC_API double gac_simulation_budget(const gac_simulation *sim);
/*
 * How many options were simulated (1 + the scenario's options).
 *
 * sim:      the simulation
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_simulation_option_count(const gac_simulation *sim);
/*
 * Share of trials in which no option carries the load (every one under
 * capacity): those trials count for no option's prob_cheapest, so the
 * options' prob_cheapest and this share sum to 1.
 *
 * sim:      the simulation
 * Returns:  the share, 0 to 1; NAN for NULL.
 */
GAC_API double gac_simulation_prob_none_carries(const gac_simulation *sim);
/*
 * The statistics of option `i` (0: baseline).
 *
 * sim:        the simulation
 * i:          0 to gac_simulation_option_count() - 1
 * Ownership:  the struct belongs to the simulation.
 * Returns:    the statistics; NULL when out of range.
 */
GAC_API const gac_sim_stats *gac_simulation_option(const gac_simulation *sim, size_t i);
/*
 * Option `o`'s `p`-th percentile, exact while the totals are kept;
 * within 2^-11 of it, from the summary, when they streamed.
 *
 * out:      receives the percentile
 * sim:      the simulation
 * o:        the option's index
 * p:        the percentile, 0 < p < 100
 * Returns:  GAC_OK, or the status of the failure.
 * Errors:   GAC_ENOMEM; GAC_EARG for p or o out of range or a NULL
 *           argument.
 */
GAC_API gac_status gac_simulation_percentile(double *out, const gac_simulation *sim, size_t o, double p);
/*
 * Option `o`'s total in trial `t` (0-based), while the totals are kept.
 *
 * sim:      the simulation
 * t:        the trial
 * o:        the option's index
 * Returns:  the total; NaN out of range or when the totals streamed.
 */
GAC_API double gac_simulation_total(const gac_simulation *sim, size_t t, size_t o);
/*
 * How many uncertain inputs were sampled.
 *
 * sim:      the simulation
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_simulation_input_count(const gac_simulation *sim);
/*
 * Uncertain input `i`: its path, the mean of the draws and of the
 * distribution as specified (bounds aside).
 *
 * sim:            the simulation
 * i:              0 to gac_simulation_input_count() - 1
 * observed_mean:  may be NULL; receives the mean of the draws
 * expected_mean:  may be NULL; receives the distribution's mean
 * Ownership:      the string belongs to the simulation.
 * Returns:        the input's parameter path; NULL when out of range.
 */
GAC_API const char *gac_simulation_input(const gac_simulation *sim, size_t i, double *observed_mean,
                                         double *expected_mean);
/*
 * Spearman's rank correlation of uncertain input `i` with option `o`'s
 * total over the trials: which input moves the bill.
 *
 * sim:      the simulation
 * i:        the input's index
 * o:        the option's index
 * Returns:  the correlation, -1 to 1; NAN when either side is the same
 *           in every trial (no rank order: the option's total or the
 *           input's draw does not vary), out of range, or when the
 *           totals streamed.
 */
GAC_API double gac_simulation_rank_correlation(const gac_simulation *sim, size_t i, size_t o);
/*
 * Counts of option `o`'s totals in `bins` equal bins from its min to max;
 * when the totals streamed, each bucket of the summary (2^-10 of its value
 * wide) counts in the bin of its middle.
 *
 * sim:      the simulation
 * o:        the option's index
 * bins:     how many bins, 1 or more
 * edges:    receives bins + 1 edges, ascending
 * counts:   receives bins counts
 * Returns:  GAC_OK, or the status of the failure.
 * Errors:   GAC_ENOMEM; GAC_EARG for o out of range, bins 0 or a NULL
 *           argument.
 */
GAC_API gac_status gac_simulation_histogram(const gac_simulation *sim, size_t o, size_t bins, double *edges,
                                            double *counts);

/* ------------------------------------------------------------------ */
/* Cost gates (check)                                                   */
/* ------------------------------------------------------------------ */

/* Kinds of threshold, from the scenario's budget.* parameters. */
typedef enum gac_threshold_kind {
	GAC_THRESHOLD_BUDGET = 0,          /* monthly: the figure stays at or under limit */
	GAC_THRESHOLD_INCREASE,            /* max_increase: the rise over the baseline, in money */
	GAC_THRESHOLD_INCREASE_PERCENT     /* max_increase_percent: the rise, in percent */
} gac_threshold_kind;

/* How a threshold was judged.
 *
 * GAC_CHECK_HOLDS:     the figure is within the limit
 * GAC_CHECK_BREACHED:  the figure is past the limit
 */
typedef enum gac_check_status {
	GAC_CHECK_HOLDS = 0,
	GAC_CHECK_BREACHED,
	GAC_CHECK_SKIPPED                  /* an increase with nothing to compare: no
	                                    * baseline, or the baseline lacks the option */
} gac_check_status;

/* One threshold judged.  Strings belong to the check.
 *
 * kind:    what the threshold limits
 * status:  how it was judged
 */
typedef struct gac_check_item {
	gac_threshold_kind kind;
	const char *path;        /* the parameter that set it, e.g. budget.workloads.chat.monthly */
	const char *option;      /* the option judged; "baseline": the scenario as written */
	const char *workload;    /* NULL: the option's total; else that workload's share */
	double limit;            /* money, or percent for GAC_THRESHOLD_INCREASE_PERCENT */
	double value;            /* the figure now: the estimate, or its percentile */
	double percentile;       /* NaN: value is the estimate; else the percentile it is */
	double old_value;        /* increases: the baseline's figure (NaN when skipped) */
	double excess;           /* how far past the limit (money, or percentage points;
	                          * +inf for any rise from 0); > 0 when breached */
	gac_check_status status;
} gac_check_item;

/* A cost gate's verdict: every threshold judged, and the snapshots it
 * compared.  Opaque; made by gac_check_run, released with gac_check_free. */
typedef struct gac_check gac_check;

/*
 * Judge every threshold of the scenario: budget.{monthly, max_increase,
 * max_increase_percent} for the scenario as written, the same under
 * budget.options.NAME for an option and under budget.workloads.NAME for a
 * workload's share.  Budgets judge the estimate, or with budget.percentile
 * that percentile of a simulation of the scenario's uncertain inputs.
 * Increases compare estimates with `baseline`; without one they are
 * skipped.  An option's figure is what is billed (gac_result_total); with
 * budget.include_risk: true it is the risk-adjusted total (billed +
 * expected outage cost; a percentile of the billed total plus the
 * estimate's expected outage cost).  A workload's share is always billed
 * lines only.
 *
 * out:        receives the check (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet
 * baseline:   may be NULL; the snapshot increases are measured from
 * sim:        how a percentile budget is simulated (NULL: defaults;
 *             workload budgets stay on the estimate); budgets are
 *             monthly, so its months are not used (one month a trial)
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_check_free().
 *             The check keeps `baseline`, which must outlive it.
 * Returns:    GAC_OK whether thresholds hold or not (see
 *             gac_check_breached), or the status of the failure.
 * Errors:     GAC_EVALUE for a baseline in another currency than the
 *             sheet, or a budget.percentile without uncertain: inputs; as
 *             gac_snapshot_price, and as gac_simulate for a percentile
 *             budget; GAC_ENOMEM; GAC_EARG for a NULL out, scenario or
 *             sheet.
 */
GAC_API gac_status gac_check_run(gac_check **out, const gac_scenario *scenario, const gac_sheet *sheet,
                                 const gac_snapshot *baseline, const gac_sim_options *sim, gac_error *err);
/*
 * Free a check and the snapshot it priced (not the baseline).
 *
 * check:      the check; NULL does nothing
 * Ownership:  takes `check`; items and snapshots read from it become
 *             invalid, the baseline aside.
 */
GAC_API void gac_check_free(gac_check *check);
/*
 * How many thresholds were judged.
 *
 * check:    the check
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_check_count(const gac_check *check);
/*
 * Threshold `i`.
 *
 * check:      the check
 * i:          0 to gac_check_count() - 1
 * Ownership:  the item belongs to the check.
 * Returns:    the item; NULL when out of range.
 */
GAC_API const gac_check_item *gac_check_at(const gac_check *check, size_t i);
/*
 * How many thresholds are breached: 0 means the gate passes, provided
 * some threshold was judged at all.
 *
 * check:    the check
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_check_breached(const gac_check *check);
/*
 * How many were skipped (an increase without a baseline figure).
 *
 * check:    the check
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_check_skipped(const gac_check *check);
/*
 * What the scenario costs now, every option priced.
 *
 * check:      the check
 * Ownership:  the snapshot belongs to the check.
 * Returns:    the snapshot; NULL for NULL.
 */
GAC_API const gac_snapshot *gac_check_snapshot(const gac_check *check);
/*
 * The baseline the check was given.
 *
 * check:      the check
 * Ownership:  the snapshot is the caller's, as given to gac_check_run.
 * Returns:    the baseline; NULL when none was given (or for NULL).
 */
GAC_API const gac_snapshot *gac_check_baseline(const gac_check *check);
/*
 * Trials simulated for a percentile budget.
 *
 * check:    the check
 * Returns:  the count; 0 when no budget needed a simulation.
 */
GAC_API size_t gac_check_trials(const gac_check *check);
/*
 * The percentile percentile budgets were judged at (budget.percentile).
 *
 * check:    the check
 * Returns:  the percentile; NaN when budgets judged the estimate.
 */
GAC_API double gac_check_percentile(const gac_check *check);
/*
 * Whether totals were judged with the expected outage cost
 * (budget.include_risk).
 *
 * check:    the check
 * Returns:  1 when they were; 0 otherwise and for NULL.
 */
GAC_API int gac_check_includes_risk(const gac_check *check);

/* ------------------------------------------------------------------ */
/* Forecasts                                                            */
/* ------------------------------------------------------------------ */

/* One month of a forecast.  Strings belong to the forecast.
 *
 * total, cumulative:  the month's cost, and the cost of months 1 to this
 */
typedef struct gac_forecast_month {
	size_t month;            /* 1-based */
	const char *option;      /* "baseline" or the committed option in force */
	double factor;           /* (1 + growth)^(month-1+forecast.months_since_rates)
	                          * × seasonality, first workload */
	double total, cumulative;
	double units;            /* model units billed this month (every purchase
	                          * still running, in force or not), NAN when none */
	double units_needed;     /* model units the month's peak load needs,
	                          * NAN when unknown or nothing is provisioned */
	double owed_after;       /* what the purchases running past this month
	                          * still owe: their months left × monthly cost */
	int under_capacity;      /* 1 when the units in force carry less than the
	                          * peak load and the rest is not served
	                          * (gac_result_under_capacity of the month) */
	double reserved_fee;     /* Reserved-tier reservations billed this month
	                          * (every one still running, in force or not) */
	double reserved_overflow; /* the load above the reservations in force,
	                          * billed at the Standard tier this month */
} gac_forecast_month;

/* A commitment's units bought in a forecast, one provisioned throughput's
 * (a model and the workloads on it), whether an option, the scenario's
 * deployment or a workload's own deployment commits it: at the first
 * month it runs committed, at a renewal when a term ends (re-sized to the
 * need then), or, with
 * `model_units: auto`, as an extra purchase when the need grows mid-term.
 * A Reserved-tier reservation (reserved 1) is bought the same way, at
 * the first month its workloads run reserved and renewed when its term
 * ends (re-sized to that month's peak when auto); it is never added to
 * mid-term (the load above it goes to the Standard tier).  Each runs its
 * own whole term and is owed to its own end.  Strings belong to the
 * forecast. */
typedef struct gac_forecast_purchase {
	const char *option;      /* the commitment's option ("baseline" for
	                          * the scenario's own reservations) */
	const char *kind;        /* "purchase", "renewal" or "extra purchase" */
	size_t month, last_month;  /* first and last month it bills */
	double units;            /* model units bought (deployment.model_units);
	                          * 0 for a reservation */
	double term_months;      /* 1 or 6; a reservation's 1 or 3 */
	double monthly_cost;     /* what it adds to each month it bills */
	int reserved;            /* 1: a Reserved-tier reservation */
	const char *model;       /* the model bought for, as its workloads name it */
	const char *workloads;   /* the workloads on it, comma-joined */
	double input_tpm;        /* a reservation's input tokens per minute; 0 otherwise */
	double output_tpm;       /* a reservation's output tokens per minute; 0 otherwise */
} gac_forecast_purchase;

/* A month-by-month forecast.  Opaque; made by gac_forecast_run, released
 * with gac_forecast_free. */
typedef struct gac_forecast gac_forecast;

/*
 * Price `months` months: each workload's request rate grows by its
 * growth_per_month, compound, times forecast.seasonality (repeating);
 * month m grows (m-1) + forecast.months_since_rates months from the rates
 * as written (the months between the month they describe and month 1);
 * during a forecast.commitments entry the scenario runs as its option, and
 * a commitment running past the horizon still owes its remaining months.
 * Each committed provisioned throughput (of an option, of the scenario's
 * deployment or of one workload's own) is bought as a purchase at the
 * first month it runs committed and stays fixed for the term (renewed at
 * its end, re-sized to the need then); with model_units: auto, need
 * beyond them is bought as extra
 * purchases with their own terms; with fixed units, the load beyond them
 * is as the engine serves it (under_capacity when not served).  A
 * workload on the Reserved tier (deployment.mode: reserved, in the
 * scenario or in a committed option) holds its reservation for the whole
 * term from the month it is bought, sized then (from that month's peak
 * when auto); it is renewed when the term ends, and the load above it
 * goes to the Standard tier that month.
 *
 * out:        receives the forecast (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet
 * months:     1 to 600
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_forecast_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for months out of range, or (at the workload's
 *             deployment.mode) a reservation held at its size that
 *             meets another of the same model, size and term, or
 *             committed units held at their size that meet another
 *             throughput of the same model and deployment (the estimate
 *             would price the two as one); GAC_ESCHEMA (at its line) for a
 *             commitment naming no option; GAC_ERANGE when a figure
 *             overflows; as gac_estimate for a month that cannot be
 *             priced; GAC_ENOMEM; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_forecast_run(gac_forecast **out, const gac_scenario *scenario,
                                    const gac_sheet *sheet, size_t months, gac_error *err);
/*
 * Free a forecast.
 *
 * forecast:   the forecast; NULL does nothing
 * Ownership:  takes `forecast`; months and purchases read from it become
 *             invalid.
 */
GAC_API void gac_forecast_free(gac_forecast *forecast);
/*
 * How many months were forecast.
 *
 * forecast:  the forecast
 * Returns:   the count; 0 for NULL.
 */
GAC_API size_t gac_forecast_count(const gac_forecast *forecast);
/*
 * Month `i` + 1 of the forecast.
 *
 * forecast:   the forecast
 * i:          0 to gac_forecast_count() - 1
 * Ownership:  the struct belongs to the forecast.
 * Returns:    the month; NULL when out of range.
 */
GAC_API const gac_forecast_month *gac_forecast_at(const gac_forecast *forecast, size_t i);
/*
 * What commitments still owe after the last month forecast.
 *
 * forecast:  the forecast
 * Returns:   the amount; 0 for NULL.
 */
GAC_API double gac_forecast_owed_after(const gac_forecast *forecast);
/*
 * How many purchases of model units the forecast made.
 *
 * forecast:  the forecast
 * Returns:   the count; 0 for NULL.
 */
GAC_API size_t gac_forecast_purchase_count(const gac_forecast *forecast);
/*
 * Purchase `i`, in the order they were made.
 *
 * forecast:   the forecast
 * i:          0 to gac_forecast_purchase_count() - 1
 * Ownership:  the struct belongs to the forecast.
 * Returns:    the purchase; NULL when out of range.
 */
GAC_API const gac_forecast_purchase *gac_forecast_purchase_at(const gac_forecast *forecast, size_t i);

/* ------------------------------------------------------------------ */
/* Break-even                                                           */
/* ------------------------------------------------------------------ */

/* A value of a parameter at which two options cost the same.
 *
 * value:  the parameter's value there
 */
typedef struct gac_crossing {
	double value;
	double cost_a, cost_b;   /* at `value` */
	int step;                /* 1: the costs jump past each other there (a step
	                          * such as one more model unit), rather than meet */
	double bracket_lo, bracket_hi;  /* the scan interval the sign changed in,
	                                 * which Brent's method narrowed to `value` */
	int iterations;          /* Brent iterations (0 for a step or an exact hit) */
	int under_capacity_a, under_capacity_b;  /* 1: that option's units do not
	                          * carry the load at `value` (gac_result_under_capacity) */
	/* A step (step 1): the values either side of it (the bracket Brent's
	 * method narrowed it to, or for a whole count the value before and
	 * `value`) and each option's cost there: `value`'s costs are one of
	 * the two.  NAN when the costs meet. */
	double below, cost_a_below, cost_b_below;  /* just below the step */
	double above, cost_a_above, cost_b_above;  /* just above the step */
	/* Under capacity (under_capacity_a/_b 1): the model units that option's
	 * load needs at `value` itself (not at the capacity limit, which
	 * gac_break_even_capacity_limit gives); NAN when its units carry it. */
	double needed_a, needed_b;
} gac_crossing;

/* The crossings of two options over a parameter's range.  Opaque; made by
 * gac_break_even_solve, released with gac_break_even_free. */
typedef struct gac_break_even gac_break_even;

/*
 * Every value of the numeric parameter `path` in [lo, hi] at which options
 * `a` and `b` cost the same.  The range is scanned at 4,000 points
 * (log-spaced when lo > 0 and hi/lo >= 1000) for changes of sign in
 * cost_a - cost_b, and each is refined with GSL's Brent solver on the real
 * cost function.  A whole count (model units) is scanned value by value,
 * and a crossing reported as a step at the first value past it.  The
 * costs are what is billed, plus the expected outage cost where the
 * scenario prices downtime (the risk that redundancy buys down): see
 * gac_break_even_risk_adjusted.
 *
 * out:        receives the crossings (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet
 * path:       a numeric parameter path
 * a:          "baseline" or a declared option
 * b:          another one
 * lo:         the low end of the range
 * hi:         the high end, above lo
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with
 *             gac_break_even_free().
 * Returns:    GAC_OK (with no crossing too), or the status of the failure.
 * Errors:     GAC_EPARAM for a path that is not a numeric parameter (a
 *             choice included) or an unknown option; GAC_EVALUE for lo not
 *             below hi, a equal to b, or a whole count's range holding
 *             no or over 100,000 whole values; GAC_ERANGE when the
 *             solver does not converge; as gac_estimate for a point that
 *             cannot be priced; GAC_ENOMEM; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_break_even_solve(gac_break_even **out, const gac_scenario *scenario,
                                        const gac_sheet *sheet, const char *path, const char *a,
                                        const char *b, double lo, double hi, gac_error *err);
/*
 * Free a break-even result.
 *
 * be:         the result; NULL does nothing
 * Ownership:  takes `be`; crossings read from it become invalid.
 */
GAC_API void gac_break_even_free(gac_break_even *be);
/*
 * How many crossings were found.
 *
 * be:       the result
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_break_even_count(const gac_break_even *be);
/*
 * Whether the costs compared (and in gac_crossing) are risk-adjusted
 * totals, not billed ones: some point priced an expected outage cost.
 *
 * be:       the result
 * Returns:  1 when risk-adjusted; 0 otherwise and for NULL.
 */
GAC_API int gac_break_even_risk_adjusted(const gac_break_even *be);
/*
 * Crossing `i`, ascending by value.
 *
 * be:         the result
 * i:          0 to gac_break_even_count() - 1
 * Ownership:  the struct belongs to the result.
 * Returns:    the crossing; NULL when out of range.
 */
GAC_API const gac_crossing *gac_break_even_at(const gac_break_even *be, size_t i);
/*
 * The scan step: crossings closer together than one step can be missed.
 *
 * be:         the result
 * log_scale:  may be NULL; receives 1 when the scan was log-spaced (the
 *             step is then a ratio), else 0
 * Returns:    the step; NAN for NULL.
 */
GAC_API double gac_break_even_scan_step(const gac_break_even *be, int *log_scale);
/*
 * Where option a (side 0) or b (side 1) runs out of capacity in the range:
 * the lowest value at which its model units no longer carry the peak load
 * (lo when they never do; found by bisection on the same parameter path,
 * to 1e-13 of the value, or the first whole value of a count).  A crossing
 * at or beyond it is one the option cannot serve.
 *
 * be:       the result
 * side:     0 for option a, 1 for option b
 * value, units, needed: may be NULL; receive the value and the units billed
 *                       and needed there (NAN when the side carries the
 *                       load throughout)
 * Returns:  1 when the side runs out of capacity in the range, 0 otherwise
 *           (and for NULL or another side).
 */
GAC_API int gac_break_even_capacity_limit(const gac_break_even *be, int side, double *value, double *units,
                                          double *needed);
/*
 * The range searched: lo and hi as given to gac_break_even_solve, but
 * where 0 of the parameter is not an amount (a model unit's capacity of 0
 * is the sheet's), lo = hi / 1e6 when 0 was given.
 *
 * be:  the result
 * lo:  may be NULL; receives the low end (NAN for a NULL be)
 * hi:  may be NULL; receives the high end (NAN for a NULL be)
 */
GAC_API void gac_break_even_range(const gac_break_even *be, double *lo, double *hi);
/*
 * The costs of both options at lo and at hi.
 *
 * be:    the result; NULL leaves the outputs untouched
 * a_lo:  may be NULL; receives option a's cost at lo
 * b_lo:  may be NULL; receives option b's cost at lo
 * a_hi:  may be NULL; receives option a's cost at hi
 * b_hi:  may be NULL; receives option b's cost at hi
 */
GAC_API void gac_break_even_ends(const gac_break_even *be, double *a_lo, double *b_lo, double *a_hi,
                                 double *b_hi);
/*
 * The numeric parameter a break-even varied, as given to
 * gac_break_even_solve.
 *
 * be:         the break-even
 * Ownership:  the string belongs to be and lives as long as it
 * Returns:    the parameter path; NULL for a NULL be
 */
GAC_API const char *gac_break_even_path(const gac_break_even *be);
/*
 * One of the two options a break-even compared, as given to
 * gac_break_even_solve.
 *
 * be:         the break-even
 * side:       0 for option a, nonzero for option b
 * Ownership:  the string belongs to be and lives as long as it
 * Returns:    the option's name ("baseline" or a declared option); NULL
 *             for a NULL be
 */
GAC_API const char *gac_break_even_option(const gac_break_even *be, int side);
/*
 * The range `genaicost break-even SCENARIO` searches when given none, so
 * that a binding searches the same one.  It runs from 0 (1 for a count or
 * a positive number) to 100 times the parameter's value now (at least
 * 100); 0 to 1 for a fraction; up to the value's double for a bounded one
 * (hours in a month); and ends below the first value at which the
 * scenario or an option is refused as input (a request past a model's
 * context window), found by bisection.
 *
 * lo, hi:     receive the range
 * scenario:   the scenario, as it will be solved
 * sheet:      the sheet it is priced with
 * path:       the numeric parameter to vary
 * Returns:    GAC_OK, or the error
 * Errors:     GAC_EPARAM when path is not a numeric parameter; GAC_EARG
 *             for a NULL pointer
 */
GAC_API gac_status gac_break_even_default_range(double *lo, double *hi, const gac_scenario *scenario,
                                                const gac_sheet *sheet, const char *path);

/* ------------------------------------------------------------------ */
/* Sweeps                                                               */
/* ------------------------------------------------------------------ */

/* One swept parameter: a path and its points.  Opaque (see "Struct
 * policy" in libgenaicost(3)): made by gac_sweep_axis_parse, read with
 * gac_sweep_axis_path and gac_sweep_axis_range, released with
 * gac_sweep_axis_free. */
typedef struct gac_sweep_axis gac_sweep_axis;

/*
 * Parse an axis written "PATH=LO:HI:STEPS[:log]", as --sweep takes it (LO
 * and HI as gac_parse_number takes them with GAC_NUM_SUFFIX and
 * GAC_NUM_PERCENT, STEPS a whole number).
 *
 * out:        receives the axis (NULL on error)
 * spec:       the text
 * err:        may be NULL; receives the message on failure
 * Ownership:  *out belongs to the caller; free it with
 *             gac_sweep_axis_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE with a message for a malformed spec, an empty or
 *             inverted range, steps < 2, or a log sweep through zero;
 *             GAC_ENOMEM; GAC_EARG for a NULL out or spec.
 */
GAC_API gac_status gac_sweep_axis_parse(gac_sweep_axis **out, const char *spec, gac_error *err);

/*
 * Release an axis.
 *
 * axis:       the axis; NULL does nothing
 * Ownership:  takes `axis`; its path becomes invalid.
 */
GAC_API void gac_sweep_axis_free(gac_sweep_axis *axis);

/*
 * The parameter path an axis sweeps.
 *
 * axis:       the axis
 * Ownership:  the string belongs to the axis.
 * Returns:    the path; NULL for NULL.
 */
GAC_API const char *gac_sweep_axis_path(const gac_sweep_axis *axis);

/*
 * An axis's points: from lo to hi in steps points, ends included, spaced
 * logarithmically when *log_scale is 1.
 *
 * axis:       the axis
 * lo:         may be NULL; receives the first value (NAN for a NULL axis)
 * hi:         may be NULL; receives the last value (NAN for a NULL axis)
 * steps:      may be NULL; receives the number of points (0 for NULL)
 * log_scale:  may be NULL; receives 1 for logarithmic spacing, else 0
 */
GAC_API void gac_sweep_axis_range(const gac_sweep_axis *axis, double *lo, double *hi, size_t *steps, int *log_scale);

/* A priced sweep: totals of every option at every point.  Opaque; made by
 * gac_sweep_run, released with gac_sweep_free. */
typedef struct gac_sweep gac_sweep;

/*
 * Price the baseline and every option at each point of one axis, or of
 * the grid of two (the second axis varying fastest).  Totals only, through
 * gac_estimate_total.
 *
 * out:         receives the sweep (NULL on error)
 * scenario:    the scenario; only read
 * sheet:       the price sheet
 * axes:        axis_count axes from gac_sweep_axis_parse
 * axis_count:  1 or 2
 * err:         may be NULL; receives detail on failure
 * Ownership:   *out belongs to the caller; free it with gac_sweep_free().
 *              The axes stay the caller's.
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_EPARAM for an axis path that is not a numeric
 *              parameter; GAC_EVALUE for a value it refuses or two axes
 *              on the same parameter; GAC_ELIMIT for more than
 *              10,000,000 points; as gac_estimate for a point that
 *              cannot be priced; GAC_ENOMEM;
 *              GAC_EARG for a NULL argument or axis, or axis_count not 1
 *              or 2.
 */
GAC_API gac_status gac_sweep_run(gac_sweep **out, const gac_scenario *scenario, const gac_sheet *sheet,
                                 gac_sweep_axis *const *axes, size_t axis_count, gac_error *err);
/*
 * Free a sweep.
 *
 * sweep:      the sweep; NULL does nothing
 * Ownership:  takes `sweep`; names read from it become invalid.
 */
GAC_API void gac_sweep_free(gac_sweep *sweep);
/*
 * How many points were priced (the product of the axes' steps).
 *
 * sweep:    the sweep
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_sweep_points(const gac_sweep *sweep);
/*
 * How many options were priced at each point (1 + the scenario's options).
 *
 * sweep:    the sweep
 * Returns:  the count; 0 for NULL.
 */
GAC_API size_t gac_sweep_option_count(const gac_sweep *sweep);
/*
 * The name of option `option` (0: "baseline").
 *
 * sweep:      the sweep
 * option:     0 to gac_sweep_option_count() - 1
 * Ownership:  the string belongs to the sweep.
 * Returns:    the name; NULL when out of range.
 */
GAC_API const char *gac_sweep_option_name(const gac_sweep *sweep, size_t option);
/*
 * The value of axis `axis` at point `point`.
 *
 * sweep:    the sweep
 * point:    0 to gac_sweep_points() - 1
 * axis:     0, or 1 for a grid's second axis
 * Returns:  the value; NAN when out of range.
 */
GAC_API double gac_sweep_value(const gac_sweep *sweep, size_t point, size_t axis);
/*
 * The total billed of option `option` at point `point`.
 *
 * sweep:    the sweep
 * point:    0 to gac_sweep_points() - 1
 * option:   0 to gac_sweep_option_count() - 1
 * Returns:  the total; NAN when out of range.
 */
GAC_API double gac_sweep_total(const gac_sweep *sweep, size_t point, size_t option);
/*
 * Whether option `option` is under capacity at point `point`
 * (gac_result_under_capacity of that estimate).
 *
 * sweep:    the sweep
 * point:    0 to gac_sweep_points() - 1
 * option:   0 to gac_sweep_option_count() - 1
 * Returns:  1 when under capacity, 0 otherwise (and out of range).
 */
GAC_API int gac_sweep_under_capacity(const gac_sweep *sweep, size_t point, size_t option);
/*
 * The model units the peak load of option `option` needs at point `point`
 * where it is under capacity (the units_needed of its first provisioned
 * entry under capacity, the figure gac_result_under_capacity gives).
 *
 * sweep:    the sweep
 * point:    0 to gac_sweep_points() - 1
 * option:   0 to gac_sweep_option_count() - 1
 * Returns:  the units; NAN where its units carry the load, it has none,
 *           or out of range.
 */
GAC_API double gac_sweep_units_needed(const gac_sweep *sweep, size_t point, size_t option);

/* ------------------------------------------------------------------ */
/* Reports                                                              */
/* ------------------------------------------------------------------ */

/* The formats a report can be rendered in. */
typedef enum gac_format {
	GAC_FORMAT_TABLE = 0,   /* aligned text, thousands separators, cents */
	GAC_FORMAT_JSON,        /* report/1, full precision */
	GAC_FORMAT_CSV,         /* RFC 4180, full precision */
	GAC_FORMAT_MARKDOWN,    /* GitHub-flavoured table */
	GAC_FORMAT_XLSX         /* Office Open XML workbook (Excel), "xlsx":
	                         * binary, written to a file by
	                         * gac_report_xlsx, gac_report_compare_xlsx
	                         * and gac_report_forecast_xlsx; gac_report,
	                         * gac_report_compare and gac_report_forecast
	                         * refuse it (GAC_EVALUE) */,
	GAC_FORMAT_HTML         /* one self-contained HTML page, "html":
	                         * gac_report_html writes it from a report's
	                         * Markdown and its charts; every other
	                         * gac_report_* refuses it (GAC_EVALUE) */
} gac_format;

/* Every text a gac_report_* function hands back through `char **out` is
 * the caller's, released with gac_free(). */

/* Flags of the report functions. */
#define GAC_REPORT_EXPLAIN 0x1u  /* add each line's formula */
#define GAC_REPORT_ALL     0x2u  /* diffs: unchanged line items too;
                                  * model lists: retired models too */

/*
 * Parse a format's name: one row of the library's one table of formats
 * (gac_format_name, gac_format_writes read the same table).
 *
 * out:      receives the format
 * name:     "table", "json", "csv", "markdown" ("md" for short), "xlsx"
 *           or "html"
 * Returns:  GAC_OK, or the status of the failure.
 * Errors:   GAC_EVALUE for any other name; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_format_parse(gac_format *out, const char *name);

/*
 * The name of a format, as gac_format_parse reads it; the formats are
 * numbered from 0 (GAC_FORMAT_TABLE) with no gap, so a caller lists them
 * all by counting up until NULL.
 *
 * format:   the format
 * Ownership: the name is static; do not free it.
 * Returns:  its name ("table", "json", "csv", "markdown", "xlsx", "html"); NULL past the
 *           last format.
 */
GAC_API const char *gac_format_name(gac_format format);

/*
 * Whether a report can be written in a format, by the table of formats.
 *
 * format:   the format
 * report:   the report, by the name of the command that writes it:
 *           "estimate", "compare", "what-if", "break-even",
 *           "sensitivity", "forecast", "simulate", "check", "diff",
 *           "models", "reconcile", "params", "validate", "import-prices",
 *           "calibrate"
 * Returns:  1 when it can; 0 for any other report or format, or
 *           a NULL report.
 */
GAC_API int gac_format_writes(gac_format format, const char *report);

/*
 * Render an estimate: its line items and total.
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * result:     the estimate
 * scenario:   used for the name, hash and inputs recorded in the report
 * sheet:      used for the sheet's name, date and hash
 * format:     the format
 * flags:      GAC_REPORT_EXPLAIN, or 0
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ERANGE for a JSON figure not finite; GAC_EVALUE for
 *             GAC_FORMAT_XLSX (gac_report_xlsx writes it); GAC_ENOMEM;
 *             GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_report(char **out, const gac_result *result, const gac_scenario *scenario,
                              const gac_sheet *sheet, gac_format format, unsigned flags);

/*
 * Render a comparison: every option's total, its change against the
 * baseline, the cheapest; with GAC_REPORT_EXPLAIN, every option's lines.
 *
 * out:         receives a NUL-terminated text (NULL on error)
 * comparison:  the comparison, one entry at least
 * scenario:    the scenario compared (name, hash, inputs)
 * sheet:       the sheet it was priced with (name, date, hash)
 * format:      the format
 * flags:       GAC_REPORT_EXPLAIN, or 0
 * months:      > 0 adds the total cost of ownership of each option, month
 *              by month (see gac_result_tco); 0: none
 * Ownership:   *out belongs to the caller: release it with gac_free().
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_ERANGE when a cost of ownership overflows or a figure is
 *              not finite; GAC_EVALUE for GAC_FORMAT_XLSX
 *              (gac_report_compare_xlsx writes it); GAC_ENOMEM; GAC_EARG
 *              for a NULL argument or an empty comparison.
 */
GAC_API gac_status gac_report_compare(char **out, const gac_comparison *comparison,
                                      const gac_scenario *scenario, const gac_sheet *sheet,
                                      gac_format format, unsigned flags, size_t months);
/*
 * Render a break-even as `genaicost break-even` prints it: every crossing
 * with both costs, the range searched, each side's capacity limit.  JSON
 * is break-even/1 (see genaicost-report(5)).
 *
 * out:        receives the NUL-terminated text
 * be:         the break-even, from gac_break_even_solve
 * scenario, sheet:  those given to gac_break_even_solve; used only with
 *             GAC_REPORT_EXPLAIN (may be NULL without it), which prices
 *             both options again at each crossing, line by line, in table
 *             and Markdown
 * tokens_per_minute:  > 0 adds to each crossing the load it is (its value
 *             times this); 0 for none
 * format:     the format
 * flags:      GAC_REPORT_EXPLAIN or 0
 * Ownership:  the caller owns *out (NULL on error): release it with gac_free()
 * Returns:    GAC_OK, or the error
 * Errors:     GAC_EARG for a NULL out or be, or GAC_REPORT_EXPLAIN without
 *             scenario and sheet; GAC_ENOMEM
 */
GAC_API gac_status gac_report_break_even(char **out, const gac_break_even *be, const gac_scenario *scenario,
                                         const gac_sheet *sheet, double tokens_per_minute, gac_format format,
                                         unsigned flags);

/*
 * Render a what-if: the changes applied, both totals, and every line item
 * that moved (absolute and percent); GAC_REPORT_EXPLAIN shows unchanged
 * lines too.
 *
 * out:           receives a NUL-terminated text (NULL on error)
 * before:        the estimate as written
 * after:         the estimate with the changes
 * changes:       change_count descriptions of the changes, e.g.
 *                "workloads.chat.requests_per_month=2M"
 * change_count:  how many; changes may be NULL when 0
 * format:        the format
 * flags:         GAC_REPORT_EXPLAIN, or 0
 * Ownership:     *out belongs to the caller: release it with gac_free().
 * Returns:       GAC_OK, or the status of the failure.
 * Errors:        GAC_ERANGE for a JSON figure not finite; GAC_ENOMEM;
 *                GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_report_what_if(char **out, const gac_result *before, const gac_result *after,
                                      const char *const *changes, size_t change_count,
                                      gac_format format, unsigned flags);

/*
 * Render the difference of two snapshots: what each was computed from
 * and what changed (scenario, prices), every option's total old → new,
 * and the line items of `option` old → new with absolute and percent
 * change, added and removed ones flagged.  JSON is diff/1.
 *
 * out:           receives a NUL-terminated text (NULL on error)
 * old_snapshot:  the snapshot before
 * new_snapshot:  the snapshot after
 * option:        whose lines to show; NULL: "baseline"
 * format:        the format
 * flags:         GAC_REPORT_ALL shows unchanged lines too;
 *                GAC_REPORT_EXPLAIN adds (table and Markdown) each changed
 *                line's formula old and new
 * Ownership:     *out belongs to the caller: release it with gac_free().
 * Returns:       GAC_OK, or the status of the failure.
 * Errors:        GAC_EPARAM when a side lacks `option`; GAC_ERANGE when a
 *                figure is not finite; GAC_ENOMEM; GAC_EARG for a NULL
 *                argument.
 */
GAC_API gac_status gac_report_diff(char **out, const gac_snapshot *old_snapshot,
                                   const gac_snapshot *new_snapshot, const char *option, gac_format format,
                                   unsigned flags);

/*
 * Render a check: a summary line (passed, or how many thresholds broke),
 * each threshold with its limit, figure, baseline figure and how far past
 * or under it is, every option's total (old → new with a baseline), and
 * the line items that moved most.  Markdown is a pull-request comment with
 * the full breakdown folded under <details>; table mode shows it with
 * GAC_REPORT_EXPLAIN.  JSON is check/1, which holds every option's lines
 * and so is a baseline for the next check or diff.
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * check:      the check
 * format:     the format
 * flags:      GAC_REPORT_EXPLAIN, or 0
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ERANGE for a JSON figure not finite; GAC_ENOMEM; GAC_EARG
 *             for a NULL argument.
 */
GAC_API gac_status gac_report_check(char **out, const gac_check *check, gac_format format, unsigned flags);

/*
 * Render a sweep: a row per point with every option's total (CSV with a
 * header row, JSON rows); in table mode a one-axis sweep adds a line chart
 * of total against the swept value with the break-evens marked.
 *
 * flags of gac_report_sweep, gac_report_sensitivity, gac_report_simulation
 * and gac_report_forecast: GAC_REPORT_EXPLAIN appends, in table and
 * Markdown (JSON and CSV are unchanged), how the figures were computed
 * with the run's own numbers: the sweep's spacing and each option's total
 * at the ends; each input's low and high values, the totals there and the
 * swing; each uncertain input's distribution with its parameters, the
 * copula and how the mean, P95 and their standard errors come about;
 * the growth and seasonality factors, the commitments, month 1's line
 * items with their formulas and the last month's factor.
 *
 * out:         receives a NUL-terminated text (NULL on error)
 * sweep:       the sweep
 * axes:        the axes it was run with (gac_sweep_axis_parse)
 * axis_count:  1 or 2
 * currency:    the currency of the figures (gac_sheet_currency)
 * format:      the format
 * flags:       GAC_REPORT_EXPLAIN, or 0
 * Ownership:   *out belongs to the caller: release it with gac_free().
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_ERANGE for a JSON figure not finite; GAC_ENOMEM;
 *              GAC_EARG for a NULL argument or axis_count not 1 or 2.
 */
GAC_API gac_status gac_report_sweep(char **out, const gac_sweep *sweep, gac_sweep_axis *const *axes,
                                    size_t axis_count, const char *currency, gac_format format, unsigned flags);

/*
 * Where gac_sweep_write sends its text.
 *
 * ctx:      the caller's pointer given to gac_sweep_write
 * text:     the next piece of the report, not NUL-terminated
 * len:      its bytes
 * Returns:  0 to go on; nonzero stops the run (GAC_EIO).
 */
typedef int (*gac_write_fn)(void *ctx, const char *text, size_t len);
/*
 * Price a sweep (as gac_sweep_run) and write its report (as
 * gac_report_sweep renders it, byte for byte) through write(ctx, ...):
 * CSV and JSON a row at a time as the points are priced, in memory of a
 * row whatever the number of points; table and Markdown, which align
 * their columns and chart over every point, built whole, then written.
 * On a failure part of the report may have been written.
 *
 * scenario:    the scenario; only read
 * sheet:       the price sheet
 * axes:        axis_count axes from gac_sweep_axis_parse
 * axis_count:  1 or 2
 * currency:    the currency of the figures (gac_sheet_currency)
 * format:      the format
 * flags:       GAC_REPORT_EXPLAIN, or 0
 * write:       called with each piece of text, from the calling thread
 * ctx:         passed to write
 * err:         may be NULL; receives detail on failure
 * Ownership:   the text passed to write is valid only during the call.
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_EIO when write returns nonzero; as gac_sweep_run and
 *              gac_report_sweep otherwise.
 */
GAC_API gac_status gac_sweep_write(const gac_scenario *scenario, const gac_sheet *sheet,
                                   gac_sweep_axis *const *axes, size_t axis_count, const char *currency,
                                   gac_format format, unsigned flags, gac_write_fn write, void *ctx,
                                   gac_error *err);

/*
 * Render a sensitivity ranking; table mode draws a tornado of bars.
 *
 * out:          receives a NUL-terminated text (NULL on error)
 * sensitivity:  the ranking
 * swing:        the swing it was run with (shown in the report)
 * currency:     the currency of the figures
 * format:       the format
 * flags:        GAC_REPORT_EXPLAIN, or 0 (see gac_report_sweep)
 * Ownership:    *out belongs to the caller: release it with gac_free().
 * Returns:      GAC_OK, or the status of the failure.
 * Errors:       GAC_ERANGE for a JSON figure not finite; GAC_ENOMEM;
 *               GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_report_sensitivity(char **out, const gac_sensitivity *sensitivity, double swing,
                                          const char *currency, gac_format format, unsigned flags);

/*
 * Render a simulation: each option's statistics, the inputs' observed
 * means, and in table mode a histogram of each option's total.
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * sim:        the simulation
 * seed:       the seed it was run with (recorded in the report)
 * currency:   the currency of the figures
 * format:     the format
 * flags:      GAC_REPORT_EXPLAIN, or 0 (see gac_report_sweep)
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ERANGE for a JSON figure not finite; GAC_ENOMEM; GAC_EARG
 *             for a NULL argument.
 */
GAC_API gac_status gac_report_simulation(char **out, const gac_simulation *sim, uint64_t seed,
                                         const char *currency, gac_format format, unsigned flags);

/*
 * Render each option's histogram of a simulation as CSV (RFC 4180, CRLF):
 * a header option,bin_low,bin_high,count, then `bins` rows per option in
 * the simulation's order, the edges at full precision (%.17g) and the
 * counts whole (gac_simulation_histogram's bins).
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * sim:        the simulation
 * bins:       how many bins per option, 1 or more (genaicost uses 50)
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL argument or bins 0.
 */
GAC_API gac_status gac_report_histogram(char **out, const gac_simulation *sim, size_t bins);

/*
 * Render a forecast: month, deployment, monthly and cumulative cost.
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * forecast:   the forecast
 * currency:   the currency of the figures
 * format:     the format
 * flags:      GAC_REPORT_EXPLAIN, or 0 (see gac_report_sweep)
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ERANGE for a JSON figure not finite; GAC_EVALUE for
 *             GAC_FORMAT_XLSX (gac_report_forecast_xlsx writes it);
 *             GAC_ENOMEM; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_report_forecast(char **out, const gac_forecast *forecast, const char *currency,
                                       gac_format format, unsigned flags);

/*
 * Write an estimate as an Excel workbook (GAC_FORMAT_XLSX) to the file
 * `path`: sheet "Estimate", one row per line item (workload, model,
 * component, quantity, unit, unit price) whose cost is the live formula
 * =Dn*Fn (quantity × unit price: the quantity is counted in the line's
 * unit, 1K tokens, so no divisor applies), a provisioned line's quantity
 * =Hn*In (model units × hours), the total a SUM formula; sheet "Inputs",
 * every parameter of the scenario with its value, then each option's
 * changes as options.NAME.PATH; sheet "Sources", the
 * price sheet's name, date and hash and where each price used comes
 * from.  Figures are stored unrounded, to 16 significant digits (the
 * writer's limit), money cells carry a
 * currency number format, and every formula its computed result.  The
 * file is written in place (libxlsxwriter); a caller that must not leave
 * a partial file writes to a temporary name and renames it.
 *
 * path:       the file to write (created or truncated)
 * result:     the estimate
 * scenario:   its scenario (name, parameters)
 * sheet:      the sheet it was priced with (name, date, sources)
 * flags:      0 (reserved)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EIO when the file cannot be written (a partial file may
 *             remain); GAC_ERANGE for a figure not finite; GAC_ENOMEM;
 *             GAC_EARG for a NULL argument or unknown flags.
 */
GAC_API gac_status gac_report_xlsx(const char *path, const gac_result *result, const gac_scenario *scenario,
                                   const gac_sheet *sheet, unsigned flags);

/*
 * Write a comparison as an Excel workbook to the file `path`: sheet
 * "Summary", each option's monthly total as a formula referring to the
 * total of the option's own sheet, its change against the baseline and
 * the cheapest; then one sheet per option laid out as gac_report_xlsx's
 * "Estimate" (named after the option, made a valid, unique sheet name);
 * then "Inputs" and "Sources" as gac_report_xlsx writes them.
 *
 * path:        the file to write (created or truncated)
 * comparison:  the comparison, one entry at least
 * scenario:    the scenario compared
 * sheet:       the sheet it was priced with
 * flags:       0 (reserved)
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_EIO when the file cannot be written (a partial file may
 *              remain); GAC_ERANGE for a figure not finite; GAC_ENOMEM;
 *              GAC_EARG for a NULL argument, an empty comparison or
 *              unknown flags.
 */
GAC_API gac_status gac_report_compare_xlsx(const char *path, const gac_comparison *comparison,
                                           const gac_scenario *scenario, const gac_sheet *sheet, unsigned flags);

/*
 * Write a forecast as an Excel workbook to the file `path`: sheet
 * "Forecast", one row per month (option in force, growth factor, units
 * billed and needed, Reserved fee, monthly cost as computed, cumulative
 * cost as the formula previous cumulative + month, what is owed after
 * it) and a SUM of the months; sheet "Purchases", each commitment bought
 * with its months and monthly cost, its total the formula months ×
 * monthly cost; then "Inputs" and "Sources" as gac_report_xlsx writes
 * them.
 *
 * path:       the file to write (created or truncated)
 * forecast:   the forecast
 * scenario:   its scenario
 * sheet:      the sheet it was priced with
 * flags:      0 (reserved)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EIO when the file cannot be written (a partial file may
 *             remain); GAC_ERANGE for a figure not finite; GAC_ENOMEM;
 *             GAC_EARG for a NULL argument or unknown flags.
 */
GAC_API gac_status gac_report_forecast_xlsx(const char *path, const gac_forecast *forecast,
                                            const gac_scenario *scenario, const gac_sheet *sheet, unsigned flags);

/*
 * Render the current models of a sheet with their prices: the models
 * the sheet marks `retired:` are left out (gac_report_models_ex with
 * GAC_REPORT_ALL lists them).
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * sheet:      the price sheet
 * region:     only models available in this region, priced there; NULL:
 *             all, at their base prices
 * vendor:     only models whose vendor matches; NULL: all
 * format:     the format
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ERANGE for a JSON figure not finite; GAC_ENOMEM; GAC_EARG
 *             for a NULL out or sheet.
 */
GAC_API gac_status gac_report_models(char **out, const gac_sheet *sheet, const char *region,
                                     const char *vendor, gac_format format);

/*
 * Render the models of a sheet with their prices, as gac_report_models
 * does; with GAC_REPORT_ALL the retired models too, with the date AWS
 * retired each (a Retired column; JSON: `retired`, null when current).
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * sheet:      the price sheet
 * region:     only models available in this region, priced there; NULL:
 *             all, at their base prices
 * vendor:     only models whose vendor matches; NULL: all
 * format:     the format
 * flags:      GAC_REPORT_ALL, or 0 (as gac_report_models)
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ERANGE for a JSON figure not finite; GAC_ENOMEM; GAC_EARG
 *             for a NULL out or sheet.
 */
GAC_API gac_status gac_report_models_ex(char **out, const gac_sheet *sheet, const char *region,
                                        const char *vendor, gac_format format, unsigned flags);

/*
 * The parameters of a scenario as `genaicost params` lists them: each
 * text parameter that has a value, then every numeric parameter with its
 * value, marked as a default where the scenario (or an option, or a
 * gac_scenario_set) does not give it.
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * scenario:   the scenario, as loaded and changed
 * format:     GAC_FORMAT_TABLE (lines PATH = VALUE) or GAC_FORMAT_JSON
 *             (params/1, see genaicost-report(5))
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for CSV or Markdown; GAC_ENOMEM; GAC_EARG for a
 *             NULL pointer.
 */
GAC_API gac_status gac_report_params(char **out, const gac_scenario *scenario, gac_format format);

/*
 * A validation: the outcome of checking price sheets and scenarios, one
 * entry per file in the order added, as `genaicost validate` reports them.
 * The caller loads each file and adds it; a scenario is checked by
 * gac_validation_add_scenario itself.  Opaque; released with
 * gac_validation_free.
 */
typedef struct gac_validation gac_validation;

/*
 * Make a new, empty validation.
 *
 * out:        receives the validation
 * Ownership:  *out belongs to the caller; free it with gac_validation_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG when out is NULL.
 */
GAC_API gac_status gac_validation_new(gac_validation **out);
/*
 * Release a validation and its entries.
 *
 * validation:  the validation; NULL does nothing
 * Ownership:   takes `validation`; warnings read from it become invalid.
 */
GAC_API void gac_validation_free(gac_validation *validation);
/*
 * Record a price sheet that loaded as valid.
 *
 * validation:  the validation
 * path:        the file as the user named it (copied)
 * sheet:       the sheet loaded from it; its name, date and model count
 *              are copied
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_ENOMEM (nothing recorded); GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_validation_add_sheet(gac_validation *validation, const char *path,
                                            const gac_sheet *sheet);
/*
 * Check a loaded scenario and record the outcome: the baseline and every
 * option must price with `sheet` (gac_compare), and every uncertain input
 * must stay within what its parameter accepts
 * (gac_scenario_check_uncertain).  A scenario without a name is valid
 * with a warning (gac_validation_warning).
 *
 * validation:  the validation
 * path:        the scenario's file as the user named it (copied)
 * scenario:    the scenario loaded from it
 * sheet:       the price sheet it names, loaded
 * err:         may be NULL; receives the detail of a failed check (file,
 *              line, column, message)
 * Returns:     GAC_OK when the scenario is valid; otherwise the status of
 *              the failed check, the failure recorded as the entry.
 * Errors:      as gac_compare and gac_scenario_check_uncertain, recorded;
 *              GAC_ENOMEM when the entry cannot be recorded; GAC_EARG for
 *              a NULL validation, path, scenario or sheet.
 */
GAC_API gac_status gac_validation_add_scenario(gac_validation *validation, const char *path,
                                               const gac_scenario *scenario, const gac_sheet *sheet,
                                               gac_error *err);
/*
 * Record a file that failed before it could be checked (it did not load,
 * or its sheet did not).
 *
 * validation:  the validation
 * path:        the file as the user named it (copied)
 * kind:        what the file is, a gac_file_kind; 0: not known
 * scenario:    the scenario when it loaded, else NULL
 * status:      the status of the failing call; not GAC_OK
 * err:         may be NULL; the detail the failing call gave (copied)
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_ENOMEM (nothing recorded); GAC_EARG for a NULL
 *              validation or path, or a status of GAC_OK.
 */
GAC_API gac_status gac_validation_add_error(gac_validation *validation, const char *path, int kind,
                                            const gac_scenario *scenario, gac_status status,
                                            const gac_error *err);
/*
 * The number of entries.
 *
 * validation:  the validation
 * Returns:     the count; 0 for NULL.
 */
GAC_API size_t gac_validation_count(const gac_validation *validation);
/*
 * The number of entries that are not valid.
 *
 * validation:  the validation
 * Returns:     the count; 0 for NULL.
 */
GAC_API size_t gac_validation_invalid_count(const gac_validation *validation);
/*
 * The warning of entry `i`.
 *
 * validation:  the validation
 * i:           0 to gac_validation_count() - 1
 * Ownership:   the string belongs to the validation.
 * Returns:     the warning; NULL when it has none or `i` is out of range.
 */
GAC_API const char *gac_validation_warning(const gac_validation *validation, size_t i);
/*
 * Render a validation.
 *
 * out:         receives a NUL-terminated text (NULL on error)
 * validation:  the validation
 * format:      GAC_FORMAT_TABLE: one line per valid entry ("FILE: ok:
 *              ..."); the errors and warnings are the caller's to print.
 *              GAC_FORMAT_JSON: validate/1, every entry with its error
 *              (status, message, file, line, column) or its warnings.
 * Ownership:   *out belongs to the caller: release it with gac_free().
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_EVALUE for CSV or Markdown; GAC_ENOMEM; GAC_EARG for a
 *              NULL pointer.
 */
GAC_API gac_status gac_report_validate(char **out, const gac_validation *validation, gac_format format);

/*
 * Export an estimate as FinOps FOCUS 1.2 cost and usage rows (RFC 4180
 * CSV with a header row of FOCUS column names, then x_ columns), one row
 * per line item per month for `months` months from YEAR-MONTH, so it can
 * be loaded beside a real bill.  Costs are the lines' own, unrounded (no
 * negotiated discount is modelled, so billed, effective, list and
 * contracted costs are equal).  A one-time amount is billed whole in
 * month 1 and every `every_months` after, as gac_result_tco counts it.
 * Committed provisioned throughput of known utilisation is split into a
 * "Used" and an "Unused" row that add up to the line exactly.  Amounts no
 * provider bills (expected outage cost, a customization's one_time) have
 * no row.  The library reads no clock: the caller gives the period.
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * result:     an estimate from gac_estimate (with its line texts)
 * scenario:   the scenario priced (name, hash, topology regions)
 * sheet:      the sheet it was priced with (services, vendors, name, hash)
 * year, month: the first month, 1..9999 and 1..12
 * months:     1 or more; the last month must end by 9999-12
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for a bad period; GAC_ENOMEM; GAC_EARG for a NULL
 *             pointer or a result without line texts (gac_estimate_total's
 *             kind).
 */
GAC_API gac_status gac_report_focus(char **out, const gac_result *result, const gac_scenario *scenario,
                                    const gac_sheet *sheet, int year, int month, size_t months);

/* ------------------------------------------------------------------ */
/* Price import (AWS Price List offer files)                            */
/* ------------------------------------------------------------------ */

/*
 * An import of AWS Price List bulk offer files (the JSON of
 * offers/v1.0/aws/OFFER/current/REGION/index.json) into a price sheet:
 * load the map of offer model names to Bedrock model ids, add offers,
 * optionally name a sheet to merge into, finish, then read the sheet's
 * YAML text and the report (genaicost import-prices).  Opaque; released
 * with gac_price_import_free.
 */
typedef struct gac_price_import gac_price_import;

/*
 * Make a new, empty import.
 *
 * out:        receives the import
 * Ownership:  *out belongs to the caller; free it with gac_price_import_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG when out is NULL.
 */
GAC_API gac_status gac_price_import_new(gac_price_import **out);
/*
 * Read the offer map (genaicost: offer-map/1, pricing/aws-offer-map.yaml):
 * rows of an offer's model (or titanModel) name, optionally a usagetype
 * fragment, the Bedrock model id and a source.  Replaces a map read
 * before.
 *
 * imp:        the import, before any offer is added
 * path:       the map file
 * err:        receives the detail of a failure (may be NULL)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EIO when the file cannot be read; GAC_ESYNTAX for bad
 *             YAML; GAC_ESCHEMA for a missing or unknown key (a row without
 *             model, id or source); GAC_EVALUE for a bad kind, an id with
 *             spaces, or a name mapped to two ids; GAC_ELIMIT; GAC_ENOMEM;
 *             GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_price_import_load_map(gac_price_import *imp, const char *path, gac_error *err);
/*
 * Read one offer file: every product the map names has each OnDemand and
 * Reserved price dimension sorted into a price-sheet key (or into a class
 * the report lists); a product the map does not name is listed, never
 * guessed.  A file that fails adds nothing.
 *
 * imp:        the import, with its map loaded, not finished
 * path:       the offer file (JSON)
 * err:        receives the detail of a failure (may be NULL)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EIO when the file cannot be read; GAC_ESYNTAX for bad JSON
 *             (jansson's line and column); GAC_ESCHEMA when the offer has no
 *             products or lacks offerCode, publicationDate or a term's parts;
 *             GAC_EVERSION for a formatVersion other than v1.0; GAC_EVALUE for
 *             a price that is no decimal number or a bad lease length;
 *             GAC_ELIMIT over 256 MiB; GAC_ENOMEM; GAC_EARG for a NULL
 *             argument, no map, or a finished import.
 */
GAC_API gac_status gac_price_import_add_offer(gac_price_import *imp, const char *path, gac_error *err);
/*
 * Read one offer from memory, as gac_price_import_add_offer does a file.
 *
 * imp:        the import, with its map loaded, not finished
 * data:       the JSON text
 * len:        its length in bytes
 * name:       the name errors give it (may be NULL: "<buffer>")
 * err:        receives the detail of a failure (may be NULL)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_price_import_add_offer, GAC_EIO and GAC_ELIMIT aside.
 */
GAC_API gac_status gac_price_import_add_offer_buffer(gac_price_import *imp, const char *data, size_t len,
                                                     const char *name, gac_error *err);
/*
 * Name a price sheet to merge the offers' prices into at
 * gac_price_import_finish.  Its hand-sourced entries and the prices the
 * offers lack are kept, imported prices replaced, and every change
 * reported.
 *
 * imp:          the import, not finished
 * sheet_path:   the price sheet file
 * Returns:      GAC_OK, or the status of the failure.
 * Errors:       GAC_ENOMEM; GAC_EARG for a NULL argument or a finished
 *               import.
 */
GAC_API gac_status gac_price_import_set_merge(gac_price_import *imp, const char *sheet_path);
/*
 * Choose each price among the offers' effective dates (the newest not
 * after its offer's publicationDate), build the price sheet and, with a
 * merge sheet, merge into it.
 *
 * imp:        the import, with at least one offer read
 * err:        receives the detail of a failure (may be NULL)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_sheet_load_file for the merge sheet (it must load);
 *             GAC_EVALUE for a merge-sheet price that is no plain decimal;
 *             GAC_ENOPRICE when no price could be written (no product in
 *             the map): no sheet, but the import is finished and
 *             gac_report_import reports it; GAC_ENOMEM; GAC_EARG for a
 *             NULL import, no offer, or an import finished already.
 */
GAC_API gac_status gac_price_import_finish(gac_price_import *imp, gac_error *err);
/*
 * The price sheet an import built (genaicost: pricesheet/1 YAML).
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * imp:        a finished import
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL argument, an import not
 *             finished, or one that wrote no entry.
 */
GAC_API gac_status gac_price_import_sheet(char **out, const gac_price_import *imp);
/*
 * Render an import's report: products the map does not name, prices the
 * sheet has no key for, prices passed over for their effective date, and
 * with a merge every price that moved.  JSON is import-prices/1 (see
 * genaicost-report(5)).
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * imp:        a finished import
 * format:     GAC_FORMAT_TABLE (text) or GAC_FORMAT_JSON
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for another format; GAC_ENOMEM; GAC_EARG for a
 *             NULL argument or an import not finished.
 */
GAC_API gac_status gac_report_import(char **out, const gac_price_import *imp, gac_format format);
/*
 * Release an import.
 *
 * imp:        the import; NULL does nothing
 * Ownership:  takes `imp`.
 */
GAC_API void gac_price_import_free(gac_price_import *imp);

/* ------------------------------------------------------------------ */
/* Bills: reconcile an estimate with what AWS billed                   */
/* ------------------------------------------------------------------ */

/* A bill read from an AWS Cost and Usage Report 2.0 data export or a
 * FinOps FOCUS 1.x export (CSV, plain or gzip): its Bedrock lines summed
 * by month, model, price kind and region, every other line counted and
 * kept by month and what it is.  Opaque; made by gac_bill_read, released
 * with gac_bill_free. */
typedef struct gac_bill gac_bill;

/*
 * Read a bill.  The header says which format it is (line_item_* columns:
 * CUR 2.0; ChargePeriodStart and BilledCost: FOCUS).  Usage types (CUR,
 * and FOCUS's x_UsageType) are mapped to Bedrock model ids and price
 * kinds through the offer map import-prices reads; a FOCUS row whose
 * SkuPriceDetails names x_Model and x_PriceKind (as gac_report_focus
 * writes) is taken as it says.  The file is streamed: memory grows with
 * the distinct (month, model, kind, region) groups, not with its size.
 *
 * out:        receives the bill (NULL on error)
 * path:       the CSV or CSV.gz file
 * map_path:   the offer map (pricing/aws-offer-map.yaml)
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with gac_bill_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ESCHEMA (a header of neither format, or one without a
 *             column the format requires), GAC_EVALUE (a date, number or
 *             currency that is not one; a second currency: one bill, one
 *             currency; no data row), GAC_ESYNTAX (a misplaced quote) at
 *             FILE:LINE:COL; errors of the map as gac_price_import_load_map;
 *             GAC_EIO when a file cannot be read; GAC_ELIMIT for a row over
 *             8 MiB; GAC_ENOMEM; GAC_EARG for a NULL argument.
 */
GAC_API gac_status gac_bill_read(gac_bill **out, const char *path, const char *map_path, gac_error *err);
/*
 * Release a bill.
 *
 * bill:       the bill; NULL does nothing
 * Ownership:  takes `bill`.
 */
GAC_API void gac_bill_free(gac_bill *bill);

/* A scenario set beside a bill, month by month, per model and price kind.
 * Opaque; made by gac_reconcile, released with gac_reconciliation_free. */
typedef struct gac_reconciliation gac_reconciliation;

/*
 * Price a scenario for the months of a bill (each month at the scenario's
 * monthly estimate; with growth_per_month, the bill's month k, counted
 * from its first month, at each workload's rate times (1 + growth)^k; k
 * counted instead from forecast.start less forecast.months_since_rates
 * when the scenario states forecast.start) and
 * set it beside what was billed: per month, model and price kind,
 * estimated, billed, their difference and its percent of the estimate.
 * Bill lines the scenario does not model and scenario lines the bill does
 * not show are kept apart; lines that are not Bedrock
 * (other services, tax, credits) are listed, outside the totals.
 *
 * out:        receives the reconciliation (NULL on error)
 * scenario:   the scenario; only read
 * sheet:      the price sheet; only read
 * bill:       the bill; must outlive *out
 * month:      "YYYY-MM" to compare that month alone, or NULL for all
 * tolerance:  the share (0.05: 5%) by which the totals may differ
 * err:        may be NULL; receives detail on failure
 * Ownership:  *out belongs to the caller; free it with
 *             gac_reconciliation_free().  It refers to `bill`.
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     as gac_estimate; GAC_EVALUE when the bill has no line in
 *             `month` (at the bill's date column) or its currency is not
 *             the scenario's, or for a malformed month or a tolerance
 *             not finite and at least 0; GAC_ENOMEM; GAC_EARG for a NULL
 *             out, scenario, sheet or bill.
 */
GAC_API gac_status gac_reconcile(gac_reconciliation **out, const gac_scenario *scenario, const gac_sheet *sheet,
                                 const gac_bill *bill, const char *month, double tolerance, gac_error *err);
/*
 * The totals compared: the estimate over the months and the Bedrock lines
 * billed in them.
 *
 * estimated:       receives the estimated total (may be NULL)
 * billed:          receives the billed total (may be NULL)
 * reconciliation:  the reconciliation
 * Returns:         1 when the billed total differs from the estimated one
 *                  by more than the tolerance (of the estimate; any bill
 *                  over a zero estimate does), 0 when not or for NULL.
 */
GAC_API int gac_reconciliation_totals(double *estimated, double *billed, const gac_reconciliation *reconciliation);
/*
 * Render a reconciliation as a table, JSON (reconcile/1), CSV or Markdown.
 *
 * out:             receives the text (NULL on error)
 * reconciliation:  the reconciliation
 * format:          GAC_FORMAT_TABLE, _JSON, _CSV or _MARKDOWN
 * Ownership:       *out belongs to the caller: release it with gac_free().
 * Returns:         GAC_OK, or the status of the failure.
 * Errors:          GAC_ENOMEM; GAC_EARG for a NULL argument or an unknown
 *                  format.
 */
GAC_API gac_status gac_report_reconcile(char **out, const gac_reconciliation *reconciliation, gac_format format);
/*
 * Release a reconciliation.
 *
 * reconciliation:  the reconciliation; NULL does nothing
 * Ownership:       takes `reconciliation`.
 */
GAC_API void gac_reconciliation_free(gac_reconciliation *reconciliation);

/* ------------------------------------------------------------------ */
/* Calibration (usage data into a scenario)                             */
/* ------------------------------------------------------------------ */

/*
 * A calibration: real usage read from Amazon Bedrock model invocation logs
 * or CloudWatch metrics, summed per model, region and hour, then fitted
 * into a scenario that prices at once (genaicost calibrate): requests per
 * month, mean tokens, cache fractions, active hours, peak to average and
 * monthly growth, each value with a comment naming its data.  Add files,
 * finish against a price sheet, then read the scenario, the monthly
 * history and the report.  Opaque; released with gac_calibration_free.
 */
typedef struct gac_calibration gac_calibration;

/* What a usage file holds.  Append-only.
 *
 * GAC_USAGE_AUTO:        tell by its content (a record a line: logs)
 * GAC_USAGE_LOGS:        model invocation logs, JSON lines, plain or gzip
 * GAC_USAGE_CLOUDWATCH:  aws cloudwatch get-metric-data output, its
 *                        queries, or get-metric-statistics output
 * GAC_USAGE_CUR:         an AWS Cost and Usage Report 2.0 export (CSV,
 *                        plain or gzip), read as gac_bill_read does
 * GAC_USAGE_FOCUS:       a FinOps FOCUS 1.x export, likewise
 */
typedef enum gac_usage_format {
	GAC_USAGE_AUTO = 0,
	GAC_USAGE_LOGS = 1,
	GAC_USAGE_CLOUDWATCH = 2,
	GAC_USAGE_CUR = 3,
	GAC_USAGE_FOCUS = 4
} gac_usage_format;

/*
 * Make a new, empty calibration.
 *
 * out:        receives the calibration
 * Ownership:  *out belongs to the caller; free it with gac_calibration_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG when out is NULL.
 */
GAC_API gac_status gac_calibration_new(gac_calibration **out);
/*
 * Keep only usage inside a period, given as START..END: each an RFC 3339
 * time (2026-01-01T00:00:00Z) or a date (2026-01-01), END a date counting
 * its whole day.  Without a period, the data's own first and last hours
 * bound it.  Call before adding files.
 *
 * cal:        the calibration, no file added yet
 * range:      the text START..END
 * err:        receives the detail of a failure (may be NULL)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for a malformed range or END not after START;
 *             GAC_EARG for a NULL argument or files already added.
 */
GAC_API gac_status gac_calibration_set_period(gac_calibration *cal, const char *range, gac_error *err);
/*
 * Name the region of usage whose data does not say it (CloudWatch
 * metrics, log records without `region`); us-east-1 by default.
 *
 * cal:        the calibration, not finished
 * region:     a region id such as "eu-west-1"
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for an id not made of a-z, 0-9 and '-' (1 to
 *             32 of them); GAC_ENOMEM; GAC_EARG for a NULL argument or a finished
 *             calibration.
 */
GAC_API gac_status gac_calibration_set_region(gac_calibration *cal, const char *region);
/*
 * Name the model of get-metric-statistics output, which does not say it
 * (its query's ModelId dimension).
 *
 * cal:        the calibration, not finished
 * model:      the model or inference-profile id
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL argument or a finished
 *             calibration.
 */
GAC_API gac_status gac_calibration_set_model(gac_calibration *cal, const char *model);
/*
 * Name the offer map that turns a bill's usage types into models and price
 * kinds (GAC_USAGE_CUR and GAC_USAGE_FOCUS); pricing/aws-offer-map.yaml
 * by default.
 *
 * cal:        the calibration, not finished
 * map_path:   the offer map file
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL argument or a finished
 *             calibration.
 */
GAC_API gac_status gac_calibration_set_map(gac_calibration *cal, const char *map_path);
/*
 * State the mean tokens of a request (input, cache reads and writes and
 * output together) of a model, or of every model, for bills: a bill counts
 * tokens, never requests, so the requests a month written are the billed
 * tokens over this figure, and the mean tokens per request this figure
 * split as the bill splits them.  The tokens priced are exactly the billed
 * ones whatever the figure.  A model's own figure beats the default.
 *
 * cal:        the calibration, not finished
 * model:      the model id as the bill maps it, or NULL for every model
 * tokens:     the mean tokens of a request, finite and above 0
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for tokens not finite or not above 0; GAC_ENOMEM;
 *             GAC_EARG for a NULL calibration or a finished one.
 */
GAC_API gac_status gac_calibration_set_request_tokens(gac_calibration *cal, const char *model, double tokens);
/*
 * Read one usage file, streaming (memory grows with models x hours, not
 * with the file).  All files of a calibration hold one kind of data:
 * logs and metrics count the same requests.  A gzip file of invocation
 * logs is inflated on a second thread while its records are read (same
 * figures and errors as on one); the thread has ended when this returns.
 *
 * cal:        the calibration, not finished
 * path:       the file
 * format:     what it holds, or GAC_USAGE_AUTO
 * err:        receives the detail of a failure (may be NULL)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EIO when it cannot be read (or is a corrupt gzip
 *             stream); for bills, those of gac_bill_read, and GAC_ESCHEMA
 *             for a bill of the other format than asked, GAC_EVALUE for
 *             a bill without a Bedrock token line, of another currency
 *             than those before, or billing a month another bill read
 *             bills too; GAC_ESYNTAX for a line (or file) that is not JSON,
 *             at its line and column; GAC_ESCHEMA for a record or document
 *             missing what the format requires; GAC_EVALUE for a bad
 *             count, time, statistic or namespace, or a file of the other
 *             kind than those before; GAC_ELIMIT for a line over 8 MiB;
 *             GAC_ENOMEM; GAC_EARG for a NULL argument, a finished
 *             calibration, or get-metric-statistics output without
 *             gac_calibration_set_model.
 */
GAC_API gac_status gac_calibration_add_file(gac_calibration *cal, const char *path, gac_usage_format format,
                                            gac_error *err);
/*
 * Sum the usage and fit the scenario: one workload per model and region
 * the sheet prices in the busiest region; models the sheet does not know
 * are reported, not written.
 *
 * cal:        the calibration, with files added
 * sheet:      the price sheet that checks the models
 * err:        receives the detail of a failure (may be NULL)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE when no usage falls in the period (or, for
 *             CloudWatch, a result has no query or a statistic that cannot
 *             be summed; for a bill, a per-model request rule names a
 *             model the bill has no token lines of); GAC_EMODEL when no
 *             model read is in the sheet;
 *             GAC_ENOMEM; GAC_EARG for a NULL argument or a calibration
 *             finished already.
 */
GAC_API gac_status gac_calibration_finish(gac_calibration *cal, const gac_sheet *sheet, gac_error *err);
/*
 * The fitted scenario (genaicost: scenario/1 YAML with a comment on each
 * value naming its data and period).
 *
 * out:          receives a NUL-terminated text (NULL on error)
 * cal:          a finished calibration
 * history_ref:  the history CSV as the scenario names it (relative to the
 *               scenario's directory), to draw requests and tokens from it
 *               under `uncertain:`; NULL for none
 * Ownership:    *out belongs to the caller: release it with gac_free().
 * Returns:      GAC_OK, or the status of the failure.
 * Errors:       GAC_ENOMEM; GAC_EARG for a NULL argument or a calibration
 *               not finished.
 */
GAC_API gac_status gac_calibration_scenario(char **out, const gac_calibration *cal, const char *history_ref);
/*
 * The monthly series of each workload as CSV (a header row, then a row a
 * calendar month: month, hours covered, and per workload NAME.requests_per_month,
 * NAME.input_tokens, NAME.output_tokens, NAME.cache_read_fraction,
 * NAME.cache_write_fraction), as `empirical` distributions read it.
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * cal:        a finished calibration
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL argument or a calibration
 *             not finished.
 */
GAC_API gac_status gac_calibration_history(char **out, const gac_calibration *cal);
/*
 * Render a calibration's report: lines and records read, and every one
 * not used with why (outside the period, failed, throttled, not an
 * invocation record), the workloads written, throttled invocations, and
 * the models left out.
 *
 * out:        receives a NUL-terminated text (NULL on error)
 * cal:        a finished calibration
 * format:     GAC_FORMAT_TABLE (text) or GAC_FORMAT_JSON (calibrate/1:
 *             what was read, skipped with counts and reasons, and each
 *             model's figures; a bill's other lines with their cost)
 * Ownership:  *out belongs to the caller: release it with gac_free().
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_EVALUE for another format; GAC_ENOMEM; GAC_ERANGE for
 *             a figure not finite (JSON); GAC_EARG for a NULL argument or a
 *             calibration not finished.
 */
GAC_API gac_status gac_report_calibration(char **out, const gac_calibration *cal, gac_format format);
/*
 * Release a calibration.
 *
 * cal:        the calibration; NULL does nothing
 * Ownership:  takes `cal`.
 */
GAC_API void gac_calibration_free(gac_calibration *cal);

/* ------------------------------------------------------------------ */
/* Charts                                                               */
/* ------------------------------------------------------------------ */

/* A chart of an analysis's result: a format-neutral description (kind,
 * categories, series, axis titles and units, marks such as the cheapest
 * option or a budget line), drawn by gac_chart_render.  Opaque; made by
 * the gac_chart_* builders, released with gac_chart_free. */
typedef struct gac_chart gac_chart;

/* What gac_chart_render writes.  Append-only.
 *
 * GAC_CHART_SVG:  standalone SVG text, no script, fonts or links
 * GAC_CHART_PNG:  a PNG image (cairo), 2x the SVG's size in pixels
 * GAC_CHART_PDF:  a one-page PDF (cairo), the SVG's size in points
 */
typedef enum gac_chart_format {
	GAC_CHART_SVG = 0,
	GAC_CHART_PNG = 1,
	GAC_CHART_PDF = 2,
	GAC_CHART_FORMAT_END     /* one past the last; not a format */
} gac_chart_format;

/*
 * The chart format a file name asks for, by its extension (.svg, .png,
 * .pdf, any case).
 *
 * out:      receives the format
 * path:     the file name
 * Returns:  GAC_OK, or the status of the failure.
 * Errors:   GAC_EVALUE for another or no extension; GAC_EARG for a NULL
 *           argument.
 */
GAC_API gac_status gac_chart_format_for_path(gac_chart_format *out, const char *path);

/*
 * A stacked bar chart of an estimate: one bar per workload, stacked by
 * component (input tokens, output tokens, provisioned throughput...),
 * money on the y axis.
 *
 * out:        receives the chart (NULL on error)
 * result:     the estimate
 * title:      the chart's title (the scenario's name); NULL for none
 * Ownership:  the caller owns *out (gac_chart_free)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL out or result.
 */
GAC_API gac_status gac_chart_estimate(gac_chart **out, const gac_result *result, const char *title);

/*
 * A bar chart of a comparison: each option's total side by side, stacked
 * by component, the cheapest marked "cheapest" and options whose units
 * do not carry the peak load marked "under capacity".
 *
 * out:         receives the chart (NULL on error)
 * comparison:  the comparison
 * title:       the chart's title; NULL for none
 * Ownership:   the caller owns *out (gac_chart_free)
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_ENOMEM; GAC_EARG for a NULL out or comparison.
 */
GAC_API gac_status gac_chart_compare(gac_chart **out, const gac_comparison *comparison, const char *title);

/*
 * Charts of a Monte Carlo run, one series per option: a histogram of the
 * monthly bill (40 bins), its cumulative distribution, and, with a
 * budget, the budget line and each option's probability of exceeding it
 * in the series' names.  A run with a horizon (gac_simulation_months)
 * charts the N-month totals, its axes titled "N-month total".
 *
 * out:        receives the chart (NULL on error)
 * sim:        the simulation
 * budget:     the budget the totals were held to, drawn as a line: the
 *             monthly budget, or with a horizon its months × it; NaN
 *             for none
 * currency:   the currency of the figures ("USD")
 * title:      the chart's title; NULL for none
 * Ownership:  the caller owns *out (gac_chart_free)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL out, sim or currency.
 */
GAC_API gac_status gac_chart_simulate(gac_chart **out, const gac_simulation *sim, double budget,
                                      const char *currency, const char *title);

/*
 * A tornado chart of a sensitivity ranking: one row per input, largest
 * swing first, a bar from the base total to the total with the input
 * moved down and one to the total with it moved up.
 *
 * out:          receives the chart (NULL on error)
 * sensitivity:  the ranking
 * currency:     the currency of the figures ("USD")
 * title:        the chart's title; NULL for none
 * Ownership:    the caller owns *out (gac_chart_free)
 * Returns:      GAC_OK, or the status of the failure.
 * Errors:       GAC_ENOMEM; GAC_EARG for a NULL out, sensitivity or
 *               currency.
 */
GAC_API gac_status gac_chart_sensitivity(gac_chart **out, const gac_sensitivity *sensitivity,
                                         const char *currency, const char *title);

/*
 * A line chart of a break-even: both options' monthly cost against the
 * parameter varied, each crossing marked at its value, and where an
 * option's units run out of capacity.  The curves come from `sweep`, a
 * one-axis sweep over the same parameter (gac_break_even_path) and range
 * (gac_break_even_range), log-spaced when the break-even's scan was; the
 * x axis is logarithmic then.
 *
 * out:        receives the chart (NULL on error)
 * be:         the break-even
 * sweep:      the sweep that prices both options along the range
 * currency:   the currency of the figures ("USD")
 * title:      the chart's title; NULL for none
 * Ownership:  the caller owns *out (gac_chart_free)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL out, be, sweep or currency,
 *             or a sweep without points or without either option.
 */
GAC_API gac_status gac_chart_break_even(gac_chart **out, const gac_break_even *be, const gac_sweep *sweep,
                                        const char *currency, const char *title);

/*
 * A chart of a sweep: over one axis, a line per option (the baseline and
 * each option) of the monthly cost against the parameter, on a log axis
 * when the sweep is log-spaced; over two, a heat map per option, the
 * first axis down and the second across, darker where it costs more.
 *
 * out:         receives the chart (NULL on error)
 * sweep:       the sweep
 * axes:        the axes it was run over
 * axis_count:  1 or 2, as given to gac_sweep_run
 * currency:    the currency of the figures ("USD")
 * title:       the chart's title; NULL for none
 * Ownership:   the caller owns *out (gac_chart_free); the axes stay the
 *              caller's
 * Returns:     GAC_OK, or the status of the failure.
 * Errors:      GAC_ENOMEM; GAC_EARG for a NULL out, sweep, axes, axis or
 *              currency, or axis_count not 1 or 2.
 */
GAC_API gac_status gac_chart_sweep(gac_chart **out, const gac_sweep *sweep, gac_sweep_axis *const *axes,
                                   size_t axis_count, const char *currency, const char *title);

/*
 * A stacked bar chart of a forecast, month by month: what the purchases
 * and reservations running that month bill (hatched: committed) and the
 * rest of the month's cost, by the option in force; the first month of
 * each run of months under capacity marked.
 *
 * out:        receives the chart (NULL on error)
 * forecast:   the forecast
 * currency:   the currency of the figures ("USD")
 * title:      the chart's title; NULL for none
 * Ownership:  the caller owns *out (gac_chart_free)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL out, forecast or currency.
 */
GAC_API gac_status gac_chart_forecast(gac_chart **out, const gac_forecast *forecast, const char *currency,
                                      const char *title);

/*
 * Write a chart as SVG, PNG or PDF.  Numbers on the axes are nice steps
 * (1, 2 or 5 times a power of ten) labelled with thousands separators;
 * series take colours of a fixed palette ordered by luminance, with
 * hatching or dashes, so they stay apart printed in grey or seen with
 * colour-blindness.
 *
 * out:        receives the bytes, NUL-terminated (NULL on error)
 * len:        receives their length, the NUL not counted
 * chart:      the chart
 * format:     GAC_CHART_SVG, GAC_CHART_PNG or GAC_CHART_PDF
 * Ownership:  the caller owns *out (gac_free)
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EIO when cairo fails to draw; GAC_EARG for
 *             a NULL argument or an unknown format.
 */
GAC_API gac_status gac_chart_render(char **out, size_t *len, const gac_chart *chart, gac_chart_format format);

/*
 * A line of small text under a chart, such as where its figures come
 * from ("Prices: aws-bedrock (as of 2026-09-23) · scenario hash ..."),
 * so that a chart pasted alone into a slide still says it; the chart
 * grows by its height.  genaicost's --chart sets it.
 *
 * chart:      the chart
 * note:       the text (copied); NULL or "" removes the note
 * Returns:    GAC_OK, or the status of the failure.
 * Errors:     GAC_ENOMEM; GAC_EARG for a NULL chart.
 */
GAC_API gac_status gac_chart_set_note(gac_chart *chart, const char *note);

/*
 * Release a chart.
 *
 * chart:      the chart; NULL does nothing
 * Ownership:  takes `chart`.
 */
GAC_API void gac_chart_free(gac_chart *chart);

/*
 * A report as one self-contained HTML page: the report's Markdown (as a
 * gac_report_* function writes it with GAC_FORMAT_MARKDOWN) with its
 * tables, headings and lists in HTML, the charts inline as SVG after
 * the first table, and a footer naming the price sheet (name, date,
 * hash) and the scenario (name, hash).  No script, no network; a style
 * for the screen and for A4 paper.  No tag passes from the Markdown but
 * the two the report writers use, and only where they put them (<sub>
 * around a whole note cell; <details><summary>...</summary> and
 * </details> as lines of their own); any other < or & is text, so
 * nothing a scenario or a sheet says becomes markup.  <details> blocks
 * are written open, so that they print.
 *
 * out:          receives the page, NUL-terminated
 * markdown:     the report's Markdown
 * warnings:     warning_count lines of text shown first, each marked
 *               "Warning:" (such as a model AWS has retired; NULL when
 *               none); escaped
 * warning_count: how many
 * charts:       chart_count charts to draw inline (NULL when none)
 * chart_count:  how many
 * sheet:        the price sheet the report was priced with, or NULL
 * scenario:     the scenario, or NULL
 * Ownership:    *out belongs to the caller: release it with gac_free().
 * Returns:      GAC_OK, or the status of the failure.
 * Errors:       GAC_ENOMEM; GAC_EARG for a NULL out or markdown, or a
 *               NULL chart or warning.
 */
GAC_API gac_status gac_report_html(char **out, const char *markdown, const char *const *warnings,
                                   size_t warning_count, const gac_chart *const *charts, size_t chart_count,
                                   const gac_sheet *sheet, const gac_scenario *scenario);

#ifdef __cplusplus
}
#endif

#endif /* GENAICOST_H */

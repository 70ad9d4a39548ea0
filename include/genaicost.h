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
 *    gac_forecast, gac_break_even, gac_sweep_axis, gac_sweep;
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
 */
#ifndef GENAICOST_H
#define GENAICOST_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GAC_VERSION_MAJOR 0
#define GAC_VERSION_MINOR 3
#define GAC_VERSION_PATCH 0
#define GAC_VERSION_STRING "0.3.0"

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
 * error is not tied to a place in a file. */
typedef struct gac_error {
	gac_status status;
	unsigned line;
	unsigned column;
	char file[1024];
	char message[512];
} gac_error;

/* Static, human-readable text for a status; never NULL. */
GAC_API const char *gac_strerror(gac_status status);

/* Reset an error object to GAC_OK with empty strings.  NULL-safe. */
GAC_API void gac_error_clear(gac_error *err);

/* Library version as "MAJOR.MINOR.PATCH". */
GAC_API const char *gac_version(void);

/*
 * Release plain memory the library handed out: the texts of the report
 * functions, the paths of gac_sheet_resolve and gac_scenario_sheet_resolve,
 * the strings of gac_scenario_get_text and gac_scenario_text_param_path.
 * p: what the library returned through a `char **out`; NULL does nothing
 * Objects with their own *_free() are released with that, not with this.
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
 * out:   receives the value (untouched on error)
 * text:  NUL-terminated text
 * Returns GAC_OK, GAC_EVALUE (malformed, negative when forbidden) or
 * GAC_ERANGE (overflow, not finite).
 */
GAC_API gac_status gac_parse_number(double *out, const char *text, unsigned flags);

/* ------------------------------------------------------------------ */
/* Files                                                                */
/* ------------------------------------------------------------------ */

typedef enum gac_file_kind {
	GAC_FILE_PRICESHEET = 1,   /* genaicost: pricesheet/N */
	GAC_FILE_SCENARIO = 2      /* genaicost: scenario/N */
} gac_file_kind;

/* Tell a price sheet from a scenario by its `genaicost:` key.
 * Returns GAC_ESCHEMA (with position) when the file is neither. */
GAC_API gac_status gac_file_kind_of(gac_file_kind *out, const char *path, gac_error *err);

/* ------------------------------------------------------------------ */
/* Price sheets                                                         */
/* ------------------------------------------------------------------ */

typedef struct gac_sheet gac_sheet;

/* Kinds of price a model entry can carry. */
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

/* A model as priced in one region.  Strings belong to the sheet and live
 * as long as it does.  Versioned (see "Struct policy" in libgenaicost(3)):
 * the caller sets `version` (GAC_MODEL_INFO_INIT, gac_model_info_init, or
 * 0, read as 1) and the library fills the fields of that version alone. */
#define GAC_MODEL_INFO_VERSION 1
#define GAC_MODEL_INFO_PRICES 16   /* room in price[]: kinds added to gac_price
                                    * stay within it */
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
/* C convenience; a binding calls gac_model_info_init. */
#define GAC_MODEL_INFO_INIT {.version = GAC_MODEL_INFO_VERSION}

/*
 * Prepare a gac_model_info for gac_sheet_model: every field zeroed and
 * `version` set, libgit2's *_init pattern, for callers that cannot use
 * GAC_MODEL_INFO_INIT (bindings, C++).
 * info:    the struct to prepare
 * version: GAC_MODEL_INFO_VERSION of the header compiled against
 * Returns GAC_EARG for a NULL info or a version this library does not
 * know (0, or above GAC_MODEL_INFO_VERSION); info is then unchanged.
 */
GAC_API gac_status gac_model_info_init(gac_model_info *info, unsigned int version);

/*
 * Load a price sheet (`genaicost: pricesheet/1`) from a file.
 * out:  receives the sheet; free with gac_sheet_free()
 * path: file to read
 * err:  may be NULL; receives detail on failure
 */
GAC_API gac_status gac_sheet_load_file(gac_sheet **out, const char *path, gac_error *err);

/* Same, from memory.  `name` is used in error messages. */
GAC_API gac_status gac_sheet_load_buffer(gac_sheet **out, const char *data, size_t len,
                                         const char *name, gac_error *err);

GAC_API void gac_sheet_free(gac_sheet *sheet);

GAC_API const char *gac_sheet_name(const gac_sheet *sheet);
GAC_API const char *gac_sheet_currency(const gac_sheet *sheet);
GAC_API const char *gac_sheet_as_of(const gac_sheet *sheet);
/* Path the sheet was loaded from (the `name` given for buffers). */
GAC_API const char *gac_sheet_path(const gac_sheet *sheet);
/* FNV-1a 64-bit hash of the sheet's bytes, as 16 hex digits. */
GAC_API const char *gac_sheet_hash(const gac_sheet *sheet);
GAC_API size_t gac_sheet_model_count(const gac_sheet *sheet);

/*
 * Describe model `index` as priced in `region` (NULL: the entry's base
 * prices).  Region overrides of the sheet are applied.
 * out: set up with GAC_MODEL_INFO_INIT or gac_model_info_init (version 0
 *      is read as 1); the fields of out->version are filled
 * Returns GAC_EARG for a bad index or an out->version above
 * GAC_MODEL_INFO_VERSION.
 */
GAC_API gac_status gac_sheet_model(gac_model_info *out, const gac_sheet *sheet, size_t index,
                                   const char *region);

/* Index of the model with this id, or GAC_EMODEL. */
GAC_API gac_status gac_sheet_find(size_t *index, const gac_sheet *sheet, const char *id);

/* Region `i` of model `index`; NULL when out of range. */
GAC_API const char *gac_sheet_model_region(const gac_sheet *sheet, size_t index, size_t i);

/*
 * Find a bundled or local price sheet.
 * path_out: receives a path; release it with gac_free()
 * ref:      a file path, or a bundled sheet name such as "aws-bedrock"
 * base_dir: directory relative paths are taken from (NULL: current)
 * dirs:     NULL-terminated list of directories holding bundled sheets;
 *           NULL: the library's own, gac_pricing_dirs()
 * Returns GAC_ENOTFOUND, with a message naming every directory searched,
 * when nothing matches.
 */
GAC_API gac_status gac_sheet_resolve(char **path_out, const char *ref, const char *base_dir,
                                     const char *const *dirs, gac_error *err);

/*
 * The directory of bundled price sheets compiled into the library: the
 * installed pricing/, PRICINGDIR at build time (pkg-config --variable=
 * pricingdir genaicost), by default /usr/local/share/genaicost/pricing.
 * Returns a static string; never NULL.
 */
GAC_API const char *gac_pricing_dir(void);

/*
 * The directories searched for a bundled sheet by name when a caller
 * passes no `dirs`: each directory of the environment variable
 * GENAICOST_PRICING_PATH (colon-separated, in order, empty entries
 * skipped), then gac_pricing_dir().  The environment is read at each call.
 * dirs_out: receives a malloc'd NULL-terminated array whose strings live
 *           in the same block: release it with one gac_free() (the caller owns it)
 * Returns GAC_ENOMEM, or GAC_EARG for a NULL dirs_out.
 */
GAC_API gac_status gac_pricing_dirs(char ***dirs_out, gac_error *err);

/* ------------------------------------------------------------------ */
/* Scenarios and parameters                                             */
/* ------------------------------------------------------------------ */

typedef struct gac_scenario gac_scenario;

/*
 * Load a scenario (`genaicost: scenario/1`).  A scenario may come from
 * someone else (a pull request a CI gate prices), so the files it names,
 * an empirical distribution's `csv:` and a `pricing:` path, are read only
 * where they resolve (symbolic links and `..` followed) inside the
 * scenario's own directory, or a directory the load options allow, or
 * (for `pricing:`) a directory of bundled sheets; anything else is
 * GAC_EACCESS at the value's line and column.  These two load with
 * GAC_LOAD_OPTIONS_INIT: the scenario's directory only.  The directory of
 * a buffer is that of `name` (the current one when it has no '/').
 */
GAC_API gac_status gac_scenario_load_file(gac_scenario **out, const char *path, gac_error *err);
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
#define GAC_LOAD_OPTIONS_VERSION 1
/* C convenience for the defaults; a binding calls gac_load_options_init. */
#define GAC_LOAD_OPTIONS_INIT {GAC_LOAD_OPTIONS_VERSION, NULL, 0u}
#define GAC_LOAD_ANY_PATH 0x1u

/*
 * Set load options to their defaults (the scenario's directory only, no
 * flags) for `version`, libgit2's *_options_init pattern: what
 * GAC_LOAD_OPTIONS_INIT gives, for callers that cannot use a C initialiser.
 * opts:    the struct to set
 * version: GAC_LOAD_OPTIONS_VERSION of the header compiled against
 * Returns GAC_EARG for a NULL opts or a version this library does not
 * know (0, or above GAC_LOAD_OPTIONS_VERSION); opts is then unchanged.
 */
GAC_API gac_status gac_load_options_init(gac_load_options *opts, unsigned int version);

/* gac_scenario_load_file with options (NULL: the defaults).  A zeroed
 * struct (version 0) is the defaults too.
 * Returns GAC_EARG for a version above GAC_LOAD_OPTIONS_VERSION (detail
 * in err), GAC_EACCESS for a csv: path outside the allowed directories. */
GAC_API gac_status gac_scenario_load_file_opts(gac_scenario **out, const char *path,
                                               const gac_load_options *opts, gac_error *err);

/*
 * The price sheet a scenario's `pricing:` names, resolved as
 * gac_sheet_resolve does from the scenario's directory, under the rule the
 * scenario was loaded with: a path must resolve inside the scenario's
 * directory, an allowed one, or one of `dirs` (the bundled sheets), and a
 * name must be found in `dirs`.  Errors are placed at the `pricing:`
 * value: GAC_EACCESS (outside), GAC_ENOTFOUND (no such name), GAC_EIO (no
 * such file).  A value set by gac_scenario_set is the caller's own, and
 * is trusted; no `pricing:` at all is "aws-bedrock".  NULL `dirs`: the
 * library's own, gac_pricing_dirs().
 * path_out: receives a path; release it with gac_free()
 */
GAC_API gac_status gac_scenario_sheet_resolve(char **path_out, const gac_scenario *scenario,
                                              const char *const *dirs, gac_error *err);

/* An empty scenario (no workloads, defaults everywhere), for building one
 * in code.  `name` may be NULL. */
GAC_API gac_status gac_scenario_new(gac_scenario **out, const char *name);

/* Deep copy, so an analysis can change parameters and keep the original. */
GAC_API gac_status gac_scenario_clone(gac_scenario **out, const gac_scenario *scenario);

GAC_API void gac_scenario_free(gac_scenario *scenario);

/* Add a workload; `name` must be unique and made of [A-Za-z0-9_-]. */
GAC_API gac_status gac_scenario_add_workload(gac_scenario *scenario, const char *name,
                                             const char *model);

GAC_API const char *gac_scenario_name(const gac_scenario *scenario);
/* The `pricing:` reference (sheet name or path), NULL when absent. */
GAC_API const char *gac_scenario_pricing(const gac_scenario *scenario);
/* Directory of the scenario file ("." for buffers and new scenarios). */
GAC_API const char *gac_scenario_dir(const gac_scenario *scenario);
GAC_API const char *gac_scenario_path(const gac_scenario *scenario);
/* FNV-1a 64-bit hash, 16 hex digits, of the file's bytes, extended by
 * every gac_scenario_set and gac_scenario_add_workload made since (a
 * --set shows in it; the analyses' own changes do not). */
GAC_API const char *gac_scenario_hash(const gac_scenario *scenario);
GAC_API size_t gac_scenario_workload_count(const gac_scenario *scenario);
GAC_API const char *gac_scenario_workload_name(const gac_scenario *scenario, size_t i);
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

/* Set from text, parsed as the parameter expects (number with suffixes,
 * fraction with %, enumeration name, or text).  `err` may be NULL. */
GAC_API gac_status gac_scenario_set(gac_scenario *scenario, const char *path, const char *value,
                                    gac_error *err);
/* Set a numeric parameter; validated like a loaded value. */
GAC_API gac_status gac_scenario_set_number(gac_scenario *scenario, const char *path, double value,
                                           gac_error *err);
/* Current numeric value (defaults included); GAC_EPARAM for unknown or
 * text parameters. */
GAC_API gac_status gac_scenario_get_number(double *out, const gac_scenario *scenario,
                                           const char *path);

/* Any parameter as text: numbers in shortest exact form, enumerations by
 * name, text parameters as they are.  *out is the caller's: release it
 * with gac_free(). */
GAC_API gac_status gac_scenario_get_text(char **out, const gac_scenario *scenario, const char *path);

/* Enumerate text parameters (region, pricing, topology.regions, each
 * workload's model, each service's service id, ...): the path of the i-th
 * goes to *out, the caller's (release it with gac_free()). */
GAC_API size_t gac_scenario_text_param_count(const gac_scenario *scenario);
GAC_API gac_status gac_scenario_text_param_path(char **out, const gac_scenario *scenario, size_t i);

/* Enumerate numeric parameters: count, then the path of each (the string
 * belongs to the scenario and lives until its workloads change). */
GAC_API size_t gac_scenario_param_count(const gac_scenario *scenario);
GAC_API const char *gac_scenario_param_path(const gac_scenario *scenario, size_t i);

/* Whether the numeric parameter at `path` was given (in the scenario file,
 * by gac_scenario_set or by an option) rather than left at its default.
 * `meaning`, when not NULL, receives for an unset parameter what its
 * default stands for where that is not simply the value it reads as
 * (deployment.model_unit_input_tpm reads 0: "the model unit's capacity
 * from the price sheet"; a workload's deployment.* reads the scenario's),
 * else NULL; the string is static.  Returns 1 if set; 0 if unset, for an
 * unknown path or a NULL argument. */
GAC_API int gac_scenario_is_set(const gac_scenario *scenario, const char *path, const char **meaning);

/*
 * Options: named variants declared under `options:`, each a set of
 * parameter overrides.  "baseline" is the scenario as written.
 */
GAC_API size_t gac_scenario_option_count(const gac_scenario *scenario);
GAC_API const char *gac_scenario_option_name(const gac_scenario *scenario, size_t i);

/* Add an option in code: `count` overrides of paths[i] to values[i].
 * Checked at once; on failure the scenario is unchanged. */
GAC_API gac_status gac_scenario_add_option(gac_scenario *scenario, const char *name,
                                           const char *const *paths, const char *const *values,
                                           size_t count, gac_error *err);

/* A copy of the scenario with option `name` applied ("baseline": an
 * unchanged copy).  GAC_EPARAM when no option has that name.  The copy
 * has no options of its own: it costs the scenario's size without them. */
GAC_API gac_status gac_scenario_with_option(gac_scenario **out, const gac_scenario *scenario,
                                            const char *name, gac_error *err);

/* ------------------------------------------------------------------ */
/* Estimates                                                            */
/* ------------------------------------------------------------------ */

/* One priced line: cost = quantity * unit_price, exactly. */
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
} gac_line;

typedef struct gac_result gac_result;

/*
 * Price a scenario with a sheet.
 * out: receives the result; free with gac_result_free()
 * Fails with GAC_EMODEL, GAC_EREGION, GAC_ENOPRICE, GAC_EVALUE or
 * GAC_ERANGE, with detail in `err`.
 */
GAC_API gac_status gac_estimate(gac_result **out, const gac_scenario *scenario,
                                const gac_sheet *sheet, gac_error *err);

/* The total alone, without line texts: what analyses that price a scenario
 * thousands of times call.  Same figure as gac_estimate's, bit for bit. */
GAC_API gac_status gac_estimate_total(double *total, const gac_scenario *scenario,
                                      const gac_sheet *sheet, gac_error *err);

/* A workspace for estimates in a loop (GSL style): with it,
 * gac_estimate_total_ws allocates nothing once the workspace has grown. */
typedef struct gac_workspace gac_workspace;
GAC_API gac_status gac_workspace_new(gac_workspace **out);
GAC_API void gac_workspace_free(gac_workspace *workspace);
GAC_API gac_status gac_estimate_total_ws(double *total, const gac_scenario *scenario, const gac_sheet *sheet,
                                         gac_workspace *workspace, gac_error *err);

GAC_API void gac_result_free(gac_result *result);
/* What the provider bills a month: the sum of the line items.  The
 * expected outage cost of a topology is no line item and is not in it. */
GAC_API double gac_result_total(const gac_result *result);
/* The expected outage cost a month (expected downtime hours × the
 * scenario's topology.downtime_cost_per_hour): a risk no provider bills;
 * 0 when the scenario prices no downtime. */
GAC_API double gac_result_expected_outage_cost(const gac_result *result);
/* gac_result_total + gac_result_expected_outage_cost. */
GAC_API double gac_result_risk_adjusted_total(const gac_result *result);
/* The expected outage cost as a line (quantity in downtime hours, unit
 * price the downtime cost per hour, its formula), owned by the result;
 * NULL when the scenario prices no downtime. */
GAC_API const gac_line *gac_result_outage_line(const gac_result *result);
GAC_API size_t gac_result_line_count(const gac_result *result);
/* Line `i`, owned by the result; NULL when out of range. */
GAC_API const gac_line *gac_result_line(const gac_result *result, size_t i);
GAC_API const char *gac_result_currency(const gac_result *result);
GAC_API double gac_result_hours(const gac_result *result);
/*
 * Total cost of ownership month by month: running costs every month, and
 * each one-time amount (instead of its monthly share) in month 1 and again
 * every `every_months`.  cumulative[m] is the total of months 1..m+1.
 * Returns GAC_ERANGE when the sum overflows (the figures are then not finite).
 */
GAC_API gac_status gac_result_tco(double *cumulative, size_t months, const gac_result *result);

/*
 * What a result's committed provisioned throughput still owes after
 * `months` months: each commitment bought in month 1 and renewed every term
 * to run through month `months` bills its whole last term, so it owes
 * monthly cost × (ceil(months ÷ term) × term − months).  0 without a
 * commitment (and for NULL).
 */
GAC_API double gac_result_owed_after(const gac_result *result, size_t months);

/* Primary region the estimate was priced in. */
GAC_API const char *gac_result_region(const gac_result *result);

/* What a provisioned throughput buys, one per model in provisioned mode.
 * Figures that need a model unit's capacity are NAN when it is unknown
 * (AWS does not publish it: it comes from the sheet or the scenario). */
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
	double utilisation;          /* average load over capacity billed, NAN if unknown */
	double tokens_per_month;     /* input + output tokens served */
	double monthly_cost;
	double effective_per_1m;     /* (monthly cost + overflow_cost) per 1M tokens, NAN if none */
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
} gac_provisioned;

/* The topology an estimate was priced for, and the availability it buys. */
typedef struct gac_topology_info {
	const char *strategy;        /* single, multi-az, active-passive, active-active */
	size_t regions;
	double azs_per_region;
	double availability;         /* fraction; NAN when no figures are known */
	double downtime_hours;       /* expected per month, NAN when unknown */
} gac_topology_info;

/* Never NULL for a result. */
GAC_API const gac_topology_info *gac_result_topology(const gac_result *result);

GAC_API size_t gac_result_provisioned_count(const gac_result *result);
GAC_API const gac_provisioned *gac_result_provisioned(const gac_result *result, size_t i);

/*
 * Whether a result is under capacity: some provisioned throughput it
 * prices has fewer model units than its peak load needs, and the load
 * beyond them is not served.  Such an option does not carry the load, so
 * no analysis recommends it as the cheapest.
 * needed: may be NULL; receives the units needed of the first entry under
 *         capacity (NAN when none is)
 * Returns 1 when under capacity, 0 otherwise (and for NULL).
 */
GAC_API int gac_result_under_capacity(const gac_result *result, double *needed);

/* ------------------------------------------------------------------ */
/* Comparisons                                                          */
/* ------------------------------------------------------------------ */

typedef struct gac_comparison gac_comparison;

/*
 * Price the baseline and every option of a scenario.
 * Entry 0 is "baseline", then the options in file order.
 */
GAC_API gac_status gac_compare(gac_comparison **out, const gac_scenario *scenario,
                               const gac_sheet *sheet, gac_error *err);
GAC_API void gac_comparison_free(gac_comparison *comparison);
GAC_API size_t gac_comparison_count(const gac_comparison *comparison);
GAC_API const char *gac_comparison_name(const gac_comparison *comparison, size_t i);
/* The estimate of entry `i`, owned by the comparison. */
GAC_API const gac_result *gac_comparison_result(const gac_comparison *comparison, size_t i);
/*
 * Index of the cheapest entry that carries its load (the first of equals):
 * an entry under capacity (gac_result_under_capacity) is never the
 * cheapest.  Returns SIZE_MAX when no entry carries the load (or for NULL).
 */
GAC_API size_t gac_comparison_cheapest(const gac_comparison *comparison);
/* Index of the entry of lowest risk-adjusted total (billed + expected
 * outage cost; the first of equals) among those whose provisioned units
 * carry the load; gac_comparison_count() when none does. */
GAC_API size_t gac_comparison_lowest_risk_adjusted(const gac_comparison *comparison);

/* ------------------------------------------------------------------ */
/* Differences between two estimates                                    */
/* ------------------------------------------------------------------ */

/* One line item matched across two estimates by workload, model and
 * component.  Strings belong to the results compared.  Read through
 * gac_deltas_at: fields may be appended (see "Struct policy" in
 * libgenaicost(3)). */
typedef struct gac_delta {
	const char *workload, *model, *component, *unit;
	double old_cost, new_cost;      /* 0 on the side where the line is absent */
	double old_quantity, new_quantity;
	int added, removed;             /* only in the new / only in the old */
} gac_delta;

/* The deltas of two estimates, a list read with gac_deltas_count and
 * gac_deltas_at. */
typedef struct gac_deltas gac_deltas;

/*
 * Match the lines of two estimates, in the old estimate's order then the
 * lines only the new one has.
 * out:        receives the list; release it with gac_deltas_free()
 * old_result, new_result: the estimates; they must outlive the list,
 *             whose strings are theirs
 * Returns GAC_EARG for a NULL argument, GAC_ENOMEM; *out is NULL on
 * failure.
 */
GAC_API gac_status gac_result_diff(gac_deltas **out, const gac_result *old_result,
                                   const gac_result *new_result);
/* How many deltas a list holds; 0 for NULL. */
GAC_API size_t gac_deltas_count(const gac_deltas *deltas);
/* Delta `i`, owned by the list; NULL when out of range or for NULL. */
GAC_API const gac_delta *gac_deltas_at(const gac_deltas *deltas, size_t i);
/* Release a list of deltas.  NULL-safe. */
GAC_API void gac_deltas_free(gac_deltas *deltas);

/* ------------------------------------------------------------------ */
/* Snapshots: priced options and what they were computed from           */
/* ------------------------------------------------------------------ */

/* What a snapshot was computed from.  Strings belong to the snapshot. */
typedef struct gac_provenance {
	const char *kind;            /* "scenario" when priced now, else the saved
	                              * report's tag: "report/1", "compare/1", "check/1" */
	const char *source;          /* the scenario or report file */
	const char *scenario_name, *scenario_hash;
	const char *pricing_name, *pricing_as_of, *pricing_hash;
	const char *currency;
} gac_provenance;

typedef struct gac_snapshot gac_snapshot;

/* Price the baseline and every option of a scenario (entry 0 is
 * "baseline", then the options in file order). */
GAC_API gac_status gac_snapshot_price(gac_snapshot **out, const gac_scenario *scenario,
                                      const gac_sheet *sheet, gac_error *err);

/*
 * Read a saved JSON report back: an estimate (report/1, one entry named
 * "baseline"), a comparison (compare/1) or a check (check/1), one entry
 * per option.  Line costs and totals are taken as written and checked:
 * a cost that is not quantity × unit price, or a total its lines do not
 * add to, is GAC_EVALUE (the file was changed).  Malformed JSON is
 * GAC_ESYNTAX, a missing or mistyped field GAC_ESCHEMA, a newer report
 * version GAC_EVERSION; each with the file, line and column.
 */
GAC_API gac_status gac_snapshot_load_file(gac_snapshot **out, const char *path, gac_error *err);
GAC_API gac_status gac_snapshot_load_buffer(gac_snapshot **out, const char *data, size_t len,
                                            const char *name, gac_error *err);
GAC_API void gac_snapshot_free(gac_snapshot *snapshot);
GAC_API const gac_provenance *gac_snapshot_provenance(const gac_snapshot *snapshot);
GAC_API size_t gac_snapshot_count(const gac_snapshot *snapshot);
GAC_API const char *gac_snapshot_name(const gac_snapshot *snapshot, size_t i);
/* Entry `i` as an estimate owned by the snapshot (a read-back one has
 * lines and a total, no provisioned or topology detail). */
GAC_API const gac_result *gac_snapshot_result(const gac_snapshot *snapshot, size_t i);
/* Index of the entry called `name`; gac_snapshot_count() when none is. */
GAC_API size_t gac_snapshot_find(const gac_snapshot *snapshot, const char *name);

/* 1 when the snapshot holds the inputs it was computed from: always when
 * priced now, and when the saved report has "inputs". */
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
 * gac_input_changes_count and gac_input_changes_at. */
typedef struct gac_input_changes gac_input_changes;

/*
 * The inputs that differ, old -> new: the price sheet's name, as_of and
 * hash (pricing.name, ...), and when both snapshots hold inputs, every
 * parameter (gac_scenario_param_path and gac_scenario_text_param_path)
 * and each option's overrides (options.NAME.PATH), in the old side's
 * order, then what only the new side has.  Budget thresholds are what a
 * check judges, not inputs, and are left out.
 * out: receives the list (empty when nothing differs); release it with
 *      gac_input_changes_free()
 * Returns GAC_EARG for a NULL argument, GAC_ENOMEM; *out is NULL on
 * failure.
 */
GAC_API gac_status gac_snapshot_input_changes(gac_input_changes **out, const gac_snapshot *old_snapshot,
                                              const gac_snapshot *new_snapshot);
/* How many changes a list holds; 0 for NULL. */
GAC_API size_t gac_input_changes_count(const gac_input_changes *changes);
/* Change `i`, owned by the list; NULL when out of range or for NULL. */
GAC_API const gac_input_change *gac_input_changes_at(const gac_input_changes *changes, size_t i);
/* Release a list of input changes and its strings.  NULL-safe. */
GAC_API void gac_input_changes_free(gac_input_changes *changes);

/* GAC_OK when the baseline was computed from a scenario of the scenario's
 * name; else GAC_EVALUE naming both, at the baseline's scenario.name. */
GAC_API gac_status gac_snapshot_same_scenario(const gac_snapshot *baseline, const gac_scenario *scenario,
                                              gac_error *err);

/* A workload's share of an estimate: the lines it owns, plus in full
 * the lines it shares with other workloads (a provisioned throughput
 * serving several), so a workload is never judged on less than it may
 * cost.  0 for a workload with no lines. */
GAC_API double gac_result_workload_share(const gac_result *result, const char *workload);

/* ------------------------------------------------------------------ */
/* Sensitivity                                                          */
/* ------------------------------------------------------------------ */

/* The effect on the total of moving one input down and up. */
typedef struct gac_sensitivity_item {
	const char *path;        /* belongs to the result */
	double value, low, high; /* the input as written, moved down, moved up */
	double total_low, total_high;
	double swing;            /* |total_high - total_low| */
	int clamped_low;         /* 1: the scenario refused the full move down, and */
	int clamped_high;        /* low (high) is as far as it takes on that side */
} gac_sensitivity_item;

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
 */
GAC_API gac_status gac_sensitivity_run(gac_sensitivity **out, const gac_scenario *scenario,
                                       const gac_sheet *sheet, double swing, gac_error *err);
/* The same for the inputs vary[0..nvary) alone (nvary 0: every input),
 * structural ones included, a choice moved to its neighbouring values.
 * GAC_EPARAM when one is not a numeric parameter. */
GAC_API gac_status gac_sensitivity_run_vary(gac_sensitivity **out, const gac_scenario *scenario,
                                            const gac_sheet *sheet, double swing, const char *const *vary,
                                            size_t nvary, gac_error *err);
/* The structural inputs left unranked, and path `i` of them. */
GAC_API size_t gac_sensitivity_unranked_count(const gac_sensitivity *sensitivity);
GAC_API const char *gac_sensitivity_unranked(const gac_sensitivity *sensitivity, size_t i);
GAC_API void gac_sensitivity_free(gac_sensitivity *sensitivity);
GAC_API size_t gac_sensitivity_count(const gac_sensitivity *sensitivity);
GAC_API const gac_sensitivity_item *gac_sensitivity_at(const gac_sensitivity *sensitivity, size_t i);
/* The total as written. */
GAC_API double gac_sensitivity_base(const gac_sensitivity *sensitivity);

/* ------------------------------------------------------------------ */
/* Monte Carlo                                                          */
/* ------------------------------------------------------------------ */

#define GAC_SIM_OPTIONS_VERSION 1

typedef struct gac_sim_options {
	unsigned version;        /* GAC_SIM_OPTIONS_VERSION */
	size_t trials;
	uint64_t seed;           /* any 64-bit value; the same seed, the same run */
	unsigned threads;        /* 0: every core */
	double budget;           /* monthly budget; NaN: the scenario's
	                          * budget.monthly, or none */
	size_t memory_cap;       /* bytes kept for exact percentiles; 0: 256 MiB */
	double precision;        /* > 0: double the trials until every option's 95%
	                          * interval of the mean is within this share of it */
	size_t max_trials;       /* the cap on that; 0: 100 × trials */
	/* called from the calling thread as blocks of trials finish (may be
	 * NULL): the library draws nothing itself.  done reaches total only
	 * once the run is finished, its statistics included. */
	void (*progress)(void *user, size_t done, size_t total);
	void *progress_user;
} gac_sim_options;

/* C convenience (GCC and Clang: it uses __builtin_nan); a binding or
 * another compiler calls gac_sim_options_init. */
#define GAC_SIM_OPTIONS_INIT {GAC_SIM_OPTIONS_VERSION, 10000, 1, 0, __builtin_nan(""), 0, 0, 0, 0, 0}

/*
 * Set simulation options to their defaults for `version`: 10,000 trials,
 * seed 1, every core, budget NaN (the scenario's, or none), 256 MiB for
 * exact percentiles, no precision target, no progress callback; what
 * GAC_SIM_OPTIONS_INIT gives.
 * opts:    the struct to set
 * version: GAC_SIM_OPTIONS_VERSION of the header compiled against
 * Returns GAC_EARG for a NULL opts or a version this library does not
 * know (0, or above GAC_SIM_OPTIONS_VERSION); opts is then unchanged.
 *
 * A struct of all zeros (version 0, from calloc or `= {0}`) is accepted by
 * gac_simulate and gac_check_run as the defaults: there a 0 in trials,
 * seed or budget stands for 10,000, 1 and none, which a version-1 struct
 * takes literally (seed 0 is a seed like any other; trials 0 is refused).
 */
GAC_API gac_status gac_sim_options_init(gac_sim_options *opts, unsigned int version);

/* The distribution of one option's monthly total over the trials. */
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
	                              * carry the peak load (gac_result_under_capacity) */
} gac_sim_stats;

typedef struct gac_simulation gac_simulation;

/*
 * Sample the scenario's `uncertain:` inputs (correlated through a Gaussian
 * copula when `correlations:` are given) and price the baseline and every
 * option with the real cost engine in each trial.  Trials run in blocks,
 * each with its own GSL generator seeded from (seed, block), so results are
 * bit-identical for any thread count.  While the totals fit memory_cap
 * they are kept and percentiles are exact; beyond it they stream through
 * running statistics (P² percentile estimates) in trial order.
 * options: NULL or a zeroed struct for the defaults (see
 *          gac_sim_options_init); GAC_EARG, with detail in err, for a
 *          version above GAC_SIM_OPTIONS_VERSION
 */
GAC_API gac_status gac_simulate(gac_simulation **out, const gac_scenario *scenario, const gac_sheet *sheet,
                                const gac_sim_options *options, gac_error *err);
/* Whether every `uncertain:` input's distribution stays within what its
 * parameter accepts, over the whole range gac_simulate can draw (the
 * check gac_simulate makes before any trial); GAC_EVALUE at the input's
 * line and column otherwise.  For validation without simulating. */
GAC_API gac_status gac_scenario_check_uncertain(const gac_scenario *scenario, gac_error *err);
GAC_API void gac_simulation_free(gac_simulation *sim);
GAC_API size_t gac_simulation_trials(const gac_simulation *sim);
/* With options->precision: 1 when it was reached, 0 when max_trials ran
 * out first; -1 when no precision was asked for. */
GAC_API int gac_simulation_converged(const gac_simulation *sim);
/* 1 when the totals were kept (exact percentiles, histograms, rank
 * correlations); 0 when they streamed past memory_cap (P² estimates,
 * se_p95 and rank correlations NaN, histograms from a second pass into
 * 3,600 fine bins, so `bins` must divide 3,600). */
GAC_API int gac_simulation_exact(const gac_simulation *sim);
GAC_API size_t gac_simulation_option_count(const gac_simulation *sim);
/* Share of trials in which no option carries the load (every one under
 * capacity): those trials count for no option's prob_cheapest, so the
 * options' prob_cheapest and this share sum to 1.  NAN for NULL. */
GAC_API double gac_simulation_prob_none_carries(const gac_simulation *sim);
GAC_API const gac_sim_stats *gac_simulation_option(const gac_simulation *sim, size_t i);
/* Option `o`'s `p`-th percentile (0 < p < 100), exact while the totals
 * are kept; a streamed run has P5, P50, P90, P95 and P99 only (GAC_EVALUE
 * for others). */
GAC_API gac_status gac_simulation_percentile(double *out, const gac_simulation *sim, size_t o, double p);
/* Option `o`'s total in trial `t` (0-based); NaN out of range. */
GAC_API double gac_simulation_total(const gac_simulation *sim, size_t t, size_t o);
/* Uncertain input `i`: its path, the mean of the draws and of the
 * distribution as specified (bounds aside). */
GAC_API size_t gac_simulation_input_count(const gac_simulation *sim);
GAC_API const char *gac_simulation_input(const gac_simulation *sim, size_t i, double *observed_mean,
                                         double *expected_mean);
/* Spearman's rank correlation of uncertain input `i` with option `o`'s
 * total over the trials: which input moves the bill (0 when either side is
 * constant). */
GAC_API double gac_simulation_rank_correlation(const gac_simulation *sim, size_t i, size_t o);
/* Counts of option `o`'s totals in `bins` equal bins from its min to max:
 * edges[bins + 1], counts[bins]. */
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

typedef enum gac_check_status {
	GAC_CHECK_HOLDS = 0,
	GAC_CHECK_BREACHED,
	GAC_CHECK_SKIPPED                  /* an increase with nothing to compare: no
	                                    * baseline, or the baseline lacks the option */
} gac_check_status;

/* One threshold judged.  Strings belong to the check. */
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

typedef struct gac_check gac_check;

/*
 * Judge every threshold of the scenario: budget.{monthly, max_increase,
 * max_increase_percent} for the scenario as written, the same under
 * budget.options.NAME for an option and under budget.workloads.NAME for a
 * workload's share.  Budgets judge the estimate, or with budget.percentile
 * that percentile of a simulation of the scenario's uncertain inputs run
 * with `sim` (NULL: defaults; workload budgets stay on the estimate).
 * Increases compare estimates with `baseline` (may be NULL: they are then
 * skipped), which must outlive the check.  An option's figure is what is
 * billed (gac_result_total); with budget.include_risk: true it is the
 * risk-adjusted total (billed + expected outage cost; a percentile of the
 * billed total plus the estimate's expected outage cost).  A workload's
 * share is always billed lines only.
 */
GAC_API gac_status gac_check_run(gac_check **out, const gac_scenario *scenario, const gac_sheet *sheet,
                                 const gac_snapshot *baseline, const gac_sim_options *sim, gac_error *err);
GAC_API void gac_check_free(gac_check *check);
GAC_API size_t gac_check_count(const gac_check *check);
GAC_API const gac_check_item *gac_check_at(const gac_check *check, size_t i);
/* How many thresholds are breached: 0 means the gate passes, provided
 * some threshold was judged at all. */
GAC_API size_t gac_check_breached(const gac_check *check);
/* How many were skipped (an increase without a baseline figure). */
GAC_API size_t gac_check_skipped(const gac_check *check);
/* What the scenario costs now, every option priced. */
GAC_API const gac_snapshot *gac_check_snapshot(const gac_check *check);
GAC_API const gac_snapshot *gac_check_baseline(const gac_check *check);
/* Trials simulated for a percentile budget (0: none), and the percentile (NaN). */
GAC_API size_t gac_check_trials(const gac_check *check);
GAC_API double gac_check_percentile(const gac_check *check);
/* 1 when totals were judged with the expected outage cost (budget.include_risk). */
GAC_API int gac_check_includes_risk(const gac_check *check);

/* ------------------------------------------------------------------ */
/* Forecasts                                                            */
/* ------------------------------------------------------------------ */

typedef struct gac_forecast_month {
	size_t month;            /* 1-based */
	const char *option;      /* "baseline" or the committed option in force */
	double factor;           /* (1 + growth)^(month-1) × seasonality, first workload */
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
} gac_forecast_month;

/* A commitment's units bought in a forecast: at the commitment's start,
 * at a renewal when a term ends (re-sized to the need then), or, with
 * model_units: auto, as an extra purchase when the need grows mid-term.
 * Each runs its own whole term and is owed to its own end. */
typedef struct gac_forecast_purchase {
	const char *option;      /* the commitment's option */
	const char *kind;        /* "purchase", "renewal" or "extra purchase" */
	size_t month, last_month;  /* first and last month it bills */
	double units;            /* model units bought (deployment.model_units) */
	double term_months;      /* 1 or 6 */
	double monthly_cost;     /* what it adds to each month it bills */
} gac_forecast_purchase;

typedef struct gac_forecast gac_forecast;

/*
 * Price `months` months: each workload's request rate grows by its
 * growth_per_month, compound, times forecast.seasonality (repeating);
 * during a forecast.commitments entry the scenario runs as its option, and
 * a commitment running past the horizon still owes its remaining months.
 * A committed option's model units are bought at the commitment's start
 * and stay fixed for the term (renewed at its end, re-sized to the need
 * then); with model_units: auto, need beyond them is bought as extra
 * purchases with their own terms; with fixed units, the load beyond them
 * is as the engine serves it (under_capacity when not served).  Returns
 * GAC_EVALUE (at the commitment's line) for an auto-sized commitment over
 * more than one provisioned model.
 */
GAC_API gac_status gac_forecast_run(gac_forecast **out, const gac_scenario *scenario,
                                    const gac_sheet *sheet, size_t months, gac_error *err);
GAC_API void gac_forecast_free(gac_forecast *forecast);
GAC_API size_t gac_forecast_count(const gac_forecast *forecast);
GAC_API const gac_forecast_month *gac_forecast_at(const gac_forecast *forecast, size_t i);
/* What commitments still owe after the last month forecast. */
GAC_API double gac_forecast_owed_after(const gac_forecast *forecast);
GAC_API size_t gac_forecast_purchase_count(const gac_forecast *forecast);
GAC_API const gac_forecast_purchase *gac_forecast_purchase_at(const gac_forecast *forecast, size_t i);

/* ------------------------------------------------------------------ */
/* Break-even                                                           */
/* ------------------------------------------------------------------ */

/* A value of a parameter at which two options cost the same. */
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
} gac_crossing;

typedef struct gac_break_even gac_break_even;

/*
 * Every value of the numeric parameter `path` in [lo, hi] at which options
 * `a` and `b` ("baseline" or a declared option) cost the same.  The range
 * is scanned at 4,000 points (log-spaced when lo > 0 and hi/lo >= 1000)
 * for changes of sign in cost_a - cost_b, and each is refined with GSL's
 * Brent solver on the real cost function.  A whole count (model units) is
 * scanned value by value, and a crossing reported as a step at the first
 * value past it.  Choices are GAC_EPARAM.  The costs are what is billed,
 * plus the expected outage cost where the scenario prices downtime (the
 * risk that redundancy buys down): see gac_break_even_risk_adjusted.
 */
GAC_API gac_status gac_break_even_solve(gac_break_even **out, const gac_scenario *scenario,
                                        const gac_sheet *sheet, const char *path, const char *a,
                                        const char *b, double lo, double hi, gac_error *err);
GAC_API void gac_break_even_free(gac_break_even *be);
GAC_API size_t gac_break_even_count(const gac_break_even *be);
/* 1 when some point priced an expected outage cost, so the costs compared
 * (and in gac_crossing) are risk-adjusted totals, not billed ones. */
GAC_API int gac_break_even_risk_adjusted(const gac_break_even *be);
/* Crossing `i`, ascending by value; NULL when out of range. */
GAC_API const gac_crossing *gac_break_even_at(const gac_break_even *be, size_t i);
/* The scan step (a ratio when *log_scale): crossings closer together than
 * one step can be missed. */
GAC_API double gac_break_even_scan_step(const gac_break_even *be, int *log_scale);
/*
 * Where option a (side 0) or b (side 1) runs out of capacity in the range:
 * the lowest value at which its model units no longer carry the peak load
 * (lo when they never do; found by bisection on the same parameter path,
 * to 1e-13 of the value, or the first whole value of a count).  A crossing
 * at or beyond it is one the option cannot serve.
 * value, units, needed: may be NULL; receive the value and the units billed
 *                       and needed there (NAN when the side carries the
 *                       load throughout)
 * Returns 1 when the side runs out of capacity in the range, 0 otherwise.
 */
GAC_API int gac_break_even_capacity_limit(const gac_break_even *be, int side, double *value, double *units,
                                          double *needed);
/* The range searched: lo and hi as given to gac_break_even_solve, but
 * where 0 of the parameter is not an amount (a model unit's capacity of 0
 * is the sheet's), lo = hi / 1e6 when 0 was given.  NAN for a NULL be;
 * either pointer may be NULL. */
GAC_API void gac_break_even_range(const gac_break_even *be, double *lo, double *hi);
/* The costs of both options at lo and at hi. */
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
 * gac_sweep_axis_path and gac_sweep_axis_range. */
typedef struct gac_sweep_axis gac_sweep_axis;

/*
 * Parse "PATH=LO:HI:STEPS[:log]" into a new axis.
 * out:  receives the axis; release it with gac_sweep_axis_free()
 * spec: the text, as --sweep takes it
 * err:  may be NULL; receives the message on failure
 * Returns GAC_EVALUE with a message for a malformed spec, an empty or
 * inverted range, steps < 2, or a log sweep through zero; GAC_ENOMEM;
 * GAC_EARG for a NULL out or spec.  *out is NULL on failure.
 */
GAC_API gac_status gac_sweep_axis_parse(gac_sweep_axis **out, const char *spec, gac_error *err);

/* Release an axis.  NULL-safe. */
GAC_API void gac_sweep_axis_free(gac_sweep_axis *axis);

/* The parameter path an axis sweeps, owned by the axis; NULL for NULL. */
GAC_API const char *gac_sweep_axis_path(const gac_sweep_axis *axis);

/*
 * An axis's points: from lo to hi in steps points, ends included, spaced
 * logarithmically when *log_scale is 1.
 * lo, hi, steps, log_scale: each may be NULL; for a NULL axis they receive NAN,
 *                     NAN, 0 and 0
 */
GAC_API void gac_sweep_axis_range(const gac_sweep_axis *axis, double *lo, double *hi, size_t *steps, int *log_scale);

typedef struct gac_sweep gac_sweep;

/*
 * Price the baseline and every option at each point of one axis, or of
 * the grid of two (the second axis varying fastest).  Totals only, through
 * gac_estimate_total.
 * axes: axis_count (1 or 2) axes from gac_sweep_axis_parse, still the
 *       caller's; GAC_EARG for another count or a NULL axis
 */
GAC_API gac_status gac_sweep_run(gac_sweep **out, const gac_scenario *scenario, const gac_sheet *sheet,
                                 gac_sweep_axis *const *axes, size_t axis_count, gac_error *err);
GAC_API void gac_sweep_free(gac_sweep *sweep);
GAC_API size_t gac_sweep_points(const gac_sweep *sweep);
GAC_API size_t gac_sweep_option_count(const gac_sweep *sweep);
GAC_API const char *gac_sweep_option_name(const gac_sweep *sweep, size_t option);
/* The value of axis `axis` at point `point`. */
GAC_API double gac_sweep_value(const gac_sweep *sweep, size_t point, size_t axis);
GAC_API double gac_sweep_total(const gac_sweep *sweep, size_t point, size_t option);
/* 1 when option `option` is under capacity at point `point`
 * (gac_result_under_capacity of that estimate), 0 otherwise. */
GAC_API int gac_sweep_under_capacity(const gac_sweep *sweep, size_t point, size_t option);
/* The model units the peak load of option `option` needs at point `point`
 * where it is under capacity (the units_needed of its first provisioned
 * entry under capacity, the figure gac_result_under_capacity gives), NAN
 * where its units carry the load, it has none, or out of range. */
GAC_API double gac_sweep_units_needed(const gac_sweep *sweep, size_t point, size_t option);

/* ------------------------------------------------------------------ */
/* Reports                                                              */
/* ------------------------------------------------------------------ */

typedef enum gac_format {
	GAC_FORMAT_TABLE = 0,   /* aligned text, thousands separators, cents */
	GAC_FORMAT_JSON,        /* report/1, full precision */
	GAC_FORMAT_CSV,         /* RFC 4180, full precision */
	GAC_FORMAT_MARKDOWN     /* GitHub-flavoured table */
} gac_format;

/* Every text a gac_report_* function hands back through `char **out` is
 * the caller's, released with gac_free(). */

#define GAC_REPORT_EXPLAIN 0x1u  /* add each line's formula */
#define GAC_REPORT_ALL     0x2u  /* diffs: unchanged line items too */

/* Parse "table", "json", "csv" or "markdown"; GAC_EVALUE otherwise. */
GAC_API gac_status gac_format_parse(gac_format *out, const char *name);

/*
 * Render an estimate.
 * out:      receives a NUL-terminated text; release it with gac_free()
 * scenario: used for the name, hash and inputs recorded in the report
 * sheet:    used for the sheet's name, date and hash
 * flags:    GAC_REPORT_EXPLAIN
 */
GAC_API gac_status gac_report(char **out, const gac_result *result, const gac_scenario *scenario,
                              const gac_sheet *sheet, gac_format format, unsigned flags);

/* Render a comparison: every option's total, its change against the
 * baseline, the cheapest; with GAC_REPORT_EXPLAIN, every option's lines.
 * months > 0 adds the total cost of ownership of each option, month by
 * month (see gac_result_tco); GAC_ERANGE when one overflows. */
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

/* Render a what-if: the changes applied, both totals, and every line item
 * that moved (absolute and percent); GAC_REPORT_EXPLAIN shows unchanged
 * lines too. */
GAC_API gac_status gac_report_what_if(char **out, const gac_result *before, const gac_result *after,
                                      const char *const *changes, size_t change_count,
                                      gac_format format, unsigned flags);

/* Render the difference of two snapshots: what each was computed from
 * and what changed (scenario, prices), every option's total old → new,
 * and the line items of `option` (NULL: "baseline") old → new with
 * absolute and percent change, added and removed ones flagged;
 * unchanged ones only with GAC_REPORT_ALL; GAC_REPORT_EXPLAIN adds (table
 * and Markdown) each changed line's formula old and new.  JSON is diff/1.  GAC_EPARAM
 * when a side lacks `option`. */
GAC_API gac_status gac_report_diff(char **out, const gac_snapshot *old_snapshot,
                                   const gac_snapshot *new_snapshot, const char *option, gac_format format,
                                   unsigned flags);

/* Render a check: a summary line (passed, or how many thresholds broke),
 * each threshold with its limit, figure, baseline figure and how far past
 * or under it is, every option's total (old → new with a baseline), and
 * the line items that moved most.  Markdown is a pull-request comment with
 * the full breakdown folded under <details>; table mode shows it with
 * GAC_REPORT_EXPLAIN.  JSON is check/1, which holds every option's lines
 * and so is a baseline for the next check or diff. */
GAC_API gac_status gac_report_check(char **out, const gac_check *check, gac_format format, unsigned flags);

/* Render a sweep: a row per point with every option's total (CSV with a
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
 * items with their formulas and the last month's factor. */
GAC_API gac_status gac_report_sweep(char **out, const gac_sweep *sweep, gac_sweep_axis *const *axes,
                                    size_t axis_count, const char *currency, gac_format format, unsigned flags);

/* Where gac_sweep_write sends its text: nonzero stops the run (GAC_EIO). */
typedef int (*gac_write_fn)(void *ctx, const char *text, size_t len);
/* Price a sweep (as gac_sweep_run) and write its report (as
 * gac_report_sweep renders it, byte for byte) through write(ctx, ...):
 * CSV and JSON a row at a time as the points are priced, in memory of a
 * row whatever the number of points; table and Markdown, which align
 * their columns and chart over every point, built whole, then written.
 * On a failure part of the report may have been written. */
GAC_API gac_status gac_sweep_write(const gac_scenario *scenario, const gac_sheet *sheet,
                                   gac_sweep_axis *const *axes, size_t axis_count, const char *currency,
                                   gac_format format, unsigned flags, gac_write_fn write, void *ctx,
                                   gac_error *err);

/* Render a sensitivity ranking; table mode draws a tornado of bars. */
GAC_API gac_status gac_report_sensitivity(char **out, const gac_sensitivity *sensitivity, double swing,
                                          const char *currency, gac_format format, unsigned flags);

/* Render a simulation: each option's statistics, the inputs' observed
 * means, and in table mode a histogram of each option's total. */
GAC_API gac_status gac_report_simulation(char **out, const gac_simulation *sim, uint64_t seed,
                                         const char *currency, gac_format format, unsigned flags);

/* Render a forecast: month, deployment, monthly and cumulative cost. */
GAC_API gac_status gac_report_forecast(char **out, const gac_forecast *forecast, const char *currency,
                                       gac_format format, unsigned flags);

/* Render the models of a sheet available in `region` (NULL: all) whose
 * vendor matches `vendor` (NULL: all). */
GAC_API gac_status gac_report_models(char **out, const gac_sheet *sheet, const char *region,
                                     const char *vendor, gac_format format);

/*
 * The parameters of a scenario as `genaicost params` lists them: each
 * text parameter that has a value, then every numeric parameter with its
 * value, marked as a default where the scenario (or an option, or a
 * gac_scenario_set) does not give it.
 * out:      receives a malloc'd NUL-terminated text (caller frees)
 * scenario: the scenario, as loaded and changed
 * format:   GAC_FORMAT_TABLE (lines PATH = VALUE) or GAC_FORMAT_JSON
 *           (params/1, see genaicost-report(5))
 * Returns GAC_EARG for a NULL pointer, GAC_EVALUE for CSV or Markdown,
 * GAC_ENOMEM.
 */
GAC_API gac_status gac_report_params(char **out, const gac_scenario *scenario, gac_format format);

/*
 * A validation: the outcome of checking price sheets and scenarios, one
 * entry per file in the order added, as `genaicost validate` reports them.
 * The caller loads each file and adds it; a scenario is checked by
 * gac_validation_add_scenario itself.
 */
typedef struct gac_validation gac_validation;

/* A new, empty validation in *out (free it with gac_validation_free).
 * Returns GAC_EARG for NULL, GAC_ENOMEM. */
GAC_API gac_status gac_validation_new(gac_validation **out);
/* Release a validation.  NULL-safe. */
GAC_API void gac_validation_free(gac_validation *validation);
/* Record a price sheet that loaded as valid; `path` is the file as the
 * user named it (copied).  Returns GAC_EARG for NULL, GAC_ENOMEM. */
GAC_API gac_status gac_validation_add_sheet(gac_validation *validation, const char *path,
                                            const gac_sheet *sheet);
/*
 * Check a loaded scenario and record the outcome: the baseline and every
 * option must price with `sheet` (gac_compare), and every uncertain input
 * must stay within what its parameter accepts
 * (gac_scenario_check_uncertain).  A scenario without a name is valid
 * with a warning (gac_validation_warning).
 * Returns GAC_OK when it is valid; otherwise the status of the failed
 * check with `err` filled (file, line, column, message), and the failure
 * recorded.  GAC_ENOMEM when the entry cannot be recorded.
 */
GAC_API gac_status gac_validation_add_scenario(gac_validation *validation, const char *path,
                                               const gac_scenario *scenario, const gac_sheet *sheet,
                                               gac_error *err);
/* Record a file that failed before it could be checked (it did not load,
 * or its sheet did not): `kind` is what the file is (0: not known),
 * `scenario` the scenario when it loaded (else NULL), `status` and `err`
 * (may be NULL) as the failing call gave them.  Returns GAC_EARG,
 * GAC_ENOMEM. */
GAC_API gac_status gac_validation_add_error(gac_validation *validation, const char *path, int kind,
                                            const gac_scenario *scenario, gac_status status,
                                            const gac_error *err);
/* The number of entries, and of entries that are not valid. */
GAC_API size_t gac_validation_count(const gac_validation *validation);
GAC_API size_t gac_validation_invalid_count(const gac_validation *validation);
/* The warning of entry `i` (owned by the validation), or NULL when it
 * has none or `i` is out of range. */
GAC_API const char *gac_validation_warning(const gac_validation *validation, size_t i);
/*
 * Render a validation.
 * out:    receives a malloc'd NUL-terminated text (caller frees)
 * format: GAC_FORMAT_TABLE: one line per valid entry ("FILE: ok: ...");
 *         the errors and warnings are the caller's to print.
 *         GAC_FORMAT_JSON: validate/1, every entry with its error
 *         (status, message, file, line, column) or its warnings.
 * Returns GAC_EARG for a NULL pointer, GAC_EVALUE for CSV or Markdown,
 * GAC_ENOMEM.
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
 * out:      receives a NUL-terminated text; release it with gac_free()
 * result:   an estimate from gac_estimate (with its line texts)
 * scenario: the scenario priced (name, hash, topology regions)
 * sheet:    the sheet it was priced with (services, vendors, name, hash)
 * year, month: the first month, 1..9999 and 1..12
 * months:   1 or more; the last month must end by 9999-12
 * Returns GAC_EARG for a NULL pointer, GAC_EVALUE for a bad period.
 */
GAC_API gac_status gac_report_focus(char **out, const gac_result *result, const gac_scenario *scenario,
                                    const gac_sheet *sheet, int year, int month, size_t months);

#ifdef __cplusplus
}
#endif

#endif /* GENAICOST_H */

/* Internal declarations shared by the modules of libgenaicost. */
#ifndef GAC_INTERNAL_H
#define GAC_INTERNAL_H

#include "genaicost.h"
#include "overrides.h"

#include <gsl/gsl_rng.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GAC_HIDDEN __attribute__((visibility("hidden")))
#include "dimension.h"

/* ---- allocation (one place, so fault injection can hook it) ---- */
GAC_HIDDEN void *gac_malloc(size_t n);
GAC_HIDDEN void *gac_calloc(size_t n, size_t size);
GAC_HIDDEN void *gac_realloc(void *p, size_t n);
/* n bytes for a large array that the caller fills, not zeroed; free() */
GAC_HIDDEN void *gac_malloc_large(size_t n);

/* Whether the last gac_estimate_total_ws in ws was under capacity (the
 * quiet counterpart of gac_result_under_capacity): a field read, cheap
 * enough for every Monte Carlo trial.  units and needed (may be NULL) get
 * the first entry under capacity's units billed and needed, NAN if none. */
GAC_HIDDEN int gac_workspace_under_capacity(const gac_workspace *ws, double *units, double *needed);
/* The expected outage cost of the workspace's last estimate (not billed). */
GAC_HIDDEN double gac_workspace_outage(const gac_workspace *ws);

/* Whether an allocation of jansson's failed in this thread since
 * gac_json_watch (which routes jansson's allocations through the library,
 * unless the host program gave jansson its own allocator). */
GAC_HIDDEN void gac_json_watch(void);
GAC_HIDDEN bool gac_json_failed(void);

/* A number never handed out before in this process (see gac_workspace). */
GAC_HIDDEN uint64_t gac_new_stamp(void);
GAC_HIDDEN char *gac_strdup(const char *s);
#ifdef GAC_FAULT_INJECTION
/* Fault-injection builds: each allocation names the function that asks
 * for it, so that the one failed is reported on standard error
 * ("gac-fault: allocation N failed in FUNCTION") and GAC_FAIL_ALLOC_IN=
 * FUNCTION:K can fail the K-th of one function (tests/fault/cases). */
GAC_HIDDEN void gac_alloc_site(const char *func);
#ifndef GAC_UTIL_C
#define gac_malloc(n) (gac_alloc_site(__func__), gac_malloc(n))
#define gac_calloc(n, size) (gac_alloc_site(__func__), gac_calloc(n, size))
#define gac_realloc(p, n) (gac_alloc_site(__func__), gac_realloc(p, n))
#define gac_malloc_large(n) (gac_alloc_site(__func__), gac_malloc_large(n))
#define gac_strdup(s) (gac_alloc_site(__func__), gac_strdup(s))
#endif
#endif

/* ---- errors ---- */
GAC_HIDDEN gac_status gac_fail(gac_error *err, gac_status st, const char *file, unsigned line,
                               unsigned col, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* snprintf in the C numeric locale (util.c) */
GAC_HIDDEN int gac_c_vsnprintf(char *dst, size_t n, const char *fmt, va_list ap);
GAC_HIDDEN int gac_c_snprintf(char *dst, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ---- formats (report_format.c) ---- */
/* The formats a gac_report_* function writes as text itself: table, JSON,
 * CSV, Markdown (xlsx is a file, HTML a page around the Markdown). */
GAC_HIDDEN bool gac_format_is_text(gac_format f);

/* ---- growable string ---- */
typedef struct gac_buf {
	char *data;
	size_t len, cap;
	bool failed;   /* an allocation failed; data is unusable */
} gac_buf;

GAC_HIDDEN void gac_buf_putn(gac_buf *b, const char *s, size_t n);
GAC_HIDDEN void gac_buf_puts(gac_buf *b, const char *s);
GAC_HIDDEN void gac_buf_printf(gac_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
GAC_HIDDEN void gac_buf_vprintf(gac_buf *b, const char *fmt, va_list ap);
/* Hands the text to the caller (NULL after a failed allocation). */
GAC_HIDDEN char *gac_buf_take(gac_buf *b);
GAC_HIDDEN void gac_buf_free(gac_buf *b);
/* The text of a scratch buffer x, to be written into b: "" when x is empty,
 * and when x's allocation failed "" with b marked failed too, so that the
 * failure reaches the caller as out of memory, never as a blank in a
 * report. */
GAC_HIDDEN const char *gac_buf_text(gac_buf *b, const gac_buf *x);

/* Locale-independent formatting of a double (printf %.*g / %.*f with '.') */
GAC_HIDDEN void gac_buf_num(gac_buf *b, const char *fmt, double v);
/* 1234567.891 -> "1,234,567.89" with `decimals` digits after the point. */
GAC_HIDDEN void gac_buf_grouped(gac_buf *b, double v, int decimals);
/* v to `sig` significant digits (the whole number at least), grouped,
 * trailing zeros of a fraction dropped: 2522820.4 -> "2,522,820",
 * 0.30015234 -> "0.300152" (sig 6);
 * %g's form (2.5e+20) only where grouping would not fit. */
GAC_HIDDEN void gac_buf_sig(gac_buf *b, double v, int sig);
/* Shortest text that reads back to the same double ("%.17g" trimmed). */
GAC_HIDDEN void gac_buf_exact(gac_buf *b, double v);
#if defined GAC_FAULT_INJECTION && !defined GAC_UTIL_C
/* a buffer growing is an allocation of the function that writes to it */
#define gac_buf_putn(b, s, n) (gac_alloc_site(__func__), gac_buf_putn(b, s, n))
#define gac_buf_puts(b, s) (gac_alloc_site(__func__), gac_buf_puts(b, s))
#define gac_buf_printf(b, ...) (gac_alloc_site(__func__), gac_buf_printf(b, __VA_ARGS__))
#define gac_buf_vprintf(b, fmt, ap) (gac_alloc_site(__func__), gac_buf_vprintf(b, fmt, ap))
#define gac_buf_take(b) (gac_alloc_site(__func__), gac_buf_take(b))
#define gac_buf_num(b, fmt, v) (gac_alloc_site(__func__), gac_buf_num(b, fmt, v))
#define gac_buf_grouped(b, v, d) (gac_alloc_site(__func__), gac_buf_grouped(b, v, d))
#define gac_buf_exact(b, v) (gac_alloc_site(__func__), gac_buf_exact(b, v))
#define gac_buf_sig(b, v, s) (gac_alloc_site(__func__), gac_buf_sig(b, v, s))
#endif

/* The change from `before` to `after` in percent, divided before it is
 * scaled so huge figures do not overflow; NaN when before is 0 or the
 * percentage itself is past the largest double. */
GAC_HIDDEN double gac_pct(double before, double after);

/* strtod in the C locale. */
GAC_HIDDEN double gac_c_strtod(const char *s, char **end);

/* FNV-1a 64-bit over bytes, as 16 hex digits into out[17]. */
GAC_HIDDEN void gac_hash_hex(char out[17], const void *data, size_t len);

/* Read a whole regular file, at most `limit` bytes. */
GAC_HIDDEN gac_status gac_read_file(char **data, size_t *len, const char *path, size_t limit,
                                    gac_error *err);
/* Read path (at most limit bytes) and give its bytes to
 * load(obj, data, len, path, err), the buffer loader of a public
 * *_load_file: the one way a file becomes a sheet, a snapshot or an
 * offer.  Returns load's status, or the read's. */
typedef gac_status (*gac_buffer_loader)(void *obj, const char *data, size_t len, const char *path,
                                        gac_error *err);
GAC_HIDDEN gac_status gac_load_file_with(void *obj, gac_buffer_loader load, const char *path, size_t limit,
                                         gac_error *err);
/* The same, and the file's device and inode in id (the file read). */
GAC_HIDDEN gac_status gac_read_file_id(char **data, size_t *len, unsigned long long id[2], const char *path,
                                       size_t limit, gac_error *err);

/* A streaming reader of the lines of a plain or gzip file (lib/lines.c):
 * memory bounded by the longest line, at most `limit` bytes (0: the
 * default, GAC_MAX_LINE_BYTES).  gac_lines_next sets *line to NULL at the
 * end; the line it gives is valid until the next call, without its \n
 * (or \r\n), NUL-terminated; *lineno counts from 1.  Flags:
 * GAC_LINES_AHEAD inflates a gzip file on a second thread, a few blocks
 * ahead of the lines read (joined by gac_lines_close); the lines and
 * errors are the same as without it. */
#define GAC_MAX_LINE_BYTES (8u * 1024u * 1024u)
#define GAC_LINES_AHEAD 1u
/* The bytes one read gives (all but the last of a file): tests place lines
 * across its bounds. */
#define GAC_LINES_BLOCK (256u * 1024u)
typedef struct gac_lines gac_lines;
GAC_HIDDEN gac_status gac_lines_open(gac_lines **out, const char *path, size_t limit, unsigned flags,
                                     gac_error *err);
/* Tests only: never inflate ahead, to check the two ways read alike; and
 * whether a reader inflates ahead. */
GAC_HIDDEN extern bool gac_lines_one_thread;
GAC_HIDDEN bool gac_lines_ahead(const gac_lines *r);
GAC_HIDDEN gac_status gac_lines_next(const char **line, size_t *len, unsigned long *lineno, gac_lines *r,
                                     gac_error *err);
GAC_HIDDEN const char *gac_lines_path(const gac_lines *r);
GAC_HIDDEN void gac_lines_close(gac_lines *r);

/* A workload, option, service or customization name: [A-Za-z0-9_-],
 * 1 to GAC_MAX_NAME characters. */
#define GAC_MAX_NAME 64
GAC_HIDDEN bool gac_valid_name(const char *name);

/* A currency code as ISO 4217 writes them: three capital letters. It
 * stands beside every figure of every report (Markdown, HTML), so a
 * sheet's, a bill's and a saved report's currency pass this and nothing
 * else (markup, a line break) does. */
GAC_HIDDEN bool gac_currency_code_ok(const char *code);

/* A value read from a file is quoted in a message as '%.*s%s' with
 * GAC_SHOW(text): at most GAC_SHOWN bytes of it, cut at a UTF-8
 * character, then "..." when cut, so that no error prints more than 80
 * characters of a file the user did not write (a CSV, a price sheet). */
#define GAC_SHOWN 80
GAC_HIDDEN int gac_shown(const char *text);
GAC_HIDDEN const char *gac_cut(const char *text);
#define GAC_SHOW(text) gac_shown(text), (text), gac_cut(text)
/* Text from a file that would act on a terminal or a renderer: the
 * first control character of `s` (C0 but tab and line feed, DEL, C1) or
 * line or paragraph separator (U+2028, U+2029), also any tab or line
 * feed unless `breaks`.  Returns its byte offset and its code point in
 * *cp, or -1 when there is none. */
GAC_HIDDEN long gac_text_control(const char *s, bool breaks, unsigned *cp);

/* Levenshtein distance, capped. */
GAC_HIDDEN size_t gac_edit_distance(const char *a, const char *b);

/* ---- YAML tree with positions ---- */
typedef enum { GAC_NODE_SCALAR, GAC_NODE_SEQ, GAC_NODE_MAP } gac_node_type;

typedef struct gac_node gac_node;
struct gac_node {
	gac_node_type type;
	unsigned line, col;     /* 1-based */
	bool quoted;            /* scalar was quoted ('1' and 1 both read as numbers) */
	char *text;             /* scalar value, NUL-terminated */
	size_t count;           /* SEQ: items; MAP: pairs */
	gac_node **items;       /* SEQ items, or MAP keys and values interleaved */
	size_t slots;           /* entries used in items */
	size_t refs;            /* aliases share nodes */
	size_t weight;          /* nodes in this subtree, aliases expanded */
};

/* Limits that keep hostile input bounded. */
#define GAC_MAX_FILE_BYTES   (16u * 1024u * 1024u)
#define GAC_MAX_DEPTH        64u
#define GAC_MAX_ALIASES      256u
#define GAC_MAX_NODES        1000000u
#define GAC_MAX_SCALAR_BYTES (64u * 1024u)
#define GAC_MAX_MODELS       10000u   /* per price sheet */
#define GAC_MAX_WORKLOADS    1000u    /* per scenario */
#define GAC_MAX_DRIVERS      1000u    /* per scenario */
#define GAC_MAX_BINDINGS     4000u    /* expressions per scenario */

typedef struct gac_doc {
	gac_node *root;
	const char *file;       /* for error messages; not owned */
} gac_doc;

GAC_HIDDEN gac_status gac_yaml_parse(gac_doc *doc, const char *data, size_t len, const char *file,
                                     gac_error *err);
/* The same, accepting control characters: only to place an error in a
 * JSON file already read (a baseline), never to load. */
GAC_HIDDEN gac_status gac_yaml_parse_any(gac_doc *doc, const char *data, size_t len, const char *file,
                                         gac_error *err);
GAC_HIDDEN void gac_yaml_free(gac_doc *doc);
GAC_HIDDEN const char *gac_node_type_name(gac_node_type t);

/* ---- which files a scenario may name (access.c) ---- */
typedef struct gac_access {
	char *base;        /* the scenario's directory, as named */
	char **allow;      /* NULL-terminated, or NULL: other directories allowed */
	bool any;          /* GAC_LOAD_ANY_PATH: every path may be read */
} gac_access;

/* The rule for a scenario read from `name` under `opts` (may be NULL). */
GAC_HIDDEN gac_status gac_access_init(gac_access *a, const char *name, const gac_load_options *opts,
                                      gac_error *err);
GAC_HIDDEN gac_status gac_access_copy(gac_access *dst, const gac_access *src);
GAC_HIDDEN void gac_access_free(gac_access *a);
/* GAC_OK when `path` (as the loader will open it) may be read: it
 * resolves inside a.base, an allowed directory or one of `dirs`
 * (NULL-terminated, may be NULL).  `what` names the key ("csv",
 * "pricing"); refusals are GAC_EACCESS at file:line:col.  A path whose
 * directory exists inside but which does not is allowed: the reader then
 * says it is missing. */
GAC_HIDDEN gac_status gac_access_check(const gac_access *a, const char *path, const char *const *dirs,
                                       const char *what, const char *file, unsigned line, unsigned col,
                                       gac_error *err);

/* Schema helpers: each reports errors with file:line:col. */
typedef struct gac_ctx {
	const char *file;
	gac_error *err;
	const gac_access *access;   /* files the input may name; NULL: no rule */
} gac_ctx;

GAC_HIDDEN gac_status gac_expect(gac_ctx *c, const gac_node *n, gac_node_type t, const char *what);
/* A genaicost file's root: a map whose `genaicost:` key is FORMAT/1
 * ("scenario", "pricesheet"); what names the file ("a scenario").
 * GAC_ESCHEMA, or GAC_EVERSION for FORMAT/N of another N. */
GAC_HIDDEN gac_status gac_expect_format(gac_ctx *c, const gac_node *root, const char *format, const char *what);
/* Check every key of `map` is one of `keys` (NULL-terminated); suggest
 * the closest for an unknown one. */
GAC_HIDDEN gac_status gac_check_keys(gac_ctx *c, const gac_node *map, const char *const *keys,
                                     const char *where);
GAC_HIDDEN const gac_node *gac_map_get(const gac_node *map, const char *key);
GAC_HIDDEN const gac_node *gac_map_key_node(const gac_node *map, const char *key);
GAC_HIDDEN gac_status gac_get_number(gac_ctx *c, const gac_node *n, unsigned flags, const char *what,
                                     double *out);
/* One line of text, not empty: a tab or line break is refused. */
GAC_HIDDEN gac_status gac_get_string(gac_ctx *c, const gac_node *n, const char *what, char **out);
/* Text that may run over lines (notes): tabs and line breaks allowed. */
GAC_HIDDEN gac_status gac_get_text(gac_ctx *c, const gac_node *n, const char *what, char **out);
GAC_HIDDEN gac_status gac_check_date(gac_ctx *c, const gac_node *n);

/* ---- sheet internals used by the engine ---- */
typedef struct gac_image_price {
	double max_size;
	int premium;        /* 0 standard, 1 premium */
	double max_steps;   /* 0: any */
	double price;
} gac_image_price;

/* One rate card: a price per dimension, `has` bit k when dimension k is
 * priced. */
typedef struct gac_rates {
	double v[GAC_DIM_COUNT];
	unsigned has;
} gac_rates;

typedef struct gac_prices {
	double v[GAC_DIM_COUNT];
	unsigned has;
	gac_rates var[GAC_VAR_COUNT];   /* global, priority, flex, latency_optimized */
	gac_image_price *images;
	size_t image_count;
	bool images_set;
} gac_prices;

typedef struct gac_region_prices {
	char *region;
	bool replace;       /* inherit: false - only the listed prices apply */
	gac_prices p;
} gac_region_prices;

typedef struct gac_long_context {
	double threshold;
	double v[GAC_DIM_COUNT];   /* variant dimensions only */
	unsigned has;
	gac_rates var[GAC_VAR_COUNT];  /* the tier's rate on a rate card: global, ... */
	bool marginal;
} gac_long_context;

typedef struct gac_model {
	char *id, *name, *vendor, *source, *as_of, *note;
	gac_model_kind kind;
	double per;
	double batch_discount;
	bool has_batch_discount;
	char **regions;
	size_t region_count;
	gac_prices base;
	gac_long_context lc;
	bool has_lc;
	gac_region_prices *overrides;
	size_t override_count;
	double capacity_in, capacity_out;   /* tokens per minute per model unit */
	bool has_capacity;
	char *capacity_source;
	bool customizable;                  /* has a `customization:` block */
	double training_per_1k;             /* fine-tuning / continued pre-training */
	double storage_per_month;           /* per custom model */
	bool serve_on_demand;               /* custom copies may run on demand */
	double burndown;                    /* output tokens count this many times */
	bool no_commit_custom_only;         /* no-commit PT only for custom models */
	double context_window;              /* input + output tokens a request holds; 0: unknown */
	char *retired;                      /* AWS end-of-life date YYYY-MM-DD; NULL: current */
} gac_model;

/* A priced unit beyond models: a vector store's compute, a cache node. */
typedef struct gac_service {
	char *id, *name, *unit, *source, *as_of, *note;
	bool hourly;            /* quantity runs around the clock: × hours */
	double price, min_quantity;
	double gpus, gpu_flops; /* GPU instances: count and peak FLOP/s per GPU */
	char **regions;
	size_t region_count;
	char **price_regions;   /* region_prices */
	double *region_price;
	size_t price_region_count;
} gac_service;

typedef struct gac_egress_tier {
	double up_to_gb;        /* INFINITY for the last */
	double price;
} gac_egress_tier;

typedef struct gac_transfer {
	bool present;
	double inter_az, inter_region;
	bool has_inter_az, has_inter_region;
	gac_egress_tier *egress;
	size_t egress_count;
	char *source, *as_of;
} gac_transfer;

typedef struct gac_import_prices {
	bool present;
	double cmu_minute, storage_cmu_month, window_minutes;
	char *source, *as_of;
} gac_import_prices;

typedef struct gac_availability {
	bool present;
	double az, region;
	char *source;
} gac_availability;

struct gac_sheet {
	gac_service *services;
	size_t service_count;
	gac_transfer transfer;
	gac_availability availability;
	gac_import_prices import;
	char *name, *currency, *as_of, *path, *notes;
	char hash[17];
	uint64_t stamp;           /* set at load: sheets never change after */
	char **sources;
	size_t source_count;
	gac_model *models;
	size_t model_count;
	const gac_model **by_id;  /* the models sorted by id, for lookups */
};

/* services.c: the sheet's services, data transfer and availability */
GAC_HIDDEN gac_status gac_services_load(gac_ctx *c, gac_sheet *s, const gac_node *root);
GAC_HIDDEN void gac_services_free(gac_sheet *s);
GAC_HIDDEN const gac_service *gac_sheet_service(const gac_sheet *s, const char *id);
/* Price of a service in a region; false when not offered there. */
GAC_HIDDEN bool gac_service_price(const gac_service *svc, const char *region, double *price);

/* Effective prices of a model in a region (overrides merged). */
GAC_HIDDEN void gac_model_prices(gac_prices *out, const gac_model *m, const char *region);
GAC_HIDDEN bool gac_model_in_region(const gac_model *m, const char *region);
GAC_HIDDEN const gac_model *gac_sheet_lookup(const gac_sheet *s, const char *id);
/* An inference-profile id (us.ID, eu.ID, apac.ID, jp.ID, au.ID, ca.ID,
 * us-gov.ID, global.ID): the kind, *model the id behind the prefix and
 * *prefix the prefix ("us."); an id without one gives GAC_PROFILE_NONE,
 * *model = id and *prefix = NULL. */
typedef enum { GAC_PROFILE_NONE, GAC_PROFILE_GEO, GAC_PROFILE_GLOBAL } gac_profile;
GAC_HIDDEN gac_profile gac_profile_split(const char *id, const char **model, const char **prefix);
/* Whether a profile of that prefix is called from region; *regions: the
 * source regions, a name prefix ("eu-") or names separated by spaces. */
GAC_HIDDEN bool gac_profile_serves(const char *prefix, const char *region, const char **regions);

/* ---- distributions (dist.c): uncertain inputs for Monte Carlo ---- */
typedef enum {
	GAC_DIST_FIXED = 0,
	GAC_DIST_UNIFORM,
	GAC_DIST_NORMAL,
	GAC_DIST_LOGNORMAL,
	GAC_DIST_TRIANGULAR,
	GAC_DIST_PERT,
	GAC_DIST_GAMMA,
	GAC_DIST_BETA,
	GAC_DIST_POISSON,
	GAC_DIST_EMPIRICAL
} gac_dist_kind;

typedef struct gac_dist {
	gac_dist_kind kind;
	/* fixed: a; uniform: a..b; normal: mean a, sd b; lognormal: mu a,
	 * sigma b (of the log); triangular/PERT: min a, mode b, max c (PERT as
	 * a beta with shape alpha d, beta e over a..c); gamma: shape a, scale
	 * b; beta: alpha a, beta b; poisson: mean a */
	double a, b, c, d, e;
	double lo, hi;          /* bounds (min/max), -inf/inf when open */
	double u_lo, u_hi;      /* the CDF at the bounds: draws map into them */
	double *values;         /* empirical, sorted */
	size_t count;
	/* empirical from a CSV column: the same values in the file's row
	 * order, and the file, so that columns of one file can be resampled
	 * by row, together; NULL otherwise */
	double *rows;
	char *source;
	/* the file itself (device, inode) as read: one file named two ways
	 * ("data/x.csv", "./data/x.csv") is one history; 0, 0 if unknown */
	unsigned long long file_id[2];
} gac_dist;

/* csv.c: the values of the column headed `column` of CSV text read from
 * `file`, in row order (the caller frees *values; *count may be 0).
 * GAC_ENOTFOUND, with no message, when the header has no such column;
 * errors in the file (NUL, quotes, a duplicate header, a value that is
 * no number, a row without the column) at FILE:LINE:COL, COL in
 * characters. */
GAC_HIDDEN gac_status gac_csv_column(double **values, size_t *count, const char *data, size_t len, const char *file,
                                     const char *column, gac_error *err);

/* cost.c: the price kind of result line i as the engine billed it
 * (overrides.c's words: "input", "output_priority", "model_unit_hour",
 * "service"; a static text), NULL for an amount no provider bills or a
 * line of a result rebuilt from a report. */
GAC_HIDDEN const char *gac_result_line_kind(const gac_result *r, size_t i);
/* The plan an estimate compiled as it priced (cost.c): lines with a
 * formula, lines without (the option does not compile), guards, and the
 * total the plan gave evaluated again; false (total NAN) when it was not
 * evaluated (a quiet estimate, or lines without a formula). */
GAC_HIDDEN bool gac_result_plan(const gac_result *r, size_t *lines, size_t *opaque, size_t *guards, double *total);

/* csv.c: a streaming row reader over a plain or gzip CSV file.  `fn` is
 * called once per row, row 0 the header (one name twice is GAC_ESCHEMA at
 * the second), with the row's fields (text NUL-terminated, valid during
 * the call only) and the line the row starts on; a status other than
 * GAC_OK stops the read and is returned.  Memory: the longest row (at
 * most GAC_MAX_LINE_BYTES, else GAC_ELIMIT).  Errors in the file as
 * gac_csv_column's; GAC_EIO when it cannot be opened or read. */
typedef struct gac_csv_cell {
	const char *text;
	size_t len;
	unsigned line, col;       /* where the field starts; col in characters */
} gac_csv_cell;
typedef gac_status (*gac_csv_row_fn)(void *user, size_t row, const gac_csv_cell *fields, size_t count,
                                     unsigned line, gac_error *err);
GAC_HIDDEN gac_status gac_csv_stream(const char *path, gac_csv_row_fn fn, void *user, gac_error *err);

/* Whether two empirical CSV columns come from one file. */
GAC_HIDDEN bool gac_dist_same_file(const gac_dist *a, const gac_dist *b);

/* Read a distribution from a scalar ("1M to 5M", "400") or a mapping. */
GAC_HIDDEN gac_status gac_dist_load(gac_ctx *c, const gac_node *n, const char *path, gac_dist *out);
GAC_HIDDEN void gac_dist_free(gac_dist *d);
/* The values a draw may take, [*lo, *hi], ends infinite where open. */
GAC_HIDDEN void gac_dist_support(double *lo, double *hi, const gac_dist *d);
/* The value at cumulative probability u in (0,1), bounds applied. */
GAC_HIDDEN double gac_dist_quantile(const gac_dist *d, double u);
/* One draw from GSL's own sampler for the kind, bounds applied; for
 * inputs outside the copula. */
GAC_HIDDEN double gac_dist_draw(const gac_dist *d, const gsl_rng *r);
/* The mean of the distribution as specified (before bounds). */
GAC_HIDDEN double gac_dist_mean(const gac_dist *d);
/* The mean of what is drawn, bounds included. */
GAC_HIDDEN double gac_dist_drawn_mean(const gac_dist *d);
/* The distribution as specified, its parameters in words, for --explain. */
GAC_HIDDEN void gac_dist_describe(gac_buf *b, const gac_dist *d);

/* gac_result_diff, and when lines is not NULL a malloc'd array (free() it)
 * of each delta's two lines: (*lines)[2 k] before, (*lines)[2 k + 1]
 * after, NULL where the line is absent. */
GAC_HIDDEN gac_status gac_result_match(gac_delta **out, size_t *count, const gac_line ***lines,
                                       const gac_result *old_result, const gac_result *new_result);
/* gac_snapshot_input_changes as a malloc'd array of *count changes,
 * released with gac_input_change_array_free. */
GAC_HIDDEN gac_status gac_input_changes_collect(gac_input_change **out, size_t *count,
                                                const gac_snapshot *old_snapshot, const gac_snapshot *new_snapshot);
GAC_HIDDEN void gac_input_change_array_free(gac_input_change *changes, size_t count);

/* ---- order statistics (rank.c) ---- */
/* A double's bits as an integer that sorts as the double does; -0 and 0
 * have one key. */
GAC_HIDDEN uint64_t gac_order_key(double v);
/* A series sorted and ranked: the sort is in a (n keys), each thread's
 * scratch holds GAC_RANK_SCRATCH keys (or n when n is fewer), n is below
 * 2^31.  A rank is centred: twice the trial's rank, ties sharing their
 * mean rank, less n + 1 (an integer, half the memory of a double).  The
 * order is of (value, trial): equal values in trial order. */
enum { GAC_RANK_SCRATCH = 1 << 20, GAC_RANK_BUCKETS = 1 << 11, GAC_RANK_WANT = 32 };
typedef struct gac_rank_scratch {
	uint64_t *keys;  /* cap keys */
	int32_t *rank;   /* cap ranks */
	uint32_t *trial; /* cap trials */
	size_t cap;      /* at least 1: a bucket of more keys sorts in place, more slowly */
} gac_rank_scratch;
/* The positions of the order whose trials are wanted (a few order
 * statistics: gac_rank_want_position, _quantile), and then those trials. */
typedef struct gac_rank_want {
	size_t n, count;
	size_t pos[GAC_RANK_WANT];
	size_t trial[GAC_RANK_WANT];
} gac_rank_want;
GAC_HIDDEN void gac_rank_want_init(gac_rank_want *w, size_t n);
GAC_HIDDEN void gac_rank_want_position(gac_rank_want *w, size_t k);
/* the one or two positions around quantile f (0 <= f <= 1) */
GAC_HIDDEN void gac_rank_want_quantile(gac_rank_want *w, double f);
/* After the sort: the value at a wanted position k, and the f quantile
 * interpolated as GSL's gsl_stats_quantile_from_sorted_data does. */
GAC_HIDDEN double gac_rank_want_value(const gac_rank_want *w, const double *src, size_t stride, size_t k);
GAC_HIDDEN double gac_rank_want_quantile_of(const gac_rank_want *w, const double *src, size_t stride, double f);
/* The n values src[0], src[stride], ... sorted in steps several threads
 * share: gac_rank_split_for the keys'
 * layout; gac_rank_count adds each top digit's count of trials
 * [from, to) to count (GAC_RANK_BUCKETS of them); from those counts the
 * caller makes next, where each stretch's first key of each digit goes
 * (the stretches in trial order: the scatter is stable), and
 * gac_rank_scatter puts them there; gac_rank_bucket sorts each bucket,
 * positions [from, to), records the wanted trials there and, ranked,
 * either writes each trial's rank to direct[trial] (a random store each:
 * for a series short enough that they stay in cache) or, direct NULL,
 * leaves its ranks in the order its keys came; then gac_rank_gather,
 * from a copy of next as it was before the scatter, writes the ranks of
 * trials [from, to) to centred[0 .. to - from). */
typedef struct gac_rank_split {
	uint64_t lo;     /* the smallest order key */
	unsigned shift;  /* the bits a key drops */
	int ib, low;     /* the trial's bits under the key; the bits under its top digit */
} gac_rank_split;
GAC_HIDDEN void gac_rank_split_for(gac_rank_split *sp, uint64_t lo, uint64_t hi, size_t n);
GAC_HIDDEN void gac_rank_count(size_t *count, const double *src, size_t stride, size_t from, size_t to,
                               const gac_rank_split *sp);
GAC_HIDDEN void gac_rank_scatter(uint64_t *a, size_t *next, const double *src, size_t stride, size_t from, size_t to,
                                 const gac_rank_split *sp);
GAC_HIDDEN void gac_rank_bucket(bool ranked, int32_t *direct, const double *src, size_t stride, size_t n,
                                const gac_rank_split *sp, uint64_t *a, const gac_rank_scratch *s, size_t from,
                                size_t to, gac_rank_want *want);
GAC_HIDDEN void gac_rank_gather(int32_t *centred, size_t *next, const uint64_t *a, const double *src, size_t stride,
                                size_t from, size_t to, const gac_rank_split *sp);
/* A sum of products of ranks, exactly: a 128-bit two's complement
 * integer, the same whatever order its terms came in. */
typedef struct gac_exact {
	uint64_t lo, hi;
} gac_exact;
/* *sum += x[0] y[0] + ... + x[n-1] y[n-1], n below 2^31 and every |x|,
 * |y| at most bound (faster up to 2^20) */
GAC_HIDDEN void gac_exact_dot(gac_exact *sum, const int32_t *x, const int32_t *y, size_t n, int32_t bound);
GAC_HIDDEN void gac_exact_merge(gac_exact *sum, const gac_exact *more);
/* the nearest double (above 2^64, within two roundings) */
GAC_HIDDEN double gac_exact_value(const gac_exact *sum);

/* ---- Monte Carlo summaries (simulate.c) ---- */
/* Count, mean and sum of squared deviations of some values: what one
 * block of trials leaves behind, merged in block order (Chan et al.). */
typedef struct gac_moments {
	double n, mean, m2;
} gac_moments;
/* The moments of src[0], src[stride], ... (n values) in one pass. */
GAC_HIDDEN gac_moments gac_moments_of(const double *src, size_t stride, size_t n);
/* into := the moments of into's values and add's together. */
GAC_HIDDEN void gac_moments_merge(gac_moments *into, gac_moments add);
/* A streamed quantile's bound, relative to the exact quantile of the same
 * trials: buckets 2^-10 of their value wide, read at their middle. */
#define GAC_SIM_QUANTILE_ERROR (1.0 / 2048)
/* Physical memory as gac_simulate's default cap sees it (a quarter of
 * it); 0 restores sysconf's.  For tests. */
GAC_HIDDEN void gac_sim_set_phys_memory(size_t bytes);
/* Up to how many trials ranks are stored directly rather than gathered
 * (2^24); 0 restores it.  For tests. */
GAC_HIDDEN void gac_sim_set_direct_max(size_t trials);
/* The run's memory cap, whether it was the default (a quarter of physical
 * memory), and the bytes its exact percentiles needed (kept or not). */
GAC_HIDDEN size_t gac_simulation_memory(const gac_simulation *sim, bool *default_cap, size_t *needed);

/* ---- scenario internals used by the engine ---- */
typedef enum {
	GAC_MODE_ON_DEMAND = 0,
	GAC_MODE_BATCH,
	GAC_MODE_PROVISIONED,
	GAC_MODE_RESERVED            /* the Reserved tier: tokens per minute by the month */
} gac_mode;

typedef enum {
	GAC_COMMIT_NONE = 0,
	GAC_COMMIT_1_MONTH,
	GAC_COMMIT_6_MONTH
} gac_commit;

/* Workload fields, in the order of the descriptor table in params.c. */
typedef enum {
	GAC_W_REQUESTS_PER_MONTH = 0,
	GAC_W_REQUESTS_PER_DAY,
	GAC_W_REQUESTS_PER_SECOND,
	GAC_W_ACTIVE_HOURS_PER_DAY,
	GAC_W_INPUT_TOKENS,
	GAC_W_OUTPUT_TOKENS,
	GAC_W_CACHE_READ_FRACTION,
	GAC_W_CACHE_WRITE_FRACTION,
	GAC_W_RESPONSE_CACHE_HIT_RATE,
	GAC_W_BATCH_FRACTION,
	GAC_W_INFERENCE,
	GAC_W_LONG_CONTEXT_FRACTION,
	GAC_W_IMAGES_PER_REQUEST,
	GAC_W_IMAGE_SIZE,
	GAC_W_IMAGE_QUALITY,
	GAC_W_IMAGE_STEPS,
	GAC_W_PEAK_TO_AVERAGE,
	GAC_W_GROWTH,            /* per month, compound, for forecasts */
	GAC_W_CACHE_WRITE_1H_FRACTION,
	GAC_W_SERVICE_TIER,      /* standard, priority, flex */
	/* the workload's own deployment.* (GAC_D_* order): unset, the
	 * scenario's deployment.* holds (see gac_deploy) */
	GAC_W_DEPLOY,
	GAC_W_DEPLOY_LAST = GAC_W_DEPLOY + 8,
	GAC_W_COUNT
} gac_wfield;
/* The set bits of a workload's request rate: none set, its load is unknown. */
#define GAC_W_RATE_BITS ((1u << GAC_W_REQUESTS_PER_MONTH) | (1u << GAC_W_REQUESTS_PER_DAY) | \
                         (1u << GAC_W_REQUESTS_PER_SECOND))

/* Overflow: load above the model units bought. */
typedef enum {
	GAC_OVERFLOW_THROTTLE = 0,   /* flagged (under capacity), not priced */
	GAC_OVERFLOW_ON_DEMAND       /* served and priced at on-demand rates */
} gac_overflow;

typedef enum {
	GAC_G_HOURS_PER_MONTH = 0,
	GAC_G_MODE,
	GAC_G_COMMITMENT,
	GAC_G_MODEL_UNITS,           /* 0: auto, sized from peak load */
	GAC_G_MODEL_UNIT_INPUT_TPM,  /* 0: the sheet's capacity */
	GAC_G_MODEL_UNIT_OUTPUT_TPM,
	GAC_G_CROSS_AZ_GB,           /* traffic.* : GB per month */
	GAC_G_REPLICATED_GB,
	GAC_G_EGRESS_GB,
	GAC_G_AZS,                   /* topology.* */
	GAC_G_STRATEGY,
	GAC_G_STANDBY,
	GAC_G_HEADROOM,
	GAC_G_AZ_AVAIL,              /* unset: the sheet's default */
	GAC_G_REGION_AVAIL,
	GAC_G_DOWNTIME_COST,
	GAC_G_SEASON,                /* forecast.seasonality.1 .. .12: factors by month */
	GAC_G_SEASON_LAST = GAC_G_SEASON + 11,
	GAC_G_BUDGET,                /* budget.* : thresholds for `check`; unset: none */
	GAC_G_MAX_INCREASE,          /* currency per month over the baseline */
	GAC_G_MAX_INCREASE_PCT,      /* percent over the baseline */
	GAC_G_PERCENTILE,            /* the budget holds for this percentile */
	GAC_G_OVERFLOW,              /* deployment.overflow: gac_overflow */
	GAC_G_INCLUDE_RISK,          /* budgets judge billed + expected outage cost */
	GAC_G_RESERVED_IN_TPM,       /* deployment.input_tokens_per_minute; 0: auto */
	GAC_G_RESERVED_OUT_TPM,      /* deployment.output_tokens_per_minute; 0: auto */
	GAC_G_TERM,                  /* deployment.term of the Reserved tier */
	GAC_G_COUNT
} gac_gfield;

/* The fields of a deployment block, scenario-wide or a workload's own. */
typedef enum {
	GAC_D_MODE = 0,
	GAC_D_COMMITMENT,
	GAC_D_MODEL_UNITS,
	GAC_D_INPUT_TPM,
	GAC_D_OUTPUT_TPM,
	GAC_D_OVERFLOW,
	GAC_D_RESERVED_IN_TPM,
	GAC_D_RESERVED_OUT_TPM,
	GAC_D_TERM,
	GAC_D_COUNT
} gac_dfield;
_Static_assert(GAC_W_DEPLOY + GAC_D_COUNT - 1 == GAC_W_DEPLOY_LAST, "a workload field per deployment field");

typedef enum {
	GAC_TOPO_SINGLE = 0,
	GAC_TOPO_MULTI_AZ,
	GAC_TOPO_ACTIVE_PASSIVE,
	GAC_TOPO_ACTIVE_ACTIVE
} gac_strategy;

typedef enum { GAC_SCOPE_DEPLOYMENT = 0, GAC_SCOPE_REGION, GAC_SCOPE_AZ } gac_scope;

/* Named entries of a scenario beyond workloads: each section has numeric
 * fields (parameters) and text fields, all addressable by path
 * SECTION.NAME.FIELD. */
typedef enum {
	GAC_SECT_SERVICES = 0,
	GAC_SECT_CUSTOM,
	GAC_SECT_BUDGET_WORKLOAD,   /* budget.workloads.NAME.FIELD */
	GAC_SECT_BUDGET_OPTION,     /* budget.options.NAME.FIELD */
	GAC_SECT_COUNT
} gac_section_id;

/* The thresholds of a budget entry, in the order of budget.* above. */
typedef enum { GAC_B_MONTHLY = 0, GAC_B_MAX_INCREASE, GAC_B_MAX_INCREASE_PCT, GAC_B_COUNT } gac_bfield;

typedef enum { GAC_S_QUANTITY = 0, GAC_S_SCOPE, GAC_S_COUNT } gac_sfield;
typedef enum { GAC_ST_SERVICE = 0, GAC_ST_COUNT } gac_stext;

typedef enum {
	GAC_CUSTOM_FINE_TUNE = 0,
	GAC_CUSTOM_PRETRAIN,
	GAC_CUSTOM_IMPORT,
	GAC_CUSTOM_SCRATCH,
	GAC_CUSTOM_DISTILL          /* a fine-tuned student on a teacher's synthetic data */
} gac_custom_kind;
/* Imported and self-trained models are not served as a sheet model. */
#define GAC_CUSTOM_OWN_SERVING(k) ((k) == GAC_CUSTOM_IMPORT || (k) == GAC_CUSTOM_SCRATCH)

typedef enum {
	GAC_C_KIND = 0,
	GAC_C_TRAINING_TOKENS,
	GAC_C_EPOCHS,
	GAC_C_RETRAIN_EVERY,       /* months; 0: trained once */
	GAC_C_AMORTIZE,            /* months one-time costs are spread over */
	GAC_C_CMU,                 /* custom model units per copy (import) */
	GAC_C_COPIES,
	GAC_C_ACTIVE_MINUTES,      /* a day, import */
	GAC_C_INSTANCE_COUNT,      /* training instances (from scratch) */
	GAC_C_TRAINING_HOURS,      /* 0: derived from parameters and tokens */
	GAC_C_PARAMETERS,
	GAC_C_MFU,
	GAC_C_HOSTING_COUNT,
	GAC_C_ONE_TIME,
	GAC_C_TEACHER_INPUT,       /* distillation: synthetic data, teacher tokens */
	GAC_C_TEACHER_OUTPUT,
	GAC_C_COUNT
} gac_cfield;
typedef enum {
	GAC_CT_BASE_MODEL = 0,
	GAC_CT_INSTANCE,
	GAC_CT_HOSTING_INSTANCE,
	GAC_CT_TEACHER_MODEL,
	GAC_CT_COUNT
} gac_ctext;

typedef struct gac_entry {
	char *name;
	char **text;
	double *v;
	uint64_t set;
	unsigned line, col;
	char **paths;           /* cached "SECTION.NAME.FIELD" of the numeric fields */
} gac_entry;

typedef struct gac_entries {
	gac_entry *items;
	size_t count;
} gac_entries;

typedef struct gac_workload {
	char *name;
	char *model;
	double v[GAC_W_COUNT];
	uint64_t set;          /* bit per field given explicitly */
	unsigned line, col;    /* where the workload was declared */
	unsigned mline, mcol;  /* where its model: value was written; 0: not (--set) */
	unsigned char profile; /* gac_profile of model (an inference-profile id), kept
	                        * with it: the engine reads it on every estimate */
	unsigned fline[GAC_W_COUNT], fcol[GAC_W_COUNT];  /* where each field was written; 0: not */
	/* bit per field whose value a pattern (`*`) stored, as the workload's
	 * share of "every workload where it applies": the engine skips one
	 * that does not apply to the model (gac_field_skipped) */
	uint64_t wild;
	char **paths;          /* cached "workloads.NAME.FIELD" strings */
} gac_workload;

/* A named variant: parameter overrides applied to a copy of the scenario. */
typedef struct gac_option {
	char *name;
	size_t count;
	char **paths, **values;
	unsigned *lines, *cols;    /* where each value was written */
	unsigned *klines, *kcols;  /* where each path was written (its key) */
} gac_option;

struct gac_scenario {
	char *name, *pricing, *region, *dir, *path;
	unsigned region_line, region_col;  /* where region: was written; 0: not (--set) */
	gac_access access;      /* where its csv: and pricing: may point */
	unsigned pricing_line, pricing_col;  /* where `pricing:` was written; 0: set by the caller */
	char hash[17];
	/* renewed by any change but a number's: what a workspace's cached
	 * model lookups depend on (models, region, customizations) */
	uint64_t stamp;
	double g[GAC_G_COUNT];
	uint64_t gset;
	unsigned gline[GAC_G_COUNT], gcol[GAC_G_COUNT];  /* where each was written */
	gac_workload *workloads;
	size_t workload_count;
	gac_option *options;
	size_t option_count;
	gac_entries sect[GAC_SECT_COUNT];
	struct gac_commitment {
		char *option;       /* the option the deployment runs as */
		double start, months;
		unsigned line, col;
	} *commitments;         /* forecast.commitments */
	size_t commitment_count;
	struct gac_range {
		char *path;
		double lo, hi;
	} *ranges;              /* ranges: PATH: LO:HI, for sensitivity */
	size_t range_count;
	struct gac_uncertain {
		char *path;
		gac_dist dist;
		unsigned line, col;
	} *uncertain;           /* uncertain: PATH: distribution */
	size_t uncertain_count;
	double *correlation;    /* rank correlations, uncertain_count², or NULL */
	unsigned corr_line, corr_col;  /* where `correlations` was written */
	size_t season_count;    /* forecast.seasonality entries given */
	/* forecast.start: the calendar month forecast month 1 is, "YYYY-MM"
	 * (checked when set), NULL when not given; where it was written */
	char *fc_start;
	unsigned fc_start_line, fc_start_col;
	/* forecast.months_since_rates: the months of growth from the month
	 * the workloads' rates describe to forecast month 1 (0 unless set) */
	double rates_age;
	uint64_t rates_age_set;
	unsigned rates_age_line, rates_age_col;
	char **regions;         /* topology.regions; empty: just `region` */
	size_t region_count;
	unsigned regions_line, regions_col;
	gac_overrides ov;       /* pricing_overrides: negotiated prices */
	/* drivers: and the fields written `= EXPRESSION` (drivers.c) */
	struct gac_driver {
		char *path;         /* "drivers.NAME" */
		const char *name;   /* NAME, inside path */
		double v;
		uint64_t set;
		unsigned line, col;
	} *drivers;
	size_t driver_count;
	struct gac_binding *bindings;
	size_t binding_count;
	size_t *bind_order, bind_order_len;  /* the order they run in */
	bool bind_ready;        /* names resolved: stores re-run them */
	bool bind_busy;         /* running: their own stores do not */
};
typedef struct gac_driver gac_driver;
typedef struct gac_binding gac_binding;

/* How every number of s moves when the number at `seed` moves by 1 (a
 * forward-mode derivative through the expressions): 1 at seed, each
 * active expression's field by the derivative of its expression at the
 * values as they are (in the order they run; a field whose own value is
 * the seed counts as given), 0 elsewhere.  gac_tangent_at reads it (a
 * callback for gac_plan_tangent).  GAC_ENOMEM; GAC_EVALUE when an
 * expression's derivative is not finite. */
typedef struct gac_tangent {
	const gac_scenario *s;
	const double *seed;
	double *d;              /* per binding: its field's derivative */
} gac_tangent;
GAC_HIDDEN gac_status gac_tangent_init(gac_tangent *t, const gac_scenario *s, const double *seed);
GAC_HIDDEN double gac_tangent_at(void *t, const double *slot);
GAC_HIDDEN void gac_tangent_free(gac_tangent *t);

/* overrides.c: pricing_overrides (see overrides.h) */
GAC_HIDDEN gac_status gac_overrides_load(gac_ctx *c, gac_scenario *s, const gac_node *n);
GAC_HIDDEN void gac_overrides_free(gac_overrides *ov);
GAC_HIDDEN gac_status gac_overrides_copy(gac_overrides *dst, const gac_overrides *src);
/* Whether the scenario prices with overrides: it declares
 * pricing_overrides, or pricing_overrides.discount was set. */
GAC_HIDDEN bool gac_overrides_active(const gac_overrides *ov);
/* A parameter path of pricing_overrides: 0 when the path is not one, -1
 * when it is but names nothing, 1 a discount (a fraction), 2 a private
 * price; its value, set bits and (NULL when none) where written. */
GAC_HIDDEN int gac_overrides_resolve(gac_overrides *ov, const char *path, double **slot, uint64_t **set,
                                     uint64_t *bit, unsigned **line, unsigned **col);
/* The numeric parameters: pricing_overrides.discount, each entry's of
 * discounts, each private price given; none when not active. */
GAC_HIDDEN size_t gac_overrides_param_count(const gac_overrides *ov);
GAC_HIDDEN const char *gac_overrides_param_path(const gac_overrides *ov, size_t i);
/* Every model id and vendor the overrides name is in the sheet:
 * GAC_EMODEL (naming similar ids) or GAC_EVALUE at the id or vendor. */
GAC_HIDDEN gac_status gac_overrides_check(const gac_scenario *s, const gac_sheet *sheet, gac_error *err);
/* The price kind of a token line of dimension `dim` (dimension.h) at
 * rate card `card`: 0 the regional rate, 1 long-context, 2 + GAC_VAR_*. */
GAC_HIDDEN const char *gac_overrides_kind(int dim, int card);
/* The unit price billed for a line of price kind `kind` (NULL: not a
 * price of the sheet, kept) of `model` (a sheet model id, else a
 * service's or "-") whose list unit price is `list`; when `why` is not
 * NULL and an override applies, its derivation is appended. */
GAC_HIDDEN double gac_overrides_net(const gac_scenario *s, const gac_sheet *sheet, const char *model,
                                    const char *kind, double list, gac_buf *why);

/* cost.c: where the largest input of workload `name` (all when NULL) was
 * written (line 0: set by the caller) and its value, for placing an
 * overflow; false when none is set. */
GAC_HIDDEN bool gac_largest_input(const gac_scenario *s, const char *name, unsigned *line, unsigned *col,
                                  double *value);

/* Set a parameter from text, placing errors at file:line:col. */
GAC_HIDDEN gac_status gac_scenario_set_at(gac_scenario *s, const char *path, const char *value,
                                          gac_error *err, const char *file, unsigned line,
                                          unsigned col);
/* The same for a path written as a mapping's key (an option's set:): a
 * path that names no parameter is placed at its key, kline:kcol, a value
 * refused at line:col. */
GAC_HIDDEN gac_status gac_scenario_set_keyed(gac_scenario *s, const char *path, const char *value,
                                             gac_error *err, const char *file, unsigned kline, unsigned kcol,
                                             unsigned line, unsigned col);
/* compare.c: hand a comparison's names and results (owned) to the
 * caller and free the rest; a snapshot priced now is a comparison kept. */
GAC_HIDDEN void gac_comparison_release(gac_comparison *c, char ***names, gac_result ***results, size_t *count);

/* options.c */
GAC_HIDDEN gac_status gac_options_load(gac_ctx *c, gac_scenario *s, const gac_node *n);
GAC_HIDDEN void gac_options_free(gac_scenario *s);
GAC_HIDDEN gac_status gac_options_copy(gac_scenario *dst, const gac_scenario *src);
/* gac_scenario_with_option by index: 0 the baseline, i option i - 1,
 * without a search of the names. */
GAC_HIDDEN gac_status gac_scenario_with_option_at(gac_scenario **out, const gac_scenario *s, size_t i,
                                                  gac_error *err);

/* A resolved numeric parameter, for loops that set the same path many
 * times: valid while the scenario's workloads and entries stay as they are. */
typedef struct gac_pref {
	const struct pdesc *d;
	double *slot;
	uint64_t *set;
	uint64_t bit;
	struct gac_workload *w;  /* NULL for scenario-wide parameters */
	struct gac_scenario *s;  /* the scenario it points into */
	bool wild;               /* resolved from a pattern (`*`): its first match; stores go to all */
	char **text;             /* text parameters: region, pricing, model */
	unsigned *gline, *gcol;  /* where written (scenario-wide and workload fields) */
	const double *inherit;   /* a workload's deployment.*: the scenario's value, read while unset */
	bool regions;            /* topology.regions: a comma-separated list */
	unsigned char rule;      /* a check of this parameter's own, found once */
	uint32_t group;          /* the workload fields it replaces (the other request rates) */
	/* values every check takes, found once: [lo, hi], whole numbers only
	 * when whole; a value outside goes through the checks for its message */
	double lo, hi;
	bool whole;
} gac_pref;

/* drivers.c: drivers and expressions (see there) */
GAC_HIDDEN gac_status gac_drivers_load(gac_ctx *c, gac_scenario *s, const gac_node *n);
GAC_HIDDEN int gac_drivers_resolve(gac_scenario *s, const char *path, double **slot, uint64_t **set,
                                   unsigned **line, unsigned **col);
GAC_HIDDEN size_t gac_drivers_param_count(const gac_scenario *s);
GAC_HIDDEN const char *gac_drivers_param_path(const gac_scenario *s, size_t i);
GAC_HIDDEN void gac_drivers_free(gac_scenario *s);
/* Copy src's drivers and expressions into dst, whose fields hold the
 * values already; subset: an expression reading a workload dst lacks
 * keeps its value and stops. */
GAC_HIDDEN gac_status gac_drivers_copy(gac_scenario *dst, const gac_scenario *src, bool subset);
/* Make the field r (path) computed by `text` (after its '='), written at
 * file:line:col (the '='; file NULL: --set). */
GAC_HIDDEN gac_status gac_binding_add(gac_scenario *s, const struct gac_pref *r, const char *path, const char *text,
                                      const char *file, unsigned line, unsigned col, gac_error *err);
/* Resolve the expressions' names and order them (lenient: one whose names
 * are gone stops, keeping its value); then stores re-run them. */
GAC_HIDDEN gac_status gac_bindings_prepare(gac_scenario *s, bool lenient, gac_error *err);
/* Refuse a division whose divisor the inputs' ranges can make 0. */
GAC_HIDDEN gac_status gac_bindings_check_ranges(gac_scenario *s, gac_error *err);
GAC_HIDDEN gac_status gac_bindings_eval(gac_scenario *s, gac_error *err);
GAC_HIDDEN gac_status gac_bindings_after_store(gac_scenario *s, const struct gac_pref *r, gac_error *err);
/* Whether an expression computes the field at slot. */
GAC_HIDDEN bool gac_binding_computes(const gac_scenario *s, const double *slot);
GAC_HIDDEN size_t gac_scenario_binding_count(const gac_scenario *s);
/* "= 10000 × 3 × 30 = 900000": expression i with its inputs' values, and
 * the value it gave; a constant one "= 2 × 3 = 6", a lone number nothing. */
GAC_HIDDEN gac_status gac_binding_explain(gac_buf *b, const gac_scenario *s, size_t i);
GAC_HIDDEN bool gac_scenario_binding(const gac_scenario *s, size_t i, const char **target, const char **text,
                                     bool *active);
/* params.c: set a parameter from a YAML scalar (a number, a choice, or
 * `= EXPRESSION`), errors at the node */
GAC_HIDDEN gac_status gac_scenario_set_node(gac_ctx *c, gac_scenario *s, const char *path, const gac_node *v);

/* Whether path matches pattern, where a `*` segment matches any one. */
GAC_HIDDEN bool gac_path_match(const char *pattern, const char *path);
/* GAC_EPARAM for an unknown or text parameter. */
GAC_HIDDEN gac_status gac_param_resolve(gac_pref *r, gac_scenario *s, const char *path);
/* Whether a numeric parameter was given (in the file, by an option or a
 * --set) rather than left at its default: budget thresholds exist only
 * when given. */
GAC_HIDDEN bool gac_param_is_set(const gac_scenario *s, const char *path);
/* Set a resolved parameter, checked as gac_scenario_set_number is. */
GAC_HIDDEN gac_status gac_param_store(const gac_pref *r, const char *path, double v, gac_error *err);
/* The same, errors placed at file:line:col, which the value records. */
GAC_HIDDEN gac_status gac_param_store_at(const gac_pref *r, const char *path, double v, gac_error *err,
                                         const char *file, unsigned line, unsigned col);
/* A resolved parameter's value (a workload's unset deployment.*: the
 * scenario's). */
GAC_HIDDEN double gac_pref_value(const gac_pref *r);
/* Where that value is read: the slot, or while a workload's deployment.*
 * is unset, the scenario's it inherits. */
GAC_HIDDEN const double *gac_pref_source(const gac_pref *r);

/* 1 when the numeric parameter is a choice (mode, commitment, ...), 2 when
 * a whole count, 3 when a fraction, 0 for a plain number; -1 unknown. */
GAC_HIDDEN int gac_param_kind(const gac_scenario *s, const char *path);
/* Whether 0 in a numeric parameter is not an amount but stands for its
 * default (a model unit's capacity of 0: the sheet's), so that scanning
 * from 0 up crosses a change of meaning. */
GAC_HIDDEN bool gac_param_zero_default(const gac_scenario *s, const char *path);
/* Whether a numeric parameter shapes the model rather than measures
 * usage (hours_per_month, a choice, seasonality, growth, AZs, budget
 * thresholds): sensitivity ranks it only when asked by name. */
GAC_HIDDEN bool gac_param_structural(const gac_scenario *s, const char *path);
/* A copy of the scenario with only workloads keep[0..n) (indices, each
 * once), without options, uncertain inputs, ranges or commitments: it
 * prices those workloads as the whole does, in time of its own size. */
GAC_HIDDEN gac_status gac_scenario_subset(gac_scenario **out, const gac_scenario *src, const size_t *keep, size_t n);
/* A deep copy without the options (the rest as gac_scenario_clone): what
 * an option is applied to, in time of the scenario without its options. */
GAC_HIDDEN gac_status gac_scenario_clone_bare(gac_scenario **out, const gac_scenario *src);
/* options.c: a deep copy with option i applied (0: the baseline) that
 * keeps the options, so that a forecast of it can still switch to the
 * options its forecast.commitments name. */
GAC_HIDDEN gac_status gac_scenario_with_option_kept(gac_scenario **out, const gac_scenario *s, size_t i,
                                                    gac_error *err);
/* sweep.c: a sweep priced a point at a time, handed to a sink: start
 * once (the points, the options' names: the baseline, then each option),
 * then row for each point in order (its axis values, every option's total,
 * its total at list prices when start was told of lists (else NULL), and
 * the model units its peak load needs where it is under capacity, NAN
 * where its units carry the load; valid for the call).  A sink's failure
 * (not GAC_OK, err set) ends the run with it. */
typedef struct gac_sweep_sink {
	/* `lists`: whether any option is priced with pricing_overrides;
	 * then every row gets the options' totals at list prices */
	gac_status (*start)(void *ctx, size_t points, size_t options, const char *const *names, bool lists,
	                    gac_error *err);
	gac_status (*row)(void *ctx, size_t point, const double *values, const double *totals,
	                  const double *lists, const double *needed, gac_error *err);
	void *ctx;
} gac_sweep_sink;
/* A sweep axis (public as an opaque type: gac_sweep_axis_parse). */
struct gac_sweep_axis {
	char path[256];
	double lo, hi;
	size_t steps;      /* points, 2 or more, ends included */
	int log;           /* 1: logarithmic spacing (lo > 0) */
};
/* The public functions' axes (1 or 2 pointers, none NULL) copied into
 * to[]; GAC_EARG otherwise. */
GAC_HIDDEN gac_status gac_sweep_axes_gather(gac_sweep_axis to[2], gac_sweep_axis *const *axes, size_t naxes);
GAC_HIDDEN gac_status gac_sweep_run_axes(gac_sweep **out, const gac_scenario *s, const gac_sheet *sheet,
                                         const gac_sweep_axis *axes, size_t naxes, gac_error *err);
GAC_HIDDEN gac_status gac_report_sweep_axes(char **out, const gac_sweep *w, const gac_sweep_axis *axes, size_t naxes,
                                            const char *cur, gac_format f, unsigned flags);
/* An option's total at list prices at a point (pricing_overrides; its
 * total when it has none); NAN when no option of the sweep has any. */
GAC_HIDDEN double gac_sweep_list_total(const gac_sweep *w, size_t point, size_t option);
/* The bill at list prices of a workspace's last estimate; its total
 * when priced without pricing_overrides. */
GAC_HIDDEN double gac_workspace_list_total(const gac_workspace *ws);
/* A sensitivity's total as written at list prices (pricing_overrides),
 * NAN without overrides. */
GAC_HIDDEN double gac_sensitivity_list_base(const gac_sensitivity *s);
/* Whether a scenario is priced with pricing_overrides. */
GAC_HIDDEN bool gac_scenario_has_overrides(const gac_scenario *s);
/* simulate.c: the mean bill at list prices of option i, when an option
 * prices with pricing_overrides (false otherwise). */
GAC_HIDDEN bool gac_simulation_list_mean(double *out, const gac_simulation *sim, size_t option);
/* Option-trials priced by the engine: returned, those where a guard of the
 * plan broke; *unplanned (may be NULL), those of options without a plan. */
GAC_HIDDEN size_t gac_simulation_fallbacks(const gac_simulation *sim, size_t *unplanned);
GAC_HIDDEN gac_status gac_sweep_each(const gac_scenario *s, const gac_sheet *sheet, const gac_sweep_axis *axes,
                                     size_t naxes, const gac_sweep_sink *sink, gac_error *err);
/* The largest value a numeric parameter takes (1 for fractions), or inf. */
GAC_HIDDEN double gac_param_max(const gac_scenario *s, const char *path);
/* How many numeric parameters a workload has: its fields, its own
 * deployment.* only where given (gac_scenario_param_path's order). */
GAC_HIDDEN size_t gac_workload_param_count(const gac_workload *w);
GAC_HIDDEN double gac_workload_requests(const gac_scenario *s, const gac_workload *w);

/* forecast.start as a month count (year × 12 + month − 1), or -1 when
 * not given. */
GAC_HIDDEN long gac_forecast_start(const gac_scenario *s);
/* "YYYY-MM" (year 1 to 9999) as year × 12 + month − 1, or -1. */
GAC_HIDDEN long gac_month_parse(const char *text);

/* The scenario-wide field of deployment field d. */
static inline int gac_dfield_g(int d)
{
	return d == GAC_D_OVERFLOW ? GAC_G_OVERFLOW : d == GAC_D_RESERVED_IN_TPM ? GAC_G_RESERVED_IN_TPM
	       : d == GAC_D_RESERVED_OUT_TPM ? GAC_G_RESERVED_OUT_TPM
	       : d == GAC_D_TERM ? GAC_G_TERM : GAC_G_MODE + d;
}
/* A workload's effective deployment field d: its own deployment.* when
 * given, else the scenario's (w may be NULL: the scenario's). */
static inline double gac_deploy(const gac_scenario *s, const gac_workload *w, int d)
{
	return w && (w->set & ((uint64_t)1 << (GAC_W_DEPLOY + d))) ? w->v[GAC_W_DEPLOY + d] : s->g[gac_dfield_g(d)];
}
/* Where that value was written (0, 0 when it is the default). */
static inline void gac_deploy_at(const gac_scenario *s, const gac_workload *w, int d, unsigned *line, unsigned *col)
{
	if (w && (w->set & ((uint64_t)1 << (GAC_W_DEPLOY + d)))) {
		*line = w->fline[GAC_W_DEPLOY + d];
		*col = w->fcol[GAC_W_DEPLOY + d];
	} else {
		*line = s->gline[gac_dfield_g(d)];
		*col = s->gcol[gac_dfield_g(d)];
	}
}
/* The inputs of a scenario as a snapshot keeps them, in the order of
 * gac_scenario_param_path then gac_scenario_text_param_path, then each
 * option's overrides as options.NAME.PATH: a number (its text as
 * gac_scenario_get_text writes it) or a text. */
typedef struct gac_input {
	char *path, *text;
	double value;
	bool is_text;
} gac_input;
GAC_HIDDEN gac_status gac_inputs_collect(gac_input **out, size_t *count, const gac_scenario *s);
GAC_HIDDEN void gac_inputs_free(gac_input *in, size_t count);
/* The snapshot's inputs, NULL (and *count 0) when it holds none. */
GAC_HIDDEN const gac_input *gac_snapshot_inputs(const gac_snapshot *s, size_t *count);
/* A number of a parameter path as text: a choice by name, a count of 0
 * as auto, else the shortest exact form. */
GAC_HIDDEN void gac_param_number_text(gac_buf *b, const char *path, double v);

#endif

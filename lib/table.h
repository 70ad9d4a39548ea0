/* Text grids for reports (internal). */
#ifndef GAC_TABLE_H
#define GAC_TABLE_H

#include "internal.h"

#define GAC_ROW_RULE 0x1u   /* a rule above the row (totals); bold in Markdown */
#define GAC_ROW_NOTE 0x2u   /* a free-text line under the previous row (column 0) */

typedef struct gac_table {
	size_t cols, rows, cap;
	const char *const *headers;
	const bool *right;       /* right-align column */
	char **cells;
	unsigned *flags;
	bool failed;
} gac_table;

GAC_HIDDEN void gac_table_init(gac_table *t, size_t cols, const char *const *headers, const bool *right);
GAC_HIDDEN void gac_table_free(gac_table *t);
GAC_HIDDEN bool gac_table_row(gac_table *t, unsigned flags);
GAC_HIDDEN void gac_table_set(gac_table *t, size_t col, const char *text);
/* Set from a buffer and release the buffer. */
GAC_HIDDEN void gac_table_set_buf(gac_table *t, size_t col, gac_buf *b);
GAC_HIDDEN void gac_table_render(gac_buf *b, const gac_table *t, gac_format f);
/* One CSV field as gac_table_render writes it (quoted when it must be),
 * for reports written a row at a time. */
GAC_HIDDEN void gac_csv_field(gac_buf *b, const char *s);

/* Text from a file or the command line into Markdown, inert: the one
 * escape every Markdown writer uses.  \ ` * _ { } [ ] ( ) # + - . ! | ~
 * are backslash-escaped, < > & : written as entities (no autolink can
 * start at "http:"), @ followed by a
 * zero-width space (&#8203;) so it cannot mention anyone, and a tab or
 * line break becomes a space: nothing a scenario, a price sheet or a
 * baseline says can add a heading, a list, HTML, a link or a mention. */
GAC_HIDDEN void gac_md_text(gac_buf *b, const char *s);
/* `s` escaped with gac_md_text when `md`, as it is otherwise. */
GAC_HIDDEN void gac_buf_user(gac_buf *b, const char *s, bool md);

/* Shared by the report modules (report_*.c). */
#include <jansson.h>

/* internal flag: a report embedded in another (no title lines) */
#define GAC_REPORT_NO_HEADER 0x100u
/* Money with its currency, rounded to cents half away from zero. */
GAC_HIDDEN void gac_money(gac_buf *b, double v, const char *currency);
GAC_HIDDEN void gac_signed_money(gac_buf *b, double v, const char *currency);
/* --explain texts of the analyses whose data only their own files hold */
GAC_HIDDEN void gac_simulation_explain(gac_buf *b, const gac_simulation *sim, const char *cur, bool md);
/* "+12.5%", "new" from 0, exact in CSV */
GAC_HIDDEN void gac_pct_cell(gac_buf *b, double before, double after, gac_format f);
/* A figure; NULL for inf or NaN, noted for gac_json_status: jansson
 * refuses them, and no report may show one */
GAC_HIDDEN json_t *gac_jreal(double v);
/* NaN (not applicable) as null, inf as gac_jreal */
GAC_HIDDEN json_t *gac_jnum(double v);
/* GAC_OK when `out` was made; else GAC_ERANGE when a figure was not
 * finite (an internal error: the engine refuses such inputs), else
 * GAC_ENOMEM.  Clears the note. */
GAC_HIDDEN gac_status gac_json_status(const char *out);
GAC_HIDDEN int gac_json_lines(json_t *lines, const gac_result *r, unsigned flags);
/* --explain: the compiled plan the lines' formulas were printed from, as
 * the text's note under the total says it, into `o` as "plan":
 * {formulas, without_formula, guards, total (null when the plan was not
 * evaluated again)}; nothing without --explain or for a result with no
 * plan (one read back from a report).  Nonzero on failure. */
GAC_HIDDEN int gac_json_plan(json_t *o, const gac_result *r, unsigned flags);
/* Inputs into a JSON object by path: numbers as numbers, text as
 * strings; nonzero on failure. */
GAC_HIDDEN int gac_json_inputs(json_t *o, const gac_input *in, size_t count);
/* Dump, free `root`, and hand back the text with a newline. */
GAC_HIDDEN char *gac_json_finish(json_t *root);
/* Line items old → new with a total row; unchanged ones only with `all`.
 * `list`, when not NULL, holds the totals at list prices old and new
 * (pricing_overrides): two rows below the total, "At list prices" and
 * "Negotiated saving".  Returns how many lines were shown. */
GAC_HIDDEN size_t gac_delta_table(gac_buf *b, const gac_delta *d, size_t n, double old_total,
                                  double new_total, const double *list, const char *currency, gac_format f,
                                  bool all);
/* The bill at list prices: gac_result_list_total with pricing_overrides,
 * else the total itself. */
GAC_HIDDEN double gac_list_total(const gac_result *r);
/* Whether either of two results (NULL allowed) was priced with
 * pricing_overrides; then `list` gets both list totals. */
GAC_HIDDEN bool gac_list_pair(double list[2], const gac_result *a, const gac_result *z);
/* --explain of the list totals and savings before and after, unrounded,
 * so the saving can be redone by hand. */
GAC_HIDDEN void gac_saving_explain(gac_buf *b, const double list[2], double before, double after,
                                   const char *currency, bool md);

/* report_figures.c: a unit price with every digit the sheet gave it; a
 * quantity whole when it is, else six digits below 1, else cents. */
GAC_HIDDEN void gac_unit_price(gac_buf *b, double v, const char *currency);
GAC_HIDDEN void gac_quantity(gac_buf *b, double v);
/* report_json.c: json_dump_callback's sink into a gac_buf (data) */
GAC_HIDDEN int gac_json_dump_to_buf(const char *text, size_t size, void *data);

/* report_estimate.c, shared with the reports that embed an estimate
 * (compare, what-if, sweep). */
/* The first provisioned entry whose units do not carry the peak load. */
GAC_HIDDEN const gac_provisioned *gac_under_entry(const gac_result *r);
/* The one flag every report shows for an option under capacity. */
GAC_HIDDEN void gac_too_few(gac_buf *b, double needed);
/* "Prices: NAME (as of DATE)", the sheet's text escaped in Markdown */
GAC_HIDDEN void gac_prices_line(gac_buf *b, const gac_sheet *sh, bool md);
GAC_HIDDEN void gac_availability_cell(gac_buf *b, const gac_topology_info *t);
GAC_HIDDEN void gac_downtime_cell(gac_buf *b, double hours);
/* An estimate as text, Markdown or CSV (flags: GAC_REPORT_NO_HEADER
 * for one embedded in another report). */
GAC_HIDDEN char *gac_estimate_text(const gac_result *r, const gac_scenario *sc, const gac_sheet *sh, gac_format f,
                                   unsigned flags);
GAC_HIDDEN json_t *gac_json_provisioned(const gac_result *r, unsigned flags);
GAC_HIDDEN json_t *gac_json_topology(const gac_result *r);
/* A warning for each retired model the result's lines price, once each */
GAC_HIDDEN int gac_retired_warnings(json_t *arr, const gac_result *r, const gac_sheet *sh);
/* `warnings` when there are any (a report without them has no key) */
GAC_HIDDEN int gac_set_warnings(json_t *root, json_t *w);
/* Every input the scenario was priced from, into `o`; nonzero on failure */
GAC_HIDDEN int gac_scenario_inputs(json_t *o, const gac_scenario *sc);

#endif

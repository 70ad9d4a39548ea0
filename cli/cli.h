/* The command-line tool: argv in, library calls, text out. */
#ifndef GAC_CLI_H
#define GAC_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "genaicost.h"

/* Exit codes, documented in genaicost(1). */
enum {
	EXIT_OK = 0,
	EXIT_CHECK = 1,    /* a check failed (later commands) */
	EXIT_USAGE = 2,
	EXIT_INVALID = 3,  /* invalid input: syntax, schema, unknown model or region */
	EXIT_IO = 4        /* I/O or internal error */
};

typedef struct cli {
	FILE *out, *err;
	const char *prog;
	/* directories outside a scenario's own that its csv: and pricing:
	 * may name: every --allow-path, then GENAICOST_ALLOW_PATH's parts */
	const char *const *allow;
	/* when set, report_error also keeps the error it prints here (its
	 * status in ->status), for a report that lists errors (validate) */
	gac_error *caught;
	/* the warnings printed so far, for a page that shows them too
	 * (--format html); released by warnings_free */
	char **warnings;
	size_t nwarnings;
} cli;

/* Run the tool; returns the exit code.  Tests call this in process. */
int gac_cli_run(int argc, char **argv, FILE *out, FILE *err);

/* ---- shared by the commands ---- */

/* Simple reentrant option scanner: --name VALUE, --name=VALUE, flags. */
typedef struct argscan {
	int argc, i;
	char **argv;
	const char *opt;     /* current option name, e.g. "--format" */
	const char *inline_value;
	bool positional_only;
} argscan;

void args_init(argscan *a, int argc, char **argv);
/* Next argument: returns 1 for an option (a->opt), 2 for a positional
 * (*pos), 0 at the end. */
int args_next(argscan *a, const char **pos);
/* The value of the current option; NULL (after a usage error) if missing. */
const char *args_value(cli *c, argscan *a);

int usage_error(cli *c, const char *cmd, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* --format NAME of command `cmd`, by the library's one table of formats
 * (gac_format_parse, gac_format_writes): a name no format has, or a format
 * the command cannot write, is a usage error (2) naming the command's
 * formats; `extra` is one more it takes outside the table (estimate's
 * "focus", listed last), or NULL.  With `charts` (the command takes
 * --chart), a picture's name (svg, png, pdf) points to --chart. */
int format_arg(cli *c, const char *cmd, const char *name, gac_format *out, const char *extra, bool charts);
/* Print a library error and return the exit code for it. */
int report_error(cli *c, gac_status st, const gac_error *e);
int exit_code_for(gac_status st);

/* NULL-terminated directories that may hold bundled sheets: the library's
 * (gac_pricing_dirs) with those next to the executable before its
 * compiled-in one; NULL when out of memory. */
const char *const *pricing_dirs(void);
/* The offer map of import-prices and reconcile: aws-offer-map.yaml of the
 * bundled pricing directories, else the source tree's (in buf). */
const char *default_offer_map(char *buf, size_t n);
/* Load the sheet named by `ref` (NULL: the default aws-bedrock). */
int load_sheet(cli *c, gac_sheet **out, const char *ref, const char *base_dir);

/* Load a scenario under the file-access rule (its directory, the bundled
 * sheets and c->allow); an exit code, the error printed. */
int load_scenario(cli *c, gac_scenario **sc, const char *file);
/* Load the sheet --pricing names (`pricing`, trusted: the user's own), or
 * else the scenario's pricing:, under the scenario's file-access rule. */
int load_scenario_sheet(cli *c, gac_sheet **out, const char *pricing, const gac_scenario *sc);

/* The options most commands share: SCENARIO, --set, --pricing, --format,
 * --explain and -o. */
typedef struct common_opts {
	const char *cmd;          /* for usage errors */
	const char *file, *pricing, *output;
	const char *chart;        /* --chart FILE */
	gac_format format;
	unsigned flags;
	bool explain_ok;          /* the command takes --explain */
	bool chart_ok;            /* the command draws a chart (--chart) */
	bool own_positionals;     /* operands go to the command (diff), not to `file` */
	const char **sets;
	size_t nsets;
} common_opts;

/* Set up for argc arguments; common_done() releases. */
int common_init(cli *c, common_opts *co, const char *cmd, int argc);
void common_done(common_opts *co);
/* A command's own option, and whether a value follows it. */
typedef struct cmd_opt {
	const char *name;
	bool value;
} cmd_opt;
/* Take one of a command's own options (`opt`, with `value` or NULL), or
 * an operand (`opt` NULL) when co->own_positionals; an exit code. */
typedef int (*take_fn)(cli *c, void *ctx, const char *opt, const char *value);
/*
 * The option loop every command runs: the shared options, -h/--help, and
 * the command's own options from `own` (ended by a NULL name) handed to
 * `take`; anything else is a usage error.  Returns 1 to go on, 0 to stop
 * with the exit code in *rc (EXIT_OK after --help).
 */
int parse_args(cli *c, common_opts *co, int argc, char **argv, const cmd_opt *own, take_fn take, void *ctx,
               void (*usage)(cli *c), int *rc);

/* Load the scenario (required), apply --set, load its or --pricing's sheet. */
int common_load(cli *c, common_opts *co, gac_scenario **sc, gac_sheet **sheet);

/* A whole number from lo to hi given to option `opt`; a usage error
 * otherwise. */
int parse_whole(cli *c, const char *cmd, const char *opt, const char *v, double lo, double hi, double *out);
/* --trials, --seed and --threads of a simulation (simulate, check): 1 when
 * `opt` is one and was taken, 0 when it is none of them, -1 after a usage
 * error (the exit code in *rc). */
int take_sim_option(cli *c, const char *cmd, const char *opt, const char *v, gac_sim_options *so, int *rc);

/* --months N: a whole number from 1 to 600; a usage error otherwise. */
int parse_months(cli *c, const char *cmd, const char *v, size_t *months);

/* Apply one --set PATH=VALUE; a usage error (exit 2) when it fails. */
int apply_set_arg(cli *c, gac_scenario *sc, const char *arg, const char *cmd);

/* Set a parameter a flag stands for (--budget: budget.monthly); a bad
 * value is a usage error naming the flag. */
int usage_set(cli *c, gac_scenario *sc, const char *path, const char *value, const char *flag);

/* output.c: write `text` to stdout (path NULL or "-"), or to `path` as
 * its type asks: a regular file replaced atomically, a device, FIFO or
 * socket in place.  An exit code. */
/* Warn on stderr of each retired model (the sheet's `retired:`) that a
 * result of res[0..n-1] prices: once per model and run (the options of a
 * comparison price the same models again), the date AWS retired it; each
 * warning is kept in c for the HTML page.  EXIT_OK, or EXIT_IO (said on
 * stderr) when a warning cannot be kept: a page must not go out without
 * a warning that was printed. */
int warn_retired(cli *c, const gac_sheet *sheet, const gac_result *const *res, size_t n);
/* Release the warnings kept in c. */
void warnings_free(cli *c);
int emit(cli *c, const char *text, const char *path);
/* An output made ready by emit_stage (the text in an unnamed temporary
 * file beside the target, or the device opened) and put in place by
 * emit_commit, or dropped by emit_abort: a run with several outputs stages
 * them all, then commits, so that a failure writes none. */
typedef struct out_stage {
	enum { OUT_STDOUT, OUT_FD, OUT_INPLACE, OUT_REPLACE } kind;
	const char *path, *text;
	size_t len;   /* of text, which need not be a string (a PNG) */
	int fd;
	char *target, *dir, *tmpname;
	unsigned mode;
	bool exists, failed_create;
} out_stage;
int emit_stage(cli *c, out_stage *o, const char *text, const char *path);
/* emit_stage of len bytes that need not be text */
int emit_stage_bytes(cli *c, out_stage *o, const char *data, size_t len, const char *path);
/* Several outputs written together: each staged in turn, then all
 * committed, so that a failure writes none of them.  A piece of len
 * OUT_TEXT is a string.  An exit code. */
#define OUT_TEXT ((size_t)-1)
typedef struct out_piece {
	const char *data;
	size_t len;
	const char *path;
} out_piece;
#define OUT_PIECES_MAX 4
int emit_together(cli *c, const out_piece *pieces, size_t n);
/* emit of len bytes that need not be text (a workbook) */
int emit_bytes(cli *c, const char *data, size_t len, const char *path);
/* --chart FILE: exit 2 for an empty name or an extension other than
 * .svg, .png and .pdf; EXIT_OK otherwise. */
int chart_arg(cli *c, const char *cmd, const char *v);
/* The report `text` to `output` and, when `chart` is set, the chart
 * (built with status `built`) drawn as chart's extension asks: both
 * staged, then committed, so that a failure writes neither.  An exit
 * code. */
int emit_with_chart(cli *c, const char *text, const char *output, gac_status built, const gac_chart *ch,
                    const char *chart);
/* Under a chart built with status *built (when GAC_OK): the price sheet
 * and the scenario it was drawn from, as gac_chart_set_note writes them;
 * *built becomes the note's status. */
void chart_provenance(gac_status *built, gac_chart *ch, const gac_sheet *sh, const gac_scenario *sc);
/* The format to ask a gac_report_* function for: --format html is a page
 * gac_report_html writes around the report's Markdown. */
gac_format report_format(gac_format f);
/* Whether a command that draws a chart builds it: for --chart, and for
 * --format html, where it is drawn inline. */
bool wants_chart(gac_format f, const char *chart);
/* emit_with_chart for the report `text` written in report_format(f):
 * with f html, the page around it (the chart `ch`, when there is one,
 * inline; the sheet and scenario, either may be NULL, in its footer). */
int emit_report(cli *c, gac_format f, const char *text, const char *output, gac_status built,
                const gac_chart *ch, const char *chart, const gac_sheet *sh, const gac_scenario *sc);
/* The HTML page around a report's Markdown into *page (the caller's,
 * gac_free), the chart inline when `ch` is set; exit 4 with a message
 * when the chart (built with status `built`) or the page failed. */
int html_page(cli *c, char **page, const char *markdown, gac_status built, const gac_chart *ch,
              const gac_sheet *sh, const gac_scenario *sc);
/* An output written in pieces as they are made (a sweep's rows): opened
 * as emit_stage stages it, each piece written to standard output, the
 * device or the staged file at once, then committed (a file replaced
 * only by a complete report) or aborted.  emit_stream_write suits
 * gac_write_fn; emit_stream_abort prints a write error when one ended
 * the run (and returns its exit code), else returns EXIT_OK. */
typedef struct out_stream {
	cli *c;
	out_stage o;
	int error;
	bool open;
} out_stream;
int emit_stream_open(cli *c, out_stream *s, const char *path);
int emit_stream_write(void *ctx, const char *text, size_t len);
int emit_stream_commit(out_stream *s);
int emit_stream_abort(out_stream *s);
int emit_commit(cli *c, out_stage *o);
void emit_abort(out_stage *o);
/* Commit n staged outputs (devices first), then release them all. */
int emit_commit_all(cli *c, out_stage *o, size_t n);
/* Exit 2 when outputs a (given as opt_a) and b name one file, or both go
 * to standard output; EXIT_OK otherwise.  NULL or "-" is standard output. */
/* The value of -o/--output or --histogram: exit 2 when it is empty. */
int output_arg(cli *c, const char *cmd, const char *opt, const char *v);
int outputs_distinct(cli *c, const char *cmd, const char *opt_a, const char *a, const char *opt_b, const char *b);

int cmd_estimate(cli *c, int argc, char **argv);
int cmd_models(cli *c, int argc, char **argv);
int cmd_validate(cli *c, int argc, char **argv);
int cmd_params(cli *c, int argc, char **argv);
int cmd_compare(cli *c, int argc, char **argv);
int cmd_break_even(cli *c, int argc, char **argv);
int cmd_what_if(cli *c, int argc, char **argv);
int cmd_sensitivity(cli *c, int argc, char **argv);
int cmd_forecast(cli *c, int argc, char **argv);
int cmd_reconcile(cli *c, int argc, char **argv);
int cmd_simulate(cli *c, int argc, char **argv);
int cmd_check(cli *c, int argc, char **argv);
int cmd_diff(cli *c, int argc, char **argv);
int cmd_import_prices(cli *c, int argc, char **argv);
int cmd_calibrate(cli *c, int argc, char **argv);
/* xlsx.c: --format xlsx.  The workbook `write` writes (a
 * gac_report_*_xlsx bound to its arguments through ctx) is written to a
 * private temporary directory, read back and put at `path` as emit puts a
 * text (a file replaced atomically, a device or pipe in place), so that a
 * failure leaves nothing half-written; to standard output only when it is
 * not a terminal (exit 2 otherwise).  An exit code. */
typedef gac_status (*xlsx_write_fn)(const char *path, void *ctx);
int emit_xlsx(cli *c, const char *cmd, xlsx_write_fn write, void *ctx, const char *path);

/* sweep.c: every option's total over one or two swept parameters; with
 * `chart`, also its chart (a line, or a heat map per option) */
int run_sweep(cli *c, const gac_scenario *sc, const gac_sheet *sheet, const char *const *specs,
              size_t nspecs, gac_format format, unsigned flags, const char *output, const char *chart);

#endif

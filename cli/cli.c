/* Dispatch, shared option handling, error printing and output. */
#define _DEFAULT_SOURCE
#include "cli.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct command {
	const char *name;
	int (*run)(cli *, int, char **);
	const char *summary;
} commands[] = {
	{"estimate", cmd_estimate, "price a scenario or a quick workload for one month"},
	{"models", cmd_models, "list the models and prices of a price sheet"},
	{"validate", cmd_validate, "check price sheets and scenarios"},
	{"compare", cmd_compare, "price a scenario's options side by side"},
	{"break-even", cmd_break_even, "find where two options cost the same"},
	{"simulate", cmd_simulate, "Monte Carlo over uncertain inputs: the spread of the bill"},
	{"forecast", cmd_forecast, "price the months ahead with growth and commitments"},
	{"sensitivity", cmd_sensitivity, "rank the inputs by how much they move the total"},
	{"what-if", cmd_what_if, "compare changed inputs, or sweep one or two of them"},
	{"params", cmd_params, "list the parameter paths of a scenario and their values"},
	{"check", cmd_check, "the cost gate for CI: budgets and increases, exit 1 when breached"},
	{"diff", cmd_diff, "line items old -> new between reports, scenarios or price sheets"},
	{"import-prices", cmd_import_prices, "AWS Price List offer files into a price sheet"},
	{"calibrate", cmd_calibrate, "invocation logs or CloudWatch metrics into a scenario"},
	{"reconcile", cmd_reconcile, "set a scenario beside a bill (CUR 2.0 or FOCUS), exit 1 off tolerance"},
};

static void help(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost COMMAND [ARGS...]\n"
	        "       genaicost -h | --help | help [COMMAND]\n"
	        "       genaicost -V | --version\n\n"
	        "Model what generative AI costs to run on Amazon Bedrock.\n\n"
	        "Commands:\n");
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		fprintf(c->out, "  %-13s %s\n", commands[i].name, commands[i].summary);
	fprintf(c->out,
	        "\n'genaicost COMMAND --help' describes a command; genaicost(1) has the details.\n"
	        "A scenario's csv: and pricing: files must lie in its directory; --allow-path DIR\n"
	        "(repeatable) or GENAICOST_ALLOW_PATH allows others (genaicost(1), SECURITY CONSIDERATIONS).\n"
	        "Exit codes: 0 ok, 1 a check failed, 2 usage error, 3 invalid input, 4 I/O or internal error.\n");
}

static int run(cli *cp, int argc, char **argv)
{
	cli c = *cp;
	FILE *out = c.out;
	if (argc < 2) {
		help(&c);
		return EXIT_USAGE;
	}
	const char *cmd = argv[1];
	if (!strcmp(cmd, "help") && argc > 2) {
		/* help COMMAND: what COMMAND --help prints */
		for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
			if (!strcmp(argv[2], commands[i].name)) {
				char *hargv[] = {argv[2], "--help", NULL};
				return commands[i].run(&c, 2, hargv);
			}
		return usage_error(&c, NULL, "unknown command '%s' (try 'genaicost --help')", argv[2]);
	}
	if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
		help(&c);
		return EXIT_OK;
	}
	if (!strcmp(cmd, "--version") || !strcmp(cmd, "-V")) {
		fprintf(out, "genaicost %s\n", gac_version());
		return EXIT_OK;
	}
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (!strcmp(cmd, commands[i].name)) {
			int rc = commands[i].run(&c, argc - 1, argv + 1);
			warnings_free(&c);
			return rc;
		}
	return usage_error(&c, NULL, "unknown command '%s' (try 'genaicost --help')", cmd);
}

/*
 * --allow-path DIR (or --allow-path=DIR), taken out of argv wherever it
 * stands before '--' so every command has it, and GENAICOST_ALLOW_PATH's
 * colon-separated parts: the directories a scenario may name files in
 * besides its own (see SECURITY CONSIDERATIONS in genaicost(1)).
 */
int gac_cli_run(int argc, char **argv, FILE *out, FILE *err)
{
	cli c = {.out = out, .err = err, .prog = "genaicost"};
	const char *env = getenv("GENAICOST_ALLOW_PATH");
	char *envcopy = env && *env ? strdup(env) : NULL;
	size_t nenv = 0;
	for (const char *p = envcopy; p && *p; p++)
		nenv += *p == ':';
	char **args = calloc((size_t)argc + 1, sizeof *args);
	const char **allow = calloc((size_t)argc + nenv + 2, sizeof *allow);
	if (!args || !allow || (env && *env && !envcopy)) {
		free(args);
		free(allow);
		free(envcopy);
		fprintf(err, "genaicost: out of memory\n");
		return EXIT_IO;
	}
	int n = 0, rc = EXIT_OK;
	size_t na = 0;
	bool dashdash = false;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i], *v = NULL;
		if (i > 1 && !dashdash && !strcmp(a, "--allow-path")) {
			if (i + 1 >= argc) {
				rc = usage_error(&c, NULL, "--allow-path needs a DIR");
				break;
			}
			v = argv[++i];
		} else if (i > 1 && !dashdash && !strncmp(a, "--allow-path=", 13)) {
			v = a + 13;
		} else {
			dashdash |= i > 1 && !strcmp(a, "--");
			args[n++] = argv[i];
			continue;
		}
		if (!*v) {
			rc = usage_error(&c, NULL, "--allow-path needs a DIR (got an empty one)");
			break;
		}
		allow[na++] = v;
	}
	for (char *tok = envcopy ? strtok(envcopy, ":") : NULL; tok; tok = strtok(NULL, ":"))
		allow[na++] = tok;
	allow[na] = NULL;
	c.allow = allow;
	if (rc == EXIT_OK)
		rc = run(&c, n, args);
	free(args);
	free(allow);
	free(envcopy);
	return rc;
}

int load_scenario(cli *c, gac_scenario **sc, const char *file)
{
	gac_load_options o = GAC_LOAD_OPTIONS_INIT;
	o.allow = c->allow;
	gac_error e;
	gac_status st = gac_scenario_load_file_opts(sc, file, &o, &e);
	return st == GAC_OK ? EXIT_OK : report_error(c, st, &e);
}

int load_scenario_sheet(cli *c, gac_sheet **out, const char *pricing, const gac_scenario *sc)
{
	if (pricing)
		return load_sheet(c, out, pricing, NULL);
	gac_error e;
	char *path = NULL;
	const char *const *dirs = pricing_dirs();
	if (!dirs)
		return report_error(c, GAC_ENOMEM, NULL);
	gac_status st = gac_scenario_sheet_resolve(&path, sc, dirs, &e);
	if (st != GAC_OK)
		return report_error(c, st, &e);
	st = gac_sheet_load_file(out, path, &e);
	gac_free(path);
	return st == GAC_OK ? EXIT_OK : report_error(c, st, &e);
}

void args_init(argscan *a, int argc, char **argv)
{
	memset(a, 0, sizeof *a);
	a->argc = argc;
	a->argv = argv;
	a->i = 1;
}

int args_next(argscan *a, const char **pos)
{
	static char name[128];
	if (a->i >= a->argc)
		return 0;
	const char *s = a->argv[a->i++];
	a->inline_value = NULL;
	if (a->positional_only || s[0] != '-' || !s[1]) {
		*pos = s;
		return 2;
	}
	if (!strcmp(s, "--")) {
		a->positional_only = true;
		return args_next(a, pos);
	}
	const char *eq = s[1] == '-' ? strchr(s, '=') : NULL;
	if (eq) {
		size_t n = (size_t)(eq - s);
		if (n >= sizeof name)
			n = sizeof name - 1;
		memcpy(name, s, n);
		name[n] = '\0';
		a->opt = name;
		a->inline_value = eq + 1;
	} else {
		a->opt = s;
	}
	return 1;
}

const char *args_value(cli *c, argscan *a)
{
	if (a->inline_value)
		return a->inline_value;
	if (a->i >= a->argc) {
		usage_error(c, NULL, "option %s needs a value", a->opt);
		return NULL;
	}
	return a->argv[a->i++];
}

int format_arg(cli *c, const char *cmd, const char *name, gac_format *out, const char *extra, bool charts)
{
	char list[256] = "";
	size_t len = 0;
	for (int f = 0; gac_format_name((gac_format)f); f++)
		if (gac_format_writes((gac_format)f, cmd) && len < sizeof list)
			len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", len ? ", " : "",
			                        gac_format_name((gac_format)f));
	if (extra && len < sizeof list)
		snprintf(list + len, sizeof list - len, "%s%s", len ? ", " : "", extra);
	gac_format f;
	if (gac_format_parse(&f, name) != GAC_OK) {
		/* a picture is a chart, beside the report, not a format of it */
		gac_chart_format cf;
		char probe[32];
		snprintf(probe, sizeof probe, "x.%.24s", name);
		if (charts && gac_chart_format_for_path(&cf, probe) == GAC_OK)
			return usage_error(c, cmd, "unknown format '%s' (%s); a chart is drawn with --chart FILE.%s", name,
			                   list, name);
		return usage_error(c, cmd, "unknown format '%s' (%s)", name, list);
	}
	if (!gac_format_writes(f, cmd))
		return usage_error(c, cmd, "%s has no --format %s (its formats: %s)", cmd, gac_format_name(f), list);
	*out = f;
	return EXIT_OK;
}

int usage_error(cli *c, const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fprintf(c->err, "%s: ", c->prog);
	vfprintf(c->err, fmt, ap);
	fprintf(c->err, "\n");
	va_end(ap);
	if (cmd)
		fprintf(c->err, "Try 'genaicost %s --help'.\n", cmd);
	return EXIT_USAGE;
}

int exit_code_for(gac_status st)
{
	switch (st) {
	case GAC_OK:
		return EXIT_OK;
	case GAC_EIO:
	case GAC_ENOMEM:
	case GAC_EARG:
	case GAC_ENOTFOUND:
		return EXIT_IO;
	case GAC_EPARAM:
		return EXIT_USAGE;
	default:
		return EXIT_INVALID;
	}
}

int report_error(cli *c, gac_status st, const gac_error *e)
{
	fprintf(c->err, "%s: ", c->prog);
	if (e && e->file[0]) {
		fprintf(c->err, "%s:", e->file);
		if (e->line)
			fprintf(c->err, "%u:%u:", e->line, e->column);
		fputc(' ', c->err);
	}
	fprintf(c->err, "%s\n", e && e->message[0] ? e->message : gac_strerror(st));
	if (c->caught) {
		if (e)
			*c->caught = *e;
		else
			gac_error_clear(c->caught);
		c->caught->status = st;
	}
	return exit_code_for(st);
}

static char *dup_dir_of_exe(const char *suffix)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	size_t len = strlen(exe) + strlen(suffix) + 1;
	char *d = malloc(len);
	if (d)
		snprintf(d, len, "%s%s", exe, suffix);
	return d;
}

/* whether dir names the same directory as one of the n in list */
static bool same_dir(const char *const *list, size_t n, const char *dir)
{
	for (size_t i = 0; i < n; i++) {
		char *r = realpath(list[i], NULL);
		bool same = !strcmp(list[i], dir) || (r && !strcmp(r, dir));
		free(r);
		if (same)
			return true;
	}
	return false;
}

const char *const *pricing_dirs(void)
{
	/* built once per process; freed at exit by the OS.  `lib` is kept
	 * too: `dirs` points into the middle of its one block, which a leak
	 * checker would otherwise call possibly lost */
	static const char **dirs;
	static char **lib;
	if (dirs)
		return dirs;
	/* the library's: GENAICOST_PRICING_PATH, then its compiled-in
	 * directory (last); the directories next to the executable go
	 * between them */
	if (!lib && gac_pricing_dirs(&lib, NULL) != GAC_OK)
		return NULL;
	size_t n = 0;
	while (lib[n])
		n++;
	const char **all = malloc((n + 4) * sizeof *all);
	if (!all) {
		gac_free(lib);
		lib = NULL;
		return NULL;
	}
	size_t k = 0;
	for (size_t i = 0; i + 1 < n; i++)
		all[k++] = lib[i];
	/* build tree (binary in build/ next to pricing/), then an install
	 * moved to another prefix */
	const char *rel[] = {"/pricing", "/../pricing", "/../share/genaicost/pricing"};
	for (size_t i = 0; i < 3; i++) {
		char *d = dup_dir_of_exe(rel[i]);
		/* resolved, so an install's bin/../share/genaicost/pricing and
		 * the compiled-in directory are seen to be the same one */
		char *r = d ? realpath(d, NULL) : NULL;
		free(d);
		struct stat st;
		if (r && stat(r, &st) == 0 && S_ISDIR(st.st_mode) && !same_dir(all, k, r) &&
		    !same_dir((const char *const *)lib + n - 1, 1, r)) {
			all[k++] = r;
		} else {
			free(r);
		}
	}
	all[k++] = lib[n - 1];
	all[k] = NULL;
	dirs = all;
	return dirs;
}

const char *default_offer_map(char *buf, size_t n)
{
	const char *const *dirs = pricing_dirs();
	for (size_t i = 0; dirs && dirs[i]; i++) {
		snprintf(buf, n, "%s/aws-offer-map.yaml", dirs[i]);
		if (access(buf, R_OK) == 0)
			return buf;
	}
	return "pricing/aws-offer-map.yaml";
}

int load_sheet(cli *c, gac_sheet **out, const char *ref, const char *base_dir)
{
	gac_error e;
	char *path = NULL;
	const char *const *dirs = pricing_dirs();
	if (!dirs)
		return report_error(c, GAC_ENOMEM, NULL);
	gac_status st = gac_sheet_resolve(&path, ref ? ref : "aws-bedrock", base_dir, dirs, &e);
	if (st != GAC_OK)
		return report_error(c, st, &e);
	st = gac_sheet_load_file(out, path, &e);
	gac_free(path);
	if (st != GAC_OK)
		return report_error(c, st, &e);
	return EXIT_OK;
}

int apply_set_arg(cli *c, gac_scenario *sc, const char *arg, const char *cmd)
{
	const char *eq = strchr(arg, '=');
	if (!eq || eq == arg)
		return usage_error(c, cmd, "--set takes PATH=VALUE (got '%s')", arg);
	char path[512];
	size_t n = (size_t)(eq - arg);
	if (n >= sizeof path)
		return usage_error(c, cmd, "--set: parameter path too long");
	memcpy(path, arg, n);
	path[n] = '\0';
	gac_error e;
	if (gac_scenario_set(sc, path, eq + 1, &e) != GAC_OK)
		/* a bad --set is a usage error, whatever its cause */
		return usage_error(c, cmd, "%s", e.message);
	return EXIT_OK;
}

int usage_set(cli *c, gac_scenario *sc, const char *path, const char *value, const char *flag)
{
	gac_error e;
	if (gac_scenario_set(sc, path, value, &e) != GAC_OK)
		return usage_error(c, NULL, "%s %s: %s", flag, value, e.message);
	return EXIT_OK;
}

int parse_whole(cli *c, const char *cmd, const char *opt, const char *v, double lo, double hi, double *out)
{
	if (gac_parse_number(out, v, GAC_NUM_SUFFIX) != GAC_OK || *out < lo || *out > hi || *out != floor(*out))
		return usage_error(c, cmd, "%s takes a whole number from %.0f to %.0f (got '%s')", opt, lo, hi, v);
	return EXIT_OK;
}

/* A seed is any 64-bit value, written in decimal digits: a double (as
 * parse_whole reads) holds 53 bits of it, so strtoull reads it instead. */
static int parse_seed(cli *c, const char *cmd, const char *v, uint64_t *seed)
{
	const char *p = v;
	while (*p >= '0' && *p <= '9')
		p++;
	errno = 0;
	char *end = NULL;
	unsigned long long n = *v && !*p ? strtoull(v, &end, 10) : 0;
	if (!*v || *p || errno == ERANGE)
		return usage_error(c, cmd, "--seed takes a whole number from 0 to %" PRIu64 " (got '%s')", UINT64_MAX, v);
	*seed = (uint64_t)n;
	return EXIT_OK;
}

int take_sim_option(cli *c, const char *cmd, const char *opt, const char *v, gac_sim_options *so, int *rc)
{
	double n;
	if (!strcmp(opt, "--trials")) {
		if ((*rc = parse_whole(c, cmd, opt, v, 1, 1e9, &n)) == EXIT_OK)
			so->trials = (size_t)n;
	} else if (!strcmp(opt, "--seed")) {
		*rc = parse_seed(c, cmd, v, &so->seed);
	} else if (!strcmp(opt, "--threads")) {
		if ((*rc = parse_whole(c, cmd, opt, v, 1, 256, &n)) == EXIT_OK)
			so->threads = (unsigned)n;
	} else {
		return 0;
	}
	return *rc == EXIT_OK ? 1 : -1;
}

int parse_months(cli *c, const char *cmd, const char *v, size_t *months)
{
	double n;
	if (gac_parse_number(&n, v, 0) != GAC_OK || n < 1 || n > 600 || n != (double)(size_t)n)
		return usage_error(c, cmd, "--months takes a whole number from 1 to 600 (got '%s')", v);
	*months = (size_t)n;
	return EXIT_OK;
}

int common_init(cli *c, common_opts *co, const char *cmd, int argc)
{
	memset(co, 0, sizeof *co);
	co->cmd = cmd;
	co->format = GAC_FORMAT_TABLE;
	co->sets = calloc((size_t)argc + 1, sizeof *co->sets);
	if (!co->sets) {
		fprintf(c->err, "%s: out of memory\n", c->prog);
		return EXIT_IO;
	}
	return EXIT_OK;
}

void common_done(common_opts *co)
{
	free(co->sets);
	co->sets = NULL;
}

/*
 * Take the current argument if it is a shared one.  Returns 1 when taken,
 * 0 when it is the command's own option, and -1 after a usage error (the
 * exit code is then in *rc).
 */
static int common_take(cli *c, common_opts *co, argscan *a, int kind, const char *pos, int *rc)
{
	if (kind == 2) {
		if (co->file) {
			*rc = usage_error(c, co->cmd, "%s takes one SCENARIO (got '%s' and '%s')", co->cmd, co->file, pos);
			return -1;
		}
		co->file = pos;
		return 1;
	}
	const char *o = a->opt, *v;
	if (co->explain_ok && !strcmp(o, "--explain")) {
		co->flags |= GAC_REPORT_EXPLAIN;
		return 1;
	}
	if (!strcmp(o, "--chart")) {
		if (!co->chart_ok) {
			*rc = usage_error(c, co->cmd, "%s draws no chart: --chart applies to estimate, compare, "
			                  "simulate, sensitivity, break-even, forecast and what-if --sweep", co->cmd);
			return -1;
		}
		if (!(v = args_value(c, a)) || (*rc = chart_arg(c, co->cmd, v)) != EXIT_OK) {
			if (!v)
				*rc = EXIT_USAGE;
			return -1;
		}
		co->chart = v;
		return 1;
	}
	if (strcmp(o, "--set") && strcmp(o, "--pricing") && strcmp(o, "--format") && strcmp(o, "-o") &&
	    strcmp(o, "--output"))
		return 0;
	if (!(v = args_value(c, a))) {
		*rc = EXIT_USAGE;
		return -1;
	}
	if (!strcmp(o, "--set"))
		co->sets[co->nsets++] = v;
	else if (!strcmp(o, "--pricing"))
		co->pricing = v;
	else if (!strcmp(o, "--format")) {
		if (!strcmp(v, "focus")) {
			*rc = usage_error(c, co->cmd, "--format focus exports an estimate: use 'genaicost estimate'");
			return -1;
		}
		if ((*rc = format_arg(c, co->cmd, v, &co->format, NULL, co->chart_ok)) != EXIT_OK)
			return -1;
	} else {
		if ((*rc = output_arg(c, co->cmd, o, v)) != EXIT_OK)
			return -1;
		co->output = v;
	}
	return 1;
}

int parse_args(cli *c, common_opts *co, int argc, char **argv, const cmd_opt *own, take_fn take, void *ctx,
               void (*usage)(cli *c), int *rc)
{
	argscan a;
	const char *pos;
	int kind;
	*rc = EXIT_OK;
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2 && co->own_positionals) {
			if ((*rc = take(c, ctx, NULL, pos)) != EXIT_OK)
				return 0;
			continue;
		}
		int taken = common_take(c, co, &a, kind, pos, rc);
		if (taken < 0)
			return 0;
		if (taken)
			continue;
		if (!strcmp(a.opt, "-h") || !strcmp(a.opt, "--help")) {
			usage(c);
			*rc = EXIT_OK;
			return 0;
		}
		const cmd_opt *o = own;
		while (o && o->name && strcmp(o->name, a.opt))
			o++;
		if (!o || !o->name) {
			*rc = usage_error(c, co->cmd, "unknown option '%s'", a.opt);
			return 0;
		}
		const char *v = NULL;
		if (o->value && !(v = args_value(c, &a))) {
			*rc = EXIT_USAGE;
			return 0;
		}
		if ((*rc = take(c, ctx, o->name, v)) != EXIT_OK)
			return 0;
	}
	if (co->chart && (*rc = outputs_distinct(c, co->cmd, "--chart", co->chart, "-o", co->output)) != EXIT_OK)
		return 0;
	return 1;
}

int common_load(cli *c, common_opts *co, gac_scenario **sc, gac_sheet **sheet)
{
	if (!co->file)
		return usage_error(c, co->cmd, "%s needs a SCENARIO", co->cmd);
	int rc = load_scenario(c, sc, co->file);
	if (rc != EXIT_OK)
		return rc;
	for (size_t i = 0; i < co->nsets; i++)
		if ((rc = apply_set_arg(c, *sc, co->sets[i], co->cmd)) != EXIT_OK)
			return rc;
	return load_scenario_sheet(c, sheet, co->pricing, *sc);
}

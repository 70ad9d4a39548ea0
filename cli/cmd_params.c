/* genaicost params: the parameter paths of a scenario, for --set and
 * every analysis that acts on parameters. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost params [--set PATH=VALUE]... [--format F] SCENARIO\n\n"
	        "List every numeric parameter path of a scenario with its current value;\n"
	        "a value the scenario does not give is marked '# default', or shown as\n"
	        "'unset  # what it stands for' where the default is not a plain value.  Any of them can be changed with --set PATH=VALUE.\n\n"
	        "Options:\n"
	        "  --set PATH=VALUE       change a parameter first: list the values a run with\n"
	        "                         the same --set would use (repeatable)\n"
	        "  --format F             table | json (default table; json: params/1)\n"
	        "  -h, --help             this help\n");
}

int cmd_params(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *file = NULL;
	gac_format format = GAC_FORMAT_TABLE;
	int kind;
	args_init(&a, argc, argv);
	while ((kind = args_next(&a, &pos))) {
		if (kind == 2) {
			if (file)
				return usage_error(c, "params", "params takes one SCENARIO");
			file = pos;
			continue;
		}
		if (!strcmp(a.opt, "-h") || !strcmp(a.opt, "--help")) {
			usage(c);
			return EXIT_OK;
		}
		if (strcmp(a.opt, "--set") && strcmp(a.opt, "--format"))
			return usage_error(c, "params", "unknown option '%s'", a.opt);
		const char *v = args_value(c, &a);
		if (!v)
			return EXIT_USAGE;
		if (!strcmp(a.opt, "--format") && format_arg(c, "params", v, &format, NULL, false) != EXIT_OK)
			return EXIT_USAGE;
	}
	if (!file)
		return usage_error(c, "params", "params needs a SCENARIO");
	gac_scenario *sc = NULL;
	int rc = load_scenario(c, &sc, file);
	if (rc != EXIT_OK)
		return rc;
	/* every --set, in order, as the analyses apply them */
	args_init(&a, argc, argv);
	while (rc == EXIT_OK && (kind = args_next(&a, &pos)))
		if (kind == 1) {
			const char *v = args_value(c, &a);
			if (!strcmp(a.opt, "--set"))
				rc = apply_set_arg(c, sc, v, "params");
		}
	char *text = NULL;
	if (rc == EXIT_OK && gac_report_params(&text, sc, format) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
	} else if (rc == EXIT_OK) {
		fputs(text, c->out);
	}
	gac_free(text);
	gac_scenario_free(sc);
	return rc;
}

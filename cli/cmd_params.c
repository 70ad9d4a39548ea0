/* genaicost params: the parameter paths of a scenario, for --set and
 * every analysis that acts on parameters. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void usage(cli *c)
{
	fprintf(c->out,
	        "usage: genaicost params SCENARIO\n\n"
	        "List every numeric parameter path of a scenario with its current value;\n"
	        "a value the scenario does not give is marked '# default', or shown as\n"
	        "'unset  # what it stands for' where the default is not a plain value.  Any of them can be changed with --set PATH=VALUE.\n\n"
	        "Options:\n"
	        "  -h, --help             this help\n");
}

int cmd_params(cli *c, int argc, char **argv)
{
	argscan a;
	const char *pos, *file = NULL;
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
		return usage_error(c, "params", "unknown option '%s'", a.opt);
	}
	if (!file)
		return usage_error(c, "params", "params needs a SCENARIO");
	gac_scenario *sc = NULL;
	int lrc = load_scenario(c, &sc, file);
	if (lrc != EXIT_OK)
		return lrc;
	/* text parameters first, those that have a value */
	for (size_t i = 0; i < gac_scenario_text_param_count(sc); i++) {
		char *p = NULL, *v = NULL;
		if (gac_scenario_text_param_path(&p, sc, i) != GAC_OK || gac_scenario_get_text(&v, sc, p) != GAC_OK) {
			gac_free(p);
			fprintf(c->err, "genaicost: out of memory\n");
			gac_scenario_free(sc);
			return EXIT_IO;
		}
		if (v[0])
			fprintf(c->out, "%s = %s\n", p, v);
		gac_free(p);
		gac_free(v);
	}
	for (size_t i = 0; i < gac_scenario_param_count(sc); i++) {
		const char *p = gac_scenario_param_path(sc, i);
		char *v = NULL;
		if (gac_scenario_get_text(&v, sc, p) != GAC_OK) {
			fprintf(c->err, "genaicost: out of memory\n");
			gac_scenario_free(sc);
			return EXIT_IO;
		}
		/* what the file (or an option) gave, and what is a default */
		const char *meaning;
		if (gac_scenario_is_set(sc, p, &meaning))
			fprintf(c->out, "%s = %s\n", p, v);
		else if (meaning)
			fprintf(c->out, "%s = unset  # %s\n", p, meaning);
		else
			fprintf(c->out, "%s = %s  # default\n", p, v);
		gac_free(v);
	}
	gac_scenario_free(sc);
	return EXIT_OK;
}

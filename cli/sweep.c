/* The --sweep part of what-if. */
#include "cli.h"

#include <stdlib.h>

int run_sweep(cli *c, const gac_scenario *sc, const gac_sheet *sheet, const char *const *specs,
              size_t nspecs, gac_format format, unsigned flags, const char *output)
{
	gac_sweep_axis axes[2];
	gac_error e;
	for (size_t i = 0; i < nspecs; i++)
		if (gac_sweep_axis_parse(&axes[i], specs[i], &e) != GAC_OK)
			return usage_error(c, "what-if", "%s", e.message);
	gac_sweep *w = NULL;
	gac_status st = gac_sweep_run(&w, sc, sheet, axes, nspecs, &e);
	if (st != GAC_OK)
		/* a problem of the file has a place in it; one of the flags has none */
		return e.file[0] || (st != GAC_EPARAM && st != GAC_EVALUE) ? report_error(c, st, &e)
		                                                            : usage_error(c, "what-if", "%s", e.message);
	char *text = NULL;
	int rc;
	if (gac_report_sweep(&text, w, axes, nspecs, gac_sheet_currency(sheet), format, flags) != GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
	} else {
		rc = emit(c, text, output);
	}
	free(text);
	gac_sweep_free(w);
	return rc;
}

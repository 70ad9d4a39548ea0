/* The --sweep part of what-if. */
#include "cli.h"

#include <stdlib.h>

static int stream_sweep(cli *c, const gac_scenario *sc, const gac_sheet *sheet, gac_sweep_axis *const *axes,
                        size_t naxes, gac_format format, unsigned flags, const char *output);

int run_sweep(cli *c, const gac_scenario *sc, const gac_sheet *sheet, const char *const *specs,
              size_t nspecs, gac_format format, unsigned flags, const char *output)
{
	gac_sweep_axis *axes[2] = {NULL, NULL};
	gac_error e;
	int rc = EXIT_OK;
	for (size_t i = 0; i < nspecs && i < 2; i++)
		if (gac_sweep_axis_parse(&axes[i], specs[i], &e) != GAC_OK) {
			rc = e.status == GAC_ENOMEM ? (fprintf(c->err, "genaicost: out of memory\n"), EXIT_IO)
			                            : usage_error(c, "what-if", "%s", e.message);
			goto done;
		}
	rc = stream_sweep(c, sc, sheet, axes, nspecs, format, flags, output);
done:
	gac_sweep_axis_free(axes[0]);
	gac_sweep_axis_free(axes[1]);
	return rc;
}

static int stream_sweep(cli *c, const gac_scenario *sc, const gac_sheet *sheet, gac_sweep_axis *const *axes,
                        size_t naxes, gac_format format, unsigned flags, const char *output)
{
	gac_error e;
	/* CSV and JSON rows go out as they are priced */
	out_stream os;
	int rc = emit_stream_open(c, &os, output);
	if (rc != EXIT_OK)
		return rc;
	gac_status st = gac_sweep_write(sc, sheet, axes, naxes, gac_sheet_currency(sheet), format, flags,
	                                emit_stream_write, &os, &e);
	if (st == GAC_OK)
		return emit_stream_commit(&os);
	if ((rc = emit_stream_abort(&os)) != EXIT_OK)
		return rc;
	if (st == GAC_ENOMEM) {
		fprintf(c->err, "genaicost: out of memory\n");
		return EXIT_IO;
	}
	/* a problem of the file has a place in it; one of the flags has none */
	return e.file[0] || (st != GAC_EPARAM && st != GAC_EVALUE) ? report_error(c, st, &e)
	                                                            : usage_error(c, "what-if", "%s", e.message);
}

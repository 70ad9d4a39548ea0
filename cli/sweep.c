/* The --sweep part of what-if. */
#include "cli.h"

#include <stdlib.h>

static int stream_sweep(cli *c, const gac_scenario *sc, const gac_sheet *sheet, gac_sweep_axis *const *axes,
                        size_t naxes, gac_format format, unsigned flags, const char *output);
static int html_sweep(cli *c, const gac_scenario *sc, const gac_sheet *sheet, gac_sweep_axis *const *axes,
                      size_t naxes, unsigned flags, const char *output, const char *chart);

/* a chart draws every point: a grid past this is not a picture */
#define CHART_MAX_POINTS 40000

/* The chart of the sweep, rendered and staged (in *o) before the report
 * streams, so that a chart that cannot be drawn or written stops the run
 * before anything is written.  An exit code. */
static size_t sweep_points(gac_sweep_axis *const *axes, size_t naxes)
{
	size_t points = 1;
	for (size_t i = 0; i < naxes; i++) {
		double lo, hi;
		size_t steps;
		int log_scale;
		gac_sweep_axis_range(axes[i], &lo, &hi, &steps, &log_scale);
		points *= steps;
	}
	return points;
}

/* A sweep that failed: a problem of the file has a place in it; one of
 * the flags has none. */
static int sweep_error(cli *c, gac_status st, const gac_error *e)
{
	if (st == GAC_ENOMEM) {
		fprintf(c->err, "genaicost: out of memory\n");
		return EXIT_IO;
	}
	return e->file[0] || (st != GAC_EPARAM && st != GAC_EVALUE) ? report_error(c, st, e)
	                                                              : usage_error(c, "what-if", "%s", e->message);
}

static int stage_chart(cli *c, out_stage *o, char **bytes, const gac_scenario *sc, const gac_sheet *sheet,
                       gac_sweep_axis *const *axes, size_t naxes, const char *chart)
{
	size_t points = sweep_points(axes, naxes);
	if (points > CHART_MAX_POINTS)
		return usage_error(c, "what-if", "--chart draws at most %d points of a sweep (this one has %zu): "
		                   "fewer steps for the chart", CHART_MAX_POINTS, points);
	gac_sweep *sw = NULL;
	gac_chart *ch = NULL;
	gac_chart_format f = GAC_CHART_SVG;
	size_t len = 0;
	gac_error e;
	gac_status st = gac_sweep_run(&sw, sc, sheet, axes, naxes, &e);
	if (st != GAC_OK)
		return sweep_error(c, st, &e);
	st = gac_chart_sweep(&ch, sw, axes, naxes, gac_sheet_currency(sheet), gac_scenario_name(sc));
	chart_provenance(&st, ch, sheet, sc);
	if (st == GAC_OK && (st = gac_chart_format_for_path(&f, chart)) == GAC_OK)
		st = gac_chart_render(bytes, &len, ch, f);
	gac_chart_free(ch);
	gac_sweep_free(sw);
	if (st != GAC_OK) {
		fprintf(c->err, "%s: %s: cannot draw the chart: %s\n", c->prog, chart, gac_strerror(st));
		return EXIT_IO;
	}
	return emit_stage_bytes(c, o, *bytes, len, chart);
}

int run_sweep(cli *c, const gac_scenario *sc, const gac_sheet *sheet, const char *const *specs,
              size_t nspecs, gac_format format, unsigned flags, const char *output, const char *chart)
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
	if (format == GAC_FORMAT_HTML) {
		rc = html_sweep(c, sc, sheet, axes, nspecs, flags, output, chart);
		goto done;
	}
	if (chart) {
		out_stage o;
		char *bytes = NULL;
		if ((rc = stage_chart(c, &o, &bytes, sc, sheet, axes, nspecs, chart)) == EXIT_OK) {
			/* the report streams into place, then the chart follows it */
			if ((rc = stream_sweep(c, sc, sheet, axes, nspecs, format, flags, output)) == EXIT_OK)
				rc = emit_commit(c, &o);
			else
				emit_abort(&o);
		}
		gac_free(bytes);
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
	return sweep_error(c, st, &e);
}

/* --format html: the whole sweep priced, its Markdown report in a page
 * with the chart inline (when it has at most CHART_MAX_POINTS points),
 * and the chart to --chart too. */
static int html_sweep(cli *c, const gac_scenario *sc, const gac_sheet *sheet, gac_sweep_axis *const *axes,
                      size_t naxes, unsigned flags, const char *output, const char *chart)
{
	size_t points = sweep_points(axes, naxes);
	if (chart && points > CHART_MAX_POINTS)
		return usage_error(c, "what-if", "--chart draws at most %d points of a sweep (this one has %zu): "
		                   "fewer steps for the chart", CHART_MAX_POINTS, points);
	gac_sweep *sw = NULL;
	gac_chart *ch = NULL;
	char *md = NULL;
	gac_error e;
	gac_status st = gac_sweep_run(&sw, sc, sheet, axes, naxes, &e);
	if (st != GAC_OK)
		return sweep_error(c, st, &e);
	int rc = EXIT_OK;
	if ((st = gac_report_sweep(&md, sw, axes, naxes, gac_sheet_currency(sheet), GAC_FORMAT_MARKDOWN, flags)) !=
	    GAC_OK) {
		fprintf(c->err, "genaicost: out of memory\n");
		rc = EXIT_IO;
		goto done;
	}
	if (points <= CHART_MAX_POINTS) {
		st = gac_chart_sweep(&ch, sw, axes, naxes, gac_sheet_currency(sheet), gac_scenario_name(sc));
		chart_provenance(&st, ch, sheet, sc);
	}
	else
		fprintf(c->err, "%s: what-if: the page draws no chart of a sweep past %d points (this one has %zu)\n",
		        c->prog, CHART_MAX_POINTS, points);
	rc = emit_report(c, GAC_FORMAT_HTML, md, output, st, ch, chart, sheet, sc);
done:
	gac_free(md);
	gac_chart_free(ch);
	gac_sweep_free(sw);
	return rc;
}

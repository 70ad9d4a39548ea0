/*
 * A laid-out chart as standalone SVG: no script, no external font or
 * link, a viewBox, <title> and <desc> for screen readers, every series in
 * a <g class="series" data-series="NAME">, user text escaped.
 */
#include "chart.h"

#include <math.h>
#include <string.h>

/* Text as XML character data or attribute value: & < > " ' escaped, and
 * control characters, which XML 1.0 forbids, dropped. */
static void xml_text(gac_buf *b, const char *s)
{
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;
		switch (c) {
		case '&': gac_buf_puts(b, "&amp;"); break;
		case '<': gac_buf_puts(b, "&lt;"); break;
		case '>': gac_buf_puts(b, "&gt;"); break;
		case '"': gac_buf_puts(b, "&quot;"); break;
		case '\'': gac_buf_puts(b, "&#39;"); break;
		default:
			if (c >= 0x20 || c == '\t' || c == '\n')
				gac_buf_putn(b, s, 1);
		}
	}
}

static void colour(gac_buf *b, uint32_t rgb)
{
	if (rgb == CHART_NONE)
		gac_buf_puts(b, "none");
	else
		gac_buf_printf(b, "#%06X", (unsigned)rgb);
}

/* a coordinate, to a tenth of a pixel */
static void num(gac_buf *b, double v)
{
	gac_buf_num(b, "%.1f", fabs(v) < 0.05 ? 0 : v);
}

static void dash_attr(gac_buf *b, int d)
{
	const double *p = chart_dash_pattern(d);
	if (!p[0])
		return;
	gac_buf_puts(b, " stroke-dasharray=\"");
	for (int i = 0; p[i]; i++) {
		if (i)
			gac_buf_puts(b, ",");
		gac_buf_num(b, "%g", p[i]);
	}
	gac_buf_puts(b, "\"");
}

/* hatching patterns 1..5, black lines drawn over a fill */
static void defs(gac_buf *b)
{
	static const char *const lines[CHART_HATCHES] = {
		NULL,
		"<path d=\"M-1,1 l2,-2 M0,8 l8,-8 M7,9 l2,-2\"/>",
		"<path d=\"M-1,7 l2,2 M0,0 l8,8 M7,-1 l2,2\"/>",
		"<path d=\"M0,4 h8\"/>",
		"<path d=\"M4,0 v8\"/>",
		"<path d=\"M0,0 l8,8 M8,0 l-8,8\"/>",
	};
	gac_buf_puts(b, "<defs>\n");
	for (int i = 1; i < CHART_HATCHES; i++)
		gac_buf_printf(b, "<pattern id=\"hatch%d\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">"
		                  "<g stroke=\"#000000\" stroke-opacity=\"0.55\" stroke-width=\"1.2\" fill=\"none\">%s</g>"
		                  "</pattern>\n", i, lines[i]);
	gac_buf_puts(b, "</defs>\n");
}

gac_status chart_write_svg(char **out, size_t *len, const gac_chart *ch, const chart_layout *l)
{
	gac_buf b = {0};
	gac_buf_printf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	                   "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%.0f\" height=\"%.0f\" "
	                   "viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" "
	                   "font-family=\"DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif\">\n",
	               l->width, l->height, l->width, l->height);
	gac_buf_puts(&b, "<title id=\"chart-title\">");
	xml_text(&b, ch->title);
	gac_buf_puts(&b, "</title>\n<desc id=\"chart-desc\">");
	xml_text(&b, ch->desc);
	gac_buf_puts(&b, "</desc>\n");
	defs(&b);
	size_t series = 0;
	for (size_t i = 0; i < l->n; i++) {
		const chart_shape *s = &l->shapes[i];
		switch (s->kind) {
		case SHAPE_GROUP:
			gac_buf_puts(&b, "<g class=\"");
			xml_text(&b, s->cls);
			gac_buf_puts(&b, "\"");
			if (s->text && !strcmp(s->cls, "series")) {
				gac_buf_printf(&b, " id=\"series-%zu\" data-series=\"", ++series);
				xml_text(&b, s->text);
				gac_buf_puts(&b, "\"");
			} else if (s->text) {
				gac_buf_puts(&b, " data-name=\"");
				xml_text(&b, s->text);
				gac_buf_puts(&b, "\"");
			}
			gac_buf_puts(&b, ">\n");
			break;
		case SHAPE_END:
			gac_buf_puts(&b, "</g>\n");
			break;
		case SHAPE_RECT:
			gac_buf_puts(&b, "<rect x=\"");
			num(&b, s->x);
			gac_buf_puts(&b, "\" y=\"");
			num(&b, s->y);
			gac_buf_puts(&b, "\" width=\"");
			num(&b, s->w);
			gac_buf_puts(&b, "\" height=\"");
			num(&b, s->h);
			gac_buf_puts(&b, "\" fill=\"");
			colour(&b, s->fill);
			if (s->stroke != CHART_NONE) {
				gac_buf_puts(&b, "\" stroke=\"");
				colour(&b, s->stroke);
				gac_buf_puts(&b, "\" stroke-width=\"0.5");
			}
			gac_buf_puts(&b, "\"/>\n");
			if (s->hatch > 0) {
				gac_buf_puts(&b, "<rect x=\"");
				num(&b, s->x);
				gac_buf_puts(&b, "\" y=\"");
				num(&b, s->y);
				gac_buf_puts(&b, "\" width=\"");
				num(&b, s->w);
				gac_buf_puts(&b, "\" height=\"");
				num(&b, s->h);
				gac_buf_printf(&b, "\" fill=\"url(#hatch%d)\"/>\n", s->hatch);
			}
			break;
		case SHAPE_PATH:
			gac_buf_puts(&b, "<path d=\"");
			for (size_t k = 0; k < s->npts; k++) {
				gac_buf_puts(&b, k ? " L" : "M");
				num(&b, s->pts[2 * k]);
				gac_buf_puts(&b, ",");
				num(&b, s->pts[2 * k + 1]);
			}
			if (s->fill != CHART_NONE)
				gac_buf_puts(&b, " Z");
			gac_buf_puts(&b, "\" fill=\"");
			colour(&b, s->fill);
			gac_buf_puts(&b, "\" stroke=\"");
			colour(&b, s->stroke);
			gac_buf_puts(&b, "\" stroke-width=\"");
			gac_buf_num(&b, "%g", s->width);
			gac_buf_puts(&b, "\" stroke-linejoin=\"round\"");
			dash_attr(&b, s->dash);
			gac_buf_puts(&b, "/>\n");
			break;
		case SHAPE_TEXT:
			gac_buf_puts(&b, "<text x=\"");
			num(&b, s->x);
			gac_buf_puts(&b, "\" y=\"");
			num(&b, s->y);
			gac_buf_printf(&b, "\" font-size=\"%g\"", s->size);
			if (s->anchor)
				gac_buf_puts(&b, s->anchor == 1 ? " text-anchor=\"middle\"" : " text-anchor=\"end\"");
			if (s->bold)
				gac_buf_puts(&b, " font-weight=\"bold\"");
			if (s->fill != 0x000000) {
				gac_buf_puts(&b, " fill=\"");
				colour(&b, s->fill);
				gac_buf_puts(&b, "\"");
			}
			if (s->cls) {
				gac_buf_puts(&b, " class=\"");
				xml_text(&b, s->cls);
				gac_buf_puts(&b, "\"");
			}
			if (s->rotate != 0) {
				gac_buf_puts(&b, " transform=\"rotate(");
				gac_buf_num(&b, "%g", s->rotate);
				gac_buf_puts(&b, " ");
				num(&b, s->x);
				gac_buf_puts(&b, " ");
				num(&b, s->y);
				gac_buf_puts(&b, ")\"");
			}
			gac_buf_puts(&b, ">");
			xml_text(&b, s->text);
			gac_buf_puts(&b, "</text>\n");
			break;
		}
	}
	gac_buf_puts(&b, "</svg>\n");
	if (b.failed) {
		gac_buf_free(&b);
		return GAC_ENOMEM;
	}
	*len = b.len;
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

/*
 * A laid-out chart as PNG or PDF, drawn with cairo: the shapes of
 * chart_layout_make, the same the SVG writer draws.
 */
#include "chart.h"

#include <cairo.h>
#include <cairo-pdf.h>
#include <math.h>
#include <string.h>

static cairo_status_t to_buf(void *closure, const unsigned char *data, unsigned int length)
{
	gac_buf *b = closure;
	gac_buf_putn(b, (const char *)data, length);
	return b->failed ? CAIRO_STATUS_NO_MEMORY : CAIRO_STATUS_SUCCESS;
}

static void set_colour(cairo_t *cr, uint32_t rgb)
{
	cairo_set_source_rgb(cr, ((rgb >> 16) & 255) / 255.0, ((rgb >> 8) & 255) / 255.0, (rgb & 255) / 255.0);
}

/* hatching over the rectangle just filled: the SVG writer's patterns */
static void hatch(cairo_t *cr, const chart_shape *s)
{
	cairo_save(cr);
	cairo_rectangle(cr, s->x, s->y, s->w, s->h);
	cairo_clip(cr);
	cairo_set_source_rgba(cr, 0, 0, 0, 0.55);
	cairo_set_line_width(cr, 1.2);
	/* whole tiles of 8 px from the origin, as SVG's userSpaceOnUse */
	double x0 = floor(s->x / 8) * 8 - 8, y0 = floor(s->y / 8) * 8 - 8;
	for (double x = x0; x < s->x + s->w + 8; x += 8)
		for (double y = y0; y < s->y + s->h + 8; y += 8) {
			switch (s->hatch) {
			case 1: cairo_move_to(cr, x, y + 8); cairo_line_to(cr, x + 8, y); break;
			case 2: cairo_move_to(cr, x, y); cairo_line_to(cr, x + 8, y + 8); break;
			case 3: cairo_move_to(cr, x, y + 4); cairo_line_to(cr, x + 8, y + 4); break;
			case 4: cairo_move_to(cr, x + 4, y); cairo_line_to(cr, x + 4, y + 8); break;
			default:
				cairo_move_to(cr, x, y); cairo_line_to(cr, x + 8, y + 8);
				cairo_move_to(cr, x + 8, y); cairo_line_to(cr, x, y + 8);
			}
		}
	cairo_stroke(cr);
	cairo_restore(cr);
}

static void draw(cairo_t *cr, const chart_layout *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const chart_shape *s = &l->shapes[i];
		switch (s->kind) {
		case SHAPE_GROUP:
		case SHAPE_END:
			break;
		case SHAPE_RECT:
			cairo_rectangle(cr, s->x, s->y, s->w, s->h);
			if (s->fill != CHART_NONE) {
				set_colour(cr, s->fill);
				cairo_fill_preserve(cr);
			}
			if (s->stroke != CHART_NONE) {
				set_colour(cr, s->stroke);
				cairo_set_line_width(cr, 0.5);
				cairo_stroke(cr);
			}
			cairo_new_path(cr);
			if (s->hatch > 0)
				hatch(cr, s);
			break;
		case SHAPE_PATH: {
			if (!s->npts)
				break;
			cairo_move_to(cr, s->pts[0], s->pts[1]);
			for (size_t k = 1; k < s->npts; k++)
				cairo_line_to(cr, s->pts[2 * k], s->pts[2 * k + 1]);
			if (s->fill != CHART_NONE) {
				cairo_close_path(cr);
				set_colour(cr, s->fill);
				cairo_fill_preserve(cr);
			}
			const double *p = chart_dash_pattern(s->dash);
			int nd = 0;
			while (p[nd])
				nd++;
			cairo_set_dash(cr, p, nd, 0);
			cairo_set_line_width(cr, s->width);
			cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
			if (s->stroke != CHART_NONE) {
				set_colour(cr, s->stroke);
				cairo_stroke(cr);
			}
			cairo_new_path(cr);
			cairo_set_dash(cr, NULL, 0, 0);
			break;
		}
		case SHAPE_TEXT: {
			cairo_save(cr);
			cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
			                       s->bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
			cairo_set_font_size(cr, s->size);
			cairo_text_extents_t ext;
			cairo_text_extents(cr, s->text, &ext);
			cairo_translate(cr, s->x, s->y);
			if (s->rotate != 0)
				cairo_rotate(cr, s->rotate * 3.14159265358979323846 / 180);
			double dx = s->anchor == 1 ? -ext.x_advance / 2 : s->anchor == 2 ? -ext.x_advance : 0;
			cairo_move_to(cr, dx, 0);
			set_colour(cr, s->fill);
			cairo_show_text(cr, s->text);
			cairo_new_path(cr);
			cairo_restore(cr);
			break;
		}
		}
	}
}

gac_status chart_write_cairo(char **out, size_t *len, const chart_layout *l, gac_chart_format format)
{
	gac_buf b = {0};
	cairo_surface_t *surf;
	double zoom = 1;
	if (format == GAC_CHART_PDF) {
		surf = cairo_pdf_surface_create_for_stream(to_buf, &b, l->width, l->height);
	} else {
		zoom = 2;  /* sharp on a slide and a high-density screen */
		surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)(l->width * zoom), (int)(l->height * zoom));
	}
	cairo_t *cr = cairo_create(surf);
	cairo_scale(cr, zoom, zoom);
	draw(cr, l);
	cairo_status_t cs = cairo_status(cr);
	cairo_destroy(cr);
	if (cs == CAIRO_STATUS_SUCCESS && format == GAC_CHART_PNG)
		cs = cairo_surface_write_to_png_stream(surf, to_buf, &b);
	cairo_surface_finish(surf);
	if (cs == CAIRO_STATUS_SUCCESS)
		cs = cairo_surface_status(surf);
	cairo_surface_destroy(surf);
	if (b.failed || cs == CAIRO_STATUS_NO_MEMORY) {
		gac_buf_free(&b);
		return GAC_ENOMEM;
	}
	if (cs != CAIRO_STATUS_SUCCESS) {
		gac_buf_free(&b);
		return GAC_EIO;
	}
	gac_buf_putn(&b, "", 0);
	*len = b.len;
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

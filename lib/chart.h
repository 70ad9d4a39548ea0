/*
 * Charts: a format-neutral description (kind, categories, series, axis
 * titles and units, marks), laid out once into a list of shapes that each
 * writer draws (chart_svg.c: SVG; chart_cairo.c: PNG and PDF).  The
 * builders (chart_build.c) fill a description from an analysis's result;
 * nothing here knows a terminal or a file.
 */
#ifndef GAC_CHART_H
#define GAC_CHART_H

#include <stdbool.h>
#include <stdint.h>

#include "internal.h"

typedef enum chart_kind {
	CHART_STACKED_BAR,   /* categories on x, series stacked */
	CHART_GROUPED_BAR,   /* categories on x, series side by side */
	CHART_LINE,          /* numeric x, one line per series */
	CHART_HEATMAP,       /* categories on x, one row per series, values as shades */
	CHART_HISTOGRAM,     /* numeric x: a series' x are bin edges (n + 1), y counts */
	CHART_CDF,           /* numeric x, y a share from 0 to 1 */
	CHART_TORNADO        /* categories as rows, each a bar from the base to low and to high */
} chart_kind;

/* What an axis counts: decides its tick labels. */
typedef enum chart_unit {
	UNIT_PLAIN,    /* 12,500 */
	UNIT_MONEY,    /* $12,500 (or "EUR 12,500") */
	UNIT_VOLUME,   /* 1.5M (the axis title names what) */
	UNIT_SHARE,    /* 0 to 1, shown as 25% */
	UNIT_MONTH     /* month numbers */
} chart_unit;

typedef enum chart_mark_kind {
	MARK_LABEL,     /* a note on category `cat` (cheapest, under capacity) */
	MARK_POINT,     /* a point (x, y) with a label (a crossing) */
	MARK_HLINE,     /* a horizontal line at y (a budget) */
	MARK_VLINE,     /* a vertical line at x (a budget on a money x axis, a base) */
	MARK_CROSS      /* a cross at (x, y), labelled unless the label is "" (a
	                 * point of a line under capacity) */
} chart_mark_kind;

typedef struct chart_mark {
	chart_mark_kind kind;
	char *label;
	char *cls;       /* the class written in SVG: "cheapest", "crossing" */
	size_t cat;
	double x, y;
} chart_mark;

typedef struct chart_series {
	char *name;
	double *x, *y;   /* x NULL for categorical charts; n values (histogram: n + 1 x) */
	size_t n;
	bool shaded;     /* drawn hatched as a committed part */
} chart_series;

typedef struct chart_panel {
	chart_kind kind;
	char *title;
	char *x_title, *y_title;
	chart_unit x_unit, y_unit;
	bool x_log;      /* x on a log scale, ticks at powers of ten */
	bool y_log;      /* y too (line charts): from the smallest value above 0 */
	char **cats;
	size_t ncats;
	chart_series *series;
	size_t nseries;
	chart_mark *marks;
	size_t nmarks;
} chart_panel;

struct gac_chart {
	char *title, *desc, *currency;
	char *note;      /* a line under the chart (gac_chart_set_note), or NULL */
	chart_panel *panels;
	size_t npanels;
	bool failed;     /* an allocation failed while it was built */
};

/* ---- building (allocation failures set ch->failed) ---- */
GAC_HIDDEN gac_chart *chart_new(const char *title, const char *currency);
GAC_HIDDEN void chart_set_desc(gac_chart *ch, const char *desc);
/* A new panel; it may move the panels before it (take them again by
 * index). */
GAC_HIDDEN chart_panel *chart_add_panel(gac_chart *ch, chart_kind kind, const char *title, const char *x_title,
                                        chart_unit x_unit, const char *y_title, chart_unit y_unit);
GAC_HIDDEN void chart_add_cat(gac_chart *ch, chart_panel *p, const char *name);
/* A series of n values (y), with x when not NULL (copied). */
GAC_HIDDEN chart_series *chart_add_series(gac_chart *ch, chart_panel *p, const char *name, const double *x,
                                          const double *y, size_t n);
GAC_HIDDEN void chart_add_mark(gac_chart *ch, chart_panel *p, chart_mark_kind kind, const char *cls,
                               const char *label, size_t cat, double x, double y);

/* ---- layout ---- */

/* Nice ticks from lo to hi: steps of 1, 2 or 5 times a power of ten,
 * about `target` of them, the first at or below lo, the last at or above
 * hi.  Returns how many were written to ticks (at most max). */
GAC_HIDDEN size_t chart_ticks(double *ticks, size_t max, double lo, double hi, int target);
/* A tick label: money "$12,500", "$1.5M"; volume "1.5M", "250K"; share
 * "25%"; plain "12,500".  `step` is the tick step, deciding decimals. */
GAC_HIDDEN void chart_label(gac_buf *b, double v, double step, chart_unit unit, const char *currency);

/* The fixed palette: colours ordered by relative luminance, darkest
 * first, each a clear greyscale step from the one before. */
#define CHART_PALETTE_SIZE 5
GAC_HIDDEN uint32_t chart_palette(size_t i);
/* WCAG relative luminance of a 0xRRGGBB colour, 0 (black) to 1 (white). */
GAC_HIDDEN double chart_luminance(uint32_t rgb);
/* The fill of bar series i (CHART_FILLS colours, no black) and its
 * hatching (0 solid, 1..5 patterns); its hatching in a panel with
 * committed (shaded) series, 1 and 4-5 for those, 0 and 2-3 for the
 * rest; and the colour and dash of line series i. */
#define CHART_FILLS 7
GAC_HIDDEN uint32_t chart_fill(size_t i);
GAC_HIDDEN int chart_hatch(size_t i);
GAC_HIDDEN int chart_hatch_shaded(size_t i, bool shaded);
GAC_HIDDEN uint32_t chart_stroke(size_t i);
GAC_HIDDEN int chart_dash(size_t i);
#define CHART_HATCHES 6
#define CHART_DASHES 5
/* dash pattern d (0 solid): lengths in px, ended by 0 */
GAC_HIDDEN const double *chart_dash_pattern(int d);

/* A shape of the laid-out chart. */
typedef enum shape_kind {
	SHAPE_GROUP,     /* opens a group: cls, id (text) */
	SHAPE_END,       /* closes the group opened last */
	SHAPE_RECT,      /* x, y, w, h; fill (NO_FILL: none), hatch, stroke */
	SHAPE_PATH,      /* pts, npts; stroke, width, dash; fill closes it */
	SHAPE_TEXT       /* x, y, text, anchor, size, bold, rotate (degrees) */
} shape_kind;

#define CHART_NONE 0xFFFFFFFFu

typedef struct chart_shape {
	shape_kind kind;
	double x, y, w, h;
	double *pts;      /* x0, y0, x1, y1, ... */
	size_t npts;
	uint32_t fill, stroke;
	int hatch, dash;
	double width;
	char *text;
	char *cls;
	int anchor;       /* 0 start, 1 middle, 2 end */
	double size, rotate;
	bool bold;
} chart_shape;

typedef struct chart_layout {
	double width, height;
	chart_shape *shapes;
	size_t n, cap;
	bool failed;
} chart_layout;

GAC_HIDDEN gac_status chart_layout_make(chart_layout *out, const gac_chart *ch);
GAC_HIDDEN void chart_layout_free(chart_layout *l);

/* ---- writers ---- */
GAC_HIDDEN gac_status chart_write_svg(char **out, size_t *len, const gac_chart *ch, const chart_layout *l);
GAC_HIDDEN gac_status chart_write_cairo(char **out, size_t *len, const chart_layout *l, gac_chart_format format);

#endif

/*
 * Charts: the format-neutral description, nice ticks, axis labels, the
 * fixed palette, and the layout of a chart into shapes that chart_svg.c
 * and chart_cairo.c draw.
 */
#include "chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the description ---- */

gac_chart *chart_new(const char *title, const char *currency)
{
	gac_chart *ch = gac_calloc(1, sizeof *ch);
	if (!ch)
		return NULL;
	ch->title = gac_strdup(title ? title : "");
	ch->currency = gac_strdup(currency ? currency : "USD");
	ch->desc = gac_strdup("");
	if (!ch->title || !ch->currency || !ch->desc) {
		gac_chart_free(ch);
		return NULL;
	}
	return ch;
}

void chart_set_desc(gac_chart *ch, const char *desc)
{
	char *d = gac_strdup(desc);
	if (!d) {
		ch->failed = true;
		return;
	}
	free(ch->desc);
	ch->desc = d;
}

/* Grow *arr of *n items of `size` by one (zeroed); NULL on failure. */
static void *grow(gac_chart *ch, void *arr, size_t *n, size_t size)
{
	void **a = arr;
	if (ch->failed)
		return NULL;
	char *p = gac_realloc(*a, (*n + 1) * size);
	if (!p) {
		ch->failed = true;
		return NULL;
	}
	*a = p;
	memset(p + *n * size, 0, size);
	return p + (*n)++ * size;
}

static char *dup_or_fail(gac_chart *ch, const char *s)
{
	char *d = s ? gac_strdup(s) : NULL;
	if (s && !d)
		ch->failed = true;
	return d;
}

chart_panel *chart_add_panel(gac_chart *ch, chart_kind kind, const char *title, const char *x_title,
                             chart_unit x_unit, const char *y_title, chart_unit y_unit)
{
	chart_panel *p = grow(ch, &ch->panels, &ch->npanels, sizeof *p);
	if (!p)
		return NULL;
	p->kind = kind;
	p->title = dup_or_fail(ch, title);
	p->x_title = dup_or_fail(ch, x_title);
	p->y_title = dup_or_fail(ch, y_title);
	p->x_unit = x_unit;
	p->y_unit = y_unit;
	return p;
}

void chart_add_cat(gac_chart *ch, chart_panel *p, const char *name)
{
	if (!p || ch->failed)
		return;
	char *d = dup_or_fail(ch, name);
	char **slot = d ? grow(ch, &p->cats, &p->ncats, sizeof *p->cats) : NULL;
	if (!slot) {
		free(d);
		return;
	}
	*slot = d;
}

chart_series *chart_add_series(gac_chart *ch, chart_panel *p, const char *name, const double *x,
                               const double *y, size_t n)
{
	if (!p)
		return NULL;
	chart_series *s = grow(ch, &p->series, &p->nseries, sizeof *s);
	if (!s)
		return NULL;
	size_t nx = p->kind == CHART_HISTOGRAM ? n + 1 : n;
	s->name = dup_or_fail(ch, name);
	s->n = n;
	s->y = gac_calloc(n ? n : 1, sizeof *s->y);
	s->x = x ? gac_calloc(nx ? nx : 1, sizeof *s->x) : NULL;
	if (!s->y || (x && !s->x)) {
		ch->failed = true;
		return s;
	}
	if (y)
		memcpy(s->y, y, n * sizeof *y);
	if (x)
		memcpy(s->x, x, nx * sizeof *x);
	return s;
}

void chart_add_mark(gac_chart *ch, chart_panel *p, chart_mark_kind kind, const char *cls, const char *label,
                    size_t cat, double x, double y)
{
	if (!p)
		return;
	chart_mark *m = grow(ch, &p->marks, &p->nmarks, sizeof *m);
	if (!m)
		return;
	*m = (chart_mark){kind, dup_or_fail(ch, label), dup_or_fail(ch, cls), cat, x, y};
}

void gac_chart_free(gac_chart *chart)
{
	if (!chart)
		return;
	for (size_t i = 0; i < chart->npanels; i++) {
		chart_panel *p = &chart->panels[i];
		for (size_t j = 0; j < p->ncats; j++)
			free(p->cats[j]);
		for (size_t j = 0; j < p->nseries; j++) {
			free(p->series[j].name);
			free(p->series[j].x);
			free(p->series[j].y);
		}
		for (size_t j = 0; j < p->nmarks; j++) {
			free(p->marks[j].label);
			free(p->marks[j].cls);
		}
		free(p->cats);
		free(p->series);
		free(p->marks);
		free(p->title);
		free(p->x_title);
		free(p->y_title);
	}
	free(chart->panels);
	free(chart->title);
	free(chart->desc);
	free(chart->currency);
	free(chart->note);
	free(chart);
}

gac_status gac_chart_set_note(gac_chart *chart, const char *note)
{
	if (!chart)
		return GAC_EARG;
	char *n = NULL;
	if (note && *note && !(n = gac_strdup(note)))
		return GAC_ENOMEM;
	free(chart->note);
	chart->note = n;
	return GAC_OK;
}

gac_status gac_chart_format_for_path(gac_chart_format *out, const char *path)
{
	if (!out || !path)
		return GAC_EARG;
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');
	if (!dot || (slash && slash > dot))
		return GAC_EVALUE;
	static const char *const ext[] = {".svg", ".png", ".pdf"};
	for (int i = 0; i < 3; i++)
		if (!strcasecmp(dot, ext[i])) {
			*out = (gac_chart_format)i;
			return GAC_OK;
		}
	return GAC_EVALUE;
}

/* ---- ticks and labels ---- */

/* 1, 2 or 5 times a power of ten, the least not under raw */
static double nice_step(double raw)
{
	double p = pow(10, floor(log10(raw)));
	static const double m[] = {1, 2, 5, 10};
	for (int i = 0; i < 4; i++)
		if (m[i] * p >= raw * (1 - 1e-9))
			return m[i] * p;
	return 10 * p;
}

size_t chart_ticks(double *ticks, size_t max, double lo, double hi, int target)
{
	if (max < 2 || !isfinite(lo) || !isfinite(hi))
		return 0;
	if (hi < lo) {
		double t = lo;
		lo = hi;
		hi = t;
	}
	if (hi == lo) {
		/* one value: a range around it (0 to 1 for nothing at all) */
		double pad = lo == 0 ? 1 : fabs(lo) / 2;
		if (lo >= 0 && lo - pad < 0)
			lo = 0, hi += pad;
		else
			lo -= pad, hi += pad;
	}
	if (target < 2)
		target = 2;
	double step = nice_step((hi - lo) / target);
	double first = floor(lo / step + 1e-9) * step;
	size_t n = 0;
	for (;;) {
		double t = first + (double)n * step;
		if (fabs(t) < step * 1e-9)
			t = 0;  /* no -0 and no 1e-17 */
		if (n == max)
			return n;
		ticks[n++] = t;
		if (t >= hi - step * 1e-9)
			return n;
	}
}

/* decimals a label needs for a step (0 for a whole step) */
static int step_decimals(double step)
{
	int d = 0;
	while (d < 6 && fabs(step * pow(10, d) - round(step * pow(10, d))) > 1e-6 * pow(10, d))
		d++;
	return d;
}

void chart_label(gac_buf *b, double v, double step, chart_unit unit, const char *currency)
{
	if (!(step > 0))
		step = fabs(v) > 0 ? fabs(v) : 1;
	if (unit == UNIT_SHARE) {
		gac_buf_grouped(b, v * 100, step_decimals(step * 100));
		gac_buf_puts(b, "%");
		return;
	}
	if (v < 0) {
		gac_buf_puts(b, "-");
		v = -v;
	}
	if (v == 0) {
		gac_buf_puts(b, unit != UNIT_MONEY ? "0" : !currency || !strcmp(currency, "USD") ? "$0" : currency);
		if (unit == UNIT_MONEY && currency && strcmp(currency, "USD"))
			gac_buf_puts(b, " 0");
		return;
	}
	if (unit == UNIT_MONEY)
		gac_buf_puts(b, !currency || !strcmp(currency, "USD") ? "$" : currency);
	if (unit == UNIT_MONEY && currency && strcmp(currency, "USD"))
		gac_buf_puts(b, " ");
	/* large money and volumes in thousands, millions, billions once the
	 * step is a whole number of them: $1.5M, 250K tokens */
	static const struct {
		double scale;
		const char *suffix;
	} big[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
	double from = unit == UNIT_MONEY ? 1e6 : 1e4;
	for (size_t i = 0; i < sizeof big / sizeof *big; i++) {
		if (unit == UNIT_PLAIN || unit == UNIT_MONTH || fmax(v, step) < from || fmax(v, step) < big[i].scale)
			continue;
		if (unit == UNIT_MONEY && big[i].scale < 1e6)
			continue;
		gac_buf_grouped(b, v / big[i].scale, step_decimals(step / big[i].scale));
		gac_buf_puts(b, big[i].suffix);
		return;
	}
	gac_buf_grouped(b, v, step_decimals(step));
}

/* ---- palette ---- */

/* Okabe & Ito's colour-blind-safe colours, ordered darkest first (CIE
 * lightness L* 0, 46, 61, 71, 89); the three of theirs within 7 L* of
 * one of these (vermillion 54, bluish green 58, sky blue 70) are left
 * out, so that each is a clear grey step from the next
 * (tests/test_chart.c). */
static const uint32_t palette[CHART_PALETTE_SIZE] = {
	0x000000, /* black */
	0x0072B2, /* blue */
	0xCC79A7, /* reddish purple */
	0xE69F00, /* orange */
	0xF0E442, /* yellow */
};

uint32_t chart_palette(size_t i)
{
	return palette[i % CHART_PALETTE_SIZE];
}

static double lin(unsigned c)
{
	double v = c / 255.0;
	return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

double chart_luminance(uint32_t rgb)
{
	return 0.2126 * lin((rgb >> 16) & 255) + 0.7152 * lin((rgb >> 8) & 255) + 0.0722 * lin(rgb & 255);
}

/* bars: seven of Okabe & Ito's colours (all but black, which text and
 * axes use), in an order in which each is at least 9 L* from the next
 * and the last from the first (L* 46, 61, 71, 89, 54, 70, 58), with a
 * hatching (six) that changes at every series: colour and hatching
 * together repeat only after 42 series (tests/test_chart.c).  Lines:
 * the palette's colours before yellow, which is too pale to see as a
 * line on white, each with its own dash. */
static const uint32_t fills[CHART_FILLS] = {
	0x0072B2, /* blue */
	0xCC79A7, /* reddish purple */
	0xE69F00, /* orange */
	0xF0E442, /* yellow */
	0xD55E00, /* vermillion */
	0x56B4E9, /* sky blue */
	0x009E73, /* bluish green */
};

uint32_t chart_fill(size_t i)
{
	return fills[i % CHART_FILLS];
}

int chart_hatch(size_t i)
{
	return (int)(i % CHART_HATCHES);
}

/* In a panel with shaded (committed) series, hatching 1 says
 * "committed": the first seven series are solid, or hatched 1 when
 * shaded; later rounds of the colours take hatchings of their own
 * (plain 2, 3; shaded 4, 5), so that no two of 21 series share both. */
int chart_hatch_shaded(size_t i, bool shaded)
{
	static const int plain[] = {0, 2, 3}, committed[] = {1, 4, 5};
	size_t round = (i / CHART_FILLS) % 3;
	return shaded ? committed[round] : plain[round];
}

uint32_t chart_stroke(size_t i)
{
	return palette[i % (CHART_PALETTE_SIZE - 1)];
}

int chart_dash(size_t i)
{
	return (int)(i % CHART_DASHES);
}

const double *chart_dash_pattern(int d)
{
	static const double pat[CHART_DASHES][5] = {
		{0}, {8, 4, 0}, {2, 3, 0}, {10, 3, 2, 3, 0}, {4, 4, 0},
	};
	return pat[d % CHART_DASHES];
}

/* ---- layout ---- */

#define W 800.0
#define TITLE_H 44.0
#define PANEL_H 400.0
#define NOTE_H 22.0      /* the note's line under the panels */
#define FONT 11.0

static chart_shape *shape(chart_layout *l, shape_kind kind)
{
	if (l->failed)
		return NULL;
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;
		chart_shape *s = gac_realloc(l->shapes, cap * sizeof *s);
		if (!s) {
			l->failed = true;
			return NULL;
		}
		l->shapes = s;
		l->cap = cap;
	}
	chart_shape *s = &l->shapes[l->n++];
	memset(s, 0, sizeof *s);
	s->kind = kind;
	s->fill = s->stroke = CHART_NONE;
	s->width = 1;
	s->size = FONT;
	return s;
}

static char *ldup(chart_layout *l, const char *s)
{
	char *d = gac_strdup(s ? s : "");
	if (!d)
		l->failed = true;
	return d;
}

static void group(chart_layout *l, const char *cls, const char *name)
{
	chart_shape *s = shape(l, SHAPE_GROUP);
	if (s) {
		s->cls = ldup(l, cls);
		s->text = name ? ldup(l, name) : NULL;
	}
}

static void end(chart_layout *l)
{
	shape(l, SHAPE_END);
}

static void rect(chart_layout *l, double x, double y, double w, double h, uint32_t fill, int hatch, uint32_t stroke)
{
	chart_shape *s = shape(l, SHAPE_RECT);
	if (!s)
		return;
	if (h < 0)
		y += h, h = -h;
	if (w < 0)
		x += w, w = -w;
	s->x = x, s->y = y, s->w = w, s->h = h;
	s->fill = fill, s->hatch = hatch, s->stroke = stroke;
}

static void text(chart_layout *l, double x, double y, const char *t, int anchor, double size, bool bold,
                 double rotate, const char *cls)
{
	chart_shape *s = shape(l, SHAPE_TEXT);
	if (!s)
		return;
	s->x = x, s->y = y, s->anchor = anchor, s->size = size, s->bold = bold, s->rotate = rotate;
	s->text = ldup(l, t);
	s->cls = cls ? ldup(l, cls) : NULL;
	s->fill = 0x000000;
}

/* a path of n points; closed and filled when fill is not CHART_NONE */
static chart_shape *path(chart_layout *l, const double *pts, size_t n, uint32_t stroke, double width, int dash,
                         uint32_t fill)
{
	chart_shape *s = shape(l, SHAPE_PATH);
	if (!s)
		return NULL;
	s->pts = gac_malloc((n ? n : 1) * 2 * sizeof *pts);
	if (!s->pts) {
		l->failed = true;
		return NULL;
	}
	memcpy(s->pts, pts, n * 2 * sizeof *pts);
	s->npts = n, s->stroke = stroke, s->width = width, s->dash = dash, s->fill = fill;
	return s;
}

static void line(chart_layout *l, double x0, double y0, double x1, double y1, uint32_t stroke, double width,
                 int dash)
{
	double p[4] = {x0, y0, x1, y1};
	path(l, p, 2, stroke, width, dash, CHART_NONE);
}

static double text_width(const char *s, double size)
{
	/* an estimate: no font metrics without a font; SVG viewers and cairo
	 * use a sans-serif whose average advance is about 0.58 em */
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return (double)n * size * 0.58;
}

typedef struct axis {
	double lo, hi, step;
	bool log;
	double t[64];
	size_t nt;
	chart_unit unit;
	const char *currency;
} axis;

static void axis_make(axis *a, double lo, double hi, chart_unit unit, const char *currency, int target)
{
	if (!isfinite(lo) || !isfinite(hi))
		lo = 0, hi = 1;
	if (unit == UNIT_SHARE)
		lo = 0, hi = 1, target = 5;
	a->nt = chart_ticks(a->t, 64, lo, hi, target);
	a->lo = a->t[0];
	a->hi = a->t[a->nt - 1];
	a->step = a->nt > 1 ? a->t[1] - a->t[0] : 1;
	a->unit = unit;
	a->currency = currency;
	a->log = false;
}

/* A log axis from lo to hi (both above 0): ticks at powers of ten, every
 * decade or, over many, every second or third. */
static void axis_make_log(axis *a, double lo, double hi, chart_unit unit, const char *currency)
{
	if (!(lo > 0) || !(hi > lo) || !isfinite(hi)) {
		axis_make(a, lo, hi, unit, currency, 6);
		return;
	}
	int d0 = (int)floor(log10(lo) + 1e-9), d1 = (int)ceil(log10(hi) - 1e-9);
	if (d1 <= d0)
		d1 = d0 + 1;
	int every = (d1 - d0 + 7) / 8;
	a->nt = 0;
	int d = d0;
	for (; a->nt < 64; d += every) {
		a->t[a->nt++] = pow(10, d);
		if (d >= d1)
			break;
	}
	a->lo = a->t[0];
	a->hi = a->t[a->nt - 1];
	a->step = 0;  /* labels: each its own, whole from 1 up */
	a->unit = unit;
	a->currency = currency;
	a->log = true;
}

static double scale(const axis *a, double v, double p0, double p1)
{
	if (a->log)
		return p0 + (log10(fmax(v, a->lo * 1e-3)) - log10(a->lo)) / (log10(a->hi) - log10(a->lo)) * (p1 - p0);
	return p0 + (v - a->lo) / (a->hi - a->lo) * (p1 - p0);
}

static void axis_label(gac_buf *b, const axis *a, double v)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
	chart_label(b, v, a->log ? (v >= 1 ? v : v / 10) : a->step, a->unit, a->currency);
}

/* The box a panel's plot takes, and its legend. */
typedef struct frame {
	double left, right, top, bottom;
} frame;

static uint32_t heat_colour(double t)
{
	/* yellow -> bluish green -> blue: luminance falls all the way (0.74,
	 * 0.26, 0.15), so a heat map reads in grey as light to dark */
	static const uint32_t stop[3] = {0xF0E442, 0x009E73, 0x0072B2};
	if (!(t > 0))
		t = 0;
	if (t > 1)
		t = 1;
	int i = t < 0.5 ? 0 : 1;
	double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
	uint32_t out = 0;
	for (int sh = 16; sh >= 0; sh -= 8) {
		double a = (stop[i] >> sh) & 255, b = (stop[i + 1] >> sh) & 255;
		out |= (uint32_t)lround(a + (b - a) * u) << sh;
	}
	return out;
}

/* The hatching of bar series i: with a shaded (committed) series in the
 * panel, hatched for those and solid for the rest, so that the hatching
 * says "committed" (chart_hatch_shaded); else a different one for each
 * neighbour. */
static int bar_hatch(const chart_panel *p, size_t i)
{
	for (size_t s = 0; s < p->nseries; s++)
		if (p->series[s].shaded)
			return chart_hatch_shaded(i, p->series[i].shaded);
	return chart_hatch(i);
}

/* The legend: a swatch and the name of each series, in rows from y. */
static double legend(chart_layout *l, const chart_panel *p, double x0, double y, bool lines, bool draw)
{
	double x = x0;
	double rows = 1;
	for (size_t i = 0; i < p->nseries; i++) {
		double w = 22 + text_width(p->series[i].name, FONT) + 16;
		if (x > x0 && x + w > W - 16) {
			x = x0;
			y += 18;
			rows++;
		}
		if (draw) {
			group(l, "legend-item", p->series[i].name);
			if (lines) {
				line(l, x, y - 4, x + 18, y - 4, chart_stroke(i), 2.5, chart_dash(i));
			} else {
				rect(l, x, y - 10, 16, 12, chart_fill(i), bar_hatch(p, i), 0x333333);
			}
			text(l, x + 22, y, p->series[i].name, 0, FONT, false, 0, NULL);
			end(l);
		}
		x += w;
	}
	return rows * 18;
}

static void y_grid(chart_layout *l, const frame *f, const axis *ya, const char *title, gac_buf *b)
{
	group(l, "axis y", NULL);
	for (size_t i = 0; i < ya->nt; i++) {
		double y = scale(ya, ya->t[i], f->bottom, f->top);
		line(l, f->left, y, f->right, y, ya->t[i] == 0 ? 0x333333 : 0xDDDDDD, 1, 0);
		axis_label(b, ya, ya->t[i]);
		text(l, f->left - 6, y + 4, b->data ? b->data : "", 2, FONT, false, 0, "tick");
	}
	if (title && *title)
		text(l, f->left - 62, (f->top + f->bottom) / 2, title, 1, FONT + 1, false, -90, "axis-title");
	end(l);
}

static void x_grid(chart_layout *l, const frame *f, const axis *xa, const char *title, gac_buf *b)
{
	group(l, "axis x", NULL);
	for (size_t i = 0; i < xa->nt; i++) {
		double x = scale(xa, xa->t[i], f->left, f->right);
		line(l, x, f->top, x, f->bottom, 0xEEEEEE, 1, 0);
		line(l, x, f->bottom, x, f->bottom + 4, 0x333333, 1, 0);
		axis_label(b, xa, xa->t[i]);
		text(l, x, f->bottom + 17, b->data ? b->data : "", 1, FONT, false, 0, "tick");
	}
	line(l, f->left, f->bottom, f->right, f->bottom, 0x333333, 1, 0);
	if (title && *title)
		text(l, (f->left + f->right) / 2, f->bottom + 38, title, 1, FONT + 1, false, 0, "axis-title");
	end(l);
}

static void cat_labels(chart_layout *l, const chart_panel *p, const frame *f, const char *title)
{
	double band = (f->right - f->left) / (double)(p->ncats ? p->ncats : 1);
	double widest = 0;
	for (size_t i = 0; i < p->ncats; i++)
		widest = fmax(widest, text_width(p->cats[i], FONT));
	/* at most about 24 labels: every k-th of a long run (months, a grid) */
	size_t every = p->ncats > 24 ? (p->ncats + 23) / 24 : 1;
	bool slant = widest > band * (double)every - 4;
	group(l, "categories", NULL);
	for (size_t i = 0; i < p->ncats; i += every) {
		double x = f->left + band * ((double)i + 0.5);
		if (slant)
			text(l, x + 4, f->bottom + 14, p->cats[i], 2, FONT, false, -30, "category");
		else
			text(l, x, f->bottom + 17, p->cats[i], 1, FONT, false, 0, "category");
	}
	line(l, f->left, f->bottom, f->right, f->bottom, 0x333333, 1, 0);
	if (title && *title && !slant)
		text(l, (f->left + f->right) / 2, f->bottom + 38, title, 1, FONT + 1, false, 0, "axis-title");
	end(l);
}

/* The lines and points marks draw over the plot. */
static void marks(chart_layout *l, const chart_panel *p, const frame *f, const axis *xa, const axis *ya,
                  const double *cat_x, double *cat_top, gac_buf *b)
{
	for (size_t i = 0; i < p->nmarks; i++) {
		const chart_mark *m = &p->marks[i];
		b->len = 0;
		gac_buf_puts(b, "mark ");
		gac_buf_puts(b, m->cls ? m->cls : "note");
		group(l, b->data ? b->data : "mark", m->label);
		switch (m->kind) {
		case MARK_LABEL:
			if (cat_x && m->cat < p->ncats) {
				double y = cat_top[m->cat] - 6;
				cat_top[m->cat] = y - 12;
				text(l, cat_x[m->cat], y, m->label, 1, FONT, true, 0, NULL);
			}
			break;
		case MARK_HLINE:
			if (ya) {
				double y = scale(ya, m->y, f->bottom, f->top);
				line(l, f->left, y, f->right, y, 0x000000, 1.5, 3);
				text(l, f->right, y - 5, m->label, 2, FONT, true, 0, NULL);
			}
			break;
		case MARK_VLINE:
			if (xa) {
				double x = scale(xa, m->x, f->left, f->right);
				line(l, x, f->top, x, f->bottom, 0x000000, 1.5, 3);
				/* the label above the line, kept inside the plot's width */
				double w = text_width(m->label ? m->label : "", FONT);
				int anchor = x - f->left < w / 2 ? 0 : f->right - x < w / 2 ? 2 : 1;
				text(l, anchor == 0 ? fmax(x - 4, f->left) : anchor == 2 ? fmin(x + 4, f->right) : x, f->top - 4,
				     m->label, anchor, FONT, true, 0, NULL);
			}
			break;
		case MARK_POINT:
			if (xa && ya) {
				double x = scale(xa, m->x, f->left, f->right), y = scale(ya, m->y, f->bottom, f->top);
				double d[8] = {x, y - 6, x + 6, y, x, y + 6, x - 6, y};
				path(l, d, 4, 0x000000, 1.5, 0, 0xFFFFFF);
				text(l, x + 9, y - 8, m->label, 0, FONT, true, 0, NULL);
			}
			break;
		case MARK_CROSS:
			if (xa && ya) {
				double x = scale(xa, m->x, f->left, f->right), y = scale(ya, m->y, f->bottom, f->top);
				line(l, x - 5, y - 5, x + 5, y + 5, 0x000000, 2, 0);
				line(l, x - 5, y + 5, x + 5, y - 5, 0x000000, 2, 0);
				if (m->label && *m->label)
					text(l, x + 8, y + 16, m->label, 0, FONT, true, 0, NULL);
			}
			break;
		}
		end(l);
	}
}

static void bars(chart_layout *l, const chart_panel *p, const frame *f, const axis *ya, gac_buf *b)
{
	size_t nc = p->ncats;
	double band = (f->right - f->left) / (double)(nc ? nc : 1);
	double *cat_x = gac_calloc(nc + 1, sizeof *cat_x), *top = gac_calloc(nc + 1, sizeof *top);
	double *pos = gac_calloc(nc + 1, sizeof *pos), *neg = gac_calloc(nc + 1, sizeof *neg);
	if (!cat_x || !top || !pos || !neg) {
		l->failed = true;
		goto out;
	}
	for (size_t c = 0; c < nc; c++) {
		cat_x[c] = f->left + band * ((double)c + 0.5);
		top[c] = f->bottom;
	}
	bool stacked = p->kind == CHART_STACKED_BAR;
	double bw = stacked ? band * 0.6 : band * 0.8 / (double)(p->nseries ? p->nseries : 1);
	for (size_t s = 0; s < p->nseries; s++) {
		const chart_series *se = &p->series[s];
		group(l, "series", se->name);
		for (size_t c = 0; c < nc && c < se->n; c++) {
			double v = se->y[c];
			if (!isfinite(v) || v == 0)
				continue;
			double base = stacked ? (v >= 0 ? pos[c] : neg[c]) : 0;
			double x = stacked ? cat_x[c] - bw / 2 : f->left + band * (double)c + band * 0.1 + bw * (double)s;
			double y0 = scale(ya, base, f->bottom, f->top), y1 = scale(ya, base + v, f->bottom, f->top);
			rect(l, x, y1, bw, y0 - y1, chart_fill(s), bar_hatch(p, s), 0xFFFFFF);
			if (stacked)
				*(v >= 0 ? &pos[c] : &neg[c]) += v;
			top[c] = fmin(top[c], fmin(y0, y1));
		}
		end(l);
	}
	/* each bar's total over it */
	group(l, "totals", NULL);
	for (size_t c = 0; c < nc; c++) {
		double sum = 0;
		for (size_t s = 0; s < p->nseries; s++)
			if (c < p->series[s].n && isfinite(p->series[s].y[c]))
				sum += p->series[s].y[c];
		if (!stacked)
			continue;
		b->len = 0;
		/* totals to the cent on a chart of small sums, else in whole units */
		chart_label(b, sum, ya->hi >= 1000 ? 1 : 0.01, ya->unit, ya->currency);
		/* over a bar too narrow for it (months of a forecast) the axis says it */
		if (b->data && text_width(b->data, FONT) > band - 2)
			continue;
		text(l, cat_x[c], top[c] - 5, b->data ? b->data : "", 1, FONT, false, 0, "total");
		top[c] -= 18;
	}
	end(l);
	marks(l, p, f, NULL, ya, cat_x, top, b);
out:
	free(cat_x);
	free(top);
	free(pos);
	free(neg);
}

static void lines(chart_layout *l, const chart_panel *p, const frame *f, const axis *xa, const axis *ya, gac_buf *b)
{
	for (size_t s = 0; s < p->nseries; s++) {
		const chart_series *se = &p->series[s];
		group(l, "series", se->name);
		size_t n = se->n, np = 0;
		double *pts = gac_malloc((2 * n + 2) * 2 * sizeof *pts);
		if (!pts) {
			l->failed = true;
			end(l);
			return;
		}
		if (p->kind == CHART_HISTOGRAM) {
			/* the outline of the bins, from the axis up and back down */
			double y0 = scale(ya, 0, f->bottom, f->top);
			for (size_t i = 0; i < n; i++) {
				double xa0 = scale(xa, se->x[i], f->left, f->right), xa1 = scale(xa, se->x[i + 1], f->left, f->right);
				double y = fmax(f->top, scale(ya, se->y[i], f->bottom, f->top));
				if (i == 0) {
					pts[np * 2] = xa0, pts[np * 2 + 1] = y0, np++;
				}
				pts[np * 2] = xa0, pts[np * 2 + 1] = y, np++;
				pts[np * 2] = xa1, pts[np * 2 + 1] = y, np++;
				if (i == n - 1) {
					pts[np * 2] = xa1, pts[np * 2 + 1] = y0, np++;
				}
			}
		} else {
			for (size_t i = 0; i < n; i++) {
				if (!isfinite(se->x[i]) || !isfinite(se->y[i]))
					continue;
				pts[np * 2] = scale(xa, se->x[i], f->left, f->right);
				pts[np * 2 + 1] = scale(ya, se->y[i], f->bottom, f->top);
				np++;
			}
		}
		if (np)
			path(l, pts, np, chart_stroke(s), 2.5, chart_dash(s), CHART_NONE);
		free(pts);
		end(l);
	}
	marks(l, p, f, xa, ya, NULL, NULL, b);
}

/* A heat map: one colour scale for every heat map of the chart (lo to hi
 * over all their cells), so that equal money is one colour in every
 * option's panel; the scale drawn at the right with money ticks; each
 * cell a group "cell" named "ROW, COLUMN: VALUE" (an SVG tooltip); at
 * most about 12 row labels, every k-th when there are more rows. */
static void heatmap(chart_layout *l, const gac_chart *ch, const chart_panel *p, const frame *f, gac_buf *b)
{
	const char *currency = ch->currency;
	double lo = INFINITY, hi = -INFINITY;
	for (size_t k = 0; k < ch->npanels; k++) {
		const chart_panel *q = &ch->panels[k];
		if (q->kind != CHART_HEATMAP)
			continue;
		for (size_t s = 0; s < q->nseries; s++)
			for (size_t i = 0; i < q->series[s].n; i++)
				if (isfinite(q->series[s].y[i]))
					lo = fmin(lo, q->series[s].y[i]), hi = fmax(hi, q->series[s].y[i]);
	}
	frame g = *f;
	g.right = f->right - 80; /* room for the scale */
	double cw = (g.right - g.left) / (double)(p->ncats ? p->ncats : 1);
	double chh = (g.bottom - g.top) / (double)(p->nseries ? p->nseries : 1);
	double step = hi > lo ? nice_step((hi - lo) / 100) : 0.01;
	size_t every = p->nseries > 20 ? (p->nseries + 11) / 12 : 1;
	for (size_t s = 0; s < p->nseries; s++) {
		const chart_series *se = &p->series[s];
		double y = g.top + chh * (double)s;
		group(l, "series", se->name);
		if (s % every == 0)
			text(l, g.left - 6, y + chh / 2 + 4, se->name, 2, FONT, false, 0, "row");
		for (size_t i = 0; i < p->ncats && i < se->n; i++) {
			double v = se->y[i], t = hi > lo ? (v - lo) / (hi - lo) : 0;
			double x = g.left + cw * (double)i;
			b->len = 0;
			gac_buf_puts(b, se->name);
			gac_buf_puts(b, ", ");
			gac_buf_puts(b, p->cats[i]);
			gac_buf_puts(b, ": ");
			if (isfinite(v))
				chart_label(b, v, 0.01, p->y_unit, currency);
			else
				gac_buf_puts(b, "no value");
			group(l, "cell", b->data ? b->data : "");
			/* a hair over the cell, so that no seam shows between cells */
			rect(l, x, y, cw + 0.4, chh + 0.4, isfinite(v) ? heat_colour(t) : 0xFFFFFF, 0, CHART_NONE);
			if (cw >= 56 && chh >= 16 && isfinite(v)) {
				b->len = 0;
				chart_label(b, v, step, p->y_unit, currency);
				chart_shape *tx = (text(l, x + cw / 2, y + chh / 2 + 4, b->data ? b->data : "", 1, FONT - 1,
				                        false, 0, "value"), l->failed ? NULL : &l->shapes[l->n - 1]);
				if (tx && chart_luminance(heat_colour(t)) < 0.2)
					tx->fill = 0xFFFFFF;
			}
			end(l);
		}
		end(l);
	}
	cat_labels(l, p, &g, p->x_title);
	if (p->y_title && *p->y_title)
		text(l, 16, g.top - 8, p->y_title, 0, FONT + 1, false, 0, "axis-title");
	/* the scale: a bar of 40 steps, cheapest at the bottom, money ticks */
	if (!(hi >= lo))
		return;
	group(l, "colour-scale", NULL);
	double sx = f->right - 64, sw = 14, top = g.top, bot = g.bottom;
	for (int k = 0; k < 40; k++) {
		double t0 = k / 40.0, t1 = (k + 1) / 40.0;
		rect(l, sx, bot - (bot - top) * t1, sw, (bot - top) * (t1 - t0), heat_colour((t0 + t1) / 2), 0, CHART_NONE);
	}
	double ticks[16];
	size_t nt = hi > lo ? chart_ticks(ticks, 16, lo, hi, 6) : 0;
	double tstep = nt > 1 ? ticks[1] - ticks[0] : 0.01;
	if (nt == 0)
		ticks[nt++] = lo;
	for (size_t k = 0; k < nt; k++) {
		if (ticks[k] < lo - 1e-9 * fabs(lo) || ticks[k] > hi + 1e-9 * fabs(hi))
			continue;
		double ty = hi > lo ? bot - (bot - top) * (ticks[k] - lo) / (hi - lo) : bot;
		line(l, sx + sw, ty, sx + sw + 3, ty, 0x000000, 1, 0);
		b->len = 0;
		chart_label(b, ticks[k], tstep, p->y_unit, currency);
		text(l, sx + sw + 5, ty + 4, b->data ? b->data : "", 0, FONT - 1, false, 0, "scale-tick");
	}
	end(l);
}

static void tornado(chart_layout *l, const chart_panel *p, const frame *f, const axis *xa, gac_buf *b)
{
	/* series 0: the total with each input moved down, 1: moved up; the
	 * base is the first VLINE mark */
	double base = 0;
	for (size_t i = 0; i < p->nmarks; i++)
		if (p->marks[i].kind == MARK_VLINE) {
			base = p->marks[i].x;
			break;
		}
	double rh = (f->bottom - f->top) / (double)(p->ncats ? p->ncats : 1);
	group(l, "categories", NULL);
	for (size_t c = 0; c < p->ncats; c++)
		text(l, f->left - 6, f->top + rh * ((double)c + 0.5) + 4, p->cats[c], 2, FONT, false, 0, "category");
	end(l);
	double x0 = scale(xa, base, f->left, f->right);
	for (size_t s = 0; s < p->nseries && s < 2; s++) {
		const chart_series *se = &p->series[s];
		group(l, "series", se->name);
		for (size_t c = 0; c < p->ncats && c < se->n; c++) {
			double x1 = scale(xa, se->y[c], f->left, f->right);
			rect(l, x0, f->top + rh * (double)c + rh * 0.2, x1 - x0, rh * 0.6, chart_fill(s), chart_hatch(s),
			     0xFFFFFF);
		}
		end(l);
	}
	marks(l, p, f, xa, NULL, NULL, NULL, b);
}

/* Whether a histogram's bins have a width worth the name: one value's
 * histogram comes with bins a millionth of it wide. */
static bool spread(const chart_series *se)
{
	return se->x && se->n && se->x[se->n] - se->x[0] > 1e-4 * fmax(fabs(se->x[0]), fabs(se->x[se->n]));
}

/* The range of a panel's values on y (and on x when numeric). */
static void ranges(const chart_panel *p, double *xlo, double *xhi, double *ylo, double *yhi)
{
	*xlo = *ylo = INFINITY;
	*xhi = *yhi = -INFINITY;
	if (p->kind == CHART_STACKED_BAR) {
		for (size_t c = 0; c < p->ncats; c++) {
			double pos = 0, neg = 0;
			for (size_t s = 0; s < p->nseries; s++)
				if (c < p->series[s].n && isfinite(p->series[s].y[c]))
					*(p->series[s].y[c] >= 0 ? &pos : &neg) += p->series[s].y[c];
			*ylo = fmin(*ylo, neg);
			*yhi = fmax(*yhi, pos);
		}
	} else {
		/* a histogram of one value (an option whose bill never varies) is
		 * a spike of every trial: drawn to the top, it does not set the
		 * scale, which would flatten the others */
		bool spikes_only = true;
		for (size_t s = 0; s < p->nseries && p->kind == CHART_HISTOGRAM; s++)
			spikes_only = spikes_only && !spread(&p->series[s]);
		for (size_t s = 0; s < p->nseries; s++) {
			const chart_series *se = &p->series[s];
			bool count_y = p->kind != CHART_HISTOGRAM || spikes_only || spread(se);
			for (size_t i = 0; i < se->n; i++) {
				if (count_y && isfinite(se->y[i]))
					*ylo = fmin(*ylo, se->y[i]), *yhi = fmax(*yhi, se->y[i]);
				if (se->x && isfinite(se->x[i]))
					*xlo = fmin(*xlo, se->x[i]), *xhi = fmax(*xhi, se->x[i]);
			}
			if (p->kind == CHART_HISTOGRAM && se->x && se->n)
				*xhi = fmax(*xhi, se->x[se->n]);
		}
	}
	if (p->kind == CHART_GROUPED_BAR || p->kind == CHART_STACKED_BAR || p->kind == CHART_HISTOGRAM)
		*ylo = fmin(*ylo, 0);
	for (size_t i = 0; i < p->nmarks; i++) {
		const chart_mark *m = &p->marks[i];
		if (m->kind == MARK_HLINE || m->kind == MARK_POINT)
			*ylo = fmin(*ylo, m->y), *yhi = fmax(*yhi, m->y);
		if (m->kind == MARK_VLINE || m->kind == MARK_POINT)
			*xlo = fmin(*xlo, m->x), *xhi = fmax(*xhi, m->x);
	}
	if (p->kind == CHART_TORNADO) {
		/* the bars run along x */
		*xlo = fmin(*xlo, *ylo);
		*xhi = fmax(*xhi, *yhi);
	}
}

static void panel(chart_layout *l, const gac_chart *ch, const chart_panel *p, size_t index, double y0, gac_buf *b)
{
	b->len = 0;
	gac_buf_printf(b, "panel %s", p->kind == CHART_STACKED_BAR   ? "stacked-bar"
	                              : p->kind == CHART_GROUPED_BAR ? "grouped-bar"
	                              : p->kind == CHART_LINE        ? "line"
	                              : p->kind == CHART_HEATMAP     ? "heatmap"
	                              : p->kind == CHART_HISTOGRAM   ? "histogram"
	                              : p->kind == CHART_CDF         ? "cdf"
	                                                             : "tornado");
	group(l, b->data ? b->data : "panel", p->title);
	(void)index;
	double y = y0;
	if (p->title && *p->title) {
		text(l, 16, y + 16, p->title, 0, FONT + 2, true, 0, "panel-title");
		y += 22;
	}
	bool is_lines = p->kind == CHART_LINE || p->kind == CHART_CDF || p->kind == CHART_HISTOGRAM;
	double lh = 0;
	if (p->kind != CHART_HEATMAP) {
		group(l, "legend", NULL);
		lh = legend(l, p, 84, y + 16, is_lines, true);
		end(l);
	}
	frame f = {84, W - 40, y + 30 + lh, y0 + PANEL_H - 56};
	if (p->kind == CHART_TORNADO || p->kind == CHART_HEATMAP) {
		double widest = 0;
		if (p->kind == CHART_TORNADO)
			for (size_t c = 0; c < p->ncats; c++)
				widest = fmax(widest, text_width(p->cats[c], FONT));
		else
			for (size_t s = 0; s < p->nseries; s++)
				widest = fmax(widest, text_width(p->series[s].name, FONT));
		f.left = fmin(W / 2, fmax(84, widest + 20));
	}
	double xlo, xhi, ylo, yhi;
	ranges(p, &xlo, &xhi, &ylo, &yhi);
	axis xa, ya;
	switch (p->kind) {
	case CHART_STACKED_BAR:
	case CHART_GROUPED_BAR:
		axis_make(&ya, ylo, yhi * 1.08, p->y_unit, ch->currency, 5);
		y_grid(l, &f, &ya, p->y_title, b);
		cat_labels(l, p, &f, p->x_title);
		bars(l, p, &f, &ya, b);
		break;
	case CHART_LINE:
	case CHART_CDF:
	case CHART_HISTOGRAM:
		if (p->x_log)
			axis_make_log(&xa, xlo, xhi, p->x_unit, ch->currency);
		else
			axis_make(&xa, xlo, xhi, p->x_unit, ch->currency, 6);
		if (p->y_log) {
			/* a log y from the smallest cost above 0: values at 0 sit on
			 * the axis (scale() clamps them) */
			double pos = INFINITY;
			for (size_t s = 0; s < p->nseries; s++)
				for (size_t i = 0; i < p->series[s].n; i++)
					if (p->series[s].y[i] > 0)
						pos = fmin(pos, p->series[s].y[i]);
			axis_make_log(&ya, pos, yhi, p->y_unit, ch->currency);
		} else {
			axis_make(&ya, ylo, yhi, p->y_unit, ch->currency, 5);
		}
		y_grid(l, &f, &ya, p->y_title, b);
		x_grid(l, &f, &xa, p->x_title, b);
		lines(l, p, &f, &xa, &ya, b);
		break;
	case CHART_HEATMAP:
		f.top = y + 24;
		heatmap(l, ch, p, &f, b);
		break;
	case CHART_TORNADO:
		axis_make(&xa, xlo, xhi, p->x_unit, ch->currency, 6);
		x_grid(l, &f, &xa, p->x_title, b);
		tornado(l, p, &f, &xa, b);
		break;
	}
	end(l);
}

gac_status chart_layout_make(chart_layout *out, const gac_chart *ch)
{
	memset(out, 0, sizeof *out);
	out->width = W;
	double panels = TITLE_H + PANEL_H * (double)(ch->npanels ? ch->npanels : 1);
	out->height = panels + (ch->note ? NOTE_H : 0);
	gac_buf b = {0};
	gac_buf_puts(&b, "");
	rect(out, 0, 0, out->width, out->height, 0xFFFFFF, 0, CHART_NONE);
	text(out, 16, 28, ch->title, 0, 18, true, 0, "chart-title");
	for (size_t i = 0; i < ch->npanels; i++)
		panel(out, ch, &ch->panels[i], i, TITLE_H + PANEL_H * (double)i, &b);
	if (ch->note)  /* where the figures come from, for a chart pasted alone */
		text(out, 16, panels + 12, ch->note, 0, 11, false, 0, "chart-note");
	bool failed = b.failed || out->failed;
	gac_buf_free(&b);
	if (failed) {
		chart_layout_free(out);
		return GAC_ENOMEM;
	}
	return GAC_OK;
}

void chart_layout_free(chart_layout *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++) {
		free(l->shapes[i].pts);
		free(l->shapes[i].text);
		free(l->shapes[i].cls);
	}
	free(l->shapes);
	memset(l, 0, sizeof *l);
}

gac_status gac_chart_render(char **out, size_t *len, const gac_chart *chart, gac_chart_format format)
{
	if (out)
		*out = NULL;
	if (!out || !len || !chart || (unsigned)format >= GAC_CHART_FORMAT_END)
		return GAC_EARG;
	chart_layout l;
	gac_status st = chart_layout_make(&l, chart);
	if (st != GAC_OK)
		return st;
	st = format == GAC_CHART_SVG ? chart_write_svg(out, len, chart, &l) : chart_write_cairo(out, len, &l, format);
	chart_layout_free(&l);
	return st;
}

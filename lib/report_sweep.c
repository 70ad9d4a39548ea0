/* The report of a sweep: built whole (table, Markdown, chart) or written
 * as it is priced (CSV, JSON: gac_sweep_write). */
#include "table.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int jset(json_t *o, const char *k, json_t *v)
{
	return json_object_set_new(o, k, v);
}

/* A line chart in the terminal: one mark per option per column, the
 * break-evens (where two options' order changes) marked under the axis. */
static void sweep_chart(gac_buf *b, const gac_sweep *w, const gac_sweep_axis *ax, const char *cur)
{
	enum { W = 64, H = 16 };
	static const char *const marks[] = {"●", "○", "■", "□", "▲", "△", "◆", "◇"};
	size_t n = gac_sweep_points(w), no = gac_sweep_option_count(w);
	double lo = INFINITY, hi = -INFINITY;
	for (size_t p = 0; p < n; p++)
		for (size_t o = 0; o < no; o++) {
			double v = gac_sweep_total(w, p, o);
			lo = fmin(lo, v);
			hi = fmax(hi, v);
		}
	if (!(hi > lo))
		hi = lo + 1;
	const char *grid[H][W];
	for (int r = 0; r < H; r++)
		for (int col = 0; col < W; col++)
			grid[r][col] = " ";
	for (int col = 0; col < W; col++) {
		size_t p = n == 1 ? 0 : (size_t)llround((double)col * (double)(n - 1) / (W - 1));
		for (size_t o = no; o-- > 0;) {
			double v = gac_sweep_total(w, p, o);
			int r = (int)llround((v - lo) / (hi - lo) * (H - 1));
			grid[H - 1 - r][col] = marks[o % 8];
		}
	}
	gac_buf_puts(b, "\n");
	for (int r = 0; r < H; r++) {
		gac_buf x = {0};
		if (r == 0 || r == H - 1)
			gac_money(&x, r == 0 ? hi : lo, cur);
		gac_buf_printf(b, "%14s ┤", gac_buf_text(b, &x));
		gac_buf_free(&x);
		for (int col = 0; col < W; col++)
			gac_buf_puts(b, grid[r][col]);
		gac_buf_puts(b, "\n");
	}
	/* break-evens: where an option overtakes another between two points */
	char axis_line[W * 4 + 1];
	bool crossing[W] = {false};
	gac_buf notes = {0};
	for (size_t p = 1; p < n; p++)
		for (size_t o1 = 0; o1 < no; o1++)
			for (size_t o2 = o1 + 1; o2 < no; o2++) {
				double d0 = gac_sweep_total(w, p - 1, o1) - gac_sweep_total(w, p - 1, o2);
				double d1 = gac_sweep_total(w, p, o1) - gac_sweep_total(w, p, o2);
				if ((d0 < 0 && d1 > 0) || (d0 > 0 && d1 < 0)) {
					int col = (int)llround((double)p * (W - 1) / (double)(n - 1));
					crossing[col < W ? col : W - 1] = true;
					gac_buf_printf(&notes, "  ✕ %s and %s cross between %s = ", gac_sweep_option_name(w, o1),
					               gac_sweep_option_name(w, o2), ax->path);
					gac_buf_grouped(&notes, gac_sweep_value(w, p - 1, 0), 2);
					gac_buf_puts(&notes, " and ");
					gac_buf_grouped(&notes, gac_sweep_value(w, p, 0), 2);
					gac_buf_puts(&notes, " (genaicost break-even finds the exact value)\n");
				}
			}
	size_t len = 0;
	for (int col = 0; col < W; col++) {
		const char *m = crossing[col] ? "✕" : "─";
		memcpy(axis_line + len, m, strlen(m));
		len += strlen(m);
	}
	axis_line[len] = '\0';
	gac_buf_printf(b, "%14s └%s\n", "", axis_line);
	gac_buf x = {0}, y = {0};
	gac_buf_grouped(&x, ax->lo, 2);
	gac_buf_grouped(&y, ax->hi, 2);
	const char *xs = gac_buf_text(b, &x), *ys = gac_buf_text(b, &y);
	gac_buf_printf(b, "%16s%-*s%s%s\n", "", W - (int)strlen(ys), xs, ys, ax->log ? " (log scale)" : "");
	gac_buf_free(&x);
	gac_buf_free(&y);
	gac_buf_printf(b, "%16s%s\n\n", "", ax->path);
	for (size_t o = 0; o < no; o++)
		gac_buf_printf(b, "  %s %s\n", marks[o % 8], gac_sweep_option_name(w, o));
	if (notes.data && !notes.failed) {
		gac_buf_puts(b, "\n");
		gac_buf_puts(b, notes.data);
	}
	gac_buf_free(&notes);
}

static void sweep_explain(gac_buf *b, const gac_sweep *w, const gac_sweep_axis *axes, size_t naxes,
                          const char *cur, bool md)
{
	const char *in = md ? "- " : "  ";
	gac_buf_printf(b, "\n%sHow the sweep is priced\n\n", md ? "#### " : "");
	for (size_t k = 0; k < naxes; k++) {
		const gac_sweep_axis *ax = &axes[k];
		double n1 = (double)(ax->steps - 1);
		gac_buf_puts(b, in);
		gac_buf_user(b, ax->path, md);
		gac_buf_printf(b, ", point i = 0..%zu: ", ax->steps - 1);
		if (ax->log) {
			gac_buf_puts(b, "LO × (HI / LO)^(i / (STEPS - 1)) = ");
			gac_buf_exact(b, ax->lo);
			gac_buf_puts(b, " × ");
			gac_buf_num(b, "%.10g", pow(ax->hi / ax->lo, 1 / n1));
			gac_buf_puts(b, "^i (log spacing)\n");
		} else {
			gac_buf_puts(b, "LO + i × (HI - LO) / (STEPS - 1) = ");
			gac_buf_exact(b, ax->lo);
			gac_buf_puts(b, " + i × ");
			gac_buf_num(b, "%.10g", (ax->hi - ax->lo) / n1);
			gac_buf_puts(b, "\n");
		}
	}
	if (naxes == 2) {
		gac_buf_printf(b, "%sa grid: every point of ", in);
		gac_buf_user(b, axes[0].path, md);
		gac_buf_puts(b, " with every point of ");
		gac_buf_user(b, axes[1].path, md);
		gac_buf_puts(b, ", the second varying fastest\n");
	}
	gac_buf_printf(b, "%sat each point the parameter%s set to the value and every option is priced: its total is "
	                  "the sum of its line items, as 'genaicost estimate --explain' lists them\n",
	               in, naxes == 2 ? "s are" : " is");
	size_t last = gac_sweep_points(w) - 1;
	for (size_t o = 0; o < gac_sweep_option_count(w); o++) {
		gac_buf_puts(b, in);
		gac_buf_user(b, gac_sweep_option_name(w, o), md);
		gac_buf_puts(b, ": ");
		gac_money(b, gac_sweep_total(w, 0, o), cur);
		gac_buf_puts(b, " at the first point (");
		gac_buf_exact(b, gac_sweep_value(w, 0, 0));
		gac_buf_puts(b, "), ");
		gac_money(b, gac_sweep_total(w, last, o), cur);
		gac_buf_puts(b, " at the last (");
		gac_buf_exact(b, gac_sweep_value(w, last, 0));
		gac_buf_puts(b, ")\n");
	}
	if (isnan(gac_sweep_list_total(w, 0, 0)))
		return;
	gac_buf_printf(b, "%sat list prices: each line's quantity × the sheet's list price, summed; the "
	                  "negotiated saving = at list − total; unrounded, at the first and last point:\n", in);
	for (size_t o = 0; o < gac_sweep_option_count(w); o++)
		for (int end = 0; end < 2; end++) {
			size_t p = end ? last : 0;
			double l = gac_sweep_list_total(w, p, o), t = gac_sweep_total(w, p, o);
			gac_buf_printf(b, "%s%s %s: ", in, gac_sweep_option_name(w, o), end ? "last" : "first");
			gac_buf_exact(b, l);
			gac_buf_puts(b, " − ");
			gac_buf_exact(b, t);
			gac_buf_puts(b, " = ");
			gac_buf_exact(b, l - t);
			gac_buf_printf(b, " %s\n", cur ? cur : "");
		}
}

gac_status gac_report_sweep(char **out, const gac_sweep *w, gac_sweep_axis *const *axes, size_t naxes,
                            const char *cur, gac_format f, unsigned flags)
{
	gac_sweep_axis ax[2];
	if (gac_sweep_axes_gather(ax, axes, naxes) != GAC_OK)
		return GAC_EARG;
	return gac_report_sweep_axes(out, w, ax, naxes, cur, f, flags);
}

gac_status gac_report_sweep_axes(char **out, const gac_sweep *w, const gac_sweep_axis *axes, size_t naxes,
                                 const char *cur, gac_format f, unsigned flags)
{
	if (!out || !w || !axes || naxes < 1 || naxes > 2)
		return GAC_EARG;
	*out = NULL;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	size_t n = gac_sweep_points(w), no = gac_sweep_option_count(w);
	/* pricing_overrides: the totals at list prices too */
	bool lists = n && no && !isnan(gac_sweep_list_total(w, 0, 0));
	if (f == GAC_FORMAT_JSON) {
		json_t *root = json_object(), *rows = json_array(), *paths = json_array(), *opts = json_array();
		int bad = !root || !rows || !paths || !opts;
		for (size_t k = 0; !bad && k < naxes; k++)
			bad |= json_array_append_new(paths, json_string(axes[k].path));
		for (size_t o = 0; !bad && o < no; o++)
			bad |= json_array_append_new(opts, json_string(gac_sweep_option_name(w, o)));
		for (size_t p = 0; !bad && p < n; p++) {
			json_t *row = json_object();
			bad |= !row;
			for (size_t k = 0; !bad && k < naxes; k++)
				bad |= jset(row, axes[k].path, gac_jreal(gac_sweep_value(w, p, k)));
			for (size_t o = 0; !bad && o < no; o++)
				bad |= jset(row, gac_sweep_option_name(w, o), gac_jreal(gac_sweep_total(w, p, o)));
			/* every option's verdict, and the units needed where short */
			json_t *under = json_object(), *needed = json_object();
			bad |= !under || !needed;
			for (size_t o = 0; !bad && o < no; o++) {
				double units = gac_sweep_units_needed(w, p, o);
				bad |= jset(under, gac_sweep_option_name(w, o), json_boolean(!isnan(units)));
				if (!isnan(units))
					bad |= jset(needed, gac_sweep_option_name(w, o), gac_jreal(units));
			}
			bad |= jset(row, "under_capacity", under);
			bad |= jset(row, "units_needed", needed);
			if (lists) {
				json_t *lt = json_object();
				for (size_t o = 0; lt && o < no; o++)
					bad |= jset(lt, gac_sweep_option_name(w, o), gac_jreal(gac_sweep_list_total(w, p, o)));
				bad |= jset(row, "list_total", lt);
			}
			bad |= json_array_append_new(rows, row);
		}
		if (bad) {
			json_decref(root);
			json_decref(rows);
			json_decref(paths);
			json_decref(opts);
			return gac_json_status(NULL);
		}
		/* each value root's from here, set or not */
		bad |= jset(root, "genaicost", json_string("sweep/2"));
		bad |= jset(root, "currency", json_string(cur ? cur : ""));
		bad |= jset(root, "paths", paths);
		bad |= jset(root, "options", opts);
		bad |= jset(root, "rows", rows);
		if (bad) {
			json_decref(root);
			return gac_json_status(NULL);
		}
		*out = gac_json_finish(root);
		return gac_json_status(*out);
	}
	bool any_under = false;
	for (size_t p = 0; p < n && !any_under; p++)
		for (size_t o = 0; o < no; o++)
			any_under |= gac_sweep_under_capacity(w, p, o) != 0;
	/* CSV: after the totals, an "OPTION under_capacity" column per option,
	 * then with pricing_overrides an "OPTION list_total" one.  The table:
	 * where every cell has the same total at list prices (the usual case:
	 * a discount swept, the usage fixed) one note says it, and each
	 * cell's saving is that less the cell; where it moves, an "OPTION at
	 * list" column beside the totals, so no figure has to be guessed */
	bool csv = f == GAC_FORMAT_CSV, uniform = lists;
	double list0 = lists ? gac_sweep_list_total(w, 0, 0) : 0;
	for (size_t p = 0; uniform && p < n; p++)
		for (size_t o = 0; uniform && o < no; o++)
			uniform = gac_sweep_list_total(w, p, o) == list0;
	size_t nlist = lists && (csv || !uniform) ? no : 0, list_col = naxes + no + (csv ? no : 0);
	size_t ncol = naxes + no + (csv ? no : 0) + nlist;
	const char **headers = gac_calloc(ncol, sizeof *headers);
	bool *right = gac_calloc(ncol, sizeof *right);
	char **under_names = csv || nlist ? gac_calloc(2 * no, sizeof *under_names) : NULL;
	gac_buf b = {0};
	bool nomem = !headers || !right || ((csv || nlist) && !under_names);
	for (size_t o = 0; !nomem && csv && o < no; o++) {
		gac_buf h = {0};
		gac_buf_printf(&h, "%s under_capacity", gac_sweep_option_name(w, o));
		nomem = !(under_names[o] = gac_buf_take(&h));
		headers[naxes + no + o] = under_names[o];
	}
	for (size_t o = 0; !nomem && o < nlist; o++) {
		gac_buf h = {0};
		gac_buf_printf(&h, csv ? "%s list_total" : "%s at list", gac_sweep_option_name(w, o));
		nomem = !(under_names[no + o] = gac_buf_take(&h));
		headers[list_col + o] = under_names[no + o];
		right[list_col + o] = true;
	}
	if (nomem) {
		for (size_t o = 0; under_names && o < 2 * no; o++)
			free(under_names[o]);
		free(under_names);
		free(headers);
		free(right);
		return GAC_ENOMEM;
	}
	for (size_t k = 0; k < naxes; k++) {
		headers[k] = axes[k].path;
		right[k] = true;
	}
	for (size_t o = 0; o < no; o++) {
		headers[naxes + o] = gac_sweep_option_name(w, o);
		right[naxes + o] = true;
	}
	if (f == GAC_FORMAT_MARKDOWN)
		gac_buf_puts(&b, "### genaicost sweep\n\n");
	else if (f == GAC_FORMAT_TABLE)
		gac_buf_printf(&b, "Sweep: monthly total of each option, %s\n\n", cur ? cur : "");
	gac_table t;
	gac_table_init(&t, ncol, headers, right);
	for (size_t p = 0; p < n; p++) {
		gac_buf x = {0};
		gac_table_row(&t, 0);
		for (size_t k = 0; k < naxes; k++) {
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, gac_sweep_value(w, p, k));
			else
				gac_quantity(&x, gac_sweep_value(w, p, k));
			gac_table_set_buf(&t, k, &x);
		}
		for (size_t o = 0; o < no; o++) {
			if (f == GAC_FORMAT_CSV)
				gac_buf_exact(&x, gac_sweep_total(w, p, o));
			else
				gac_money(&x, gac_sweep_total(w, p, o), cur);
			if (!csv && gac_sweep_under_capacity(w, p, o)) {
				gac_buf_puts(&x, " ");
				gac_too_few(&x, gac_sweep_units_needed(w, p, o));
			}
			gac_table_set_buf(&t, naxes + o, &x);
		}
		for (size_t o = 0; csv && o < no; o++)
			gac_table_set(&t, naxes + no + o, gac_sweep_under_capacity(w, p, o) ? "true" : "false");
		for (size_t o = 0; o < nlist; o++) {
			if (csv)
				gac_buf_exact(&x, gac_sweep_list_total(w, p, o));
			else
				gac_money(&x, gac_sweep_list_total(w, p, o), cur);
			gac_table_set_buf(&t, list_col + o, &x);
		}
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (lists && uniform && !csv) {
		gac_buf_puts(&b, "\nAt list prices: ");
		gac_money(&b, list0, cur);
		gac_buf_puts(&b, " at every point, for every option (pricing_overrides); the negotiated saving of a "
		                 "cell is that less its total.\n");
	}
	if (any_under && f != GAC_FORMAT_CSV)
		gac_buf_puts(&b, "\nTOO FEW (needs N units): at that point the option's provisioned units do not carry "
		                 "the peak load (under capacity), N units would; the load beyond is throttled.\n");
	if (f == GAC_FORMAT_TABLE && naxes == 1)
		sweep_chart(&b, w, &axes[0], cur);
	if ((flags & GAC_REPORT_EXPLAIN) && f != GAC_FORMAT_CSV)
		sweep_explain(&b, w, axes, naxes, cur, f == GAC_FORMAT_MARKDOWN);
	for (size_t o = 0; under_names && o < 2 * no; o++)
		free(under_names[o]);
	free(under_names);
	free(headers);
	free(right);
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

/* gac_sweep_write: the report of a sweep written as it is priced. */
typedef struct sweep_out {
	const gac_sweep_axis *axes;
	size_t naxes, nopt;
	const char *cur;
	gac_format f;
	gac_write_fn write;
	void *ctx;
	const char *const *names;
	bool lists;              /* totals at list prices in each row */
	char *footer;            /* JSON: what follows the rows */
	gac_buf b, cell;
	/* CSV: the swept values' text, each written once: the first axis's
	 * last value, the second axis's every value while it has at most
	 * SWEEP_CACHE steps (a grid repeats them at every row of the first) */
	double last;
	char *last_text;
	size_t last_len;
	char **axis1;
	size_t *axis1_len;
	size_t axis1_count;
} sweep_out;

enum { SWEEP_FLUSH = 1 << 16, SWEEP_CACHE = 1 << 16 };

static void cell_reset(gac_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

/* Hand what is gathered to the writer: always with `all`, else once it
 * fills SWEEP_FLUSH bytes. */
static gac_status sweep_flush(sweep_out *o, bool all, gac_error *err)
{
	if (o->b.failed || o->cell.failed)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	if (!o->b.len || (!all && o->b.len < SWEEP_FLUSH))
		return GAC_OK;
	if (o->write(o->ctx, o->b.data, o->b.len) != 0)
		return gac_fail(err, GAC_EIO, NULL, 0, 0, "the sweep's report could not be written");
	o->b.len = 0;
	o->b.data[0] = '\0';
	return GAC_OK;
}

/* The marker of where the rows go in the JSON report's frame. */
#define SWEEP_ROWS_MARK "\"genaicost-sweep-rows\""

static gac_status sweep_out_start(void *ctx, size_t points, size_t nopt, const char *const *names, bool lists,
                                  gac_error *err)
{
	(void)points;
	sweep_out *o = ctx;
	o->nopt = nopt;
	o->names = names;
	o->lists = lists;
	if (o->f == GAC_FORMAT_CSV) {
		for (size_t k = 0; k < o->naxes; k++) {
			gac_buf_puts(&o->b, k ? "," : "");
			gac_csv_field(&o->b, o->axes[k].path);
		}
		for (size_t i = 0; i < nopt; i++) {
			gac_buf_puts(&o->b, ",");
			gac_csv_field(&o->b, names[i]);
		}
		for (size_t i = 0; i < nopt; i++) {
			cell_reset(&o->cell);
			gac_buf_printf(&o->cell, "%s under_capacity", names[i]);
			gac_buf_puts(&o->b, ",");
			gac_csv_field(&o->b, o->cell.failed ? "" : o->cell.data);
		}
		for (size_t i = 0; lists && i < nopt; i++) {
			cell_reset(&o->cell);
			gac_buf_printf(&o->cell, "%s list_total", names[i]);
			gac_buf_puts(&o->b, ",");
			gac_csv_field(&o->b, o->cell.failed ? "" : o->cell.data);
		}
		gac_buf_puts(&o->b, "\r\n");
		if (o->naxes == 2 && o->axes[1].steps <= SWEEP_CACHE) {
			o->axis1 = gac_calloc(o->axes[1].steps, sizeof *o->axis1);
			o->axis1_len = gac_calloc(o->axes[1].steps, sizeof *o->axis1_len);
			if (!o->axis1 || !o->axis1_len)
				return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			o->axis1_count = o->axes[1].steps;
		}
		return sweep_flush(o, false, err);
	}
	/* JSON: the frame gac_report_sweep writes, rows cut out at a marker */
	json_t *root = json_object(), *rows = json_array(), *paths = json_array(), *opts = json_array();
	int bad = !root || !rows || !paths || !opts;
	for (size_t k = 0; !bad && k < o->naxes; k++)
		bad |= json_array_append_new(paths, json_string(o->axes[k].path));
	for (size_t i = 0; !bad && i < nopt; i++)
		bad |= json_array_append_new(opts, json_string(names[i]));
	bad |= !bad && json_array_append_new(rows, json_string("genaicost-sweep-rows"));
	if (bad) {
		json_decref(root);
		json_decref(rows);
		json_decref(paths);
		json_decref(opts);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	/* each value root's from here, set or not; a member lost is out of memory */
	bad |= jset(root, "genaicost", json_string("sweep/2"));
	bad |= jset(root, "currency", json_string(o->cur ? o->cur : ""));
	bad |= jset(root, "paths", paths);
	bad |= jset(root, "options", opts);
	bad |= jset(root, "rows", rows);
	char *frame = bad ? NULL : gac_json_finish(root);
	if (bad)
		json_decref(root);
	char *mark = frame ? strstr(frame, SWEEP_ROWS_MARK) : NULL;
	if (!mark) {
		free(frame);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	/* the marker's line starts with its indent, 4 spaces */
	gac_buf_putn(&o->b, frame, (size_t)(mark - frame) - 4);
	o->footer = gac_strdup(mark + strlen(SWEEP_ROWS_MARK));
	free(frame);
	if (!o->footer)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	return sweep_flush(o, false, err);
}

static gac_status sweep_out_row(void *ctx, size_t p, const double *values, const double *totals,
                                const double *lists, const double *needed, gac_error *err)
{
	sweep_out *o = ctx;
	if (o->f == GAC_FORMAT_CSV) {
		/* figures as gac_buf_exact writes them: digits, '.', '-', 'e'
		 * and '+' only, nothing a CSV field quotes */
		if (!o->last_text || values[0] != o->last) {
			cell_reset(&o->cell);
			gac_buf_exact(&o->cell, values[0]);
			free(o->last_text);
			if (!(o->last_text = o->cell.failed ? NULL : gac_strdup(o->cell.data)))
				return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			o->last = values[0];
			o->last_len = o->cell.len;
		}
		gac_buf_putn(&o->b, o->last_text, o->last_len);
		if (o->naxes == 2) {
			size_t i1 = p % o->axes[1].steps;
			gac_buf_putn(&o->b, ",", 1);
			if (o->axis1 && !o->axis1[i1]) {
				cell_reset(&o->cell);
				gac_buf_exact(&o->cell, values[1]);
				if (o->cell.failed || !(o->axis1[i1] = gac_strdup(o->cell.data)))
					return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
				o->axis1_len[i1] = o->cell.len;
			}
			if (o->axis1)
				gac_buf_putn(&o->b, o->axis1[i1], o->axis1_len[i1]);
			else
				gac_buf_exact(&o->b, values[1]);
		}
		for (size_t i = 0; i < o->nopt; i++) {
			gac_buf_putn(&o->b, ",", 1);
			gac_buf_exact(&o->b, totals[i]);
		}
		for (size_t i = 0; i < o->nopt; i++)
			gac_buf_puts(&o->b, isnan(needed[i]) ? ",false" : ",true");
		for (size_t i = 0; o->lists && lists && i < o->nopt; i++) {
			gac_buf_putn(&o->b, ",", 1);
			gac_buf_exact(&o->b, lists[i]);
		}
		gac_buf_putn(&o->b, "\r\n", 2);
		return sweep_flush(o, false, err);
	}
	/* JSON: the row as gac_report_sweep builds it, indented two levels */
	json_t *row = json_object(), *list = json_object(), *units = json_object();
	int bad = !row || !list || !units;
	for (size_t k = 0; !bad && k < o->naxes; k++)
		bad |= jset(row, o->axes[k].path, json_real(values[k]));
	for (size_t i = 0; !bad && i < o->nopt; i++)
		bad |= jset(row, o->names[i], json_real(totals[i]));
	for (size_t i = 0; !bad && i < o->nopt; i++) {
		bad |= jset(list, o->names[i], json_boolean(!isnan(needed[i])));
		if (!isnan(needed[i]))
			bad |= jset(units, o->names[i], json_real(needed[i]));
	}
	if (!bad) {
		bad |= jset(row, "under_capacity", list);
		list = NULL;
		bad |= jset(row, "units_needed", units);
		units = NULL;
	}
	if (!bad && o->lists && lists) {
		json_t *lt = json_object();
		for (size_t i = 0; lt && i < o->nopt; i++)
			bad |= jset(lt, o->names[i], json_real(lists[i]));
		bad |= jset(row, "list_total", lt);
	}
	cell_reset(&o->cell);
	if (!bad)
		bad |= json_dump_callback(row, gac_json_dump_to_buf, &o->cell, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
		                                                       JSON_REAL_PRECISION(17));
	json_decref(row);
	json_decref(list);
	json_decref(units);
	if (bad || o->cell.failed)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	gac_buf_puts(&o->b, p ? ",\n    " : "    ");
	for (const char *q = o->cell.data, *nl; q; q = nl ? nl + 1 : NULL) {
		nl = memchr(q, '\n', o->cell.len - (size_t)(q - o->cell.data));
		gac_buf_putn(&o->b, q, nl ? (size_t)(nl - q) : o->cell.len - (size_t)(q - o->cell.data));
		if (nl)
			gac_buf_puts(&o->b, "\n    ");
	}
	return sweep_flush(o, false, err);
}

gac_status gac_sweep_write(const gac_scenario *scenario, const gac_sheet *sheet, gac_sweep_axis *const *axis_list,
                           size_t axis_count, const char *currency, gac_format f, unsigned flags,
                           gac_write_fn write, void *ctx, gac_error *err)
{
	gac_sweep_axis axes[2];
	if (!scenario || !sheet || gac_sweep_axes_gather(axes, axis_list, axis_count) != GAC_OK || !write)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no scenario, sheet, axes or writer");
	if (f != GAC_FORMAT_CSV && f != GAC_FORMAT_JSON) {
		/* aligned columns and a chart over every point: built whole */
		gac_sweep *w = NULL;
		char *text = NULL;
		gac_status st = gac_sweep_run_axes(&w, scenario, sheet, axes, axis_count, err);
		gac_status rs = st == GAC_OK ? gac_report_sweep_axes(&text, w, axes, axis_count, currency, f, flags)
		                             : GAC_OK;
		if (rs != GAC_OK)
			st = gac_fail(err, rs, NULL, 0, 0, rs == GAC_ENOMEM ? "out of memory" : "a sweep is not written as %s",
			              gac_format_name(f) ? gac_format_name(f) : "that format");
		if (st == GAC_OK && write(ctx, text, strlen(text)) != 0)
			st = gac_fail(err, GAC_EIO, NULL, 0, 0, "the sweep's report could not be written");
		free(text);
		gac_sweep_free(w);
		return st;
	}
	sweep_out o = {.axes = axes, .naxes = axis_count, .cur = currency, .f = f, .write = write, .ctx = ctx};
	gac_sweep_sink sink = {.start = sweep_out_start, .row = sweep_out_row, .ctx = &o};
	gac_status st = gac_sweep_each(scenario, sheet, axes, axis_count, &sink, err);
	if (st == GAC_OK && o.footer) {
		gac_buf_puts(&o.b, o.footer);
		st = sweep_flush(&o, true, err);
	} else if (st == GAC_OK) {
		st = sweep_flush(&o, true, err);
	}
	free(o.footer);
	free(o.last_text);
	for (size_t i = 0; i < o.axis1_count; i++)
		free(o.axis1[i]);
	free(o.axis1);
	free(o.axis1_len);
	gac_buf_free(&o.b);
	gac_buf_free(&o.cell);
	return st;
}

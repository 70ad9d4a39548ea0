/*
 * Excel workbooks (--format xlsx) through libxlsxwriter: an estimate, a
 * comparison and a forecast, with live formulas a finance analyst can
 * change (a unit price, a quantity) and watch the totals move.
 *
 * Layout of a sheet of line items (an estimate, and each option of a
 * comparison), header in row 1, one line per row from row 2:
 *   A workload  B model  C component  D quantity  E unit  F unit price
 *   G cost = Dn*Fn   H model units  I hours (provisioned lines: D = Hn*In)
 *   J list price (before pricing_overrides)  K how the line was derived
 * then "Total" = SUM(G2:Gm), and with a priced downtime the risk line
 * (not billed) and the risk-adjusted total.  A line's quantity is counted
 * in its unit (1K tokens, model-unit hour, ...), so the cost is the plain
 * product, bit for bit the engine's (gac_line: cost = quantity ×
 * unit_price).  Every formula carries its computed result, for viewers
 * that do not recalculate; numbers are stored unrounded and rounded only by
 * the cells' number formats, though libxlsxwriter (as Debian builds it,
 * without USE_DTOA_LIBRARY) writes them with %.16G: 16 significant digits,
 * within 1e-15 of the double, relatively.
 */
#include "internal.h"

#include <xlsxwriter.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Excel's limit on a cell's text, and on a sheet name. */
#define XL_MAX_TEXT 32767
#define XL_MAX_SHEET 31
#define XL_NAME_BUF 160  /* a sheet name in UTF-8, 31 characters of 4 bytes at most, and room */

typedef struct xw {
	lxw_workbook *wb;
	lxw_format *head, *money, *money_bold, *price, *qty, *num, *bold, *pct;
	gac_status st;   /* the first failure */
} xw;

static void fail_lxw(xw *x, lxw_error e)
{
	if (e != LXW_NO_ERROR && x->st == GAC_OK)
		x->st = e == LXW_ERROR_MEMORY_MALLOC_FAILED ? GAC_ENOMEM : GAC_EIO;
}

/* Text cut to what a cell holds, on a UTF-8 character boundary. */
static void put_text(xw *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
	if (!s)
		return;
	size_t n = strlen(s);
	if (n <= XL_MAX_TEXT) {
		fail_lxw(x, worksheet_write_string(ws, r, c, s, f));
		return;
	}
	n = XL_MAX_TEXT;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	char *cut = gac_malloc(n + 1);
	if (!cut) {
		if (x->st == GAC_OK)
			x->st = GAC_ENOMEM;
		return;
	}
	memcpy(cut, s, n);
	cut[n] = '\0';
	fail_lxw(x, worksheet_write_string(ws, r, c, cut, f));
	free(cut);
}

static void put_num(xw *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, double v, lxw_format *f)
{
	if (!isfinite(v)) {
		if (x->st == GAC_OK)
			x->st = GAC_ERANGE;
		return;
	}
	fail_lxw(x, worksheet_write_number(ws, r, c, v, f));
}

/* A formula with the result it computes to. */
static void put_formula(xw *x, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *formula, double v,
                        lxw_format *f)
{
	if (!isfinite(v)) {
		if (x->st == GAC_OK)
			x->st = GAC_ERANGE;
		return;
	}
	fail_lxw(x, worksheet_write_formula_num(ws, r, c, formula, f, v));
}

/* A currency's number format: "$#,##0.00" for USD, else the code after
 * the figure; `decimals` optional ones past the cents. */
static void money_format(char *out, size_t n, const char *currency, int decimals)
{
	char dec[24] = "0.00";
	for (int i = 0; i < decimals && i < 16; i++)
		strcat(dec, "#");
	if (!currency || !strcmp(currency, "USD")) {
		snprintf(out, n, "$#,##%s", dec);
		return;
	}
	/* an ISO code is three letters; anything else is left out */
	bool ok = strlen(currency) == 3;
	for (int i = 0; ok && i < 3; i++)
		ok = currency[i] >= 'A' && currency[i] <= 'Z';
	snprintf(out, n, ok ? "#,##%s \"%s\"" : "#,##%s", dec, currency);
}

static gac_status xw_open(xw *x, const char *path, const char *currency, const char *title)
{
	memset(x, 0, sizeof *x);
	if (!(x->wb = workbook_new(path)))
		return GAC_ENOMEM;
	lxw_doc_properties props = {.title = (char *)title, .comments = (char *)"written by genaicost"};
	fail_lxw(x, workbook_set_properties(x->wb, &props));
	char mf[64], pf[64];
	money_format(mf, sizeof mf, currency, 0);
	money_format(pf, sizeof pf, currency, 10);
	lxw_format **all[] = {&x->head, &x->money, &x->money_bold, &x->price, &x->qty, &x->num, &x->bold, &x->pct};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		if (!(*all[i] = workbook_add_format(x->wb)))
			x->st = GAC_ENOMEM;
	if (x->st != GAC_OK)
		return x->st;
	format_set_bold(x->head);
	format_set_bottom(x->head, LXW_BORDER_THIN);
	format_set_num_format(x->money, mf);
	format_set_num_format(x->money_bold, mf);
	format_set_bold(x->money_bold);
	format_set_top(x->money_bold, LXW_BORDER_THIN);
	format_set_num_format(x->price, pf);
	/* two decimals at least: "#,##0.####" would show 2,920 as "2,920." */
	format_set_num_format(x->qty, "#,##0.00##");
	format_set_num_format(x->num, "General");
	format_set_bold(x->bold);
	format_set_num_format(x->pct, "0.0%");
	return x->st;
}

/* Close (write) the workbook: the first failure, or the file's. */
static gac_status xw_close(xw *x)
{
	lxw_error e = workbook_close(x->wb);
	x->wb = NULL;
	fail_lxw(x, e);
	return x->st;
}

static void header(xw *x, lxw_worksheet *ws, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		put_text(x, ws, 0, (lxw_col_t)i, names[i], x->head);
	worksheet_freeze_panes(ws, 1, 0);
}

/* ---- line items ---- */

enum { C_WORKLOAD, C_MODEL, C_COMPONENT, C_QTY, C_UNIT, C_PRICE, C_COST, C_UNITS, C_HOURS, C_LIST, C_HOW };

/* Whether a line is model units × hours of the result (a provisioned
 * line): its units, exactly, when so. */
static bool unit_hours(const gac_line *l, double hours, double *units)
{
	if (!l->unit || strcmp(l->unit, "model-unit hour") || !(hours > 0))
		return false;
	double u = l->quantity / hours;
	if (u != floor(u) || u * hours != l->quantity)
		return false;
	*units = u;
	return true;
}

/* One result's line items on `ws`; *total_row receives the row (0-based)
 * of its total. */
static void lines_sheet(xw *x, lxw_worksheet *ws, const gac_result *r, lxw_row_t *total_row)
{
	static const char *const cols[] = {"Workload", "Model", "Component", "Quantity", "Unit", "Unit price",
	                                   "Cost", "Model units", "Hours", "List price", "How it is derived"};
	header(x, ws, cols, sizeof cols / sizeof *cols);
	worksheet_set_column(ws, C_WORKLOAD, C_WORKLOAD, 14, NULL);
	worksheet_set_column(ws, C_MODEL, C_MODEL, 34, NULL);
	worksheet_set_column(ws, C_COMPONENT, C_COMPONENT, 30, NULL);
	worksheet_set_column(ws, C_QTY, C_QTY, 16, NULL);
	worksheet_set_column(ws, C_UNIT, C_UNIT, 16, NULL);
	worksheet_set_column(ws, C_PRICE, C_PRICE, 14, NULL);
	worksheet_set_column(ws, C_COST, C_COST, 16, NULL);
	worksheet_set_column(ws, C_UNITS, C_HOURS, 11, NULL);
	worksheet_set_column(ws, C_LIST, C_LIST, 14, NULL);
	worksheet_set_column(ws, C_HOW, C_HOW, 60, NULL);
	size_t n = gac_result_line_count(r);
	double hours = gac_result_hours(r);
	char f[96];
	for (size_t i = 0; i < n && x->st == GAC_OK; i++) {
		const gac_line *l = gac_result_line(r, i);
		lxw_row_t row = (lxw_row_t)(i + 1);
		unsigned xr = row + 1;   /* the row as Excel numbers it */
		put_text(x, ws, row, C_WORKLOAD, l->workload, NULL);
		put_text(x, ws, row, C_MODEL, l->model, NULL);
		put_text(x, ws, row, C_COMPONENT, l->component, NULL);
		double units;
		if (unit_hours(l, hours, &units)) {
			put_num(x, ws, row, C_UNITS, units, x->num);
			put_num(x, ws, row, C_HOURS, hours, x->num);
			snprintf(f, sizeof f, "=H%u*I%u", xr, xr);
			put_formula(x, ws, row, C_QTY, f, l->quantity, x->qty);
		} else {
			put_num(x, ws, row, C_QTY, l->quantity, x->qty);
		}
		put_text(x, ws, row, C_UNIT, l->unit, NULL);
		put_num(x, ws, row, C_PRICE, l->unit_price, x->price);
		snprintf(f, sizeof f, "=D%u*F%u", xr, xr);
		put_formula(x, ws, row, C_COST, f, l->cost, x->money);
		put_num(x, ws, row, C_LIST, l->list_price, x->price);
		put_text(x, ws, row, C_HOW, l->formula, NULL);
	}
	lxw_row_t tr = (lxw_row_t)(n + 1);
	*total_row = tr;
	put_text(x, ws, tr, C_WORKLOAD, "Total", x->bold);
	if (n) {
		snprintf(f, sizeof f, "=SUM(G2:G%zu)", n + 1);
		put_formula(x, ws, tr, C_COST, f, gac_result_total(r), x->money_bold);
	} else {
		put_num(x, ws, tr, C_COST, 0, x->money_bold);
	}
	const gac_line *risk = gac_result_outage_line(r);
	if (risk) {
		lxw_row_t rr = tr + 1;
		put_text(x, ws, rr, C_WORKLOAD, "Not billed: risk", NULL);
		put_text(x, ws, rr, C_COMPONENT, risk->component, NULL);
		put_num(x, ws, rr, C_QTY, risk->quantity, x->qty);
		put_text(x, ws, rr, C_UNIT, risk->unit, NULL);
		put_num(x, ws, rr, C_PRICE, risk->unit_price, x->price);
		snprintf(f, sizeof f, "=D%u*F%u", rr + 1, rr + 1);
		put_formula(x, ws, rr, C_COST, f, risk->cost, x->money);
		put_text(x, ws, rr, C_HOW, risk->formula, NULL);
		put_text(x, ws, rr + 1, C_WORKLOAD, "Risk-adjusted total", x->bold);
		snprintf(f, sizeof f, "=G%u+G%u", tr + 1, rr + 1);
		put_formula(x, ws, rr + 1, C_COST, f, gac_result_risk_adjusted_total(r), x->money_bold);
	}
}

/* ---- inputs ---- */

static void inputs_sheet(xw *x, const gac_scenario *sc)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, "Inputs");
	if (!ws) {
		x->st = x->st ? x->st : GAC_ENOMEM;
		return;
	}
	static const char *const cols[] = {"Parameter", "Value", "Given"};
	header(x, ws, cols, 3);
	worksheet_set_column(ws, 0, 0, 52, NULL);
	worksheet_set_column(ws, 1, 1, 28, NULL);
	worksheet_set_column(ws, 2, 2, 50, NULL);
	lxw_row_t row = 1;
	/* text parameters first, those with a value (as genaicost params) */
	for (size_t i = 0; x->st == GAC_OK && i < gac_scenario_text_param_count(sc); i++) {
		char *p = NULL, *v = NULL;
		if (gac_scenario_text_param_path(&p, sc, i) != GAC_OK || gac_scenario_get_text(&v, sc, p) != GAC_OK) {
			x->st = GAC_ENOMEM;
		} else if (v[0]) {
			put_text(x, ws, row, 0, p, NULL);
			put_text(x, ws, row, 1, v, NULL);
			row++;
		}
		gac_free(p);
		gac_free(v);
	}
	for (size_t i = 0; x->st == GAC_OK && i < gac_scenario_param_count(sc); i++) {
		const char *p = gac_scenario_param_path(sc, i);
		char *v = NULL;
		if (gac_scenario_get_text(&v, sc, p) != GAC_OK) {
			x->st = GAC_ENOMEM;
			break;
		}
		const char *meaning;
		bool set = gac_scenario_is_set(sc, p, &meaning);
		double num;
		put_text(x, ws, row, 0, p, NULL);
		if (!set && meaning)
			put_text(x, ws, row, 1, "unset", NULL);
		else if (gac_parse_number(&num, v, 0) == GAC_OK && isfinite(num))
			put_num(x, ws, row, 1, num, x->num);
		else
			put_text(x, ws, row, 1, v, NULL);
		put_text(x, ws, row, 2, set ? "yes" : meaning ? meaning : "default", NULL);
		gac_free(v);
		row++;
	}
	/* then what each option changes, as options.NAME.PATH */
	gac_input *in = NULL;
	size_t nin = 0;
	if (x->st == GAC_OK && gac_inputs_collect(&in, &nin, sc) != GAC_OK)
		x->st = GAC_ENOMEM;
	for (size_t i = 0; x->st == GAC_OK && i < nin; i++) {
		if (strncmp(in[i].path, "options.", 8))
			continue;
		put_text(x, ws, row, 0, in[i].path, NULL);
		double num;
		if (gac_parse_number(&num, in[i].text, 0) == GAC_OK && isfinite(num))
			put_num(x, ws, row, 1, num, x->num);
		else
			put_text(x, ws, row, 1, in[i].text, NULL);
		put_text(x, ws, row, 2, "option", NULL);
		row++;
	}
	gac_inputs_free(in, nin);
}

/* ---- sources ---- */

typedef struct seen {
	const char **ids;
	size_t n, cap;
} seen;

/* Add id unless there: false when out of memory. */
static bool seen_add(seen *s, const char *id)
{
	for (size_t i = 0; i < s->n; i++)
		if (!strcmp(s->ids[i], id))
			return true;
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		const char **ids = gac_realloc(s->ids, cap * sizeof *ids);
		if (!ids)
			return false;
		s->ids = ids;
		s->cap = cap;
	}
	s->ids[s->n++] = id;
	return true;
}

static void seen_lines(xw *x, seen *s, const gac_result *r)
{
	for (size_t i = 0; x->st == GAC_OK && i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		if (l->model && !seen_add(s, l->model))
			x->st = GAC_ENOMEM;
	}
}

/* The sheet's name, date, hash and sources, the scenario's name and hash,
 * then where each price of the models and services in `s` comes from. */
static void sources_sheet(xw *x, const gac_scenario *sc, const gac_sheet *sheet, const char *region,
                          double hours, const seen *s)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->wb, "Sources");
	if (!ws) {
		x->st = x->st ? x->st : GAC_ENOMEM;
		return;
	}
	worksheet_set_column(ws, 0, 0, 34, NULL);
	worksheet_set_column(ws, 1, 1, 40, NULL);
	worksheet_set_column(ws, 2, 2, 70, NULL);
	worksheet_set_column(ws, 3, 3, 12, NULL);
	const struct {
		const char *k, *v;
	} facts[] = {
		{"Price sheet", gac_sheet_name(sheet)},   {"Prices as of", gac_sheet_as_of(sheet)},
		{"Price sheet file", gac_sheet_path(sheet)}, {"Price sheet hash", gac_sheet_hash(sheet)},
		{"Currency", gac_sheet_currency(sheet)},  {"Region", region},
		{"Scenario", gac_scenario_name(sc)},      {"Scenario hash", gac_scenario_hash(sc)},
	};
	lxw_row_t row = 0;
	put_text(x, ws, row++, 0, "Run", x->head);
	for (size_t i = 0; i < sizeof facts / sizeof *facts; i++) {
		put_text(x, ws, row, 0, facts[i].k, x->bold);
		put_text(x, ws, row++, 1, facts[i].v ? facts[i].v : "", NULL);
	}
	if (hours > 0) {
		put_text(x, ws, row, 0, "Hours per month", x->bold);
		put_num(x, ws, row++, 1, hours, x->num);
	}
	for (size_t i = 0; i < sheet->source_count; i++) {
		put_text(x, ws, row, 0, i ? "" : "Price sheet sources", x->bold);
		put_text(x, ws, row++, 1, sheet->sources[i], NULL);
	}
	row++;
	static const char *const cols[] = {"Model or service", "Name", "Source of its prices", "As of"};
	for (lxw_col_t c = 0; c < 4; c++)
		put_text(x, ws, row, c, cols[c], x->head);
	row++;
	for (size_t i = 0; x->st == GAC_OK && i < s->n; i++) {
		const char *id = s->ids[i], *name = NULL, *src = NULL, *as_of = NULL;
		char buf[1024];
		size_t at;
		gac_model_info mi = GAC_MODEL_INFO_INIT;
		const gac_service *svc;
		if (gac_sheet_find(&at, sheet, id) == GAC_OK && gac_sheet_model(&mi, sheet, at, region) == GAC_OK) {
			name = mi.name, src = mi.source, as_of = mi.as_of;
		} else if ((svc = gac_sheet_service(sheet, id))) {
			name = svc->name, src = svc->source, as_of = svc->as_of;
		} else if (!strncmp(id, "custom:", 7)) {
			/* a customization: its own figures, and the sheet's Custom
			 * Model Import prices for an imported model */
			name = "a customization of the scenario";
			gac_c_snprintf(buf, sizeof buf, "the scenario's customizations: (%s)%s%s", id + 7,
			               sheet->import.present && sheet->import.source ? "; Custom Model Import prices: " : "",
			               sheet->import.present && sheet->import.source ? sheet->import.source : "");
			src = buf;
			as_of = sheet->import.present ? sheet->import.as_of : NULL;
		} else if (!strcmp(id, "-") && sheet->transfer.present) {
			id = "data transfer";
			src = sheet->transfer.source, as_of = sheet->transfer.as_of;
		} else {
			continue;
		}
		put_text(x, ws, row, 0, id, NULL);
		put_text(x, ws, row, 1, name ? name : "", NULL);
		put_text(x, ws, row, 2, src ? src : "(the price sheet's sources)", NULL);
		put_text(x, ws, row, 3, as_of ? as_of : gac_sheet_as_of(sheet), NULL);
		row++;
	}
}

/* ---- the three workbooks ---- */

gac_status gac_report_xlsx(const char *path, const gac_result *r, const gac_scenario *sc, const gac_sheet *sh,
                           unsigned flags)
{
	if (!path || !r || !sc || !sh || flags)
		return GAC_EARG;
	xw x;
	char title[256];
	snprintf(title, sizeof title, "genaicost estimate: %s", gac_scenario_name(sc) ? gac_scenario_name(sc) : "");
	if (xw_open(&x, path, gac_result_currency(r), title) != GAC_OK) {
		if (x.wb)
			workbook_close(x.wb);
		return x.st ? x.st : GAC_ENOMEM;
	}
	lxw_worksheet *ws = workbook_add_worksheet(x.wb, "Estimate");
	lxw_row_t tr;
	seen s = {0};
	if (!ws)
		x.st = GAC_ENOMEM;
	else
		lines_sheet(&x, ws, r, &tr);
	if (x.st == GAC_OK)
		inputs_sheet(&x, sc);
	if (x.st == GAC_OK)
		seen_lines(&x, &s, r);
	if (x.st == GAC_OK)
		sources_sheet(&x, sc, sh, gac_result_region(r), gac_result_hours(r), &s);
	free(s.ids);
	return xw_close(&x);
}

/* A valid sheet name for option `name`, unique among `taken` (Excel's
 * rules: 1 to 31 characters, none of []:*?/\, no ' at either end, not
 * "History", case-insensitively unique). */
static void sheet_name(char *out, const char *name, char (*taken)[XL_NAME_BUF], size_t ntaken)
{
	char base[128];
	size_t n = 0, chars = 0;
	/* 26 characters leave room for " (99)" */
	for (const char *p = name; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c & 0xc0) != 0x80 && chars++ == XL_MAX_SHEET - 5)
			break;
		base[n++] = strchr("[]:*?/\\", c) || c < 0x20 ? '_' : (char)c;
	}
	while (n && base[n - 1] == '\'')
		n--;
	base[n] = '\0';
	char *b = base;
	while (*b == '\'')
		b++;
	if (!*b || !strcasecmp(b, "History"))
		b = "option";
	for (unsigned k = 1;; k++) {
		if (k == 1)
			snprintf(out, XL_NAME_BUF, "%s", b);
		else
			snprintf(out, XL_NAME_BUF, "%s (%u)", b, k);
		bool clash = false;
		for (size_t i = 0; i < ntaken && !clash; i++)
			clash = !strcasecmp(out, taken[i]);
		if (!clash)
			return;
	}
}

/* A sheet name quoted for a formula: 'name' with each ' doubled. */
static void quoted(char *out, size_t n, const char *name)
{
	size_t k = 0;
	out[k++] = '\'';
	for (const char *p = name; *p && k + 3 < n; p++) {
		if (*p == '\'')
			out[k++] = '\'';
		out[k++] = *p;
	}
	out[k++] = '\'';
	out[k] = '\0';
}

gac_status gac_report_compare_xlsx(const char *path, const gac_comparison *cmp, const gac_scenario *sc,
                                   const gac_sheet *sh, unsigned flags)
{
	if (!path || !cmp || !sc || !sh || flags || gac_comparison_count(cmp) == 0)
		return GAC_EARG;
	size_t n = gac_comparison_count(cmp);
	const gac_result *base = gac_comparison_result(cmp, 0);
	xw x;
	char title[256];
	snprintf(title, sizeof title, "genaicost compare: %s", gac_scenario_name(sc) ? gac_scenario_name(sc) : "");
	if (xw_open(&x, path, gac_result_currency(base), title) != GAC_OK) {
		if (x.wb)
			workbook_close(x.wb);
		return x.st ? x.st : GAC_ENOMEM;
	}
	/* the sheet names first: the summary refers to them */
	char (*names)[XL_NAME_BUF] = gac_calloc(n + 3, sizeof *names);
	lxw_row_t *totals = gac_calloc(n, sizeof *totals);
	seen s = {0};
	if (!names || !totals) {
		x.st = GAC_ENOMEM;
		goto out;
	}
	strcpy(names[0], "Summary");
	strcpy(names[1], "Inputs");
	strcpy(names[2], "Sources");
	for (size_t i = 0; i < n; i++)
		sheet_name(names[3 + i], gac_comparison_name(cmp, i), names, 3 + i);
	lxw_worksheet *sum = workbook_add_worksheet(x.wb, "Summary");
	if (!sum) {
		x.st = GAC_ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < n && x.st == GAC_OK; i++) {
		lxw_worksheet *ws = workbook_add_worksheet(x.wb, names[3 + i]);
		if (!ws) {
			x.st = GAC_ENOMEM;
			break;
		}
		lines_sheet(&x, ws, gac_comparison_result(cmp, i), &totals[i]);
		seen_lines(&x, &s, gac_comparison_result(cmp, i));
	}
	/* Summary: A option, B total (the option sheet's), C change against
	 * the baseline (row 2), D change %, E the cheapest */
	static const char *const cols[] = {"Option", "Monthly total", "Change vs baseline", "Change %", "Cheapest",
	                                   "Sheet"};
	header(&x, sum, cols, sizeof cols / sizeof *cols);
	worksheet_set_column(sum, 0, 0, 30, NULL);
	worksheet_set_column(sum, 1, 2, 18, NULL);
	worksheet_set_column(sum, 3, 4, 10, NULL);
	worksheet_set_column(sum, 5, 5, 30, NULL);
	size_t cheapest = gac_comparison_cheapest(cmp);
	double t0 = gac_result_total(base);
	char f[XL_MAX_SHEET * 8 + 64], q[XL_MAX_SHEET * 8 + 8];
	for (size_t i = 0; i < n && x.st == GAC_OK; i++) {
		const gac_result *r = gac_comparison_result(cmp, i);
		lxw_row_t row = (lxw_row_t)(i + 1);
		unsigned xr = row + 1;
		double t = gac_result_total(r);
		put_text(&x, sum, row, 0, gac_comparison_name(cmp, i), NULL);
		quoted(q, sizeof q, names[3 + i]);
		snprintf(f, sizeof f, "=%s!G%u", q, totals[i] + 1);
		put_formula(&x, sum, row, 1, f, t, x.money);
		snprintf(f, sizeof f, "=B%u-B$2", xr);
		put_formula(&x, sum, row, 2, f, t - t0, x.money);
		if (t0 != 0) {
			snprintf(f, sizeof f, "=C%u/B$2", xr);
			put_formula(&x, sum, row, 3, f, (t - t0) / t0, x.pct);
		}
		if (i == cheapest)
			put_text(&x, sum, row, 4, "cheapest", x.bold);
		put_text(&x, sum, row, 5, names[3 + i], NULL);
	}
	if (x.st == GAC_OK)
		inputs_sheet(&x, sc);
	if (x.st == GAC_OK)
		sources_sheet(&x, sc, sh, gac_result_region(base), gac_result_hours(base), &s);
out:
	free(names);
	free(totals);
	free(s.ids);
	return xw_close(&x);
}

gac_status gac_report_forecast_xlsx(const char *path, const gac_forecast *fc, const gac_scenario *sc,
                                    const gac_sheet *sh, unsigned flags)
{
	if (!path || !fc || !sc || !sh || flags)
		return GAC_EARG;
	xw x;
	char title[256], f[96];
	snprintf(title, sizeof title, "genaicost forecast: %s", gac_scenario_name(sc) ? gac_scenario_name(sc) : "");
	if (xw_open(&x, path, gac_sheet_currency(sh), title) != GAC_OK) {
		if (x.wb)
			workbook_close(x.wb);
		return x.st ? x.st : GAC_ENOMEM;
	}
	seen s = {0};
	lxw_worksheet *ws = workbook_add_worksheet(x.wb, "Forecast");
	lxw_worksheet *pw = ws ? workbook_add_worksheet(x.wb, "Purchases") : NULL;
	if (!pw) {
		x.st = GAC_ENOMEM;
		goto out;
	}
	/* A month  B option  C factor  D units billed  E units needed
	 * F under capacity  G Reserved fee  H monthly cost  I cumulative
	 * J owed after */
	static const char *const cols[] = {"Month", "Option", "Growth factor", "Model units billed",
	                                   "Model units needed", "Under capacity", "Reserved fee", "Monthly cost",
	                                   "Cumulative", "Owed after"};
	header(&x, ws, cols, sizeof cols / sizeof *cols);
	worksheet_set_column(ws, 0, 0, 8, NULL);
	worksheet_set_column(ws, 1, 1, 24, NULL);
	worksheet_set_column(ws, 2, 6, 14, NULL);
	worksheet_set_column(ws, 7, 9, 16, NULL);
	size_t n = gac_forecast_count(fc);
	for (size_t i = 0; i < n && x.st == GAC_OK; i++) {
		const gac_forecast_month *m = gac_forecast_at(fc, i);
		lxw_row_t row = (lxw_row_t)(i + 1);
		unsigned xr = row + 1;
		put_num(&x, ws, row, 0, (double)m->month, x.num);
		put_text(&x, ws, row, 1, m->option, NULL);
		put_num(&x, ws, row, 2, m->factor, x.num);
		if (!isnan(m->units))
			put_num(&x, ws, row, 3, m->units, x.num);
		if (!isnan(m->units_needed))
			put_num(&x, ws, row, 4, m->units_needed, x.num);
		if (m->under_capacity)
			put_text(&x, ws, row, 5, "TOO FEW", x.bold);
		put_num(&x, ws, row, 6, m->reserved_fee, x.money);
		put_num(&x, ws, row, 7, m->total, x.money);
		if (i == 0)
			snprintf(f, sizeof f, "=H%u", xr);
		else
			snprintf(f, sizeof f, "=I%u+H%u", xr - 1, xr);
		put_formula(&x, ws, row, 8, f, m->cumulative, x.money);
		put_num(&x, ws, row, 9, m->owed_after, x.money);
	}
	lxw_row_t tr = (lxw_row_t)(n + 1);
	put_text(&x, ws, tr, 0, "Total", x.bold);
	if (n) {
		snprintf(f, sizeof f, "=SUM(H2:H%zu)", n + 1);
		put_formula(&x, ws, tr, 7, f, gac_forecast_at(fc, n - 1)->cumulative, x.money_bold);
	}
	/* Purchases: A option  B kind  C first month  D last month  E units
	 * F term  G monthly cost  H billed in the forecast = months × G
	 * I model  J workloads */
	static const char *const pcols[] = {"Option", "Kind", "First month", "Last month", "Model units",
	                                    "Term (months)", "Monthly cost", "Billed over its months", "Model",
	                                    "Workloads"};
	header(&x, pw, pcols, sizeof pcols / sizeof *pcols);
	worksheet_set_column(pw, 0, 1, 20, NULL);
	worksheet_set_column(pw, 2, 5, 12, NULL);
	worksheet_set_column(pw, 6, 7, 18, NULL);
	worksheet_set_column(pw, 8, 9, 30, NULL);
	size_t np = gac_forecast_purchase_count(fc);
	for (size_t i = 0; i < np && x.st == GAC_OK; i++) {
		const gac_forecast_purchase *p = gac_forecast_purchase_at(fc, i);
		lxw_row_t row = (lxw_row_t)(i + 1);
		unsigned xr = row + 1;
		put_text(&x, pw, row, 0, p->option, NULL);
		put_text(&x, pw, row, 1, p->reserved ? "reservation" : p->kind, NULL);
		put_num(&x, pw, row, 2, (double)p->month, x.num);
		put_num(&x, pw, row, 3, (double)p->last_month, x.num);
		if (!p->reserved)
			put_num(&x, pw, row, 4, p->units, x.num);
		put_num(&x, pw, row, 5, p->term_months, x.num);
		put_num(&x, pw, row, 6, p->monthly_cost, x.money);
		snprintf(f, sizeof f, "=(D%u-C%u+1)*G%u", xr, xr, xr);
		put_formula(&x, pw, row, 7, f, (double)(p->last_month - p->month + 1) * p->monthly_cost, x.money);
		put_text(&x, pw, row, 8, p->model, NULL);
		put_text(&x, pw, row, 9, p->workloads, NULL);
	}
	if (np) {
		put_text(&x, pw, (lxw_row_t)(np + 1), 0, "Total", x.bold);
		double t = 0;
		for (size_t i = 0; i < np; i++) {
			const gac_forecast_purchase *p = gac_forecast_purchase_at(fc, i);
			t += (double)(p->last_month - p->month + 1) * p->monthly_cost;
		}
		snprintf(f, sizeof f, "=SUM(H2:H%zu)", np + 1);
		put_formula(&x, pw, (lxw_row_t)(np + 1), 7, f, t, x.money_bold);
	}
	/* the models the scenario names: where their prices come from */
	for (size_t i = 0; x.st == GAC_OK && i < gac_scenario_text_param_count(sc); i++) {
		char *p = NULL, *v = NULL;
		if (gac_scenario_text_param_path(&p, sc, i) != GAC_OK || gac_scenario_get_text(&v, sc, p) != GAC_OK) {
			x.st = GAC_ENOMEM;
		} else {
			size_t lp = strlen(p);
			bool model = v[0] && strncmp(p, "options.", 8) &&
			             ((lp > 6 && !strcmp(p + lp - 6, ".model")) ||
			              (lp > 11 && !strcmp(p + lp - 11, ".base_model")));
			size_t at;
			/* the id is kept by the sheet, which outlives the workbook */
			if (model && gac_sheet_find(&at, sh, v) == GAC_OK) {
				gac_model_info mi = GAC_MODEL_INFO_INIT;
				if (gac_sheet_model(&mi, sh, at, NULL) == GAC_OK && !seen_add(&s, mi.id))
					x.st = GAC_ENOMEM;
			}
		}
		gac_free(p);
		gac_free(v);
	}
	if (x.st == GAC_OK)
		inputs_sheet(&x, sc);
	if (x.st == GAC_OK) {
		char *region = NULL;
		double hours = 0;
		gac_scenario_get_text(&region, sc, "region");
		gac_scenario_get_number(&hours, sc, "hours_per_month");
		sources_sheet(&x, sc, sh, region, hours, &s);
		gac_free(region);
	}
out:
	free(s.ids);
	return xw_close(&x);
}

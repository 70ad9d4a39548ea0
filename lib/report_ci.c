/* Reports for cost gates: `diff` of two snapshots and `check` of the
 * budget thresholds, in table, Markdown (a pull-request comment), CSV and
 * JSON (diff/1, check/1).  A check/1 report holds every option's lines,
 * so it serves as the next run's baseline. */
#include "engine.h"
#include "table.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *or_unnamed(const char *s) { return s && s[0] ? s : "(unnamed)"; }

/* Where a snapshot came from, in one line. */
static void provenance_line(gac_buf *b, const gac_provenance *p, bool md)
{
	gac_buf_user(b, p->source, md);
	gac_buf_puts(b, ": scenario ");
	gac_buf_user(b, or_unnamed(p->scenario_name), md);
	gac_buf_puts(b, " (hash ");
	gac_buf_user(b, p->scenario_hash, md);
	gac_buf_puts(b, "), prices ");
	gac_buf_user(b, p->pricing_name, md);
	gac_buf_puts(b, " as of ");
	gac_buf_user(b, p->pricing_as_of, md);
	gac_buf_puts(b, " (hash ");
	gac_buf_user(b, p->pricing_hash, md);
	gac_buf_puts(b, ")");
}

int gac_json_inputs(json_t *o, const gac_input *in, size_t count)
{
	int bad = !o;
	for (size_t i = 0; !bad && i < count; i++)
		bad |= json_object_set_new(o, in[i].path, in[i].is_text ? json_string(in[i].text) : gac_jreal(in[i].value));
	return bad;
}

static bool has_text(const gac_snapshot *s)
{
	size_t n;
	const gac_input *in = gac_snapshot_inputs(s, &n);
	for (size_t i = 0; i < n; i++)
		if (in[i].is_text)
			return true;
	return false;
}

/* What of the inputs two snapshots could compare: "all", "numbers" (one
 * side keeps numbers only) or "prices" (one side keeps no inputs, as
 * reports saved by older versions); *short_of is that side. */
static const char *compared(const gac_snapshot *a, const gac_snapshot *z, const gac_provenance **short_of)
{
	*short_of = !gac_snapshot_has_inputs(a) ? gac_snapshot_provenance(a)
	            : !gac_snapshot_has_inputs(z) ? gac_snapshot_provenance(z) : NULL;
	if (*short_of)
		return "prices";
	*short_of = !has_text(a) ? gac_snapshot_provenance(a) : !has_text(z) ? gac_snapshot_provenance(z) : NULL;
	return *short_of ? "numbers" : "all";
}

/* A character of an input's path or value that would not stay on its
 * line or would reach the terminal as a command (C0 controls, DEL, C1
 * controls U+0080..U+009F): written escaped instead; *s advanced past
 * it.  Paths and values read from a saved report may hold any text. */
static bool put_control(gac_buf *b, const char **s)
{
	unsigned char c = (unsigned char)**s, n = (unsigned char)(*s)[1];
	if (c == '\n' || c == '\t' || c == '\r')
		gac_buf_puts(b, c == '\n' ? "\\n" : c == '\t' ? "\\t" : "\\r");
	else if (c < 0x20 || c == 0x7f)
		gac_buf_printf(b, "\\x%02X", c);
	else if (c == 0xC2 && n >= 0x80 && n <= 0x9F) {
		gac_buf_printf(b, "\\u%04X", n);
		(*s)++;
	} else
		return false;
	(*s)++;
	return true;
}

/* An input's value on one line; in Markdown through gac_md_text, the one
 * escape of user text (no formatting, link, mention or HTML).  Loading
 * refuses control characters, so they reach here only from a snapshot
 * built in code: escaped on the way. */
static void put_value(gac_buf *b, const char *s, bool md)
{
	if (md) {
		gac_md_text(b, s);
		return;
	}
	while (*s)
		if (!put_control(b, &s))
			gac_buf_putn(b, s++, 1);
}

/* Bytes put_value writes for s outside Markdown (the column width),
 * counted as put_control escapes, with no buffer to fail. */
static size_t shown_len(const char *s)
{
	size_t n = 0;
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s, next = (unsigned char)s[1];
		if (c == '\n' || c == '\t' || c == '\r')
			n += 2;
		else if (c < 0x20 || c == 0x7f)
			n += 4;
		else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {
			n += 6;
			s++;
		} else
			n++;
	}
	return n;
}

/* An input's path as a Markdown code span, fenced by one backtick more
 * than the longest run inside it (CommonMark), padded when it starts or
 * ends with one. */
static void put_code(gac_buf *b, const char *s)
{
	size_t run = 0, longest = 0;
	for (const char *p = s; *p; p++)
		longest = (run = *p == '`' ? run + 1 : 0) > longest ? run : longest;
	size_t len = strlen(s);
	bool pad = len && (s[0] == '`' || s[len - 1] == '`');
	for (size_t i = 0; i <= longest; i++)
		gac_buf_puts(b, "`");
	if (pad)
		gac_buf_puts(b, " ");
	while (*s)
		if (!put_control(b, &s))
			gac_buf_putn(b, s++, 1);
	if (pad)
		gac_buf_puts(b, " ");
	for (size_t i = 0; i <= longest; i++)
		gac_buf_puts(b, "`");
}

/* The inputs that differ, one a line: "workloads.chat.output_tokens
 * 350 -> 500", an entry only one side has as added or removed. */
static void what_changed(gac_buf *b, const gac_snapshot *a, const gac_snapshot *z, const gac_input_change *ch,
                         size_t n, bool md)
{
	const gac_provenance *short_of;
	const char *what = compared(a, z, &short_of);
	gac_buf_puts(b, md ? "- Changed inputs:" : "Changed inputs:");
	if (!n)
		gac_buf_puts(b, " none");
	if (!strcmp(what, "prices") || !strcmp(what, "numbers")) {
		gac_buf_puts(b, !strcmp(what, "prices") ? " (of the price sheet only: " : " (numbers and prices only: ");
		gac_buf_user(b, short_of->source, md);
		gac_buf_puts(b, ", a ");
		gac_buf_user(b, short_of->kind, md);
		gac_buf_puts(b, !strcmp(what, "prices") ? " saved by an older genaicost, holds no inputs)"
		                                        : " saved by an older genaicost, holds no models, regions or "
		                                          "other text)");
	}
	gac_buf_puts(b, "\n");
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		w = shown_len(ch[i].path) > w ? shown_len(ch[i].path) : w;
	for (size_t i = 0; i < n; i++) {
		const gac_input_change *x = &ch[i];
		gac_buf_puts(b, md ? "  - " : "  ");
		if (md) {
			put_code(b, x->path);
			gac_buf_puts(b, " ");
		} else {
			put_value(b, x->path, false);
			gac_buf_printf(b, "%*s  ", (int)(w - shown_len(x->path)), "");
		}
		if (x->added && !x->new_value)
			gac_buf_puts(b, "added");
		else if (x->removed && !x->old_value)
			gac_buf_puts(b, "removed");
		else if (x->added) {
			gac_buf_puts(b, "added: ");
			put_value(b, x->new_value, md);
		} else if (x->removed) {
			gac_buf_puts(b, "removed (was ");
			put_value(b, x->old_value, md);
			gac_buf_puts(b, ")");
		} else {
			put_value(b, x->old_value, md);
			gac_buf_puts(b, " -> ");
			put_value(b, x->new_value, md);
		}
		gac_buf_puts(b, "\n");
	}
}

static json_t *changes_json(const gac_input_change *ch, size_t n)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < n; i++) {
		const gac_input_change *x = &ch[i];
		json_t *o = json_pack("{s:s, s:o, s:o, s:s}", "path", x->path,
		                      "old", x->old_value ? json_string(x->old_value) : json_null(), "new",
		                      x->new_value ? json_string(x->new_value) : json_null(), "change",
		                      x->added ? "added" : x->removed ? "removed" : "changed");
		if (!o || json_array_append_new(arr, o)) {
			json_decref(arr);
			return NULL;
		}
	}
	return arr;
}

static json_t *json_prov(const gac_provenance *p)
{
	return json_pack("{s:s, s:s, s:{s:s, s:s}, s:{s:s, s:s, s:s}}", "source", p->source, "kind", p->kind,
	                 "scenario", "name", p->scenario_name, "hash", p->scenario_hash, "pricing", "name",
	                 p->pricing_name, "as_of", p->pricing_as_of, "hash", p->pricing_hash);
}

static json_t *pct_json(double before, double after)
{
	return gac_jnum(gac_pct(before, after));
}

/* Every option of either side, old → new. */
/* Whether any option of a snapshot was priced with pricing_overrides. */
static bool snapshot_has_overrides(const gac_snapshot *s)
{
	for (size_t i = 0; s && i < gac_snapshot_count(s); i++)
		if (gac_result_has_overrides(gac_snapshot_result(s, i)))
			return true;
	return false;
}

static void options_table(gac_buf *b, const gac_snapshot *a, const gac_snapshot *z, const char *cur,
                          gac_format f)
{
	/* with pricing_overrides on either side, each side's total at list
	 * prices too */
	static const char *const headers[] = {"Option", "Old", "New", "Change", "Change %", "Old at list",
	                                      "New at list"};
	static const bool right[] = {false, true, true, true, true, true, true};
	bool ov = snapshot_has_overrides(a) || snapshot_has_overrides(z);
	gac_table t;
	gac_table_init(&t, ov ? 7 : 5, headers, right);
	size_t na = gac_snapshot_count(a), nz = gac_snapshot_count(z);
	for (size_t k = 0; k < na + nz; k++) {
		const char *name = k < na ? gac_snapshot_name(a, k) : gac_snapshot_name(z, k - na);
		size_t ia = gac_snapshot_find(a, name), iz = gac_snapshot_find(z, name);
		if (k >= na && ia < na)
			continue;  /* listed with the old ones */
		bool has_a = ia < na, has_z = iz < nz;
		double va = has_a ? gac_result_total(gac_snapshot_result(a, ia)) : 0;
		double vz = has_z ? gac_result_total(gac_snapshot_result(z, iz)) : 0;
		gac_buf c = {0};
		gac_table_row(&t, 0);
		gac_buf_printf(&c, "%s%s", name, !has_a ? " (added)" : !has_z ? " (removed)" : "");
		gac_table_set_buf(&t, 0, &c);
		if (f == GAC_FORMAT_CSV) {
			gac_buf_exact(&c, va);
			gac_table_set_buf(&t, 1, &c);
			gac_buf_exact(&c, vz);
			gac_table_set_buf(&t, 2, &c);
			gac_buf_exact(&c, vz - va);
		} else {
			if (has_a)
				gac_money(&c, va, cur);
			gac_table_set_buf(&t, 1, &c);
			if (has_z)
				gac_money(&c, vz, cur);
			gac_table_set_buf(&t, 2, &c);
			gac_signed_money(&c, vz - va, cur);
		}
		gac_table_set_buf(&t, 3, &c);
		gac_pct_cell(&c, va, vz, f);
		gac_table_set_buf(&t, 4, &c);
		for (int side = 0; ov && side < 2; side++) {
			if (side ? has_z : has_a) {
				double l = gac_list_total(side ? gac_snapshot_result(z, iz) : gac_snapshot_result(a, ia));
				if (f == GAC_FORMAT_CSV)
					gac_buf_exact(&c, l);
				else
					gac_money(&c, l, cur);
			}
			gac_table_set_buf(&t, 5 + (size_t)side, &c);
		}
	}
	gac_table_render(b, &t, f);
	gac_table_free(&t);
}

static json_t *options_json(const gac_snapshot *a, const gac_snapshot *z)
{
	bool ov = snapshot_has_overrides(a) || snapshot_has_overrides(z);
	json_t *arr = json_array();
	size_t na = gac_snapshot_count(a), nz = gac_snapshot_count(z);
	for (size_t k = 0; arr && k < na + nz; k++) {
		const char *name = k < na ? gac_snapshot_name(a, k) : gac_snapshot_name(z, k - na);
		size_t ia = gac_snapshot_find(a, name), iz = gac_snapshot_find(z, name);
		if (k >= na && ia < na)
			continue;
		double va = ia < na ? gac_result_total(gac_snapshot_result(a, ia)) : 0;
		double vz = iz < nz ? gac_result_total(gac_snapshot_result(z, iz)) : 0;
		json_t *o = json_pack("{s:s, s:o, s:o, s:f, s:o, s:b, s:b}", "name", name, "old",
		                      ia < na ? gac_jreal(va) : json_null(), "new", iz < nz ? gac_jreal(vz) : json_null(),
		                      "delta", vz - va, "delta_percent", pct_json(va, vz), "added", ia >= na, "removed",
		                      iz >= nz);
		if (o && ov) {
			int bad = json_object_set_new(o, "old_list_total", ia < na ? gac_jreal(gac_list_total(
			                                                     gac_snapshot_result(a, ia))) : json_null());
			bad |= json_object_set_new(o, "new_list_total", iz < nz ? gac_jreal(gac_list_total(
			                                                     gac_snapshot_result(z, iz))) : json_null());
			if (bad) {
				json_decref(o);
				o = NULL;
			}
		}
		if (!o || json_array_append_new(arr, o)) {
			json_decref(arr);
			return NULL;
		}
	}
	return arr;
}

static json_t *deltas_json(const gac_delta *d, size_t n, bool all)
{
	json_t *arr = json_array();
	for (size_t i = 0; arr && i < n; i++) {
		const gac_delta *x = &d[i];
		if (!all && x->old_cost == x->new_cost && !x->added && !x->removed)
			continue;
		json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:f, s:f, s:f, s:f, s:f, s:o, s:b, s:b}", "workload",
		                      x->workload, "model", x->model, "component", x->component, "unit", x->unit,
		                      "old_quantity", x->old_quantity, "new_quantity", x->new_quantity, "old_cost",
		                      x->old_cost, "new_cost", x->new_cost, "delta", x->new_cost - x->old_cost,
		                      "delta_percent", pct_json(x->old_cost, x->new_cost), "added", x->added, "removed",
		                      x->removed);
		if (!o || json_array_append_new(arr, o)) {
			json_decref(arr);
			return NULL;
		}
	}
	return arr;
}

/* The formula of the line of `r` matching a delta's item; NULL if none. */
static const char *formula_of(const gac_result *r, const gac_delta *x)
{
	for (size_t i = 0; i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		if (l->workload && !strcmp(l->workload, x->workload) && !strcmp(l->model, x->model) &&
		    !strcmp(l->component, x->component))
			return l->formula && l->formula[0] ? l->formula : "(no formula: the report was saved without it)";
	}
	return NULL;
}

static void diff_explain(gac_buf *b, const gac_delta *d, size_t n, const gac_result *ra, const gac_result *rz,
                         double ta, double tz, const char *cur, bool md)
{
	const char *in = md ? "- " : "  ";
	gac_buf_printf(b, "\n%sHow the changed lines are computed, old and new\n\n", md ? "#### " : "");
	size_t shown = 0;
	for (size_t i = 0; i < n; i++) {
		const gac_delta *x = &d[i];
		if (x->old_cost == x->new_cost && !x->added && !x->removed)
			continue;
		const char *fo = formula_of(ra, x), *fn = formula_of(rz, x);
		gac_buf_user(b, x->workload, md);
		gac_buf_puts(b, ", ");
		gac_buf_user(b, x->model, md);
		gac_buf_puts(b, ", ");
		gac_buf_user(b, x->component, md);
		gac_buf_printf(b, ":\n%sold: ", in);
		gac_buf_user(b, fo ? fo : "(absent)", md);
		gac_buf_printf(b, "\n%snew: ", in);
		gac_buf_user(b, fn ? fn : "(absent)", md);
		gac_buf_puts(b, "\n");
		shown++;
	}
	if (!shown)
		gac_buf_puts(b, "No line item changed.\n");
	gac_buf_puts(b, "total = the sum of the line items: ");
	gac_money(b, ta, cur);
	gac_buf_puts(b, " → ");
	gac_money(b, tz, cur);
	gac_buf_puts(b, ", change = new - old = ");
	gac_signed_money(b, tz - ta, cur);
	double p = gac_pct(ta, tz);
	if (!isnan(p)) {
		gac_buf_puts(b, ", percent = 100 × change / old = ");
		gac_buf_num(b, "%+.1f%%", p);
	}
	gac_buf_puts(b, "\n");
}

gac_status gac_report_diff(char **out, const gac_snapshot *a, const gac_snapshot *z, const char *option,
                           gac_format f, unsigned flags)
{
	if (!out || !a || !z)
		return GAC_EARG;
	*out = NULL;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	if (!option)
		option = "baseline";
	size_t ia = gac_snapshot_find(a, option), iz = gac_snapshot_find(z, option);
	if (ia >= gac_snapshot_count(a) || iz >= gac_snapshot_count(z))
		return GAC_EPARAM;
	const gac_result *ra = gac_snapshot_result(a, ia), *rz = gac_snapshot_result(z, iz);
	const gac_provenance *pa = gac_snapshot_provenance(a), *pz = gac_snapshot_provenance(z);
	gac_delta *d = NULL;
	size_t n = 0;
	gac_status st = gac_result_match(&d, &n, NULL, ra, rz);
	if (st != GAC_OK)
		return st;
	gac_input_change *ch = NULL;
	size_t nch = 0;
	if ((st = gac_input_changes_collect(&ch, &nch, a, z)) != GAC_OK) {
		free(d);
		return st;
	}
	bool all = flags & GAC_REPORT_ALL;
	double ta = gac_result_total(ra), tz = gac_result_total(rz), list[2];
	bool ov = gac_list_pair(list, ra, rz);
	if (f == GAC_FORMAT_JSON) {
		json_t *root = json_object();
		int bad = !root;
		if (root) {
			bad |= json_object_set_new(root, "genaicost", json_string("diff/1"));
			bad |= json_object_set_new(root, "old", json_prov(pa));
			bad |= json_object_set_new(root, "new", json_prov(pz));
			bad |= json_object_set_new(root, "currency", json_string(pz->currency));
			bad |= json_object_set_new(root, "option", json_string(option));
			const gac_provenance *short_of;
			bad |= json_object_set_new(root, "inputs_compared", json_string(compared(a, z, &short_of)));
			bad |= json_object_set_new(root, "changed_inputs", changes_json(ch, nch));
			bad |= json_object_set_new(root, "old_total", gac_jreal(ta));
			bad |= json_object_set_new(root, "new_total", gac_jreal(tz));
			bad |= json_object_set_new(root, "delta", gac_jreal(tz - ta));
			bad |= json_object_set_new(root, "delta_percent", pct_json(ta, tz));
			if (ov) {
				bad |= json_object_set_new(root, "old_list_total", gac_jreal(list[0]));
				bad |= json_object_set_new(root, "new_list_total", gac_jreal(list[1]));
				bad |= json_object_set_new(root, "old_negotiated_saving", gac_jreal(list[0] - ta));
				bad |= json_object_set_new(root, "new_negotiated_saving", gac_jreal(list[1] - tz));
			}
			bad |= json_object_set_new(root, "options", options_json(a, z));
			bad |= json_object_set_new(root, "lines", deltas_json(d, n, all));
		}
		free(d);
		gac_input_change_array_free(ch, nch);
		if (bad) {
			json_decref(root);
			return gac_json_status(NULL);
		}
		*out = gac_json_finish(root);
		return gac_json_status(*out);
	}
	gac_buf b = {0};
	const char *cur = pz->currency;
	if (f != GAC_FORMAT_CSV) {
		bool md = f == GAC_FORMAT_MARKDOWN;
		gac_buf_puts(&b, md ? "### genaicost diff: " : "Diff: ");
		gac_buf_user(&b, or_unnamed(pz->scenario_name), md);
		gac_buf_puts(&b, md ? "\n\n- Old: " : "\nOld: ");
		provenance_line(&b, pa, md);
		gac_buf_puts(&b, md ? "\n- New: " : "\nNew: ");
		provenance_line(&b, pz, md);
		gac_buf_puts(&b, "\n");
		if (strcmp(pa->scenario_name, pz->scenario_name))
		{
			gac_buf_puts(&b, md ? "- Old and new are two scenarios: " : "Old and new are two scenarios: ");
			gac_buf_user(&b, or_unnamed(pa->scenario_name), md);
			gac_buf_puts(&b, " and ");
			gac_buf_user(&b, or_unnamed(pz->scenario_name), md);
			gac_buf_puts(&b, "\n");
		}
		what_changed(&b, a, z, ch, nch, md);
		gac_buf_puts(&b, "\n");
		if (gac_snapshot_count(a) > 1 || gac_snapshot_count(z) > 1) {
			gac_buf_puts(&b, md ? "#### Options\n\n" : "Options\n");
			options_table(&b, a, z, cur, f);
			gac_buf_puts(&b, "\n");
		}
		gac_buf_printf(&b, md ? "#### Line items of %s\n\n" : "Line items of %s\n", option);
	}
	size_t shown = gac_delta_table(&b, d, n, ta, tz, ov ? list : NULL, cur, f, all);
	if (f != GAC_FORMAT_CSV && !shown)
		gac_buf_puts(&b, "\nNo line item changed.\n");
	else if (f != GAC_FORMAT_CSV && shown < n)
		gac_buf_printf(&b, "\n%zu unchanged line item%s hidden (--all shows them).\n", n - shown,
		               n - shown == 1 ? "" : "s");
	if ((flags & GAC_REPORT_EXPLAIN) && f != GAC_FORMAT_CSV) {
		diff_explain(&b, d, n, ra, rz, ta, tz, cur, f == GAC_FORMAT_MARKDOWN);
		if (ov)
			gac_saving_explain(&b, list, ta, tz, cur, f == GAC_FORMAT_MARKDOWN);
	}
	free(d);
	gac_input_change_array_free(ch, nch);
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

/* ---- check ---- */

static const char *const kind_key[] = {"monthly", "max_increase", "max_increase_percent"};

/* What a threshold judges; with budget.include_risk a total is the
 * risk-adjusted one (a workload's budget stays on its billed cost). */
static void subject(gac_buf *b, const gac_check_item *x, bool risk)
{
	if (x->workload)
		gac_buf_printf(b, "workload %s", x->workload);
	else if (!strcmp(x->option, "baseline"))
		gac_buf_puts(b, risk ? "total + risk" : "total");
	else
		gac_buf_printf(b, "option %s%s", x->option, risk ? " + risk" : "");
}

static const char *status_mark(gac_check_status s, gac_format f)
{
	static const char *const text[] = {"ok", "FAIL", "skip"};
	static const char *const md[] = {"✅", "❌", "➖"};
	return f == GAC_FORMAT_MARKDOWN ? md[s] : text[s];
}

static void limit_cell(gac_buf *b, const gac_check_item *x, const char *cur)
{
	if (x->kind == GAC_THRESHOLD_BUDGET) {
		gac_money(b, x->limit, cur);
		if (!isnan(x->percentile))
			gac_buf_num(b, " at P%g", x->percentile);
	} else if (x->kind == GAC_THRESHOLD_INCREASE) {
		gac_buf_puts(b, "+");
		gac_money(b, x->limit, cur);
	} else {
		gac_buf_num(b, "+%g%%", x->limit);
	}
}

static void excess_cell(gac_buf *b, const gac_check_item *x, const char *cur)
{
	if (x->status == GAC_CHECK_SKIPPED) {
		gac_buf_puts(b, "no baseline figure");
		return;
	}
	if (x->kind != GAC_THRESHOLD_BUDGET) {
		/* the change itself first: what a reviewer reads */
		gac_signed_money(b, x->value - x->old_value, cur);
		if (x->old_value != 0) {
			gac_buf_puts(b, " (");
			gac_pct_cell(b, x->old_value, x->value, GAC_FORMAT_TABLE);
			gac_buf_puts(b, ")");
		}
		gac_buf_puts(b, "; ");
	}
	if (isinf(x->excess)) {
		gac_buf_puts(b, "a rise from nothing");
		return;
	}
	if (x->status == GAC_CHECK_HOLDS && x->excess >= 0) {
		gac_buf_puts(b, "at the limit");
		return;
	}
	if (x->kind == GAC_THRESHOLD_INCREASE_PERCENT)
		gac_buf_num(b, "%.2f", fabs(x->excess));
	else
		gac_money(b, fabs(x->excess), cur);
	gac_buf_puts(b, x->kind == GAC_THRESHOLD_INCREASE_PERCENT ? " points" : "");
	gac_buf_puts(b, x->excess > 0 ? " over" : " under");
}

/* Line items ordered by how far they moved, largest first; ties by name,
 * so the order does not depend on qsort's. */
static int by_move(const void *pa, const void *pb)
{
	const gac_delta *a = pa, *b = pb;
	double ma = fabs(a->new_cost - a->old_cost), mb = fabs(b->new_cost - b->old_cost);
	if (ma != mb)
		return ma < mb ? 1 : -1;
	int k = strcmp(a->workload, b->workload);
	if (!k)
		k = strcmp(a->model, b->model);
	return k ? k : strcmp(a->component, b->component);
}

/* The `top` line items of the scenario as written that moved most since
 * the baseline (without one: the largest items).  The strings belong to
 * the check's snapshots. */
static gac_status movers(gac_delta **out, size_t *count, const gac_check *c, size_t top)
{
	*out = NULL;
	*count = 0;
	const gac_snapshot *now = gac_check_snapshot(c), *base = gac_check_baseline(c);
	const gac_result *rz = gac_snapshot_result(now, 0);
	size_t ib = base ? gac_snapshot_find(base, "baseline") : 0;
	const gac_result *ra = base && ib < gac_snapshot_count(base) ? gac_snapshot_result(base, ib) : NULL;
	gac_result *empty = NULL;
	if (!ra && !(ra = empty = gac_result_blank(gac_result_currency(rz), "", gac_result_hours(rz))))
		return GAC_ENOMEM;
	gac_delta *d = NULL;
	size_t n = 0;
	gac_status st = gac_result_match(&d, &n, NULL, ra, rz);
	gac_result_free(empty);  /* it has no lines, so no delta points into it */
	if (st != GAC_OK)
		return st;
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (d[i].new_cost != d[i].old_cost)
			d[k++] = d[i];
	qsort(d, k, sizeof *d, by_move);
	*out = d;
	*count = k < top ? k : top;
	return GAC_OK;
}

/* Line items as they stand (no baseline to compare with). */
static void lines_table(gac_buf *b, const gac_delta *d, size_t n, const char *cur, gac_format f)
{
	static const char *const headers[] = {"Workload", "Model", "Component", "Monthly cost"};
	static const bool right[] = {false, false, false, true};
	gac_table t;
	gac_table_init(&t, 4, headers, right);
	for (size_t i = 0; i < n; i++) {
		gac_buf c = {0};
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, d[i].workload);
		gac_table_set(&t, 1, d[i].model);
		gac_table_set(&t, 2, d[i].component);
		gac_money(&c, d[i].new_cost, cur);
		gac_table_set_buf(&t, 3, &c);
	}
	gac_table_render(b, &t, f);
	gac_table_free(&t);
}

/* Whether a check measured against a baseline of another scenario
 * (only as asked: the CLI refuses it otherwise). */
static bool other_baseline(const gac_check *c)
{
	const gac_snapshot *base = gac_check_baseline(c);
	return base && strcmp(gac_snapshot_provenance(base)->scenario_name,
	                      gac_snapshot_provenance(gac_check_snapshot(c))->scenario_name);
}

static json_t *check_json(const gac_check *c, const gac_delta *mv, size_t nmv, const gac_input_change *ch,
                          size_t nch)
{
	const gac_snapshot *now = gac_check_snapshot(c), *base = gac_check_baseline(c);
	const gac_provenance *p = gac_snapshot_provenance(now);
	json_t *root = json_object(), *th = json_array(), *opts = json_array();
	int bad = !root || !th || !opts;
	for (size_t i = 0; !bad && i < gac_check_count(c); i++) {
		const gac_check_item *x = gac_check_at(c, i);
		static const char *const st[] = {"holds", "breached", "skipped"};
		json_t *o = json_pack("{s:s, s:s, s:s, s:o, s:f, s:f, s:o, s:o, s:o, s:s}", "path", x->path, "kind",
		                      kind_key[x->kind], "option", x->option, "workload",
		                      x->workload ? json_string(x->workload) : json_null(), "limit", x->limit, "value",
		                      x->value, "percentile", gac_jnum(x->percentile), "baseline",
		                      gac_jnum(x->old_value), "excess", isfinite(x->excess) ? gac_jreal(x->excess) : json_null(),
		                      "status", st[x->status]);
		bad |= !o || json_array_append_new(th, o);
	}
	for (size_t i = 0; !bad && i < gac_snapshot_count(now); i++) {
		const gac_result *r = gac_snapshot_result(now, i);
		json_t *lines = json_array();
		bad |= !lines || gac_json_lines(lines, r, 0);
		json_t *o = json_pack("{s:s, s:s, s:f, s:f, s:f, s:b, s:o}", "name", gac_snapshot_name(now, i), "region",
		                      gac_result_region(r), "total", gac_result_total(r), "expected_outage_cost",
		                      gac_result_expected_outage_cost(r), "risk_adjusted_total",
		                      gac_result_risk_adjusted_total(r), "under_capacity",
		                      gac_result_under_capacity(r, NULL), "lines", lines);
		if (o && snapshot_has_overrides(now)) {
			bad |= json_object_set_new(o, "list_total", gac_jreal(gac_list_total(r)));
			bad |= json_object_set_new(o, "negotiated_saving", gac_jreal(gac_list_total(r) - gac_result_total(r)));
		}
		bad |= !o || json_array_append_new(opts, o);
	}
	json_t *movers_arr = json_array();
	for (size_t i = 0; !bad && movers_arr && i < nmv; i++) {
		const gac_delta *x = &mv[i];
		json_t *o = json_pack("{s:s, s:s, s:s, s:f, s:f, s:f, s:o}", "workload", x->workload, "model", x->model,
		                      "component", x->component, "old_cost", x->old_cost, "new_cost", x->new_cost,
		                      "delta", x->new_cost - x->old_cost, "delta_percent", pct_json(x->old_cost, x->new_cost));
		bad |= !o || json_array_append_new(movers_arr, o);
	}
	if (!bad) {
		bad |= json_object_set_new(root, "genaicost", json_string("check/1"));
		bad |= json_object_set_new(root, "scenario", json_pack("{s:s, s:s}", "name", p->scenario_name, "hash",
		                                                       p->scenario_hash));
		bad |= json_object_set_new(root, "pricing", json_pack("{s:s, s:s, s:s}", "name", p->pricing_name,
		                                                      "as_of", p->pricing_as_of, "hash", p->pricing_hash));
		bad |= json_object_set_new(root, "currency", json_string(p->currency));
		bad |= json_object_set_new(root, "period", json_pack("{s:s, s:f}", "unit", "month", "hours",
		                                                     gac_result_hours(gac_snapshot_result(now, 0))));
		bad |= json_object_set_new(root, "passed", json_boolean(gac_check_breached(c) == 0));
		bad |= json_object_set_new(root, "breached", json_integer((json_int_t)gac_check_breached(c)));
		bad |= json_object_set_new(root, "include_risk", json_boolean(gac_check_includes_risk(c)));
		bad |= json_object_set_new(root, "percentile", gac_jnum(gac_check_percentile(c)));
		bad |= json_object_set_new(root, "trials", gac_check_trials(c) ? json_integer((json_int_t)gac_check_trials(c))
		                                                              : json_null());
		bad |= json_object_set_new(root, "baseline", base ? json_prov(gac_snapshot_provenance(base)) : json_null());
		bad |= json_object_set_new(root, "baseline_other_scenario", json_boolean(other_baseline(c)));
		const gac_provenance *short_of;
		bad |= json_object_set_new(root, "inputs_compared", base ? json_string(compared(base, now, &short_of))
		                                                          : json_null());
		bad |= json_object_set_new(root, "changed_inputs", base ? changes_json(ch, nch) : json_null());
		bad |= json_object_set_new(root, "thresholds", th);
		bad |= json_object_set_new(root, "movers", movers_arr);
		bad |= json_object_set_new(root, "options", opts);
		size_t nin = 0;
		const gac_input *in = gac_snapshot_inputs(now, &nin);
		json_t *inputs = json_object();
		bad |= gac_json_inputs(inputs, in, nin);
		bad |= json_object_set_new(root, "inputs", inputs);
		th = opts = movers_arr = NULL;
	}
	json_decref(th);
	json_decref(opts);
	json_decref(movers_arr);
	if (bad) {
		json_decref(root);
		return NULL;
	}
	return root;
}

/* The risk beside the bill: each option's expected outage cost, which
 * no Monthly cost above holds, when any option prices downtime. */
static void outage_note(gac_buf *b, const gac_snapshot *now, const char *cur)
{
	size_t n = gac_snapshot_count(now);
	bool any = false;
	for (size_t i = 0; i < n; i++)
		any = any || gac_result_expected_outage_cost(gac_snapshot_result(now, i)) != 0;
	if (!any)
		return;
	gac_buf_puts(b, "\nExpected outage cost (not billed, not above):");
	for (size_t i = 0; i < n; i++) {
		gac_buf_printf(b, "%s %s ", i ? "," : "", gac_snapshot_name(now, i));
		gac_money(b, gac_result_expected_outage_cost(gac_snapshot_result(now, i)), cur);
	}
	gac_buf_puts(b, "\n");
}

gac_status gac_report_check(char **out, const gac_check *c, gac_format f, unsigned flags)
{
	static const char *const headers[] = {"Status", "Threshold", "Applies to", "Limit", "Now", "Baseline",
	                                      "Past the limit"};
	static const bool right[] = {false, false, false, true, true, true, false};
	if (!out || !c)
		return GAC_EARG;
	*out = NULL;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	gac_delta *mv = NULL;
	size_t nmv = 0;
	gac_status st = movers(&mv, &nmv, c, 5);
	if (st != GAC_OK)
		return st;
	gac_input_change *ch = NULL;
	size_t nch = 0;
	if (gac_check_baseline(c) &&
	    (st = gac_input_changes_collect(&ch, &nch, gac_check_baseline(c), gac_check_snapshot(c))) != GAC_OK) {
		free(mv);
		return st;
	}
	if (f == GAC_FORMAT_JSON) {
		json_t *root = check_json(c, mv, nmv, ch, nch);
		free(mv);
		gac_input_change_array_free(ch, nch);
		*out = root ? gac_json_finish(root) : NULL;
		return gac_json_status(*out);
	}
	const gac_snapshot *now = gac_check_snapshot(c), *base = gac_check_baseline(c);
	const gac_provenance *p = gac_snapshot_provenance(now);
	const char *cur = p->currency;
	size_t breached = gac_check_breached(c), n = gac_check_count(c);
	bool md = f == GAC_FORMAT_MARKDOWN;
	gac_buf b = {0};
	if (f != GAC_FORMAT_CSV) {
		if (md)
			gac_buf_printf(&b, "### %s genaicost check: ",
			               breached ? "❌" : gac_check_count(c) == gac_check_skipped(c) ? "➖" : "✅");
		else
			gac_buf_puts(&b, "Check: ");
		gac_buf_user(&b, or_unnamed(p->scenario_name), md);
		gac_buf_puts(&b, " — ");
		size_t skipped = 0;
		for (size_t i = 0; i < n; i++)
			skipped += gac_check_at(c, i)->status == GAC_CHECK_SKIPPED;
		size_t judged = n - skipped;
		if (breached)
			gac_buf_printf(&b, "%zu of %zu threshold%s breached", breached, judged, judged == 1 ? "" : "s");
		else if (judged)
			gac_buf_printf(&b, "%s %zu threshold%s hold%s", judged == 1 ? "the" : "all", judged,
			               judged == 1 ? "" : "s", judged == 1 ? "s" : "");
		else
			gac_buf_puts(&b, "no threshold judged");
		/* a skipped threshold is not a passed one: say so in the headline */
		if (skipped)
			gac_buf_printf(&b, " (%zu skipped: no baseline figure)", skipped);
		gac_buf_puts(&b, "\n\n");
		gac_buf_puts(&b, "Prices: ");
		gac_buf_user(&b, p->pricing_name, md);
		gac_buf_puts(&b, " as of ");
		gac_buf_user(&b, p->pricing_as_of, md);
		gac_buf_puts(&b, " (hash ");
		gac_buf_user(&b, p->pricing_hash, md);
		gac_buf_puts(&b, "), scenario hash ");
		gac_buf_user(&b, p->scenario_hash, md);
		gac_buf_puts(&b, ", ");
		gac_buf_user(&b, cur, md);
		gac_buf_puts(&b, " per month\n");
		if (base) {
			gac_buf_puts(&b, "Baseline: ");
			provenance_line(&b, gac_snapshot_provenance(base), md);
			gac_buf_puts(&b, "\n");
			if (other_baseline(c)) {
				gac_buf_puts(&b, "The baseline is of another scenario, ");
				gac_buf_user(&b, or_unnamed(gac_snapshot_provenance(base)->scenario_name), md);
				gac_buf_puts(&b, ", not ");
				gac_buf_user(&b, or_unnamed(p->scenario_name), md);
				gac_buf_puts(&b, " (--allow-other-baseline)\n");
			}
			what_changed(&b, base, now, ch, nch, md);
		}
		if (gac_check_trials(c))
			gac_buf_printf(&b, "Budgets judge P%g of %zu simulated months (workload budgets: the estimate)\n",
			               gac_check_percentile(c), gac_check_trials(c));
		if (gac_check_includes_risk(c))
			gac_buf_puts(&b, "Budgets judge the risk-adjusted total: billed + expected outage cost "
			                 "(budget.include_risk; workload budgets: billed)\n");
		gac_buf_puts(&b, "\n");
	}
	gac_table t;
	gac_table_init(&t, 7, headers, right);
	for (size_t i = 0; i < n; i++) {
		const gac_check_item *x = gac_check_at(c, i);
		gac_buf cell = {0};
		gac_table_row(&t, 0);
		gac_table_set(&t, 0, f == GAC_FORMAT_CSV ? (const char *[]){"holds", "breached", "skipped"}[x->status]
		                                          : status_mark(x->status, f));
		gac_table_set(&t, 1, x->path);
		subject(&cell, x, gac_check_includes_risk(c));
		gac_table_set_buf(&t, 2, &cell);
		if (f == GAC_FORMAT_CSV) {
			gac_buf_exact(&cell, x->limit);
			gac_table_set_buf(&t, 3, &cell);
			gac_buf_exact(&cell, x->value);
			gac_table_set_buf(&t, 4, &cell);
			if (!isnan(x->old_value))
				gac_buf_exact(&cell, x->old_value);
			gac_table_set_buf(&t, 5, &cell);
			if (isfinite(x->excess))
				gac_buf_exact(&cell, x->excess);
			gac_table_set_buf(&t, 6, &cell);
			continue;
		}
		limit_cell(&cell, x, cur);
		gac_table_set_buf(&t, 3, &cell);
		gac_money(&cell, x->value, cur);
		gac_table_set_buf(&t, 4, &cell);
		if (!isnan(x->old_value))
			gac_money(&cell, x->old_value, cur);
		gac_table_set_buf(&t, 5, &cell);
		excess_cell(&cell, x, cur);
		gac_table_set_buf(&t, 6, &cell);
	}
	gac_table_render(&b, &t, f);
	gac_table_free(&t);
	if (f == GAC_FORMAT_CSV) {
		free(mv);
		gac_input_change_array_free(ch, nch);
		*out = gac_buf_take(&b);
		return gac_json_status(*out);
	}
	/* what moved: old → new per option, then the largest line movements */
	gac_buf_puts(&b, md ? "\n#### Options\n\n" : "\nOptions\n");
	if (base) {
		options_table(&b, base, now, cur, f);
	} else {
		/* no baseline: every option's total alone */
		static const char *const oh[] = {"Option", "Monthly cost", "At list", "Saving"};
		static const bool orr[] = {false, true, true, true};
		bool ov = snapshot_has_overrides(now);
		gac_table ot;
		gac_table_init(&ot, ov ? 4 : 2, oh, orr);
		for (size_t i = 0; i < gac_snapshot_count(now); i++) {
			gac_buf cell = {0};
			const gac_result *r = gac_snapshot_result(now, i);
			gac_table_row(&ot, 0);
			gac_table_set(&ot, 0, gac_snapshot_name(now, i));
			gac_money(&cell, gac_result_total(r), cur);
			gac_table_set_buf(&ot, 1, &cell);
			if (ov) {
				gac_money(&cell, gac_list_total(r), cur);
				gac_table_set_buf(&ot, 2, &cell);
				gac_money(&cell, gac_list_total(r) - gac_result_total(r), cur);
				gac_table_set_buf(&ot, 3, &cell);
			}
		}
		gac_table_render(&b, &ot, f);
		gac_table_free(&ot);
	}
	if (f != GAC_FORMAT_CSV)
		outage_note(&b, now, cur);
	const gac_result *rz = gac_snapshot_result(now, 0);
	size_t ib = base ? gac_snapshot_find(base, "baseline") : 0;
	const gac_result *ra = base && ib < gac_snapshot_count(base) ? gac_snapshot_result(base, ib) : NULL;
	if (nmv && ra) {
		gac_buf_puts(&b, md ? "\n#### Top movers (the scenario as written)\n\n" : "\nTop movers (the scenario as written)\n");
		gac_delta_table(&b, mv, nmv, gac_result_total(ra), gac_result_total(rz), NULL, cur, f, true);
	} else if (nmv) {
		gac_buf_puts(&b, md ? "\n#### Largest line items\n\n" : "\nLargest line items\n");
		lines_table(&b, mv, nmv, cur, f);
	}
	if (md || (flags & GAC_REPORT_EXPLAIN)) {
		/* the whole breakdown, folded away in a pull request */
		gac_buf_puts(&b, md ? "\n<details><summary>Full breakdown</summary>\n\n" : "\nFull breakdown\n");
		gac_result *empty = ra ? NULL : gac_result_blank(cur, "", gac_result_hours(rz));
		gac_delta *d = NULL;
		size_t nd = 0;
		if ((ra || empty) && gac_result_match(&d, &nd, NULL, ra ? ra : empty, rz) == GAC_OK) {
			if (ra)
				gac_delta_table(&b, d, nd, gac_result_total(ra), gac_result_total(rz), NULL, cur, f, true);
			else
				lines_table(&b, d, nd, cur, f);
		} else {
			b.failed = true;
		}
		free(d);
		gac_result_free(empty);
		if (flags & GAC_REPORT_EXPLAIN) {
			/* how each figure now was reached, to check by hand */
			gac_buf_puts(&b, md ? "\nHow each line is priced now:\n\n" : "\nHow each line is priced now\n");
			for (size_t i = 0; i < gac_result_line_count(rz); i++) {
				const gac_line *l = gac_result_line(rz, i);
				gac_buf_puts(&b, md ? "- " : "  ");
				gac_buf_user(&b, l->workload, md);
				gac_buf_puts(&b, ", ");
				gac_buf_user(&b, l->component, md);
				gac_buf_puts(&b, ": ");
				gac_buf_user(&b, l->formula && l->formula[0] ? l->formula : "(no formula)", md);
				gac_buf_puts(&b, "\n");
			}
		}
		if (md)
			gac_buf_puts(&b, "\n</details>\n");
	}
	free(mv);
	gac_input_change_array_free(ch, nch);
	*out = gac_buf_take(&b);
	return gac_json_status(*out);
}

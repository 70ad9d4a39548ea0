/* Snapshots: priced options with what they were computed from, either
 * priced now from a scenario and a sheet or read back from a saved JSON
 * report.  `diff` and `check` compare two of them, whichever way each
 * was made, so a baseline file and a scenario are interchangeable. */
#include "engine.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gac_snapshot {
	gac_provenance prov;
	char *kind, *source, *scenario_name, *scenario_hash, *pricing_name, *pricing_as_of, *pricing_hash,
		*currency;
	size_t count;
	char **names;
	gac_result **results;
	gac_input *inputs;       /* NULL: a saved report without them */
	size_t input_count;
	char *text;              /* a saved report's text, to place an error later */
	size_t text_len;
};

void gac_snapshot_free(gac_snapshot *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->count; i++) {
		free(s->names[i]);
		gac_result_free(s->results[i]);
	}
	free(s->names);
	free(s->results);
	gac_inputs_free(s->inputs, s->input_count);
	free(s->text);
	free(s->kind);
	free(s->source);
	free(s->scenario_name);
	free(s->scenario_hash);
	free(s->pricing_name);
	free(s->pricing_as_of);
	free(s->pricing_hash);
	free(s->currency);
	free(s);
}

const gac_provenance *gac_snapshot_provenance(const gac_snapshot *s) { return s ? &s->prov : NULL; }

const gac_input *gac_snapshot_inputs(const gac_snapshot *s, size_t *count)
{
	*count = s && s->inputs ? s->input_count : 0;
	return s ? s->inputs : NULL;
}

int gac_snapshot_has_inputs(const gac_snapshot *s) { return s && s->inputs; }

void gac_inputs_free(gac_input *in, size_t count)
{
	for (size_t i = 0; in && i < count; i++) {
		free(in[i].path);
		free(in[i].text);
	}
	free(in);
}

static gac_status push_input(gac_input **in, size_t *n, size_t *cap, char *path, char *text, double v,
                             bool is_text)
{
	if (path && text && *n == *cap) {
		size_t c = *cap ? 2 * *cap : 64;
		gac_input *a = gac_realloc(*in, c * sizeof *a);
		if (a) {
			*in = a;
			*cap = c;
		}
	}
	if (!path || !text || *n == *cap) {
		free(path);
		free(text);
		return GAC_ENOMEM;
	}
	(*in)[(*n)++] = (gac_input){path, text, v, is_text};
	return GAC_OK;
}

gac_status gac_inputs_collect(gac_input **out, size_t *count, const gac_scenario *sc)
{
	gac_input *in = NULL;
	size_t n = 0, cap = 0;
	gac_status st = GAC_OK;
	/* every numeric parameter, but a threshold nobody set (0 would read
	 * as a budget of 0) */
	for (size_t i = 0; st == GAC_OK && i < gac_scenario_param_count(sc); i++) {
		const char *p = gac_scenario_param_path(sc, i);
		double v;
		char *t = NULL;
		if (!strncmp(p, "budget.", 7) && !gac_param_is_set(sc, p))
			continue;
		if (gac_scenario_get_number(&v, sc, p) != GAC_OK)
			continue;
		if ((st = gac_scenario_get_text(&t, sc, p)) == GAC_OK)
			st = push_input(&in, &n, &cap, gac_strdup(p), t, v, false);
	}
	for (size_t i = 0; st == GAC_OK && i < gac_scenario_text_param_count(sc); i++) {
		char *p = NULL, *t = NULL;
		if ((st = gac_scenario_text_param_path(&p, sc, i)) == GAC_OK &&
		    (st = gac_scenario_get_text(&t, sc, p)) == GAC_OK)
			st = push_input(&in, &n, &cap, p, t, NAN, true);
		else
			free(p);
	}
	/* an option is its overrides, as written */
	for (size_t i = 0; st == GAC_OK && i < sc->option_count; i++) {
		const gac_option *o = &sc->options[i];
		for (size_t k = 0; st == GAC_OK && k < o->count; k++) {
			gac_buf b = {0};
			gac_buf_printf(&b, "options.%s.%s", o->name, o->paths[k]);
			st = push_input(&in, &n, &cap, gac_buf_take(&b), gac_strdup(o->values[k]), NAN, true);
		}
	}
	if (st != GAC_OK) {
		gac_inputs_free(in, n);
		return GAC_ENOMEM;
	}
	if (!in && !(in = gac_calloc(1, sizeof *in)))
		return GAC_ENOMEM;  /* none, but held: not a report without them */
	*out = in;
	*count = n;
	return GAC_OK;
}
size_t gac_snapshot_count(const gac_snapshot *s) { return s ? s->count : 0; }

const char *gac_snapshot_name(const gac_snapshot *s, size_t i)
{
	return s && i < s->count ? s->names[i] : NULL;
}

const gac_result *gac_snapshot_result(const gac_snapshot *s, size_t i)
{
	return s && i < s->count ? s->results[i] : NULL;
}

size_t gac_snapshot_find(const gac_snapshot *s, const char *name)
{
	size_t i = 0;
	while (s && name && i < s->count && strcmp(s->names[i], name))
		i++;
	return s ? i : 0;
}

static void set_prov(gac_snapshot *s)
{
	s->prov = (gac_provenance){s->kind, s->source, s->scenario_name, s->scenario_hash, s->pricing_name,
	                           s->pricing_as_of, s->pricing_hash, s->currency};
}

static gac_status add_entry(gac_snapshot *s, const char *name, gac_result *r)
{
	char **n = gac_realloc(s->names, (s->count + 1) * sizeof *n);
	if (n)
		s->names = n;
	gac_result **rs = n ? gac_realloc(s->results, (s->count + 1) * sizeof *rs) : NULL;
	if (rs)
		s->results = rs;
	char *d = rs ? gac_strdup(name) : NULL;
	if (!d) {
		gac_result_free(r);
		return GAC_ENOMEM;
	}
	s->names[s->count] = d;
	s->results[s->count++] = r;
	return GAC_OK;
}

gac_status gac_snapshot_price(gac_snapshot **out, const gac_scenario *sc, const gac_sheet *sheet,
                              gac_error *err)
{
	if (!out || !sc || !sheet)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "missing argument");
	*out = NULL;
	gac_snapshot *s = gac_calloc(1, sizeof *s);
	if (!s)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	s->kind = gac_strdup("scenario");
	s->source = gac_strdup(gac_scenario_path(sc));
	s->scenario_name = gac_strdup(gac_scenario_name(sc));
	s->scenario_hash = gac_strdup(gac_scenario_hash(sc));
	s->pricing_name = gac_strdup(gac_sheet_name(sheet));
	s->pricing_as_of = gac_strdup(gac_sheet_as_of(sheet));
	s->pricing_hash = gac_strdup(gac_sheet_hash(sheet));
	s->currency = gac_strdup(gac_sheet_currency(sheet));
	set_prov(s);
	if (!s->kind || !s->source || !s->scenario_name || !s->scenario_hash || !s->pricing_name ||
	    !s->pricing_as_of || !s->pricing_hash || !s->currency) {
		gac_snapshot_free(s);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	if (gac_inputs_collect(&s->inputs, &s->input_count, sc) != GAC_OK) {
		gac_snapshot_free(s);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	gac_comparison *cmp = NULL;
	gac_status st = gac_compare(&cmp, sc, sheet, err);
	if (st != GAC_OK) {
		gac_snapshot_free(s);
		return st;
	}
	gac_comparison_release(cmp, &s->names, &s->results, &s->count);
	*out = s;
	return GAC_OK;
}

/* ---- reading a saved report ---- */

/* A step into the JSON: a key, or an index when key is NULL. */
typedef struct step {
	const char *key;
	size_t index;
} step;

typedef struct reader {
	const char *data, *file;
	size_t len;
	gac_error *err;
	step path[8];           /* deepest: options[i].lines[j].cost */
	size_t depth;
} reader;

/* jansson keeps no positions, so a problem with a value is placed by
 * walking the same path through the YAML tree of the text (JSON is
 * YAML); when that fails the message still names the JSON path. */
static void locate(const reader *rd, unsigned *line, unsigned *col)
{
	*line = *col = 0;
	gac_doc doc;
	if (gac_yaml_parse_any(&doc, rd->data, rd->len, rd->file, NULL) != GAC_OK)
		return;
	const gac_node *n = doc.root;
	const gac_node *at = n;
	for (size_t i = 0; n && i < rd->depth; i++) {
		if (rd->path[i].key) {
			at = n->type == GAC_NODE_MAP ? gac_map_key_node(n, rd->path[i].key) : NULL;
			n = n->type == GAC_NODE_MAP ? gac_map_get(n, rd->path[i].key) : NULL;
		} else {
			n = n->type == GAC_NODE_SEQ && rd->path[i].index < n->count ? n->items[rd->path[i].index] : NULL;
			at = n;
		}
		if (n)
			at = i + 1 == rd->depth ? (n->type == GAC_NODE_SCALAR ? n : at) : n;
	}
	if (at) {
		*line = at->line;
		*col = at->col;
	}
	gac_yaml_free(&doc);
}

/* "options[2].lines[0].cost" */
static void path_text(const reader *rd, const char *last, char *buf, size_t cap)
{
	size_t k = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < rd->depth && k < cap; i++) {
		if (rd->path[i].key)
			k += (size_t)gac_c_snprintf(buf + k, cap - k, "%s%s", i ? "." : "", rd->path[i].key);
		else
			k += (size_t)gac_c_snprintf(buf + k, cap - k, "[%zu]", rd->path[i].index);
	}
	if (last && k < cap)
		gac_c_snprintf(buf + k, cap - k, "%s%s", rd->depth ? "." : "", last);
}

static gac_status bad(reader *rd, gac_status st, const char *key, const char *fmt, const char *detail)
{
	bool pushed = key && rd->depth < sizeof rd->path / sizeof *rd->path;
	if (pushed)
		rd->path[rd->depth++] = (step){key, 0};
	unsigned line, col;
	locate(rd, &line, &col);
	if (pushed)
		rd->depth--;
	char where[256];
	path_text(rd, key, where, sizeof where);
	char msg[300];
	gac_c_snprintf(msg, sizeof msg, fmt, detail ? detail : "");
	return gac_fail(rd->err, st, rd->file, line, col, "%s%s%s", where, where[0] ? ": " : "", msg);
}

static gac_status get_str(reader *rd, json_t *o, const char *key, char **out)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		return bad(rd, GAC_ESCHEMA, NULL, "'%s' is missing", key);
	if (!json_is_string(v))
		return bad(rd, GAC_ESCHEMA, key, "should be a string%s", NULL);
	if (!(*out = gac_strdup(json_string_value(v))))
		return gac_fail(rd->err, GAC_ENOMEM, rd->file, 0, 0, "out of memory");
	return GAC_OK;
}

static gac_status get_num(reader *rd, json_t *o, const char *key, double *out)
{
	json_t *v = json_object_get(o, key);
	if (!v)
		return bad(rd, GAC_ESCHEMA, NULL, "'%s' is missing", key);
	if (!json_is_number(v))
		return bad(rd, GAC_ESCHEMA, key, "should be a number%s", NULL);
	*out = json_number_value(v);
	if (!isfinite(*out))
		return bad(rd, GAC_EVALUE, key, "is not a finite number%s", NULL);
	return GAC_OK;
}

static bool close_to(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(1, fmax(fabs(a), fabs(b)));
}

/* One priced entry: {total, lines: [...]} (region and period optional). */
static gac_status read_entry(reader *rd, gac_snapshot *s, json_t *o, const char *name, double hours)
{
	double total;
	gac_status st;
	if ((st = get_num(rd, o, "total", &total)) != GAC_OK)
		return st;
	json_t *region = json_object_get(o, "region");
	gac_result *r = gac_result_blank(s->currency, json_is_string(region) ? json_string_value(region) : "",
	                                 hours);
	if (!r)
		return gac_fail(rd->err, GAC_ENOMEM, rd->file, 0, 0, "out of memory");
	json_t *lines = json_object_get(o, "lines");
	if (!json_is_array(lines)) {
		gac_result_free(r);
		return bad(rd, GAC_ESCHEMA, lines ? "lines" : NULL,
		           lines ? "should be a list of line items%s" : "'lines' is missing%s", NULL);
	}
	rd->path[rd->depth++] = (step){"lines", 0};
	for (size_t i = 0; i < json_array_size(lines); i++) {
		json_t *l = json_array_get(lines, i);
		rd->path[rd->depth++] = (step){NULL, i};
		char *w = NULL, *m = NULL, *c = NULL, *u = NULL;
		gac_line x = {0};
		if (!json_is_object(l))
			st = bad(rd, GAC_ESCHEMA, NULL, "a line item should be an object%s", NULL);
		else if ((st = get_str(rd, l, "workload", &w)) == GAC_OK && (st = get_str(rd, l, "model", &m)) == GAC_OK &&
		         (st = get_str(rd, l, "component", &c)) == GAC_OK && (st = get_str(rd, l, "unit", &u)) == GAC_OK &&
		         (st = get_num(rd, l, "quantity", &x.quantity)) == GAC_OK &&
		         (st = get_num(rd, l, "unit_price", &x.unit_price)) == GAC_OK &&
		         (st = get_num(rd, l, "cost", &x.cost)) == GAC_OK) {
			if (!close_to(x.cost, x.quantity * x.unit_price)) {
				char detail[160];
				gac_c_snprintf(detail, sizeof detail, "%.17g, but quantity × unit_price is %.17g", x.cost,
				               x.quantity * x.unit_price);
				st = bad(rd, GAC_EVALUE, "cost", "is %s: the report was changed or corrupted", detail);
			} else {
				json_t *f = json_object_get(l, "formula");
				/* priced with pricing_overrides: the list price beside the net */
				json_t *lp = json_object_get(l, "list_unit_price");
				bool listed = json_is_number(lp) && isfinite(json_number_value(lp));
				x = (gac_line){w, m, c, x.quantity, u, x.unit_price, x.cost,
				               json_is_string(f) ? json_string_value(f) : "", 0, 0,
				               listed ? json_number_value(lp) : x.unit_price};
				r->overrides = r->overrides || listed;
				if (gac_result_push(r, &x) != GAC_OK)
					st = gac_fail(rd->err, GAC_ENOMEM, rd->file, 0, 0, "out of memory");
			}
		}
		free(w);
		free(m);
		free(c);
		free(u);
		rd->depth--;
		if (st != GAC_OK) {
			rd->depth--;
			gac_result_free(r);
			return st;
		}
	}
	rd->depth--;
	/* an older report's total held its expected outage cost line */
	if (r->outage != 0 && !close_to(total, r->total) && close_to(total, r->total + r->outage))
		total -= r->outage;
	json_t *outage = json_object_get(o, "expected_outage_cost");
	if (json_is_number(outage))
		r->outage = json_number_value(outage);
	if (!close_to(total, r->total)) {
		char detail[160];
		gac_c_snprintf(detail, sizeof detail, "%.17g, but its lines add to %.17g", total, r->total);
		gac_result_free(r);
		return bad(rd, GAC_EVALUE, "total", "is %s: the report was changed or corrupted", detail);
	}
	r->total = total;  /* the figure as reported, not a re-summed one */
	if ((st = add_entry(s, name, r)) != GAC_OK)
		return gac_fail(rd->err, st, rd->file, 0, 0, "out of memory");
	return GAC_OK;
}

/* The inputs a report was computed from, when it holds them: numbers by
 * path (a choice as its index), text as strings. */
static gac_status read_inputs(reader *rd, gac_snapshot *s, json_t *root)
{
	json_t *o = json_object_get(root, "inputs");
	if (!o)
		return GAC_OK;  /* saved before reports held them */
	if (!json_is_object(o))
		return bad(rd, GAC_ESCHEMA, "inputs", "should be an object of inputs by path%s", NULL);
	size_t cap = 0;
	if (!(s->inputs = gac_calloc(1, sizeof *s->inputs)))
		return gac_fail(rd->err, GAC_ENOMEM, rd->file, 0, 0, "out of memory");
	cap = 1;
	const char *key;
	json_t *v;
	rd->path[rd->depth++] = (step){"inputs", 0};
	json_object_foreach(o, key, v) {
		gac_status st;
		if (json_is_number(v)) {
			double x = json_number_value(v);
			gac_buf b = {0};
			gac_param_number_text(&b, key, x);
			st = push_input(&s->inputs, &s->input_count, &cap, gac_strdup(key), gac_buf_take(&b), x, false);
		} else if (json_is_string(v)) {
			st = push_input(&s->inputs, &s->input_count, &cap, gac_strdup(key), gac_strdup(json_string_value(v)),
			                NAN, true);
		} else {
			return bad(rd, GAC_ESCHEMA, key, "should be a number or a string%s", NULL);
		}
		if (st != GAC_OK)
			return gac_fail(rd->err, GAC_ENOMEM, rd->file, 0, 0, "out of memory");
	}
	rd->depth--;
	return GAC_OK;
}

/* The reports that hold line items, and so can serve as a baseline. */
static const char *const readable[] = {"report", "compare", "check", NULL};

/* A baseline is JSON a pull request can carry, and its names reach the
 * check's comment: no control character in a key or a string ("\u001b"
 * included), and no line break but in a formula.  `key` names `v`. */
static gac_status check_text(reader *rd, json_t *v, const char *key)
{
	unsigned cp;
	char what[32];
	if (json_is_string(v) && gac_text_control(json_string_value(v), key && !strcmp(key, "formula"), &cp) >= 0) {
		gac_c_snprintf(what, sizeof what, "U+%04X", cp);
		return bad(rd, GAC_EVALUE, NULL, "a control character or line break (%s) in the text", what);
	}
	bool obj = json_is_object(v);
	if (!obj && !json_is_array(v))
		return GAC_OK;
	/* past the depth a path holds, the error names the deepest it can */
	bool room = rd->depth < sizeof rd->path / sizeof *rd->path;
	gac_status st = GAC_OK;
	if (obj) {
		const char *k;
		json_t *x;
		json_object_foreach(v, k, x) {
			if (gac_text_control(k, false, &cp) >= 0) {
				gac_c_snprintf(what, sizeof what, "U+%04X", cp);
				return bad(rd, GAC_EVALUE, NULL, "a control character or line break (%s) in a key", what);
			}
			if (room)
				rd->path[rd->depth++] = (step){k, 0};
			st = check_text(rd, x, k);
			if (room)
				rd->depth--;
			if (st != GAC_OK)
				return st;
		}
		return GAC_OK;
	}
	for (size_t i = 0; i < json_array_size(v) && st == GAC_OK; i++) {
		if (room)
			rd->path[rd->depth++] = (step){NULL, i};
		st = check_text(rd, json_array_get(v, i), NULL);
		if (room)
			rd->depth--;
	}
	return st;
}

static gac_status read_report(reader *rd, gac_snapshot *s, json_t *root)
{
	gac_status st;
	if (!json_is_object(root))
		return bad(rd, GAC_ESCHEMA, NULL, "a genaicost report is a JSON object%s", NULL);
	if ((st = check_text(rd, root, NULL)) != GAC_OK)
		return st;
	json_t *tag = json_object_get(root, "genaicost");
	if (!json_is_string(tag))
		return bad(rd, GAC_ESCHEMA, tag ? "genaicost" : NULL,
		           "not a genaicost report: it needs \"genaicost\": \"report/1\" (from 'genaicost "
		           "estimate --format json')%s", NULL);
	const char *t = json_string_value(tag), *slash = strchr(t, '/');
	size_t klen = slash ? (size_t)(slash - t) : strlen(t);
	int known = -1;
	for (int i = 0; readable[i]; i++)
		if (strlen(readable[i]) == klen && !strncmp(t, readable[i], klen))
			known = i;
	if (known < 0)
		return bad(rd, GAC_ESCHEMA, "genaicost",
		           "'%s' holds no line items to compare; save a baseline with 'genaicost estimate "
		           "--format json -o FILE' (or compare or check)", t);
	char *end = NULL;
	long version = slash ? strtol(slash + 1, &end, 10) : 0;
	if (!slash || end == slash + 1 || *end || version < 1)
		return bad(rd, GAC_ESCHEMA, "genaicost", "'%s' is not a report version such as report/1", t);
	if (version > 1)
		return bad(rd, GAC_EVERSION, "genaicost",
		           "'%s' is newer than this genaicost reads (version 1); upgrade genaicost or "
		           "save the baseline again", t);
	if (!(s->kind = gac_strdup(t)))
		return gac_fail(rd->err, GAC_ENOMEM, rd->file, 0, 0, "out of memory");
	json_t *scen = json_object_get(root, "scenario"), *pricing = json_object_get(root, "pricing");
	if (!json_is_object(scen))
		return bad(rd, GAC_ESCHEMA, scen ? "scenario" : NULL,
		           scen ? "should be an object%s" : "'scenario' is missing%s", NULL);
	if (!json_is_object(pricing))
		return bad(rd, GAC_ESCHEMA, pricing ? "pricing" : NULL,
		           pricing ? "should be an object%s" : "'pricing' is missing%s", NULL);
	rd->path[rd->depth++] = (step){"scenario", 0};
	if ((st = get_str(rd, scen, "name", &s->scenario_name)) != GAC_OK ||
	    (st = get_str(rd, scen, "hash", &s->scenario_hash)) != GAC_OK)
		return st;
	rd->path[rd->depth - 1] = (step){"pricing", 0};
	if ((st = get_str(rd, pricing, "name", &s->pricing_name)) != GAC_OK ||
	    (st = get_str(rd, pricing, "as_of", &s->pricing_as_of)) != GAC_OK ||
	    (st = get_str(rd, pricing, "hash", &s->pricing_hash)) != GAC_OK)
		return st;
	rd->depth--;
	if ((st = get_str(rd, root, "currency", &s->currency)) != GAC_OK)
		return st;
	/* three capital letters, as a sheet's: it stands beside every figure */
	if (!gac_currency_code_ok(s->currency))
		return bad(rd, GAC_EVALUE, "currency", "is no currency code (three capital letters, such as USD)%s", NULL);
	if ((st = read_inputs(rd, s, root)) != GAC_OK)
		return st;
	double hours = 730;
	json_t *period = json_object_get(root, "period");
	if (json_is_object(period) && json_is_number(json_object_get(period, "hours")))
		hours = json_number_value(json_object_get(period, "hours"));
	if (known == 0) {
		json_t *region = json_object_get(scen, "region");
		if (json_is_string(region) && !json_object_get(root, "region"))
			json_object_set(root, "region", region);
		return read_entry(rd, s, root, "baseline", hours);
	}
	json_t *opts = json_object_get(root, "options");
	if (!json_is_array(opts) || !json_array_size(opts))
		return bad(rd, GAC_ESCHEMA, opts ? "options" : NULL,
		           opts ? "should be a list of priced options%s" : "'options' is missing%s", NULL);
	rd->path[rd->depth++] = (step){"options", 0};
	for (size_t i = 0; i < json_array_size(opts); i++) {
		json_t *o = json_array_get(opts, i);
		rd->path[rd->depth++] = (step){NULL, i};
		char *name = NULL;
		if (!json_is_object(o))
			st = bad(rd, GAC_ESCHEMA, NULL, "an option should be an object%s", NULL);
		else if ((st = get_str(rd, o, "name", &name)) == GAC_OK) {
			if (gac_snapshot_find(s, name) < s->count)
				st = bad(rd, GAC_ESCHEMA, "name", "option '%s' is listed twice", name);
			else
				st = read_entry(rd, s, o, name, hours);
		}
		free(name);
		rd->depth--;
		if (st != GAC_OK)
			return st;
	}
	rd->depth--;
	return GAC_OK;
}

gac_status gac_snapshot_load_buffer(gac_snapshot **out, const char *data, size_t len, const char *name,
                                    gac_error *err)
{
	if (!out || !data)
		return gac_fail(err, GAC_EARG, name, 0, 0, "no output or no data");
	*out = NULL;
	gac_error_clear(err);
	if (!name)
		name = "<buffer>";
	if (len > GAC_MAX_FILE_BYTES)
		return gac_fail(err, GAC_ELIMIT, name, 0, 0, "file is larger than %u bytes", GAC_MAX_FILE_BYTES);
	/* a UTF-8 byte order mark, as some editors save JSON, is not part of it
	 * (the YAML readers skip it too); it takes no column */
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		data += 3;
		len -= 3;
	}
	json_error_t je;
	memset(&je, 0, sizeof je);
	gac_json_watch();
	json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &je);
	/* jansson reports most allocation failures as syntax errors ("string or
	 * '}' expected" where a key could not be copied), or as none at all, and
	 * its lexer drops a byte of a string it cannot grow and reads on (a
	 * changed hash, a shortened key): out of memory, never "not valid JSON" */
	if (gac_json_failed() || (!root && json_error_code(&je) == json_error_out_of_memory)) {
		json_decref(root);
		return gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	}
	if (!root) {
		/* jansson counts columns in characters from 1, lines from 1 */
		return gac_fail(err, GAC_ESYNTAX, name, je.line > 0 ? (unsigned)je.line : 0,
		                je.line > 0 ? (unsigned)(je.column > 0 ? je.column : 1) : 0, "not valid JSON: %s", je.text);
	}
	gac_snapshot *s = gac_calloc(1, sizeof *s);
	gac_status st;
	if (!s || !(s->source = gac_strdup(name))) {
		st = gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	} else {
		reader rd = {.data = data, .file = name, .len = len, .err = err};
		st = read_report(&rd, s, root);
	}
	json_decref(root);
	/* kept to place an error about it later (a baseline of another
	 * scenario) without reading it as YAML on every load */
	if (st == GAC_OK && !(s->text = gac_malloc(len + 1)))
		st = gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	if (st != GAC_OK) {
		gac_snapshot_free(s);
		return st;
	}
	memcpy(s->text, data, len);
	s->text[len] = '\0';
	s->text_len = len;
	set_prov(s);
	*out = s;
	return GAC_OK;
}

static gac_status snapshot_buffer(void *out, const char *data, size_t len, const char *path, gac_error *err)
{
	return gac_snapshot_load_buffer(out, data, len, path, err);
}

gac_status gac_snapshot_load_file(gac_snapshot **out, const char *path, gac_error *err)
{
	if (!out || !path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no output or no path");
	*out = NULL;
	return gac_load_file_with(out, snapshot_buffer, path, GAC_MAX_FILE_BYTES, err);
}

gac_status gac_snapshot_same_scenario(const gac_snapshot *baseline, const gac_scenario *sc, gac_error *err)
{
	if (!baseline || !sc)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no baseline or no scenario");
	const char *was = baseline->scenario_name ? baseline->scenario_name : "",
	           *now = gac_scenario_name(sc) ? gac_scenario_name(sc) : "";
	if (!strcmp(was, now))
		return GAC_OK;
	unsigned line = 0, col = 0;
	if (baseline->text) {
		reader rd = {.data = baseline->text, .file = baseline->source, .len = baseline->text_len, .err = err};
		rd.path[0] = (step){"scenario", 0};
		rd.path[1] = (step){"name", 0};
		rd.depth = 2;
		locate(&rd, &line, &col);
	}
	return gac_fail(err, GAC_EVALUE, baseline->source, line, col,
	                "the baseline is of scenario '%s', not of '%s' checked against it: an increase over "
	                "another scenario's costs measures nothing", was[0] ? was : "(unnamed)",
	                now[0] ? now : "(unnamed)");
}

/* Reports of a run's inputs rather than its costs: the parameters of a
 * scenario (genaicost params) and a validation (genaicost validate), as
 * text and as JSON (params/1, validate/1). */
#include "table.h"
#include "validate.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static int jset(json_t *o, const char *k, json_t *v)
{
	return json_object_set_new(o, k, v);
}

/* The length of the valid UTF-8 sequence at p (no overlong form, no
 * surrogate, nothing past U+10FFFF), or 0. */
static size_t utf8_seq(const unsigned char *p)
{
	unsigned c = p[0], cp, min;
	size_t n;
	if (c < 0x80)
		return 1;
	if ((c & 0xe0) == 0xc0) {
		n = 2, cp = c & 0x1f, min = 0x80;
	} else if ((c & 0xf0) == 0xe0) {
		n = 3, cp = c & 0x0f, min = 0x800;
	} else if ((c & 0xf8) == 0xf0) {
		n = 4, cp = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	for (size_t k = 1; k < n; k++) {
		if ((p[k] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (p[k] & 0x3fu);
	}
	return cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0 : n;
}

/* Text that may not be UTF-8 (a file name from the command line, an error
 * quoting one) as a JSON string: each byte that does not start a valid
 * UTF-8 sequence becomes U+FFFD, so the report is still valid JSON.
 * NULL only when out of memory. */
static json_t *jtext(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;
	while (*p && (n = utf8_seq(p)))
		p += n;
	if (!*p)
		return json_string(s);
	gac_buf b = {0};
	for (p = (const unsigned char *)s; *p; p += n ? n : 1) {
		n = utf8_seq(p);
		if (n)
			gac_buf_putn(&b, (const char *)p, n);
		else
			gac_buf_puts(&b, "\xef\xbf\xbd");
	}
	char *t = gac_buf_take(&b);
	json_t *j = t ? json_string(t) : NULL;
	free(t);
	return j;
}

/* ---- params ---- */

/* One parameter as a JSON entry: `value` as a number where it reads as one,
 * else as its word (a choice, auto, none, a text parameter); null where it
 * is unset and its default is not a plain value (`meaning` says what). */
static json_t *param_json(const char *path, const char *text, bool is_text, bool set, const char *meaning)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	double num;
	int bad = jset(o, "path", jtext(path));
	bad |= jset(o, "type", json_string(is_text ? "text" : "number"));
	if (meaning && !set)
		bad |= jset(o, "value", json_null());
	else if (!is_text && gac_parse_number(&num, text, 0) == GAC_OK)
		bad |= jset(o, "value", gac_jreal(num));
	else
		bad |= jset(o, "value", jtext(text));
	/* whether the file gives a text parameter is not tracked */
	bad |= jset(o, "set", is_text ? json_null() : json_boolean(set));
	bad |= jset(o, "unset_means", meaning && !set ? json_string(meaning) : json_null());
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

gac_status gac_report_params(char **out, const gac_scenario *sc, gac_format f)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!sc)
		return GAC_EARG;
	if (f != GAC_FORMAT_TABLE && f != GAC_FORMAT_JSON)
		return GAC_EVALUE;
	bool json = f == GAC_FORMAT_JSON;
	gac_buf b = {0};
	json_t *root = json ? json_object() : NULL, *arr = json ? json_array() : NULL;
	int bad = json && (!root || !arr);
	if (json && !bad) {
		json_t *s = json_object();
		bad |= jset(root, "genaicost", json_string("params/1"));
		if (s) {
			bad |= jset(s, "name", jtext(gac_scenario_name(sc)));
			bad |= jset(s, "hash", json_string(gac_scenario_hash(sc)));
		}
		bad |= jset(root, "scenario", s);
	}
	/* text parameters first, those that have a value */
	for (size_t i = 0; !bad && i < gac_scenario_text_param_count(sc); i++) {
		char *p = NULL, *v = NULL;
		if (gac_scenario_text_param_path(&p, sc, i) != GAC_OK || gac_scenario_get_text(&v, sc, p) != GAC_OK)
			bad = 1;
		else if (v[0] && json)
			bad |= json_array_append_new(arr, param_json(p, v, true, true, NULL));
		else if (v[0])
			gac_buf_printf(&b, "%s = %s\n", p, v);
		free(p);
		free(v);
	}
	for (size_t i = 0; !bad && i < gac_scenario_param_count(sc); i++) {
		const char *p = gac_scenario_param_path(sc, i);
		char *v = NULL;
		if (gac_scenario_get_text(&v, sc, p) != GAC_OK) {
			bad = 1;
			break;
		}
		/* what the file (or an option) gave, and what is a default */
		const char *meaning;
		bool set = gac_scenario_is_set(sc, p, &meaning);
		if (json)
			bad |= json_array_append_new(arr, param_json(p, v, false, set, meaning));
		else if (set)
			gac_buf_printf(&b, "%s = %s\n", p, v);
		else if (meaning)
			gac_buf_printf(&b, "%s = unset  # %s\n", p, meaning);
		else
			gac_buf_printf(&b, "%s = %s  # default\n", p, v);
		free(v);
	}
	if (json) {
		if (!bad)
			bad |= jset(root, "params", arr);
		else
			json_decref(arr);
		if (bad) {
			json_decref(root);
			return GAC_ENOMEM;
		}
		*out = gac_json_finish(root);
		return gac_json_status(*out);
	}
	if (bad) {
		gac_buf_free(&b);
		return GAC_ENOMEM;
	}
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

/* ---- validate ---- */

static const char *kind_word(int kind)
{
	return kind == GAC_FILE_PRICESHEET ? "price-sheet" : kind == GAC_FILE_SCENARIO ? "scenario" : NULL;
}

static json_t *error_json(const gac_valid_entry *e)
{
	json_t *o = json_object();
	if (!o)
		return NULL;
	int bad = jset(o, "status", json_integer(e->status));
	bad |= jset(o, "reason", json_string(gac_strerror(e->status)));
	bad |= jset(o, "message", jtext(e->err.message[0] ? e->err.message : gac_strerror(e->status)));
	bad |= jset(o, "file", e->err.file[0] ? jtext(e->err.file) : json_null());
	bad |= jset(o, "line", e->err.line ? json_integer(e->err.line) : json_null());
	bad |= jset(o, "column", e->err.line ? json_integer(e->err.column) : json_null());
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *entry_json(const gac_valid_entry *e)
{
	json_t *o = json_object(), *w = json_array();
	if (!o || !w) {
		json_decref(o);
		json_decref(w);
		return NULL;
	}
	const char *kind = kind_word(e->kind);
	int bad = jset(o, "file", jtext(e->path));
	bad |= jset(o, "kind", kind ? json_string(kind) : json_null());
	bad |= jset(o, "valid", json_boolean(e->valid));
	if (e->has_scenario) {
		json_t *s = json_object();
		if (s) {
			bad |= jset(s, "name", e->scenario_name ? jtext(e->scenario_name) : json_null());
			bad |= jset(s, "workloads", json_integer((json_int_t)e->workloads));
			bad |= jset(s, "options", json_integer((json_int_t)e->options));
		}
		bad |= jset(o, "scenario", s);
	} else {
		bad |= jset(o, "scenario", json_null());
	}
	if (e->has_sheet) {
		json_t *s = json_object();
		if (s) {
			bad |= jset(s, "name", jtext(e->sheet_name));
			bad |= jset(s, "as_of", jtext(e->sheet_as_of));
			bad |= jset(s, "models", json_integer((json_int_t)e->models));
		}
		bad |= jset(o, "pricing", s);
	} else {
		bad |= jset(o, "pricing", json_null());
	}
	if (e->warning)
		bad |= json_array_append_new(w, json_string(e->warning));
	bad |= jset(o, "warnings", w);
	bad |= jset(o, "error", e->valid ? json_null() : error_json(e));
	if (bad) {
		json_decref(o);
		return NULL;
	}
	return o;
}

gac_status gac_report_validate(char **out, const gac_validation *v, gac_format f)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!v)
		return GAC_EARG;
	if (!gac_format_is_text(f))  /* xlsx and html: a file, a page */
		return GAC_EVALUE;
	if (f == GAC_FORMAT_JSON) {
		json_t *root = json_object(), *arr = json_array();
		int bad = !root || !arr;
		for (size_t i = 0; !bad && i < v->count; i++)
			bad |= json_array_append_new(arr, entry_json(&v->entries[i]));
		if (!bad) {
			bad |= jset(root, "genaicost", json_string("validate/1"));
			bad |= jset(root, "valid", json_boolean(v->invalid == 0));
			bad |= jset(root, "files", arr);
			arr = NULL;
		}
		json_decref(arr);
		if (bad) {
			json_decref(root);
			return GAC_ENOMEM;
		}
		*out = gac_json_finish(root);
		return gac_json_status(*out);
	}
	if (f != GAC_FORMAT_TABLE)
		return GAC_EVALUE;
	gac_buf b = {0};
	for (size_t i = 0; i < v->count; i++) {
		const gac_valid_entry *e = &v->entries[i];
		if (!e->valid)
			continue;
		if (e->kind == GAC_FILE_PRICESHEET)
			gac_buf_printf(&b, "%s: ok: price sheet %s, as of %s, %zu model%s\n", e->path, e->sheet_name,
			               e->sheet_as_of, e->models, e->models == 1 ? "" : "s");
		else
			gac_buf_printf(&b, "%s: ok: scenario %s, %zu workload%s, %zu option%s, priced with %s\n", e->path,
			               e->scenario_name ? e->scenario_name : "(no name)", e->workloads,
			               e->workloads == 1 ? "" : "s", e->options, e->options == 1 ? "" : "s", e->sheet_name);
	}
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

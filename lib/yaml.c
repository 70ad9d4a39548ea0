/* YAML into a tree that remembers where every node came from.
 * libyaml does the parsing; this module adds positions, limits and
 * the schema helpers every loader shares. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

typedef struct anchor {
	char *name;
	gac_node *node;
	bool done;      /* the node is complete; an alias inside it would be a cycle */
} anchor;

typedef struct builder {
	yaml_parser_t parser;
	const char *data;
	size_t len;
	const char *file;
	gac_error *err;
	anchor *anchors;
	size_t anchor_count, anchor_cap;
	size_t aliases;
	size_t nodes;
	size_t copied;  /* nodes copied for aliases (see copy_at) */
	bool strict;    /* refuse control characters (not when placing a JSON error) */
} builder;

const char *gac_node_type_name(gac_node_type t)
{
	switch (t) {
	case GAC_NODE_SCALAR: return "a scalar";
	case GAC_NODE_SEQ: return "a list";
	case GAC_NODE_MAP: return "a mapping";
	}
	return "?";
}

static void node_unref(gac_node *n)
{
	if (!n || --n->refs > 0)
		return;
	for (size_t i = 0; i < n->slots; i++)
		node_unref(n->items[i]);
	free(n->items);
	free(n->text);
	free(n);
}

/* An alias is a copy of its anchor's node placed where the alias is, so
 * that an error in it points at the alias (`- *w`), not at the anchor.
 * Copies stop at this many nodes in all; past it (an alias bomb, caught
 * by GAC_MAX_NODES anyway) an alias shares its anchor's nodes. */
#define ALIAS_COPY_BUDGET 65536u

static gac_node *copy_at(const gac_node *src, unsigned line, unsigned col)
{
	gac_node *n = gac_calloc(1, sizeof *n);
	if (!n)
		return NULL;
	*n = *src;
	n->refs = 1;
	n->line = line;
	n->col = col;
	n->text = NULL;
	n->items = NULL;
	n->slots = 0;
	if (src->text && !(n->text = gac_strdup(src->text))) {
		free(n);
		return NULL;
	}
	if (src->slots && !(n->items = gac_calloc(src->slots, sizeof *n->items))) {
		free(n->text);
		free(n);
		return NULL;
	}
	for (size_t i = 0; i < src->slots; i++) {
		if (!(n->items[i] = copy_at(src->items[i], line, col))) {
			node_unref(n);
			return NULL;
		}
		n->slots = i + 1;
	}
	return n;
}

static gac_node *node_new(builder *b, gac_node_type t, yaml_mark_t mark)
{
	gac_node *n = gac_calloc(1, sizeof *n);
	if (!n)
		return NULL;
	n->type = t;
	n->line = (unsigned)mark.line + 1;
	n->col = (unsigned)mark.column + 1;
	n->refs = 1;
	n->weight = 1;
	b->nodes++;
	return n;
}

static gac_status yaml_problem(builder *b)
{
	yaml_parser_t *p = &b->parser;
	if (p->error == YAML_MEMORY_ERROR)
		return gac_fail(b->err, GAC_ENOMEM, b->file, 0, 0, "out of memory parsing YAML");
	yaml_mark_t m = p->problem_mark;
	const char *what = p->problem ? p->problem : "malformed YAML";
	if (p->error == YAML_READER_ERROR) {
		/* reader errors carry a byte offset, not a mark */
		unsigned line = 1, col = 1;
		for (size_t i = 0; i < p->problem_offset && i < b->len; i++) {
			if (b->data[i] == '\n') {
				line++;
				col = 1;
			} else if (((unsigned char)b->data[i] & 0xC0) != 0x80) {
				col++;
			}
		}
		return gac_fail(b->err, GAC_ESYNTAX, b->file, line, col, "%s (byte offset %zu)", what,
		                p->problem_offset);
	}
	/* libyaml's words for a tab where indentation is read ("cannot start
	 * any token") do not say what is wrong with an invisible character */
	const char *tab = m.index < b->len && b->data[m.index] == '\t'
	                          ? " (a tab: YAML indents with spaces only)" : "";
	/* libyaml gives up on a key without '? ' past 1024 characters and
	 * says only that no ':' followed: name the key's start and the limit */
	if (p->context && !strcmp(p->context, "while scanning a simple key") &&
	    p->problem_mark.index - p->context_mark.index > 1024)
		return gac_fail(b->err, GAC_ESYNTAX, b->file, (unsigned)p->context_mark.line + 1,
		                (unsigned)p->context_mark.column + 1,
		                "a key longer than 1024 characters (YAML's limit for a key without '? '), "
		                "or a key with no ':' after it");
	if (p->context)
		return gac_fail(b->err, GAC_ESYNTAX, b->file, (unsigned)m.line + 1,
		                (unsigned)m.column + 1, "%s %s%s", what, p->context, tab);
	return gac_fail(b->err, GAC_ESYNTAX, b->file, (unsigned)m.line + 1, (unsigned)m.column + 1,
	                "%s%s", what, tab);
}

static gac_status remember_anchor(builder *b, const yaml_char_t *name, gac_node *n)
{
	if (!name)
		return GAC_OK;
	if (b->anchor_count == b->anchor_cap) {
		size_t cap = b->anchor_cap ? b->anchor_cap * 2 : 8;
		anchor *a = gac_realloc(b->anchors, cap * sizeof *a);
		if (!a)
			return gac_fail(b->err, GAC_ENOMEM, b->file, n->line, n->col, "out of memory");
		b->anchors = a;
		b->anchor_cap = cap;
	}
	char *copy = gac_strdup((const char *)name);
	if (!copy)
		return gac_fail(b->err, GAC_ENOMEM, b->file, n->line, n->col, "out of memory");
	b->anchors[b->anchor_count].name = copy;
	b->anchors[b->anchor_count].node = n;
	b->anchors[b->anchor_count].done = false;
	b->anchor_count++;
	return GAC_OK;
}

/* Characters of a key quoted in a message: a hostile key of 64 KiB would
 * otherwise fill the message and cut off what follows it. */
#define KEY_SHOWN GAC_SHOWN

typedef struct keyref {
	const char *text;
	size_t i;
} keyref;

static int keyref_cmp(const void *pa, const void *pb)
{
	const keyref *x = pa, *y = pb;
	int c = strcmp(x->text, y->text);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* Report the first key of a mapping that repeats an earlier one.  Keys
 * are sorted rather than compared pairwise: a hostile mapping with
 * 100,000 keys would otherwise cost 5e9 comparisons (tens of seconds). */
static gac_status check_duplicates(builder *b, const gac_node *n)
{
	if (n->count < 2)
		return GAC_OK;
	keyref *keys = gac_malloc(n->count * sizeof *keys);
	if (!keys)
		return gac_fail(b->err, GAC_ENOMEM, b->file, n->line, n->col, "out of memory");
	for (size_t i = 0; i < n->count; i++) {
		keys[i].text = n->items[2 * i]->text;
		keys[i].i = i;
	}
	qsort(keys, n->count, sizeof *keys, keyref_cmp);
	/* in each run of equal keys the first is the original and the
	 * second the earliest repeat; report the earliest repeat overall */
	size_t dup = (size_t)-1, first = 0;
	for (size_t start = 0, i = 1; i <= n->count; i++) {
		if (i < n->count && !strcmp(keys[i].text, keys[start].text))
			continue;
		if (i - start > 1 && keys[start + 1].i < dup) {
			dup = keys[start + 1].i;
			first = keys[start].i;
		}
		start = i;
	}
	free(keys);
	if (dup == (size_t)-1)
		return GAC_OK;
	const gac_node *k = n->items[2 * dup];
	return gac_fail(b->err, GAC_ESCHEMA, b->file, k->line, k->col,
	                "duplicate key '%.*s%s' (first at line %u)", KEY_SHOWN, k->text,
	                strlen(k->text) > KEY_SHOWN ? "..." : "", n->items[2 * first]->line);
}

/* Parse the node that starts with `ev` (already taken from the parser). */
static gac_status parse_node(builder *b, yaml_event_t *ev, unsigned depth, gac_node **out);

static gac_status parse_children(builder *b, gac_node *n, yaml_event_type_t end_type, unsigned depth)
{
	size_t cap = 0, slots = 0;
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&b->parser, &ev))
			return yaml_problem(b);
		if (ev.type == end_type) {
			yaml_event_delete(&ev);
			break;
		}
		gac_node *child = NULL;
		gac_status st = parse_node(b, &ev, depth + 1, &child);
		if (st != GAC_OK)
			return st;
		if (slots == cap) {
			cap = cap ? cap * 2 : 8;
			gac_node **items = gac_realloc(n->items, cap * sizeof *items);
			if (!items) {
				node_unref(child);
				return gac_fail(b->err, GAC_ENOMEM, b->file, n->line, n->col, "out of memory");
			}
			n->items = items;
		}
		n->items[slots++] = child;
		n->slots = slots;
		n->weight += child->weight;
		if (n->type == GAC_NODE_SEQ)
			n->count = slots;
		else if (slots % 2 == 0)
			n->count = slots / 2;
		if (n->weight > GAC_MAX_NODES)
			return gac_fail(b->err, GAC_ELIMIT, b->file, child->line, child->col,
			                "document expands to more than %u nodes", GAC_MAX_NODES);
	}
	if (n->type == GAC_NODE_MAP) {
		for (size_t i = 0; i < n->count; i++) {
			gac_node *k = n->items[2 * i];
			if (k->type != GAC_NODE_SCALAR)
				return gac_fail(b->err, GAC_ESCHEMA, b->file, k->line, k->col,
				                "mapping keys must be scalars");
			unsigned cp;
			if (b->strict && gac_text_control(k->text, false, &cp) >= 0)
				return gac_fail(b->err, GAC_EVALUE, b->file, k->line, k->col,
				                "a key holds a %s: keys are one line of text",
				                cp == '\t' ? "tab" : "line break");
			if (!strcmp(k->text, "<<"))
				return gac_fail(b->err, GAC_ESCHEMA, b->file, k->line, k->col,
				                "merge keys (<<) are not supported");
		}
		return check_duplicates(b, n);
	}
	return GAC_OK;
}

static gac_status parse_node(builder *b, yaml_event_t *ev, unsigned depth, gac_node **out)
{
	gac_status st = GAC_OK;
	gac_node *n = NULL;
	if (depth > GAC_MAX_DEPTH) {
		st = gac_fail(b->err, GAC_ELIMIT, b->file, (unsigned)ev->start_mark.line + 1,
		              (unsigned)ev->start_mark.column + 1, "nesting deeper than %u levels",
		              GAC_MAX_DEPTH);
		yaml_event_delete(ev);
		return st;
	}
	switch (ev->type) {
	case YAML_ALIAS_EVENT: {
		const char *name = (const char *)ev->data.alias.anchor;
		if (++b->aliases > GAC_MAX_ALIASES) {
			st = gac_fail(b->err, GAC_ELIMIT, b->file, (unsigned)ev->start_mark.line + 1,
			              (unsigned)ev->start_mark.column + 1, "more than %u aliases",
			              GAC_MAX_ALIASES);
			break;
		}
		for (size_t i = b->anchor_count; i-- > 0;) {
			if (!strcmp(b->anchors[i].name, name)) {
				/* an alias to an enclosing node would make the tree a
				 * cycle: never freed, and endless to walk */
				if (!b->anchors[i].done) {
					st = gac_fail(b->err, GAC_ESYNTAX, b->file,
					              (unsigned)ev->start_mark.line + 1,
					              (unsigned)ev->start_mark.column + 1,
					              "alias '%s' refers to a node that contains it", name);
					break;
				}
				gac_node *a = b->anchors[i].node;
				if (b->copied + a->weight <= ALIAS_COPY_BUDGET) {
					b->copied += a->weight;
					n = copy_at(a, (unsigned)ev->start_mark.line + 1, (unsigned)ev->start_mark.column + 1);
					if (!n)
						st = gac_fail(b->err, GAC_ENOMEM, b->file, (unsigned)ev->start_mark.line + 1,
						              (unsigned)ev->start_mark.column + 1, "out of memory");
				} else {
					n = a;
					n->refs++;
				}
				break;
			}
		}
		if (!n && st == GAC_OK)
			st = gac_fail(b->err, GAC_ESYNTAX, b->file, (unsigned)ev->start_mark.line + 1,
			              (unsigned)ev->start_mark.column + 1, "unknown alias '%s'", name);
		break;
	}
	case YAML_SCALAR_EVENT:
		if (ev->data.scalar.length > GAC_MAX_SCALAR_BYTES) {
			st = gac_fail(b->err, GAC_ELIMIT, b->file, (unsigned)ev->start_mark.line + 1,
			              (unsigned)ev->start_mark.column + 1,
			              "scalar longer than %u bytes", GAC_MAX_SCALAR_BYTES);
			break;
		}
		if (strlen((const char *)ev->data.scalar.value) != ev->data.scalar.length) {
			st = gac_fail(b->err, GAC_EVALUE, b->file, (unsigned)ev->start_mark.line + 1,
			              (unsigned)ev->start_mark.column + 1, "scalar contains a NUL byte");
			break;
		}
		if (b->strict) {
			/* text a file writes must not act on a terminal or a report:
			 * raw, or as a YAML escape such as "\x1b" or "\e" */
			unsigned cp;
			long at = gac_text_control((const char *)ev->data.scalar.value, true, &cp);
			if (at >= 0) {
				st = gac_fail(b->err, GAC_EVALUE, b->file, (unsigned)ev->start_mark.line + 1,
				              (unsigned)ev->start_mark.column + 1,
				              "a control character (U+%04X) in the text: control characters are refused, "
				              "written or as an escape; only description and notes may hold tabs and "
				              "line breaks", cp);
				break;
			}
		}
		n = node_new(b, GAC_NODE_SCALAR, ev->start_mark);
		if (n)
			n->text = gac_strdup((const char *)ev->data.scalar.value);
		if (!n || !n->text) {
			node_unref(n);
			n = NULL;
			st = gac_fail(b->err, GAC_ENOMEM, b->file, 0, 0, "out of memory");
			break;
		}
		n->quoted = ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
		st = remember_anchor(b, ev->data.scalar.anchor, n);
		if (st == GAC_OK && ev->data.scalar.anchor)
			b->anchors[b->anchor_count - 1].done = true;
		break;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT: {
		bool seq = ev->type == YAML_SEQUENCE_START_EVENT;
		n = node_new(b, seq ? GAC_NODE_SEQ : GAC_NODE_MAP, ev->start_mark);
		if (!n) {
			st = gac_fail(b->err, GAC_ENOMEM, b->file, 0, 0, "out of memory");
			break;
		}
		const yaml_char_t *name = seq ? ev->data.sequence_start.anchor
		                              : ev->data.mapping_start.anchor;
		st = remember_anchor(b, name, n);
		size_t slot = b->anchor_count;  /* this node's anchor is slot - 1 */
		if (st == GAC_OK)
			st = parse_children(b, n, seq ? YAML_SEQUENCE_END_EVENT : YAML_MAPPING_END_EVENT,
			                    depth);
		if (st == GAC_OK && name)
			b->anchors[slot - 1].done = true;
		break;
	}
	default:
		st = gac_fail(b->err, GAC_ESYNTAX, b->file, (unsigned)ev->start_mark.line + 1,
		              (unsigned)ev->start_mark.column + 1, "unexpected YAML event");
		break;
	}
	yaml_event_delete(ev);
	if (st != GAC_OK) {
		node_unref(n);
		return st;
	}
	*out = n;
	return GAC_OK;
}

static gac_status yaml_parse(gac_doc *doc, const char *data, size_t len, const char *file, gac_error *err,
                             bool strict);

gac_status gac_yaml_parse(gac_doc *doc, const char *data, size_t len, const char *file, gac_error *err)
{
	return yaml_parse(doc, data, len, file, err, true);
}

gac_status gac_yaml_parse_any(gac_doc *doc, const char *data, size_t len, const char *file, gac_error *err)
{
	return yaml_parse(doc, data, len, file, err, false);
}

static gac_status yaml_parse(gac_doc *doc, const char *data, size_t len, const char *file, gac_error *err,
                             bool strict)
{
	builder b = {.file = file, .err = err, .data = data, .len = len, .strict = strict};
	doc->root = NULL;
	doc->file = file;
	if (len > GAC_MAX_FILE_BYTES)
		return gac_fail(err, GAC_ELIMIT, file, 0, 0, "file is larger than %u bytes",
		                GAC_MAX_FILE_BYTES);
	if (!yaml_parser_initialize(&b.parser))
		return gac_fail(err, GAC_ENOMEM, file, 0, 0, "out of memory");
	/* With the encoding forced to UTF-8 libyaml does not skip a byte
	 * order mark: it would count as a column and shift line 1. */
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		data += 3;
		len -= 3;
	}
	b.data = data;  /* reader errors are placed in what libyaml reads */
	b.len = len;
	yaml_parser_set_input_string(&b.parser, (const unsigned char *)data, len);
	yaml_parser_set_encoding(&b.parser, YAML_UTF8_ENCODING);
	gac_status st = GAC_OK;
	gac_node *root = NULL;
	yaml_event_t ev;
	int docs = 0;
	for (;;) {
		if (!yaml_parser_parse(&b.parser, &ev)) {
			st = yaml_problem(&b);
			break;
		}
		yaml_event_type_t t = ev.type;
		if (t == YAML_STREAM_END_EVENT) {
			yaml_event_delete(&ev);
			break;
		}
		if (t == YAML_DOCUMENT_START_EVENT) {
			if (++docs > 1) {
				st = gac_fail(err, GAC_ESYNTAX, file, (unsigned)ev.start_mark.line + 1,
				              (unsigned)ev.start_mark.column + 1,
				              "more than one YAML document in the file");
				yaml_event_delete(&ev);
				break;
			}
			yaml_event_delete(&ev);
			continue;
		}
		if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_END_EVENT) {
			yaml_event_delete(&ev);
			continue;
		}
		st = parse_node(&b, &ev, 1, &root);
		if (st != GAC_OK)
			break;
	}
	for (size_t i = 0; i < b.anchor_count; i++)
		free(b.anchors[i].name);
	free(b.anchors);
	yaml_parser_delete(&b.parser);
	if (st != GAC_OK) {
		node_unref(root);
		return st;
	}
	if (!root)
		return gac_fail(err, GAC_ESCHEMA, file, 1, 1, "the file is empty");
	doc->root = root;
	return GAC_OK;
}

void gac_yaml_free(gac_doc *doc)
{
	if (!doc)
		return;
	node_unref(doc->root);
	doc->root = NULL;
}

/* ---- schema helpers ---- */

gac_status gac_expect(gac_ctx *c, const gac_node *n, gac_node_type t, const char *what)
{
	if (n->type == t)
		return GAC_OK;
	return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "%s must be %s, not %s", what,
	                gac_node_type_name(t), gac_node_type_name(n->type));
}

gac_status gac_expect_format(gac_ctx *c, const gac_node *root, const char *format, const char *what)
{
	gac_status st;
	if ((st = gac_expect(c, root, GAC_NODE_MAP, what)) != GAC_OK)
		return st;
	const gac_node *v = gac_map_get(root, "genaicost");
	if (!v)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, root->line, root->col,
		                "not a genaicost file: the first key should be 'genaicost: %s/1'", format);
	if ((st = gac_expect(c, v, GAC_NODE_SCALAR, "genaicost")) != GAC_OK)
		return st;
	size_t n = strlen(format);
	if (!strncmp(v->text, format, n) && !strcmp(v->text + n, "/1"))
		return GAC_OK;
	if (!strncmp(v->text, format, n) && v->text[n] == '/')
		return gac_fail(c->err, GAC_EVERSION, c->file, v->line, v->col,
		                "%s version '%.*s%s' is not supported (this is genaicost %s, which reads %s/1)",
		                what + (!strncmp(what, "a ", 2) ? 2 : 0), GAC_SHOW(v->text), GAC_VERSION_STRING, format);
	return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col, "expected 'genaicost: %s/1', found '%.*s%s'",
	                format, GAC_SHOW(v->text));
}

gac_status gac_check_keys(gac_ctx *c, const gac_node *map, const char *const *keys, const char *where)
{
	for (size_t i = 0; i < map->count; i++) {
		const gac_node *k = map->items[2 * i];
		bool ok = false;
		for (size_t j = 0; keys[j] && !ok; j++)
			ok = !strcmp(keys[j], k->text);
		if (ok)
			continue;
		/* unknown: the nearest known key, if near enough, is suggested
		 * (the distances only then: every map of a price sheet passes
		 * here, and they were a twentieth of loading one) */
		const char *best = NULL;
		size_t best_d = (size_t)-1;
		for (size_t j = 0; keys[j]; j++) {
			size_t d = gac_edit_distance(k->text, keys[j]);
			if (d < best_d) {
				best_d = d;
				best = keys[j];
			}
		}
		size_t klen = strlen(k->text);
		if (best && best_d <= 3 && best_d < klen)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "unknown key '%s' in %s (did you mean '%s'?)", k->text, where, best);
		return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col, "unknown key '%.*s%s' in %s",
		                KEY_SHOWN, k->text, klen > KEY_SHOWN ? "..." : "", where);
	}
	return GAC_OK;
}

const gac_node *gac_map_key_node(const gac_node *map, const char *key)
{
	if (!map || map->type != GAC_NODE_MAP)
		return NULL;
	for (size_t i = 0; i < map->count; i++)
		if (!strcmp(map->items[2 * i]->text, key))
			return map->items[2 * i];
	return NULL;
}

const gac_node *gac_map_get(const gac_node *map, const char *key)
{
	if (!map || map->type != GAC_NODE_MAP)
		return NULL;
	for (size_t i = 0; i < map->count; i++)
		if (!strcmp(map->items[2 * i]->text, key))
			return map->items[2 * i + 1];
	return NULL;
}

gac_status gac_get_number(gac_ctx *c, const gac_node *n, unsigned flags, const char *what, double *out)
{
	gac_status st = gac_expect(c, n, GAC_NODE_SCALAR, what);
	if (st != GAC_OK)
		return st;
	st = gac_parse_number(out, n->text, flags);
	if (st == GAC_ERANGE)
		return gac_fail(c->err, GAC_EVALUE, c->file, n->line, n->col, "%s: '%.*s%s' is out of range",
		                what, GAC_SHOW(n->text));
	if (st != GAC_OK) {
		double v;
		if ((flags & GAC_NUM_NONNEG) && gac_parse_number(&v, n->text, flags & ~GAC_NUM_NONNEG) == GAC_OK)
			return gac_fail(c->err, GAC_EVALUE, c->file, n->line, n->col,
			                "%s must not be negative (got %.*s%s)", what, GAC_SHOW(n->text));
		return gac_fail(c->err, GAC_EVALUE, c->file, n->line, n->col,
		                "%s: '%.*s%s' is not a number%s", what, GAC_SHOW(n->text),
		                (flags & GAC_NUM_PERCENT) ? " or percentage"
		                : (flags & GAC_NUM_SUFFIX) ? " (suffixes k, M, B allowed)" : "");
	}
	return GAC_OK;
}

static gac_status get_text(gac_ctx *c, const gac_node *n, const char *what, char **out, bool breaks)
{
	gac_status st = gac_expect(c, n, GAC_NODE_SCALAR, what);
	if (st != GAC_OK)
		return st;
	if (!n->text[0])
		return gac_fail(c->err, GAC_EVALUE, c->file, n->line, n->col, "%s must not be empty", what);
	unsigned cp;
	if (gac_text_control(n->text, breaks, &cp) >= 0)
		return gac_fail(c->err, GAC_EVALUE, c->file, n->line, n->col,
		                "%s is one line of text: a %s (U+%04X) is refused, written or as an escape", what,
		                cp == '\t' ? "tab" : cp == '\n' ? "line break" : "control character", cp);
	char *d = gac_strdup(n->text);
	if (!d)
		return gac_fail(c->err, GAC_ENOMEM, c->file, n->line, n->col, "out of memory");
	free(*out);
	*out = d;
	return GAC_OK;
}

gac_status gac_get_string(gac_ctx *c, const gac_node *n, const char *what, char **out)
{
	return get_text(c, n, what, out, false);
}

gac_status gac_get_text(gac_ctx *c, const gac_node *n, const char *what, char **out)
{
	return get_text(c, n, what, out, true);
}

gac_status gac_check_date(gac_ctx *c, const gac_node *n)
{
	static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	const char *t = n->text;
	int y, m, d;
	char extra;
	/* sscanf's %d takes signs and spaces ("+025-02-28"), so check every
	 * digit first; then the day against the month (and leap years) */
	bool digits = n->type == GAC_NODE_SCALAR && strlen(t) == 10;
	for (int i = 0; digits && i < 10; i++)
		if (i != 4 && i != 7 && (t[i] < '0' || t[i] > '9'))
			digits = false;
	if (!digits || sscanf(t, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3 || m < 1 || m > 12 ||
	    d < 1 || d > mdays[m - 1] ||
	    (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) ||
	    t[4] != '-' || t[7] != '-')
		return gac_fail(c->err, GAC_EVALUE, c->file, n->line, n->col,
		                "dates are written YYYY-MM-DD (got '%.*s%s')",
		                GAC_SHOW(n->type == GAC_NODE_SCALAR ? t : "not a scalar"));
	return GAC_OK;
}

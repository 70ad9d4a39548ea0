/* The internal YAML tree (lib/yaml.c): positions, limits, and the schema
 * helpers every loader shares. */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"

#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Parse a NUL-terminated text; the error is cleared first. */
static gac_status parse(gac_doc *doc, const char *text, gac_error *err)
{
	gac_error_clear(err);
	return gac_yaml_parse(doc, text, strlen(text), "t.yaml", err);
}

/* Parse text that must fail with `want` at `line`:`col` with a message
 * containing `msg`. */
static void expect_fail(const char *text, size_t len, gac_status want, unsigned line, unsigned col,
                        const char *msg)
{
	gac_doc doc;
	gac_error err;
	gac_error_clear(&err);
	gac_status st = gac_yaml_parse(&doc, text, len, "bad.yaml", &err);
	ck_assert_msg(st == want, "status %d (%s: %s), expected %d", (int)st, gac_strerror(st),
	              err.message, (int)want);
	ck_assert_int_eq(err.status, want);
	ck_assert_ptr_null(doc.root);
	ck_assert_str_eq(err.file, "bad.yaml");
	ck_assert_msg(err.line == line && err.column == col, "error at %u:%u, expected %u:%u (%s)",
	              err.line, err.column, line, col, err.message);
	ck_assert_msg(strstr(err.message, msg), "message '%s' lacks '%s'", err.message, msg);
}

static void expect_fail_str(const char *text, gac_status want, unsigned line, unsigned col,
                            const char *msg)
{
	expect_fail(text, strlen(text), want, line, col, msg);
}

/* Map value by key, asserting it exists. */
static const gac_node *get(const gac_node *map, const char *key)
{
	const gac_node *v = gac_map_get(map, key);
	ck_assert_msg(v != NULL, "no key '%s'", key);
	return v;
}

static void expect_pos(const gac_node *n, gac_node_type type, unsigned line, unsigned col)
{
	ck_assert_int_eq(n->type, type);
	ck_assert_msg(n->line == line && n->col == col, "node '%s' at %u:%u, expected %u:%u",
	              n->text ? n->text : "(collection)", n->line, n->col, line, col);
}

/* ---- positions ---- */

START_TEST(test_positions)
{
	static const char text[] =
		"genaicost: pricesheet/1\n"             /* 1 */
		"# a comment line\n"                    /* 2 */
		"models:\n"                             /* 3 */
		"  - id: a\n"                           /* 4 */
		"    regions: [us-east-1, \"x y\"]\n"   /* 5 */
		"  - {id: b, per: 1K}\n"                /* 6 */
		"name:   spaced   \n";                  /* 7 */
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, text, &err), GAC_OK);
	ck_assert_int_eq(err.status, GAC_OK);
	const gac_node *root = doc.root;
	expect_pos(root, GAC_NODE_MAP, 1, 1);
	ck_assert_uint_eq(root->count, 3);
	ck_assert_uint_eq(root->slots, 6);
	expect_pos(root->items[0], GAC_NODE_SCALAR, 1, 1);
	ck_assert_str_eq(root->items[0]->text, "genaicost");
	const gac_node *v = get(root, "genaicost");
	expect_pos(v, GAC_NODE_SCALAR, 1, 12);
	ck_assert_str_eq(v->text, "pricesheet/1");
	ck_assert(!v->quoted);
	expect_pos(gac_map_key_node(root, "models"), GAC_NODE_SCALAR, 3, 1);
	const gac_node *models = get(root, "models");
	expect_pos(models, GAC_NODE_SEQ, 4, 3);
	ck_assert_uint_eq(models->count, 2);
	const gac_node *m0 = models->items[0];
	expect_pos(m0, GAC_NODE_MAP, 4, 5);
	expect_pos(gac_map_key_node(m0, "id"), GAC_NODE_SCALAR, 4, 5);
	expect_pos(get(m0, "id"), GAC_NODE_SCALAR, 4, 9);
	const gac_node *regions = get(m0, "regions");
	expect_pos(regions, GAC_NODE_SEQ, 5, 14);
	ck_assert_uint_eq(regions->count, 2);
	expect_pos(regions->items[0], GAC_NODE_SCALAR, 5, 15);
	ck_assert_str_eq(regions->items[0]->text, "us-east-1");
	ck_assert(!regions->items[0]->quoted);
	expect_pos(regions->items[1], GAC_NODE_SCALAR, 5, 26);
	ck_assert_str_eq(regions->items[1]->text, "x y");
	ck_assert(regions->items[1]->quoted);
	const gac_node *m1 = models->items[1];
	expect_pos(m1, GAC_NODE_MAP, 6, 5);
	expect_pos(get(m1, "id"), GAC_NODE_SCALAR, 6, 10);
	expect_pos(get(m1, "per"), GAC_NODE_SCALAR, 6, 18);
	ck_assert_str_eq(get(m1, "per")->text, "1K");
	const gac_node *name = get(root, "name");
	expect_pos(name, GAC_NODE_SCALAR, 7, 9);
	ck_assert_str_eq(name->text, "spaced");
	/* weight counts every node: root 1, three top-level pairs 6, two
	 * model mappings 2, their 2 + 2 pairs 8, two regions 2 */
	ck_assert_uint_eq(root->weight, 19);
	ck_assert_ptr_null(gac_map_get(root, "missing"));
	ck_assert_ptr_null(gac_map_key_node(root, "missing"));
	ck_assert_ptr_null(gac_map_get(models, "id"));  /* not a mapping */
	ck_assert_ptr_null(gac_map_get(NULL, "id"));
	gac_yaml_free(&doc);
	ck_assert_ptr_null(doc.root);
	gac_yaml_free(&doc);  /* twice is harmless */
	gac_yaml_free(NULL);
}
END_TEST

START_TEST(test_scalar_root_and_quoting)
{
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, "a: \"1\"\nb: '2'\nc: 3\nd: |\n  block\n", &err), GAC_OK);
	ck_assert(get(doc.root, "a")->quoted);
	ck_assert(get(doc.root, "b")->quoted);
	ck_assert(!get(doc.root, "c")->quoted);
	ck_assert(get(doc.root, "d")->quoted);
	ck_assert_str_eq(get(doc.root, "d")->text, "block\n");
	gac_yaml_free(&doc);
	ck_assert_int_eq(parse(&doc, "  just text\n", &err), GAC_OK);
	expect_pos(doc.root, GAC_NODE_SCALAR, 1, 3);
	ck_assert_str_eq(doc.root->text, "just text");
	gac_yaml_free(&doc);
}
END_TEST

START_TEST(test_node_type_names)
{
	ck_assert_str_eq(gac_node_type_name(GAC_NODE_SCALAR), "a scalar");
	ck_assert_str_eq(gac_node_type_name(GAC_NODE_SEQ), "a list");
	ck_assert_str_eq(gac_node_type_name(GAC_NODE_MAP), "a mapping");
}
END_TEST

/* ---- malformed input ---- */

START_TEST(test_syntax_errors)
{
	expect_fail_str("a: b: c\n", GAC_ESYNTAX, 1, 5, "mapping values are not allowed");
	expect_fail_str("a: 1\nb: [1, 2\nc: 3\n", GAC_ESYNTAX, 3, 2, "did not find expected ',' or ']'");
	expect_fail_str("a: 1\nb: \"open\n", GAC_ESYNTAX, 3, 1, "unexpected end of stream");
	expect_fail_str("a:\n  - 1\n - 2\n", GAC_ESYNTAX, 3, 2, "did not find expected");
	expect_fail_str("a: *nope\n", GAC_ESYNTAX, 1, 4, "unknown alias 'nope'");
}
END_TEST

START_TEST(test_duplicate_keys)
{
	expect_fail_str("a: 1\nb:\n  c: 1\n  d: 2\n  c: 3\n", GAC_ESCHEMA, 5, 3,
	                "duplicate key 'c' (first at line 3)");
	/* the earliest repeat is reported, whatever the alphabetical order */
	expect_fail_str("z: 1\na: 1\nz: 2\na: 2\n", GAC_ESCHEMA, 3, 1,
	                "duplicate key 'z' (first at line 1)");
	expect_fail_str("{x: 1, y: 2, x: 3, x: 4}\n", GAC_ESCHEMA, 1, 14,
	                "duplicate key 'x' (first at line 1)");
	/* the same key in different mappings is fine */
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, "a: {x: 1}\nb: {x: 2}\nx: 3\n", &err), GAC_OK);
	gac_yaml_free(&doc);
}
END_TEST

START_TEST(test_many_keys_fast)
{
	/* 100,000 distinct keys and one repeat at the end: no n^2 check */
	size_t n = 100000, cap = n * 16 + 64, len = 0;
	char *text = malloc(cap);
	ck_assert_ptr_nonnull(text);
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(text + len, cap - len, "key%zu: %zu\n", i, i);
	len += (size_t)snprintf(text + len, cap - len, "key17: again\n");
	gac_doc doc;
	gac_error err;
	gac_error_clear(&err);
	clock_t t0 = clock();
	gac_status st = gac_yaml_parse(&doc, text, len, "big.yaml", &err);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	free(text);
	ck_assert_int_eq(st, GAC_ESCHEMA);
	ck_assert_str_eq(err.message, "duplicate key 'key17' (first at line 18)");
	ck_assert_uint_eq(err.line, 100001);
	ck_assert_uint_eq(err.column, 1);
	/* pairwise comparison took 25 s here; sorting takes 0.1 s (2 s
	 * under valgrind) */
	ck_assert_msg(secs < 10.0, "100,000 keys took %.1f s", secs);
}
END_TEST

START_TEST(test_merge_keys_rejected)
{
	expect_fail_str("base: &b {x: 1}\nuse:\n  <<: *b\n  y: 2\n", GAC_ESCHEMA, 3, 3,
	                "merge keys (<<) are not supported");
}
END_TEST

START_TEST(test_non_scalar_keys_rejected)
{
	expect_fail_str("? [a, b]\n: 1\n", GAC_ESCHEMA, 1, 3, "mapping keys must be scalars");
	expect_fail_str("{[a]: 1}\n", GAC_ESCHEMA, 1, 2, "mapping keys must be scalars");
}
END_TEST

START_TEST(test_multiple_documents_rejected)
{
	expect_fail_str("a: 1\n---\nb: 2\n", GAC_ESYNTAX, 2, 1,
	                "more than one YAML document in the file");
	expect_fail_str("---\na: 1\n...\n---\nb: 2\n", GAC_ESYNTAX, 4, 1,
	                "more than one YAML document");
	/* one explicit document is fine */
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, "---\na: 1\n...\n", &err), GAC_OK);
	expect_pos(doc.root, GAC_NODE_MAP, 2, 1);
	gac_yaml_free(&doc);
}
END_TEST

START_TEST(test_tabs_rejected)
{
	expect_fail_str("a:\n\tb: 1\n", GAC_ESYNTAX, 2, 1, "found character that cannot start any token");
	/* libyaml's words name no tab: the message does */
	expect_fail_str("a:\n\tb: 1\n", GAC_ESYNTAX, 2, 1, "(a tab: YAML indents with spaces only)");
	expect_fail_str("genaicost: scenario/1\nworkloads:\n  - name: chat\n\tmodel: x\n", GAC_ESYNTAX, 4,
	                1, "tab");
}
END_TEST

START_TEST(test_bom_accepted)
{
	static const char text[] = "\xEF\xBB\xBFgenaicost: scenario/1\nname: x\n";
	gac_doc doc;
	gac_error err;
	gac_error_clear(&err);
	ck_assert_int_eq(gac_yaml_parse(&doc, text, sizeof text - 1, "bom.yaml", &err), GAC_OK);
	/* the mark is not a column: the first key is at 1:1 */
	expect_pos(doc.root, GAC_NODE_MAP, 1, 1);
	expect_pos(doc.root->items[0], GAC_NODE_SCALAR, 1, 1);
	ck_assert_str_eq(doc.root->items[0]->text, "genaicost");
	expect_pos(get(doc.root, "genaicost"), GAC_NODE_SCALAR, 1, 12);
	expect_pos(get(doc.root, "name"), GAC_NODE_SCALAR, 2, 7);
	gac_yaml_free(&doc);
	/* and an error after a BOM is still placed right */
	expect_fail_str("\xEF\xBB\xBF" "a: 1\na: 2\n", GAC_ESCHEMA, 2, 1, "duplicate key 'a'");
	/* a BOM alone is an empty file */
	expect_fail_str("\xEF\xBB\xBF", GAC_ESCHEMA, 1, 1, "the file is empty");
}
END_TEST

START_TEST(test_invalid_utf8_rejected)
{
	/* the bad byte is character 7 of line 2 */
	expect_fail_str("genaicost: scenario/1\nname: \xff\xfe\n", GAC_ESYNTAX, 2, 7,
	                "invalid leading UTF-8 octet");
	expect_fail_str("a: 1\nb: \"caf\xc3\x28\"\n", GAC_ESYNTAX, 2, 9, "invalid trailing UTF-8 octet");
	expect_fail_str("a: \x80\n", GAC_ESYNTAX, 1, 4, "UTF-8");
	/* multi-byte characters before the bad byte count as one column */
	expect_fail_str("a: \xc3\xa9t\xc3\xa9 \xff\n", GAC_ESYNTAX, 1, 8, "UTF-8");
	expect_fail_str("a: caf\xc3", GAC_ESYNTAX, 1, 7, "incomplete UTF-8 octet sequence");
	/* valid multi-byte text is fine, and control characters are not */
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, "name: caf\xc3\xa9 \xe2\x82\xac\n", &err), GAC_OK);
	ck_assert_str_eq(get(doc.root, "name")->text, "caf\xc3\xa9 \xe2\x82\xac");
	gac_yaml_free(&doc);
	expect_fail_str("a: 1\nb: x\x01y\n", GAC_ESYNTAX, 2, 5, "control characters are not allowed");
}
END_TEST

START_TEST(test_nul_byte_rejected)
{
	static const char raw[] = "a: 1\nb: x\0y\n";
	expect_fail(raw, sizeof raw - 1, GAC_ESYNTAX, 2, 5, "control characters");
	expect_fail_str("a: \"x\\0y\"\n", GAC_EVALUE, 1, 4, "scalar contains a NUL byte");
}
END_TEST

/* ---- limits ---- */

/* `depth` nested flow lists around nothing: [[[...]]] */
static char *nested(size_t depth)
{
	char *t = malloc(2 * depth + 2);
	ck_assert_ptr_nonnull(t);
	memset(t, '[', depth);
	memset(t + depth, ']', depth);
	t[2 * depth] = '\n';
	t[2 * depth + 1] = '\0';
	return t;
}

START_TEST(test_depth_limit)
{
	gac_doc doc;
	gac_error err;
	char *ok = nested(GAC_MAX_DEPTH);
	ck_assert_int_eq(parse(&doc, ok, &err), GAC_OK);
	free(ok);
	const gac_node *n = doc.root;
	for (unsigned i = 1; i < GAC_MAX_DEPTH; i++) {
		ck_assert_int_eq(n->type, GAC_NODE_SEQ);
		ck_assert_uint_eq(n->count, 1);
		n = n->items[0];
	}
	ck_assert_int_eq(n->type, GAC_NODE_SEQ);
	ck_assert_uint_eq(n->count, 0);
	ck_assert_uint_eq(n->col, GAC_MAX_DEPTH);
	gac_yaml_free(&doc);

	char *deep = nested(GAC_MAX_DEPTH + 1);
	char msg[64];
	snprintf(msg, sizeof msg, "nesting deeper than %u levels", GAC_MAX_DEPTH);
	expect_fail_str(deep, GAC_ELIMIT, 1, GAC_MAX_DEPTH + 1, msg);
	free(deep);

	/* block mappings count the same way; a key is one level below its
	 * mapping, so the keys of the 64th nested mapping (line 64) are too
	 * deep */
	size_t cap = 64u * 1024u, len = 0;
	char *block = malloc(cap);
	ck_assert_ptr_nonnull(block);
	for (unsigned i = 0; i < GAC_MAX_DEPTH; i++)
		len += (size_t)snprintf(block + len, cap - len, "%*sk:\n", (int)(2 * i), "");
	snprintf(block + len, cap - len, "%*sleaf\n", (int)(2 * GAC_MAX_DEPTH), "");
	expect_fail_str(block, GAC_ELIMIT, GAC_MAX_DEPTH, 2 * GAC_MAX_DEPTH - 1, msg);
	free(block);
}
END_TEST

START_TEST(test_depth_limit_huge)
{
	/* 100,000 unclosed brackets stop at the limit, not at the end */
	size_t n = 100000;
	char *t = malloc(n + 1);
	ck_assert_ptr_nonnull(t);
	memset(t, '[', n);
	t[n] = '\0';
	expect_fail(t, n, GAC_ELIMIT, 1, GAC_MAX_DEPTH + 1, "nesting deeper");
	free(t);
}
END_TEST

START_TEST(test_billion_laughs)
{
	static const char bomb[] =
		"a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
		"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
		"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
		"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
		"e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
		"f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
		"g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
		"h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
		"i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";
	clock_t t0 = clock();
	/* e expands to 111,111 nodes; the 10th *e takes f past 10^6.  The
	 * error is placed at the node that pushed the count over, which for
	 * an alias is the anchored node: &e at 5:4. */
	char msg[64];
	snprintf(msg, sizeof msg, "document expands to more than %u nodes", GAC_MAX_NODES);
	expect_fail_str(bomb, GAC_ELIMIT, 5, 4, msg);
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	ck_assert_msg(secs < 1.0, "the alias bomb took %.2f s", secs);
}
END_TEST

START_TEST(test_alias_count_limit)
{
	size_t cap = 8192, len = 0;
	char *t = malloc(cap);
	ck_assert_ptr_nonnull(t);
	len += (size_t)snprintf(t + len, cap - len, "a: &x 1\nl: [");
	for (unsigned i = 0; i < GAC_MAX_ALIASES + 1; i++)
		len += (size_t)snprintf(t + len, cap - len, "%s*x", i ? "," : "");
	snprintf(t + len, cap - len, "]\n");
	char msg[64];
	snprintf(msg, sizeof msg, "more than %u aliases", GAC_MAX_ALIASES);
	/* alias number 257 starts at column 5 + 3 * 256 */
	expect_fail_str(t, GAC_ELIMIT, 2, 5 + 3 * GAC_MAX_ALIASES, msg);
	/* exactly the limit is fine */
	len = (size_t)snprintf(t, cap, "a: &x 1\nl: [");
	for (unsigned i = 0; i < GAC_MAX_ALIASES; i++)
		len += (size_t)snprintf(t + len, cap - len, "%s*x", i ? "," : "");
	snprintf(t + len, cap - len, "]\n");
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, t, &err), GAC_OK);
	ck_assert_uint_eq(get(doc.root, "l")->count, GAC_MAX_ALIASES);
	/* each alias a copy at its own place: the 256th at column 5 + 3 * 255 */
	ck_assert_uint_eq(get(doc.root, "a")->refs, 1);
	expect_pos(get(doc.root, "l")->items[GAC_MAX_ALIASES - 1], GAC_NODE_SCALAR, 2, 5 + 3 * (GAC_MAX_ALIASES - 1));
	gac_yaml_free(&doc);
	free(t);
}
END_TEST

START_TEST(test_small_aliases_shared)
{
	/* an alias is a copy of its anchor's nodes placed at the alias, so an
	 * error in it points there (`- *w` reported at the anchor was issue
	 * 16 item 8); past ALIAS_COPY_BUDGET nodes aliases share (see
	 * test_billion_laughs) */
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc,
	                       "base: &b {per: 1K, input: 0.003}\n"
	                       "copy: *b\n"
	                       "list: [*b, &s text, *s]\n",
	                       &err),
	                 GAC_OK);
	const gac_node *base = get(doc.root, "base");
	const gac_node *copy = get(doc.root, "copy");
	ck_assert_ptr_ne(base, copy);
	ck_assert_uint_eq(base->refs, 1);
	ck_assert_int_eq(copy->type, GAC_NODE_MAP);
	ck_assert_str_eq(get(copy, "input")->text, "0.003");
	expect_pos(base, GAC_NODE_MAP, 1, 7);
	expect_pos(copy, GAC_NODE_MAP, 2, 7);           /* at the alias */
	expect_pos(get(copy, "input"), GAC_NODE_SCALAR, 2, 7);  /* and all within */
	const gac_node *list = get(doc.root, "list");
	ck_assert_uint_eq(list->count, 3);
	expect_pos(list->items[0], GAC_NODE_MAP, 3, 8);
	ck_assert_str_eq(list->items[2]->text, "text");
	expect_pos(list->items[1], GAC_NODE_SCALAR, 3, 12);
	expect_pos(list->items[2], GAC_NODE_SCALAR, 3, 21);
	/* weight expands aliases: base 5, list 1 + 5 + 1 + 1 */
	ck_assert_uint_eq(base->weight, 5);
	ck_assert_uint_eq(copy->weight, 5);
	ck_assert_uint_eq(list->weight, 8);
	ck_assert_uint_eq(doc.root->weight, 1 + 3 + 5 + 5 + 8);
	gac_yaml_free(&doc);
}
END_TEST

START_TEST(test_recursive_alias_rejected)
{
	expect_fail_str("a: &x [1, *x]\n", GAC_ESYNTAX, 1, 11,
	                "alias 'x' refers to a node that contains it");
	expect_fail_str("a: &m\n  b: *m\n", GAC_ESYNTAX, 2, 6, "refers to a node that contains it");
	/* re-anchoring the name inside is a different node, and fine */
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, "a: &x [&x 1, *x]\n", &err), GAC_OK);
	const gac_node *a = get(doc.root, "a");
	/* *x is the inner 1, copied at the alias */
	ck_assert_str_eq(a->items[1]->text, "1");
	expect_pos(a->items[0], GAC_NODE_SCALAR, 1, 8);
	expect_pos(a->items[1], GAC_NODE_SCALAR, 1, 14);
	gac_yaml_free(&doc);
}
END_TEST

START_TEST(test_scalar_limit)
{
	size_t n = GAC_MAX_SCALAR_BYTES;
	char *t = malloc(n + 16);
	ck_assert_ptr_nonnull(t);
	memcpy(t, "a: ", 3);
	memset(t + 3, 'x', n);
	strcpy(t + 3 + n, "\n");
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, t, &err), GAC_OK);
	ck_assert_uint_eq(strlen(get(doc.root, "a")->text), n);
	gac_yaml_free(&doc);
	memset(t + 3, 'x', n + 1);
	strcpy(t + 4 + n, "\n");
	char msg[64];
	snprintf(msg, sizeof msg, "scalar longer than %u bytes", GAC_MAX_SCALAR_BYTES);
	expect_fail_str(t, GAC_ELIMIT, 1, 4, msg);
	free(t);
}
END_TEST

START_TEST(test_file_size_limit)
{
	size_t n = (size_t)GAC_MAX_FILE_BYTES + 1;
	char *t = malloc(n);
	ck_assert_ptr_nonnull(t);
	memset(t, '#', n);
	gac_doc doc;
	gac_error err;
	gac_error_clear(&err);
	ck_assert_int_eq(gac_yaml_parse(&doc, t, n, "huge.yaml", &err), GAC_ELIMIT);
	ck_assert_ptr_null(doc.root);
	ck_assert_ptr_nonnull(strstr(err.message, "file is larger than"));
	free(t);
}
END_TEST

/* gac_read_file: a big regular file is refused from its size, unread; a
 * device without an end is read only up to the limit; a directory at once */
START_TEST(test_read_file_limits)
{
	char path[] = "/tmp/gac-big-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(ftruncate(fd, (off_t)GAC_MAX_FILE_BYTES + 1), 0);
	close(fd);
	char *data = NULL;
	size_t len = 0;
	gac_error err;
	gac_error_clear(&err);
	clock_t t0 = clock();
	ck_assert_int_eq(gac_read_file(&data, &len, path, GAC_MAX_FILE_BYTES, &err), GAC_ELIMIT);
	ck_assert_msg((double)(clock() - t0) / CLOCKS_PER_SEC < 0.05, "a big file was read, not refused");
	ck_assert_ptr_null(data);
	ck_assert_ptr_nonnull(strstr(err.message, "file is larger than 16777216 bytes"));
	unlink(path);

	gac_error_clear(&err);
	ck_assert_int_eq(gac_read_file(&data, &len, "/dev/zero", 100000, &err), GAC_ELIMIT);
	ck_assert_ptr_null(data);
	ck_assert_str_eq(err.file, "/dev/zero");

	gac_error_clear(&err);
	ck_assert_int_eq(gac_read_file(&data, &len, "/tmp", GAC_MAX_FILE_BYTES, &err), GAC_EIO);
	ck_assert_ptr_nonnull(strstr(err.message, "is a directory"));
}
END_TEST

START_TEST(test_empty_rejected)
{
	expect_fail_str("", GAC_ESCHEMA, 1, 1, "the file is empty");
	expect_fail_str("# only a comment\n\n", GAC_ESCHEMA, 1, 1, "the file is empty");
	expect_fail_str("   \n\n\n", GAC_ESCHEMA, 1, 1, "the file is empty");
}
END_TEST

/* ---- schema helpers ---- */

START_TEST(test_check_keys)
{
	static const char *const keys[] = {"name", "regions", "input", "output", NULL};
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, "name: a\nregions: [x]\n  # note\ninput: 1\n", &err), GAC_OK);
	gac_ctx c = {.file = "keys.yaml", .err = &err};
	ck_assert_int_eq(gac_check_keys(&c, doc.root, keys, "a model entry"), GAC_OK);
	gac_yaml_free(&doc);

	ck_assert_int_eq(parse(&doc, "name: a\nregions: [x]\nouptut: 2\n", &err), GAC_OK);
	gac_error_clear(&err);
	ck_assert_int_eq(gac_check_keys(&c, doc.root, keys, "a model entry"), GAC_ESCHEMA);
	ck_assert_int_eq(err.status, GAC_ESCHEMA);
	ck_assert_str_eq(err.file, "keys.yaml");
	ck_assert_uint_eq(err.line, 3);
	ck_assert_uint_eq(err.column, 1);
	ck_assert_str_eq(err.message, "unknown key 'ouptut' in a model entry (did you mean 'output'?)");
	gac_yaml_free(&doc);

	/* nothing close: no suggestion */
	ck_assert_int_eq(parse(&doc, "name: a\nlatency_budget: 2\n", &err), GAC_OK);
	gac_error_clear(&err);
	ck_assert_int_eq(gac_check_keys(&c, doc.root, keys, "a model entry"), GAC_ESCHEMA);
	ck_assert_str_eq(err.message, "unknown key 'latency_budget' in a model entry");
	ck_assert_uint_eq(err.line, 2);
	ck_assert_uint_eq(err.column, 1);
	gac_yaml_free(&doc);

	/* a hostile key is quoted in part, so the message keeps its end */
	char *longkey = malloc(1100);
	ck_assert_ptr_nonnull(longkey);
	memset(longkey, 'k', 1000);
	strcpy(longkey + 1000, ": 1\n");
	ck_assert_int_eq(parse(&doc, longkey, &err), GAC_OK);
	gac_error_clear(&err);
	ck_assert_int_eq(gac_check_keys(&c, doc.root, keys, "a model entry"), GAC_ESCHEMA);
	ck_assert_uint_eq(strlen(err.message), strlen("unknown key '...' in a model entry") + 80);
	ck_assert_ptr_nonnull(strstr(err.message, "kkk...' in a model entry"));
	gac_yaml_free(&doc);
	free(longkey);

	/* a one-letter key is not "close" to a two-letter one */
	static const char *const short_keys[] = {"id", NULL};
	ck_assert_int_eq(parse(&doc, "{id: 1,   x: 2}\n", &err), GAC_OK);
	gac_error_clear(&err);
	ck_assert_int_eq(gac_check_keys(&c, doc.root, short_keys, "an entry"), GAC_ESCHEMA);
	ck_assert_str_eq(err.message, "unknown key 'x' in an entry");
	ck_assert_uint_eq(err.line, 1);
	ck_assert_uint_eq(err.column, 11);
	gac_yaml_free(&doc);
}
END_TEST

START_TEST(test_expect)
{
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, "models:\n  - a\n", &err), GAC_OK);
	gac_ctx c = {.file = "e.yaml", .err = &err};
	const gac_node *models = get(doc.root, "models");
	ck_assert_int_eq(gac_expect(&c, models, GAC_NODE_SEQ, "models"), GAC_OK);
	gac_error_clear(&err);
	ck_assert_int_eq(gac_expect(&c, models, GAC_NODE_MAP, "models"), GAC_ESCHEMA);
	ck_assert_str_eq(err.message, "models must be a mapping, not a list");
	ck_assert_uint_eq(err.line, 2);
	ck_assert_uint_eq(err.column, 3);
	gac_yaml_free(&doc);
}
END_TEST

START_TEST(test_get_number)
{
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc,
	                       "a: 2M\n"
	                       "b:   -1\n"
	                       "c: abc\n"
	                       "d: [1]\n"
	                       "e: 1e999\n"
	                       "f: 50%\n"
	                       "g: 1_500\n"
	                       "h: .nan\n",
	                       &err),
	                 GAC_OK);
	gac_ctx c = {.file = "n.yaml", .err = &err};
	const gac_node *r = doc.root;
	double v = 0;
	ck_assert_int_eq(gac_get_number(&c, get(r, "a"), GAC_NUM_SUFFIX, "a", &v), GAC_OK);
	ck_assert(v == 2e6);
	ck_assert_int_eq(gac_get_number(&c, get(r, "f"), GAC_NUM_PERCENT, "f", &v), GAC_OK);
	ck_assert(v == 0.5);
	ck_assert_int_eq(gac_get_number(&c, get(r, "g"), GAC_NUM_NONNEG, "g", &v), GAC_OK);
	ck_assert(v == 1500.0);
	ck_assert_int_eq(gac_get_number(&c, get(r, "b"), 0, "b", &v), GAC_OK);
	ck_assert(v == -1.0);

	gac_error_clear(&err);
	ck_assert_int_eq(gac_get_number(&c, get(r, "a"), 0, "a", &v), GAC_EVALUE);
	ck_assert_str_eq(err.message, "a: '2M' is not a number");
	ck_assert_uint_eq(err.line, 1);
	ck_assert_uint_eq(err.column, 4);

	gac_error_clear(&err);
	ck_assert_int_eq(gac_get_number(&c, get(r, "c"), GAC_NUM_SUFFIX, "count", &v), GAC_EVALUE);
	ck_assert_str_eq(err.message, "count: 'abc' is not a number (suffixes k, M, B allowed)");
	ck_assert_uint_eq(err.line, 3);

	gac_error_clear(&err);
	ck_assert_int_eq(gac_get_number(&c, get(r, "c"), GAC_NUM_PERCENT, "share", &v), GAC_EVALUE);
	ck_assert_str_eq(err.message, "share: 'abc' is not a number or percentage");

	gac_error_clear(&err);
	ck_assert_int_eq(gac_get_number(&c, get(r, "b"), GAC_NUM_NONNEG, "price", &v), GAC_EVALUE);
	ck_assert_str_eq(err.message, "price must not be negative (got -1)");
	ck_assert_str_eq(err.file, "n.yaml");
	ck_assert_uint_eq(err.line, 2);
	ck_assert_uint_eq(err.column, 6);

	gac_error_clear(&err);
	ck_assert_int_eq(gac_get_number(&c, get(r, "d"), 0, "d", &v), GAC_ESCHEMA);
	ck_assert_str_eq(err.message, "d must be a scalar, not a list");
	ck_assert_uint_eq(err.line, 4);
	ck_assert_uint_eq(err.column, 4);

	gac_error_clear(&err);
	ck_assert_int_eq(gac_get_number(&c, get(r, "e"), 0, "e", &v), GAC_EVALUE);
	ck_assert_str_eq(err.message, "e: '1e999' is out of range");
	ck_assert_uint_eq(err.line, 5);

	gac_error_clear(&err);
	ck_assert_int_eq(gac_get_number(&c, get(r, "h"), GAC_NUM_NONNEG, "h", &v), GAC_EVALUE);
	ck_assert_str_eq(err.message, "h: '.nan' is not a number");
	ck_assert(v == -1.0); /* untouched by the failures */
	gac_yaml_free(&doc);
}
END_TEST

START_TEST(test_get_string)
{
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, "a: text\nb: ''\nc: {}\n", &err), GAC_OK);
	gac_ctx c = {.file = "s.yaml", .err = &err};
	char *s = NULL;
	ck_assert_int_eq(gac_get_string(&c, get(doc.root, "a"), "a", &s), GAC_OK);
	ck_assert_str_eq(s, "text");
	gac_error_clear(&err);
	ck_assert_int_eq(gac_get_string(&c, get(doc.root, "b"), "b", &s), GAC_EVALUE);
	ck_assert_str_eq(err.message, "b must not be empty");
	ck_assert_uint_eq(err.line, 2);
	ck_assert_uint_eq(err.column, 4);
	ck_assert_int_eq(gac_get_string(&c, get(doc.root, "c"), "c", &s), GAC_ESCHEMA);
	ck_assert_str_eq(err.message, "c must be a scalar, not a mapping");
	ck_assert_str_eq(s, "text"); /* kept on failure */
	free(s);
	gac_yaml_free(&doc);
}
END_TEST

/* issue 16: control characters, raw or as YAML escapes, are refused at
 * the scalar that holds them; tabs and line breaks only in multi-line
 * text (gac_get_text), never in a key or in one-line text */
START_TEST(test_control_characters)
{
	static const struct { const char *yaml; unsigned cp; } bad[] = {
		{"name: \"x\\x1b[2Jy\"\n", 0x1B}, {"name: \"\\e[31m\"\n", 0x1B}, {"name: \"a\\rb\"\n", 0x0D},
		{"name: \"a\\x7fb\"\n", 0x7F},    {"name: \"a\\u0085b\"\n", 0x85}, {"name: \"a\\x9bb\"\n", 0x9B},
		{"name: \"a\\Lb\"\n", 0x2028},    {"name: \"a\\Pb\"\n", 0x2029},   {"name: \"\\a\"\n", 0x07},
		{"name: \"a\\vb\"\n", 0x0B},
	};
	char want[32];
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		snprintf(want, sizeof want, "(U+%04X)", bad[i].cp);
		expect_fail(bad[i].yaml, strlen(bad[i].yaml), GAC_EVALUE, 1, 7, want);
	}
	expect_fail_str("a: 1\n\"k\\ney\": 2\n", GAC_EVALUE, 2, 1, "a key holds a line break");
	expect_fail_str("\"k\\tey\": 2\n", GAC_EVALUE, 1, 1, "a key holds a tab");
	/* a block scalar and \t, \n escapes: fine for text over lines */
	gac_doc doc;
	gac_error err;
	ck_assert_int_eq(parse(&doc, "notes: |\n  one\n  two\tthree\nname: \"a\\tb\"\nn2: \"a\\nb\"\nok: café\n", &err),
	                 GAC_OK);
	gac_ctx c = {.file = "s.yaml", .err = &err};
	char *s = NULL;
	ck_assert_int_eq(gac_get_text(&c, get(doc.root, "notes"), "notes", &s), GAC_OK);
	ck_assert_str_eq(s, "one\ntwo\tthree\n");
	ck_assert_int_eq(gac_get_string(&c, get(doc.root, "notes"), "notes", &s), GAC_EVALUE);
	ck_assert_str_eq(err.message, "notes is one line of text: a line break (U+000A) is refused, written or as an escape");
	ck_assert_uint_eq(err.line, 1);
	ck_assert_uint_eq(err.column, 8);
	ck_assert_int_eq(gac_get_string(&c, get(doc.root, "name"), "name", &s), GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(err.message, "a tab (U+0009)"));
	ck_assert_int_eq(gac_get_string(&c, get(doc.root, "n2"), "n2", &s), GAC_EVALUE);
	ck_assert_int_eq(gac_get_string(&c, get(doc.root, "ok"), "ok", &s), GAC_OK);
	ck_assert_str_eq(s, "café");
	free(s);
	gac_yaml_free(&doc);
	/* the lenient parse, only to place errors in JSON, keeps them */
	ck_assert_int_eq(gac_yaml_parse_any(&doc, "{\"a\": \"x\\u001by\"}", 17, "b.json", &err), GAC_OK);
	ck_assert_str_eq(get(doc.root, "a")->text, "x\x1by");
	gac_yaml_free(&doc);
	/* the helper itself: offsets and code points */
	unsigned cp = 0;
	ck_assert_int_eq(gac_text_control("plain text, é and €", false, &cp), -1);
	ck_assert_int_eq(gac_text_control("ab\tc", true, &cp), -1);
	ck_assert_int_eq(gac_text_control("ab\tc", false, &cp), 2);
	ck_assert_uint_eq(cp, 9);
	ck_assert_int_eq(gac_text_control("é\xc2\x9f", true, &cp), 2);
	ck_assert_uint_eq(cp, 0x9F);
	ck_assert_int_eq(gac_text_control("x\xe2\x80\xa9", true, &cp), 1);
	ck_assert_uint_eq(cp, 0x2029);
	ck_assert_int_eq(gac_text_control("\x7f", true, &cp), 0);
	ck_assert_uint_eq(cp, 0x7F);
}
END_TEST

START_TEST(test_check_date)
{
	static const char *const good[] = {"2025-02-28", "2024-02-29", "2000-02-29", "2025-12-31",
	                                   "1999-01-01"};
	static const char *const bad[] = {
		"2025-2-28",  "2025-02-28x", "2025/02/28", "20250228",   "2025-13-01", "2025-00-10",
		"2025-01-00", "2025-01-32",  "2025-02-30", "2025-02-29", "1900-02-29", "2025-04-31",
		"+025-02-28", " 025-02-28",  "2025-+2-28", "2025-1 -01", "yesterday",  "",
	};
	gac_error err;
	gac_ctx c = {.file = "d.yaml", .err = &err};
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		gac_node n = {.type = GAC_NODE_SCALAR, .line = 3, .col = 8, .text = (char *)good[i]};
		ck_assert_msg(gac_check_date(&c, &n) == GAC_OK, "'%s' rejected", good[i]);
	}
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		gac_node n = {.type = GAC_NODE_SCALAR, .line = 3, .col = 8, .text = (char *)bad[i]};
		gac_error_clear(&err);
		ck_assert_msg(gac_check_date(&c, &n) == GAC_EVALUE, "'%s' accepted", bad[i]);
		char want[128];
		snprintf(want, sizeof want, "dates are written YYYY-MM-DD (got '%s')", bad[i]);
		ck_assert_str_eq(err.message, want);
		ck_assert_uint_eq(err.line, 3);
		ck_assert_uint_eq(err.column, 8);
	}
	/* from a parsed document, and not a scalar */
	gac_doc doc;
	ck_assert_int_eq(parse(&doc, "as_of: 2025-02-28\nbad: [2025-02-28]\n", &err), GAC_OK);
	ck_assert_int_eq(gac_check_date(&c, get(doc.root, "as_of")), GAC_OK);
	gac_error_clear(&err);
	ck_assert_int_eq(gac_check_date(&c, get(doc.root, "bad")), GAC_EVALUE);
	ck_assert_str_eq(err.message, "dates are written YYYY-MM-DD (got 'not a scalar')");
	ck_assert_uint_eq(err.line, 2);
	ck_assert_uint_eq(err.column, 6);
	gac_yaml_free(&doc);
}
END_TEST

Suite *suite_yaml(void)
{
	Suite *s = suite_create("yaml");
	TCase *tree = tcase_create("tree");
	tcase_add_test(tree, test_positions);
	tcase_add_test(tree, test_scalar_root_and_quoting);
	tcase_add_test(tree, test_node_type_names);
	tcase_add_test(tree, test_small_aliases_shared);
	tcase_add_test(tree, test_bom_accepted);
	suite_add_tcase(s, tree);

	TCase *bad = tcase_create("malformed");
	tcase_add_test(bad, test_syntax_errors);
	tcase_add_test(bad, test_duplicate_keys);
	tcase_add_test(bad, test_merge_keys_rejected);
	tcase_add_test(bad, test_non_scalar_keys_rejected);
	tcase_add_test(bad, test_multiple_documents_rejected);
	tcase_add_test(bad, test_tabs_rejected);
	tcase_add_test(bad, test_invalid_utf8_rejected);
	tcase_add_test(bad, test_nul_byte_rejected);
	tcase_add_test(bad, test_recursive_alias_rejected);
	tcase_add_test(bad, test_empty_rejected);
	suite_add_tcase(s, bad);

	TCase *lim = tcase_create("limits");
	/* valgrind runs these too: leave room for its slowdown */
	tcase_set_timeout(lim, 120);
	tcase_add_test(lim, test_depth_limit);
	tcase_add_test(lim, test_depth_limit_huge);
	tcase_add_test(lim, test_billion_laughs);
	tcase_add_test(lim, test_alias_count_limit);
	tcase_add_test(lim, test_scalar_limit);
	tcase_add_test(lim, test_file_size_limit);
	tcase_add_test(lim, test_read_file_limits);
	tcase_add_test(lim, test_many_keys_fast);
	suite_add_tcase(s, lim);

	TCase *schema = tcase_create("schema");
	tcase_add_test(schema, test_check_keys);
	tcase_add_test(schema, test_expect);
	tcase_add_test(schema, test_get_number);
	tcase_add_test(schema, test_get_string);
	tcase_add_test(schema, test_check_date);
	tcase_add_test(schema, test_control_characters);
	suite_add_tcase(s, schema);
	return s;
}

/* The file-access rule: which files a scenario's csv: and pricing: reach. */
#define _XOPEN_SOURCE 700  /* mkdtemp, symlink */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

/* A layout in a fresh directory T:
 *   T/scen/inside.csv      requests: 100, 300
 *   T/scen/link.csv     -> T/outside.csv (a symbolic link out)
 *   T/scen/sheets/s.yaml   (an empty file inside)
 *   T/outside.csv          requests: 5
 *   T/other/sheet.yaml     (outside) */
static char top[256], scen[300];

static void put(const char *dir, const char *name, const char *text)
{
	char p[600];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

static void setup(void)
{
	snprintf(top, sizeof top, "/tmp/gac-access-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(top));
	snprintf(scen, sizeof scen, "%s/scen", top);
	char p[600], q[600];
	ck_assert_int_eq(mkdir(scen, 0700), 0);
	snprintf(p, sizeof p, "%s/other", top);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	put(p, "sheet.yaml", "");
	snprintf(p, sizeof p, "%s/sheets", scen);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	put(p, "s.yaml", "");
	put(scen, "inside.csv", "requests\n100\n300\n");
	put(top, "outside.csv", "requests\n5\n");
	snprintf(p, sizeof p, "%s/outside.csv", top);
	snprintf(q, sizeof q, "%s/link.csv", scen);
	ck_assert_int_eq(symlink(p, q), 0);
}

static void teardown(void)
{
	char cmd[600];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", top);
	ck_assert_int_eq(system(cmd), 0);
}

/* A scenario in T/scen whose uncertain request rate reads `csv`. */
static gac_status load_csv(gac_scenario **s, const char *csv, const gac_load_options *o, gac_error *e)
{
	char yaml[1024], name[400];
	snprintf(yaml, sizeof yaml,
	         "genaicost: scenario/1\n"
	         "workloads:\n"
	         "  - {name: w, model: m.one, requests_per_month: 1, input_tokens: 1, output_tokens: 0}\n"
	         "uncertain:\n"
	         "  workloads.w.requests_per_month: {dist: empirical, csv: %s, column: requests}\n",
	         csv);
	snprintf(name, sizeof name, "%s/s.yaml", scen);
	put(scen, "s.yaml", yaml);
	return gac_scenario_load_file_opts(s, name, o, e);
}

START_TEST(csv_inside_is_read)
{
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_msg(load_csv(&s, "inside.csv", NULL, &e) == GAC_OK, "%s", e.message);
	ck_assert_uint_eq(s->uncertain[0].dist.count, 2);
	ck_assert_double_eq(s->uncertain[0].dist.values[0], 100);
	ck_assert_double_eq(s->uncertain[0].dist.values[1], 300);
	gac_scenario_free(s);
	/* './' and an inner '..' that stays inside are inside */
	ck_assert_msg(load_csv(&s, "./sheets/../inside.csv", NULL, &e) == GAC_OK, "%s", e.message);
	gac_scenario_free(s);
}
END_TEST

static void refused(const char *csv, const gac_load_options *o)
{
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_int_eq(load_csv(&s, csv, o, &e), GAC_EACCESS);
	ck_assert_ptr_null(s);
	ck_assert_int_eq(e.status, GAC_EACCESS);
	/* at the csv: value, line 5 column 58 */
	ck_assert_uint_eq(e.line, 5);
	ck_assert_uint_eq(e.column, 58);
	ck_assert_msg(strstr(e.message, "outside the scenario's directory") != NULL, "%s", e.message);
	ck_assert_msg(strstr(e.message, "--allow-path") != NULL, "%s", e.message);
}

START_TEST(csv_outside_is_refused)
{
	char abs[600];
	snprintf(abs, sizeof abs, "%s/outside.csv", top);
	refused(abs, NULL);
	refused("/etc/passwd", NULL);
	/* a missing file outside is refused too, not reported as missing */
	refused("/nonexistent-dir/x.csv", NULL);
}
END_TEST

START_TEST(csv_dotdot_escape_is_refused)
{
	refused("../outside.csv", NULL);
	refused("sheets/../../outside.csv", NULL);
	refused("../scen/../outside.csv", NULL);
}
END_TEST

START_TEST(csv_symlink_escape_is_refused)
{
	refused("link.csv", NULL);
	/* a directory link out, too */
	char p[600], q[600];
	snprintf(p, sizeof p, "%s/other", top);
	snprintf(q, sizeof q, "%s/out", scen);
	ck_assert_int_eq(symlink(p, q), 0);
	put(p, "u.csv", "requests\n1\n");
	refused("out/u.csv", NULL);
}
END_TEST

START_TEST(csv_allowed_directory_is_read)
{
	const char *allow[] = {top, NULL};
	gac_load_options o = GAC_LOAD_OPTIONS_INIT;
	o.allow = allow;
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_msg(load_csv(&s, "../outside.csv", &o, &e) == GAC_OK, "%s", e.message);
	ck_assert_double_eq(s->uncertain[0].dist.values[0], 5);
	gac_scenario_free(s);
	ck_assert_msg(load_csv(&s, "link.csv", &o, &e) == GAC_OK, "%s", e.message);
	gac_scenario_free(s);
	/* allowing T/other does not allow T */
	char other[600];
	snprintf(other, sizeof other, "%s/other", top);
	const char *allow2[] = {other, NULL};
	o.allow = allow2;
	refused("../outside.csv", &o);
	/* no rule at all for trusted input */
	gac_load_options any = GAC_LOAD_OPTIONS_INIT;
	any.flags = GAC_LOAD_ANY_PATH;
	ck_assert_msg(load_csv(&s, "../outside.csv", &any, &e) == GAC_OK, "%s", e.message);
	gac_scenario_free(s);
	/* an options struct of another version is refused */
	gac_load_options old = GAC_LOAD_OPTIONS_INIT;
	old.version = 99;
	ck_assert_int_eq(load_csv(&s, "inside.csv", &old, &e), GAC_EARG);
}
END_TEST

START_TEST(csv_missing_inside_is_an_io_error)
{
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_int_eq(load_csv(&s, "nope.csv", NULL, &e), GAC_EIO);
	ck_assert_uint_eq(e.line, 5);
}
END_TEST

/* A scenario in T/scen with `pricing: REF`. */
static gac_scenario *with_pricing(const char *ref, const gac_load_options *o)
{
	char yaml[512], name[400];
	snprintf(yaml, sizeof yaml,
	         "genaicost: scenario/1\nname: p\npricing: %s\nworkloads:\n"
	         "  - {name: w, model: m.one, requests_per_month: 1, input_tokens: 1, output_tokens: 0}\n",
	         ref);
	snprintf(name, sizeof name, "%s/p.yaml", scen);
	put(scen, "p.yaml", yaml);
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_file_opts(&s, name, o, &e) == GAC_OK, "%s", e.message);
	return s;
}

START_TEST(pricing_rule)
{
	char other[600], name[400];
	snprintf(other, sizeof other, "%s/other", top);
	snprintf(name, sizeof name, "%s/p.yaml", scen);
	const char *bundled[] = {other, NULL};
	char *path = NULL;
	gac_error e;
	/* inside */
	gac_scenario *s = with_pricing("sheets/s.yaml", NULL);
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, s, NULL, &e), GAC_OK);
	ck_assert_ptr_nonnull(strstr(path, "scen/sheets/s.yaml"));
	gac_free(path);
	gac_scenario_free(s);
	/* outside, by '..': refused at pricing's value (3:10) */
	s = with_pricing("../other/sheet.yaml", NULL);
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, s, NULL, &e), GAC_EACCESS);
	ck_assert_ptr_null(path);
	ck_assert_str_eq(e.file, name);
	ck_assert_uint_eq(e.line, 3);
	ck_assert_uint_eq(e.column, 10);
	/* unless it lies in a bundled sheet directory */
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, s, bundled, &e), GAC_OK);
	gac_free(path);
	/* a value the caller sets is the caller's own */
	ck_assert_int_eq(gac_scenario_set(s, "pricing", "/etc/passwd", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, s, NULL, &e), GAC_OK);
	ck_assert_str_eq(path, "/etc/passwd");
	gac_free(path);
	gac_scenario_free(s);
	/* allowed by the load options, and the rule survives a clone */
	const char *allow[] = {other, NULL};
	gac_load_options o = GAC_LOAD_OPTIONS_INIT;
	o.allow = allow;
	s = with_pricing("../other/sheet.yaml", &o);
	gac_scenario *copy = NULL;
	ck_assert_int_eq(gac_scenario_clone(&copy, s), GAC_OK);
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, copy, NULL, &e), GAC_OK);
	gac_free(path);
	gac_scenario_free(s);
	gac_scenario_free(copy);
	s = with_pricing("/etc/passwd", NULL);
	ck_assert_int_eq(gac_scenario_clone(&copy, s), GAC_OK);
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, copy, NULL, &e), GAC_EACCESS);
	gac_scenario_free(s);
	gac_scenario_free(copy);
	/* a name no directory holds, and a missing file: at 3:10 */
	s = with_pricing("nosuchsheet", NULL);
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, s, bundled, &e), GAC_ENOTFOUND);
	ck_assert_uint_eq(e.line, 3);
	ck_assert_uint_eq(e.column, 10);
	ck_assert_msg(strstr(e.message, "pricing: no price sheet named 'nosuchsheet'") == e.message, "%s", e.message);
	gac_scenario_free(s);
	s = with_pricing("missing.yaml", NULL);
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, s, bundled, &e), GAC_EIO);
	ck_assert_uint_eq(e.line, 3);
	ck_assert_str_eq(e.message, "pricing: cannot read 'missing.yaml': No such file or directory");
	gac_scenario_free(s);
}
END_TEST

/* The quoted part of a message: what lies between "'" + prefix and "'". */
static size_t quoted_len(const char *msg, const char *prefix)
{
	const char *q = strstr(msg, prefix);
	ck_assert_msg(q != NULL, "%s", msg);
	q += strlen(prefix);
	const char *end = strchr(q, '\'');
	ck_assert_ptr_nonnull(end);
	return (size_t)(end - q);
}

START_TEST(long_values_are_cut_at_80)
{
	char big[300], text[400];
	memset(big, 'x', 200);
	big[200] = '\0';
	gac_sheet *sh = NULL;
	gac_error e;
	/* a price sheet's first value, as /etc/passwd's first line would be */
	snprintf(text, sizeof text, "genaicost: %s\n", big);
	ck_assert_int_eq(gac_sheet_load_buffer(&sh, text, strlen(text), "s.yaml", &e), GAC_ESCHEMA);
	ck_assert_uint_eq(quoted_len(e.message, "found '"), 80 + 3);
	ck_assert_ptr_nonnull(strstr(e.message, "xxx...'"));
	/* exactly 80 is shown whole */
	big[80] = '\0';
	snprintf(text, sizeof text, "genaicost: %s\n", big);
	ck_assert_int_eq(gac_sheet_load_buffer(&sh, text, strlen(text), "s.yaml", &e), GAC_ESCHEMA);
	ck_assert_uint_eq(quoted_len(e.message, "found '"), 80);
	/* a UTF-8 character is not split: 79 x then a 2-byte character */
	memset(big, 'x', 79);
	strcpy(big + 79, "\xc3\xa9yyyy");
	snprintf(text, sizeof text, "genaicost: %s\n", big);
	ck_assert_int_eq(gac_sheet_load_buffer(&sh, text, strlen(text), "s.yaml", &e), GAC_ESCHEMA);
	ck_assert_uint_eq(quoted_len(e.message, "found '"), 79 + 3);
	/* a CSV field that is no number */
	memset(big, '9', 200);
	big[100] = 'z';
	big[200] = '\0';
	snprintf(text, sizeof text, "requests\n%s\n", big);
	put(scen, "long.csv", text);
	gac_scenario *s = NULL;
	ck_assert_int_eq(load_csv(&s, "long.csv", NULL, &e), GAC_EVALUE);
	ck_assert_uint_eq(quoted_len(e.message, "column 'requests': '"), 80 + 3);
	/* a number of a scenario */
	memset(big, '1', 120);
	strcpy(big + 120, "x");
	snprintf(text, sizeof text, "genaicost: scenario/1\nhours_per_month: %s\nworkloads: []\n", big);
	ck_assert_int_eq(gac_scenario_load_buffer(&s, text, strlen(text), "s.yaml", &e), GAC_EVALUE);
	ck_assert_uint_eq(quoted_len(e.message, "hours_per_month: '"), 80 + 3);
}
END_TEST

Suite *suite_access(void)
{
	Suite *s = suite_create("access");
	TCase *t = tcase_create("rule");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, csv_inside_is_read);
	tcase_add_test(t, csv_outside_is_refused);
	tcase_add_test(t, csv_dotdot_escape_is_refused);
	tcase_add_test(t, csv_symlink_escape_is_refused);
	tcase_add_test(t, csv_allowed_directory_is_read);
	tcase_add_test(t, csv_missing_inside_is_an_io_error);
	tcase_add_test(t, pricing_rule);
	tcase_add_test(t, long_values_are_cut_at_80);
	suite_add_tcase(s, t);
	return s;
}

/* lib/datadir.c: the compiled-in pricing directory, GENAICOST_PRICING_PATH,
 * and sheets resolved by name with no directories given. */
#define _XOPEN_SOURCE 700  /* mkdtemp, setenv */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static size_t count(char **dirs)
{
	size_t n = 0;
	while (dirs[n])
		n++;
	return n;
}

START_TEST(test_compiled_dir)
{
	const char *d = gac_pricing_dir();
	ck_assert_ptr_nonnull(d);
	ck_assert_int_eq(d[0], '/');
	ck_assert_ptr_nonnull(strstr(d, "pricing"));
	/* the Makefile's PRICINGDIR, as `make unit-test` passes it */
	const char *want = getenv("GAC_TEST_PRICINGDIR");
	if (want)
		ck_assert_str_eq(d, want);
	ck_assert_ptr_eq(gac_pricing_dir(), d);
}
END_TEST

START_TEST(test_env_unset)
{
	unsetenv("GENAICOST_PRICING_PATH");
	char **dirs = (char **)&dirs;
	gac_error err;
	ck_assert_int_eq(gac_pricing_dirs(&dirs, &err), GAC_OK);
	ck_assert_uint_eq(count(dirs), 1);
	ck_assert_str_eq(dirs[0], gac_pricing_dir());
	gac_free(dirs);
	/* set but empty: the same */
	setenv("GENAICOST_PRICING_PATH", "", 1);
	ck_assert_int_eq(gac_pricing_dirs(&dirs, &err), GAC_OK);
	ck_assert_uint_eq(count(dirs), 1);
	ck_assert_str_eq(dirs[0], gac_pricing_dir());
	gac_free(dirs);
	unsetenv("GENAICOST_PRICING_PATH");
}
END_TEST

START_TEST(test_env_several)
{
	/* in order, empty entries skipped, the compiled-in directory last */
	setenv("GENAICOST_PRICING_PATH", ":/opt/a::/home/u/prices/:b:", 1);
	char **dirs = NULL;
	gac_error err;
	ck_assert_int_eq(gac_pricing_dirs(&dirs, &err), GAC_OK);
	ck_assert_uint_eq(count(dirs), 4);
	ck_assert_str_eq(dirs[0], "/opt/a");
	ck_assert_str_eq(dirs[1], "/home/u/prices/");
	ck_assert_str_eq(dirs[2], "b");
	ck_assert_str_eq(dirs[3], gac_pricing_dir());
	gac_free(dirs);  /* one block: nothing else to release */
	/* read again at each call */
	setenv("GENAICOST_PRICING_PATH", "/only", 1);
	ck_assert_int_eq(gac_pricing_dirs(&dirs, &err), GAC_OK);
	ck_assert_uint_eq(count(dirs), 2);
	ck_assert_str_eq(dirs[0], "/only");
	gac_free(dirs);
	unsetenv("GENAICOST_PRICING_PATH");
	ck_assert_int_eq(gac_pricing_dirs(NULL, &err), GAC_EARG);
}
END_TEST

static void put(const char *dir, const char *name)
{
	char p[512];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	ck_assert_ptr_nonnull(f);
	fputs("genaicost: pricesheet/1\n", f);
	fclose(f);
}

static void drop(const char *dir, const char *name)
{
	char p[512];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	unlink(p);
}

START_TEST(test_resolve_default_dirs)
{
	char d1[] = "/tmp/gac-pdir-XXXXXX", d2[] = "/tmp/gac-pdir-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(d1));
	ck_assert_ptr_nonnull(mkdtemp(d2));
	char env[128], want[512];
	snprintf(env, sizeof env, "%s:%s", d1, d2);
	setenv("GENAICOST_PRICING_PATH", env, 1);
	gac_error err;
	char *path = NULL;

	put(d2, "mine.yaml");
	ck_assert_int_eq(gac_sheet_resolve(&path, "mine", NULL, NULL, &err), GAC_OK);
	snprintf(want, sizeof want, "%s/mine.yaml", d2);
	ck_assert_str_eq(path, want);
	gac_free(path);
	/* the first directory of the variable wins */
	put(d1, "mine.yaml");
	ck_assert_int_eq(gac_sheet_resolve(&path, "mine", NULL, NULL, &err), GAC_OK);
	snprintf(want, sizeof want, "%s/mine.yaml", d1);
	ck_assert_str_eq(path, want);
	gac_free(path);

	/* not found: every directory searched, the compiled-in one last */
	path = (char *)d1;
	ck_assert_int_eq(gac_sheet_resolve(&path, "nosuch", NULL, NULL, &err), GAC_ENOTFOUND);
	ck_assert_ptr_null(path);
	snprintf(want, sizeof want, "no price sheet named 'nosuch' (looked in %s, %s, %s)", d1, d2,
	         gac_pricing_dir());
	ck_assert_str_eq(err.message, want);

	/* a scenario's pricing: with no dirs given: the same list, the error
	 * at the pricing: value */
	gac_scenario *sc = NULL;
	ck_assert_int_eq(gac_scenario_load_file(&sc, test_path("tests/data/access/pricing-nosuchsheet.yaml"), &err),
	                 GAC_OK);
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, sc, NULL, &err), GAC_ENOTFOUND);
	ck_assert_uint_eq(err.line, 3);
	ck_assert_uint_eq(err.column, 10);
	snprintf(want, sizeof want, "pricing: no price sheet named 'nosuchsheet' (looked in %s, %s, %s)", d1, d2,
	         gac_pricing_dir());
	ck_assert_str_eq(err.message, want);
	put(d2, "nosuchsheet.yaml");
	ck_assert_int_eq(gac_scenario_sheet_resolve(&path, sc, NULL, &err), GAC_OK);
	snprintf(want, sizeof want, "%s/nosuchsheet.yaml", d2);
	ck_assert_str_eq(path, want);
	gac_free(path);
	gac_scenario_free(sc);

	/* a directory given twice is searched and named once */
	const char *twice[] = {d1, d2, d1, d2, NULL};
	ck_assert_int_eq(gac_sheet_resolve(&path, "nosuch", NULL, twice, &err), GAC_ENOTFOUND);
	snprintf(want, sizeof want, "no price sheet named 'nosuch' (looked in %s, %s)", d1, d2);
	ck_assert_str_eq(err.message, want);

	unsetenv("GENAICOST_PRICING_PATH");
	ck_assert_int_eq(gac_sheet_resolve(&path, "nosuch", NULL, NULL, &err), GAC_ENOTFOUND);
	snprintf(want, sizeof want, "no price sheet named 'nosuch' (looked in %s)", gac_pricing_dir());
	ck_assert_str_eq(err.message, want);

	drop(d1, "mine.yaml");
	drop(d2, "mine.yaml");
	drop(d2, "nosuchsheet.yaml");
	rmdir(d1);
	rmdir(d2);
}
END_TEST

Suite *suite_datadir(void)
{
	Suite *s = suite_create("datadir");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, test_compiled_dir);
	tcase_add_test(tc, test_env_unset);
	tcase_add_test(tc, test_env_several);
	tcase_add_test(tc, test_resolve_default_dirs);
	suite_add_tcase(s, tc);
	return s;
}

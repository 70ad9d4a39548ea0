/* Status codes: pinned values, distinct texts, all documented. */
#include "tests.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const struct {
	gac_status code;
	int value;
	const char *name;
} codes[] = {
	{GAC_OK, 0, "GAC_OK"},           {GAC_ENOMEM, 1, "GAC_ENOMEM"},
	{GAC_EIO, 2, "GAC_EIO"},         {GAC_ESYNTAX, 3, "GAC_ESYNTAX"},
	{GAC_ESCHEMA, 4, "GAC_ESCHEMA"}, {GAC_EVALUE, 5, "GAC_EVALUE"},
	{GAC_ELIMIT, 6, "GAC_ELIMIT"},   {GAC_EMODEL, 7, "GAC_EMODEL"},
	{GAC_EREGION, 8, "GAC_EREGION"}, {GAC_ENOPRICE, 9, "GAC_ENOPRICE"},
	{GAC_EPARAM, 10, "GAC_EPARAM"},  {GAC_EARG, 11, "GAC_EARG"},
	{GAC_ERANGE, 12, "GAC_ERANGE"},  {GAC_ENOTFOUND, 13, "GAC_ENOTFOUND"},
	{GAC_EVERSION, 14, "GAC_EVERSION"},
	{GAC_ESERVICE, 15, "GAC_ESERVICE"},
	{GAC_EACCESS, 16, "GAC_EACCESS"},
};
#define NCODES (sizeof codes / sizeof *codes)

START_TEST(values_are_pinned)
{
	/* append-only: a code never changes its number */
	ck_assert_int_eq((int)NCODES, (int)GAC_STATUS_END);
	for (size_t i = 0; i < NCODES; i++)
		ck_assert_int_eq((int)codes[i].code, codes[i].value);
}
END_TEST

START_TEST(messages_are_distinct)
{
	for (size_t i = 0; i < NCODES; i++) {
		const char *m = gac_strerror(codes[i].code);
		ck_assert_ptr_nonnull(m);
		ck_assert_str_ne(m, "unknown status");
		for (size_t j = 0; j < i; j++)
			ck_assert_str_ne(m, gac_strerror(codes[j].code));
	}
	ck_assert_str_eq(gac_strerror(GAC_STATUS_END), "unknown status");
	ck_assert_str_eq(gac_strerror((gac_status)-1), "unknown status");
	ck_assert_str_eq(gac_strerror(GAC_OK), "success");
}
END_TEST

START_TEST(man_page_lists_every_code)
{
	FILE *f = fopen(test_path("man/libgenaicost.3"), "r");
	ck_assert_msg(f != NULL, "man/libgenaicost.3 is missing");
	static char text[1 << 20];
	size_t n = fread(text, 1, sizeof text - 1, f);
	fclose(f);
	text[n] = '\0';
	for (size_t i = 0; i < NCODES; i++)
		ck_assert_msg(strstr(text, codes[i].name) != NULL, "libgenaicost(3) does not list %s",
		              codes[i].name);
}
END_TEST

/* Every public function is documented in libgenaicost(3): read the
 * GAC_API declarations of the header and look for ".Fn NAME". */
START_TEST(man_page_lists_every_function)
{
	FILE *f = fopen(test_path("man/libgenaicost.3"), "r");
	ck_assert_ptr_nonnull(f);
	static char man[1 << 20];
	man[fread(man, 1, sizeof man - 1, f)] = '\0';
	fclose(f);
	f = fopen(test_path("include/genaicost.h"), "r");
	ck_assert_ptr_nonnull(f);
	char line[512];
	int functions = 0;
	while (fgets(line, sizeof line, f)) {
		if (strncmp(line, "GAC_API ", 8))
			continue;
		char *paren = strchr(line, '(');
		ck_assert_ptr_nonnull(paren);
		char *name = paren;
		while (name > line && (name[-1] == '_' || (name[-1] >= 'a' && name[-1] <= 'z')))
			name--;
		char want[128];
		snprintf(want, sizeof want, ".Fn %.*s", (int)(paren - name), name);
		ck_assert_msg(strstr(man, want) != NULL, "libgenaicost(3) does not document %.*s",
		              (int)(paren - name), name);
		functions++;
	}
	fclose(f);
	ck_assert_int_ge(functions, 40);
}
END_TEST

START_TEST(error_clear_and_version)
{
	gac_error e;
	memset(&e, 'x', sizeof e);
	gac_error_clear(&e);
	ck_assert_int_eq(e.status, GAC_OK);
	ck_assert_uint_eq(e.line, 0);
	ck_assert_str_eq(e.message, "");
	ck_assert_str_eq(e.file, "");
	gac_error_clear(NULL);
	ck_assert_str_eq(gac_version(), GAC_VERSION_STRING);
	char want[32];
	snprintf(want, sizeof want, "%d.%d.%d", GAC_VERSION_MAJOR, GAC_VERSION_MINOR, GAC_VERSION_PATCH);
	ck_assert_str_eq(gac_version(), want);
}
END_TEST

/* A program that embeds the library may set a decimal-comma locale:
 * messages and report text still write 1.5, as the CLI (which sets
 * LC_NUMERIC=C itself) does. */
START_TEST(messages_in_any_locale)
{
	const char *loc = setlocale(LC_ALL, "de_DE.UTF-8");
	if (!loc)
		loc = setlocale(LC_ALL, "de_DE.utf8");
	gac_error e;
	gac_scenario *s = NULL;
	gac_status add = gac_scenario_new(&s, "x") == GAC_OK ? gac_scenario_add_workload(s, "chat", "m.one") : GAC_ENOMEM;
	gac_status st = add == GAC_OK ? gac_scenario_set(s, "workloads.chat.cache_read_fraction", "1.5", &e) : add;
	gac_buf b = {0};
	gac_buf_printf(&b, "%g months", 1.5);
	const char *point = localeconv()->decimal_point;
	char seen[8];
	snprintf(seen, sizeof seen, "%s", point);
	setlocale(LC_ALL, "C");
	if (loc)
		ck_assert_str_eq(seen, ",");  /* the locale did take: the test means something */
	ck_assert_int_eq(st, GAC_EVALUE);
	ck_assert_ptr_nonnull(strstr(e.message, "(got 1.5;"));
	ck_assert_str_eq(b.data, "1.5 months");
	gac_buf_free(&b);
	gac_scenario_free(s);
}
END_TEST

Suite *suite_error(void)
{
	Suite *s = suite_create("error");
	TCase *t = tcase_create("codes");
	tcase_add_test(t, values_are_pinned);
	tcase_add_test(t, messages_are_distinct);
	tcase_add_test(t, man_page_lists_every_code);
	tcase_add_test(t, man_page_lists_every_function);
	tcase_add_test(t, error_clear_and_version);
	tcase_add_test(t, messages_in_any_locale);
	suite_add_tcase(s, t);
	return s;
}

/* The CSV reader of empirical distributions (lib/csv.c, libcsv): RFC 4180
 * quoting with line breaks, a byte order mark, NUL and duplicate headers
 * refused, and FILE:LINE:COL with COL in characters. */
#include "tests.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Read column `col` of `text` (len bytes); the status, values in v. */
static gac_status column(const char *text, size_t len, const char *col, double **v, size_t *n, gac_error *e)
{
	return gac_csv_column(v, n, text, len, "u.csv", col, e);
}
#define COLUMN(text, col, v, n, e) column(text, sizeof text - 1, col, v, n, e)

START_TEST(csv_quoted_line_breaks_and_line_numbers)
{
	/* row 2 (lines 2-4) holds a quoted note with two line breaks, row 3
	 * is line 5; the bad value of row 4 is on line 6, in column 11:
	 * `2025-03,x,` is 10 characters */
	static const char text[] = "month,note,requests\n"
	                           "2025-01,\"quiet,\nholidays\n\"\"slow\"\"\",100\n"
	                           "2025-02,plain,300\n"
	                           "2025-03,x,lots\n";
	double *v;
	size_t n;
	gac_error e;
	ck_assert_int_eq(COLUMN(text, "requests", &v, &n, &e), GAC_EVALUE);
	ck_assert_str_eq(e.message, "column 'requests': 'lots' is not a number");
	ck_assert_str_eq(e.file, "u.csv");
	ck_assert_uint_eq(e.line, 6);
	ck_assert_uint_eq(e.column, 11);
	/* without the bad row: 100 and 300, in row order */
	ck_assert_int_eq(column(text, sizeof text - 1 - strlen("2025-03,x,lots\n"), "requests", &v, &n, &e), GAC_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert(v[0] == 100 && v[1] == 300);
	free(v);
	/* the note's line breaks are in its value, not row ends: as a column
	 * it is no number, reported where the quoted field starts (2:9) */
	ck_assert_int_eq(COLUMN(text, "note", &v, &n, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 9);
	ck_assert_ptr_nonnull(strstr(e.message, "'quiet,\nholidays\n\"slow\"' is not a number"));
}
END_TEST

START_TEST(csv_byte_order_mark)
{
	/* a spreadsheet's UTF-8 BOM: the first header is "month", and columns
	 * count from the character after it (the bad 'x' at 2:1) */
	static const char text[] = "\xEF\xBB\xBFmonth,requests\n7,100\n";
	double *v;
	size_t n;
	gac_error e;
	ck_assert_int_eq(COLUMN(text, "month", &v, &n, &e), GAC_OK);
	ck_assert_uint_eq(n, 1);
	ck_assert(v[0] == 7);
	free(v);
	static const char bad[] = "\xEF\xBB\xBFmonth,requests\nx,100\n";
	ck_assert_int_eq(COLUMN(bad, "month", &v, &n, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 1);
}
END_TEST

START_TEST(csv_nul_refused_at_its_line)
{
	/* before libcsv a NUL ended the file: rows after it were dropped */
	static const char text[] = "requests\n100\n20\0000\n300\n";
	double *v;
	size_t n;
	gac_error e;
	ck_assert_int_eq(COLUMN(text, "requests", &v, &n, &e), GAC_EVALUE);
	ck_assert_str_eq(e.message, "a NUL byte: not a text file");
	ck_assert_uint_eq(e.line, 3);
	ck_assert_uint_eq(e.column, 3);
}
END_TEST

START_TEST(csv_duplicate_header_refused)
{
	/* the second 'requests' is the header's third column, at 1:16:
	 * `requests,month,` is 15 characters */
	static const char text[] = "requests,month,requests\n1,2,3\n";
	double *v;
	size_t n;
	gac_error e;
	ck_assert_int_eq(COLUMN(text, "requests", &v, &n, &e), GAC_ESCHEMA);
	ck_assert_str_eq(e.message, "the header names column 'requests' twice (columns 1 and 3)");
	ck_assert_uint_eq(e.line, 1);
	ck_assert_uint_eq(e.column, 16);
}
END_TEST

START_TEST(csv_column_counts_characters)
{
	/* "mois évalué" has 11 characters in 13 bytes: the value after it
	 * starts at character 13 of line 2, not at field 2 or byte 15 */
	static const char text[] = "note,requests\nmois \xC3\xA9valu\xC3\xA9,lots\n";
	double *v;
	size_t n;
	gac_error e;
	ck_assert_int_eq(COLUMN(text, "requests", &v, &n, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 13);
	/* a CRLF line end is one line end */
	static const char crlf[] = "requests\r\n100\r\n\r\nx\r\n";
	ck_assert_int_eq(COLUMN(crlf, "requests", &v, &n, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 4);
	ck_assert_uint_eq(e.column, 1);
}
END_TEST

START_TEST(csv_bad_quotes_and_missing_columns)
{
	double *v;
	size_t n;
	gac_error e;
	/* a quote inside an unquoted field, at the quote: 2:3 */
	static const char stray[] = "requests\n10\"0\n";
	ck_assert_int_eq(COLUMN(stray, "requests", &v, &n, &e), GAC_ESYNTAX);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 3);
	ck_assert_ptr_nonnull(strstr(e.message, "a misplaced quote"));
	/* a quoted field never closed: where it opened, 3:1 */
	static const char open[] = "requests\n100\n\"200\n300\n";
	ck_assert_int_eq(COLUMN(open, "requests", &v, &n, &e), GAC_ESYNTAX);
	ck_assert_str_eq(e.message, "a quoted field is not closed");
	ck_assert_uint_eq(e.line, 3);
	ck_assert_uint_eq(e.column, 1);
	/* no such header: GAC_ENOTFOUND for the caller to place */
	static const char other[] = "a,b\n1,2\n";
	ck_assert_int_eq(COLUMN(other, "requests", &v, &n, &e), GAC_ENOTFOUND);
	ck_assert_int_eq(column("", 0, "requests", &v, &n, &e), GAC_ENOTFOUND);
	/* a row short of the column: at its line */
	static const char shortrow[] = "a,requests\n1,2\n3\n";
	ck_assert_int_eq(COLUMN(shortrow, "requests", &v, &n, &e), GAC_EVALUE);
	ck_assert_str_eq(e.message, "column 'requests' is missing from this row");
	ck_assert_uint_eq(e.line, 3);
	/* the last row may end without a line break; a header alone has no values */
	static const char noeol[] = "requests\n5k\n50%";
	ck_assert_int_eq(COLUMN(noeol, "requests", &v, &n, &e), GAC_OK);
	ck_assert_uint_eq(n, 2);
	ck_assert(v[0] == 5000 && v[1] == 0.5);
	free(v);
	static const char header[] = "requests\n";
	ck_assert_int_eq(COLUMN(header, "requests", &v, &n, &e), GAC_OK);
	ck_assert_uint_eq(n, 0);
	free(v);
}
END_TEST

Suite *suite_csv(void)
{
	Suite *s = suite_create("csv");
	TCase *t = tcase_create("csv");
	tcase_add_test(t, csv_quoted_line_breaks_and_line_numbers);
	tcase_add_test(t, csv_byte_order_mark);
	tcase_add_test(t, csv_nul_refused_at_its_line);
	tcase_add_test(t, csv_duplicate_header_refused);
	tcase_add_test(t, csv_column_counts_characters);
	tcase_add_test(t, csv_bad_quotes_and_missing_columns);
	suite_add_tcase(s, t);
	return s;
}

/* The streaming line reader (lib/lines.c): plain and gzip files read the
 * same, a gzip file of two members as one stream, \r\n and a missing last
 * \n, a line over the limit and a truncated gzip stream refused at their
 * line. */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

/* Write `text` to a fresh temporary file, gzip-compressed in `members`
 * members (0: plain); the path in path[64]. */
static void write_file(char path[64], const char *text, int members)
{
	snprintf(path, 64, "/tmp/gac-lines-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	if (!members) {
		size_t n = strlen(text);
		ck_assert_int_eq(write(fd, text, n), (ssize_t)n);
		close(fd);
		return;
	}
	close(fd);
	size_t n = strlen(text), part = n / (size_t)members;
	for (int m = 0; m < members; m++) {
		gzFile gz = gzopen(path, m ? "ab" : "wb");
		ck_assert_ptr_nonnull(gz);
		size_t from = (size_t)m * part, len = m == members - 1 ? n - from : part;
		ck_assert_int_eq(gzwrite(gz, text + from, (unsigned)len), (int)len);
		ck_assert_int_eq(gzclose(gz), Z_OK);
	}
}

/* All lines of path joined by '|', and the count, into out. */
static gac_status read_all(char *out, size_t cap, unsigned long *count, const char *path, gac_error *e)
{
	gac_lines *r;
	gac_status st = gac_lines_open(&r, path, 16, e);
	if (st != GAC_OK)
		return st;
	out[0] = '\0';
	*count = 0;
	const char *line;
	size_t len;
	unsigned long no;
	while ((st = gac_lines_next(&line, &len, &no, r, e)) == GAC_OK && line) {
		ck_assert_uint_eq(no, *count + 1);
		ck_assert_uint_eq(len, strlen(line));
		if (*count)
			strncat(out, "|", cap - strlen(out) - 1);
		strncat(out, line, cap - strlen(out) - 1);
		++*count;
	}
	gac_lines_close(r);
	return st;
}

START_TEST(lines_plain_and_gzip_read_alike)
{
	/* the member boundary of the 2-member file falls inside "third" */
	static const char text[] = "first\r\n\nthird line\nlast";
	for (int members = 0; members <= 2; members++) {
		char path[64], got[256];
		unsigned long n;
		gac_error e;
		write_file(path, text, members);
		ck_assert_int_eq(read_all(got, sizeof got, &n, path, &e), GAC_OK);
		ck_assert_str_eq(got, "first||third line|last");
		ck_assert_uint_eq(n, 4);
		unlink(path);
	}
}
END_TEST

START_TEST(lines_limit_nul_and_truncated_gzip)
{
	char path[64], got[256];
	unsigned long n;
	gac_error e;
	/* the limit is 16 bytes: line 2 has 17 */
	write_file(path, "short\n12345678901234567\n", 1);
	ck_assert_int_eq(read_all(got, sizeof got, &n, path, &e), GAC_ELIMIT);
	ck_assert_str_eq(e.message, "line longer than 16 bytes");
	ck_assert_uint_eq(e.line, 2);
	unlink(path);
	/* a NUL byte at line 2, column 3 */
	write_file(path, "ok\nab", 0);
	FILE *f = fopen(path, "ab");
	fputc('\0', f);
	fputs("c\n", f);
	fclose(f);
	ck_assert_int_eq(read_all(got, sizeof got, &n, path, &e), GAC_EVALUE);
	ck_assert_uint_eq(e.line, 2);
	ck_assert_uint_eq(e.column, 3);
	unlink(path);
	/* a gzip file cut in the middle of its stream */
	write_file(path, "alpha\nbeta\ngamma\ndelta\n", 1);
	ck_assert_int_eq(truncate(path, 20), 0);
	ck_assert_int_eq(read_all(got, sizeof got, &n, path, &e), GAC_EIO);
	ck_assert_str_eq(e.file, path);
	unlink(path);
	/* a file that does not exist */
	ck_assert_int_eq(read_all(got, sizeof got, &n, "/nonexistent/x.log", &e), GAC_EIO);
	ck_assert_ptr_nonnull(strstr(e.message, "cannot open"));
	/* an empty file has no lines */
	write_file(path, "", 0);
	ck_assert_int_eq(read_all(got, sizeof got, &n, path, &e), GAC_OK);
	ck_assert_uint_eq(n, 0);
	unlink(path);
}
END_TEST

Suite *suite_lines(void)
{
	Suite *s = suite_create("lines");
	TCase *t = tcase_create("lines");
	tcase_add_test(t, lines_plain_and_gzip_read_alike);
	tcase_add_test(t, lines_limit_nul_and_truncated_gzip);
	suite_add_tcase(s, t);
	return s;
}

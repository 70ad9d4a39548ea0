/* The streaming line reader (lib/lines.c): plain and gzip files read the
 * same, a gzip file of two members as one stream, \r\n and a missing last
 * \n, a line over the limit and a truncated gzip stream refused at their
 * line; inflating on a second thread (GAC_LINES_AHEAD) gives the lines and
 * errors of reading on one, across blocks, members and their bounds. */
#define _POSIX_C_SOURCE 200809L
#include "tests.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

/* Write n bytes of text to a fresh temporary file, gzip-compressed in
 * `members` members (0: plain); the path in path[64]. */
static void write_bytes(char path[64], const char *text, size_t n, int members)
{
	snprintf(path, 64, "/tmp/gac-lines-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	if (!members) {
		ck_assert_int_eq(write(fd, text, n), (ssize_t)n);
		close(fd);
		return;
	}
	close(fd);
	size_t part = n / (size_t)members;
	for (int m = 0; m < members; m++) {
		gzFile gz = gzopen(path, m ? "ab1" : "wb1");
		ck_assert_ptr_nonnull(gz);
		size_t from = (size_t)m * part, len = m == members - 1 ? n - from : part;
		ck_assert_int_eq(gzwrite(gz, text + from, (unsigned)len), (int)len);
		ck_assert_int_eq(gzclose(gz), Z_OK);
	}
}

static void write_file(char path[64], const char *text, int members)
{
	write_bytes(path, text, strlen(text), members);
}

/* All lines of path joined by '|', and the count, into out. */
static gac_status read_all(char *out, size_t cap, unsigned long *count, const char *path, gac_error *e)
{
	gac_lines *r;
	gac_status st = gac_lines_open(&r, path, 16, 0, e);
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
	ck_assert_int_eq(read_all(got, sizeof got, &n, path, &e), GAC_EVALUE);
	ck_assert_str_eq(e.file, path);
	ck_assert_uint_eq(e.column, 1);
	ck_assert_ptr_nonnull(strstr(e.message, "not a whole gzip stream: "));
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

/* What one read of a file gave: its lines (count, bytes, a hash of each in
 * order) and how it ended. */
typedef struct digest {
	unsigned long lines;
	unsigned long long bytes, hash;
	gac_status st;
	unsigned line, column;
	char message[sizeof ((gac_error *)0)->message];
	bool ahead;
} digest;

static unsigned long long hash_line(unsigned long long h, const char *line, size_t len)
{
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)line[i]) * 1099511628211u;
	return (h ^ 0x100u) * 1099511628211u;   /* the end of a line */
}

/* Read path with GAC_LINES_AHEAD, on one thread or not, stopping after
 * stop lines (0: all). */
static void digest_file(digest *d, const char *path, size_t limit, bool one_thread, unsigned long stop)
{
	memset(d, 0, sizeof *d);
	d->hash = 1469598103934665603u;
	gac_lines *r;
	gac_error e;
	gac_lines_one_thread = one_thread;
	d->st = gac_lines_open(&r, path, limit, GAC_LINES_AHEAD, &e);
	gac_lines_one_thread = false;
	if (d->st == GAC_OK) {
		d->ahead = gac_lines_ahead(r);
		const char *line;
		size_t len;
		unsigned long no;
		while ((d->st = gac_lines_next(&line, &len, &no, r, &e)) == GAC_OK && line) {
			ck_assert_uint_eq(no, d->lines + 1);
			ck_assert_uint_eq(strlen(line), len);
			d->hash = hash_line(d->hash, line, len);
			d->bytes += len;
			if (++d->lines == stop)
				break;
		}
		gac_lines_close(r);
	}
	if (d->st != GAC_OK) {
		ck_assert_str_eq(e.file, path);
		d->line = e.line;
		d->column = e.column;
		snprintf(d->message, sizeof d->message, "%s", e.message);
	}
}

/* Read path both ways: the same lines and the same end; the first way
 * inflates ahead when the file is gzip. */
static digest read_both(const char *path, size_t limit, bool gzip, unsigned long stop)
{
	digest a, b;
	digest_file(&a, path, limit, false, stop);
	digest_file(&b, path, limit, true, stop);
	ck_assert_int_eq(a.ahead, gzip);
	ck_assert(!b.ahead);
	ck_assert_int_eq(a.st, b.st);
	ck_assert_uint_eq(a.lines, b.lines);
	ck_assert_uint_eq(a.bytes, b.bytes);
	ck_assert_uint_eq(a.hash, b.hash);
	ck_assert_uint_eq(a.line, b.line);
	ck_assert_uint_eq(a.column, b.column);
	ck_assert_str_eq(a.message, b.message);
	return a;
}

/* The expected digest of text: split at \n, a \r before it dropped. */
static digest expect(const char *text, size_t n)
{
	digest d;
	memset(&d, 0, sizeof d);
	d.hash = 1469598103934665603u;
	for (size_t from = 0; from < n;) {
		const char *nl = memchr(text + from, '\n', n - from);
		size_t to = nl ? (size_t)(nl - text) : n, len = to - from;
		if (len && text[from + len - 1] == '\r')
			len--;
		d.hash = hash_line(d.hash, text + from, len);
		d.bytes += len;
		d.lines++;
		from = to + 1;
	}
	return d;
}

/* A text of several blocks: lines of 0 to 700 bytes, some ending \r\n;
 * then lines placed on the bounds of blocks 1 and 2 (a \r the last byte
 * of block 1 and its \n the first of block 2; a \n the last byte of block
 * 3); no \n at the end.  Malloc'd, its length in *n. */
static char *big_text(size_t *n)
{
	const size_t B = GAC_LINES_BLOCK, cap = 5 * B;
	char *t = malloc(cap);
	ck_assert_ptr_nonnull(t);
	size_t k = 0;
	/* 255 lines of 1024 bytes, then one ending \r at B - 1, \n at B */
	for (int i = 0; i < 255; i++, k += 1024) {
		memset(t + k, 'a' + i % 26, 1023);
		t[k + 1023] = '\n';
	}
	memset(t + k, 'R', 1023);
	k += 1023;
	t[k++] = '\r';
	ck_assert_uint_eq(k, B);
	t[k++] = '\n';
	/* lines up to a \n at 2 B - 1 */
	while (k < 2 * B) {
		size_t len = 2 * B - k - 1 > 1023 ? 1023 : 2 * B - k - 1;
		memset(t + k, 'b', len);
		k += len;
		t[k++] = '\n';
	}
	ck_assert_uint_eq(k, 2 * B);
	/* lines of many lengths, over two more blocks */
	for (unsigned long i = 0; k < 4 * B + 12345; i++) {
		int len = snprintf(t + k, cap - k, "line %lu ", i);
		k += (size_t)len;
		size_t pad = (i * 7919u) % 700u;
		for (size_t j = 0; j < pad; j++)
			t[k++] = (char)('0' + (i + j) % 10);
		if (i % 5 == 0)
			t[k++] = '\r';
		if (i % 11 == 0)
			t[k++] = '\n';   /* an empty line after it */
		t[k++] = '\n';
	}
	memcpy(t + k, "the last line", 13);
	*n = k + 13;
	return t;
}

START_TEST(lines_ahead_reads_as_one_thread)
{
	size_t n;
	char *text = big_text(&n);
	digest want = expect(text, n);
	/* plain (never ahead), one gzip member, three (their bounds inside
	 * lines and blocks) */
	for (int members = 0; members <= 3; members += members ? 2 : 1) {
		char path[64];
		write_bytes(path, text, n, members);
		digest got = read_both(path, 0, members > 0, 0);
		ck_assert_int_eq(got.st, GAC_OK);
		ck_assert_uint_eq(got.lines, want.lines);
		ck_assert_uint_eq(got.bytes, want.bytes);
		ck_assert_uint_eq(got.hash, want.hash);
		/* closed while the thread waits for room in a full ring */
		got = read_both(path, 0, members > 0, 10);
		ck_assert_uint_eq(got.lines, 10);
		unlink(path);
	}
	free(text);
}
END_TEST

START_TEST(lines_ahead_errors_where_one_thread_does)
{
	size_t n;
	char *text = big_text(&n);
	char path[64];
	digest d;
	/* a NUL byte in a line read in place (line 2000, column 17: after
	 * 256 + 255 lines of blocks 1 and 2), and in one across blocks 1 and 2
	 * (line 256, column 1000) */
	unsigned long at = 2000 - 1;
	size_t k = 0;
	for (unsigned long l = 0; l < at; l++)
		k = (size_t)((const char *)memchr(text + k, '\n', n - k) - text) + 1;
	text[k + 16] = '\0';
	write_bytes(path, text, n, 2);
	d = read_both(path, 0, true, 0);
	ck_assert_int_eq(d.st, GAC_EVALUE);
	ck_assert_uint_eq(d.line, 2000);
	ck_assert_uint_eq(d.column, 17);
	unlink(path);
	text[k + 16] = 'x';
	text[255 * 1024 + 999] = '\0';
	write_bytes(path, text, n, 1);
	d = read_both(path, 0, true, 0);
	ck_assert_int_eq(d.st, GAC_EVALUE);
	ck_assert_uint_eq(d.line, 256);
	ck_assert_uint_eq(d.column, 1000);
	ck_assert_str_eq(d.message, "a NUL byte in a text line");
	unlink(path);
	text[255 * 1024 + 999] = 'R';
	/* lines over a limit of 1,000 bytes: line 1 in place, line 256
	 * across blocks */
	write_bytes(path, text, n, 1);
	d = read_both(path, 1000, true, 0);
	ck_assert_int_eq(d.st, GAC_ELIMIT);
	ck_assert_uint_eq(d.line, 1);
	ck_assert_uint_eq(d.column, 1);
	d = read_both(path, 1023, true, 0);
	ck_assert_int_eq(d.st, GAC_ELIMIT);
	ck_assert_uint_eq(d.line, 256);
	ck_assert_str_eq(d.message, "line longer than 1023 bytes");
	/* cut short, and a byte of the stream changed: an error at the line
	 * being read when it is met, the lines before it read */
	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	long size = ftell(f);
	fclose(f);
	ck_assert_int_eq(truncate(path, size * 3 / 5), 0);
	d = read_both(path, 0, true, 0);
	ck_assert_int_eq(d.st, GAC_EVALUE);
	ck_assert_uint_gt(d.lines, 512);
	ck_assert_uint_eq(d.line, d.lines + 1);
	ck_assert_ptr_nonnull(strstr(d.message, "not a whole gzip stream: "));
	unlink(path);
	write_bytes(path, text, n, 1);
	f = fopen(path, "r+b");
	ck_assert_ptr_nonnull(f);
	fseek(f, size / 2, SEEK_SET);
	int c = fgetc(f);
	fseek(f, size / 2, SEEK_SET);
	fputc(c ^ 0x55, f);
	fclose(f);
	d = read_both(path, 0, true, 0);
	ck_assert_int_eq(d.st, GAC_EVALUE);
	ck_assert_uint_eq(d.line, d.lines + 1);
	unlink(path);
	free(text);
}
END_TEST

Suite *suite_lines(void)
{
	Suite *s = suite_create("lines");
	TCase *t = tcase_create("lines");
	tcase_add_test(t, lines_plain_and_gzip_read_alike);
	tcase_add_test(t, lines_limit_nul_and_truncated_gzip);
	tcase_add_test(t, lines_ahead_reads_as_one_thread);
	tcase_add_test(t, lines_ahead_errors_where_one_thread_does);
	suite_add_tcase(s, t);
	return s;
}

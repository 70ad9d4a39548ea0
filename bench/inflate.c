/*
 * make bench: zlib's inflate alone over a gzip file, called as lib/lines.c
 * calls it (gzread into blocks of GAC_LINES_BLOCK bytes), with the
 * newlines counted: the part of calibrate's work that its second thread
 * takes off the first, and the floor of its time on one core.
 * usage: bench-inflate FILE.gz
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#define BLOCK (256u * 1024u)

static double seconds(clockid_t clock)
{
	struct timespec t;
	clock_gettime(clock, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: bench-inflate FILE.gz\n");
		return 2;
	}
	double wall = seconds(CLOCK_MONOTONIC), cpu = seconds(CLOCK_PROCESS_CPUTIME_ID);
	gzFile gz = gzopen(argv[1], "rb");
	unsigned char *buf = malloc(BLOCK);
	if (!gz || !buf) {
		fprintf(stderr, "bench-inflate: cannot open %s\n", argv[1]);
		return 1;
	}
	gzbuffer(gz, 64u * 1024u);
	unsigned long long bytes = 0, lines = 0;
	int n;
	while ((n = gzread(gz, buf, BLOCK)) > 0) {
		bytes += (unsigned long long)n;
		for (const unsigned char *p = buf, *end = buf + n; (p = memchr(p, '\n', (size_t)(end - p))); p++)
			lines++;
	}
	int zerr;
	const char *why = gzerror(gz, &zerr);
	if (n < 0 || (zerr != Z_OK && zerr != Z_STREAM_END)) {
		fprintf(stderr, "bench-inflate: %s: %s\n", argv[1], why);
		return 1;
	}
	gzclose(gz);
	free(buf);
	printf("inflate alone (zlib %s, gzread into 256 KiB blocks): %llu bytes, %llu lines in %.2f s, CPU %.2f s\n",
	       zlibVersion(), bytes, lines, seconds(CLOCK_MONOTONIC) - wall, seconds(CLOCK_PROCESS_CPUTIME_ID) - cpu);
	return 0;
}

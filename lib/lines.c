/*
 * A streaming line reader over a plain or gzip-compressed file: the one
 * place zlib is used.  zlib's gzread reads a plain file as it is and a
 * gzip file of several members (as `cat a.gz b.gz` or a log shipper
 * writes them) as one stream, so callers never ask which they hold.
 *
 * Memory stays bounded by the longest line, never by the file: a log of
 * many gigabytes is read 64 KiB at a time.  A line longer than the
 * reader's limit is GAC_ELIMIT at its line, a NUL byte GAC_EVALUE at its
 * column; a corrupt or truncated gzip stream is GAC_EIO with zlib's
 * reason.  Lines end at \n; a \r before it is dropped; the last line
 * needs no \n.
 */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define CHUNK (64u * 1024u)

struct gac_lines {
	gzFile gz;
	char *path;
	unsigned char in[CHUNK];
	size_t in_len, in_pos;
	char *line;          /* the line being assembled */
	size_t len, cap, limit;
	unsigned long lineno;
	bool eof;
};

gac_status gac_lines_open(gac_lines **out, const char *path, size_t limit, gac_error *err)
{
	if (!out || !path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no output or no path");
	*out = NULL;
	gac_lines *r = gac_malloc(sizeof *r);
	if (!r)
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	memset(r, 0, sizeof *r);
	r->limit = limit ? limit : GAC_MAX_LINE_BYTES;
	r->path = gac_strdup(path);
	if (!r->path) {
		free(r);
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	}
	errno = 0;
	r->gz = gzopen(path, "rb");
	if (!r->gz) {
		gac_status st = errno ? gac_fail(err, GAC_EIO, path, 0, 0, "cannot open: %s", strerror(errno))
		                      : gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
		free(r->path);
		free(r);
		return st;
	}
	gzbuffer(r->gz, CHUNK);
	*out = r;
	return GAC_OK;
}

void gac_lines_close(gac_lines *r)
{
	if (!r)
		return;
	if (r->gz)
		gzclose(r->gz);
	free(r->path);
	free(r->line);
	free(r);
}

const char *gac_lines_path(const gac_lines *r)
{
	return r ? r->path : NULL;
}

static gac_status fill(gac_lines *r, gac_error *err)
{
	int n = gzread(r->gz, r->in, CHUNK);
	if (n < 0) {
		int zerr;
		const char *why = gzerror(r->gz, &zerr);
		if (zerr == Z_MEM_ERROR)
			return gac_fail(err, GAC_ENOMEM, r->path, (unsigned)r->lineno + 1, 0, "out of memory");
		return gac_fail(err, GAC_EIO, r->path, (unsigned)r->lineno + 1, 0, "cannot read: %s",
		                zerr == Z_ERRNO ? strerror(errno) : why);
	}
	if (n == 0) {
		/* gzread returns 0 both at the end and on a stream cut short */
		int zerr;
		const char *why = gzerror(r->gz, &zerr);
		if (zerr != Z_OK && zerr != Z_STREAM_END)
			return gac_fail(err, GAC_EIO, r->path, (unsigned)r->lineno + 1, 0,
			                "cannot read: %s", why);
		r->eof = true;
	}
	r->in_len = (size_t)n;
	r->in_pos = 0;
	return GAC_OK;
}

static gac_status append(gac_lines *r, const unsigned char *p, size_t n, gac_error *err)
{
	if (r->len + n > r->limit)
		return gac_fail(err, GAC_ELIMIT, r->path, (unsigned)r->lineno, 1,
		                "line longer than %zu bytes", r->limit);
	if (r->len + n + 1 > r->cap) {
		size_t cap = r->cap ? r->cap : 256;
		while (cap < r->len + n + 1)
			cap *= 2;
		char *q = gac_realloc(r->line, cap);
		if (!q)
			return gac_fail(err, GAC_ENOMEM, r->path, (unsigned)r->lineno, 0, "out of memory");
		r->line = q;
		r->cap = cap;
	}
	memcpy(r->line + r->len, p, n);
	r->len += n;
	r->line[r->len] = '\0';
	return GAC_OK;
}

gac_status gac_lines_next(const char **line, size_t *len, unsigned long *lineno, gac_lines *r,
                          gac_error *err)
{
	if (!line || !len || !r)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output or no reader");
	*line = NULL;
	*len = 0;
	r->len = 0;
	if (r->line)
		r->line[0] = '\0';
	if (r->eof && r->in_pos >= r->in_len)
		return GAC_OK;
	r->lineno++;
	bool any = false;
	for (;;) {
		if (r->in_pos >= r->in_len) {
			if (r->eof)
				break;
			gac_status st = fill(r, err);
			if (st != GAC_OK)
				return st;
			if (r->eof)
				break;
		}
		const unsigned char *p = r->in + r->in_pos;
		size_t avail = r->in_len - r->in_pos;
		const unsigned char *nl = memchr(p, '\n', avail);
		size_t take = nl ? (size_t)(nl - p) : avail;
		if (take || !r->line) {
			gac_status st = append(r, p, take, err);
			if (st != GAC_OK)
				return st;
		}
		any = true;
		r->in_pos += take + (nl ? 1 : 0);
		if (nl)
			goto done;
	}
	if (!any) {
		r->lineno--;
		return GAC_OK;   /* the end: *line stays NULL */
	}
done:
	if (r->len && r->line[r->len - 1] == '\r')
		r->line[--r->len] = '\0';
	const char *nul = memchr(r->line, '\0', r->len);
	if (nul)
		return gac_fail(err, GAC_EVALUE, r->path, (unsigned)r->lineno, (unsigned)(nul - r->line) + 1,
		                "a NUL byte in a text line");
	*line = r->line;
	*len = r->len;
	if (lineno)
		*lineno = r->lineno;
	return GAC_OK;
}

/*
 * A streaming line reader over a plain or gzip-compressed file: the one
 * place zlib is used.  zlib's gzread reads a plain file as it is and a
 * gzip file of several members (as `cat a.gz b.gz` or a log shipper
 * writes them) as one stream, so callers never ask which they hold.
 *
 * Memory stays bounded by the longest line, never by the file: a log of
 * many gigabytes is read a block (256 KiB) at a time.  A line longer than
 * the reader's limit is GAC_ELIMIT at its line, a NUL byte GAC_EVALUE at
 * its column; a corrupt or truncated gzip stream is GAC_EVALUE with
 * zlib's reason at the line being read (column 1), a read the system
 * refuses GAC_EIO.  Lines end at \n; a \r before it is
 * dropped; the last line needs no \n.
 *
 * A line that lies whole in a block is handed out in place (its \n made
 * the NUL): only a line across two blocks is copied.
 *
 * Opened with GAC_LINES_AHEAD, a gzip file is inflated on a second thread
 * into a ring of RING blocks while the caller reads lines from the one
 * before: inflating is a good part of the work and the two overlap.  The
 * thread makes exactly the gzread calls the caller's thread would, into
 * blocks of the same size, and an error it meets travels in its block to
 * be reported when the reader comes to it, so lines, counts, errors and
 * their positions are the same either way.  The thread stops at the end
 * of the file, at an error, or when the reader is closed (which joins it).
 * Where no thread can be started the reader inflates on its own thread.
 */
#include "internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define BLOCK GAC_LINES_BLOCK
#define RING 4u

/* What one gzread gave: len bytes of text (and a byte spare, for the NUL
 * after a last line without \n), or the end, or an error. */
typedef struct block {
	unsigned char *data;
	size_t len;
	bool end;           /* the file ends after these bytes */
	bool nul;           /* a NUL byte among them */
	int zerr;           /* Z_OK, or the error met instead of more bytes */
	int errnum;         /* errno, for Z_ERRNO */
	const char *why;    /* gzerror's text, valid until gzclose */
	bool full;          /* AHEAD: filled and not yet given back */
} block;

struct gac_lines {
	gzFile gz;
	char *path;
	block ring[RING];   /* one block unless inflating ahead */
	block *cur;         /* the block lines are read from (NULL: none yet) */
	unsigned next;      /* the ring's slot after cur */
	size_t pos;         /* in cur */
	bool end;           /* cur is the last block */
	char *line;         /* a line across blocks, assembled */
	size_t len, cap, limit;
	unsigned long lineno;
	/* GAC_LINES_AHEAD on a gzip file */
	bool ahead;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t filled, freed;
	bool stop;          /* the reader is closing: the thread stops */
};

/* One gzread into b, on whichever thread reads. */
/* A zlib error at `line`: out of memory; a read the system refused (I/O,
 * exit 4); else the stream itself is not whole gzip (corrupt, or cut
 * short: zlib's "unexpected end of file"), a fault of the file (exit 3)
 * at the line being read. */
static gac_status zfail(gac_error *err, const char *path, unsigned line, int zerr, int errnum, const char *why)
{
	if (zerr == Z_MEM_ERROR)
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	if (zerr == Z_ERRNO)
		return gac_fail(err, GAC_EIO, path, line, 0, "cannot read: %s", strerror(errnum));
	/* zlib names the file first: the message does already */
	size_t n = strlen(path);
	if (why && !strncmp(why, path, n) && !strncmp(why + n, ": ", 2))
		why += n + 2;
	return gac_fail(err, GAC_EVALUE, path, line, 1, "not a whole gzip stream: %s (the file is corrupt or cut short)",
	                why ? why : "zlib error");
}

static void read_block(gzFile gz, block *b)
{
	b->len = 0;
	b->end = b->nul = false;
	b->zerr = Z_OK;
	b->errnum = 0;
	b->why = NULL;
	errno = 0;
	int n = gzread(gz, b->data, BLOCK);
	if (n < 0) {
		b->errnum = errno;
		b->why = gzerror(gz, &b->zerr);
		if (b->zerr == Z_OK)
			b->zerr = Z_ERRNO;
		return;
	}
	if (n == 0) {
		/* gzread returns 0 both at the end and on a stream cut short */
		int zerr;
		const char *why = gzerror(gz, &zerr);
		if (zerr != Z_OK && zerr != Z_STREAM_END) {
			b->zerr = zerr;
			b->why = why;
		} else {
			b->end = true;
		}
		return;
	}
	b->len = (size_t)n;
	b->nul = memchr(b->data, '\0', b->len) != NULL;
}

static void *inflate_ahead(void *arg)
{
	gac_lines *r = arg;
	for (unsigned i = 0;; i = (i + 1) % RING) {
		block *b = &r->ring[i];
		pthread_mutex_lock(&r->mu);
		while (b->full && !r->stop)
			pthread_cond_wait(&r->freed, &r->mu);
		bool stop = r->stop;
		pthread_mutex_unlock(&r->mu);
		if (stop)
			break;
		read_block(r->gz, b);   /* b is this thread's until marked full */
		bool last = b->end || b->zerr != Z_OK;
		pthread_mutex_lock(&r->mu);
		b->full = true;
		pthread_cond_signal(&r->filled);
		pthread_mutex_unlock(&r->mu);
		if (last)
			break;
	}
	return NULL;
}

/* Start inflating ahead, unless a thread or its locks cannot be had. */
static void start_ahead(gac_lines *r)
{
	if (pthread_mutex_init(&r->mu, NULL))
		return;
	if (!pthread_cond_init(&r->filled, NULL)) {
		if (!pthread_cond_init(&r->freed, NULL)) {
			if (!pthread_create(&r->thread, NULL, inflate_ahead, r)) {
				r->ahead = true;
				return;
			}
			pthread_cond_destroy(&r->freed);
		}
		pthread_cond_destroy(&r->filled);
	}
	pthread_mutex_destroy(&r->mu);
}

bool gac_lines_one_thread;

gac_status gac_lines_open(gac_lines **out, const char *path, size_t limit, unsigned flags, gac_error *err)
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
	gzbuffer(r->gz, 64u * 1024u);
	/* gzdirect reads the first bytes (0: a gzip stream); an error there
	 * is told here, where errno still says it */
	errno = 0;
	bool ahead = !gzdirect(r->gz) && (flags & GAC_LINES_AHEAD) && !gac_lines_one_thread;
	int zerr;
	const char *why = gzerror(r->gz, &zerr);
	gac_status st = GAC_OK;
	if (zerr != Z_OK)
		st = zfail(err, path, 1, zerr, errno, why);
	for (unsigned i = 0; st == GAC_OK && i < (ahead ? RING : 1); i++)
		if (!(r->ring[i].data = gac_malloc(BLOCK + 1)))
			st = gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	if (st != GAC_OK) {
		gac_lines_close(r);
		return st;
	}
	if (ahead)
		start_ahead(r);   /* else read on this thread, as without AHEAD */
	*out = r;
	return GAC_OK;
}

void gac_lines_close(gac_lines *r)
{
	if (!r)
		return;
	if (r->ahead) {
		pthread_mutex_lock(&r->mu);
		r->stop = true;
		pthread_cond_signal(&r->freed);
		pthread_mutex_unlock(&r->mu);
		pthread_join(r->thread, NULL);
		pthread_cond_destroy(&r->freed);
		pthread_cond_destroy(&r->filled);
		pthread_mutex_destroy(&r->mu);
	}
	if (r->gz)
		gzclose(r->gz);
	for (unsigned i = 0; i < RING; i++)
		free(r->ring[i].data);
	free(r->path);
	free(r->line);
	free(r);
}

const char *gac_lines_path(const gac_lines *r)
{
	return r ? r->path : NULL;
}

bool gac_lines_ahead(const gac_lines *r)
{
	return r && r->ahead;
}

/* Move on to the next block: read it here, or give the one read back to
 * the thread and wait for the next.  Its error is the reader's now, at
 * the line being read. */
static gac_status next_block(gac_lines *r, gac_error *err)
{
	block *b = r->cur;
	if (b && b->zerr != Z_OK) {
		/* read again after an error: the same error */
	} else if (!r->ahead) {
		b = &r->ring[0];
		read_block(r->gz, b);
	} else {
		b = &r->ring[r->next];
		pthread_mutex_lock(&r->mu);
		if (r->cur) {
			r->cur->full = false;
			pthread_cond_signal(&r->freed);
		}
		while (!b->full)
			pthread_cond_wait(&r->filled, &r->mu);
		pthread_mutex_unlock(&r->mu);
		r->next = (r->next + 1) % RING;
	}
	r->cur = b;
	r->pos = 0;
	if (b->zerr != Z_OK)
		return zfail(err, r->path, (unsigned)r->lineno, b->zerr, b->errnum, b->why);
	r->end = b->end;
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

/* A line read whole, of n bytes at p (with room for a NUL after it):
 * without its \r, NUL-terminated, checked for NUL bytes when `nul`. */
static gac_status give(const char **line, size_t *len, unsigned long *lineno, gac_lines *r, char *p, size_t n,
                       bool nul, gac_error *err)
{
	if (n && p[n - 1] == '\r')
		n--;
	p[n] = '\0';
	const char *z = nul ? memchr(p, '\0', n) : NULL;
	if (z)
		return gac_fail(err, GAC_EVALUE, r->path, (unsigned)r->lineno, (unsigned)(z - p) + 1,
		                "a NUL byte in a text line");
	*line = p;
	*len = n;
	if (lineno)
		*lineno = r->lineno;
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
	if (r->end && r->pos >= r->cur->len)
		return GAC_OK;
	r->lineno++;
	bool any = false;
	for (;;) {
		if (!r->cur || r->pos >= r->cur->len) {
			if (r->end)
				break;
			gac_status st = next_block(r, err);
			if (st != GAC_OK)
				return st;
			continue;
		}
		unsigned char *p = r->cur->data + r->pos;
		size_t avail = r->cur->len - r->pos;
		unsigned char *nl = memchr(p, '\n', avail);
		size_t take = nl ? (size_t)(nl - p) : avail;
		if (nl && !any) {
			/* the whole line is in the block: handed out where it is */
			if (take > r->limit)
				return gac_fail(err, GAC_ELIMIT, r->path, (unsigned)r->lineno, 1,
				                "line longer than %zu bytes", r->limit);
			r->pos += take + 1;
			return give(line, len, lineno, r, (char *)p, take, r->cur->nul, err);
		}
		gac_status st = append(r, p, take, err);
		if (st != GAC_OK)
			return st;
		any = true;
		r->pos += take + (nl ? 1 : 0);
		if (nl)
			break;
	}
	if (!any) {
		r->lineno--;
		return GAC_OK;   /* the end: *line stays NULL */
	}
	return give(line, len, lineno, r, r->line, r->len, true, err);
}

/* Small shared helpers: allocation, growable strings, locale-free
 * number formatting, hashing, file reading. */
#define _POSIX_C_SOURCE 200809L
#define _DEFAULT_SOURCE  /* madvise */
#define GAC_UTIL_C       /* the allocators themselves, not internal.h's macros */
#include "internal.h"

#include <jansson.h>
#include <pthread.h>

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* Test builds fail the n-th allocation (GAC_FAIL_ALLOC=n, from 0), or the
 * k-th that function FUNCTION asks for (GAC_FAIL_ALLOC_IN=FUNCTION:k, k from
 * 0 and 0 when left out; FUNCTION as internal.h's macros name it, "jansson"
 * for jansson's), which stays put when allocations elsewhere come and go:
 * the form regression cases use (tests/fault/cases).  One function in both
 * builds, so that their coverage data line up (make coverage). */
#ifdef GAC_FAULT_INJECTION
/* atomic: simulate's threads allocate too */
static atomic_long alloc_calls;
/* GAC_COUNT_ALLOC=1: how many allocations a run made, so that the test
 * can fail each of them in turn (tests/fault_test.sh) */
static void alloc_report(void) { fprintf(stderr, "gac-allocations: %ld\n", atomic_load(&alloc_calls)); }
/* the function asking for the next allocation or writing to a gac_buf
 * (internal.h's macros), taken by the next allocation; "jansson" for
 * jansson's */
static _Thread_local const char *alloc_site;
void gac_alloc_site(const char *func) { alloc_site = func; }
#endif

static bool alloc_should_fail(void);

/* jansson's allocations.  Its parser reports most failures as syntax
 * errors or as none, and its lexer drops a byte of a string it cannot grow
 * and reads on: whether one failed is known only here.  In fault-injection
 * builds they count and fail with the library's; libyaml has no allocator
 * hook. */
static _Thread_local bool json_failed;
static void *json_alloc(size_t n)
{
#ifdef GAC_FAULT_INJECTION
	gac_alloc_site("jansson");
	void *p = alloc_should_fail() ? NULL : malloc(n);
#else
	void *p = malloc(n);
#endif
	if (!p)
		json_failed = true;
	return p;
}

static void json_install(void)
{
	json_malloc_t m;
	json_free_t f;
	json_get_alloc_funcs(&m, &f);
	if (m == malloc && f == free)  /* never over the allocator a host program chose */
		json_set_alloc_funcs(json_alloc, free);
}

void gac_json_watch(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;
	pthread_once(&once, json_install);
	json_failed = false;
}

bool gac_json_failed(void)
{
	return json_failed;
}

static bool alloc_should_fail(void)
{
#ifdef GAC_FAULT_INJECTION
	static long fail_at = -1, fail_in_k;
	static const char *fail_in;  /* GAC_FAIL_ALLOC_IN=FUNCTION[:K] */
	static size_t fail_in_len;
	static atomic_long in_calls;
	static atomic_int alloc_init;
	if (!atomic_load(&alloc_init)) {
		const char *e = getenv("GAC_FAIL_ALLOC");
		fail_at = e ? atol(e) : -1;
		if ((fail_in = getenv("GAC_FAIL_ALLOC_IN"))) {
			const char *colon = strchr(fail_in, ':');
			fail_in_len = colon ? (size_t)(colon - fail_in) : strlen(fail_in);
			fail_in_k = colon ? atol(colon + 1) : 0;
		}
		atomic_store(&alloc_init, 1);
		if (getenv("GAC_COUNT_ALLOC"))
			atexit(alloc_report);
		json_set_alloc_funcs(json_alloc, free);
	}
	const char *site = alloc_site ? alloc_site : "libgenaicost";
	alloc_site = NULL;
	long n = atomic_fetch_add(&alloc_calls, 1);
	bool in = fail_in && strlen(site) == fail_in_len && !strncmp(site, fail_in, fail_in_len) &&
	          atomic_fetch_add(&in_calls, 1) == fail_in_k;
	if (n != fail_at && !in)
		return false;
	fprintf(stderr, "gac-fault: allocation %ld failed in %s\n", n, site);
	errno = ENOMEM;  /* as malloc(3) does */
	return true;
#else
	return false;
#endif
}

void *gac_malloc(size_t n)
{
	return alloc_should_fail() ? NULL : malloc(n ? n : 1);
}

void *gac_calloc(size_t n, size_t size)
{
	return alloc_should_fail() ? NULL : calloc(n ? n : 1, size ? size : 1);
}

/* Stamps tell a workspace's cached lookups whether the scenario or sheet
 * they came from is still the one priced: unique over the process, so a
 * scenario freed and another allocated at its address do not pass for
 * each other, as two pointers would. */
uint64_t gac_new_stamp(void)
{
	static atomic_uint_fast64_t next = 1;
	return (uint64_t)atomic_fetch_add(&next, 1);
}

/* A simulation's arrays of 8 bytes a trial (totals, draws, ranks, sort
 * keys): hundreds of MiB first touched once each.  On this kind of
 * virtual machine a 4 KiB page fault costs microseconds, about a tenth of
 * a 10^6-trial run; asking for transparent huge pages makes the faults
 * 512 times fewer.  Not zeroed: the callers write every element.  Freed
 * with free(). */
void *gac_malloc_large(size_t n)
{
	enum { HUGE = 2 << 20 };
	if (alloc_should_fail())
		return NULL;
	if (n < 2 * (size_t)HUGE)
		return malloc(n ? n : 1);
	void *p = NULL;
	if (posix_memalign(&p, HUGE, n))
		return NULL;
#ifdef MADV_HUGEPAGE
	madvise(p, n, MADV_HUGEPAGE);  /* advice: where it is refused, 4 KiB pages serve */
#endif
	return p;
}

void *gac_realloc(void *p, size_t n)
{
	return alloc_should_fail() ? NULL : realloc(p, n ? n : 1);
}

/* Public: what the library hands out as plain memory goes back here, so an
 * embedder (or a binding) never mixes its allocator with the library's. */
void gac_free(void *p)
{
	free(p);
}

char *gac_strdup(const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *d = gac_malloc(n);
	if (d)
		memcpy(d, s, n);
	return d;
}

static bool buf_grow(gac_buf *b, size_t extra)
{
	if (b->failed)
		return false;
	if (b->len + extra + 1 <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1)
		cap *= 2;
	char *d = gac_realloc(b->data, cap);
	if (!d) {
		b->failed = true;
		return false;
	}
	b->data = d;
	b->cap = cap;
	return true;
}

void gac_buf_putn(gac_buf *b, const char *s, size_t n)
{
	if (!buf_grow(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void gac_buf_puts(gac_buf *b, const char *s)
{
	if (b->failed)
		return;
	gac_buf_putn(b, s, strlen(s));
}

void gac_buf_vprintf(gac_buf *b, const char *fmt, va_list ap)
{
	if (b->failed)
		return;
	va_list ap2;
	va_copy(ap2, ap);
	int n = gac_c_vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0 || !buf_grow(b, (size_t)n))
		return;
	gac_c_vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void gac_buf_printf(gac_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	gac_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

char *gac_buf_take(gac_buf *b)
{
	if (b->failed) {
		free(b->data);
		b->data = NULL;
		return NULL;
	}
	if (!b->data) {
		if (!buf_grow(b, 0))
			return NULL;
		b->data[0] = '\0';  /* an empty text is still a string */
	}
	char *d = b->data;
	b->data = NULL;
	b->len = b->cap = 0;
	return d;
}

const char *gac_buf_text(gac_buf *b, const gac_buf *x)
{
	if (x->failed)
		b->failed = true;
	return x->data && !x->failed ? x->data : "";
}

void gac_buf_free(gac_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

static locale_t c_numeric(void)
{
	static locale_t c_locale;
	if (!c_locale)
		c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	return c_locale;
}

double gac_pct(double before, double after)
{
	if (before == 0)
		return NAN;
	double p = 100.0 * (after - before) / before;
	if (!isfinite(p))
		p = 100.0 * ((after - before) / before);
	return isfinite(p) ? p : NAN;
}

double gac_c_strtod(const char *s, char **end)
{
	locale_t c_locale = c_numeric();
	locale_t old = c_locale ? uselocale(c_locale) : (locale_t)0;
	double v = strtod(s, end);
	if (c_locale)
		uselocale(old);
	return v;
}

/* printf in the C locale, whatever the process locale is: a library
 * embedded in a program that set a decimal-comma locale still writes
 * 0.5, in reports and in error messages alike. */
int gac_c_vsnprintf(char *dst, size_t n, const char *fmt, va_list ap)
{
	locale_t c_locale = c_numeric();
	locale_t old = c_locale ? uselocale(c_locale) : (locale_t)0;
	int r = vsnprintf(dst, n, fmt, ap);
	if (c_locale)
		uselocale(old);
	return r;
}

int gac_c_snprintf(char *dst, size_t n, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int r = gac_c_vsnprintf(dst, n, fmt, ap);
	va_end(ap);
	return r;
}

static int c_snprintf(char *dst, size_t n, const char *fmt, double v) { return gac_c_snprintf(dst, n, fmt, v); }

/* Beyond 1e15 a double holds no cents and %f would print the binary
 * expansion's noise digits (1e300 as 301 of them): fixed-point figures
 * that large are shown in exponent form with the 15 digits a double
 * carries, rounded.  fmt must hold one conversion of v. */
#define GAC_FIXED_MAX 1e15

void gac_buf_num(gac_buf *b, const char *fmt, double v)
{
	if (b->failed)
		return;
	char tmp[512], alt[64];
	const char *f = strchr(fmt, '%');
	if (f && !(fabs(v) < GAC_FIXED_MAX) && strlen(fmt) + 4 < sizeof alt) {
		/* keep the flags and the text around, replace ".Nf" with ".15g" */
		size_t at = (size_t)(f - fmt) + 1;
		while (fmt[at] && strchr("+- #0", fmt[at]))
			at++;
		size_t conv = at;
		while (fmt[conv] && strchr("0123456789.", fmt[conv]))
			conv++;
		if (fmt[conv] == 'f') {
			memcpy(alt, fmt, at);
			snprintf(alt + at, sizeof alt - at, ".15g%s", fmt + conv + 1);
			fmt = alt;
		}
	}
	int n = c_snprintf(tmp, sizeof tmp, fmt, v);
	if (n > 0)
		gac_buf_putn(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* The fast path of gac_buf_exact for 1e-4 <= |v| < 1e15, byte for byte
 * what its %.15g, %.16g, %.17g tries print, in exact integer arithmetic
 * instead of snprintf + strtod (0.5 us a figure; sweeps print tens of
 * millions).  v = M 2^-q exactly; N = v 10^k rounded half to even is the
 * n-digit decimal %.ng prints, and strtod reads N / 10^k back as v when
 * it lies within half a unit in the last place of v (on the boundary when
 * M is even: ties go to even).  With v >= 1e-4, k <= 20 and every product
 * stays below 2^126. */
__extension__ typedef unsigned __int128 gac_u128;

static bool exact_digits(gac_buf *b, double v)
{
	int ex;
	double f = frexp(fabs(v), &ex);                 /* |v| = f 2^ex, f in [0.5, 1) */
	uint64_t m = (uint64_t)ldexp(f, 53);
	int q = 53 - ex;                                /* |v| = m 2^-q */
	if (q < 1 || q > 70)
		return false;
	static const gac_u128 p10[21] = {
		1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
		1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL,
		100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
		1000000000000000000ULL, 10000000000000000000ULL, (gac_u128)10000000000000000000ULL * 10};
	int e10 = (int)floor(log10(fabs(v)));
	for (int n = 15; n <= 17; n++) {
		gac_u128 nn = 0;
		int k = 0;
		for (int tries = 0; tries < 3; tries++) {
			k = n - 1 - e10;
			if (k < 0 || k > 20)
				return false;
			gac_u128 x = (gac_u128)m * p10[k];
			nn = x >> q;
			if (nn >= p10[n]) {
				e10++;
				continue;
			}
			if (nn < p10[n - 1]) {
				e10--;
				continue;
			}
			gac_u128 r = x & (((gac_u128)1 << q) - 1), half = (gac_u128)1 << (q - 1);
			if (r > half || (r == half && (nn & 1)))
				nn++;
			break;
		}
		if (nn >= p10[n] + 1 || nn < p10[n - 1])
			return false;
		/* within the rounding interval of v?  N 2^(q+1) against (2m +- 1) 10^k;
		 * below a power of two the lower neighbour is half as far */
		gac_u128 at = nn << (q + 1), hi = ((gac_u128)2 * m + 1) * p10[k], lo;
		bool pow2 = m == (uint64_t)1 << 52, even = !(m & 1);
		if (pow2) {
			at <<= 1;
			hi <<= 1;
			lo = ((gac_u128)4 * m - 1) * p10[k];
		} else {
			lo = ((gac_u128)2 * m - 1) * p10[k];
		}
		if (even ? (at < lo || at > hi) : (at <= lo || at >= hi))
			continue;
		char tmp[48], *e = tmp + sizeof tmp, *p = e;
		uint64_t d64 = (uint64_t)nn;   /* at most 10^17 */
		int dec = k;
		while (dec > 0 && d64 % 10 == 0) {
			d64 /= 10;
			dec--;
		}
		for (int d = 0; d < dec; d++, d64 /= 10)
			*--p = (char)('0' + (int)(d64 % 10));
		if (dec)
			*--p = '.';
		do
			*--p = (char)('0' + (int)(d64 % 10));
		while (d64 /= 10);
		if (v < 0)
			*--p = '-';
		gac_buf_putn(b, p, (size_t)(e - p));
		return true;
	}
	return false;
}

void gac_buf_exact(gac_buf *b, double v)
{
	if (b->failed)
		return;
	char tmp[400], fmt[16];
	double mag = fabs(v);
	if (mag >= 1e-4 && mag < 1e15 && exact_digits(b, v))
		return;
	/* the snprintf + strtod tries exact_digits replaces: kept for a double
	 * it declines (none in its range today), they print the same text */
	if (mag >= 1e-4 && mag < 1e15) {
		static const char *const g[] = {"%.15g", "%.16g", "%.17g"};
		for (int i = 0; i < 3; i++) {
			c_snprintf(tmp, sizeof tmp, g[i], v);
			if (!strchr(tmp, 'e') && gac_c_strtod(tmp, NULL) == v) {
				gac_buf_puts(b, tmp);
				return;
			}
		}
	}
	/* plain decimals where they stay short, exponent form otherwise */
	if (v == 0 || (mag >= 1e-9 && mag < 1e16)) {
		for (int d = 0; d <= 25; d++) {
			snprintf(fmt, sizeof fmt, "%%.%df", d);
			c_snprintf(tmp, sizeof tmp, fmt, v);
			if (gac_c_strtod(tmp, NULL) == v) {
				gac_buf_puts(b, tmp);
				return;
			}
		}
	}
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(fmt, sizeof fmt, "%%.%dg", prec);
		c_snprintf(tmp, sizeof tmp, fmt, v);
		if (gac_c_strtod(tmp, NULL) == v)
			break;
	}
	gac_buf_puts(b, tmp);
}

void gac_buf_grouped(gac_buf *b, double v, int decimals)
{
	if (b->failed)
		return;
	char fmt[16], tmp[400];
	if (!(fabs(v) < GAC_FIXED_MAX)) {
		gac_buf_num(b, "%.15g", v);
		return;
	}
	snprintf(fmt, sizeof fmt, "%%.%df", decimals);
	int n = c_snprintf(tmp, sizeof tmp, fmt, v);
	if (n <= 0 || (size_t)n >= sizeof tmp) {
		gac_buf_num(b, "%g", v);
		return;
	}
	const char *p = tmp;
	if (*p == '-') {
		gac_buf_putn(b, "-", 1);
		p++;
	}
	const char *dot = strchr(p, '.');
	size_t intlen = dot ? (size_t)(dot - p) : strlen(p);
	for (size_t i = 0; i < intlen; i++) {
		if (i > 0 && (intlen - i) % 3 == 0)
			gac_buf_putn(b, ",", 1);
		gac_buf_putn(b, p + i, 1);
	}
	if (dot)
		gac_buf_puts(b, dot);
}

void gac_buf_sig(gac_buf *b, double v, int sig)
{
	if (!isfinite(v) || v == 0 || !(fabs(v) < GAC_FIXED_MAX) || fabs(v) < 1e-6) {
		gac_buf_num(b, "%.6g", v);
		return;
	}
	int mag = (int)floor(log10(fabs(v)));
	int decimals = sig - 1 - mag;
	if (decimals < 0)
		decimals = 0;
	gac_buf g = {0};
	gac_buf_grouped(&g, v, decimals);
	const char *t = gac_buf_text(b, &g);
	size_t n = strlen(t);
	if (strchr(t, '.')) {
		while (n > 0 && t[n - 1] == '0')
			n--;
		if (n > 0 && t[n - 1] == '.')
			n--;
	}
	gac_buf_putn(b, t, n);
	gac_buf_free(&g);
}

void gac_hash_hex(char out[17], const void *data, size_t len)
{
	uint64_t h = 14695981039346656037ULL;
	const unsigned char *p = data;
	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/*
 * A FIFO opened without blocking: whether a writer holds it.  A read that
 * would wait (EAGAIN) means a writer is there; end of file means none is.
 * A writer started just before (`cat x > fifo &`) gets GAC_FIFO_WAIT_MS
 * to open it; none by then is an I/O error, never a hang.  Nothing is
 * consumed: poll only looks.
 */
#define GAC_FIFO_WAIT_MS 2000
static gac_status fifo_wait_writer(int fd, gac_buf *b, const char *path, gac_error *err)
{
	struct pollfd p = {.fd = fd, .events = POLLIN};
	for (int waited = 0;; waited += 50) {
		/* data waiting, or a writer that came and went: read it all */
		if (poll(&p, 1, 0) > 0)
			return GAC_OK;
		char byte;
		ssize_t n = read(fd, &byte, 1);
		if (n < 0 && errno == EAGAIN)
			return GAC_OK; /* a writer holds it and has not written yet */
		if (n > 0) {       /* written since poll looked: keep it */
			gac_buf_putn(b, &byte, 1);
			return GAC_OK;
		}
		if (waited >= GAC_FIFO_WAIT_MS)
			return gac_fail(err, GAC_EIO, path, 0, 0,
			                "a FIFO with no writer (none opened it within %d s)", GAC_FIFO_WAIT_MS / 1000);
		/* no writer yet: wait a little for one to open it and write */
		if (poll(&p, 1, 50) > 0)
			return GAC_OK;
	}
}

gac_status gac_read_file(char **data, size_t *len, const char *path, size_t limit, gac_error *err)
{
	return gac_read_file_id(data, len, NULL, path, limit, err);
}

gac_status gac_load_file_with(void *obj, gac_buffer_loader load, const char *path, size_t limit, gac_error *err)
{
	char *data;
	size_t len;
	gac_status st = gac_read_file(&data, &len, path, limit, err);
	if (st != GAC_OK)
		return st;
	st = load(obj, data, len, path, err);
	free(data);
	return st;
}

gac_status gac_read_file_id(char **data, size_t *len, unsigned long long id[2], const char *path, size_t limit,
                            gac_error *err)
{
	/* O_NONBLOCK: opening a FIFO must not wait for its writer */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return gac_fail(err, GAC_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
	struct stat st;
	if (fstat(fd, &st) != 0) {
		int e = errno;
		close(fd);
		return gac_fail(err, GAC_EIO, path, 0, 0, "cannot stat: %s", strerror(e));
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		return gac_fail(err, GAC_EIO, path, 0, 0, "is a directory, not a file");
	}
	gac_buf b = {0};
	if (S_ISFIFO(st.st_mode)) {
		gac_status fs = fifo_wait_writer(fd, &b, path, err);
		if (fs != GAC_OK) {
			close(fd);
			return fs;
		}
	}
	/* a writer is there (or it is no FIFO): reads may wait for data */
	int fl = fcntl(fd, F_GETFL);
	if (fl == -1 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) == -1) {
		int e = errno;
		close(fd);
		gac_buf_free(&b);
		return gac_fail(err, GAC_EIO, path, 0, 0, "cannot read: %s", strerror(e));
	}
	if (id) {
		/* of the file read, not of whatever the path names later */
		id[0] = (unsigned long long)st.st_dev;
		id[1] = (unsigned long long)st.st_ino;
	}
	/* a regular file's size is known: refuse a big one without reading it
	 * (devices and pipes have no size and are capped while reading) */
	if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > (uintmax_t)limit) {
		close(fd);
		gac_buf_free(&b);
		return gac_fail(err, GAC_ELIMIT, path, 0, 0, "file is larger than %zu bytes", limit);
	}
	char chunk[65536];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			close(fd);
			gac_buf_free(&b);
			return gac_fail(err, GAC_EIO, path, 0, 0, "cannot read: %s", strerror(e));
		}
		if (n == 0)
			break;
		if (b.len + (size_t)n > limit) {
			close(fd);
			gac_buf_free(&b);
			return gac_fail(err, GAC_ELIMIT, path, 0, 0, "file is larger than %zu bytes",
			                limit);
		}
		gac_buf_putn(&b, chunk, (size_t)n);
		if (b.failed) {
			close(fd);
			gac_buf_free(&b);
			return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory reading file");
		}
	}
	close(fd);
	size_t total = b.len;
	char *d = gac_buf_take(&b);
	if (!d)
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory reading file");
	*data = d;
	*len = total;
	return GAC_OK;
}

size_t gac_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 64 || lb > 64)
		return (size_t)-1;
	size_t row[65];
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t prev = row[0];
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
			size_t best = prev + cost;
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = cur;
		}
	}
	return row[lb];
}

bool gac_currency_code_ok(const char *c)
{
	for (int i = 0; i < 3; i++)
		if (c[i] < 'A' || c[i] > 'Z')
			return false;
	return c[3] == '\0';
}

bool gac_valid_name(const char *n)
{
	size_t len = strlen(n);
	/* names end up inside parameter paths: keep them short and plain */
	if (len == 0 || len > GAC_MAX_NAME)
		return false;
	for (; *n; n++)
		if (!((*n >= 'a' && *n <= 'z') || (*n >= 'A' && *n <= 'Z') || (*n >= '0' && *n <= '9') ||
		      *n == '_' || *n == '-'))
			return false;
	return true;
}

long gac_text_control(const char *s, bool breaks, unsigned *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	for (size_t i = 0; u[i]; i++) {
		unsigned c = u[i];
		if (c < 0x20 || c == 0x7F) {
			if (breaks && (c == '\t' || c == '\n'))
				continue;
			*cp = c;
			return (long)i;
		}
		if (c == 0xC2 && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F) {
			*cp = u[i + 1];
			return (long)i;
		}
		if (c == 0xE2 && u[i + 1] == 0x80 && (u[i + 2] == 0xA8 || u[i + 2] == 0xA9)) {
			*cp = 0x2000u + u[i + 2] - 0x80u;
			return (long)i;
		}
	}
	return -1;
}

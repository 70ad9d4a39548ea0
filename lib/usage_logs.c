/*
 * Amazon Bedrock model invocation logs (lib/usage.h): the JSON-lines
 * records Bedrock delivers to S3 or CloudWatch Logs, plain or gzip, read
 * a line at a time (lib/lines.c), one jansson document per line.
 *
 * A record of schemaType ModelInvocationLog gives timestamp, region,
 * modelId (a model id, an inference-profile id, or the ARN of either),
 * input.inputTokenCount, input.cacheReadInputTokenCount,
 * input.cacheWriteInputTokenCount and output.outputTokenCount (and
 * output.outputImageCount for image models).  A record with an errorCode
 * is no billed request: ThrottlingException counts as a throttle, any
 * other as a failure.  A line that is no JSON object is invalid input at
 * its line and column; nothing else is passed over without a count.
 *
 * A record is first read by a scanner that checks the JSON as jansson
 * would and keeps only the fields above, building no tree: jansson's tree
 * of a 500-byte record costs some 13 microseconds, the scan about one.
 * Any line the scanner does not take whole (a syntax error, a duplicate
 * key, an escape in a key or a kept string, a number it would have to
 * round) is read again by jansson, whose verdict and message stand.
 */
#include "usage.h"

#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The fields of a record that calibrate uses, from either reader. */
typedef struct keyname {
	const char *s;
	size_t n;
} keyname;
#define AS_KEY(s) {s, sizeof s - 1},
#define AS_LENGTH(s) | (uint64_t)1 << (sizeof s - 1)
/* The keys kept, in the order of their enum; a bit a key's length, so
 * that most other keys are passed over at one test. */
#define CNT_KEYS(X) X("inputTokenCount") X("cacheReadInputTokenCount") X("cacheWriteInputTokenCount") \
	X("outputTokenCount") X("outputImageCount")
enum { CNT_INPUT, CNT_CACHE_READ, CNT_CACHE_WRITE, CNT_OUTPUT, CNT_IMAGES, NCNT };
static const keyname cnt_key[NCNT] = {CNT_KEYS(AS_KEY)};
static const uint64_t cnt_lengths = 0 CNT_KEYS(AS_LENGTH);
static const char *const cnt_path[NCNT] = {"input.inputTokenCount", "input.cacheReadInputTokenCount",
                                           "input.cacheWriteInputTokenCount", "output.outputTokenCount",
                                           "output.outputImageCount"};
#define STR_KEYS(X) X("schemaType") X("timestamp") X("modelId") X("region") X("errorCode")
enum { STR_SCHEMA, STR_TS, STR_MODEL, STR_REGION, STR_CODE, NSTR };
static const keyname str_key[NSTR] = {STR_KEYS(AS_KEY)};
static const uint64_t str_lengths = 0 STR_KEYS(AS_LENGTH);
#define STR_MAX 1024

typedef struct rec {
	char str[NSTR][STR_MAX];
	bool has[NSTR];
	bool too_long[NSTR];
	int cnt_state[NCNT];   /* 0 absent or null, 1 a count, 2 not a count */
	double cnt[NCNT];
} rec;

static void rec_clear(rec *r)
{
	for (int i = 0; i < NSTR; i++) {
		r->has[i] = r->too_long[i] = false;
		r->str[i][0] = '\0';
	}
	for (int i = 0; i < NCNT; i++) {
		r->cnt_state[i] = 0;
		r->cnt[i] = 0;
	}
}

static void rec_set(rec *r, int k, const char *v, size_t n)
{
	r->has[k] = true;
	r->too_long[k] = n >= STR_MAX;
	if (n >= STR_MAX)
		n = STR_MAX - 1;
	memcpy(r->str[k], v, n);
	r->str[k][n] = '\0';
}

/* ---- the scanner ---- */
#define SCAN_DEPTH 64
#define SCAN_KEYS 512

typedef struct scan {
	const char *p, *end;
	rec *r;
	const char *key[SCAN_KEYS];
	size_t klen[SCAN_KEYS];
	size_t nkeys;
} scan;

static void ws(scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
		s->p++;
}

static int hexv(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static bool hex4(const char *p, const char *end, unsigned *v)
{
	if (end - p < 4)
		return false;
	*v = 0;
	for (int i = 0; i < 4; i++) {
		int h = hexv(p[i]);
		if (h < 0)
			return false;
		*v = *v * 16 + (unsigned)h;
	}
	return true;
}

/* Bytes a string's scan must look at: '"', '\\', controls and any not
 * ASCII.  For eight bytes in x, 0x80 in the byte of each such one, and
 * maybe in bytes after it but never before: nonzero when there is one,
 * and its lowest set bit marks the first. */
static uint64_t special8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
	uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
	return (((q - ones) & ~q) | ((b - ones) & ~b) | ((x - ones * 0x20) & ~x) | x) & high;
}

/* A string at s->p (its '"'): *out and *len its raw text, *esc whether it
 * has an escape.  false for anything jansson would refuse.  Runs of plain
 * ASCII are passed over eight bytes at a time. */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline bool str(scan *s, const char **out, size_t *len, bool *esc)
{
	const unsigned char *p = (const unsigned char *)s->p + 1, *end = (const unsigned char *)s->end;
	*out = (const char *)p;
	*esc = false;
	while (p < end) {
#ifdef __SSE2__
		/* sixteen at a time: '"', '\\', and as signed bytes below 0x20
		 * (controls, and every byte not ASCII) */
		while (end - p >= 16) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
			unsigned m = (unsigned)_mm_movemask_epi8(
			    _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))),
			                 _mm_cmplt_epi8(x, _mm_set1_epi8(0x20))));
			if (m) {
				p += __builtin_ctz(m);
				goto special;
			}
			p += 16;
		}
#endif
		while (end - p >= 8) {
			uint64_t x;
			memcpy(&x, p, 8);
			uint64_t m = special8(x);
			if (!m) {
				p += 8;
				continue;
			}
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			p += __builtin_ctzll(m) / 8;
#endif
			break;
		}
		if (p >= end)
			break;
#ifdef __SSE2__
	special:;
#endif
		unsigned c = *p;
		if (c == '"') {
			*len = (size_t)((const char *)p - *out);
			s->p = (const char *)p + 1;
			return true;
		}
		if (c < 0x20)
			return false;
		if (c == '\\') {
			*esc = true;
			if (++p >= end)
				return false;
			c = *p;
			if (c == 'u') {
				unsigned v, w;
				if (!hex4((const char *)p + 1, (const char *)end, &v) || v == 0)
					return false;
				p += 5;
				if (v >= 0xDC00 && v <= 0xDFFF)
					return false;
				if (v >= 0xD800 && v <= 0xDBFF) {
					if (end - p < 6 || p[0] != '\\' || p[1] != 'u' ||
					    !hex4((const char *)p + 2, (const char *)end, &w) || w < 0xDC00 || w > 0xDFFF)
						return false;
					p += 6;
				}
				continue;
			}
			if (!strchr("\"\\/bfnrt", (int)c) || !c)
				return false;
			p++;
			continue;
		}
		if (c < 0x80) {
			p++;
			continue;
		}
		/* UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF */
		size_t n;
		unsigned lo = 0x80, hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF)
			n = 1;
		else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			if (c == 0xE0)
				lo = 0xA0;
			else if (c == 0xED)
				hi = 0x9F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			if (c == 0xF0)
				lo = 0x90;
			else if (c == 0xF4)
				hi = 0x8F;
		} else {
			return false;
		}
		if ((size_t)(end - p) <= n || p[1] < lo || p[1] > hi)
			return false;
		for (size_t i = 2; i <= n; i++)
			if (p[i] < 0x80 || p[i] > 0xBF)
				return false;
		p += n + 1;
	}
	return false;
}

/* A number: *kind 1 a whole number that fits (*v), 2 a negative whole
 * number, 0 any other (a fraction or an exponent: left to jansson when it
 * matters).  false for bad syntax or one jansson might not hold. */
static bool num(scan *s, double *v, int *kind)
{
	const char *p = s->p, *end = s->end;
	bool neg = false;
	if (p < end && *p == '-') {
		neg = true;
		p++;
	}
	const char *d = p;
	if (p < end && *p == '0')
		p++;
	else if (p < end && *p >= '1' && *p <= '9')
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	else
		return false;
	size_t digits = (size_t)(p - d);
	bool whole = true;
	if (p < end && *p == '.') {
		whole = false;
		const char *f = ++p;
		while (p < end && *p >= '0' && *p <= '9')
			p++;
		if (p == f || p - f > 300)
			return false;
	}
	if (p < end && (*p == 'e' || *p == 'E'))
		return false; /* may overflow: jansson's call */
	if (digits > 15)
		return false;
	*kind = 0;
	if (whole) {
		double x = 0;
		for (const char *q = d; q < d + digits; q++)
			x = x * 10 + (*q - '0');
		*v = x;
		*kind = neg && x != 0 ? 2 : 1;
	}
	s->p = p;
	return true;
}

static inline int find_key(const keyname *keys, int n, uint64_t lengths, const char *k, size_t len)
{
	if (len > 63 || !(lengths >> len & 1))
		return -1;
	for (int i = 0; i < n; i++)
		if (keys[i].n == len && keys[i].s[0] == k[0] && !memcmp(keys[i].s, k, len))
			return i;
	return -1;
}

/* ctx: 0 nothing kept, 1 the record, 2 its input, 3 its output */
static bool value(scan *s, int depth, int ctx);

static bool object(scan *s, int depth, int ctx)
{
	if (depth > SCAN_DEPTH)
		return false;
	s->p++;
	size_t first = s->nkeys;
	uint64_t seen = 0;   /* a bit a key's hash: most keys need no search for a duplicate */
	ws(s);
	if (s->p < s->end && *s->p == '}') {
		s->p++;
		return true;
	}
	for (;;) {
		ws(s);
		if (s->p >= s->end || *s->p != '"')
			return false;
		const char *k;
		size_t klen;
		bool esc;
		if (!str(s, &k, &klen, &esc) || esc)
			return false;
		uint64_t bit = (uint64_t)1 << (klen ? (klen * 7u + (unsigned char)k[0] * 3u + (unsigned char)k[klen - 1]) & 63u : 0);
		if (seen & bit)
			for (size_t i = first; i < s->nkeys; i++)
				if (s->klen[i] == klen && !memcmp(s->key[i], k, klen))
					return false; /* a duplicate: jansson refuses it */
		seen |= bit;
		if (s->nkeys == SCAN_KEYS)
			return false;
		s->key[s->nkeys] = k;
		s->klen[s->nkeys++] = klen;
		ws(s);
		if (s->p >= s->end || *s->p != ':')
			return false;
		s->p++;
		ws(s);
		if (s->p >= s->end)
			return false;
		int kept;
		if (ctx == 1 && *s->p == '"' && (kept = find_key(str_key, NSTR, str_lengths, k, klen)) >= 0) {
			const char *v;
			size_t vlen;
			if (!str(s, &v, &vlen, &esc) || esc)
				return false;
			rec_set(s->r, kept, v, vlen);
		} else if (ctx == 1 && *s->p == '{' && klen == 5 && !memcmp(k, "input", 5)) {
			if (!object(s, depth + 1, 2))
				return false;
		} else if (ctx == 1 && *s->p == '{' && klen == 6 && !memcmp(k, "output", 6)) {
			if (!object(s, depth + 1, 3))
				return false;
		} else if ((ctx == 2 || ctx == 3) && (kept = find_key(cnt_key, NCNT, cnt_lengths, k, klen)) >= 0 &&
		           (ctx == 2) == (kept <= CNT_CACHE_WRITE)) {
			if (*s->p == '-' || (*s->p >= '0' && *s->p <= '9')) {
				double v = 0;
				int kind;
				if (!num(s, &v, &kind) || kind == 0)
					return false; /* a fraction: jansson reads it */
				s->r->cnt_state[kept] = kind;
				s->r->cnt[kept] = v;
			} else {
				bool null = s->end - s->p >= 4 && !memcmp(s->p, "null", 4);
				if (!value(s, depth + 1, 0))
					return false;
				s->r->cnt_state[kept] = null ? 0 : 2;
			}
		} else if (!value(s, depth + 1, 0)) {
			return false;
		}
		ws(s);
		if (s->p >= s->end)
			return false;
		if (*s->p == '}') {
			s->p++;
			s->nkeys = first;
			return true;
		}
		if (*s->p != ',')
			return false;
		s->p++;
	}
}

static bool value(scan *s, int depth, int ctx)
{
	if (s->p >= s->end || depth > SCAN_DEPTH)
		return false;
	const char *v;
	size_t n;
	bool esc;
	double d;
	int kind;
	switch (*s->p) {
	case '{':
		return object(s, depth, ctx);
	case '[':
		s->p++;
		ws(s);
		if (s->p < s->end && *s->p == ']') {
			s->p++;
			return true;
		}
		for (;;) {
			ws(s);
			if (!value(s, depth + 1, 0))
				return false;
			ws(s);
			if (s->p >= s->end)
				return false;
			if (*s->p == ']') {
				s->p++;
				return true;
			}
			if (*s->p != ',')
				return false;
			s->p++;
		}
	case '"':
		return str(s, &v, &n, &esc);
	case 't':
		if (s->end - s->p < 4 || memcmp(s->p, "true", 4))
			return false;
		s->p += 4;
		return true;
	case 'f':
		if (s->end - s->p < 5 || memcmp(s->p, "false", 5))
			return false;
		s->p += 5;
		return true;
	case 'n':
		if (s->end - s->p < 4 || memcmp(s->p, "null", 4))
			return false;
		s->p += 4;
		return true;
	default:
		return num(s, &d, &kind);
	}
}

bool gac_logs_jansson_only;

/* Scan one line into r: true when the scanner took it whole. */
static bool scan_record(scan *s, rec *r, const char *line, size_t len)
{
	rec_clear(r);
	if (gac_logs_jansson_only)
		return false;
	s->p = line;
	s->end = line + len;
	s->r = r;
	s->nkeys = 0;
	ws(s);
	if (s->p >= s->end || *s->p != '{' || !object(s, 1, 1))
		return false;
	ws(s);
	return s->p == s->end;
}

/* ---- jansson, for the lines the scanner leaves ---- */

/* A count field: absent or null is 0, anything but a whole number >= 0 is
 * bad. */
static int count_state(double *out, json_t *obj, const char *key)
{
	json_t *v = obj ? json_object_get(obj, key) : NULL;
	*out = 0;
	if (!v || json_is_null(v))
		return 0;
	if (json_is_integer(v) && json_integer_value(v) >= 0) {
		*out = (double)json_integer_value(v);
		return 1;
	}
	if (json_is_real(v) && json_real_value(v) >= 0 && isfinite(json_real_value(v)) &&
	    json_real_value(v) == floor(json_real_value(v))) {
		*out = json_real_value(v);
		return 1;
	}
	return 2;
}

static void from_tree(rec *r, json_t *root)
{
	rec_clear(r);
	for (int k = 0; k < NSTR; k++) {
		const char *v = json_string_value(json_object_get(root, str_key[k].s));
		if (v)
			rec_set(r, k, v, strlen(v));
	}
	json_t *in = json_object_get(root, "input"), *out = json_object_get(root, "output");
	for (int k = 0; k < NCNT; k++)
		r->cnt_state[k] = count_state(&r->cnt[k], k <= CNT_CACHE_WRITE ? in : out, cnt_key[k].s);
}

/* The model of an ARN of a foundation model or a system inference
 * profile; an application inference profile's ARN stays as it is (its id
 * does not name the model). */
static const char *model_of(const char *id)
{
	if (strncmp(id, "arn:", 4))
		return id;
	const char *slash = strrchr(id, '/');
	if (!slash)
		return id;
	if (strstr(id, ":foundation-model/") || strstr(id, ":inference-profile/"))
		return slash + 1;
	return id;
}

/* One record's fields into the aggregate. */
static gac_status use_record(gac_usage *u, gac_log_stats *stats, const rec *r, const char *path,
                             unsigned long lineno, unsigned col, int64_t start, int64_t end,
                             const char *default_region, gac_error *err)
{
	stats->records++;
	if (!r->has[STR_SCHEMA] || strcmp(r->str[STR_SCHEMA], "ModelInvocationLog")) {
		stats->other++;
		return GAC_OK;
	}
	const char *ts = r->str[STR_TS], *model = r->str[STR_MODEL];
	const char *region = r->has[STR_REGION] && *r->str[STR_REGION] ? r->str[STR_REGION] : default_region;
	if (!r->has[STR_TS] || !r->has[STR_MODEL] || !*model)
		return gac_fail(err, GAC_ESCHEMA, path, (unsigned)lineno, col, "the record has no %s",
		                !r->has[STR_TS] ? "timestamp" : "modelId");
	if (r->too_long[STR_MODEL])
		return gac_fail(err, GAC_EVALUE, path, (unsigned)lineno, col, "modelId is longer than %d bytes",
		                STR_MAX - 1);
	int64_t t;
	if (!gac_time_parse(&t, ts, false, NULL))
		return gac_fail(err, GAC_EVALUE, path, (unsigned)lineno, col,
		                "timestamp '%.*s%s' is no RFC 3339 time (2026-01-31T14:05:00Z)", GAC_SHOW(ts));
	if (!gac_region_id_ok(region))
		return gac_fail(err, GAC_EVALUE, path, (unsigned)lineno, col, "region '%.*s%s' is no AWS region id",
		                GAC_SHOW(region));
	if (start < end && (t < start || t >= end)) {
		stats->outside++;
		return GAC_OK;
	}
	gac_usage_counts c = {0};
	if (r->has[STR_CODE] && *r->str[STR_CODE]) {
		if (strcmp(r->str[STR_CODE], "ThrottlingException")) {
			stats->failed++;
			return GAC_OK;
		}
		stats->throttled++;
		c.throttles = 1;
	} else {
		for (int k = 0; k < NCNT; k++)
			if (r->cnt_state[k] == 2)
				return gac_fail(err, GAC_EVALUE, path, (unsigned)lineno, col,
				                "%s is not a whole number of 0 or more", cnt_path[k]);
		c.input = r->cnt[CNT_INPUT];
		c.cache_read = r->cnt[CNT_CACHE_READ];
		c.cache_write = r->cnt[CNT_CACHE_WRITE];
		c.output = r->cnt[CNT_OUTPUT];
		c.images = r->cnt[CNT_IMAGES];
		c.requests = 1;
		stats->used++;
	}
	size_t si;
	int64_t hour = t >= 0 ? t / 3600 : -((-t + 3599) / 3600);
	gac_status st;
	if ((st = gac_usage_series_get(&si, u, model_of(model), region)) != GAC_OK ||
	    (st = gac_usage_add(u, si, hour, 1, &c)) != GAC_OK)
		return gac_fail(err, st, path, (unsigned)lineno, 0, "%s",
		                st == GAC_ENOMEM ? "out of memory" : "too many distinct models");
	return GAC_OK;
}

/* One line of a log (not blank) into the aggregate, with the scanner's
 * and the record's storage. */
static gac_status one_line(gac_usage *u, gac_log_stats *stats, scan *sc, rec *r, const char *line, size_t len,
                           size_t i, const char *path, unsigned long lineno, int64_t start, int64_t end,
                           const char *default_region, gac_error *err)
{
	if (!scan_record(sc, r, line, len)) {
		json_error_t je;
		gac_json_watch();
		json_t *root = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
		if (gac_json_failed() || (!root && json_error_code(&je) == json_error_out_of_memory)) {
			/* jansson may drop a member it could not store and go on */
			json_decref(root);
			return gac_fail(err, GAC_ENOMEM, path, (unsigned)lineno, 0, "out of memory");
		}
		if (!root)
			return gac_fail(err, GAC_ESYNTAX, path, (unsigned)lineno, je.column > 0 ? (unsigned)je.column : 1,
			                "not an invocation-log record: %s", je.text);
		if (!json_is_object(root)) {
			json_decref(root);
			return gac_fail(err, GAC_ESCHEMA, path, (unsigned)lineno, (unsigned)i + 1,
			                "an invocation-log record is a JSON object");
		}
		from_tree(r, root);
		json_decref(root);
	}
	return use_record(u, stats, r, path, lineno, (unsigned)i + 1, start, end, default_region, err);
}

gac_status gac_usage_log_line(gac_usage *u, gac_log_stats *stats, const char *line, size_t len, int64_t start,
                              int64_t end, const char *default_region, gac_error *err)
{
	scan *sc = gac_malloc(sizeof *sc);
	rec *r = gac_malloc(sizeof *r);
	gac_status st = !sc || !r ? gac_fail(err, GAC_ENOMEM, "<line>", 1, 0, "out of memory")
	                          : one_line(u, stats, sc, r, line, len, 0, "<line>", 1, start, end, default_region, err);
	free(sc);
	free(r);
	return st;
}

gac_status gac_usage_read_logs(gac_usage *u, gac_log_stats *stats, const char *path, int64_t start, int64_t end,
                               const char *default_region, gac_error *err)
{
	gac_lines *lr = NULL;
	gac_status st = gac_lines_open(&lr, path, 0, GAC_LINES_AHEAD, err);
	if (st != GAC_OK)
		return st;
	scan *sc = gac_malloc(sizeof *sc);
	rec *r = gac_malloc(sizeof *r);
	if (!sc || !r) {
		free(sc);
		free(r);
		gac_lines_close(lr);
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	}
	stats->files++;
	const char *line;
	size_t len;
	unsigned long lineno;
	while ((st = gac_lines_next(&line, &len, &lineno, lr, err)) == GAC_OK && line) {
		stats->lines++;
		size_t i = 0;
		while (i < len && (line[i] == ' ' || line[i] == '\t'))
			i++;
		if (i == len) {
			stats->blank++;
			continue;
		}
		if ((st = one_line(u, stats, sc, r, line, len, i, path, lineno, start, end, default_region, err)) != GAC_OK)
			break;
	}
	free(sc);
	free(r);
	gac_lines_close(lr);
	return st;
}

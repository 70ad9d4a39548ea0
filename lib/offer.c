/* AWS Price List bulk offer files (offers/v1.0/aws/<offer>/current/
 * <region>/index.json) and the map of their model names to Bedrock model
 * ids (pricing/aws-offer-map.yaml): every price dimension of an offer is
 * sorted into a price-sheet key, or into a class the report lists. */
#define _POSIX_C_SOURCE 200809L
#include "offer.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- decimals ---- */

bool gac_dec_parse(gac_dec *d, const char *s)
{
	char all[128];
	size_t n = 0;
	int exp = 0;
	bool point = false, any = false;
	if (!s)
		return false;
	const char *p = s;
	for (; *p && *p != 'e' && *p != 'E'; p++) {
		if (*p == '.') {
			if (point)
				return false;
			point = true;
			continue;
		}
		if (!isdigit((unsigned char)*p))
			return false;
		any = true;
		if (n == 0 && *p == '0') {   /* a leading zero adds nothing */
			if (point)
				exp--;
			continue;
		}
		if (n >= sizeof all - 1)
			return false;
		all[n++] = *p;
		if (point)
			exp--;
	}
	if (!any)
		return false;
	if (*p) {
		char *end;
		p++;
		if (!*p)
			return false;
		long e = strtol(p, &end, 10);
		if (*end || e < -400 || e > 400)
			return false;
		exp += (int)e;
	}
	/* trailing zeros move into the exponent */
	while (n > 0 && all[n - 1] == '0') {
		n--;
		exp++;
	}
	if (n > 60)
		return false;
	memcpy(d->digits, all, n);
	d->digits[n] = '\0';
	d->exp = n ? exp : 0;
	return true;
}

void gac_dec_format(char out[160], const gac_dec *d, int shift)
{
	size_t n = strlen(d->digits);
	if (n == 0) {
		strcpy(out, "0");
		return;
	}
	long e = (long)d->exp + shift;
	size_t o = 0;
	if (e >= 0) {
		/* digits then e zeros: an integer */
		if (n + (size_t)e > 150)
			e = 150 - (long)n;
		memcpy(out, d->digits, n);
		o = n;
		for (long i = 0; i < e; i++)
			out[o++] = '0';
	} else if ((long)n + e > 0) {
		size_t whole = (size_t)((long)n + e);
		memcpy(out, d->digits, whole);
		o = whole;
		out[o++] = '.';
		memcpy(out + o, d->digits + whole, n - whole);
		o += n - whole;
	} else {
		long zeros = -((long)n + e);
		if (zeros > 80)
			zeros = 80;
		out[o++] = '0';
		out[o++] = '.';
		for (long i = 0; i < zeros; i++)
			out[o++] = '0';
		memcpy(out + o, d->digits, n);
		o += n;
	}
	out[o] = '\0';
}

/* ---- sheet keys, in the order an entry is written ---- */

static const char *const keys[] = {
	"input", "output", "batch_input", "batch_output", "cache_write", "cache_write_1h", "cache_read",
	"priority.input", "priority.output", "priority.cache_write", "priority.cache_write_1h",
	"priority.cache_read",
	"flex.input", "flex.output", "flex.cache_write", "flex.cache_write_1h", "flex.cache_read",
	"latency_optimized.input", "latency_optimized.output",
	"global.input", "global.output", "global.cache_write", "global.cache_write_1h", "global.cache_read",
	"long_context.input", "long_context.output", "long_context.cache_write", "long_context.cache_read",
	"long_context.global.input", "long_context.global.output", "long_context.global.cache_write",
	"long_context.global.cache_read",
	"long_context.priority.input", "long_context.priority.output", "long_context.priority.cache_write",
	"long_context.priority.cache_read",
	"long_context.flex.input", "long_context.flex.output", "long_context.flex.cache_write",
	"long_context.flex.cache_read",
	"long_context.latency_optimized.input", "long_context.latency_optimized.output",
	"model_unit_hour.no_commit", "model_unit_hour.1_month", "model_unit_hour.6_month",
	"reserved_input.1_month", "reserved_input.3_month", "reserved_output.1_month", "reserved_output.3_month",
};

int gac_offer_key_count(void)
{
	return (int)(sizeof keys / sizeof *keys);
}

const char *gac_offer_key_name(int index)
{
	return index >= 0 && index < gac_offer_key_count() ? keys[index] : NULL;
}

int gac_offer_key_index(const char *key)
{
	for (int i = 0; i < gac_offer_key_count(); i++)
		if (!strcmp(keys[i], key))
			return i;
	return -1;
}

bool gac_offer_key_regional(const char *key)
{
	/* a long_context tier is the entry's only; rate cards (global,
	 * priority, flex, latency_optimized) are per region too */
	return strncmp(key, "long_context.", 13) != 0;
}

/* ---- the import object ---- */

gac_status gac_price_import_new(gac_price_import **out)
{
	if (!out)
		return GAC_EARG;
	*out = gac_calloc(1, sizeof **out);
	return *out ? GAC_OK : GAC_ENOMEM;
}

static void rate_free(gac_offer_rate *r)
{
	free(r->id);
	free(r->region);
	free(r->key);
	free(r->why);
	free(r->price_text);
	free(r->unit);
	free(r->sku);
	free(r->rate_code);
	free(r->effective);
	free(r->description);
	free(r->offer_code);
	free(r->published);
	free(r->file);
	free(r->model_name);
	free(r->usagetype);
}

static void unmapped_free(gac_offer_unmapped *u)
{
	free(u->file);
	free(u->sku);
	free(u->model);
	free(u->usagetype);
	free(u->region);
	free(u->family);
	free(u->ids);
}

void gac_offer_map_free(gac_offer_map *map)
{
	if (!map)
		return;
	for (size_t i = 0; i < map->count; i++) {
		gac_offer_map_row *m = &map->rows[i];
		free(m->model);
		free(m->usagetype);
		free(m->usage_model);
		free(m->id);
		free(m->name);
		free(m->vendor);
		free(m->kind);
		free(m->source);
		free(m->lc_threshold);
	}
	free(map->rows);
	free(map->file);
	*map = (gac_offer_map){0};
}

static void map_free(gac_price_import *imp)
{
	gac_offer_map m = {imp->map, imp->map_count, imp->map_file};
	gac_offer_map_free(&m);
	imp->map = NULL;
	imp->map_count = 0;
	imp->map_file = NULL;
}

void gac_price_import_free(gac_price_import *imp)
{
	if (!imp)
		return;
	map_free(imp);
	for (size_t i = 0; i < imp->rate_count; i++)
		rate_free(&imp->rates[i]);
	free(imp->rates);
	for (size_t i = 0; i < imp->unmapped_count; i++)
		unmapped_free(&imp->unmapped[i]);
	free(imp->unmapped);
	for (size_t i = 0; i < imp->offer_count; i++)
		free(imp->offers[i]);
	free(imp->offers);
	free(imp->merge_file);
	for (size_t i = 0; i < imp->move_count; i++) {
		free(imp->moves[i].id);
		free(imp->moves[i].path);
		free(imp->moves[i].old_value);
		free(imp->moves[i].new_value);
	}
	free(imp->moves);
	free(imp->sheet);
	free(imp);
}

gac_status gac_offer_push_rate(gac_price_import *imp, gac_offer_rate **out)
{
	if (imp->rate_count == imp->rate_cap) {
		size_t cap = imp->rate_cap ? 2 * imp->rate_cap : 64;
		gac_offer_rate *r = gac_realloc(imp->rates, cap * sizeof *r);
		if (!r)
			return GAC_ENOMEM;
		imp->rates = r;
		imp->rate_cap = cap;
	}
	*out = &imp->rates[imp->rate_count++];
	memset(*out, 0, sizeof **out);
	return GAC_OK;
}

/* ---- the map ---- */

gac_status gac_offer_map_load(gac_offer_map *map, const char *path, gac_error *err)
{
	static const char *const top_keys[] = {"genaicost", "models", NULL};
	static const char *const row_keys[] = {"model", "usagetype", "usage_model", "id", "name", "vendor", "kind",
	                                       "long_context_threshold", "source", NULL};
	if (!map || !path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no map or no path");
	gac_error_clear(err);
	*map = (gac_offer_map){0};
	char *data;
	size_t len;
	gac_status st = gac_read_file(&data, &len, path, GAC_MAX_FILE_BYTES, err);
	if (st != GAC_OK)
		return st;
	gac_doc doc = {0};
	st = gac_yaml_parse(&doc, data, len, path, err);
	free(data);
	if (st != GAC_OK)
		return st;
	gac_ctx c = {.file = path, .err = err};
	const gac_node *root = doc.root, *v, *models;
	if ((st = gac_expect(&c, root, GAC_NODE_MAP, "an offer map")) != GAC_OK)
		goto done;
	v = gac_map_get(root, "genaicost");
	if (!v || v->type != GAC_NODE_SCALAR || strcmp(v->text, "offer-map/1")) {
		const gac_node *at = v ? v : root;
		st = gac_fail(err, GAC_ESCHEMA, path, at->line, at->col,
		              "not an offer map: the first key should be 'genaicost: offer-map/1'");
		goto done;
	}
	if ((st = gac_check_keys(&c, root, top_keys, "an offer map")) != GAC_OK)
		goto done;
	models = gac_map_get(root, "models");
	if (!models) {
		st = gac_fail(err, GAC_ESCHEMA, path, root->line, root->col, "an offer map needs 'models'");
		goto done;
	}
	if ((st = gac_expect(&c, models, GAC_NODE_SEQ, "models")) != GAC_OK)
		goto done;
	if (!(map->rows = gac_calloc(models->count ? models->count : 1, sizeof *map->rows)) ||
	    !(map->file = gac_strdup(path))) {
		st = gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < models->count; i++) {
		const gac_node *n = models->items[i];
		gac_offer_map_row *m = &map->rows[i];
		map->count = i + 1;
		m->line = n->line;
		if ((st = gac_expect(&c, n, GAC_NODE_MAP, "a map row")) != GAC_OK ||
		    (st = gac_check_keys(&c, n, row_keys, "a map row")) != GAC_OK)
			goto done;
		static const char *const required[] = {"model", "id", "source"};
		for (size_t k = 0; k < 3; k++)
			if (!gac_map_get(n, required[k])) {
				st = gac_fail(err, GAC_ESCHEMA, path, n->line, n->col, "a map row needs '%s'", required[k]);
				goto done;
			}
		if ((st = gac_get_string(&c, gac_map_get(n, "model"), "model", &m->model)) != GAC_OK ||
		    (st = gac_get_string(&c, gac_map_get(n, "id"), "id", &m->id)) != GAC_OK ||
		    (st = gac_get_string(&c, gac_map_get(n, "source"), "source", &m->source)) != GAC_OK)
			goto done;
		struct { const char *key; char **dst; } opt[] = {
			{"usagetype", &m->usagetype}, {"usage_model", &m->usage_model}, {"name", &m->name}, {"vendor", &m->vendor},
			{"kind", &m->kind}, {"long_context_threshold", &m->lc_threshold},
		};
		for (size_t k = 0; k < sizeof opt / sizeof *opt; k++)
			if ((v = gac_map_get(n, opt[k].key)) &&
			    (st = gac_get_string(&c, v, opt[k].key, opt[k].dst)) != GAC_OK)
				goto done;
		if (m->usage_model && (!*m->usage_model || strchr(m->usage_model, ' '))) {
			v = gac_map_get(n, "usage_model");
			st = gac_fail(err, GAC_EVALUE, path, v->line, v->col,
			              "usage_model is the model's name as usage types spell it: no spaces (got '%.*s%s')",
			              GAC_SHOW(m->usage_model));
			goto done;
		}
		v = gac_map_get(n, "id");
		if (strchr(m->id, ' ')) {
			st = gac_fail(err, GAC_EVALUE, path, v->line, v->col,
			              "a Bedrock model id has no spaces (got '%.*s%s')", GAC_SHOW(m->id));
			goto done;
		}
		if (m->kind && strcmp(m->kind, "text") && strcmp(m->kind, "embedding") && strcmp(m->kind, "image")) {
			v = gac_map_get(n, "kind");
			st = gac_fail(err, GAC_EVALUE, path, v->line, v->col,
			              "kind must be text, embedding or image (got '%.*s%s')", GAC_SHOW(m->kind));
			goto done;
		}
		/* the same offer name twice must not name two models */
		for (size_t j = 0; j < i; j++) {
			const gac_offer_map_row *o = &map->rows[j];
			bool same_ut = (!o->usagetype && !m->usagetype) ||
			               (o->usagetype && m->usagetype && !strcmp(o->usagetype, m->usagetype));
			if (!strcmp(o->model, m->model) && same_ut && strcmp(o->id, m->id)) {
				v = gac_map_get(n, "id");
				st = gac_fail(err, GAC_EVALUE, path, v->line, v->col,
				              "model '%.*s%s'%s%s%s is mapped to '%.*s%s' on line %u already",
				              GAC_SHOW(m->model), m->usagetype ? " with usagetype '" : "",
				              m->usagetype ? m->usagetype : "", m->usagetype ? "'" : "", GAC_SHOW(o->id),
				              o->line);
				goto done;
			}
		}
	}
done:
	gac_yaml_free(&doc);
	if (st != GAC_OK)
		gac_offer_map_free(map);
	return st;
}

gac_status gac_price_import_load_map(gac_price_import *imp, const char *path, gac_error *err)
{
	if (!imp || !path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no import or no path");
	map_free(imp);
	gac_offer_map m;
	gac_status st = gac_offer_map_load(&m, path, err);
	if (st != GAC_OK)
		return st;
	imp->map = m.rows;
	imp->map_count = m.count;
	imp->map_file = m.file;
	return GAC_OK;
}

/* ---- regions ---- */

/* usagetype prefixes of the Bedrock regions (AWS's billing codes);
 * no prefix is us-east-1 */
static const struct { const char *prefix, *region; } region_codes[] = {
	{"USE1", "us-east-1"}, {"USE2", "us-east-2"}, {"USW1", "us-west-1"}, {"USW2", "us-west-2"},
	{"CAN1", "ca-central-1"}, {"SAE1", "sa-east-1"}, {"EU", "eu-west-1"}, {"EUW1", "eu-west-1"},
	{"EUW2", "eu-west-2"}, {"EUW3", "eu-west-3"}, {"EUC1", "eu-central-1"}, {"EUC2", "eu-central-2"},
	{"EUN1", "eu-north-1"}, {"EUS1", "eu-south-1"}, {"EUS2", "eu-south-2"}, {"APS3", "ap-south-1"},
	{"APN1", "ap-northeast-1"}, {"APN2", "ap-northeast-2"}, {"APN3", "ap-northeast-3"},
	{"APS1", "ap-southeast-1"}, {"APS2", "ap-southeast-2"}, {"UGW1", "us-gov-west-1"},
	{"UGE1", "us-gov-east-1"}, {"MEC1", "me-central-1"}, {"ILC1", "il-central-1"},
};

const char *gac_offer_region_of_usagetype(const char *ut)
{
	const char *dash = ut ? strchr(ut, '-') : NULL;
	if (!dash)
		return NULL;
	for (size_t i = 0; i < sizeof region_codes / sizeof *region_codes; i++)
		if (strlen(region_codes[i].prefix) == (size_t)(dash - ut) &&
		    !strncmp(ut, region_codes[i].prefix, (size_t)(dash - ut)))
			return region_codes[i].region;
	return NULL;
}

/* ---- classification ---- */

static bool has(const char *hay, const char *needle)
{
	return hay && strstr(hay, needle) != NULL;
}

static void lower(char *dst, size_t n, const char *src)
{
	size_t i = 0;
	for (; src && src[i] && i + 1 < n; i++)
		dst[i] = (char)tolower((unsigned char)src[i]);
	dst[i] = '\0';
}

/* Months of a reserved term's LeaseContractLength ("1 month", "6mo",
 * "1yr"); 0 when none, -1 when not understood. */
static int lease_months(const char *s)
{
	if (!s)
		return 0;
	char *end;
	long n = strtol(s, &end, 10);
	if (end == s || n <= 0 || n > 120)
		return -1;
	while (*end == ' ')
		end++;
	if (*end == 'm' || *end == 'M')
		return (int)n;
	if (*end == 'y' || *end == 'Y')
		return (int)(12 * n);
	return -1;
}

/* Months named in a usagetype ("...-1Month-...", "6-month"); 0: none. */
static int usagetype_months(const char *ut_lower)
{
	static const struct { const char *text; int months; } m[] = {
		{"1month", 1}, {"1-month", 1}, {"3month", 3}, {"3-month", 3}, {"6month", 6}, {"6-month", 6},
	};
	for (size_t i = 0; i < sizeof m / sizeof *m; i++)
		if (has(ut_lower, m[i].text))
			return m[i].months;
	return 0;
}

/* per 10^n tokens: 3 for "1K tokens", 6 for "1M tokens", 0 for "tokens" */
static int token_unit_exp(const char *unit_lower)
{
	if (has(unit_lower, "1m") || has(unit_lower, "million") || has(unit_lower, "1,000,000") ||
	    has(unit_lower, "1000000"))
		return 6;
	if (has(unit_lower, "1k") || has(unit_lower, "thousand") || has(unit_lower, "1,000") ||
	    has(unit_lower, "1000"))
		return 3;
	return 0;
}

static void nokey(gac_offer_classified *c, gac_offer_class cls, const char *fmt, const char *a)
{
	c->cls = cls;
	c->key[0] = '\0';
	gac_c_snprintf(c->why, sizeof c->why, fmt, a ? a : "");
}

/*
 * Sort one price dimension: `hay` is the product's inferenceType,
 * feature, featureType and usagetype (or, lacking an inferenceType, the
 * dimension's description), lower case; `months` the reserved term's
 * length (0 on demand).
 */
void gac_offer_classify(gac_offer_classified *c, const char *hay, const char *model_lower, const char *unit_lower,
                     const char *ut_lower, int months)
{
	memset(c, 0, sizeof *c);
	if (has(hay, "training") || has(hay, "customization") || has(hay, "fine-tun")) {
		nokey(c, GAC_OC_CUSTOM, "model customization (training)%s", NULL);
		return;
	}
	if (has(hay, "storage")) {
		nokey(c, GAC_OC_CUSTOM, "custom model storage%s", NULL);
		return;
	}
	if (has(hay, "provisioned") || has(hay, "model unit") || has(hay, "modelunit")) {
		int m = months ? months : usagetype_months(ut_lower);
		const char *k = m == 0 ? "model_unit_hour.no_commit" : m == 1 ? "model_unit_hour.1_month"
		              : m == 6 ? "model_unit_hour.6_month" : NULL;
		if (!k) {
			char t[16];
			gac_c_snprintf(t, sizeof t, "%d", m);
			nokey(c, GAC_OC_NOKEY, "provisioned throughput with a %s-month term", t);
			return;
		}
		strcpy(c->key, k);
		return;
	}
	if (has(hay, "reserved") || has(unit_lower, "tpm")) {
		/* input and output tokens per minute are reserved apart */
		int m = months ? months : usagetype_months(ut_lower);
		const char *side = has(hay, "output") ? "reserved_output" : has(hay, "input") ? "reserved_input" : NULL;
		if (!side) {
			nokey(c, GAC_OC_NOKEY, "reserved tier price for neither input nor output tokens%s", NULL);
			return;
		}
		const char *k = m == 1 ? "1_month" : m == 3 ? "3_month" : NULL;
		if (k)
			gac_c_snprintf(c->key, sizeof c->key, "%s.%s", side, k);
		if (!k) {
			char t[16];
			gac_c_snprintf(t, sizeof t, "%d", m);
			nokey(c, GAC_OC_NOKEY, "reserved tier with a %s-month term", t);
			return;
		}
		return;
	}
	if (!has(unit_lower, "token")) {
		if (has(unit_lower, "image"))
			nokey(c, GAC_OC_IMAGE, "per image (%s)", unit_lower);
		else if (has(unit_lower, "second") && (has(hay, "video") || has(unit_lower, "video")))
			nokey(c, GAC_OC_VIDEO, "per second of video (%s)", unit_lower);
		else
			nokey(c, GAC_OC_SERVICE, "a service charge per %s", unit_lower);
		return;
	}
	if (has(hay, "audio") || has(hay, "speech")) {
		nokey(c, GAC_OC_AUDIO, "audio or speech tokens%s", NULL);
		return;
	}
	const char *tier = has(hay, "priority") ? "priority" : has(hay, "flex") ? "flex"
	                 : has(hay, "latency optimized") || has(hay, "latency-optimized") ||
	                   has(hay, "latencyoptimized") || has(model_lower, "latency optimized")
	                 ? "latency_optimized" : has(hay, "batch") ? "batch" : NULL;
	bool lc = has(hay, "long context") || has(hay, "long-context") || has(hay, "longcontext") || has(hay, "lctx");
	/* global is a rate card like a tier; long context holds cards of its own */
	if (has(hay, "global")) {
		if (tier) {
			nokey(c, GAC_OC_NOKEY, "global %s tokens: no price-sheet key for this combination", tier);
			return;
		}
		tier = "global";
	}
	const char *scope = lc ? "long_context" : NULL;
	const char *kind = NULL;
	bool cache_write = has(hay, "cache write") || has(hay, "cache-write") || has(hay, "cachewrite");
	if (has(hay, "cache read") || has(hay, "cache-read") || has(hay, "cacheread"))
		kind = "cache_read";
	else if (cache_write)
		kind = has(hay, "1h") || has(hay, "1 hour") || has(hay, "1-hour") || has(hay, "1hr")
		     ? "cache_write_1h" : "cache_write";
	else if (has(hay, "output"))
		kind = "output";
	else if (has(hay, "input"))
		kind = "input";
	if (!kind) {
		nokey(c, GAC_OC_NOKEY, "tokens neither input, output nor cache%s", NULL);
		return;
	}
	char k[48];
	if (tier && !strcmp(tier, "batch") && !scope)
		gac_c_snprintf(k, sizeof k, "batch_%s", kind);
	else if (tier && scope)
		gac_c_snprintf(k, sizeof k, "%s.%s.%s", scope, tier, kind);
	else if (tier)
		gac_c_snprintf(k, sizeof k, "%s.%s", tier, kind);
	else if (scope)
		gac_c_snprintf(k, sizeof k, "%s.%s", scope, kind);
	else
		gac_c_snprintf(k, sizeof k, "%s", kind);
	if (gac_offer_key_index(k) < 0) {
		nokey(c, GAC_OC_NOKEY, "%s tokens: no price-sheet key for this combination", k);
		return;
	}
	strcpy(c->key, k);
}

/* ---- reading an offer ---- */

typedef struct reader {
	gac_price_import *imp;
	const char *file, *code, *published;
	gac_error *err;
} reader;

static const char *str_at(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return json_is_string(v) ? json_string_value(v) : NULL;
}

static gac_status oom(reader *rd)
{
	return gac_fail(rd->err, GAC_ENOMEM, rd->file, 0, 0, "out of memory");
}

static bool dup_into(char **dst, const char *s)
{
	if (!s)
		return true;
	*dst = gac_strdup(s);
	return *dst != NULL;
}

static gac_status add_unmapped(reader *rd, const char *sku, const char *model, const char *ut,
                               const char *region, const char *family, const char *ids)
{
	gac_price_import *imp = rd->imp;
	if (imp->unmapped_count == imp->unmapped_cap) {
		size_t cap = imp->unmapped_cap ? 2 * imp->unmapped_cap : 16;
		gac_offer_unmapped *u = gac_realloc(imp->unmapped, cap * sizeof *u);
		if (!u)
			return oom(rd);
		imp->unmapped = u;
		imp->unmapped_cap = cap;
	}
	gac_offer_unmapped *u = &imp->unmapped[imp->unmapped_count++];
	memset(u, 0, sizeof *u);
	u->ambiguous = ids != NULL;
	if (!dup_into(&u->file, rd->file) || !dup_into(&u->sku, sku) || !dup_into(&u->model, model) ||
	    !dup_into(&u->usagetype, ut) || !dup_into(&u->region, region) || !dup_into(&u->family, family) ||
	    !dup_into(&u->ids, ids))
		return oom(rd);
	return GAC_OK;
}

/* The map rows that name this product: rows with a usagetype that
 * matches win over rows without; -1 when none, -2 when the rows name
 * more than one model (ids then lists them). */
long gac_offer_map_match(const gac_offer_map *map, const char *model, const char *ut, gac_buf *ids)
{
	long found = -1;
	for (int pass = 0; pass < 2 && found == -1; pass++) {
		for (size_t i = 0; i < map->count; i++) {
			const gac_offer_map_row *m = &map->rows[i];
			if (strcmp(m->model, model))
				continue;
			if (pass == 0 && !(m->usagetype && ut && strstr(ut, m->usagetype)))
				continue;
			if (pass == 1 && m->usagetype)
				continue;
			if (found >= 0 && strcmp(map->rows[found].id, m->id)) {
				if (ids->len == 0)
					gac_buf_puts(ids, map->rows[found].id);
				gac_buf_printf(ids, ", %s", m->id);
				found = -2;
			} else if (found == -1) {
				found = (long)i;
			}
		}
		if (found == -2)
			return -2;
	}
	return found;
}

/* The row's model as usage types spell it: usage_model, else the offer
 * name without its spaces ("Claude 3 Haiku" -> "Claude3Haiku"). */
static void usage_name(char *out, size_t n, const gac_offer_map_row *m)
{
	size_t o = 0;
	const char *s = m->usage_model ? m->usage_model : m->model;
	for (; *s && o + 1 < n; s++)
		if (*s != ' ')
			out[o++] = *s;
	out[o] = '\0';
}

/* `name` in `ut` between dashes (or its ends), as a whole part. */
static bool has_part(const char *ut, const char *name)
{
	size_t k = strlen(name);
	if (!k)
		return false;
	for (const char *p = strstr(ut, name); p; p = strstr(p + 1, name))
		if ((p == ut || p[-1] == '-') && (p[k] == '\0' || p[k] == '-'))
			return true;
	return false;
}

long gac_offer_map_match_usagetype(const gac_offer_map *map, const char *ut, gac_buf *ids)
{
	long found = -1;
	size_t best = 0;
	if (!ut)
		return -1;
	for (size_t i = 0; i < map->count; i++) {
		const gac_offer_map_row *m = &map->rows[i];
		char name[256];
		usage_name(name, sizeof name, m);
		size_t k = strlen(name);
		if (k < best || !has_part(ut, name) || (m->usagetype && !strstr(ut, m->usagetype)))
			continue;
		if (k > best) {
			/* a longer name is the more specific: Nova2Lite over Nova2 */
			found = (long)i;
			best = k;
			if (ids->len)
				ids->len = 0;
		} else if (found >= 0 && strcmp(map->rows[found].id, m->id)) {
			if (ids->len == 0)
				gac_buf_puts(ids, map->rows[found].id);
			gac_buf_printf(ids, ", %s", m->id);
			found = -2;
		}
	}
	return found;
}

static gac_status read_dimensions(reader *rd, json_t *term, const char *sku, const char *region,
                                  const char *model, const char *ut, const char *hay, size_t row, int months)
{
	const char *effective = str_at(term, "effectiveDate");
	json_t *dims = json_object_get(term, "priceDimensions");
	if (!effective || !json_is_object(dims))
		return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 0, 0,
		                "terms of product %s: a term needs effectiveDate and priceDimensions", sku);
	const char *rate_code;
	json_t *dim;
	char model_l[256], unit_l[128], ut_l[256];
	lower(model_l, sizeof model_l, model);
	lower(ut_l, sizeof ut_l, ut);
	json_object_foreach(dims, rate_code, dim) {
		const char *unit = str_at(dim, "unit");
		const char *usd = str_at(json_object_get(dim, "pricePerUnit"), "USD");
		const char *desc = str_at(dim, "description");
		if (!unit || !usd)
			return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 0, 0,
			                "price dimension %s: needs unit and pricePerUnit.USD", rate_code);
		gac_dec value;
		if (!gac_dec_parse(&value, usd))
			return gac_fail(rd->err, GAC_EVALUE, rd->file, 0, 0,
			                "price dimension %s: pricePerUnit.USD '%.*s%s' is not a decimal number", rate_code,
			                GAC_SHOW(usd));
		lower(unit_l, sizeof unit_l, unit);
		char hay_l[1024];
		/* no inferenceType: the description (and usagetype) say what the
		 * price is for */
		if (hay[0]) {
			lower(hay_l, sizeof hay_l, hay);
		} else {
			char both[1024];
			gac_c_snprintf(both, sizeof both, "%s | %s", desc ? desc : "", ut ? ut : "");
			lower(hay_l, sizeof hay_l, both);
		}
		gac_offer_classified c;
		gac_offer_classify(&c, hay_l, model_l, unit_l, ut_l, months);
		const char *begin = str_at(dim, "beginRange"), *end = str_at(dim, "endRange");
		if (c.cls == GAC_OC_PRICE && ((begin && strcmp(begin, "0")) || (end && strcmp(end, "Inf")))) {
			c.cls = GAC_OC_NOKEY;
			gac_c_snprintf(c.why, sizeof c.why, "%s in a tier from %s to %s", c.key, begin ? begin : "0",
			               end ? end : "Inf");
			c.key[0] = '\0';
		}
		gac_offer_rate *r;
		if (gac_offer_push_rate(rd->imp, &r) != GAC_OK)
			return oom(rd);
		r->cls = c.cls;
		r->value = value;
		r->unit_exp = has(unit_l, "token") ? token_unit_exp(unit_l) : -1;
		r->map_row = row;
		if (!dup_into(&r->id, rd->imp->map[row].id) || !dup_into(&r->region, region) ||
		    (c.key[0] && !dup_into(&r->key, c.key)) || (c.why[0] && !dup_into(&r->why, c.why)) ||
		    !dup_into(&r->price_text, usd) || !dup_into(&r->unit, unit) || !dup_into(&r->sku, sku) ||
		    !dup_into(&r->rate_code, rate_code) || !dup_into(&r->effective, effective) ||
		    !dup_into(&r->description, desc) || !dup_into(&r->offer_code, rd->code) ||
		    !dup_into(&r->published, rd->published) || !dup_into(&r->file, rd->file) ||
		    !dup_into(&r->model_name, model) || !dup_into(&r->usagetype, ut))
			return oom(rd);
	}
	return GAC_OK;
}

static gac_status read_terms(reader *rd, json_t *terms, const char *sku, const char *region, const char *model,
                             const char *ut, const char *hay, size_t row)
{
	static const char *const kinds[] = {"OnDemand", "Reserved"};
	gac_status st;
	for (size_t k = 0; k < 2; k++) {
		json_t *of_kind = json_object_get(terms, kinds[k]);
		json_t *by_sku = of_kind ? json_object_get(of_kind, sku) : NULL;
		if (!by_sku)
			continue;
		if (!json_is_object(by_sku))
			return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 0, 0, "terms.%s.%s is not an object", kinds[k], sku);
		const char *code;
		json_t *term;
		json_object_foreach(by_sku, code, term) {
			if (!json_is_object(term))
				return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 0, 0, "terms.%s.%s.%s is not an object",
				                kinds[k], sku, code);
			int months = 0;
			if (k == 1) {
				const char *lease = str_at(json_object_get(term, "termAttributes"), "LeaseContractLength");
				months = lease_months(lease);
				if (months <= 0)
					return gac_fail(rd->err, GAC_EVALUE, rd->file, 0, 0,
					                "terms.Reserved.%s.%s: LeaseContractLength '%s' is not a term in "
					                "months or years", sku, code, lease ? lease : "(none)");
			}
			if ((st = read_dimensions(rd, term, sku, region, model, ut, hay, row, months)) != GAC_OK)
				return st;
		}
	}
	return GAC_OK;
}

static gac_status read_offer(reader *rd, json_t *root)
{
	gac_status st;
	if (!json_is_object(root))
		return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 1, 1, "an offer file is a JSON object");
	const char *fv = str_at(root, "formatVersion");
	if (!fv)
		return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 0, 0,
		                "not an AWS Price List offer: no formatVersion (expected \"v1.0\")");
	if (strcmp(fv, "v1.0"))
		return gac_fail(rd->err, GAC_EVERSION, rd->file, 0, 0,
		                "offer formatVersion '%.*s%s' is not supported (this reads v1.0)", GAC_SHOW(fv));
	rd->code = str_at(root, "offerCode");
	rd->published = str_at(root, "publicationDate");
	if (!rd->code || !rd->published)
		return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 0, 0, "an offer needs offerCode and publicationDate");
	if (strlen(rd->published) < 10 || rd->published[4] != '-' || rd->published[7] != '-')
		return gac_fail(rd->err, GAC_EVALUE, rd->file, 0, 0,
		                "publicationDate '%.*s%s' is not an ISO 8601 date", GAC_SHOW(rd->published));
	json_t *products = json_object_get(root, "products");
	if (!json_is_object(products) || json_object_size(products) == 0)
		return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 0, 0,
		                "offer %s has no products (an offer lists its SKUs under \"products\")", rd->code);
	json_t *terms = json_object_get(root, "terms");
	if (terms && !json_is_object(terms))
		return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 0, 0, "\"terms\" is not an object");
	char *line = NULL;
	gac_buf b = {0};
	gac_buf_printf(&b, "%s %s %s", rd->code, rd->published, rd->file);
	if (!(line = gac_buf_take(&b)))
		return oom(rd);
	char **offers = gac_realloc(rd->imp->offers, (rd->imp->offer_count + 1) * sizeof *offers);
	if (!offers) {
		free(line);
		return oom(rd);
	}
	rd->imp->offers = offers;
	offers[rd->imp->offer_count++] = line;
	const char *sku;
	json_t *prod;
	json_object_foreach(products, sku, prod) {
		json_t *attrs = json_object_get(prod, "attributes");
		if (!json_is_object(prod) || !json_is_object(attrs))
			return gac_fail(rd->err, GAC_ESCHEMA, rd->file, 0, 0, "products.%s needs an attributes object", sku);
		const char *model = str_at(attrs, "model");
		if (!model)
			model = str_at(attrs, "titanModel");
		const char *ut = str_at(attrs, "usagetype");
		const char *region = str_at(attrs, "regionCode");
		const char *family = str_at(prod, "productFamily");
		if (!region)
			region = gac_offer_region_of_usagetype(ut);
		if (!region && ut)
			region = "us-east-1";   /* AWS's usagetypes without a prefix are US East (N. Virginia) */
		if (!model) {
			if ((st = add_unmapped(rd, sku, "", ut, region, family, NULL)) != GAC_OK)
				return st;
			continue;
		}
		if (!region) {
			if ((st = add_unmapped(rd, sku, model, ut, NULL, family, NULL)) != GAC_OK)
				return st;
			continue;
		}
		gac_buf ids = {0};
		gac_offer_map map = {rd->imp->map, rd->imp->map_count, rd->imp->map_file};
		long row = gac_offer_map_match(&map, model, ut, &ids);
		if (row < 0) {
			char *list = gac_buf_take(&ids);
			if (row == -2 && !list)
				return oom(rd);
			st = add_unmapped(rd, sku, model, ut, region, family, row == -2 ? list : NULL);
			free(list);
			if (st != GAC_OK)
				return st;
			continue;
		}
		gac_buf_free(&ids);
		gac_buf hay = {0};
		static const char *const parts[] = {"inferenceType", "feature", "featureType", "usagetype"};
		if (str_at(attrs, "inferenceType")) {
			for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
				if (str_at(attrs, parts[k]))
					gac_buf_printf(&hay, "%s%s", hay.len ? " | " : "", str_at(attrs, parts[k]));
		} else {
			/* without an inferenceType a product still says provisioned
			 * or reserved in its feature or usagetype; the rest comes
			 * from each dimension's description */
			for (size_t k = 1; k < sizeof parts / sizeof *parts; k++)
				if (str_at(attrs, parts[k])) {
					char l[256];
					lower(l, sizeof l, str_at(attrs, parts[k]));
					if (has(l, "provisioned") || has(l, "reserved") || has(l, "training") ||
					    has(l, "storage") || has(l, "modelunit"))
						gac_buf_printf(&hay, "%s%s", hay.len ? " | " : "", str_at(attrs, parts[k]));
				}
		}
		char *h = gac_buf_take(&hay);
		if (!h && hay.failed)
			return oom(rd);
		st = terms ? read_terms(rd, terms, sku, region, model, ut, h ? h : "", (size_t)row) : GAC_OK;
		free(h);
		if (st != GAC_OK)
			return st;
	}
	return GAC_OK;
}

gac_status gac_price_import_add_offer_buffer(gac_price_import *imp, const char *data, size_t len,
                                             const char *name, gac_error *err)
{
	if (!imp || !data)
		return gac_fail(err, GAC_EARG, name, 0, 0, "no import or no data");
	gac_error_clear(err);
	if (!name)
		name = "<buffer>";
	if (!imp->map)
		return gac_fail(err, GAC_EARG, name, 0, 0, "no offer map loaded (gac_price_import_load_map)");
	if (imp->finished)
		return gac_fail(err, GAC_EARG, name, 0, 0, "the import is finished; offers are added before");
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		data += 3;
		len -= 3;
	}
	json_error_t je;
	memset(&je, 0, sizeof je);
	gac_json_watch();
	json_t *root = json_loadb(data, len, JSON_REJECT_DUPLICATES, &je);
	if (gac_json_failed() || (!root && json_error_code(&je) == json_error_out_of_memory)) {
		json_decref(root);
		return gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	}
	if (!root)
		return gac_fail(err, GAC_ESYNTAX, name, je.line > 0 ? (unsigned)je.line : 0,
		                je.line > 0 ? (unsigned)(je.column > 0 ? je.column : 1) : 0, "not valid JSON: %s", je.text);
	reader rd = {.imp = imp, .file = name, .err = err};
	size_t rates_before = imp->rate_count, unmapped_before = imp->unmapped_count;
	size_t offers_before = imp->offer_count;
	gac_status st = read_offer(&rd, root);
	json_decref(root);
	if (st != GAC_OK) {
		/* a bad offer adds nothing */
		for (size_t i = rates_before; i < imp->rate_count; i++)
			rate_free(&imp->rates[i]);
		imp->rate_count = rates_before;
		for (size_t i = unmapped_before; i < imp->unmapped_count; i++)
			unmapped_free(&imp->unmapped[i]);
		imp->unmapped_count = unmapped_before;
		for (size_t i = offers_before; i < imp->offer_count; i++)
			free(imp->offers[i]);
		imp->offer_count = offers_before;
	}
	return st;
}

static gac_status offer_buffer(void *imp, const char *data, size_t len, const char *path, gac_error *err)
{
	return gac_price_import_add_offer_buffer(imp, data, len, path, err);
}

gac_status gac_price_import_add_offer(gac_price_import *imp, const char *path, gac_error *err)
{
	if (!imp || !path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no import or no path");
	return gac_load_file_with(imp, offer_buffer, path, GAC_MAX_OFFER_BYTES, err);
}

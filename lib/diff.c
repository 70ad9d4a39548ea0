/* Line items matched across two estimates: what-if today, diff of saved
 * reports later. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static bool same_item(const gac_line *a, const gac_line *b)
{
	return !strcmp(a->workload, b->workload) && !strcmp(a->model, b->model) &&
	       !strcmp(a->component, b->component);
}

gac_status gac_result_match(gac_delta **out, size_t *count, const gac_line ***lines, const gac_result *o,
                            const gac_result *n)
{
	if (!out || !count || !o || !n)
		return GAC_EARG;
	size_t no = gac_result_line_count(o), nn = gac_result_line_count(n);
	gac_delta *d = gac_calloc(no + nn + 1, sizeof *d);
	bool *taken = gac_calloc(nn + 1, sizeof *taken);
	const gac_line **pair = lines ? gac_calloc(2 * (no + nn + 1), sizeof *pair) : NULL;
	if (!d || !taken || (lines && !pair)) {
		free(d);
		free(taken);
		free(pair);
		return GAC_ENOMEM;
	}
	size_t k = 0;
	for (size_t i = 0; i < no; i++) {
		const gac_line *a = gac_result_line(o, i);
		if (!a->workload)
			continue;  /* quiet results carry no names */
		if (pair)
			pair[2 * k] = a;
		gac_delta *x = &d[k++];
		*x = (gac_delta){a->workload, a->model, a->component, a->unit, a->cost, 0, a->quantity, 0, 0, 1};
		for (size_t j = 0; j < nn; j++) {
			const gac_line *b = gac_result_line(n, j);
			if (taken[j] || !b->workload || !same_item(a, b))
				continue;
			taken[j] = true;
			x->new_cost = b->cost;
			x->new_quantity = b->quantity;
			x->removed = 0;
			if (pair)
				pair[2 * (k - 1) + 1] = b;
			break;
		}
	}
	for (size_t j = 0; j < nn; j++) {
		const gac_line *b = gac_result_line(n, j);
		if (taken[j] || !b->workload)
			continue;
		if (pair)
			pair[2 * k + 1] = b;
		d[k++] = (gac_delta){b->workload, b->model, b->component, b->unit, 0, b->cost, 0, b->quantity, 1, 0};
	}
	free(taken);
	*out = d;
	*count = k;
	if (lines)
		*lines = pair;
	return GAC_OK;
}

struct gac_deltas {
	gac_delta *items;
	size_t count;
};

gac_status gac_result_diff(gac_deltas **out, const gac_result *o, const gac_result *n)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	gac_deltas *l = gac_calloc(1, sizeof *l);
	if (!l)
		return GAC_ENOMEM;
	gac_status st = gac_result_match(&l->items, &l->count, NULL, o, n);
	if (st != GAC_OK) {
		free(l);
		return st;
	}
	*out = l;
	return GAC_OK;
}

size_t gac_deltas_count(const gac_deltas *l)
{
	return l ? l->count : 0;
}

const gac_delta *gac_deltas_at(const gac_deltas *l, size_t i)
{
	return l && i < l->count ? &l->items[i] : NULL;
}

void gac_deltas_free(gac_deltas *l)
{
	if (l)
		free(l->items);
	free(l);
}

/* ---- the inputs two snapshots were computed from ---- */

/* the strings are the list's own: const to the caller alone */
void gac_input_change_array_free(gac_input_change *c, size_t count)
{
	for (size_t i = 0; c && i < count; i++) {
		free((char *)c[i].path);
		free((char *)c[i].old_value);
		free((char *)c[i].new_value);
	}
	free(c);
}

struct gac_input_changes {
	gac_input_change *items;
	size_t count;
};

gac_status gac_snapshot_input_changes(gac_input_changes **out, const gac_snapshot *a, const gac_snapshot *z)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	gac_input_changes *l = gac_calloc(1, sizeof *l);
	if (!l)
		return GAC_ENOMEM;
	gac_status st = gac_input_changes_collect(&l->items, &l->count, a, z);
	if (st != GAC_OK) {
		free(l);
		return st;
	}
	*out = l;
	return GAC_OK;
}

size_t gac_input_changes_count(const gac_input_changes *l)
{
	return l ? l->count : 0;
}

const gac_input_change *gac_input_changes_at(const gac_input_changes *l, size_t i)
{
	return l && i < l->count ? &l->items[i] : NULL;
}

void gac_input_changes_free(gac_input_changes *l)
{
	if (l)
		gac_input_change_array_free(l->items, l->count);
	free(l);
}

typedef struct changes {
	gac_input_change *items;
	size_t count, cap;
	bool failed;
} changes;

static void add_change(changes *c, const char *path, size_t plen, const char *old, const char *new_, int added,
                       int removed)
{
	if (c->failed)
		return;
	if (c->count == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 16;
		gac_input_change *a = gac_realloc(c->items, cap * sizeof *a);
		if (!a) {
			c->failed = true;
			return;
		}
		c->items = a;
		c->cap = cap;
	}
	gac_input_change *x = &c->items[c->count];
	char *p = gac_malloc(plen + 1);
	if (p) {
		memcpy(p, path, plen);
		p[plen] = '\0';
	}
	*x = (gac_input_change){p, old ? gac_strdup(old) : NULL, new_ ? gac_strdup(new_) : NULL,
	                        added, removed};
	if (!x->path || (old && !x->old_value) || (new_ && !x->new_value)) {
		free(p);
		free((char *)x->old_value);
		free((char *)x->new_value);
		c->failed = true;
		return;
	}
	c->count++;
}

/* Inputs sorted by path, to find one in the other side in log time. */
static int by_path(const void *a, const void *b)
{
	return strcmp((*(const gac_input *const *)a)->path, (*(const gac_input *const *)b)->path);
}

typedef struct side {
	const gac_input *in;
	size_t n;
	const gac_input **order;  /* sorted by path */
	bool text;         /* holds text inputs (reports saved before did not) */
} side;

static bool side_init(side *s, const gac_snapshot *snap)
{
	s->in = gac_snapshot_inputs(snap, &s->n);
	s->order = gac_calloc(s->n + 1, sizeof *s->order);
	if (!s->order)
		return false;
	s->text = false;
	for (size_t i = 0; i < s->n; i++) {
		s->order[i] = &s->in[i];
		s->text = s->text || s->in[i].is_text;
	}
	qsort(s->order, s->n, sizeof *s->order, by_path);
	return true;
}

/* The first input, in path order, whose path is >= key (first `klen` bytes). */
static size_t lower(const side *s, const char *key, size_t klen)
{
	size_t lo = 0, hi = s->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *p = s->order[mid]->path;
		int k = strncmp(p, key, klen);
		if (k < 0 || (k == 0 && strlen(p) < klen))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const gac_input *find_input(const side *s, const char *path)
{
	size_t len = strlen(path), i = lower(s, path, len);
	return i < s->n && !strcmp(s->order[i]->path, path) ? s->order[i] : NULL;
}

/* The named entry a path belongs to: its first two fields when it has
 * more (workloads.chat of workloads.chat.output_tokens, options.small of
 * options.small.PATH); 0 for a scenario-wide parameter. */
static size_t entry_len(const char *path)
{
	const char *a = strchr(path, '.'), *b = a ? strchr(a + 1, '.') : NULL;
	return b ? (size_t)(b - path) : 0;
}

static bool has_entry(const side *s, const char *path, size_t elen)
{
	size_t i = lower(s, path, elen);
	if (i >= s->n)
		return false;
	const char *p = s->order[i]->path;
	return !strncmp(p, path, elen) && p[elen] == '.';
}

static bool listed(const changes *c, const char *path, size_t plen)
{
	for (size_t i = c->count; i-- > 0;)
		if (!strncmp(c->items[i].path, path, plen) && !c->items[i].path[plen])
			return true;
	return false;
}

/* Whether a scenario-wide input, or a field of a workload, holds the
 * value a new scenario (a new workload) has: one side then lacks it only
 * because it was saved before the input existed. */
static bool at_default(changes *c, const gac_input *x, size_t elen)
{
	gac_scenario *d = NULL;
	char *t = NULL;
	gac_status st = gac_scenario_new(&d, NULL);
	if (st == GAC_OK && elen) {
		char name[65];  /* a workload name holds at most 64 */
		size_t skip = strlen("workloads.");
		if (strncmp(x->path, "workloads.", skip) || elen - skip >= sizeof name)
			st = GAC_EVALUE;
		else {
			memcpy(name, x->path + skip, elen - skip);
			name[elen - skip] = '\0';
			st = gac_scenario_add_workload(d, name, "model");
		}
	}
	if (st == GAC_OK)
		st = gac_scenario_get_text(&t, d, x->path);
	if (st == GAC_ENOMEM)
		c->failed = true;  /* out of memory, not an input added */
	bool same = st == GAC_OK && t && !strcmp(t, x->text);
	free(t);
	gac_scenario_free(d);
	return same;
}

/* What one side has and the other lacks: a whole entry once, else the
 * input itself; nothing for a text input when the other side holds no
 * text (a report saved when reports kept numbers only), nor for a
 * scenario-wide input at its default (a report saved before it existed). */
static void one_sided(changes *c, const gac_input *x, const side *other, bool added)
{
	if (x->is_text && !other->text)
		return;
	size_t elen = entry_len(x->path);
	if ((!elen || has_entry(other, x->path, elen)) && (at_default(c, x, elen) || c->failed))
		return;
	if (elen && !has_entry(other, x->path, elen)) {
		if (!listed(c, x->path, elen))
			add_change(c, x->path, elen, NULL, NULL, added, !added);
		return;
	}
	add_change(c, x->path, strlen(x->path), added ? NULL : x->text, added ? x->text : NULL, added, !added);
}

gac_status gac_input_changes_collect(gac_input_change **out, size_t *count, const gac_snapshot *a,
                                     const gac_snapshot *z)
{
	if (!out || !count || !a || !z)
		return GAC_EARG;
	*out = NULL;
	*count = 0;
	changes c = {0};
	if (gac_snapshot_has_inputs(a) && gac_snapshot_has_inputs(z)) {
		side sa, sz;
		bool ok = side_init(&sa, a);
		if (!ok || !side_init(&sz, z)) {
			if (ok)
				free(sa.order);
			return GAC_ENOMEM;
		}
		for (size_t i = 0; i < sa.n; i++) {
			const gac_input *x = &sa.in[i];
			if (!strncmp(x->path, "budget.", 7))
				continue;  /* what is judged, not what is priced */
			const gac_input *y = find_input(&sz, x->path);
			if (!y)
				one_sided(&c, x, &sz, false);
			else if (strcmp(x->text, y->text))
				add_change(&c, x->path, strlen(x->path), x->text, y->text, 0, 0);
		}
		for (size_t i = 0; i < sz.n; i++) {
			const gac_input *y = &sz.in[i];
			if (strncmp(y->path, "budget.", 7) && !find_input(&sa, y->path))
				one_sided(&c, y, &sa, true);
		}
		free(sa.order);
		free(sz.order);
	}
	/* the prices, whichever way each side was made */
	const gac_provenance *pa = gac_snapshot_provenance(a), *pz = gac_snapshot_provenance(z);
	const char *const key[] = {"pricing.name", "pricing.as_of", "pricing.hash"};
	const char *const va[] = {pa->pricing_name, pa->pricing_as_of, pa->pricing_hash};
	const char *const vz[] = {pz->pricing_name, pz->pricing_as_of, pz->pricing_hash};
	for (int k = 0; k < 3; k++)
		if (strcmp(va[k], vz[k]))
			add_change(&c, key[k], strlen(key[k]), va[k], vz[k], 0, 0);
	if (c.failed) {
		gac_input_change_array_free(c.items, c.count);
		return GAC_ENOMEM;
	}
	*out = c.items;
	*count = c.count;
	return GAC_OK;
}

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

gac_status gac_result_diff(gac_delta **out, size_t *count, const gac_result *o, const gac_result *n)
{
	return gac_result_match(out, count, NULL, o, n);
}

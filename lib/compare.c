/* Side-by-side options: the baseline and every option priced by the one
 * cost engine. */
#include "internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gac_comparison {
	size_t count;
	char **names;
	gac_result **results;
};

void gac_comparison_free(gac_comparison *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->count; i++) {
		free(c->names[i]);
		gac_result_free(c->results[i]);
	}
	free(c->names);
	free(c->results);
	free(c);
}

void gac_comparison_release(gac_comparison *c, char ***names, gac_result ***results, size_t *count)
{
	*names = c->names;
	*results = c->results;
	*count = c->count;
	free(c);
}

gac_status gac_compare(gac_comparison **out, const gac_scenario *s, const gac_sheet *sheet, gac_error *err)
{
	if (!out || !s || !sheet)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output, scenario or sheet");
	*out = NULL;
	size_t n = s->option_count + 1;
	gac_comparison *c = gac_calloc(1, sizeof *c);
	if (c) {
		c->names = gac_calloc(n, sizeof *c->names);
		c->results = gac_calloc(n, sizeof *c->results);
	}
	if (!c || !c->names || !c->results) {
		if (c) {
			free(c->names);
			free(c->results);
		}
		free(c);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		const char *name = i == 0 ? "baseline" : s->options[i - 1].name;
		gac_scenario *v = NULL;
		c->count = i + 1;
		gac_status st = gac_scenario_with_option_at(&v, s, i, err);
		if (st == GAC_OK && !(c->names[i] = gac_strdup(name)))
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		if (st == GAC_OK) {
			st = gac_estimate(&c->results[i], v, sheet, err);
			if (st != GAC_OK && err && i > 0) {
				char msg[sizeof err->message + 600];
				gac_c_snprintf(msg, sizeof msg, "option '%s': %s", name, err->message);
				memcpy(err->message, msg, sizeof err->message - 1);
				err->message[sizeof err->message - 1] = '\0';
			}
		}
		gac_scenario_free(v);
		if (st != GAC_OK) {
			gac_comparison_free(c);
			return st;
		}
	}
	*out = c;
	return GAC_OK;
}

size_t gac_comparison_count(const gac_comparison *c) { return c ? c->count : 0; }

const char *gac_comparison_name(const gac_comparison *c, size_t i)
{
	return c && i < c->count ? c->names[i] : NULL;
}

const gac_result *gac_comparison_result(const gac_comparison *c, size_t i)
{
	return c && i < c->count ? c->results[i] : NULL;
}

size_t gac_comparison_cheapest(const gac_comparison *c)
{
	size_t best = SIZE_MAX;
	for (size_t i = 0; c && i < c->count; i++)
		if (!gac_result_under_capacity(c->results[i], NULL) &&
		    (best == SIZE_MAX || gac_result_total(c->results[i]) < gac_result_total(c->results[best])))
			best = i;
	return best;
}

size_t gac_comparison_lowest_risk_adjusted(const gac_comparison *c)
{
	size_t n = c ? c->count : 0, best = n;
	for (size_t i = 0; i < n; i++) {
		if (gac_result_under_capacity(c->results[i], NULL))
			continue;  /* an option that cannot carry the load is no answer */
		if (best == n || gac_result_risk_adjusted_total(c->results[i]) <
		                         gac_result_risk_adjusted_total(c->results[best]))
			best = i;
	}
	return best;
}

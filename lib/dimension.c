/* The table of billing dimensions (see dimension.h). */
#include "internal.h"

#include <string.h>

const gac_dimension gac_dimensions[GAC_DIM_COUNT] = {
	[GAC_DIM_INPUT] = {"input", NULL, "input", "input", "input", GAC_UNIT_TOKENS, true},
	[GAC_DIM_OUTPUT] = {"output", NULL, "output", "output", "output", GAC_UNIT_TOKENS, true},
	[GAC_DIM_BATCH_INPUT] = {"batch_input", NULL, "batch_input", "batch_input", "batch input",
	                         GAC_UNIT_TOKENS, false},
	[GAC_DIM_BATCH_OUTPUT] = {"batch_output", NULL, "batch_output", "batch_output", "batch output",
	                          GAC_UNIT_TOKENS, false},
	[GAC_DIM_CACHE_WRITE] = {"cache_write", NULL, "cache_write", "cache_write", "cache write",
	                         GAC_UNIT_TOKENS, true},
	[GAC_DIM_CACHE_READ] = {"cache_read", NULL, "cache_read", "cache_read", "cache read", GAC_UNIT_TOKENS,
	                        true},
	[GAC_DIM_MU_NO_COMMIT] = {"no_commit", "model_unit_hour", "model_unit_hour.no_commit", "mu_no_commit",
	                          "no-commitment model unit", GAC_UNIT_MU_HOUR, false},
	[GAC_DIM_MU_1_MONTH] = {"1_month", "model_unit_hour", "model_unit_hour.1_month", "mu_1_month",
	                        "1-month model unit", GAC_UNIT_MU_HOUR, false},
	[GAC_DIM_MU_6_MONTH] = {"6_month", "model_unit_hour", "model_unit_hour.6_month", "mu_6_month",
	                        "6-month model unit", GAC_UNIT_MU_HOUR, false},
	[GAC_DIM_CACHE_WRITE_1H] = {"cache_write_1h", NULL, "cache_write_1h", "cache_write_1h",
	                            "cache write (1 hour)", GAC_UNIT_TOKENS, true},
	[GAC_DIM_RESERVED_IN_1_MONTH] = {"1_month", "reserved_input", "reserved_input.1_month",
	                                 "reserved_input_1_month", "1-month Reserved tier input",
	                                 GAC_UNIT_TPM_MONTH, false},
	[GAC_DIM_RESERVED_IN_3_MONTH] = {"3_month", "reserved_input", "reserved_input.3_month",
	                                 "reserved_input_3_month", "3-month Reserved tier input",
	                                 GAC_UNIT_TPM_MONTH, false},
	[GAC_DIM_RESERVED_OUT_1_MONTH] = {"1_month", "reserved_output", "reserved_output.1_month",
	                                  "reserved_output_1_month", "1-month Reserved tier output",
	                                  GAC_UNIT_TPM_MONTH, false},
	[GAC_DIM_RESERVED_OUT_3_MONTH] = {"3_month", "reserved_output", "reserved_output.3_month",
	                                  "reserved_output_3_month", "3-month Reserved tier output",
	                                  GAC_UNIT_TPM_MONTH, false},
};

const gac_variant_desc gac_variants[GAC_VAR_COUNT] = {
	[GAC_VAR_GLOBAL] = {"global", "global cross-Region", " (global cross-region rate)", true},
	[GAC_VAR_PRIORITY] = {"priority", "Priority tier", " (Priority tier rate)", false},
	[GAC_VAR_FLEX] = {"flex", "Flex tier", " (Flex tier rate)", false},
	[GAC_VAR_LATENCY] = {"latency_optimized", "latency-optimized", " (latency-optimized rate)", false},
};

int gac_dim_find(const char *name)
{
	for (int k = 0; name && k < GAC_DIM_COUNT; k++)
		if (!strcmp(gac_dimensions[k].path, name))
			return k;
	return -1;
}

int gac_dim_in_block(const char *block, const char *key)
{
	for (int k = 0; key && k < GAC_DIM_COUNT; k++) {
		const gac_dimension *d = &gac_dimensions[k];
		if (!strcmp(d->key, key) && (block ? d->block && !strcmp(d->block, block) : !d->block))
			return k;
	}
	return -1;
}

int gac_var_find(const char *key)
{
	for (int v = 0; key && v < GAC_VAR_COUNT; v++)
		if (!strcmp(gac_variants[v].key, key))
			return v;
	return -1;
}

/* The text before the first '.' of s into head[cap]; the rest, or NULL
 * when s has no '.' or the head does not fit. */
static const char *split_head(char *head, size_t cap, const char *s)
{
	const char *dot = strchr(s, '.');
	if (!dot || (size_t)(dot - s) >= cap)
		return NULL;
	memcpy(head, s, (size_t)(dot - s));
	head[dot - s] = '\0';
	return dot + 1;
}

bool gac_price_key_parse(gac_price_key *out, const char *key)
{
	*out = (gac_price_key){.dim = gac_dim_find(key), .card = -1, .long_context = false};
	if (out->dim >= 0)
		return true;
	char head[32];
	const char *rest = split_head(head, sizeof head, key);
	if (!rest)
		return false;
	if (!strcmp(head, "long_context")) {
		out->long_context = true;
		const char *r2 = split_head(head, sizeof head, rest);
		if (r2) {
			/* long_context.CARD.KEY */
			if ((out->card = gac_var_find(head)) < 0)
				return false;
			rest = r2;
		}
	} else if ((out->card = gac_var_find(head)) < 0)
		return false;
	out->dim = gac_dim_find(rest);
	return out->dim >= 0 && gac_dimensions[out->dim].variant;
}

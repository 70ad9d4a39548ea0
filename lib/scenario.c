/* Scenarios (`genaicost: scenario/1`) and the one parameter mechanism:
 * every input has a dotted path, and loading, --set, sweeps, break-even
 * and Monte Carlo all go through param_set(). */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"
#include "plan.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef enum { P_NUMBER, P_FRACTION, P_COUNT, P_ENUM, P_GROWTH } ptype;

typedef struct pdesc {
	const char *key;
	ptype type;
	double def;
	double max;             /* 0: no maximum */
	const char *const *values;  /* P_ENUM */
	int group;              /* fields of one group are alternatives */
	bool structural;        /* shapes the model rather than measures usage: not
	                         * ranked by sensitivity unless named (--vary) */
	int inherit;            /* a workload's deployment.*: 1 + the scenario-wide
	                         * field read while the workload leaves it unset */
	const char *unset;      /* what the default stands for, where it is not
	                         * simply its value (gac_scenario_is_set) */
	bool zero_default;      /* 0, even given, is not an amount but the
	                         * default's meaning (a capacity of 0: the sheet's) */
} pdesc;

static const char *const inference_values[] = {"regional", "global", "latency-optimized", NULL};
static const char *const tier_values[] = {"standard", "priority", "flex", NULL};
static const char *const quality_values[] = {"standard", "premium", NULL};
static const char *const mode_values[] = {"on-demand", "batch", "provisioned", "reserved", NULL};
static const char *const term_values[] = {"1-month", "3-month", NULL};
static const char *const commit_values[] = {"none", "1-month", "6-month", NULL};
static const char *const overflow_values[] = {"throttle", "on-demand", NULL};
static const char *const strategy_values[] = {"single", "multi-az", "active-passive", "active-active", NULL};
static const char *const scope_values[] = {"deployment", "region", "az", NULL};
static const char *const bool_values[] = {"false", "true", NULL};

static const pdesc sdesc[GAC_S_COUNT] = {
	[GAC_S_QUANTITY] = {.key = "quantity", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_S_SCOPE] = {.key = "scope", .type = P_ENUM, .def = GAC_SCOPE_REGION, .max = 0, .values = scope_values, .group = 0},
};
static const char *const stext[GAC_ST_COUNT] = {"service"};

static const char *const custom_kinds[] = {"fine-tune", "continued-pretraining", "import",
                                           "from-scratch", "distillation", NULL};
static const pdesc cdesc[GAC_C_COUNT] = {
	[GAC_C_KIND] = {.key = "kind", .type = P_ENUM, .def = 0, .max = 0, .values = custom_kinds, .group = 0},
	[GAC_C_TRAINING_TOKENS] = {.key = "training_tokens", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_C_EPOCHS] = {.key = "epochs", .type = P_NUMBER, .def = 1, .max = 0, .values = NULL, .group = 0},
	[GAC_C_RETRAIN_EVERY] = {.key = "retrain_every_months", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_C_AMORTIZE] = {.key = "amortize_months", .type = P_COUNT, .def = 12, .max = 0, .values = NULL, .group = 0},
	[GAC_C_CMU] = {.key = "cmu_per_copy", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_C_COPIES] = {.key = "copies", .type = P_COUNT, .def = 1, .max = 0, .values = NULL, .group = 0},
	[GAC_C_ACTIVE_MINUTES] = {.key = "active_minutes_per_day", .type = P_NUMBER, .def = 1440, .max = 1440, .values = NULL, .group = 0},
	[GAC_C_INSTANCE_COUNT] = {.key = "instance_count", .type = P_COUNT, .def = 1, .max = 0, .values = NULL, .group = 0},
	[GAC_C_TRAINING_HOURS] = {.key = "training_hours", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_C_PARAMETERS] = {.key = "parameters", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_C_MFU] = {.key = "mfu", .type = P_FRACTION, .def = 0.4, .max = 1, .values = NULL, .group = 0},
	[GAC_C_HOSTING_COUNT] = {.key = "hosting_count", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_C_ONE_TIME] = {.key = "one_time", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_C_TEACHER_INPUT] = {.key = "teacher_input_tokens", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_C_TEACHER_OUTPUT] = {.key = "teacher_output_tokens", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
};
static const char *const ctext[GAC_CT_COUNT] = {"base_model", "instance", "hosting_instance", "teacher_model"};

/* A budget entry of a workload or an option: the same thresholds as the
 * scenario's budget.*, for that part alone. */
static const pdesc bdesc[GAC_B_COUNT] = {
	[GAC_B_MONTHLY] = {.key = "monthly", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
	[GAC_B_MAX_INCREASE] = {.key = "max_increase", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
	[GAC_B_MAX_INCREASE_PCT] = {.key = "max_increase_percent", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
};

/* The sections of named entries: services and customizations. */
static const struct section {
	const char *key;          /* "services" */
	const char *what;         /* "a service" */
	const pdesc *num;
	int nnum;
	const char *const *text;
	int ntext;
	const char *required[3];  /* keys every entry must give */
} sections_tab[GAC_SECT_COUNT] = {
	[GAC_SECT_SERVICES] = {"services", "a service", sdesc, GAC_S_COUNT, stext, GAC_ST_COUNT,
	                       {"service", "quantity", NULL}},
	[GAC_SECT_CUSTOM] = {"customizations", "a customization", cdesc, GAC_C_COUNT, ctext,
	                     GAC_CT_COUNT, {"kind", NULL, NULL}},
	[GAC_SECT_BUDGET_WORKLOAD] = {"budget.workloads", "a workload's budget", bdesc, GAC_B_COUNT, NULL, 0,
	                              {NULL, NULL, NULL}},
	[GAC_SECT_BUDGET_OPTION] = {"budget.options", "an option's budget", bdesc, GAC_B_COUNT, NULL, 0,
	                            {NULL, NULL, NULL}},
};

static const pdesc wdesc[GAC_W_COUNT] = {
	[GAC_W_REQUESTS_PER_MONTH] = {.key = "requests_per_month", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 1},
	[GAC_W_REQUESTS_PER_DAY] = {.key = "requests_per_day", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 1},
	[GAC_W_REQUESTS_PER_SECOND] = {.key = "requests_per_second", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 1},
	[GAC_W_ACTIVE_HOURS_PER_DAY] = {.key = "active_hours_per_day", .type = P_NUMBER, .def = 24, .max = 24, .values = NULL, .group = 0},
	[GAC_W_INPUT_TOKENS] = {.key = "input_tokens", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_W_OUTPUT_TOKENS] = {.key = "output_tokens", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_W_CACHE_READ_FRACTION] = {.key = "cache_read_fraction", .type = P_FRACTION, .def = 0, .max = 1, .values = NULL, .group = 0},
	[GAC_W_CACHE_WRITE_FRACTION] = {.key = "cache_write_fraction", .type = P_FRACTION, .def = 0, .max = 1, .values = NULL, .group = 0},
	[GAC_W_RESPONSE_CACHE_HIT_RATE] = {.key = "response_cache_hit_rate", .type = P_FRACTION, .def = 0, .max = 1, .values = NULL, .group = 0},
	[GAC_W_BATCH_FRACTION] = {.key = "batch_fraction", .type = P_FRACTION, .def = 0, .max = 1, .values = NULL, .group = 0},
	[GAC_W_INFERENCE] = {.key = "inference", .type = P_ENUM, .def = 0, .max = 0, .values = inference_values, .group = 0},
	[GAC_W_LONG_CONTEXT_FRACTION] = {.key = "long_context_fraction", .type = P_FRACTION, .def = 0, .max = 1, .values = NULL, .group = 0,
	                                 .unset = "1 when the mean input is above the model's long-context threshold, else 0"},
	[GAC_W_IMAGES_PER_REQUEST] = {.key = "images_per_request", .type = P_NUMBER, .def = 1, .max = 0, .values = NULL, .group = 0},
	[GAC_W_IMAGE_SIZE] = {.key = "image_size", .type = P_NUMBER, .def = 1024, .max = 0, .values = NULL, .group = 0},
	[GAC_W_IMAGE_QUALITY] = {.key = "image_quality", .type = P_ENUM, .def = 0, .max = 0, .values = quality_values, .group = 0},
	[GAC_W_IMAGE_STEPS] = {.key = "image_steps", .type = P_NUMBER, .def = 50, .max = 0, .values = NULL, .group = 0},
	[GAC_W_PEAK_TO_AVERAGE] = {.key = "peak_to_average", .type = P_NUMBER, .def = 1, .max = 0, .values = NULL, .group = 0},
	[GAC_W_GROWTH] = {.key = "growth_per_month", .type = P_GROWTH, .def = 0, .max = 10, .values = NULL, .group = 0},
	[GAC_W_CACHE_WRITE_1H_FRACTION] = {.key = "cache_write_1h_fraction", .type = P_FRACTION, .def = 0, .max = 1, .values = NULL, .group = 0},
	[GAC_W_SERVICE_TIER] = {.key = "service_tier", .type = P_ENUM, .def = 0, .max = 0, .values = tier_values, .group = 0},
	/* a workload's own deployment block: the scenario's where unset */
	[GAC_W_DEPLOY + GAC_D_MODE] = {.key = "deployment.mode", .type = P_ENUM, .def = 0, .max = 0, .values = mode_values, .group = 0, .structural = false, .inherit = 1 + GAC_G_MODE},
	[GAC_W_DEPLOY + GAC_D_COMMITMENT] = {.key = "deployment.commitment", .type = P_ENUM, .def = 0, .max = 0, .values = commit_values, .group = 0, .structural = false, .inherit = 1 + GAC_G_COMMITMENT},
	[GAC_W_DEPLOY + GAC_D_MODEL_UNITS] = {.key = "deployment.model_units", .type = P_COUNT, .def = 1, .max = 0, .values = NULL, .group = 0, .structural = false, .inherit = 1 + GAC_G_MODEL_UNITS},
	[GAC_W_DEPLOY + GAC_D_INPUT_TPM] = {.key = "deployment.model_unit_input_tpm", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = false, .inherit = 1 + GAC_G_MODEL_UNIT_INPUT_TPM, .zero_default = true},
	[GAC_W_DEPLOY + GAC_D_OUTPUT_TPM] = {.key = "deployment.model_unit_output_tpm", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = false, .inherit = 1 + GAC_G_MODEL_UNIT_OUTPUT_TPM, .zero_default = true},
	[GAC_W_DEPLOY + GAC_D_OVERFLOW] = {.key = "deployment.overflow", .type = P_ENUM, .def = 0, .max = 0, .values = overflow_values, .group = 0, .structural = false, .inherit = 1 + GAC_G_OVERFLOW},
	[GAC_W_DEPLOY + GAC_D_RESERVED_IN_TPM] = {.key = "deployment.input_tokens_per_minute", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = false, .inherit = 1 + GAC_G_RESERVED_IN_TPM, .zero_default = true},
	[GAC_W_DEPLOY + GAC_D_RESERVED_OUT_TPM] = {.key = "deployment.output_tokens_per_minute", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = false, .inherit = 1 + GAC_G_RESERVED_OUT_TPM, .zero_default = true},
	[GAC_W_DEPLOY + GAC_D_TERM] = {.key = "deployment.term", .type = P_ENUM, .def = 0, .max = 0, .values = term_values, .group = 0, .structural = false, .inherit = 1 + GAC_G_TERM},
};

static const pdesc gdesc[GAC_G_COUNT] = {
	[GAC_G_HOURS_PER_MONTH] = {.key = "hours_per_month", .type = P_NUMBER, .def = 730, .max = 744, .values = NULL, .group = 0, .structural = true},
	[GAC_G_MODE] = {.key = "deployment.mode", .type = P_ENUM, .def = 0, .max = 0, .values = mode_values, .group = 0},
	[GAC_G_COMMITMENT] = {.key = "deployment.commitment", .type = P_ENUM, .def = 0, .max = 0, .values = commit_values, .group = 0},
	[GAC_G_MODEL_UNITS] = {.key = "deployment.model_units", .type = P_COUNT, .def = 1, .max = 0, .values = NULL, .group = 0},
	[GAC_G_MODEL_UNIT_INPUT_TPM] = {.key = "deployment.model_unit_input_tpm", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0,
	                                 .unset = "the model unit's capacity from the price sheet", .zero_default = true},
	[GAC_G_MODEL_UNIT_OUTPUT_TPM] = {.key = "deployment.model_unit_output_tpm", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0,
	                                 .unset = "the model unit's capacity from the price sheet", .zero_default = true},
	[GAC_G_CROSS_AZ_GB] = {.key = "traffic.cross_az_gb", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_G_REPLICATED_GB] = {.key = "traffic.replicated_gb", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_G_EGRESS_GB] = {.key = "traffic.internet_egress_gb", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
	[GAC_G_AZS] = {.key = "topology.azs_per_region", .type = P_COUNT, .def = 1, .max = 0, .values = NULL, .group = 0, .structural = true},
	[GAC_G_STRATEGY] = {.key = "topology.strategy", .type = P_ENUM, .def = 0, .max = 0, .values = strategy_values, .group = 0},
	[GAC_G_STANDBY] = {.key = "topology.standby_fraction", .type = P_FRACTION, .def = 1, .max = 1, .values = NULL, .group = 0},
	[GAC_G_HEADROOM] = {.key = "topology.failover_headroom", .type = P_NUMBER, .def = 1, .max = 0, .values = NULL, .group = 0},
	[GAC_G_AZ_AVAIL] = {.key = "topology.az_availability", .type = P_FRACTION, .def = 0, .max = 1, .values = NULL, .group = 0},
	[GAC_G_REGION_AVAIL] = {.key = "topology.region_availability", .type = P_FRACTION, .def = 0, .max = 1, .values = NULL, .group = 0},
	[GAC_G_DOWNTIME_COST] = {.key = "topology.downtime_cost_per_hour", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0},
#define SEASON(n) [GAC_G_SEASON + (n) - 1] = {.key = "forecast.seasonality." #n, .type = P_NUMBER, .def = 1, .max = 0, .values = NULL, .group = 0, .structural = true}
	SEASON(1), SEASON(2), SEASON(3), SEASON(4), SEASON(5), SEASON(6),
	SEASON(7), SEASON(8), SEASON(9), SEASON(10), SEASON(11), SEASON(12),
#undef SEASON
	[GAC_G_BUDGET] = {.key = "budget.monthly", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
	[GAC_G_MAX_INCREASE] = {.key = "budget.max_increase", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
	[GAC_G_MAX_INCREASE_PCT] = {.key = "budget.max_increase_percent", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
	[GAC_G_PERCENTILE] = {.key = "budget.percentile", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
	[GAC_G_INCLUDE_RISK] = {.key = "budget.include_risk", .type = P_ENUM, .def = 0, .max = 0, .values = bool_values, .group = 0, .structural = true},
	[GAC_G_OVERFLOW] = {.key = "deployment.overflow", .type = P_ENUM, .def = 0, .max = 0, .values = overflow_values, .group = 0},
	[GAC_G_RESERVED_IN_TPM] = {.key = "deployment.input_tokens_per_minute", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0,
	                           .unset = "sized from the peak load, rounded up to 1,000 (at least 100,000)", .zero_default = true},
	[GAC_G_RESERVED_OUT_TPM] = {.key = "deployment.output_tokens_per_minute", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0,
	                            .unset = "sized from the peak load, rounded up to 1,000 (at least 10,000)", .zero_default = true},
	[GAC_G_TERM] = {.key = "deployment.term", .type = P_ENUM, .def = 0, .max = 0, .values = term_values, .group = 0},
};
/* pricing_overrides: each discount a fraction, each private price a number
 * (overrides.c holds the values) */
static const pdesc ov_discount_desc = {.key = "pricing_overrides.discount", .type = P_FRACTION, .def = 0, .max = 1, .values = NULL, .group = 0};
/* forecast.months_since_rates: kept beside the seasonality, listed only
 * when given */
static const pdesc rates_age_desc = {.key = "forecast.months_since_rates", .type = P_NUMBER, .def = 0, .max = 600, .values = NULL, .group = 0, .structural = true};
/* drivers: named numbers (drivers.c holds them) */
static const pdesc driver_desc = {.key = "drivers", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0};
static const pdesc ov_price_desc = {.key = "pricing_overrides.prices", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0};

/* gset has a bit per scenario-wide parameter, a workload's set one per field */
_Static_assert(GAC_G_COUNT <= 64, "gac_scenario.gset holds 64 bits");
_Static_assert(GAC_W_COUNT <= 32, "gac_pref.group holds 32 bits");

/* Where a path points (gac_pref in internal.h). */
typedef gac_pref pref;

static void workload_free(gac_workload *w)
{
	free(w->name);
	free(w->model);
	if (w->paths)
		for (int i = 0; i < GAC_W_COUNT; i++)
			free(w->paths[i]);
	free(w->paths);
}

void gac_scenario_free(gac_scenario *s)
{
	if (!s)
		return;
	free(s->name);
	free(s->pricing);
	free(s->fc_start);
	free(s->region);
	free(s->dir);
	free(s->path);
	gac_access_free(&s->access);
	for (size_t i = 0; i < s->workload_count; i++)
		workload_free(&s->workloads[i]);
	free(s->workloads);
	gac_options_free(s);
	for (int sec = 0; sec < GAC_SECT_COUNT; sec++) {
		const struct section *d = &sections_tab[sec];
		for (size_t i = 0; i < s->sect[sec].count; i++) {
			gac_entry *u = &s->sect[sec].items[i];
			free(u->name);
			for (int k = 0; u->text && k < d->ntext; k++)
				free(u->text[k]);
			free(u->text);
			free(u->v);
			for (int k = 0; u->paths && k < d->nnum; k++)
				free(u->paths[k]);
			free(u->paths);
		}
		free(s->sect[sec].items);
	}
	for (size_t i = 0; i < s->region_count; i++)
		free(s->regions[i]);
	free(s->regions);
	for (size_t i = 0; i < s->commitment_count; i++)
		free(s->commitments[i].option);
	free(s->commitments);
	for (size_t i = 0; i < s->range_count; i++)
		free(s->ranges[i].path);
	free(s->ranges);
	for (size_t i = 0; i < s->uncertain_count; i++) {
		free(s->uncertain[i].path);
		gac_dist_free(&s->uncertain[i].dist);
	}
	free(s->uncertain);
	free(s->correlation);
	gac_overrides_free(&s->ov);
	gac_drivers_free(s);
	free(s);
}

static gac_scenario *scenario_alloc(void)
{
	gac_scenario *s = gac_calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->stamp = gac_new_stamp();
	for (int i = 0; i < GAC_G_COUNT; i++)
		s->g[i] = gdesc[i].def;
	s->region = gac_strdup("us-east-1");
	s->dir = gac_strdup(".");
	s->path = gac_strdup("");
	if (!s->region || !s->dir || !s->path) {
		gac_scenario_free(s);
		return NULL;
	}
	return s;
}


static gac_workload *find_workload(const gac_scenario *s, const char *name, size_t len)
{
	for (size_t i = 0; i < s->workload_count; i++)
		if (strlen(s->workloads[i].name) == len && !strncmp(s->workloads[i].name, name, len))
			return &s->workloads[i];
	return NULL;
}

static gac_status add_workload(gac_scenario *s, const char *name, const char *model);
static void hash_extend(gac_scenario *s, const char *what, const char *a, const char *b);

gac_status gac_scenario_add_workload(gac_scenario *s, const char *name, const char *model)
{
	gac_status st = add_workload(s, name, model);
	if (st == GAC_OK)
		hash_extend(s, "workload", name, model);
	return st;
}

/* The room an array of n workloads has: at least 8, doubled as it fills,
 * so that adding n workloads copies O(n) of them. */
static size_t workload_cap(size_t n)
{
	size_t c = 8;
	while (c < n)
		c *= 2;
	return c;
}

/* Loading and cloning add workloads without touching the hash. */
static gac_status add_workload(gac_scenario *s, const char *name, const char *model)
{
	if (!s || !name || !model)
		return GAC_EARG;
	if (!gac_valid_name(name) || find_workload(s, name, strlen(name)))
		return GAC_EVALUE;
	if (s->workload_count >= GAC_MAX_WORKLOADS)
		return GAC_ELIMIT;
	/* grown by doubling: the array holds room for workload_cap(count) */
	size_t n = s->workload_count;
	if (!n || workload_cap(n + 1) != workload_cap(n)) {
		gac_workload *ws = gac_realloc(s->workloads, workload_cap(n + 1) * sizeof *ws);
		if (!ws)
			return GAC_ENOMEM;
		s->workloads = ws;
	}
	gac_workload *ws = s->workloads;
	s->stamp = gac_new_stamp();
	gac_workload *w = &ws[s->workload_count];
	memset(w, 0, sizeof *w);
	for (int i = 0; i < GAC_W_COUNT; i++)
		w->v[i] = wdesc[i].def;
	w->name = gac_strdup(name);
	w->model = gac_strdup(model);
	const char *base, *prefix;
	w->profile = (unsigned char)gac_profile_split(model, &base, &prefix);
	w->paths = gac_calloc(GAC_W_COUNT, sizeof *w->paths);
	bool ok = w->name && w->model && w->paths;
	for (int i = 0; ok && i < GAC_W_COUNT; i++) {
		gac_buf b = {0};
		gac_buf_printf(&b, "workloads.%s.%s", name, wdesc[i].key);
		ok = (w->paths[i] = gac_buf_take(&b)) != NULL;
	}
	if (!ok) {
		workload_free(w);
		return GAC_ENOMEM;
	}
	s->workload_count++;
	return GAC_OK;
}

static gac_entry *find_entry(const gac_scenario *s, int sec, const char *name, size_t len)
{
	for (size_t i = 0; i < s->sect[sec].count; i++)
		if (!strncmp(s->sect[sec].items[i].name, name, len) && s->sect[sec].items[i].name[len] == '\0')
			return &s->sect[sec].items[i];
	return NULL;
}

static gac_status add_entry(gac_scenario *s, int sec, const char *name)
{
	const struct section *d = &sections_tab[sec];
	gac_entries *es = &s->sect[sec];
	if (!gac_valid_name(name) || find_entry(s, sec, name, strlen(name)))
		return GAC_EVALUE;
	s->stamp = gac_new_stamp();
	/* grown by doubling, as the workloads are */
	if (!es->count || workload_cap(es->count + 1) != workload_cap(es->count)) {
		gac_entry *a = gac_realloc(es->items, workload_cap(es->count + 1) * sizeof *a);
		if (!a)
			return GAC_ENOMEM;
		es->items = a;
	}
	gac_entry *u = &es->items[es->count];
	memset(u, 0, sizeof *u);
	es->count++;  /* counted even on failure, so free releases it */
	u->name = gac_strdup(name);
	u->text = gac_calloc((size_t)d->ntext + 1, sizeof *u->text);
	u->v = gac_calloc((size_t)d->nnum, sizeof *u->v);
	u->paths = gac_calloc((size_t)d->nnum, sizeof *u->paths);
	bool ok = u->name && u->text && u->v && u->paths;
	for (int i = 0; ok && i < d->nnum; i++) {
		u->v[i] = d->num[i].def;
		gac_buf b = {0};
		gac_buf_printf(&b, "%s.%s.%s", d->key, name, d->num[i].key);
		ok = (u->paths[i] = gac_buf_take(&b)) != NULL;
	}
	return ok ? GAC_OK : GAC_ENOMEM;
}

static gac_status resolve(pref *r, gac_scenario *s, const char *path);
static gac_status resolve_path(pref *r, gac_scenario *s, const char *path);
static gac_status store_number(const pref *r, const char *path, double v, gac_error *err,
                               const char *file, unsigned line, unsigned col);

gac_status gac_param_resolve(gac_pref *r, gac_scenario *s, const char *path)
{
	gac_status st = resolve(r, s, path);
	return st == GAC_OK && !r->d ? GAC_EPARAM : st;
}

bool gac_param_is_set(const gac_scenario *s, const char *path)
{
	pref r;
	return resolve(&r, (gac_scenario *)s, path) == GAC_OK && r.d && (*r.set & r.bit);
}

int gac_scenario_is_set(const gac_scenario *s, const char *path, const char **meaning)
{
	pref r;
	if (meaning)
		*meaning = NULL;
	if (!s || !path || resolve(&r, (gac_scenario *)s, path) != GAC_OK || !r.d)
		return 0;
	if (*r.set & r.bit)
		return 1;
	if (meaning)
		*meaning = r.inherit ? "the scenario's deployment" : r.d->unset;
	return 0;
}

static void put_number(const pref *r, double v, unsigned line, unsigned col);

/* Where a resolved parameter's value is read: a workload's deployment.*
 * left unset reads the scenario's. */
int gac_section_nnum(int sec)
{
	return sec >= 0 && sec < GAC_SECT_COUNT ? sections_tab[sec].nnum : 0;
}

static const double *pref_value(const pref *r)
{
	return r->inherit && !(*r->set & r->bit) ? r->inherit : r->slot;
}

gac_status gac_param_store(const gac_pref *r, const char *path, double v, gac_error *err)
{
	if (r->wild)
		return gac_scenario_set_number(r->s, path, v, err);
	if (v >= r->lo && v <= r->hi && (!r->whole || v == floor(v))) {
		put_number(r, v, 0, 0);
		return r->s->binding_count ? gac_bindings_after_store(r->s, r, err) : GAC_OK;
	}
	return store_number(r, path, v, err, NULL, 0, 0);
}

gac_status gac_param_store_at(const gac_pref *r, const char *path, double v, gac_error *err, const char *file,
                              unsigned line, unsigned col)
{
	return store_number(r, path, v, err, file, line, col);
}

double gac_pref_value(const gac_pref *r)
{
	return *pref_value(r);
}

const double *gac_pref_source(const gac_pref *r)
{
	return pref_value(r);
}

/* Checks a few parameters carry beyond their type's, named when a path
 * is resolved so that storing a value (each Monte Carlo draw, each sweep
 * point) compares no keys. */
enum {
	RULE_NONE,
	RULE_PERCENTILE,    /* budget.percentile: in [1, 100) */
	RULE_HOURS,         /* hours_per_month: above 0 */
	RULE_WHOLE_MONTHS,  /* retrain_every_months */
	RULE_ACTIVE_HOURS,  /* active_hours_per_day: above 0 */
	RULE_PEAK,          /* peak_to_average: at least 1 */
	RULE_DISCOUNT       /* pricing_overrides: a discount of 0 to 100% */
};

static unsigned char rule_of(const pdesc *d)
{
	static const char *const keys[] = {NULL, "budget.percentile", "hours_per_month", "retrain_every_months",
	                                   "active_hours_per_day", "peak_to_average", "pricing_overrides.discount"};
	for (unsigned char i = 1; d && i < sizeof keys / sizeof *keys; i++)
		if (!strcmp(d->key, keys[i]))
			return i;
	return RULE_NONE;
}

/* What store_number takes without a message, as a closed interval and
 * whether only whole numbers: a draw or a sweep point in it is stored
 * after two comparisons.  Never wider than the checks: a value outside
 * goes through them all, which take it or say why not. */
static void accept_range(pref *r)
{
	const pdesc *d = r->d;
	r->lo = 0;
	r->hi = DBL_MAX;
	r->whole = false;
	if (!d) {
		r->lo = 1;  /* empty: text has no numbers */
		r->hi = 0;
		return;
	}
	if (d->type == P_GROWTH)
		r->lo = -1;
	if (d->type == P_FRACTION)
		r->hi = 1;
	if (d->max > 0)
		r->hi = fmin(r->hi, d->max);
	if (d->type == P_COUNT) {
		r->lo = fmax(r->lo, 1);
		r->whole = true;
	}
	if (d->type == P_ENUM) {
		size_t n = 0;
		while (d->values[n])
			n++;
		r->hi = fmin(r->hi, (double)n - 1);
		r->whole = true;
	}
	/* "above 0" starts at the smallest normal number: a subnormal (or one
	 * a flush-to-zero caller reads as 0) takes the full check */
	switch (r->rule) {
	case RULE_PERCENTILE:
		r->lo = fmax(r->lo, 1);  /* (0, 1) reads as a share: refused */
		r->hi = fmin(r->hi, nextafter(100, 0));
		break;
	case RULE_HOURS:
	case RULE_ACTIVE_HOURS:
		r->lo = fmax(r->lo, DBL_MIN);
		break;
	case RULE_WHOLE_MONTHS:
		r->whole = true;
		break;
	case RULE_PEAK:
		r->lo = fmax(r->lo, 1);
		break;
	default:
		break;
	}
}

static gac_status set_text(gac_scenario *s, const pref *r, const char *path, const char *value,
                           gac_error *err, const char *file, unsigned line, unsigned col);

/* ---- wildcards: `*` for one segment of a path ---- */

bool gac_path_match(const char *pattern, const char *path)
{
	while (*pattern && *path) {
		if (pattern[0] == '*' && (pattern[1] == '.' || !pattern[1])) {
			/* one whole segment */
			while (*path && *path != '.')
				path++;
			pattern++;
			continue;
		}
		if (*pattern != *path)
			return false;
		pattern++;
		path++;
	}
	return !*pattern && !*path;
}

/* The concrete paths a pattern names: a `*` after a collection's prefix
 * (workloads.*, drivers.*, services.*, customizations.*, budget.*.*)
 * stands for each of its names, so a field left unset (a workload's own
 * deployment.mode) is named too; any other `*` matches the parameter
 * paths of the scenario.  fn is called with each, in order; GAC_EPARAM
 * when none matches. */
typedef gac_status (*path_fn)(gac_scenario *s, const char *path, void *ctx);

static gac_status for_each_match(gac_scenario *s, const char *pattern, path_fn fn, void *ctx)
{
	const char *star = strchr(pattern, '*');
	size_t plen = (size_t)(star - pattern);
	size_t matched = 0;
	gac_status st = GAC_OK;
	char path[512];
	/* the collections whose entries a segment names: the workloads, the
	 * drivers, then each section of named entries */
	for (int c = -2; c < GAC_SECT_COUNT; c++) {
		const char *key = c == -2 ? "workloads" : c == -1 ? "drivers" : sections_tab[c].key;
		size_t klen = strlen(key);
		if (plen != klen + 1 || strncmp(pattern, key, klen) || (star[1] != '.' && star[1]) || strchr(star + 1, '*'))
			continue;
		size_t count = c == -2 ? s->workload_count : c == -1 ? s->driver_count : s->sect[c].count;
		for (size_t i = 0; st == GAC_OK && i < count; i++) {
			const char *name = c == -2 ? s->workloads[i].name : c == -1 ? s->drivers[i].name
			                                                         : s->sect[c].items[i].name;
			gac_c_snprintf(path, sizeof path, "%s.%s%s", key, name, star + 1);
			pref r;
			if (resolve(&r, s, path) != GAC_OK)
				continue;
			matched++;
			st = fn(s, path, ctx);
		}
		return st != GAC_OK ? st : matched ? GAC_OK : GAC_EPARAM;
	}
	size_t n = gac_scenario_param_count(s);
	for (size_t i = 0; st == GAC_OK && i < n; i++) {
		const char *p = gac_scenario_param_path(s, i);
		if (!gac_path_match(pattern, p))
			continue;
		gac_c_snprintf(path, sizeof path, "%s", p);   /* a set may reorder the list */
		matched++;
		st = fn(s, path, ctx);
	}
	return st != GAC_OK ? st : matched ? GAC_OK : GAC_EPARAM;
}

struct set_ctx {
	const char *value;
	double number;
	gac_error *err;
	const char *file;
	unsigned line, col;
	bool by_number;
	const char *first;   /* get: the first match */
	char first_buf[512];
};

static gac_status set_one(gac_scenario *s, const char *path, void *ctx)
{
	struct set_ctx *c = ctx;
	pref r;
	if (resolve(&r, s, path) != GAC_OK)
		return GAC_OK;
	if (c->by_number) {
		if (!r.d)
			return GAC_OK;   /* a text field among the matches */
		return store_number(&r, path, c->number, c->err, c->file, c->line, c->col);
	}
	return set_text(s, &r, path, c->value, c->err, c->file, c->line, c->col);
}

static gac_status first_one(gac_scenario *s, const char *path, void *ctx)
{
	struct set_ctx *c = ctx;
	pref r;
	if (c->first || resolve(&r, s, path) != GAC_OK || !r.d)
		return GAC_OK;
	gac_c_snprintf(c->first_buf, sizeof c->first_buf, "%s", path);
	c->first = c->first_buf;
	return GAC_OK;
}

static bool is_wild(const char *path)
{
	return strchr(path, '*') != NULL;
}

static gac_status resolve(pref *r, gac_scenario *s, const char *path)
{
	if (is_wild(path)) {
		/* a pattern reads as its first numeric match and stores to all */
		struct set_ctx c = {0};
		if (for_each_match(s, path, first_one, &c) != GAC_OK || !c.first) {
			memset(r, 0, sizeof *r);
			return GAC_EPARAM;
		}
		gac_status st = resolve(r, s, c.first);
		r->wild = true;
		return st;
	}
	gac_status st = resolve_path(r, s, path);
	r->rule = rule_of(r->d);
	r->group = 0;
	for (int i = 0; r->w && r->d && r->d->group && i < GAC_W_COUNT; i++)
		if (wdesc[i].group == r->d->group && &wdesc[i] != r->d)
			r->group |= 1u << i;
	accept_range(r);
	return st;
}

static gac_status resolve_path(pref *r, gac_scenario *s, const char *path)
{
	memset(r, 0, sizeof *r);
	r->s = s;
	if (!strcmp(path, "region")) {
		r->text = &s->region;
		return GAC_OK;
	}
	if (!strcmp(path, "pricing")) {
		r->text = &s->pricing;
		return GAC_OK;
	}
	if (!strcmp(path, "topology.regions")) {
		r->regions = true;
		return GAC_OK;
	}
	if (!strcmp(path, "forecast.start")) {
		r->text = &s->fc_start;
		return GAC_OK;
	}
	if (!strcmp(path, rates_age_desc.key)) {
		r->d = &rates_age_desc;
		r->slot = &s->rates_age;
		r->set = &s->rates_age_set;
		r->bit = 1;
		r->gline = &s->rates_age_line;
		r->gcol = &s->rates_age_col;
		return GAC_OK;
	}
	for (int i = 0; i < GAC_G_COUNT; i++)
		if (!strcmp(path, gdesc[i].key)) {
			r->d = &gdesc[i];
			r->slot = &s->g[i];
			r->set = &s->gset;
			r->bit = (uint64_t)1 << i;
			r->gline = &s->gline[i];
			r->gcol = &s->gcol[i];
			return GAC_OK;
		}
	double *dslot;
	uint64_t *dset;
	unsigned *dline, *dcol;
	int dr = gac_drivers_resolve(s, path, &dslot, &dset, &dline, &dcol);
	if (dr < 0)
		return GAC_EPARAM;
	if (dr > 0) {
		r->d = &driver_desc;
		r->slot = dslot;
		r->set = dset;
		r->bit = 1;
		r->gline = dline;
		r->gcol = dcol;
		return GAC_OK;
	}
	double *oslot;
	uint64_t *oset, obit;
	unsigned *oline, *ocol;
	int ov = gac_overrides_resolve(&s->ov, path, &oslot, &oset, &obit, &oline, &ocol);
	if (ov < 0)
		return GAC_EPARAM;
	if (ov > 0) {
		r->d = ov == 1 ? &ov_discount_desc : &ov_price_desc;
		r->slot = oslot;
		r->set = oset;
		r->bit = obit;
		r->gline = oline;
		r->gcol = ocol;
		return GAC_OK;
	}
	for (int sec = 0; sec < GAC_SECT_COUNT; sec++) {
		const struct section *d = &sections_tab[sec];
		size_t klen = strlen(d->key);
		if (strncmp(path, d->key, klen) || path[klen] != '.')
			continue;
		const char *ename = path + klen + 1, *edot = strchr(ename, '.');
		gac_entry *u = edot ? find_entry(s, sec, ename, (size_t)(edot - ename)) : NULL;
		if (!u)
			return GAC_EPARAM;
		for (int i = 0; i < d->ntext; i++)
			if (!strcmp(edot + 1, d->text[i])) {
				r->text = &u->text[i];
				return GAC_OK;
			}
		for (int i = 0; i < d->nnum; i++)
			if (!strcmp(edot + 1, d->num[i].key)) {
				r->d = &d->num[i];
				r->slot = &u->v[i];
				r->set = &u->set;
				r->bit = (uint64_t)1 << i;
				return GAC_OK;
			}
		return GAC_EPARAM;
	}
	if (strncmp(path, "workloads.", 10))
		return GAC_EPARAM;
	const char *name = path + 10;
	const char *dot = strchr(name, '.');
	if (!dot)
		return GAC_EPARAM;
	gac_workload *w = find_workload(s, name, (size_t)(dot - name));
	if (!w)
		return GAC_EPARAM;
	const char *field = dot + 1;
	r->w = w;
	if (!strcmp(field, "model")) {
		r->text = &w->model;
		return GAC_OK;
	}
	for (int i = 0; i < GAC_W_COUNT; i++)
		if (!strcmp(field, wdesc[i].key)) {
			r->d = &wdesc[i];
			r->slot = &w->v[i];
			r->set = &w->set;
			r->bit = (uint64_t)1 << i;
			r->gline = &w->fline[i];
			r->gcol = &w->fcol[i];
			r->inherit = wdesc[i].inherit ? &s->g[wdesc[i].inherit - 1] : NULL;
			return GAC_OK;
		}
	return GAC_EPARAM;
}

/* The closest known path, for "did you mean". */
static const char *closest_path(const gac_scenario *s, const char *path, char *buf, size_t cap)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	size_t n = gac_scenario_param_count(s);
	static const char *const text[] = {"region", "pricing", "topology.regions"};
	for (size_t i = 0; i < n + 3; i++) {
		const char *p = i < n ? gac_scenario_param_path(s, i) : text[i - n];
		size_t d = gac_edit_distance(path, p);
		if (d < best_d) {
			best_d = d;
			best = p;
		}
	}
	/* workloads.NAME.model is text, so not among the numeric paths */
	for (size_t i = 0; i < s->workload_count; i++) {
		char p[256];
		gac_c_snprintf(p, sizeof p, "workloads.%s.model", s->workloads[i].name);
		size_t d = gac_edit_distance(path, p);
		if (d < best_d) {
			best_d = d;
			gac_c_snprintf(buf, cap, "%s", p);
			best = buf;
		}
	}
	return best_d <= 4 ? best : NULL;
}

static gac_status unknown_path(gac_scenario *s, const char *path, gac_error *err)
{
	char hint_buf[256];
	const char *hint = closest_path(s, path, hint_buf, sizeof hint_buf);
	if (hint)
		return gac_fail(err, GAC_EPARAM, NULL, 0, 0, "unknown parameter '%s' (did you mean '%s'?)",
		                path, hint);
	return gac_fail(err, GAC_EPARAM, NULL, 0, 0,
	                "unknown parameter '%s' (see 'genaicost params' or genaicost-scenario(5))", path);
}

/* Validate and store a number; `file`/`line`/`col` place errors. */
static gac_status store_number(const pref *r, const char *path, double v, gac_error *err,
                               const char *file, unsigned line, unsigned col)
{
	const pdesc *d = r->d;
	if (!isfinite(v))
		return gac_fail(err, GAC_EVALUE, file, line, col, "%s must be a finite number", path);
	if (d->type == P_GROWTH && v < -1)
		return gac_fail(err, GAC_EVALUE, file, line, col,
		                "%s is a change per month, -100%% or more (got %g)", path, v);
	if (v < 0 && d->type != P_GROWTH)
		return gac_fail(err, GAC_EVALUE, file, line, col, "%s must not be negative (got %g)", path, v);
	if (r->rule == RULE_DISCOUNT && v > 1)
		return gac_fail(err, GAC_EVALUE, file, line, col,
		                v >= 2 ? "%s is a discount from 0 to 100%% (got %g%%; a plain number is a fraction: write "
		                         "%g%% for that many percent)"
		                       : "%s is a discount from 0 to 100%% (got %g%%)", path, v * 100.0, v);
	if (d->type == P_FRACTION && v > 1)
		return gac_fail(err, GAC_EVALUE, file, line, col,
		                "%s is a fraction between 0 and 1 (got %g; write 50%% or 0.5)", path, v);
	if (d->max > 0 && v > d->max)
		return gac_fail(err, GAC_EVALUE, file, line, col, "%s must be at most %g (got %g)", path,
		                d->max, v);
	if (d->type == P_COUNT && (v != floor(v) || v < 1))
		return gac_fail(err, GAC_EVALUE, file, line, col, "%s must be a whole number >= 1 (got %g)",
		                path, v);
	if (d->type == P_ENUM) {
		size_t n = 0;
		while (d->values[n])
			n++;
		if (v != floor(v) || v >= (double)n)
			return gac_fail(err, GAC_EVALUE, file, line, col, "%s: %g is not a valid choice", path, v);
	}
	if (r->rule == RULE_PERCENTILE && v > 0 && v < 1)
		return gac_fail(err, GAC_EVALUE, file, line, col,
		                "%s is a percentile from 1 to below 100: write 90 or 90%% for P90 (got %g, which "
		                "would read as P%g, not as a share)", path, v, v);
	if (r->rule == RULE_PERCENTILE && (v <= 0 || v >= 100))
		return gac_fail(err, GAC_EVALUE, file, line, col,
		                "%s is a percentile above 0 and below 100 (got %g; 90 for P90)", path, v);
	if (r->rule == RULE_HOURS && v <= 0)
		return gac_fail(err, GAC_EVALUE, file, line, col, "hours_per_month must be above 0");
	if (r->rule == RULE_WHOLE_MONTHS && v != floor(v))
		return gac_fail(err, GAC_EVALUE, file, line, col,
		                "%s is a whole number of months (got %g)", path, v);
	if (r->rule == RULE_ACTIVE_HOURS && v <= 0)
		return gac_fail(err, GAC_EVALUE, file, line, col,
		                "%s must be above 0 (a workload is active some part of each day)", path);
	if (r->rule == RULE_PEAK && v < 1)
		return gac_fail(err, GAC_EVALUE, file, line, col,
		                "%s is the peak load over the average, at least 1 (got %g)", path, v);
	put_number(r, v, line, col);
	return r->s->binding_count ? gac_bindings_after_store(r->s, r, err) : GAC_OK;
}

/* Store a value the checks took. */
static void put_number(const pref *r, double v, unsigned line, unsigned col)
{
	if (r->group) {
		/* the request rate is given one way: the newest wins */
		r->w->set &= ~(uint64_t)r->group;
		/* the group's own bits, lowest first: this runs at every draw */
		for (uint32_t g = r->group; g; g &= g - 1) {
#if defined(__GNUC__) || defined(__clang__)
			int i = __builtin_ctz(g);
#else
			int i = 0;
			while (!(g & (1u << i)))
				i++;
#endif
			r->w->v[i] = wdesc[i].def;
		}
	}
	*r->slot = v;
	*r->set |= r->bit;
	if (r->gline) {
		*r->gline = line;
		*r->gcol = col;
	}
}

/* "us-east-1, us-west-2" -> the topology's regions */
static gac_status set_regions(gac_scenario *s, const char *value, gac_error *err, const char *file,
                              unsigned line, unsigned col)
{
	char **list = NULL;
	size_t n = 0;
	gac_status st = GAC_OK;
	const char *p = value;
	while (st == GAC_OK) {
		while (*p == ' ')
			p++;
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		while (len && p[len - 1] == ' ')
			len--;
		if (!len) {
			st = gac_fail(err, GAC_EVALUE, file, line, col,
			              "topology.regions is a comma-separated list of regions (got '%s')", value);
			break;
		}
		char **grown = gac_realloc(list, (n + 1) * sizeof *list);
		char *item = gac_malloc(len + 1);
		if (grown)
			list = grown;
		if (!grown || !item) {
			free(item);
			st = gac_fail(err, GAC_ENOMEM, file, line, col, "out of memory");
			break;
		}
		memcpy(item, p, len);
		item[len] = '\0';
		list[n++] = item;
		for (size_t j = 0; j + 1 < n; j++)
			if (!strcmp(list[j], item))
				st = gac_fail(err, GAC_EVALUE, file, line, col, "region '%s' is listed twice", item);
		if (!end)
			break;
		p = end + 1;
	}
	if (st != GAC_OK) {
		for (size_t i = 0; i < n; i++)
			free(list[i]);
		free(list);
		return st;
	}
	for (size_t i = 0; i < s->region_count; i++)
		free(s->regions[i]);
	free(s->regions);
	s->regions = list;
	s->region_count = n;
	if (line) {
		s->regions_line = line;
		s->regions_col = col;
	}
	return GAC_OK;
}

static gac_status set_text(gac_scenario *s, const pref *r, const char *path, const char *value,
                           gac_error *err, const char *file, unsigned line, unsigned col)
{
	if (r->regions || r->text)
		s->stamp = gac_new_stamp();
	if (r->regions)
		return set_regions(s, value, err, file, line, col);
	if (r->text) {
		if (!*value)
			return gac_fail(err, GAC_EVALUE, file, line, col, "%s must not be empty", path);
		if (r->text == &s->fc_start && gac_month_parse(value) < 0)
			return gac_fail(err, GAC_EVALUE, file, line, col,
			                "%s is the calendar month forecast month 1 is, YYYY-MM (got '%.40s')", path, value);
		char *d = gac_strdup(value);
		if (!d)
			return gac_fail(err, GAC_ENOMEM, file, line, col, "out of memory");
		free(*r->text);
		*r->text = d;
		/* where errors about the value point: the file's value, or (--set,
		 * line 0) the workload or scenario */
		if (r->text == &s->region) {
			s->region_line = line;
			s->region_col = col;
		} else if (r->w && r->text == &r->w->model) {
			r->w->mline = line;
			r->w->mcol = col;
			const char *base, *prefix;
			r->w->profile = (unsigned char)gac_profile_split(d, &base, &prefix);
		} else if (r->text == &s->fc_start) {
			s->fc_start_line = line;
			s->fc_start_col = col;
		} else if (r->text == &s->pricing) {
			/* a value from a file is placed there, and is untrusted; one
			 * the caller sets (--set) is the caller's own */
			s->pricing_line = file ? line : 0;
			s->pricing_col = file ? col : 0;
		}
		return GAC_OK;
	}
	const pdesc *d = r->d;
	if (value[0] == '=') {
		if (d->type == P_ENUM)
			return gac_fail(err, GAC_EVALUE, file, line, col,
			                "%s is a choice, not a number: an expression cannot give it", path);
		return gac_binding_add(s, r, path, value + 1, file, line, col, err);
	}
	if (!strcmp(value, "none") && !strncmp(path, "budget.", 7)) {
		/* a threshold taken away (--set budget.monthly=none) */
		*r->set &= ~r->bit;
		*r->slot = d->def;
		return GAC_OK;
	}
	if (d->type == P_ENUM) {
		gac_buf choices = {0};
		for (size_t i = 0; d->values[i]; i++) {
			if (!strcmp(d->values[i], value)) {
				gac_buf_free(&choices);
				return store_number(r, path, (double)i, err, file, line, col);
			}
			gac_buf_printf(&choices, "%s%s", i ? ", " : "", d->values[i]);
		}
		gac_fail(err, GAC_EVALUE, file, line, col, "%s must be one of %s (got '%s')", path,
		         choices.data && !choices.failed ? choices.data : "?", value);
		gac_buf_free(&choices);
		return GAC_EVALUE;
	}
	if ((!strcmp(d->key, "deployment.model_units") || !strcmp(d->key, "deployment.input_tokens_per_minute") ||
	     !strcmp(d->key, "deployment.output_tokens_per_minute")) &&
	    !strcmp(value, "auto")) {
		/* 0 stands for "size from peak load" */
		*r->slot = 0;
		*r->set |= r->bit;
		if (r->gline) {
			*r->gline = line;
			*r->gcol = col;
		}
		return GAC_OK;
	}
	/* a driver is any number, a share too: 12% */
	unsigned flags = d->type == P_FRACTION || d->type == P_GROWTH ? GAC_NUM_PERCENT
	                 : d == &driver_desc                         ? GAC_NUM_SUFFIX | GAC_NUM_PERCENT
	                                                             : GAC_NUM_SUFFIX;
	double v;
	char pct[64];
	size_t vlen = strlen(value);
	if (r->rule == RULE_PERCENTILE && vlen > 1 && vlen < sizeof pct && value[vlen - 1] == '%') {
		/* a percentile written 90% is P90, as 90 is */
		memcpy(pct, value, vlen - 1);
		pct[vlen - 1] = '\0';
		value = pct;
	}
	gac_status st = gac_parse_number(&v, value, flags);
	if (st == GAC_ERANGE)
		return gac_fail(err, GAC_EVALUE, file, line, col, "%s: '%.*s%s' is out of range", path, GAC_SHOW(value));
	if (st != GAC_OK)
		return gac_fail(err, GAC_EVALUE, file, line, col, "%s: '%.*s%s' is not a %s", path, GAC_SHOW(value),
		                d->type == P_FRACTION ? "fraction (0.5 or 50%)"
		                                      : "number (suffixes k, M, B allowed)");
	return store_number(r, path, v, err, file, line, col);
}

gac_status gac_scenario_set_at(gac_scenario *s, const char *path, const char *value, gac_error *err,
                               const char *file, unsigned line, unsigned col)
{
	if (is_wild(path)) {
		struct set_ctx c = {.value = value, .err = err, .file = file, .line = line, .col = col};
		gac_status st = for_each_match(s, path, set_one, &c);
		if (st == GAC_EPARAM)
			return gac_fail(err, file ? GAC_ESCHEMA : GAC_EPARAM, file, line, col,
			                "'%s' matches no parameter of this scenario", path);
		return st;
	}
	pref r;
	if (resolve(&r, s, path) != GAC_OK) {
		/* in a file, an unknown path is invalid input, not a usage error */
		gac_status st = file ? GAC_ESCHEMA : GAC_EPARAM;
		char hint_buf[256];
		const char *hint = closest_path(s, path, hint_buf, sizeof hint_buf);
		if (hint)
			return gac_fail(err, st, file, line, col, "unknown parameter '%s' (did you mean '%s'?)",
			                path, hint);
		return gac_fail(err, st, file, line, col, "unknown parameter '%s'", path);
	}
	return set_text(s, &r, path, value, err, file, line, col);
}

/* The hash names what was priced: the file's bytes, then each change made
 * from outside (a --set, a quick estimate's flags), so two reports of one
 * file priced with different overrides do not claim the same input. */
static void hash_extend(gac_scenario *s, const char *what, const char *a, const char *b)
{
	/* FNV-1a, as gac_hash_hex, over "HASH\nWHAT A=B" a piece at a time: no
	 * allocation, so running out of memory cannot leave it unextended */
	const char *const parts[] = {s->hash, "\n", what, " ", a, "=", b};
	uint64_t h = 14695981039346656037ULL;
	for (size_t i = 0; i < sizeof parts / sizeof *parts; i++)
		for (const unsigned char *p = (const unsigned char *)parts[i]; *p; p++) {
			h ^= *p;
			h *= 1099511628211ULL;
		}
	snprintf(s->hash, sizeof s->hash, "%016llx", (unsigned long long)h);
}

gac_status gac_scenario_set(gac_scenario *s, const char *path, const char *value, gac_error *err)
{
	if (!s || !path || !value)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no scenario, path or value");
	pref r;
	gac_status st;
	if (is_wild(path)) {
		struct set_ctx c = {.value = value, .err = err};
		if ((st = for_each_match(s, path, set_one, &c)) == GAC_EPARAM)
			return gac_fail(err, GAC_EPARAM, NULL, 0, 0, "'%s' matches no parameter of this scenario", path);
	} else if (resolve(&r, s, path) != GAC_OK)
		return unknown_path(s, path, err);
	else
		st = set_text(s, &r, path, value, err, NULL, 0, 0);
	/* a threshold changes what is judged, not what is priced: check's
	 * --budget must not make a baseline look computed from other inputs */
	if (st == GAC_OK && strncmp(path, "budget.", 7))
		hash_extend(s, "set", path, value);
	return st;
}

gac_status gac_scenario_set_number(gac_scenario *s, const char *path, double value, gac_error *err)
{
	if (!s || !path)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no scenario or path");
	if (is_wild(path)) {
		struct set_ctx c = {.number = value, .err = err, .by_number = true};
		gac_status st = for_each_match(s, path, set_one, &c);
		return st == GAC_EPARAM ? gac_fail(err, GAC_EPARAM, NULL, 0, 0, "'%s' matches no numeric parameter of "
		                                   "this scenario", path)
		                        : st;
	}
	pref r;
	if (resolve(&r, s, path) != GAC_OK)
		return unknown_path(s, path, err);
	if (!r.d)
		return gac_fail(err, GAC_EPARAM, NULL, 0, 0, "%s is text, not a number", path);
	return store_number(&r, path, value, err, NULL, 0, 0);
}

gac_status gac_scenario_get_number(double *out, const gac_scenario *s, const char *path)
{
	if (!out || !s || !path)
		return GAC_EARG;
	pref r;
	if (resolve(&r, (gac_scenario *)s, path) != GAC_OK || !r.d)
		return GAC_EPARAM;
	*out = *pref_value(&r);
	return GAC_OK;
}

/* A workload's deployment.* counts as its parameter only where it gives
 * one: left unset, the scenario's deployment.* is the input. */
#define DEPLOY_BITS ((((uint64_t)1 << GAC_D_COUNT) - 1) << GAC_W_DEPLOY)

size_t gac_workload_param_count(const gac_workload *w)
{
	size_t n = GAC_W_DEPLOY;
	for (uint64_t b = w->set & DEPLOY_BITS; b; b &= b - 1)
		n++;
	return n;
}

size_t gac_scenario_param_count(const gac_scenario *s)
{
	if (!s)
		return 0;
	size_t n = GAC_G_COUNT;
	for (size_t i = 0; i < s->workload_count; i++)
		n += gac_workload_param_count(&s->workloads[i]);
	for (int sec = 0; sec < GAC_SECT_COUNT; sec++)
		n += s->sect[sec].count * (size_t)sections_tab[sec].nnum;
	return n + gac_drivers_param_count(s) + gac_overrides_param_count(&s->ov) + (s->rates_age_set ? 1 : 0);
}

const char *gac_scenario_param_path(const gac_scenario *s, size_t i)
{
	if (!s || i >= gac_scenario_param_count(s))
		return NULL;
	if (i < GAC_G_COUNT)
		return gdesc[i].key;
	i -= GAC_G_COUNT;
	for (size_t k = 0; k < s->workload_count; k++) {
		const gac_workload *w = &s->workloads[k];
		size_t n = gac_workload_param_count(w);
		if (i >= n) {
			i -= n;
			continue;
		}
		if (i < GAC_W_DEPLOY)
			return w->paths[i];
		for (int f = GAC_W_DEPLOY; f < GAC_W_COUNT; f++)
			if ((w->set & ((uint64_t)1 << f)) && i-- == GAC_W_DEPLOY)
				return w->paths[f];
	}
	for (int sec = 0; sec < GAC_SECT_COUNT; sec++) {
		size_t nnum = (size_t)sections_tab[sec].nnum, all = s->sect[sec].count * nnum;
		if (i < all)
			return s->sect[sec].items[i / nnum].paths[i % nnum];
		i -= all;
	}
	if (i < gac_drivers_param_count(s))
		return gac_drivers_param_path(s, i);
	i -= gac_drivers_param_count(s);
	if (i < gac_overrides_param_count(&s->ov))
		return gac_overrides_param_path(&s->ov, i);
	return rates_age_desc.key;
}

size_t gac_scenario_text_param_count(const gac_scenario *s)
{
	if (!s)
		return 0;
	size_t n = 3 + s->workload_count;
	for (int sec = 0; sec < GAC_SECT_COUNT; sec++)
		n += s->sect[sec].count * (size_t)sections_tab[sec].ntext;
	return n + (s->fc_start ? 1 : 0);  /* forecast.start, listed only when given */
}

gac_status gac_scenario_text_param_path(char **out, const gac_scenario *s, size_t i)
{
	if (out)
		*out = NULL;
	if (!out || !s || i >= gac_scenario_text_param_count(s))
		return GAC_EARG;
	static const char *const fixed[] = {"region", "pricing", "topology.regions"};
	gac_buf b = {0};
	if (i < 3) {
		gac_buf_puts(&b, fixed[i]);
	} else if ((i -= 3) < s->workload_count) {
		gac_buf_printf(&b, "workloads.%s.model", s->workloads[i].name);
	} else {
		i -= s->workload_count;
		bool found = false;
		for (int sec = 0; !found && sec < GAC_SECT_COUNT; sec++) {
			size_t nt = (size_t)sections_tab[sec].ntext, all = s->sect[sec].count * nt;
			if (i < all) {
				gac_buf_printf(&b, "%s.%s.%s", sections_tab[sec].key, s->sect[sec].items[i / nt].name,
				               sections_tab[sec].text[i % nt]);
				found = true;
			} else {
				i -= all;
			}
		}
		if (!found)
			gac_buf_puts(&b, "forecast.start");
	}
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

double gac_workload_requests(const gac_scenario *s, const gac_workload *w)
{
	double days = s->g[GAC_G_HOURS_PER_MONTH] / 24.0;
	if (w->set & (1u << GAC_W_REQUESTS_PER_DAY))
		return w->v[GAC_W_REQUESTS_PER_DAY] * days;
	if (w->set & (1u << GAC_W_REQUESTS_PER_SECOND))
		return w->v[GAC_W_REQUESTS_PER_SECOND] * 3600.0 * w->v[GAC_W_ACTIVE_HOURS_PER_DAY] * days;
	return w->v[GAC_W_REQUESTS_PER_MONTH];
}

/* ---- loading ---- */

static gac_status set_from_node(gac_ctx *c, gac_scenario *s, const char *path, const gac_node *v)
{
	pref r;
	if (resolve(&r, s, path) != GAC_OK)
		return gac_fail(c->err, GAC_EPARAM, c->file, v->line, v->col, "unknown parameter %s", path);
	if (v->type != GAC_NODE_SCALAR)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col, "%s must be a scalar, not %s",
		                path, gac_node_type_name(v->type));
	/* an expression's columns count from its '=', inside the quotes */
	unsigned col = v->col + (v->quoted && v->text[0] == '=' ? 1 : 0);
	return set_text(s, &r, path, v->text, c->err, c->file, v->line, col);
}

gac_status gac_scenario_set_node(gac_ctx *c, gac_scenario *s, const char *path, const gac_node *v)
{
	return set_from_node(c, s, path, v);
}

static gac_status load_workload(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	const char *keys[GAC_W_COUNT + 5], *dkeys[GAC_D_COUNT + 1];
	size_t nk = 0;
	keys[nk++] = "name";
	keys[nk++] = "model";
	keys[nk++] = "description";
	keys[nk++] = "deployment";
	for (int i = 0; i < GAC_W_DEPLOY; i++)
		keys[nk++] = wdesc[i].key;
	keys[nk] = NULL;
	/* its own deployment block: the keys of the scenario's */
	for (int i = 0; i < GAC_D_COUNT; i++)
		dkeys[i] = wdesc[GAC_W_DEPLOY + i].key + strlen("deployment.");
	dkeys[GAC_D_COUNT] = NULL;
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "a workload")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "a workload")) != GAC_OK)
		return st;
	const gac_node *name = gac_map_get(n, "name");
	const gac_node *model = gac_map_get(n, "model");
	if (!name)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col, "a workload needs 'name'");
	if ((st = gac_expect(c, name, GAC_NODE_SCALAR, "name")) != GAC_OK)
		return st;
	if (!gac_valid_name(name->text))
		return gac_fail(c->err, GAC_EVALUE, c->file, name->line, name->col,
		                "workload name '%s' may only hold letters, digits, '_' and '-' (at most 64)", name->text);
	if (find_workload(s, name->text, strlen(name->text)))
		return gac_fail(c->err, GAC_ESCHEMA, c->file, name->line, name->col,
		                "workload '%s' is declared twice", name->text);
	if (!model)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
		                "workload '%s' needs 'model'", name->text);
	if ((st = gac_expect(c, model, GAC_NODE_SCALAR, "model")) != GAC_OK)
		return st;
	/* as --set workloads.NAME.model= refuses an empty model */
	if (!model->text[0])
		return gac_fail(c->err, GAC_EVALUE, c->file, model->line, model->col,
		                "model must not be empty");
	if ((st = add_workload(s, name->text, model->text)) != GAC_OK)
		return gac_fail(c->err, st, c->file, n->line, n->col, "cannot add workload '%s': %s", name->text,
		                gac_strerror(st));
	gac_workload *w = &s->workloads[s->workload_count - 1];
	w->line = n->line;
	w->col = n->col;
	w->mline = model->line;
	w->mcol = model->col;
	int rates = 0;
	for (int i = 0; i < GAC_W_DEPLOY; i++) {
		const gac_node *v = gac_map_get(n, wdesc[i].key);
		if (!v)
			continue;
		if (wdesc[i].group == 1 && rates++)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
			                "give the request rate once: requests_per_month, requests_per_day "
			                "or requests_per_second");
		if ((st = set_from_node(c, s, w->paths[i], v)) != GAC_OK)
			return st;
	}
	const gac_node *dep = gac_map_get(n, "deployment");
	if (dep && ((st = gac_expect(c, dep, GAC_NODE_MAP, "a workload's deployment")) != GAC_OK ||
	            (st = gac_check_keys(c, dep, dkeys, "a workload's deployment")) != GAC_OK))
		return st;
	for (int i = 0; dep && i < GAC_D_COUNT; i++) {
		const gac_node *v = gac_map_get(dep, dkeys[i]);
		if (v && (st = set_from_node(c, s, w->paths[GAC_W_DEPLOY + i], v)) != GAC_OK)
			return st;
	}
	if (!rates)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
		                "workload '%s' needs requests_per_month, requests_per_day or "
		                "requests_per_second", w->name);
	return GAC_OK;
}

static gac_status load_section(gac_ctx *c, gac_scenario *s, int sec, const gac_node *n)
{
	const struct section *d = &sections_tab[sec];
	const char *keys[GAC_C_COUNT + GAC_CT_COUNT + 3];
	size_t nk = 0;
	keys[nk++] = "name";
	keys[nk++] = "description";
	for (int i = 0; i < d->ntext; i++)
		keys[nk++] = d->text[i];
	for (int i = 0; i < d->nnum; i++)
		keys[nk++] = d->num[i].key;
	keys[nk] = NULL;
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_SEQ, d->key)) != GAC_OK)
		return st;
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *e = n->items[i];
		if ((st = gac_expect(c, e, GAC_NODE_MAP, d->what)) != GAC_OK ||
		    (st = gac_check_keys(c, e, keys, d->what)) != GAC_OK)
			return st;
		const gac_node *name = gac_map_get(e, "name");
		if (!name)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col, "%s needs 'name'", d->what);
		if ((st = gac_expect(c, name, GAC_NODE_SCALAR, "name")) != GAC_OK)
			return st;
		if (!gac_valid_name(name->text))
			return gac_fail(c->err, GAC_EVALUE, c->file, name->line, name->col,
			                "name '%s' may only hold letters, digits, '_' and '-' (at most 64)", name->text);
		if (find_entry(s, sec, name->text, strlen(name->text)))
			return gac_fail(c->err, GAC_ESCHEMA, c->file, name->line, name->col,
			                "'%s' is declared twice in %s", name->text, d->key);
		for (int k = 0; k < 3 && d->required[k]; k++)
			if (!gac_map_get(e, d->required[k]))
				return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
				                "'%s' in %s needs '%s'", name->text, d->key, d->required[k]);
		if ((st = add_entry(s, sec, name->text)) != GAC_OK)
			return gac_fail(c->err, st, c->file, e->line, e->col, "cannot add '%s': %s", name->text,
			                gac_strerror(st));
		gac_entry *u = &s->sect[sec].items[s->sect[sec].count - 1];
		u->line = e->line;
		u->col = e->col;
		for (int k = 0; k < d->ntext; k++) {
			const gac_node *v = gac_map_get(e, d->text[k]);
			if (v && (st = gac_get_string(c, v, d->text[k], &u->text[k])) != GAC_OK)
				return st;
		}
		for (int k = 0; k < d->nnum; k++) {
			const gac_node *v = gac_map_get(e, d->num[k].key);
			if (v && (st = set_from_node(c, s, u->paths[k], v)) != GAC_OK)
				return st;
		}
	}
	return GAC_OK;
}

static gac_status load_forecast(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	static const char *const keys[] = {"seasonality", "commitments", "start", "months_since_rates", NULL};
	static const char *const ckeys[] = {"option", "start", "months", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "forecast")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "forecast")) != GAC_OK)
		return st;
	const gac_node *v = gac_map_get(n, "seasonality");
	if (v) {
		if ((st = gac_expect(c, v, GAC_NODE_SEQ, "forecast.seasonality")) != GAC_OK)
			return st;
		if (v->count < 1 || v->count > 12)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
			                "forecast.seasonality lists 1 to 12 monthly factors (got %zu)", v->count);
		for (size_t i = 0; i < v->count; i++)
			if ((st = set_from_node(c, s, gdesc[GAC_G_SEASON + i].key, v->items[i])) != GAC_OK)
				return st;
		s->season_count = v->count;
	}
	static const char *const paths[] = {"forecast.start", "forecast.months_since_rates"};
	for (size_t i = 0; i < 2; i++) {
		const gac_node *f = gac_map_get(n, paths[i] + 9);
		if (f && (st = set_from_node(c, s, paths[i], f)) != GAC_OK)
			return st;
	}
	const gac_node *cm = gac_map_get(n, "commitments");
	if (!cm)
		return GAC_OK;
	if ((st = gac_expect(c, cm, GAC_NODE_SEQ, "forecast.commitments")) != GAC_OK)
		return st;
	s->commitments = gac_calloc(cm->count ? cm->count : 1, sizeof *s->commitments);
	if (!s->commitments)
		return gac_fail(c->err, GAC_ENOMEM, c->file, cm->line, cm->col, "out of memory");
	for (size_t i = 0; i < cm->count; i++) {
		const gac_node *e = cm->items[i];
		struct gac_commitment *k = &s->commitments[i];
		s->commitment_count = i + 1;
		if ((st = gac_expect(c, e, GAC_NODE_MAP, "a commitment")) != GAC_OK ||
		    (st = gac_check_keys(c, e, ckeys, "a commitment")) != GAC_OK)
			return st;
		const gac_node *o = gac_map_get(e, "option"), *a = gac_map_get(e, "start");
		if (!o || !a)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
			                "a commitment needs 'option' and 'start' (the month it is bought)");
		k->line = e->line;
		k->col = e->col;
		if ((st = gac_get_string(c, o, "option", &k->option)) != GAC_OK ||
		    (st = gac_get_number(c, a, GAC_NUM_NONNEG, "start", &k->start)) != GAC_OK)
			return st;
		if (k->start < 1 || k->start != floor(k->start))
			return gac_fail(c->err, GAC_EVALUE, c->file, a->line, a->col,
			                "start is a month number from 1 (got %s)", a->text);
		const gac_node *m = gac_map_get(e, "months");
		if (m && ((st = gac_get_number(c, m, GAC_NUM_NONNEG, "months", &k->months)) != GAC_OK))
			return st;
		if (m && (k->months < 1 || k->months != floor(k->months)))
			return gac_fail(c->err, GAC_EVALUE, c->file, m->line, m->col,
			                "months is a whole number of months from 1 (got %s)", m->text);
	}
	return GAC_OK;
}

/* ranges: PATH: LO:HI — how far each input may plausibly move */
static gac_status load_ranges(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "ranges")) != GAC_OK)
		return st;
	s->ranges = gac_calloc(n->count ? n->count : 1, sizeof *s->ranges);
	if (!s->ranges)
		return gac_fail(c->err, GAC_ENOMEM, c->file, n->line, n->col, "out of memory");
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *k = n->items[2 * i], *v = n->items[2 * i + 1];
		struct gac_range *r = &s->ranges[i];
		double now;
		if (gac_scenario_get_number(&now, s, k->text) != GAC_OK || gac_param_kind(s, k->text) == 1)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "ranges: '%s' is not a numeric parameter of this scenario", k->text);
		if ((st = gac_expect(c, v, GAC_NODE_SCALAR, k->text)) != GAC_OK)
			return st;
		const char *colon = strchr(v->text, ':');
		char lo[128];
		if (!colon || (size_t)(colon - v->text) >= sizeof lo)
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "a range is written LO:HI (got '%s')", v->text);
		memcpy(lo, v->text, (size_t)(colon - v->text));
		lo[colon - v->text] = '\0';
		if (gac_parse_number(&r->lo, lo, GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK ||
		    gac_parse_number(&r->hi, colon + 1, GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK)
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "a range is written LO:HI with two numbers (got '%s')", v->text);
		if (!(r->lo < r->hi))
			return gac_fail(c->err, GAC_EVALUE, c->file, v->line, v->col,
			                "the range '%s' is empty or inverted", v->text);
		if (!(r->path = gac_strdup(k->text)))
			return gac_fail(c->err, GAC_ENOMEM, c->file, k->line, k->col, "out of memory");
		s->range_count = i + 1;
	}
	return GAC_OK;
}

static long uncertain_index(const gac_scenario *s, const char *path)
{
	for (size_t i = 0; i < s->uncertain_count; i++)
		if (!strcmp(s->uncertain[i].path, path))
			return (long)i;
	return -1;
}

/* uncertain: PATH: distribution; correlations: [{between: [P, Q], rho: R}] */
static gac_status load_uncertain(gac_ctx *c, gac_scenario *s, const gac_node *n, const gac_node *corr)
{
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "uncertain")) != GAC_OK)
		return st;
	if (!(s->uncertain = gac_calloc(n->count ? n->count : 1, sizeof *s->uncertain)))
		return gac_fail(c->err, GAC_ENOMEM, c->file, n->line, n->col, "out of memory");
	for (size_t i = 0; i < n->count; i++) {
		const gac_node *k = n->items[2 * i], *v = n->items[2 * i + 1];
		struct gac_uncertain *u = &s->uncertain[i];
		double now;
		if (gac_scenario_get_number(&now, s, k->text) != GAC_OK || gac_param_kind(s, k->text) == 1) {
			char hint[256];
			const char *h = closest_path(s, k->text, hint, sizeof hint);
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "uncertain: '%s' is not a numeric parameter of this scenario%s%s%s", k->text,
			                h ? " (did you mean '" : "", h ? h : "", h ? "'?)" : "");
		}
		if (!(u->path = gac_strdup(k->text)))
			return gac_fail(c->err, GAC_ENOMEM, c->file, k->line, k->col, "out of memory");
		s->uncertain_count = i + 1;
		u->line = k->line;
		u->col = k->col;
		if ((st = gac_dist_load(c, v, k->text, &u->dist)) != GAC_OK)
			return st;
	}
	if (!corr)
		return GAC_OK;
	size_t m = s->uncertain_count;
	if ((st = gac_expect(c, corr, GAC_NODE_SEQ, "correlations")) != GAC_OK)
		return st;
	if (!(s->correlation = gac_calloc(m * m, sizeof *s->correlation)))
		return gac_fail(c->err, GAC_ENOMEM, c->file, corr->line, corr->col, "out of memory");
	s->corr_line = corr->line;
	s->corr_col = corr->col;
	for (size_t i = 0; i < m; i++)
		s->correlation[i * m + i] = 1;
	static const char *const keys[] = {"between", "rho", NULL};
	for (size_t i = 0; i < corr->count; i++) {
		const gac_node *e = corr->items[i];
		if ((st = gac_expect(c, e, GAC_NODE_MAP, "a correlation")) != GAC_OK ||
		    (st = gac_check_keys(c, e, keys, "a correlation")) != GAC_OK)
			return st;
		const gac_node *b = gac_map_get(e, "between"), *r = gac_map_get(e, "rho");
		if (!b || !r)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, e->line, e->col,
			                "a correlation needs 'between: [PATH, PATH]' and 'rho'");
		if ((st = gac_expect(c, b, GAC_NODE_SEQ, "between")) != GAC_OK)
			return st;
		if (b->count != 2)
			return gac_fail(c->err, GAC_ESCHEMA, c->file, b->line, b->col, "between names two uncertain inputs");
		long x = -1, y = -1;
		for (int j = 0; j < 2; j++) {
			const gac_node *p = b->items[j];
			long idx = p->type == GAC_NODE_SCALAR ? uncertain_index(s, p->text) : -1;
			if (idx < 0)
				return gac_fail(c->err, GAC_ESCHEMA, c->file, p->line, p->col,
				                "'%s' is not among the uncertain inputs", p->type == GAC_NODE_SCALAR ? p->text : "?");
			if (j == 0)
				x = idx;
			else
				y = idx;
		}
		if (x == y)
			return gac_fail(c->err, GAC_EVALUE, c->file, b->line, b->col, "a correlation relates two different inputs");
		double rho;
		if ((st = gac_get_number(c, r, 0, "rho", &rho)) != GAC_OK)
			return st;
		if (rho < -1 || rho > 1)
			return gac_fail(c->err, GAC_EVALUE, c->file, r->line, r->col,
			                "rho is a rank correlation from -1 to 1 (got %s)", r->text);
		s->correlation[(size_t)x * m + (size_t)y] = s->correlation[(size_t)y * m + (size_t)x] = rho;
	}
	return GAC_OK;
}

/* budget: thresholds for the whole scenario, and under `workloads:` and
 * `options:` for a workload's share or an option's total.  Loaded last:
 * its entries name workloads and options. */
/* The options' names sorted, to look a name up in log time (a file may
 * name each of 20,000 options again under budget and forecast); NULL when
 * out of memory. */
static int by_name_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char **sorted_option_names(const gac_scenario *s)
{
	const char **on = gac_calloc(s->option_count ? s->option_count : 1, sizeof *on);
	if (!on)
		return NULL;
	for (size_t j = 0; j < s->option_count; j++)
		on[j] = s->options[j].name;
	qsort(on, s->option_count, sizeof *on, by_name_text);
	return on;
}

static bool has_option(const char **sorted, size_t n, const char *name)
{
	return n && bsearch(&name, sorted, n, sizeof *sorted, by_name_text) != NULL;
}

static gac_status load_budget_names(gac_ctx *c, gac_scenario *s, const gac_node *n, const char **on);

static gac_status load_budget(gac_ctx *c, gac_scenario *s, const gac_node *n)
{
	const char **on = sorted_option_names(s);
	if (!on)
		return gac_fail(c->err, GAC_ENOMEM, c->file, n->line, n->col, "out of memory");
	gac_status st = load_budget_names(c, s, n, on);
	free(on);
	return st;
}

static gac_status load_budget_names(gac_ctx *c, gac_scenario *s, const gac_node *n, const char **on)
{
	static const char *const keys[] = {"monthly", "max_increase", "max_increase_percent", "percentile",
	                                   "include_risk", "workloads", "options", NULL};
	static const char *const ekeys[] = {"monthly", "max_increase", "max_increase_percent", NULL};
	gac_status st;
	if ((st = gac_expect(c, n, GAC_NODE_MAP, "budget")) != GAC_OK ||
	    (st = gac_check_keys(c, n, keys, "budget")) != GAC_OK)
		return st;
	for (int i = GAC_G_BUDGET; i <= GAC_G_INCLUDE_RISK; i++) {
		const gac_node *v = gac_map_get(n, gdesc[i].key + 7);
		if (v && (st = set_from_node(c, s, gdesc[i].key, v)) != GAC_OK)
			return st;
	}
	for (int sec = GAC_SECT_BUDGET_WORKLOAD; sec <= GAC_SECT_BUDGET_OPTION; sec++) {
		const char *sub = sections_tab[sec].key + 7;
		const gac_node *m = gac_map_get(n, sub);
		if (!m)
			continue;
		if ((st = gac_expect(c, m, GAC_NODE_MAP, sections_tab[sec].key)) != GAC_OK)
			return st;
		for (size_t i = 0; i < m->count; i++) {
			const gac_node *k = m->items[2 * i], *e = m->items[2 * i + 1];
			bool known = false;
			if (sec == GAC_SECT_BUDGET_WORKLOAD)
				known = find_workload(s, k->text, strlen(k->text)) != NULL;
			else
				known = has_option(on, s->option_count, k->text);
			if (sec == GAC_SECT_BUDGET_OPTION && !strcmp(k->text, "baseline"))
				known = true;
			if (!known)
				return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
				                "%s: no %s named '%s'", sections_tab[sec].key,
				                sec == GAC_SECT_BUDGET_WORKLOAD ? "workload" : "option", k->text);
			if ((st = gac_expect(c, e, GAC_NODE_MAP, sections_tab[sec].what)) != GAC_OK ||
			    (st = gac_check_keys(c, e, ekeys, sections_tab[sec].what)) != GAC_OK)
				return st;
			if ((st = add_entry(s, sec, k->text)) != GAC_OK)
				return gac_fail(c->err, st, c->file, k->line, k->col, "cannot add '%s': %s", k->text,
				                gac_strerror(st));
			gac_entry *u = &s->sect[sec].items[s->sect[sec].count - 1];
			u->line = k->line;
			u->col = k->col;
			for (int f = 0; f < GAC_B_COUNT; f++) {
				const gac_node *v = gac_map_get(e, bdesc[f].key);
				if (v && (st = set_from_node(c, s, u->paths[f], v)) != GAC_OK)
					return st;
			}
		}
	}
	return GAC_OK;
}

static gac_status load_scenario(gac_ctx *c, gac_scenario *s, const gac_node *root)
{
	static const char *const keys[] = {"genaicost", "name", "description", "pricing", "region",
	                                   "hours_per_month", "workloads", "deployment", "options",
	                                   "traffic", "topology", "services", "customizations", "forecast",
	                                   "ranges", "uncertain", "correlations", "budget",
	                                   "pricing_overrides", "drivers", NULL};
	gac_status st;
	if ((st = gac_expect(c, root, GAC_NODE_MAP, "a scenario")) != GAC_OK)
		return st;
	const gac_node *v = gac_map_get(root, "genaicost");
	if (!v)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, root->line, root->col,
		                "not a genaicost file: the first key should be 'genaicost: scenario/1'");
	if ((st = gac_expect(c, v, GAC_NODE_SCALAR, "genaicost")) != GAC_OK)
		return st;
	if (strcmp(v->text, "scenario/1")) {
		if (!strncmp(v->text, "scenario/", 9))
			return gac_fail(c->err, GAC_EVERSION, c->file, v->line, v->col,
			                "scenario version '%s' is not supported (this genaicost reads "
			                "scenario/1)", v->text);
		return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
		                "expected 'genaicost: scenario/1', found '%s'", v->text);
	}
	if ((st = gac_check_keys(c, root, keys, "a scenario")) != GAC_OK)
		return st;
	if ((v = gac_map_get(root, "name")) && (st = gac_get_string(c, v, "name", &s->name)) != GAC_OK)
		return st;
	if ((v = gac_map_get(root, "description")) && (st = gac_expect(c, v, GAC_NODE_SCALAR, "description")) != GAC_OK)
		return st;
	if ((v = gac_map_get(root, "pricing"))) {
		if ((st = gac_get_string(c, v, "pricing", &s->pricing)) != GAC_OK)
			return st;
		s->pricing_line = v->line;
		s->pricing_col = v->col;
	}
	if ((v = gac_map_get(root, "region")) && (st = gac_get_string(c, v, "region", &s->region)) != GAC_OK)
		return st;
	if (v) {
		s->region_line = v->line;
		s->region_col = v->col;
	}
	if ((v = gac_map_get(root, "hours_per_month")) &&
	    (st = set_from_node(c, s, "hours_per_month", v)) != GAC_OK)
		return st;
	static const char *const sections[] = {"deployment", "traffic", "topology"};
	for (size_t sec = 0; sec < 3; sec++) {
		const gac_node *map = gac_map_get(root, sections[sec]);
		if (!map)
			continue;
		/* the keys of a section are its parameters' last parts */
		const char *skeys[GAC_G_COUNT + 2];
		size_t nk = 0, plen = strlen(sections[sec]);
		for (int i = 0; i < GAC_G_COUNT; i++)
			if (!strncmp(gdesc[i].key, sections[sec], plen) && gdesc[i].key[plen] == '.')
				skeys[nk++] = gdesc[i].key + plen + 1;
		if (sec == 2)
			skeys[nk++] = "regions";
		skeys[nk] = NULL;
		if ((st = gac_expect(c, map, GAC_NODE_MAP, sections[sec])) != GAC_OK ||
		    (st = gac_check_keys(c, map, skeys, sections[sec])) != GAC_OK)
			return st;
		for (int i = 0; i < GAC_G_COUNT; i++) {
			if (strncmp(gdesc[i].key, sections[sec], plen) || gdesc[i].key[plen] != '.')
				continue;
			if ((v = gac_map_get(map, gdesc[i].key + plen + 1)) &&
			    (st = set_from_node(c, s, gdesc[i].key, v)) != GAC_OK)
				return st;
		}
		if (sec == 2 && (v = gac_map_get(map, "regions"))) {
			if ((st = gac_expect(c, v, GAC_NODE_SEQ, "topology.regions")) != GAC_OK)
				return st;
			if (v->count == 0)
				return gac_fail(c->err, GAC_ESCHEMA, c->file, v->line, v->col,
				                "topology.regions must not be empty");
			s->regions = gac_calloc(v->count, sizeof *s->regions);
			if (!s->regions)
				return gac_fail(c->err, GAC_ENOMEM, c->file, v->line, v->col, "out of memory");
			for (size_t i = 0; i < v->count; i++) {
				s->region_count = i + 1;
				if ((st = gac_get_string(c, v->items[i], "a region", &s->regions[i])) != GAC_OK)
					return st;
				for (size_t j = 0; j < i; j++)
					if (!strcmp(s->regions[j], s->regions[i]))
						return gac_fail(c->err, GAC_ESCHEMA, c->file, v->items[i]->line,
						                v->items[i]->col, "region '%s' is listed twice",
						                s->regions[i]);
			}
			s->regions_line = v->line;
			s->regions_col = v->col;
			/* the primary region is the first, unless `region` says otherwise */
			if (!gac_map_get(root, "region")) {
				char *d = gac_strdup(s->regions[0]);
				if (!d)
					return gac_fail(c->err, GAC_ENOMEM, c->file, v->line, v->col, "out of memory");
				free(s->region);
				s->region = d;
			}
		}
	}
	for (int sec = 0; sec < GAC_SECT_BUDGET_WORKLOAD; sec++) {
		const gac_node *n = gac_map_get(root, sections_tab[sec].key);
		if (n && (st = load_section(c, s, sec, n)) != GAC_OK)
			return st;
	}
	const gac_node *po = gac_map_get(root, "pricing_overrides");
	if (po && (st = gac_overrides_load(c, s, po)) != GAC_OK)
		return st;
	const gac_node *dr = gac_map_get(root, "drivers");
	if (dr && (st = gac_drivers_load(c, s, dr)) != GAC_OK)
		return st;
	const gac_node *fc = gac_map_get(root, "forecast");
	if (fc && (st = load_forecast(c, s, fc)) != GAC_OK)
		return st;
	const gac_node *wl = gac_map_get(root, "workloads");
	if (!wl)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, root->line, root->col,
		                "a scenario needs 'workloads'");
	if ((st = gac_expect(c, wl, GAC_NODE_SEQ, "workloads")) != GAC_OK)
		return st;
	if (wl->count == 0)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, wl->line, wl->col, "workloads must not be empty");
	if (wl->count > GAC_MAX_WORKLOADS)
		return gac_fail(c->err, GAC_ELIMIT, c->file, wl->line, wl->col,
		                "more than %u workloads in one scenario", GAC_MAX_WORKLOADS);
	for (size_t i = 0; i < wl->count; i++)
		if ((st = load_workload(c, s, wl->items[i])) != GAC_OK)
			return st;
	/* expressions name drivers and fields of the whole: computed now, so
	 * that options are checked against their values */
	if ((st = gac_bindings_prepare(s, false, c->err)) != GAC_OK || (st = gac_bindings_eval(s, c->err)) != GAC_OK)
		return st;
	/* options come last: their overrides name workloads */
	const gac_node *opts = gac_map_get(root, "options");
	if (opts && (st = gac_options_load(c, s, opts)) != GAC_OK)
		return st;
	/* forecast commitments name options */
	const char **on = s->commitment_count ? sorted_option_names(s) : NULL;
	if (s->commitment_count && !on)
		return gac_fail(c->err, GAC_ENOMEM, c->file, 0, 0, "out of memory");
	for (size_t i = 0; i < s->commitment_count; i++) {
		const struct gac_commitment *k = &s->commitments[i];
		if (!has_option(on, s->option_count, k->option)) {
			free(on);
			return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
			                "forecast commitment: no option named '%s' (declare it under options)", k->option);
		}
	}
	free(on);
	/* ranges and uncertain inputs name workloads too */
	const gac_node *rg = gac_map_get(root, "ranges");
	if (rg && (st = load_ranges(c, s, rg)) != GAC_OK)
		return st;
	const gac_node *un = gac_map_get(root, "uncertain");
	if (un && (st = load_uncertain(c, s, un, gac_map_get(root, "correlations"))) != GAC_OK)
		return st;
	if (!un && gac_map_key_node(root, "correlations")) {
		const gac_node *k = gac_map_key_node(root, "correlations");
		return gac_fail(c->err, GAC_ESCHEMA, c->file, k->line, k->col,
		                "correlations relate uncertain inputs: declare 'uncertain' too");
	}
	const gac_node *bu = gac_map_get(root, "budget");
	if (bu && (st = load_budget(c, s, bu)) != GAC_OK)
		return st;
	/* a division the uncertain inputs and ranges can make 0 */
	return gac_bindings_check_ranges(s, c->err);
}

static gac_status load_buffer(gac_scenario **out, const char *data, size_t len, const char *name,
                              const gac_load_options *opts, gac_error *err)
{
	if (!out || !data)
		return gac_fail(err, GAC_EARG, name, 0, 0, "no output or no data");
	*out = NULL;
	gac_error_clear(err);
	if (!name)
		name = "<buffer>";
	gac_doc doc;
	gac_status st = gac_yaml_parse(&doc, data, len, name, err);
	if (st != GAC_OK)
		return st;
	gac_scenario *s = scenario_alloc();
	if (!s) {
		gac_yaml_free(&doc);
		return gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	}
	if ((st = gac_access_init(&s->access, name, opts, err)) != GAC_OK) {
		gac_yaml_free(&doc);
		gac_scenario_free(s);
		return st;
	}
	gac_ctx c = {.file = name, .err = err, .access = &s->access};
	st = load_scenario(&c, s, doc.root);
	gac_yaml_free(&doc);
	if (st == GAC_OK) {
		free(s->path);
		s->path = gac_strdup(name);
		if (!s->path)
			st = gac_fail(err, GAC_ENOMEM, name, 0, 0, "out of memory");
	}
	if (st != GAC_OK) {
		gac_scenario_free(s);
		return st;
	}
	gac_hash_hex(s->hash, data, len);
	*out = s;
	return GAC_OK;
}

gac_status gac_scenario_load_buffer(gac_scenario **out, const char *data, size_t len, const char *name,
                                    gac_error *err)
{
	return load_buffer(out, data, len, name, NULL, err);
}

gac_status gac_scenario_load_file(gac_scenario **out, const char *path, gac_error *err)
{
	return gac_scenario_load_file_opts(out, path, NULL, err);
}

gac_status gac_scenario_load_file_opts(gac_scenario **out, const char *path, const gac_load_options *opts,
                                       gac_error *err)
{
	if (!out || !path)
		return gac_fail(err, GAC_EARG, path, 0, 0, "no output or no path");
	*out = NULL;
	char *data;
	size_t len;
	gac_status st = gac_read_file(&data, &len, path, GAC_MAX_FILE_BYTES, err);
	if (st != GAC_OK)
		return st;
	st = load_buffer(out, data, len, path, opts, err);
	free(data);
	if (st != GAC_OK)
		return st;
	const char *slash = strrchr(path, '/');
	char *dir = slash ? gac_malloc((size_t)(slash - path) + 2) : gac_strdup(".");
	if (dir && slash) {
		size_t n = slash == path ? 1 : (size_t)(slash - path);
		memcpy(dir, path, n);
		dir[n] = '\0';
	}
	if (!dir) {
		gac_scenario_free(*out);
		*out = NULL;
		return gac_fail(err, GAC_ENOMEM, path, 0, 0, "out of memory");
	}
	free((*out)->dir);
	(*out)->dir = dir;
	return GAC_OK;
}

gac_status gac_scenario_new(gac_scenario **out, const char *name)
{
	if (!out)
		return GAC_EARG;
	*out = scenario_alloc();
	if (!*out)
		return GAC_ENOMEM;
	if (name && !((*out)->name = gac_strdup(name))) {
		gac_scenario_free(*out);
		*out = NULL;
		return GAC_ENOMEM;
	}
	gac_hash_hex((*out)->hash, "", 0);
	return GAC_OK;
}

static gac_status clone_some(gac_scenario **out, const gac_scenario *src, const size_t *keep, size_t nkeep,
                             bool options);

gac_status gac_scenario_clone(gac_scenario **out, const gac_scenario *src)
{
	return clone_some(out, src, NULL, 0, true);
}

gac_status gac_scenario_clone_bare(gac_scenario **out, const gac_scenario *src)
{
	return clone_some(out, src, NULL, 0, false);
}

gac_status gac_scenario_subset(gac_scenario **out, const gac_scenario *src, const size_t *keep, size_t n)
{
	return keep || !n ? clone_some(out, src, keep, n, false) : GAC_EARG;
}

/* A deep copy; with `keep`, of the workloads keep[0..nkeep) alone, and
 * without what only analyses read (options, uncertain inputs, ranges,
 * commitments): a copy that prices as the original does those workloads,
 * in time of its own size. */
static gac_status clone_some(gac_scenario **out, const gac_scenario *src, const size_t *keep, size_t nkeep,
                             bool options)
{
	if (!out || !src)
		return GAC_EARG;
	*out = NULL;
	gac_scenario *s = gac_calloc(1, sizeof *s);
	if (!s)
		return GAC_ENOMEM;
	s->stamp = gac_new_stamp();
	memcpy(s->hash, src->hash, sizeof s->hash);
	memcpy(s->g, src->g, sizeof s->g);
	memcpy(s->gline, src->gline, sizeof s->gline);
	memcpy(s->gcol, src->gcol, sizeof s->gcol);
	s->gset = src->gset;
	s->region_line = src->region_line;
	s->region_col = src->region_col;
	bool ok = true;
#define DUP(f) do { if (src->f && !(s->f = gac_strdup(src->f))) ok = false; } while (0)
	DUP(name);
	DUP(pricing);
	DUP(region);
	DUP(dir);
	DUP(path);
#undef DUP
	s->pricing_line = src->pricing_line;
	s->pricing_col = src->pricing_col;
	if (ok && gac_access_copy(&s->access, &src->access) != GAC_OK)
		ok = false;
	if (ok && options && gac_options_copy(s, src) != GAC_OK)
		ok = false;
	if (ok && gac_overrides_copy(&s->ov, &src->ov) != GAC_OK)
		ok = false;
	memcpy(s->gline, src->gline, sizeof s->gline);
	for (int sec = 0; ok && sec < GAC_SECT_COUNT; sec++) {
		const struct section *d = &sections_tab[sec];
		for (size_t i = 0; ok && i < src->sect[sec].count; i++) {
			const gac_entry *u = &src->sect[sec].items[i];
			if (add_entry(s, sec, u->name) != GAC_OK) {
				ok = false;
				break;
			}
			gac_entry *t = &s->sect[sec].items[i];
			memcpy(t->v, u->v, (size_t)d->nnum * sizeof *t->v);
			t->set = u->set;
			t->line = u->line;
			t->col = u->col;
			for (int k = 0; ok && k < d->ntext; k++)
				if (u->text[k] && !(t->text[k] = gac_strdup(u->text[k])))
					ok = false;
		}
	}
	s->season_count = src->season_count;
	if (ok && src->fc_start && !(s->fc_start = gac_strdup(src->fc_start)))
		ok = false;
	s->fc_start_line = src->fc_start_line;
	s->fc_start_col = src->fc_start_col;
	s->rates_age = src->rates_age;
	s->rates_age_set = src->rates_age_set;
	s->rates_age_line = src->rates_age_line;
	s->rates_age_col = src->rates_age_col;
	if (ok && !keep && src->uncertain_count) {
		s->uncertain = gac_calloc(src->uncertain_count, sizeof *s->uncertain);
		ok = s->uncertain != NULL;
		for (size_t i = 0; ok && i < src->uncertain_count; i++) {
			const struct gac_uncertain *a = &src->uncertain[i];
			struct gac_uncertain *b = &s->uncertain[i];
			*b = *a;
			b->path = NULL;
			b->dist.values = b->dist.rows = NULL;
			b->dist.source = NULL;
			s->uncertain_count = i + 1;
			ok = (b->path = gac_strdup(a->path)) != NULL;
			if (ok && a->dist.count) {
				ok = (b->dist.values = gac_calloc(a->dist.count, sizeof *b->dist.values)) != NULL;
				if (ok)
					memcpy(b->dist.values, a->dist.values, a->dist.count * sizeof *b->dist.values);
				else
					b->dist.count = 0;
			}
			if (ok && a->dist.rows) {
				ok = (b->dist.rows = gac_calloc(a->dist.count, sizeof *b->dist.rows)) != NULL &&
				     (b->dist.source = gac_strdup(a->dist.source)) != NULL;
				if (ok)
					memcpy(b->dist.rows, a->dist.rows, a->dist.count * sizeof *b->dist.rows);
			}
		}
		size_t m = src->uncertain_count;
		if (ok && src->correlation) {
			ok = (s->correlation = gac_calloc(m * m, sizeof *s->correlation)) != NULL;
			if (ok)
				memcpy(s->correlation, src->correlation, m * m * sizeof *s->correlation);
			s->corr_line = src->corr_line;
			s->corr_col = src->corr_col;
		}
	}
	if (ok && !keep && src->range_count) {
		s->ranges = gac_calloc(src->range_count, sizeof *s->ranges);
		ok = s->ranges != NULL;
		for (size_t i = 0; ok && i < src->range_count; i++) {
			s->ranges[i] = src->ranges[i];
			s->range_count = i + 1;
			ok = (s->ranges[i].path = gac_strdup(src->ranges[i].path)) != NULL;
		}
	}
	if (ok && !keep && src->commitment_count) {
		s->commitments = gac_calloc(src->commitment_count, sizeof *s->commitments);
		ok = s->commitments != NULL;
		for (size_t i = 0; ok && i < src->commitment_count; i++) {
			s->commitments[i] = src->commitments[i];
			s->commitment_count = i + 1;
			ok = (s->commitments[i].option = gac_strdup(src->commitments[i].option)) != NULL;
		}
	}
	if (ok && src->region_count) {
		s->regions = gac_calloc(src->region_count, sizeof *s->regions);
		ok = s->regions != NULL;
		for (size_t i = 0; ok && i < src->region_count; i++) {
			s->region_count = i + 1;
			ok = (s->regions[i] = gac_strdup(src->regions[i])) != NULL;
		}
		s->regions_line = src->regions_line;
		s->regions_col = src->regions_col;
	}
	size_t nw = keep ? nkeep : src->workload_count;
	for (size_t i = 0; ok && i < nw; i++) {
		if (keep && keep[i] >= src->workload_count) {
			gac_scenario_free(s);
			return GAC_EARG;
		}
		const gac_workload *w = &src->workloads[keep ? keep[i] : i];
		if (add_workload(s, w->name, w->model) != GAC_OK) {
			ok = false;
			break;
		}
		gac_workload *d = &s->workloads[i];
		memcpy(d->v, w->v, sizeof d->v);
		memcpy(d->fline, w->fline, sizeof d->fline);
		memcpy(d->fcol, w->fcol, sizeof d->fcol);
		d->set = w->set;
		d->line = w->line;
		d->col = w->col;
		d->mline = w->mline;
		d->mcol = w->mcol;
	}
	if (ok && gac_drivers_copy(s, src, keep != NULL) != GAC_OK)
		ok = false;
	if (!ok) {
		gac_scenario_free(s);
		return GAC_ENOMEM;
	}
	*out = s;
	return GAC_OK;
}

const char *gac_scenario_name(const gac_scenario *s) { return s ? (s->name ? s->name : "") : NULL; }
const char *gac_scenario_pricing(const gac_scenario *s) { return s ? s->pricing : NULL; }

static gac_status sheet_resolve_in(char **path_out, const gac_scenario *s, const char *const *dirs,
                                   gac_error *err);

gac_status gac_scenario_sheet_resolve(char **path_out, const gac_scenario *s, const char *const *dirs,
                                      gac_error *err)
{
	if (!path_out || !s)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output or no scenario");
	*path_out = NULL;
	char **own = NULL;
	if (!dirs) {
		gac_status st = gac_pricing_dirs(&own, err);
		if (st != GAC_OK)
			return st;
		dirs = (const char *const *)own;
	}
	gac_status st = sheet_resolve_in(path_out, s, dirs, err);
	free(own);
	return st;
}

static gac_status sheet_resolve_in(char **path_out, const gac_scenario *s, const char *const *dirs,
                                   gac_error *err)
{
	const char *ref = s->pricing ? s->pricing : "aws-bedrock";
	gac_status st = gac_sheet_resolve(path_out, ref, s->dir, dirs, err);
	if (!s->pricing || !s->pricing_line)
		return st;
	/* the scenario's own pricing: is placed at its value */
	const char *file = s->path, *value = s->pricing;
	unsigned line = s->pricing_line, col = s->pricing_col;
	if (st == GAC_ENOTFOUND && err) {
		char msg[sizeof err->message];
		memcpy(msg, err->message, sizeof msg);
		return gac_fail(err, st, file, line, col, "pricing: %s", msg);
	}
	if (st != GAC_OK)
		return st;
	bool is_path = strchr(value, '/') || strstr(value, ".yaml") || strstr(value, ".yml");
	if (is_path) {
		st = gac_access_check(&s->access, *path_out, dirs, "pricing", file, line, col, err);
		struct stat sb;
		if (st == GAC_OK && stat(*path_out, &sb) != 0)
			st = gac_fail(err, GAC_EIO, file, line, col, "pricing: cannot read '%.200s': %s", value,
			              strerror(errno));
		if (st != GAC_OK) {
			free(*path_out);
			*path_out = NULL;
		}
	}
	return st;
}
const char *gac_scenario_dir(const gac_scenario *s) { return s ? s->dir : NULL; }
const char *gac_scenario_path(const gac_scenario *s) { return s ? s->path : NULL; }
const char *gac_scenario_hash(const gac_scenario *s) { return s ? s->hash : NULL; }
size_t gac_scenario_workload_count(const gac_scenario *s) { return s ? s->workload_count : 0; }

const char *gac_scenario_workload_name(const gac_scenario *s, size_t i)
{
	return s && i < s->workload_count ? s->workloads[i].name : NULL;
}

bool gac_param_zero_default(const gac_scenario *s, const char *path)
{
	pref r;
	return resolve(&r, (gac_scenario *)s, path) == GAC_OK && r.d && r.d->zero_default;
}

int gac_param_kind(const gac_scenario *s, const char *path)
{
	pref r;
	if (resolve(&r, (gac_scenario *)s, path) != GAC_OK || !r.d)
		return -1;
	switch (r.d->type) {
	case P_ENUM: return 1;
	case P_COUNT: return 2;
	case P_FRACTION: return 3;
	default: return 0;
	}
}

bool gac_param_structural(const gac_scenario *s, const char *path)
{
	pref r;
	if (resolve(&r, (gac_scenario *)s, path) != GAC_OK || !r.d)
		return false;
	/* a choice, a forecast's growth, or a field the tables mark; and a
	 * field an expression computes: its drivers are the inputs */
	return r.d->type == P_ENUM || r.d->type == P_GROWTH || r.d->structural || gac_binding_computes(s, r.slot);
}

double gac_param_max(const gac_scenario *s, const char *path)
{
	pref r;
	if (resolve(&r, (gac_scenario *)s, path) != GAC_OK || !r.d)
		return INFINITY;
	if (r.d->type == P_FRACTION)
		return 1;
	return r.d->max > 0 ? r.d->max : INFINITY;
}

gac_status gac_scenario_get_text(char **out, const gac_scenario *s, const char *path)
{
	if (!out || !s || !path)
		return GAC_EARG;
	*out = NULL;
	pref r;
	if (resolve(&r, (gac_scenario *)s, path) != GAC_OK)
		return GAC_EPARAM;
	gac_buf b = {0};
	if (r.regions) {
		const char *const *regions = (const char *const *)s->regions;
		size_t n = s->region_count;
		if (!n) {
			regions = (const char *const *)&s->region;
			n = 1;
		}
		for (size_t i = 0; i < n; i++)
			gac_buf_printf(&b, "%s%s", i ? "," : "", regions[i]);
	} else if (r.text)
		gac_buf_puts(&b, *r.text ? *r.text : "");
	else if (r.d->type == P_ENUM)
		gac_buf_puts(&b, r.d->values[(size_t)*pref_value(&r)]);
	else if (r.d->type == P_COUNT && *pref_value(&r) == 0)
		gac_buf_puts(&b, "auto");
	else if (!strncmp(path, "budget.", 7) && !(*r.set & r.bit))
		gac_buf_puts(&b, "none");  /* an unset threshold, not a threshold of 0 */
	else
		gac_buf_exact(&b, *pref_value(&r));
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

/* A number read back for a path (a saved report's inputs) in the words
 * gac_scenario_get_text uses: a choice by name, a count of 0 as auto.
 * The path's last field names its descriptor, so a workload's or an
 * entry's field reads as its table says, whatever the entry's name. */
void gac_param_number_text(gac_buf *b, const char *path, double v)
{
	const pdesc *d = NULL;
	size_t len = strlen(path);
	for (int i = 0; !d && i < GAC_G_COUNT; i++) {
		size_t k = strlen(gdesc[i].key);
		if (k <= len && !strcmp(path + len - k, gdesc[i].key) && (k == len || path[len - k - 1] == '.'))
			d = &gdesc[i];
	}
	const char *field = strrchr(path, '.');
	field = field ? field + 1 : path;
	static const struct {
		const pdesc *t;
		int n;
	} tabs[] = {{wdesc, GAC_W_COUNT}, {sdesc, GAC_S_COUNT}, {cdesc, GAC_C_COUNT}, {bdesc, GAC_B_COUNT}};
	for (size_t t = 0; !d && t < sizeof tabs / sizeof *tabs; t++)
		for (int i = 0; !d && i < tabs[t].n; i++)
			if (!strcmp(field, tabs[t].t[i].key))
				d = &tabs[t].t[i];
	size_t nv = 0;
	while (d && d->type == P_ENUM && d->values[nv])
		nv++;
	if (d && d->type == P_ENUM && v >= 0 && v < (double)nv && v == floor(v))
		gac_buf_puts(b, d->values[(size_t)v]);
	else if (d && d->type == P_COUNT && v == 0)
		gac_buf_puts(b, "auto");
	else
		gac_buf_exact(b, v);
}

const char *gac_scenario_workload_model(const gac_scenario *s, size_t i)
{
	return s && i < s->workload_count ? s->workloads[i].model : NULL;
}

long gac_month_parse(const char *t)
{
	if (!t || strlen(t) != 7 || t[4] != '-')
		return -1;
	for (int i = 0; i < 7; i++)
		if (i != 4 && (t[i] < '0' || t[i] > '9'))
			return -1;
	long y = (t[0] - '0') * 1000L + (t[1] - '0') * 100L + (t[2] - '0') * 10L + (t[3] - '0');
	long m = (t[5] - '0') * 10L + (t[6] - '0');
	return y >= 1 && m >= 1 && m <= 12 ? y * 12 + m - 1 : -1;
}

long gac_forecast_start(const gac_scenario *s)
{
	return s && s->fc_start ? gac_month_parse(s->fc_start) : -1;
}

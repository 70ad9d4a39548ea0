/* The one parameter mechanism: every input of a scenario has a dotted
 * path (workloads.chat.input_tokens, deployment.mode), and loading,
 * --set, sweeps, break-even and Monte Carlo all go through it: a path
 * is resolved against the descriptor tables below, then its value
 * checked and stored. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"
#include "params.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
const pdesc gac_bdesc[GAC_B_COUNT] = {
	[GAC_B_MONTHLY] = {.key = "monthly", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
	[GAC_B_MAX_INCREASE] = {.key = "max_increase", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
	[GAC_B_MAX_INCREASE_PCT] = {.key = "max_increase_percent", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0, .structural = true},
};

/* The sections of named entries: services and customizations. */
const struct gac_section gac_sections[GAC_SECT_COUNT] = {
	[GAC_SECT_SERVICES] = {"services", "a service", sdesc, GAC_S_COUNT, stext, GAC_ST_COUNT,
	                       {"service", "quantity", NULL}},
	[GAC_SECT_CUSTOM] = {"customizations", "a customization", cdesc, GAC_C_COUNT, ctext,
	                     GAC_CT_COUNT, {"kind", NULL, NULL}},
	[GAC_SECT_BUDGET_WORKLOAD] = {"budget.workloads", "a workload's budget", gac_bdesc, GAC_B_COUNT, NULL, 0,
	                              {NULL, NULL, NULL}},
	[GAC_SECT_BUDGET_OPTION] = {"budget.options", "an option's budget", gac_bdesc, GAC_B_COUNT, NULL, 0,
	                            {NULL, NULL, NULL}},
};

const pdesc gac_wdesc[GAC_W_COUNT] = {
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

const pdesc gac_gdesc[GAC_G_COUNT] = {
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
 * when given and after every other number; a row of gdesc would be
 * listed always, ahead of the workloads (as forecast.start, a text,
 * is listed only when given, after every other text) */
static const pdesc rates_age_desc = {.key = "forecast.months_since_rates", .type = P_NUMBER, .def = 0, .max = 600, .values = NULL, .group = 0, .structural = true};
/* drivers: named numbers (drivers.c holds them) */
static const pdesc driver_desc = {.key = "drivers", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0};
static const pdesc ov_price_desc = {.key = "pricing_overrides.prices", .type = P_NUMBER, .def = 0, .max = 0, .values = NULL, .group = 0};

/* gset has a bit per scenario-wide parameter, a workload's set one per field */
_Static_assert(GAC_G_COUNT <= 64, "gac_scenario.gset holds 64 bits");
_Static_assert(GAC_W_COUNT <= 32, "gac_pref.group holds 32 bits");

/* Where a path points (gac_pref in internal.h). */
typedef gac_pref pref;

gac_workload *gac_scenario_find_workload(const gac_scenario *s, const char *name, size_t len)
{
	for (size_t i = 0; i < s->workload_count; i++)
		if (strlen(s->workloads[i].name) == len && !strncmp(s->workloads[i].name, name, len))
			return &s->workloads[i];
	return NULL;
}

gac_entry *gac_scenario_find_entry(const gac_scenario *s, int sec, const char *name, size_t len)
{
	for (size_t i = 0; i < s->sect[sec].count; i++)
		if (!strncmp(s->sect[sec].items[i].name, name, len) && s->sect[sec].items[i].name[len] == '\0')
			return &s->sect[sec].items[i];
	return NULL;
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
	/* a default the Reserved tier refuses if written: none applies */
	if (meaning && r.d == &gac_gdesc[GAC_G_OVERFLOW] && s->g[GAC_G_MODE] == GAC_MODE_RESERVED)
		*meaning = "not used: the Reserved tier sends the load above the reservation to the Standard tier";
	return 0;
}

static void put_number(const pref *r, double v, unsigned line, unsigned col);

int gac_section_nnum(int sec)
{
	return sec >= 0 && sec < GAC_SECT_COUNT ? gac_sections[sec].nnum : 0;
}

const char *gac_param_slot_path(const gac_scenario *s, const double *slot, const char *workload)
{
	if (slot >= s->g && slot < s->g + GAC_G_COUNT)
		return gac_scenario_param_path(s, (size_t)(slot - s->g));
	for (size_t k = 0; k < s->workload_count; k++) {
		const gac_workload *w = &s->workloads[k];
		if (slot < w->v || slot >= w->v + GAC_W_COUNT || !w->paths || !w->paths[slot - w->v])
			continue;
		const char *path = w->paths[slot - w->v];
		size_t n = strlen(w->name);
		if (workload && !strcmp(workload, w->name) && !strncmp(path, "workloads.", 10) &&
		    !strncmp(path + 10, w->name, n) && path[10 + n] == '.')
			return path + 11 + n;
		return path;
	}
	for (int sec = 0; sec < GAC_SECT_COUNT; sec++)
		for (size_t k = 0; k < s->sect[sec].count; k++) {
			const gac_entry *en = &s->sect[sec].items[k];
			int nnum = gac_section_nnum(sec);
			if (slot >= en->v && slot < en->v + nnum && en->paths)
				return en->paths[slot - en->v];
		}
	return NULL;
}

/* Where a resolved parameter's value is read: a workload's deployment.*
 * left unset reads the scenario's. */
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
		const char *key = c == -2 ? "workloads" : c == -1 ? "drivers" : gac_sections[c].key;
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
	gac_status st;
	if (resolve(&r, s, path) != GAC_OK)
		return GAC_OK;
	if (c->by_number) {
		if (!r.d)
			return GAC_OK;   /* a text field among the matches */
		st = store_number(&r, path, c->number, c->err, c->file, c->line, c->col);
	} else {
		st = set_text(s, &r, path, c->value, c->err, c->file, c->line, c->col);
	}
	/* the one place a pattern's values are stored (set, options' set:,
	 * sweeps, uncertain:, --vary): a workload's field it stored is marked,
	 * so that the engine can skip it where it does not apply to the model
	 * (gac_field_skipped) and refuse it where it applies to none */
	if (st == GAC_OK && r.w && r.d && r.slot >= r.w->v && r.slot < r.w->v + GAC_W_COUNT)
		r.w->wild |= r.bit;
	return st;
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
		if (gac_wdesc[i].group == r->d->group && &gac_wdesc[i] != r->d)
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
		if (!strcmp(path, gac_gdesc[i].key)) {
			r->d = &gac_gdesc[i];
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
		const struct gac_section *d = &gac_sections[sec];
		size_t klen = strlen(d->key);
		if (strncmp(path, d->key, klen) || path[klen] != '.')
			continue;
		const char *ename = path + klen + 1, *edot = strchr(ename, '.');
		gac_entry *u = edot ? gac_scenario_find_entry(s, sec, ename, (size_t)(edot - ename)) : NULL;
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
	gac_workload *w = gac_scenario_find_workload(s, name, (size_t)(dot - name));
	if (!w)
		return GAC_EPARAM;
	const char *field = dot + 1;
	r->w = w;
	if (!strcmp(field, "model")) {
		r->text = &w->model;
		return GAC_OK;
	}
	for (int i = 0; i < GAC_W_COUNT; i++)
		if (!strcmp(field, gac_wdesc[i].key)) {
			r->d = &gac_wdesc[i];
			r->slot = &w->v[i];
			r->set = &w->set;
			r->bit = (uint64_t)1 << i;
			r->gline = &w->fline[i];
			r->gcol = &w->fcol[i];
			r->inherit = gac_wdesc[i].inherit ? &s->g[gac_wdesc[i].inherit - 1] : NULL;
			return GAC_OK;
		}
	return GAC_EPARAM;
}

/* How far a pattern with `*` segments is from a known path: the edits
 * of the segments written out, each `*` matching any one segment free;
 * SIZE_MAX when the segment counts differ.  *out (cap bytes) gets the
 * pattern as it would match p: its `*`s kept, the other segments p's. */
static size_t wild_distance(const char *pattern, const char *p, char *out, size_t cap)
{
	size_t d = 0, at = 0;
	out[0] = '\0';
	for (;;) {
		size_t lp = strcspn(pattern, "."), lk = strcspn(p, ".");
		char a[256], b[256];
		if (lp >= sizeof a || lk >= sizeof b)
			return SIZE_MAX;
		memcpy(a, pattern, lp);
		a[lp] = '\0';
		memcpy(b, p, lk);
		b[lk] = '\0';
		bool star = !strcmp(a, "*");
		if (!star)
			d += gac_edit_distance(a, b);
		int n = snprintf(out + at, cap - at, "%s%s", at ? "." : "", star ? "*" : b);
		if (n < 0 || (size_t)n >= cap - at)
			return SIZE_MAX;
		at += (size_t)n;
		pattern += lp;
		p += lk;
		if (!*pattern || !*p)
			return *pattern || *p ? SIZE_MAX : d;
		pattern++;
		p++;
	}
}

/* The closest known path, for "did you mean": by edits of the whole
 * path, or for a pattern with `*` segments by edits of the segments
 * written out (workloads.*.output_tokns: workloads.*.output_tokens). */
const char *gac_param_closest(const gac_scenario *s, const char *path, char *buf, size_t cap)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	size_t n = gac_scenario_param_count(s);
	bool wild = strchr(path, '*') != NULL;
	char cand[512], hint[512];
	static const char *const text[] = {"region", "pricing", "topology.regions"};
	/* workloads.NAME.model is text, so not among the numeric paths */
	for (size_t i = 0; i < n + 3 + s->workload_count; i++) {
		const char *p = cand;
		if (i < n)
			p = gac_scenario_param_path(s, i);
		else if (i < n + 3)
			p = text[i - n];
		else
			gac_c_snprintf(cand, sizeof cand, "workloads.%s.model", s->workloads[i - n - 3].name);
		size_t d = wild ? wild_distance(path, p, hint, sizeof hint) : gac_edit_distance(path, p);
		/* a pattern that matches p as written matched no parameter for
		 * another reason: no hint from it */
		if (d < best_d && !(wild && d == 0)) {
			best_d = d;
			gac_c_snprintf(buf, cap, "%s", wild ? hint : p);
			best = buf;
		}
	}
	return best_d <= 4 ? best : NULL;
}

/* "'P' matches no parameter of this scenario", with the nearest pattern
 * that does when one is near. */
static gac_status no_match(const gac_scenario *s, const char *path, gac_status st, const char *kind,
                           gac_error *err, const char *file, unsigned line, unsigned col)
{
	char hint_buf[256];
	const char *hint = gac_param_closest(s, path, hint_buf, sizeof hint_buf);
	return gac_fail(err, st, file, line, col, "'%s' matches no %sparameter of this scenario%s%s%s", path, kind,
	                hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "");
}

static gac_status unknown_path(gac_scenario *s, const char *path, gac_error *err)
{
	char hint_buf[256];
	const char *hint = gac_param_closest(s, path, hint_buf, sizeof hint_buf);
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
	/* a value stored by name is the workload's own (set_one marks a
	 * pattern's again) */
	if (r->w && r->slot >= r->w->v && r->slot < r->w->v + GAC_W_COUNT)
		r->w->wild &= ~r->bit;
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
			r->w->v[i] = gac_wdesc[i].def;
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

gac_status gac_scenario_set_keyed(gac_scenario *s, const char *path, const char *value, gac_error *err,
                                  const char *file, unsigned kline, unsigned kcol, unsigned line, unsigned col)
{
	if (is_wild(path)) {
		struct set_ctx c = {.value = value, .err = err, .file = file, .line = line, .col = col};
		gac_status st = for_each_match(s, path, set_one, &c);
		if (st == GAC_EPARAM)
			return no_match(s, path, file ? GAC_ESCHEMA : GAC_EPARAM, "", err, file, kline, kcol);
		return st;
	}
	pref r;
	if (resolve(&r, s, path) != GAC_OK) {
		/* in a file, an unknown path is invalid input, not a usage error */
		gac_status st = file ? GAC_ESCHEMA : GAC_EPARAM;
		char hint_buf[256];
		const char *hint = gac_param_closest(s, path, hint_buf, sizeof hint_buf);
		if (hint)
			return gac_fail(err, st, file, kline, kcol, "unknown parameter '%s' (did you mean '%s'?)",
			                path, hint);
		return gac_fail(err, st, file, kline, kcol, "unknown parameter '%s'", path);
	}
	return set_text(s, &r, path, value, err, file, line, col);
}

gac_status gac_scenario_set_at(gac_scenario *s, const char *path, const char *value, gac_error *err,
                               const char *file, unsigned line, unsigned col)
{
	return gac_scenario_set_keyed(s, path, value, err, file, line, col, line, col);
}

/* The hash names what was priced: the file's bytes, then each change made
 * from outside (a --set, a quick estimate's flags), so two reports of one
 * file priced with different overrides do not claim the same input. */
void gac_scenario_hash_extend(gac_scenario *s, const char *what, const char *a, const char *b)
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
			return no_match(s, path, GAC_EPARAM, "", err, NULL, 0, 0);
	} else if (resolve(&r, s, path) != GAC_OK)
		return unknown_path(s, path, err);
	else
		st = set_text(s, &r, path, value, err, NULL, 0, 0);
	/* a threshold changes what is judged, not what is priced: check's
	 * --budget must not make a baseline look computed from other inputs */
	if (st == GAC_OK && strncmp(path, "budget.", 7))
		gac_scenario_hash_extend(s, "set", path, value);
	return st;
}

gac_status gac_scenario_set_number(gac_scenario *s, const char *path, double value, gac_error *err)
{
	if (!s || !path)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no scenario or path");
	if (is_wild(path)) {
		struct set_ctx c = {.number = value, .err = err, .by_number = true};
		gac_status st = for_each_match(s, path, set_one, &c);
		return st == GAC_EPARAM ? no_match(s, path, GAC_EPARAM, "numeric ", err, NULL, 0, 0) : st;
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
		n += s->sect[sec].count * (size_t)gac_sections[sec].nnum;
	return n + gac_drivers_param_count(s) + gac_overrides_param_count(&s->ov) + (s->rates_age_set ? 1 : 0);
}

const char *gac_scenario_param_path(const gac_scenario *s, size_t i)
{
	if (!s || i >= gac_scenario_param_count(s))
		return NULL;
	if (i < GAC_G_COUNT)
		return gac_gdesc[i].key;
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
		size_t nnum = (size_t)gac_sections[sec].nnum, all = s->sect[sec].count * nnum;
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
		n += s->sect[sec].count * (size_t)gac_sections[sec].ntext;
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
			size_t nt = (size_t)gac_sections[sec].ntext, all = s->sect[sec].count * nt;
			if (i < all) {
				gac_buf_printf(&b, "%s.%s.%s", gac_sections[sec].key, s->sect[sec].items[i / nt].name,
				               gac_sections[sec].text[i % nt]);
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
		size_t k = strlen(gac_gdesc[i].key);
		if (k <= len && !strcmp(path + len - k, gac_gdesc[i].key) && (k == len || path[len - k - 1] == '.'))
			d = &gac_gdesc[i];
	}
	const char *field = strrchr(path, '.');
	field = field ? field + 1 : path;
	static const struct {
		const pdesc *t;
		int n;
	} tabs[] = {{gac_wdesc, GAC_W_COUNT}, {sdesc, GAC_S_COUNT}, {cdesc, GAC_C_COUNT}, {gac_bdesc, GAC_B_COUNT}};
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

/* The cost engine: a scenario and a sheet in, priced line items out.
 * It knows prices and usage, nothing of YAML or terminals. */
#include "engine.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


void gac_result_free(gac_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->count; i++) {
		free(r->owned[i].workload);
		free(r->owned[i].model);
		free(r->owned[i].component);
		free(r->owned[i].unit);
		free(r->owned[i].formula);
	}
	free(r->owned);
	free(r->lines);
	free(r->outage_store.workload);
	free(r->outage_store.model);
	free(r->outage_store.component);
	free(r->outage_store.unit);
	free(r->outage_store.formula);
	free(r->currency);
	free(r->region);
	for (size_t i = 0; i < r->pt_count; i++) {
		free((char *)r->pt[i].model);
		free((char *)r->pt[i].workloads);
		free((char *)r->pt[i].capacity_source);
		free((char *)r->pt[i].formula);
	}
	free(r->pt);
	free(r);
}

double gac_result_total(const gac_result *r) { return r ? r->total : 0.0; }
double gac_result_expected_outage_cost(const gac_result *r) { return r ? r->outage : 0.0; }
int gac_result_has_overrides(const gac_result *r) { return r && r->overrides; }
double gac_result_list_total(const gac_result *r) { return r ? r->list_total : 0.0; }
double gac_result_risk_adjusted_total(const gac_result *r) { return r ? r->total + r->outage : 0.0; }
const gac_line *gac_result_outage_line(const gac_result *r) { return r && r->has_outage ? &r->outage_line : NULL; }
size_t gac_result_line_count(const gac_result *r) { return r ? r->count : 0; }
const char *gac_result_currency(const gac_result *r) { return r ? r->currency : NULL; }
const char *gac_result_region(const gac_result *r) { return r ? r->region : NULL; }
size_t gac_result_provisioned_count(const gac_result *r) { return r ? r->pt_count : 0; }

const gac_topology_info *gac_result_topology(const gac_result *r)
{
	static const gac_topology_info none = {"single", 1, 1, NAN, NAN};
	return r ? &r->topology : &none;
}

const gac_provisioned *gac_result_provisioned(const gac_result *r, size_t i)
{
	return r && i < r->pt_count ? &r->pt[i] : NULL;
}

int gac_result_under_capacity(const gac_result *r, double *needed)
{
	if (needed)
		*needed = NAN;
	for (size_t i = 0; r && i < r->pt_count; i++)
		if (r->pt[i].under_capacity) {
			if (needed)
				*needed = r->pt[i].units_needed;
			return 1;
		}
	return 0;
}
double gac_result_hours(const gac_result *r) { return r ? r->hours : 0.0; }

const gac_line *gac_result_line(const gac_result *r, size_t i)
{
	return r && i < r->count ? &r->lines[i] : NULL;
}

bool gac_result_plan(const gac_result *r, size_t *lines, size_t *opaque, size_t *guards, double *total)
{
	*lines = r ? r->plan.lines : 0;
	*opaque = r ? r->plan.opaque : 0;
	*guards = r ? r->plan.guards : 0;
	*total = r && r->plan.evaluated ? r->plan.total : NAN;
	return r && r->plan.evaluated;
}

const char *gac_result_line_kind(const gac_result *r, size_t i)
{
	return r && i < r->count && r->owned ? r->owned[i].kind : NULL;
}

/* Where the largest input of workload `name` (every workload when NULL)
 * was written (line 0: given by the caller, --set), and its value: the
 * likeliest cause of an overflow, so the error points at it.  false when
 * no input was set. */
bool gac_largest_input(const gac_scenario *s, const char *name, unsigned *line, unsigned *col, double *value)
{
	bool found = false;
	double best = -1;
	for (size_t i = 0; i < s->workload_count; i++) {
		const gac_workload *w = &s->workloads[i];
		if (name && strcmp(w->name, name))
			continue;
		for (int f = 0; f < GAC_W_COUNT; f++)
			if ((w->set >> f & 1) && fabs(w->v[f]) > best) {
				best = fabs(w->v[f]);
				*line = w->fline[f];
				*col = w->fcol[f];
				*value = w->v[f];
				found = true;
			}
	}
	return found;
}

/* "s" when the unit's last word counts things ("model-unit hour",
 * "CMU-month", "image") and the quantity is not 1: "2920 model-unit
 * hours"; units already plural ("1K tokens") or measures ("GB") as they
 * are. */
static const char *unit_plural(const char *unit, double quantity)
{
	static const char *const nouns[] = {"hour", "minute", "second", "day", "month", "image", "request", "unit"};
	if (quantity == 1 || !unit)
		return "";
	const char *w = unit + strlen(unit);
	while (w > unit && w[-1] != ' ' && w[-1] != '-')
		w--;
	for (size_t i = 0; i < sizeof nouns / sizeof *nouns; i++)
		if (!strcmp(w, nouns[i]))
			return "s";
	return "";
}

gac_status gac_add_line_text(engine *e, const char *workload, const char *model, const char *component,
                             double quantity, const char *unit, const char *kind, double unit_price, gac_buf *why)
{
	gac_result *r = e->r;
	if (r->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		gac_line *l = gac_realloc(r->lines, cap * sizeof *l);
		if (!l) {
			gac_buf_free(why);
			return gac_fail(e->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		}
		r->lines = l;
		line_store *o = gac_realloc(r->owned, cap * sizeof *o);
		if (!o) {
			gac_buf_free(why);
			return gac_fail(e->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		}
		r->owned = o;
		r->cap = cap;
	}
	/* the one place a list price becomes the price billed */
	double list = unit_price;
	gac_buf net_why = GAC_WHY(e);
	if (e->ov)
		unit_price = gac_overrides_net(e->s, e->sheet, model, kind, list, e->quiet ? NULL : &net_why);
	double cost = quantity * unit_price;
	if (!isfinite(quantity) || !isfinite(cost)) {
		/* name the line: the user needs to know which input to bring down */
		gac_buf_free(why);
		gac_buf_free(&net_why);
		unsigned at_line = 0, at_col = 0;
		double v = 0;
		if (workload && gac_largest_input(e->s, workload, &at_line, &at_col, &v))
			return gac_fail(e->err, GAC_ERANGE, e->s->path, at_line, at_col,
			                "the estimate overflows: %s of workload %s is too large to price "
			                "(its largest input%s: '%.15g')",
			                component && *component ? component : "a line item", workload,
			                at_line ? ", here" : ", given on the command line", v);
		return gac_fail(e->err, GAC_ERANGE, e->s->path, 0, 0,
		                "the estimate overflows: %s of workload %s is too large to price",
		                component && *component ? component : "a line item", workload ? workload : "?");
	}
	if (e->quiet) {
		/* totals only: the line's figures, none of its text */
		gac_buf_free(why);
		gac_buf_free(&net_why);
		r->owned[r->count] = (line_store){0};
		r->lines[r->count] = (gac_line){.quantity = quantity, .unit_price = unit_price, .cost = cost,
		                                .list_price = list};
		r->count++;
		if (e->plan) {
			gac_plan_line(e->plan, e->plan_q, unit_price, list);
			e->plan_q = -1;
		}
		return GAC_OK;
	}
	if (e->plan_text) {
		/* the line's arithmetic from the plan: the formula printed is the
		 * one evaluated, and it gives the quantity billed to the last bit */
		e->plan_text = false;
		gac_buf f = {0};
		double v = NAN;
		bool ok = gac_plan_render(&f, &v, e->plan, e->plan_q, workload);
		if (ok && v != quantity) {
			gac_buf_free(&f);
			gac_buf_free(why);
			gac_buf_free(&net_why);
			return gac_fail(e->err, GAC_ERANGE, NULL, 0, 0,
			                "%s of workload %s: the compiled plan gives %.17g, the engine %.17g (a defect: "
			                "please report it)", component, workload, v, quantity);
		}
		gac_buf_puts(&f, gac_buf_text(&f, why));
		gac_buf_free(why);
		*why = f;
		if (!ok)
			why->failed = true;
	}
	gac_buf_puts(why, " = ");
	gac_buf_exact(why, quantity);
	gac_buf_printf(why, " %s%s × ", unit, unit_plural(unit, quantity));
	gac_buf_exact(why, unit_price);
	gac_buf_printf(why, " %s = ", r->currency);
	gac_buf_exact(why, cost);
	gac_buf_printf(why, " %s", r->currency);
	if (net_why.len || net_why.failed) {  /* a failed derivation fails the line, never drops */
		gac_buf_puts(why, "; unit price = ");
		gac_buf_puts(why, gac_buf_text(why, &net_why));
	}
	if (e->skip_note) {
		gac_buf_printf(why, "; output_tokens from workloads.*.output_tokens skipped here: %s is an embedding "
		                    "model, which produces no output tokens", e->skip_note->id);
		e->skip_note = NULL;
	}
	gac_buf_free(&net_why);
	line_store *o = &r->owned[r->count];
	o->workload = gac_strdup(workload);
	o->model = gac_strdup(model);
	o->component = gac_strdup(component);
	o->unit = gac_strdup(unit);
	o->formula = gac_buf_take(why);
	o->kind = kind;
	if (!o->workload || !o->model || !o->component || !o->unit || !o->formula) {
		free(o->workload);
		free(o->model);
		free(o->component);
		free(o->unit);
		free(o->formula);
		return gac_fail(e->err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	r->lines[r->count] = (gac_line){
		.workload = o->workload, .model = o->model, .component = o->component,
		.quantity = quantity, .unit = o->unit, .unit_price = unit_price, .cost = cost,
		.formula = o->formula, .list_price = list,
	};
	r->count++;
	if (e->plan) {
		gac_plan_line(e->plan, e->plan_q, unit_price, list);
		e->plan_q = -1;
	}
	return GAC_OK;
}

gac_result *gac_result_blank(const char *currency, const char *region, double hours)
{
	gac_result *r = gac_calloc(1, sizeof *r);
	if (!r)
		return NULL;
	r->currency = gac_strdup(currency);
	r->region = gac_strdup(region ? region : "");
	r->hours = hours;
	r->topology = (gac_topology_info){"unknown", 0, 0, NAN, NAN};
	if (!r->currency || !r->region) {
		gac_result_free(r);
		return NULL;
	}
	return r;
}

gac_status gac_result_push(gac_result *r, const gac_line *l)
{
	/* a report written before billed money and risk were kept apart
	 * listed the expected outage cost as a line: it is a risk, not a bill */
	if (l->unit && !strcmp(l->unit, "downtime hour")) {
		r->outage += l->cost;
		return GAC_OK;
	}
	if (r->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		gac_line *nl = gac_realloc(r->lines, cap * sizeof *nl);
		if (!nl)
			return GAC_ENOMEM;
		r->lines = nl;
		line_store *o = gac_realloc(r->owned, cap * sizeof *o);
		if (!o)
			return GAC_ENOMEM;
		r->owned = o;
		r->cap = cap;
	}
	line_store *o = &r->owned[r->count];
	*o = (line_store){gac_strdup(l->workload), gac_strdup(l->model), gac_strdup(l->component),
	                  gac_strdup(l->unit), gac_strdup(l->formula ? l->formula : ""), NULL};
	if (!o->workload || !o->model || !o->component || !o->unit || !o->formula) {
		free(o->workload);
		free(o->model);
		free(o->component);
		free(o->unit);
		free(o->formula);
		return GAC_ENOMEM;
	}
	gac_line *n = &r->lines[r->count++];
	*n = *l;
	n->workload = o->workload;
	n->model = o->model;
	n->component = o->component;
	n->unit = o->unit;
	n->formula = o->formula;
	r->total += l->cost;
	r->list_total += l->quantity * l->list_price;
	return GAC_OK;
}

void gac_line_one_time(engine *e, double amount, double every_months)
{
	gac_line *l = &e->r->lines[e->r->count - 1];
	/* the amount at list prices, billed at the line's net price */
	if (l->list_price != 0 && l->unit_price != l->list_price)
		amount *= l->unit_price / l->list_price;
	l->one_time = amount;
	l->every_months = every_months;
}

gac_status gac_result_tco(double *cumulative, size_t months, const gac_result *r)
{
	if (!cumulative || !r)
		return GAC_EARG;
	double sum = 0;
	for (size_t m = 0; m < months; m++) {
		double month = 0;
		for (size_t i = 0; i < r->count; i++) {
			const gac_line *l = &r->lines[i];
			if (l->one_time == 0)
				month += l->cost;
			else if (m == 0 || (l->every_months > 0 && fmod((double)m, l->every_months) == 0))
				month += l->one_time;
		}
		sum += month;
		cumulative[m] = sum;
	}
	/* every month is finite, their sum over many months need not be */
	return isfinite(sum) ? GAC_OK : GAC_ERANGE;
}

double gac_result_owed_after(const gac_result *r, size_t months)
{
	double owed = 0;
	for (size_t i = 0; r && i < r->pt_count; i++) {
		/* bought in month 1 and renewed each term to run through `months` */
		double term = r->pt[i].term_months;
		if (term > 0)
			owed += r->pt[i].monthly_cost * (ceil((double)months / term) * term - (double)months);
	}
	return owed;
}

const char *gac_price_name(int k)
{
	return gac_dimensions[k].label;
}

gac_status gac_no_price(engine *e, const gac_workload *w, const gac_model *m, const char *what)
{
	return gac_fail(e->err, GAC_ENOPRICE, e->s->path, w->line, w->col,
	                "workload '%s': the price sheet has no %s price for %s in %s", w->name, what,
	                m->id, e->s->region);
}

/* A rate card without the price a workload needs: name what the model
 * has, so the user can choose. */
static gac_status no_variant_price(engine *e, const gac_workload *w, const gac_model *m, const gac_prices *p,
                                   int var, int k, const char *tier_of)
{
	gac_buf has = {0};
	bool tier = var == GAC_VAR_PRIORITY || var == GAC_VAR_FLEX;
	if (tier) {
		gac_buf_puts(&has, "standard");
		if (p->var[GAC_VAR_PRIORITY].has)
			gac_buf_puts(&has, ", priority");
		if (p->var[GAC_VAR_FLEX].has)
			gac_buf_puts(&has, ", flex");
	}
	gac_status st = gac_fail(e->err, GAC_ENOPRICE, e->s->path, w->line, w->col,
	                         "workload '%s': the price sheet has no %s price%s%s%s for %s in %s%s%s%s", w->name,
	                         gac_variants[var].label, k >= 0 ? " for " : "", tier_of, k >= 0 ? gac_price_name(k) : "",
	                         m->id, e->s->region, tier ? " (its tiers: " : "",
	                         tier ? (has.data ? has.data : "standard") : "", tier ? ")" : "");
	gac_buf_free(&has);
	return st;
}

/* Text for how many requests reach the model: "R requests × (1 − h) ..." */
void gac_describe_requests(gac_buf *b, const gac_scenario *s, const gac_workload *w)
{
	double days = s->g[GAC_G_HOURS_PER_MONTH] / 24.0;
	if (w->set & (1u << GAC_W_REQUESTS_PER_DAY)) {
		gac_buf_exact(b, w->v[GAC_W_REQUESTS_PER_DAY]);
		gac_buf_puts(b, " requests/day × ");
		gac_buf_exact(b, days);
		gac_buf_puts(b, " days");
	} else if (w->set & (1u << GAC_W_REQUESTS_PER_SECOND)) {
		gac_buf_exact(b, w->v[GAC_W_REQUESTS_PER_SECOND]);
		gac_buf_puts(b, " requests/s × 3600 s × ");
		gac_buf_exact(b, w->v[GAC_W_ACTIVE_HOURS_PER_DAY]);
		gac_buf_puts(b, " active h/day × ");
		gac_buf_exact(b, days);
		gac_buf_puts(b, " days");
	} else {
		gac_buf_exact(b, w->v[GAC_W_REQUESTS_PER_MONTH]);
		gac_buf_puts(b, w->v[GAC_W_REQUESTS_PER_MONTH] == 1 ? " request" : " requests");
	}
	double h = w->v[GAC_W_RESPONSE_CACHE_HIT_RATE];
	if (h > 0) {
		gac_buf_puts(b, " × (1 − ");
		gac_buf_exact(b, h);
		gac_buf_puts(b, " response-cache hits)");
	}
}

typedef struct token_class {
	int price;              /* gac_price of the real-time price */
	const char *component;
	double per_request;
} token_class;

/* The rate card a workload's real-time tokens are priced on: a variant
 * block of the sheet (GAC_VAR_*) or -1 for the entry's own prices.  A
 * service tier beyond standard and latency-optimized inference are rate
 * cards of their own; a global profile pays the global rate where the
 * sheet lists one. */
static gac_status rate_card(int *out, engine *e, const gac_workload *w, const gac_model *m, const gac_prices *p)
{
	int tier = (int)w->v[GAC_W_SERVICE_TIER], inf = (int)w->v[GAC_W_INFERENCE];
	*out = -1;
	if (tier != 0 && inf == 2)
		return gac_fail(e->err, GAC_EVALUE, e->s->path, w->line, w->col,
		                "workload '%s': service_tier %s and inference: latency-optimized are separate "
		                "rate cards; AWS prices latency-optimized inference on the standard tier only",
		                w->name, tier == 1 ? "priority" : "flex");
	if (tier != 0)
		*out = tier == 1 ? GAC_VAR_PRIORITY : GAC_VAR_FLEX;
	else if (inf == 2)
		*out = GAC_VAR_LATENCY;
	else if (inf == 1 || w->profile == GAC_PROFILE_GLOBAL)
		*out = GAC_VAR_GLOBAL;
	if (*out >= 0 && !gac_variants[*out].fallback && !p->var[*out].has)
		return no_variant_price(e, w, m, p, *out, -1, "");
	return GAC_OK;
}

/* --explain: the cache fractions a batch input line does not read, and
 * why: prompt caching does not apply to batch inference, so every input
 * token of a batch request pays the batch input price; the fractions
 * price the real-time requests (none when every request is batch). */
static void batch_cache_note(gac_buf *b, const gac_workload *w, bool realtime)
{
	static const struct { int f; const char *key; } cache[] = {
		{GAC_W_CACHE_READ_FRACTION, "cache_read_fraction"},
		{GAC_W_CACHE_WRITE_FRACTION, "cache_write_fraction"},
		{GAC_W_CACHE_WRITE_1H_FRACTION, "cache_write_1h_fraction"},
	};
	size_t n = 0, given = 0;
	for (size_t i = 0; i < sizeof cache / sizeof *cache; i++)
		given += w->v[cache[i].f] > 0;
	for (size_t i = 0; i < sizeof cache / sizeof *cache; i++) {
		if (!(w->v[cache[i].f] > 0))
			continue;
		gac_buf_puts(b, n == 0 ? " (prompt caching does not apply to batch: every input token pays the batch "
		                         "input price; "
		                : n + 1 == given ? " and " : ", ");
		gac_buf_exact(b, w->v[cache[i].f]);
		gac_buf_printf(b, " %s", cache[i].key);
		n++;
	}
	if (n)
		gac_buf_puts(b, realtime ? " price the real-time requests only)" : " price no request: all are batch)");
}

/* n_served, n_batch: the plan's nodes for served and batch_share (-1 when
 * not compiling) */
static gac_status price_tokens(engine *e, const gac_workload *w, const gac_model *m,
                               const gac_prices *p, double served, double batch_share, bool provisioned,
                               int n_served, int n_batch)
{
	const gac_scenario *s = e->s;
	gac_status st;
	/* output tokens a pattern gave an embedding model: skipped */
	bool skip_out = gac_field_skipped(w, GAC_W_OUTPUT_TOKENS, m);
	double I = w->v[GAC_W_INPUT_TOKENS], O = skip_out ? 0 : w->v[GAC_W_OUTPUT_TOKENS];
	double cr = w->v[GAC_W_CACHE_READ_FRACTION], cw = w->v[GAC_W_CACHE_WRITE_FRACTION];
	double cw1h = w->v[GAC_W_CACHE_WRITE_1H_FRACTION];
	if (cr + cw + cw1h > 1)
		return gac_fail(e->err, GAC_EVALUE, s->path, w->line, w->col,
		                cw1h > 0 ? "workload '%s': cache_read_fraction + cache_write_fraction + "
		                           "cache_write_1h_fraction is %g, above 1"
		                         : "workload '%s': cache_read_fraction + cache_write_fraction is %g, above 1",
		                w->name, cr + cw + cw1h);
	/* the plan: the same numbers as formulas, each branch below a guard */
	int nI = PN_SLOT(e, &w->v[GAC_W_INPUT_TOKENS]);
	int nO = skip_out ? PN_CONST(e, 0.0) : PN_SLOT(e, &w->v[GAC_W_OUTPUT_TOKENS]);
	int ncr = PN_SLOT(e, &w->v[GAC_W_CACHE_READ_FRACTION]), ncw = PN_SLOT(e, &w->v[GAC_W_CACHE_WRITE_FRACTION]);
	int ncw1h = PN_SLOT(e, &w->v[GAC_W_CACHE_WRITE_1H_FRACTION]), one = PN_CONST(e, 1.0);
	PN_GUARD(e, PN_OP(e, ADD, PN_OP(e, ADD, ncr, ncw), ncw1h), GT, 1.0, false);
	int var = -1;
	const char *unit = m->per == 1e6 ? "1M tokens" : "1K tokens";
	double rt_share = 1.0 - batch_share;
	int nrt = PN_OP(e, SUB, one, n_batch), nL = PN_CONST(e, 0.0);
	/* long-context share: given, or all requests when the mean input is over the threshold */
	double L = 0;
	if (m->has_lc) {
		if (w->set & (1u << GAC_W_LONG_CONTEXT_FRACTION)) {
			L = w->v[GAC_W_LONG_CONTEXT_FRACTION];
			nL = PN_SLOT(e, &w->v[GAC_W_LONG_CONTEXT_FRACTION]);
		} else {
			L = I > m->lc.threshold ? 1.0 : 0.0;
			PN_GUARD(e, nI, GT, m->lc.threshold, L > 0);
			nL = PN_CONST(e, L);
			if (L > 0)
				PN_NOTE(e, nL, "long-context share");  /* the input is over the threshold */
		}
	}
	bool whole = m->has_lc && !m->lc.marginal;
	/* the uncached share: 0.7 + 0.3 cached leaves 1 - 0.7 - 0.3 =
	 * 5.6e-17 in binary, which is nothing, not 1.2e-10 tokens to bill */
	double uncached = 1.0 - cr - cw - cw1h;
	int nunc = PN_OP(e, SUB, PN_OP(e, SUB, PN_OP(e, SUB, one, ncr), ncw), ncw1h);
	PN_GUARD(e, PN_OP(e, FABS, nunc, -1), LT, 1e-9, fabs(uncached) < 1e-9);
	if (fabs(uncached) < 1e-9) {
		uncached = 0;
		nunc = PN_CONST(e, 0.0);
	}
	const int npr[] = {PN_OP(e, MUL, nI, nunc), PN_OP(e, MUL, nI, ncw), PN_OP(e, MUL, nI, ncw1h),
	                   PN_OP(e, MUL, nI, ncr), nO};
	const token_class classes[] = {
		{GAC_DIM_INPUT, "input tokens", I * uncached},
		{GAC_DIM_CACHE_WRITE, "cache write tokens", I * cw},
		{GAC_DIM_CACHE_WRITE_1H, "1-hour cache write tokens", I * cw1h},
		{GAC_DIM_CACHE_READ, "cache read tokens", I * cr},
		{GAC_DIM_OUTPUT, "output tokens", O},
	};
	/* provisioned: its units are priced (and recorded) by capacity.c */
	if (!provisioned)
		PN_GUARD(e, nrt, GT, 0.0, rt_share > 0);
	if (!provisioned && rt_share > 0) {
		if ((st = rate_card(&var, e, w, m, p)) != GAC_OK)
			return st;
		for (size_t c = 0; c < sizeof classes / sizeof *classes; c++) {
			const token_class *tc = &classes[c];
			PN_GUARD(e, npr[c], GT, 0.0, !(tc->per_request <= 0));
			if (tc->per_request <= 0)
				continue;
			/* normal and (whole-request) long-context parts */
			for (int part = 0; part < 2; part++) {
				double share = part == 0 ? (whole ? 1.0 - L : 1.0) : (whole ? L : 0.0);
				int nshare = part == 0 ? (whole ? PN_OP(e, SUB, one, nL) : one) : (whole ? nL : PN_CONST(e, 0.0));
				PN_GUARD(e, nshare, GT, 0.0, !(share <= 0));
				if (share <= 0)
					continue;
				double price;
				const char *source = "";
				int k = tc->price, card = 0;  /* the rate card, for overrides */
				if (part == 1 && var >= 0 && (m->lc.var[var].has & (1u << k))) {
					price = m->lc.var[var].v[k];
					source = var == GAC_VAR_GLOBAL ? " (long-context global cross-region rate)"
					         : " (long-context rate of the rate card)";
					card = 1;
				} else if (part == 1 && var >= 0 && !gac_variants[var].fallback && m->lc.has) {
					/* a tier's long-context price is not the standard one */
					return no_variant_price(e, w, m, p, var, k, "long-context ");
				} else if (part == 1 && (m->lc.has & (1u << k))) {
					price = m->lc.v[k];
					source = " (long-context rate)";
					card = 1;
				} else if (var >= 0 && (p->var[var].has & (1u << k))) {
					price = p->var[var].v[k];
					source = gac_variants[var].rate;
					card = 2 + var;
				} else if (var >= 0 && !gac_variants[var].fallback) {
					return no_variant_price(e, w, m, p, var, k, "");
				} else if (p->has & (1u << k)) {
					price = p->v[k];
				} else {
					return gac_no_price(e, w, m, gac_price_name(k));
				}
				gac_buf b = GAC_WHY(e);
				double reqs = served * rt_share * share;
				double tokens = reqs * tc->per_request;
				/* the arithmetic is the plan's (gac_plan_render); the rate's
				 * source is a note after it */
				if (e->plan) {
					int nt = PN_OP(e, MUL, PN_OP(e, MUL, PN_OP(e, MUL, n_served, nrt), nshare), npr[c]);
					PN_NOTE(e, nt, "tokens");
					e->plan_q = PN_OP(e, DIV, nt, PN_CONST(e, m->per));
				}
				if (!e->quiet) {
					e->plan_text = true;
					gac_buf_puts(&b, source);
					if (skip_out && c == 0)
						e->skip_note = m;
				}
				char comp[64];
				comp[0] = '\0';
				if (!e->quiet)
					gac_c_snprintf(comp, sizeof comp, "%s%s%s%s%s", part ? "long-context " : "", tc->component,
					               var > GAC_VAR_GLOBAL ? " (" : "", var > GAC_VAR_GLOBAL ? gac_variants[var].label : "",
					               var > GAC_VAR_GLOBAL ? ")" : "");
				if ((st = gac_add_line(e, w->name, m->id, comp, tokens / m->per, unit, gac_overrides_kind(k, card), price,
				                       &b)) != GAC_OK)
					return st;
			}
		}
		/* marginal tiers: only the input tokens above the threshold pay the premium */
		if (m->has_lc && m->lc.marginal) {
			PN_GUARD(e, nL, GT, 0.0, L > 0);
			if (L > 0)
				PN_GUARD(e, nI, GT, m->lc.threshold, I > m->lc.threshold);
		}
		if (m->has_lc && m->lc.marginal && L > 0 && I > m->lc.threshold &&
		    (m->lc.has & (1u << GAC_DIM_INPUT)) && (p->has & (1u << GAC_DIM_INPUT))) {
			/* the premium is over the input rate this workload pays */
			double base_in = var >= 0 && (p->var[var].has & (1u << GAC_DIM_INPUT))
			                     ? p->var[var].v[GAC_DIM_INPUT] : p->v[GAC_DIM_INPUT];
			double lc_in = var >= 0 && (m->lc.var[var].has & (1u << GAC_DIM_INPUT))
			                   ? m->lc.var[var].v[GAC_DIM_INPUT] : m->lc.v[GAC_DIM_INPUT];
			double premium = lc_in - base_in;
			if (premium < 0)
				return gac_fail(e->err, GAC_EVALUE, s->path, w->line, w->col,
				                "workload '%s': %s's long-context input rate is below the input "
				                "rate it pays in %s; a marginal tier must cost more", w->name,
				                m->id, s->region);
			double tokens = served * rt_share * L * (I - m->lc.threshold);
			if (e->plan) {
				int thr = PN_CONST(e, m->lc.threshold);
				PN_NOTE(e, thr, "threshold");
				int nt = PN_OP(e, MUL, PN_OP(e, MUL, PN_OP(e, MUL, n_served, nrt), nL), PN_OP(e, SUB, nI, thr));
				PN_NOTE(e, nt, "tokens");
				e->plan_q = PN_OP(e, DIV, nt, PN_CONST(e, m->per));
			}
			gac_buf b = GAC_WHY(e);
			if (!e->quiet) {
				e->plan_text = true;
				gac_buf_puts(&b, " (premium = long-context − base input rate)");
			}
			if ((st = gac_add_line(e, w->name, m->id, "long-context input premium", tokens / m->per, unit,
			                   "input_long_context", premium, &b)) != GAC_OK)
				return st;
		}
	}
	PN_GUARD(e, n_batch, GT, 0.0, batch_share > 0);
	if (batch_share > 0) {
		for (int k = GAC_DIM_BATCH_INPUT; k <= GAC_DIM_BATCH_OUTPUT; k++) {
			double per_req = k == GAC_DIM_BATCH_INPUT ? I : O;
			int nper = k == GAC_DIM_BATCH_INPUT ? nI : nO;
			PN_GUARD(e, nper, GT, 0.0, !(per_req <= 0));
			if (per_req <= 0)
				continue;
			if (!(p->has & (1u << k)))
				return gac_no_price(e, w, m, gac_price_name(k));
			gac_buf b = GAC_WHY(e);
			double tokens = served * batch_share * per_req;
			if (e->plan) {
				int nt = PN_OP(e, MUL, PN_OP(e, MUL, n_served, n_batch), nper);
				PN_NOTE(e, nt, "tokens");
				e->plan_q = PN_OP(e, DIV, nt, PN_CONST(e, m->per));
			}
			if (!e->quiet) {
				e->plan_text = true;
				if (m->has_batch_discount && !(m->base.has & (1u << k)))
					gac_buf_puts(&b, " (batch price = on-demand × (1 − batch_discount))");
				if (k == GAC_DIM_BATCH_INPUT)
					batch_cache_note(&b, w, rt_share > 0);
			}
			if ((st = gac_add_line(e, w->name, m->id,
			                   k == GAC_DIM_BATCH_INPUT ? "batch input tokens" : "batch output tokens",
			                   tokens / m->per, unit, gac_dimensions[k].key, p->v[k], &b)) != GAC_OK)
				return st;
		}
	}
	return GAC_OK;
}

static gac_status price_images(engine *e, const gac_workload *w, const gac_model *m,
                               const gac_prices *p, double served, int n_served)
{
	double size = w->v[GAC_W_IMAGE_SIZE], steps = w->v[GAC_W_IMAGE_STEPS];
	int premium = w->v[GAC_W_IMAGE_QUALITY] == 1;
	const gac_image_price *best = NULL;
	for (size_t i = 0; i < p->image_count; i++) {
		const gac_image_price *ip = &p->images[i];
		if (ip->premium != premium || ip->max_size < size)
			continue;
		if (ip->max_steps > 0 && ip->max_steps < steps)
			continue;
		if (!best || ip->max_size < best->max_size ||
		    (ip->max_size == best->max_size && ip->max_steps > 0 &&
		     (best->max_steps == 0 || ip->max_steps < best->max_steps)))
			best = ip;
	}
	if (!best) {
		char what[128];
		gac_c_snprintf(what, sizeof what, "%s image of %g px at %g steps", premium ? "premium" : "standard",
		               size, steps);
		return gac_no_price(e, w, m, what);
	}
	double images = served * w->v[GAC_W_IMAGES_PER_REQUEST];
	if (e->plan)
		e->plan_q = PN_OP(e, MUL, n_served, PN_SLOT(e, &w->v[GAC_W_IMAGES_PER_REQUEST]));
	gac_buf b = GAC_WHY(e);
	e->plan_text = !e->quiet;
	gac_buf_printf(&b, " (%s, up to ", premium ? "premium" : "standard");
	gac_buf_exact(&b, best->max_size);
	gac_buf_puts(&b, " px");
	if (best->max_steps > 0) {
		gac_buf_puts(&b, ", up to ");
		gac_buf_exact(&b, best->max_steps);
		gac_buf_puts(&b, " steps");
	}
	gac_buf_puts(&b, ")");
	return gac_add_line(e, w->name, m->id, "images", images, "image", "images", best->price, &b);
}

/* Whether any model of the sheet is offered in the scenario's region; if
 * none is, the region is what is wrong: an error at the region: value (or
 * the workload, for a region from --set) naming the nearest region the
 * sheet has.  Only on the way to an error: it walks every model. */
static bool region_known(engine *e, const gac_workload *w, gac_status *st)
{
	const gac_scenario *s = e->s;
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < e->sheet->model_count; i++)
		for (size_t k = 0; k < e->sheet->models[i].region_count; k++) {
			const char *r = e->sheet->models[i].regions[k];
			size_t d = gac_edit_distance(s->region, r);
			if (d == 0)
				return true;
			if (d < best_d) {
				best_d = d;
				best = r;
			}
		}
	unsigned line = s->region_line ? s->region_line : w->line, col = s->region_line ? s->region_col : w->col;
	if (best && best_d <= 3)
		*st = gac_fail(e->err, GAC_EREGION, s->path, line, col,
		               "region '%s' is not in price sheet '%s' (did you mean '%s'?)", s->region,
		               e->sheet->name, best);
	else
		*st = gac_fail(e->err, GAC_EREGION, s->path, line, col,
		               "region '%s' is not in price sheet '%s' (see 'genaicost models' for the regions it prices)",
		               s->region, e->sheet->name);
	return false;
}

const gac_model *gac_find_model(engine *e, const gac_workload *w, gac_status *st)
{
	const char *id = w->model;
	const gac_entry *c = gac_workload_custom(e, w, st);
	if (*st != GAC_OK)
		return NULL;
	if (c) {
		/* a fine-tuned model is served as its base model */
		id = c->text[GAC_CT_BASE_MODEL];
		if (!id) {
			*st = gac_fail(e->err, GAC_ESCHEMA, e->s->path, c->line, c->col,
			               "customization '%s' needs base_model for workload '%s' to run on",
			               c->name, w->name);
			return NULL;
		}
	}
	const gac_model *m = gac_sheet_lookup(e->sheet, id);
	/* errors point at the model: value, or at the workload where the model
	 * came from --set */
	unsigned mline = w->mline ? w->mline : w->line, mcol = w->mline ? w->mcol : w->col;
	const char *base, *prefix, *from;
	if (!m && !c && gac_profile_split(id, &base, &prefix) != GAC_PROFILE_NONE &&
	    (m = gac_sheet_lookup(e->sheet, base)) && !gac_profile_serves(prefix, e->s->region, &from)) {
		/* an inference profile is called from a region of its geography */
		gac_buf b = GAC_WHY(e);
		if (!strchr(from, ' '))
			gac_buf_printf(&b, "the %s* regions", from);
		for (const char *q = from; strchr(from, ' ') && *q;) {
			size_t len = strcspn(q, " ");
			gac_buf_printf(&b, "%s%.*s", q == from ? "" : " or ", (int)len, q);
			q += len + (q[len] == ' ');
		}
		*st = gac_fail(e->err, GAC_EREGION, e->s->path, mline, mcol,
		               "workload '%s': the '%s' inference profile is called from %s, not from %s", w->name,
		               prefix, b.data && !b.failed ? b.data : from, e->s->region);
		gac_buf_free(&b);
		return NULL;
	}
	if (m) {
		if (!gac_model_in_region(m, e->s->region)) {
			if (!region_known(e, w, st))
				return NULL;
			gac_buf regions = GAC_WHY(e);
			for (size_t i = 0; i < m->region_count; i++)
				gac_buf_printf(&regions, "%s%s", i ? ", " : "", m->regions[i]);
			*st = gac_fail(e->err, GAC_EREGION, e->s->path, mline, mcol,
			               "workload '%s': %s is not offered in '%s' (sheet lists: %s)", w->name,
			               m->id, e->s->region, regions.data && !regions.failed ? regions.data : "?");
			gac_buf_free(&regions);
			return NULL;
		}
		return m;
	}
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < e->sheet->model_count; i++) {
		size_t d = gac_edit_distance(id, e->sheet->models[i].id);
		if (d < best_d) {
			best_d = d;
			best = e->sheet->models[i].id;
		}
	}
	if (best && best_d <= 6)
		*st = gac_fail(e->err, GAC_EMODEL, e->s->path, mline, mcol,
		               "workload '%s': unknown model '%s' in price sheet '%s' (did you mean '%s'?)",
		               w->name, id, e->sheet->name, best);
	else
		*st = gac_fail(e->err, GAC_EMODEL, e->s->path, mline, mcol,
		               "workload '%s': unknown model '%s' in price sheet '%s' (see 'genaicost models')",
		               w->name, id, e->sheet->name);
	return NULL;
}

/* Minutes a workload is active in the month: its active hours a day over
 * hours_per_month / 24 days. */
static gac_status check_deployment(engine *e)
{
	static const char *const modes[] = {"on-demand", "batch", "provisioned", "reserved"};
	const gac_scenario *s = e->s;
	int mode = (int)s->g[GAC_G_MODE];
	if (mode != GAC_MODE_PROVISIONED && s->g[GAC_G_COMMITMENT] != GAC_COMMIT_NONE)
		return gac_fail(e->err, GAC_EVALUE, s->path, s->gline[GAC_G_COMMITMENT], s->gcol[GAC_G_COMMITMENT],
		                "deployment.commitment is %s but deployment.mode is %s: commitment terms "
		                "apply only to provisioned throughput%s",
		                s->g[GAC_G_COMMITMENT] == GAC_COMMIT_1_MONTH ? "1-month" : "6-month", modes[mode],
		                mode == GAC_MODE_RESERVED ? " (the Reserved tier's is deployment.term)" : "");
	/* the Reserved tier's own fields, set where they would be ignored */
	static const struct { int g, d; const char *key; } rfields[] = {
		{GAC_G_TERM, GAC_D_TERM, "deployment.term"},
		{GAC_G_RESERVED_IN_TPM, GAC_D_RESERVED_IN_TPM, "deployment.input_tokens_per_minute"},
		{GAC_G_RESERVED_OUT_TPM, GAC_D_RESERVED_OUT_TPM, "deployment.output_tokens_per_minute"},
	};
	for (size_t f = 0; f < sizeof rfields / sizeof *rfields; f++) {
		bool used = mode == GAC_MODE_RESERVED;
		for (size_t i = 0; !used && i < s->workload_count; i++)
			used = gac_deploy(s, &s->workloads[i], GAC_D_MODE) == GAC_MODE_RESERVED &&
			       !(s->workloads[i].set & ((uint64_t)1 << (GAC_W_DEPLOY + rfields[f].d)));
		if (!used && (s->gset & ((uint64_t)1 << rfields[f].g)))
			return gac_fail(e->err, GAC_EVALUE, s->path, s->gline[rfields[f].g], s->gcol[rfields[f].g],
			                "%s is the Reserved tier's, but deployment.mode is %s: set deployment.mode: "
			                "reserved%s", rfields[f].key, modes[mode],
			                f == 0 ? ", or deployment.commitment for provisioned throughput" : "");
	}
	if (mode == GAC_MODE_RESERVED && (s->gset & ((uint64_t)1 << GAC_G_OVERFLOW)) &&
	    s->g[GAC_G_OVERFLOW] != GAC_OVERFLOW_ON_DEMAND)
		return gac_fail(e->err, GAC_EVALUE, s->path, s->gline[GAC_G_OVERFLOW], s->gcol[GAC_G_OVERFLOW],
		                "deployment.overflow is throttle, but the Reserved tier sends the load above the "
		                "reservation to the Standard tier by itself (AWS); overflow applies to "
		                "provisioned throughput");
	for (size_t i = 0; i < s->workload_count; i++) {
		const gac_workload *w = &s->workloads[i];
		int wmode = (int)gac_deploy(s, w, GAC_D_MODE);
		/* a workload's own commitment needs its own provisioned mode; one
		 * it inherits is the scenario's provisioned throughput's */
		if (wmode != GAC_MODE_PROVISIONED && (w->set & ((uint64_t)1 << (GAC_W_DEPLOY + GAC_D_COMMITMENT))) &&
		    w->v[GAC_W_DEPLOY + GAC_D_COMMITMENT] != GAC_COMMIT_NONE) {
			unsigned line, col;
			gac_deploy_where(s, w, GAC_D_COMMITMENT, &line, &col);
			return gac_fail(e->err, GAC_EVALUE, s->path, line, col,
			                "workload '%s': deployment.commitment is %s but its deployment.mode is %s: "
			                "commitment terms apply only to provisioned throughput", w->name,
			                w->v[GAC_W_DEPLOY + GAC_D_COMMITMENT] == GAC_COMMIT_1_MONTH ? "1-month" : "6-month",
			                modes[wmode]);
		}
		for (size_t f = 0; f < sizeof rfields / sizeof *rfields; f++)
			if (wmode != GAC_MODE_RESERVED && (w->set & ((uint64_t)1 << (GAC_W_DEPLOY + rfields[f].d)))) {
				unsigned line, col;
				gac_deploy_where(s, w, rfields[f].d, &line, &col);
				return gac_fail(e->err, GAC_EVALUE, s->path, line, col,
				                "workload '%s': %s is the Reserved tier's, but its deployment.mode is %s",
				                w->name, rfields[f].key, modes[wmode]);
			}
		/* a tier prices on-demand requests; units and reservations have none */
		if ((wmode == GAC_MODE_PROVISIONED || wmode == GAC_MODE_RESERVED) && w->v[GAC_W_SERVICE_TIER] != 0) {
			unsigned line = w->fline[GAC_W_SERVICE_TIER], col = w->fcol[GAC_W_SERVICE_TIER];
			if (!line) {
				line = w->line;
				col = w->col;
			}
			return gac_fail(e->err, GAC_EVALUE, s->path, line, col,
			                "workload '%s': service_tier %s prices on-demand requests, but its "
			                "deployment.mode is %s; set service_tier: standard, or deployment.mode: "
			                "on-demand", w->name, w->v[GAC_W_SERVICE_TIER] == 1 ? "priority" : "flex",
			                modes[wmode]);
		}
		if ((wmode == GAC_MODE_PROVISIONED || wmode == GAC_MODE_RESERVED) && w->v[GAC_W_BATCH_FRACTION] > 0) {
			/* at the workload's own mode when it gives one */
			unsigned line = w->line, col = w->col;
			if (w->set & ((uint64_t)1 << (GAC_W_DEPLOY + GAC_D_MODE)))
				gac_deploy_where(s, w, GAC_D_MODE, &line, &col);
			return gac_fail(e->err, GAC_EVALUE, s->path, line, col,
			                wmode == GAC_MODE_PROVISIONED
			                    ? "workload '%s': batch_fraction is %g but deployment.mode is "
			                      "provisioned: batch inference does not run on provisioned "
			                      "throughput; set batch_fraction: 0 or price batch in an option"
			                    : "workload '%s': batch_fraction is %g but deployment.mode is "
			                      "reserved: batch inference does not run on the Reserved tier; set "
			                      "batch_fraction: 0 or price batch in an option",
			                w->name, w->v[GAC_W_BATCH_FRACTION]);
		}
	}
	return GAC_OK;
}

/* The plan's formula for the requests a workload's model serves: its
 * rate in requests a month (gac_workload_requests, operation for
 * operation) × (1 − response-cache hit rate). */
int gac_plan_served(engine *e, const gac_workload *w)
{
	if (!e->plan)
		return -1;
	const gac_scenario *s = e->s;
	int r;
	if (w->set & (1u << GAC_W_REQUESTS_PER_DAY) || w->set & (1u << GAC_W_REQUESTS_PER_SECOND)) {
		int days = PN_OP(e, DIV, PN_SLOT(e, &s->g[GAC_G_HOURS_PER_MONTH]), PN_CONST(e, 24.0));
		PN_NOTE(e, days, "days");
		if (w->set & (1u << GAC_W_REQUESTS_PER_DAY))
			r = PN_OP(e, MUL, PN_SLOT(e, &w->v[GAC_W_REQUESTS_PER_DAY]), days);
		else
			r = PN_OP(e, MUL, PN_OP(e, MUL, PN_OP(e, MUL, PN_SLOT(e, &w->v[GAC_W_REQUESTS_PER_SECOND]),
			                                                   PN_CONST(e, 3600.0)),
			                               PN_SLOT(e, &w->v[GAC_W_ACTIVE_HOURS_PER_DAY])),
			          days);
	} else {
		r = PN_SLOT(e, &w->v[GAC_W_REQUESTS_PER_MONTH]);
	}
	return PN_OP(e, MUL, r, PN_OP(e, SUB, PN_CONST(e, 1.0), PN_SLOT(e, &w->v[GAC_W_RESPONSE_CACHE_HIT_RATE])));
}

static gac_status run(engine *e)
{
	const gac_scenario *s = e->s;
	gac_status st;
	if (s->workload_count == 0)
		return gac_fail(e->err, GAC_ESCHEMA, s->path, 0, 0, "the scenario has no workloads");
	bool any_provisioned = false, any_reserved = false;
	if ((st = check_deployment(e)) != GAC_OK || (st = gac_check_topology(e)) != GAC_OK)
		return st;
	e->ov = e->r->overrides = gac_overrides_active(&s->ov);
	if (e->ov && (st = gac_overrides_check(s, e->sheet, e->err)) != GAC_OK)
		return st;
	/* the workloads a pattern gave output_tokens, and those it was
	 * skipped on (gac_field_skipped): where it applies to none it is
	 * refused, at the first of them */
	size_t wild_out = 0, skipped_out = 0;
	const gac_workload *first_skip = NULL;
	const gac_model *first_model = NULL;
	for (size_t i = 0; i < s->workload_count; i++) {
		const gac_workload *w = &s->workloads[i];
		/* provisioned units are billed whatever the load: without a
		 * rate its load is unknown (price_provisioned says so) */
		if (!(w->set & GAC_W_RATE_BITS) && !gac_runs_provisioned(s, w) && !gac_runs_reserved(s, w))
			return gac_fail(e->err, GAC_ESCHEMA, s->path, w->line, w->col,
			                "workload '%s' has no request rate", w->name);
		/* a workspace keeps what was found by the last estimate of the
		 * same scenario: lookups by name are most of a quiet estimate */
		found_model *f = e->found ? &e->found[i] : &(found_model){0};
		const gac_entry *custom = f->custom;
		if (!f->model) {
			custom = gac_workload_custom(e, w, &st);
			if (st != GAC_OK)
				return st;
			/* the customization kind is a number an estimate may change */
			f->custom = custom;
		}
		/* imported and self-trained models are paid by the minute or the
		 * instance-hour, priced with their customization */
		if (custom && GAC_CUSTOM_OWN_SERVING((int)custom->v[GAC_C_KIND]))
			continue;
		/* the workload's own deployment, else the scenario's */
		int mode = (int)gac_deploy(s, w, GAC_D_MODE);
		any_provisioned = any_provisioned || mode == GAC_MODE_PROVISIONED;
		any_reserved = any_reserved || mode == GAC_MODE_RESERVED;
		const gac_model *m = f->model;
		if (!m) {
			if (!(m = gac_find_model(e, w, &st)))
				return st;
			gac_model_prices(&f->prices, m, s->region);
			f->model = m;
		}
		if ((st = gac_check_request(e, w, m)) != GAC_OK)
			return st;
		if (w->wild & (1u << GAC_W_OUTPUT_TOKENS)) {
			wild_out++;
			if (gac_field_skipped(w, GAC_W_OUTPUT_TOKENS, m) && skipped_out++ == 0) {
				first_skip = w;
				first_model = m;
			}
		}
		if (custom && mode != GAC_MODE_PROVISIONED && !m->serve_on_demand)
			return gac_fail(e->err, GAC_EVALUE, s->path, w->line, w->col,
			                "workload '%s' runs on customized %s, which is served only with "
			                "provisioned throughput (the sheet does not say serve_on_demand: true); "
			                "set deployment.mode: provisioned", w->name, m->id);
		const gac_prices *p = &f->prices;
		double served = gac_workload_requests(s, w) * (1.0 - w->v[GAC_W_RESPONSE_CACHE_HIT_RATE]);
		double batch = mode == GAC_MODE_BATCH ? 1.0 : w->v[GAC_W_BATCH_FRACTION];
		int n_served = gac_plan_served(e, w);
		int n_batch = mode == GAC_MODE_BATCH ? PN_CONST(e, 1.0) : PN_SLOT(e, &w->v[GAC_W_BATCH_FRACTION]);
		if (m->kind == GAC_KIND_IMAGE) {
			if (mode == GAC_MODE_RESERVED)
				return gac_fail(e->err, GAC_EVALUE, s->path, w->line, w->col,
				                "workload '%s': %s is an image model; the Reserved tier reserves tokens "
				                "per minute for text models", w->name, m->id);
			if (mode != GAC_MODE_PROVISIONED && (st = price_images(e, w, m, p, served, n_served)) != GAC_OK)
				return st;
			continue;
		}
		if ((st = price_tokens(e, w, m, p, served, batch,
		                       mode == GAC_MODE_PROVISIONED || mode == GAC_MODE_RESERVED, n_served, n_batch)) != GAC_OK)
			return st;
	}
	if (wild_out && skipped_out == wild_out) {
		/* where the pattern's value was written: a --set has no place */
		unsigned line = first_skip->fline[GAC_W_OUTPUT_TOKENS], col = first_skip->fcol[GAC_W_OUTPUT_TOKENS];
		/* a draw stores with no place: the uncertain: entry it came from */
		char path[320];
		gac_c_snprintf(path, sizeof path, "workloads.%s.output_tokens", first_skip->name);
		for (size_t i = 0; !line && i < s->uncertain_count; i++)
			if (strchr(s->uncertain[i].path, '*') && gac_path_match(s->uncertain[i].path, path)) {
				line = s->uncertain[i].line;
				col = s->uncertain[i].col;
			}
		return gac_fail(e->err, line ? GAC_ESCHEMA : GAC_EPARAM, line ? s->path : NULL, line, col,
		                "'workloads.*.output_tokens' applies to no workload of this scenario: %s it names "
		                "runs an embedding model (%s: %s), and embedding models produce no output tokens",
		                wild_out == 1 ? "the one workload" : "every workload",
		                first_skip->name, first_model->id);
	}
	if (any_provisioned && (st = gac_price_provisioned(e)) != GAC_OK)
		return st;
	if (any_reserved && (st = gac_price_reserved(e)) != GAC_OK)
		return st;
	if ((st = gac_price_customizations(e)) != GAC_OK || (st = gac_price_infrastructure(e)) != GAC_OK)
		return st;
	double total = 0, list = 0;
	for (size_t i = 0; i < e->r->count; i++) {
		total += e->r->lines[i].cost;
		list += e->r->lines[i].quantity * e->r->lines[i].list_price;
	}
	e->r->list_total = list;
	unsigned at_line = 0, at_col = 0;
	double v = 0;
	if (!isfinite(total) && gac_largest_input(s, NULL, &at_line, &at_col, &v))
		return gac_fail(e->err, GAC_ERANGE, s->path, at_line, at_col,
		                "the estimate overflows: its line items add up past the largest number; "
		                "an input is too large to price (the largest%s: '%.15g')",
		                at_line ? ", here" : ", given on the command line", v);
	if (!isfinite(total))
		return gac_fail(e->err, GAC_ERANGE, s->path, 0, 0,
		                "the estimate overflows: its line items add up past the largest number; "
		                "an input is too large to price");
	e->r->total = total;
	return GAC_OK;
}

static gac_status estimate(gac_result **out, const gac_scenario *s, const gac_sheet *sheet, gac_error *err,
                           bool quiet);

/* A workspace is a quiet result kept between estimates: its line arrays
 * grow once and are reused, so a loop of estimates allocates nothing. */
struct gac_workspace {
	gac_result r;
	/* the scenario and sheet the models were found for: a scenario's
	 * stamp changes with anything but a number, so values may change
	 * between estimates and what was found stays true */
	uint64_t scenario_stamp, sheet_stamp;
	found_model *found;
	size_t found_cap;
};

gac_status gac_workspace_new(gac_workspace **out)
{
	if (!out)
		return GAC_EARG;
	*out = gac_calloc(1, sizeof **out);
	if (*out)
		(*out)->r.under_needed = NAN;  /* no estimate yet: nothing under capacity */
	return *out ? GAC_OK : GAC_ENOMEM;
}

void gac_workspace_free(gac_workspace *ws)
{
	if (!ws)
		return;
	free(ws->r.lines);
	free(ws->r.owned);
	free(ws->found);
	free(ws);
}

gac_status gac_estimate_total_ws(double *total, const gac_scenario *s, const gac_sheet *sheet, gac_workspace *ws,
                                 gac_error *err)
{
	if (!total || !s || !sheet || !ws)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output, scenario, sheet or workspace");
	gac_result *r = &ws->r;
	/* quiet lines own no strings: resetting the count empties them */
	r->count = 0;
	r->total = 0;
	r->outage = 0;
	r->has_outage = false;
	r->pt_count = 0;
	r->under_needed = NAN;
	r->hours = s->g[GAC_G_HOURS_PER_MONTH];
	if (ws->scenario_stamp != s->stamp || ws->sheet_stamp != sheet->stamp || ws->found_cap < s->workload_count) {
		if (ws->found_cap < s->workload_count) {
			found_model *f = gac_realloc(ws->found, s->workload_count * sizeof *f);
			if (!f)
				return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
			ws->found = f;
			ws->found_cap = s->workload_count;
		}
		memset(ws->found, 0, ws->found_cap * sizeof *ws->found);
		ws->scenario_stamp = s->stamp;
		ws->sheet_stamp = sheet->stamp;
	}
	engine e = {.s = s, .sheet = sheet, .r = r, .err = err, .quiet = true, .found = ws->found};
	gac_status st = run(&e);
	if (st == GAC_OK)
		*total = r->total;
	return st;
}

double gac_workspace_outage(const gac_workspace *ws) { return ws ? ws->r.outage : 0.0; }

double gac_workspace_list_total(const gac_workspace *ws)
{
	return !ws ? 0.0 : ws->r.overrides ? ws->r.list_total : ws->r.total;
}

bool gac_scenario_has_overrides(const gac_scenario *s)
{
	return s && gac_overrides_active(&s->ov);
}

int gac_workspace_under_capacity(const gac_workspace *ws, double *units, double *needed)
{
	bool under = ws && !isnan(ws->r.under_needed);
	if (units)
		*units = under ? ws->r.under_units : NAN;
	if (needed)
		*needed = under ? ws->r.under_needed : NAN;
	return under;
}

gac_status gac_estimate_total(double *total, const gac_scenario *s, const gac_sheet *sheet, gac_error *err)
{
	if (!total)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output");
	gac_workspace *ws = NULL;
	if (gac_workspace_new(&ws) != GAC_OK)
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	gac_status st = gac_estimate_total_ws(total, s, sheet, ws, err);
	gac_workspace_free(ws);
	return st;
}

gac_status gac_estimate(gac_result **out, const gac_scenario *s, const gac_sheet *sheet, gac_error *err)
{
	return estimate(out, s, sheet, err, false);
}

static gac_status estimate(gac_result **out, const gac_scenario *s, const gac_sheet *sheet, gac_error *err,
                           bool quiet)
{
	if (!out || !s || !sheet)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output, scenario or sheet");
	*out = NULL;
	gac_error_clear(err);
	gac_result *r = gac_calloc(1, sizeof *r);
	if (!r || !(r->currency = gac_strdup(sheet->currency)) || !(r->region = gac_strdup(s->region))) {
		gac_result_free(r);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	r->hours = s->g[GAC_G_HOURS_PER_MONTH];
	r->under_needed = NAN;
	engine e = {.s = s, .sheet = sheet, .r = r, .err = err, .quiet = quiet, .plan_q = -1};
	/* an estimate that is read (not an analysis's quiet total) compiles
	 * the plan as it prices: its line formulas are the plan's, and the
	 * plan evaluated again must give the same total */
	if (!quiet && gac_plan_begin(&e.plan, s) != GAC_OK) {
		gac_result_free(r);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	gac_status st = run(&e);
	if (st == GAC_OK && e.plan) {
		if (gac_plan_finish(e.plan, r->overrides) != GAC_OK) {
			st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
		} else {
			double total = NAN, list = NAN;
			r->plan.lines = gac_plan_line_count(e.plan);
			r->plan.opaque = gac_plan_opaque_count(e.plan);
			r->plan.guards = gac_plan_guard_count(e.plan);
			r->plan.evaluated = gac_plan_ok(e.plan) && gac_plan_eval(e.plan, &total, &list);
			r->plan.total = total;
			if (r->plan.evaluated && total != r->total)
				st = gac_fail(err, GAC_ERANGE, s->path, 0, 0,
				              "the compiled plan gives %.17g, the engine %.17g (a defect: please report it)",
				              total, r->total);
		}
	}
	gac_plan_free(e.plan);
	if (st != GAC_OK) {
		gac_result_free(r);
		return st;
	}
	*out = r;
	return GAC_OK;
}

gac_status gac_plan_compile(gac_plan **out, const gac_scenario *s, const gac_sheet *sheet, gac_error *err)
{
	if (!out || !s || !sheet)
		return gac_fail(err, GAC_EARG, NULL, 0, 0, "no output, scenario or sheet");
	*out = NULL;
	gac_plan *p = NULL;
	gac_result *r = gac_calloc(1, sizeof *r);
	if (!r || gac_plan_begin(&p, s) != GAC_OK) {
		free(r);
		return gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	}
	r->hours = s->g[GAC_G_HOURS_PER_MONTH];
	r->under_needed = NAN;
	/* quiet, as the analyses price: the same lines, no text */
	engine e = {.s = s, .sheet = sheet, .r = r, .err = err, .quiet = true, .plan = p, .plan_q = -1};
	gac_status st = run(&e);
	bool ov = r->overrides;
	gac_result_free(r);
	if (st == GAC_OK && gac_plan_finish(p, ov) != GAC_OK)
		st = gac_fail(err, GAC_ENOMEM, NULL, 0, 0, "out of memory");
	if (st != GAC_OK) {
		gac_plan_free(p);
		return st;
	}
	*out = p;
	return GAC_OK;
}

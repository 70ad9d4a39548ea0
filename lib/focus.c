/* FOCUS export: an estimate as the rows of a FinOps FOCUS 1.2 cost and
 * usage dataset, one per line item per month, so it loads beside a bill.
 *
 * Semantics, also in genaicost(1) and libgenaicost(3):
 *  - BilledCost = EffectiveCost = ContractedCost = the line's cost,
 *    ContractedUnitPrice = its unit price, PricingQuantity its quantity;
 *    ListUnitPrice = its list price and ListCost = PricingQuantity × that
 *    when the scenario has pricing_overrides (negotiated prices), else
 *    the same as the contracted figures.
 *  - A one-time amount (training) is billed whole in the month it falls
 *    in, as gac_result_tco counts it: month 1, then every `every_months`;
 *    no row in the months between.
 *  - Committed provisioned throughput of known utilisation is split into a
 *    "Used" and an "Unused" row; the Unused cost is the line's cost less
 *    the Used cost, so the two add up to the line exactly.
 *  - SkuPriceDetails names the row's model, price kind and token type
 *    ({"x_Model": ..., "x_PriceKind": "input", "x_TokenType": ...}):
 *    what reconcile reads back to match the rows with an estimate.
 *  - Amounts no provider bills (the expected outage cost of a topology, a
 *    customization's staff and data-preparation one_time) have no row. */
#include "table.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const columns[] = {
	"BillingAccountId", "BillingAccountName", "BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart",
	"ChargePeriodEnd", "BillingCurrency", "BilledCost", "EffectiveCost", "ListCost",
	"ContractedCost", "ListUnitPrice", "ContractedUnitPrice", "PricingQuantity", "PricingUnit",
	"ConsumedQuantity", "ConsumedUnit", "ChargeCategory", "ChargeClass", "ChargeFrequency",
	"ChargeDescription", "PricingCategory", "CommitmentDiscountType", "CommitmentDiscountStatus",
	"CommitmentDiscountCategory", "CommitmentDiscountId", "CommitmentDiscountName", "ProviderName", "PublisherName", "InvoiceIssuerName",
	"ServiceName", "ServiceCategory", "ServiceSubcategory", "RegionId", "RegionName",
	"AvailabilityZone", "ResourceId", "SkuId", "SkuPriceDetails", "x_Workload", "x_Model", "x_TokenType",
	"x_Scenario", "x_ScenarioHash", "x_PriceSheet", "x_PriceSheetAsOf", "x_PriceSheetHash",
	"x_Estimate",
};
enum {
	C_ACCOUNT = 0, C_ACCOUNT_NAME, C_BPSTART, C_BPEND, C_CPSTART, C_CPEND, C_CURRENCY, C_BILLED, C_EFFECTIVE, C_LIST,
	C_CONTRACTED, C_LIST_UNIT, C_CONTRACTED_UNIT, C_PQ, C_PUNIT, C_CQ, C_CUNIT, C_CATEGORY,
	C_CLASS, C_FREQUENCY, C_DESCRIPTION, C_PRICING_CATEGORY, C_CD_TYPE, C_CD_STATUS,
	C_CD_CATEGORY, C_CD_ID, C_CD_NAME, C_PROVIDER, C_PUBLISHER, C_ISSUER, C_SERVICE, C_SERVICE_CATEGORY,
	C_SERVICE_SUB, C_REGION, C_REGION_NAME, C_AZ, C_RESOURCE, C_SKU, C_SKU_DETAILS, C_WORKLOAD, C_MODEL,
	C_TOKEN_TYPE, C_SCENARIO, C_SCENARIO_HASH, C_SHEET, C_SHEET_AS_OF, C_SHEET_HASH, C_ESTIMATE,
	C_COUNT
};

#define AWS "Amazon Web Services"

/* How a line is billed: the FOCUS service and charge it belongs to. */
typedef struct focus_class {
	const char *service, *category, *subcategory, *publisher, *frequency;
	char description[256];
} focus_class;

/* The sheet's supporting services, by id prefix, as AWS names them. */
static const struct {
	const char *prefix, *service, *category, *subcategory;
} services[] = {
	{"guardrails-", "Amazon Bedrock", "AI and Machine Learning", "Generative AI"},
	{"opensearch-", "Amazon OpenSearch Service", "Analytics", "Search"},
	{"kendra-", "Amazon Kendra", "Analytics", "Search"},
	{"elasticache-", "Amazon ElastiCache", "Databases", "Caching"},
	{"s3-", "Amazon Simple Storage Service", "Storage", "Object Storage"},
	{"ec2-", "Amazon Elastic Compute Cloud", "Compute", "Virtual Machines"},
};

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && !strcmp(s + n - k, suffix);
}

/* Capacity bought ahead, by the engine's units for it: provisioned model
 * units and Reserved-tier tokens per minute (both commitments when the
 * term is) */
static bool is_provisioned(const gac_line *l)
{
	return !strcmp(l->unit, "model-unit hour") || !strcmp(l->unit, "1K TPM-month");
}

/* False for amounts that appear on no provider's bill. */
static bool classify(focus_class *c, const gac_line *l, const gac_sheet *sh)
{
	/* both units are the engine's own, for these two lines only */
	if (!strcmp(l->unit, "downtime hour") || !strcmp(l->unit, "one-time cost"))
		return false;
	bool recurring = is_provisioned(l) || ends_with(l->unit, "-month");
	const gac_service *svc = gac_sheet_service(sh, l->model);
	*c = (focus_class){"Amazon Bedrock", "AI and Machine Learning", "Generative AI", AWS, NULL, ""};
	if (!strcmp(l->model, "-")) {
		*c = (focus_class){"AWS Data Transfer", "Networking", "Data Transfer", AWS, NULL, ""};
		gac_c_snprintf(c->description, sizeof c->description, "%s", l->component);
	} else if (svc) {
		recurring = recurring || svc->hourly;
		c->service = svc->name ? svc->name : svc->id;
		c->category = "Other";
		c->subcategory = "Other (Other)";
		for (size_t i = 0; i < sizeof services / sizeof *services; i++)
			if (!strncmp(l->model, services[i].prefix, strlen(services[i].prefix))) {
				c->service = services[i].service;
				c->category = services[i].category;
				c->subcategory = services[i].subcategory;
				break;
			}
		/* training and hosting lines name what they do, not the instance */
		if (svc->name && strncmp(l->component, svc->name, strlen(svc->name)))
			gac_c_snprintf(c->description, sizeof c->description, "%s: %s", svc->name, l->component);
		else
			gac_c_snprintf(c->description, sizeof c->description, "%s", l->component);
	} else {
		const gac_model *m = gac_sheet_lookup(sh, l->model);
		if (m && m->vendor)
			c->publisher = m->vendor;
		gac_c_snprintf(c->description, sizeof c->description, "%s: %s", m && m->name ? m->name : l->model,
		               l->component);
	}
	c->frequency = l->one_time > 0 ? "One-Time" : recurring ? "Recurring" : "Usage-Based";
	return true;
}

/* A quantity that times `price` gives `cost` exactly, when one exists
 * near `guess`: the rows then multiply out as the line does. */
static double quantity_for(double cost, double price, double guess)
{
	if (price == 0 || guess * price == cost)
		return guess;
	double q = cost / price;
	for (int i = 0; i < 4; i++) {
		if (q * price == cost)
			return q;
		q = nextafter(q, q * price < cost ? INFINITY : -INFINITY);
	}
	return cost / price;
}

/* "Provisioned throughput (us-west-2)" of a topology: the line's region. */
static const char *line_region(const gac_line *l, const gac_scenario *sc, const char *fallback)
{
	size_t n = strlen(l->component);
	if (!n || l->component[n - 1] != ')')
		return fallback;
	for (size_t i = 0; i < sc->region_count; i++) {
		size_t k = strlen(sc->regions[i]);
		if (n > k + 3 && !strncmp(l->component + n - k - 1, sc->regions[i], k) &&
		    !strncmp(l->component + n - k - 3, " (", 2))
			return sc->regions[i];
	}
	return fallback;
}

static void set_num(gac_table *t, size_t col, double v)
{
	gac_buf b = {0};
	gac_buf_exact(&b, v);
	gac_table_set_buf(t, col, &b);
}

typedef struct focus_row {
	double cost, quantity;
	const char *status;      /* "Used", "Unused" or NULL */
	bool consumed;           /* FOCUS: no consumed quantity for unused commitment */
	double term;             /* months of the commitment; 0 for none */
} focus_row;

/* SkuPriceDetails: the model and price kind a row prices (the kind in
 * overrides.c's words, as reconcile reads it back) and its token type. */
static void sku_details(gac_table *t, const gac_line *l, const char *kind)
{
	if (!kind)
		return;
	json_t *o = json_object();
	char *text = NULL;
	if (o && !json_object_set_new(o, "x_Model", json_string(l->model)) &&
	    !json_object_set_new(o, "x_PriceKind", json_string(kind)) &&
	    !json_object_set_new(o, "x_TokenType", json_string(l->component)))
		text = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(o);
	if (!text) {
		t->failed = true;
		return;
	}
	gac_table_set(t, C_SKU_DETAILS, text);
	free(text);
}

static void add_row(gac_table *t, const char *const *fixed, const gac_line *l, const char *kind,
                    const focus_class *c, bool committed, const focus_row *r)
{
	if (!gac_table_row(t, 0))
		return;
	for (size_t i = 0; i < C_COUNT; i++)
		if (fixed[i])
			gac_table_set(t, i, fixed[i]);
	size_t money[] = {C_BILLED, C_EFFECTIVE, C_CONTRACTED};
	for (size_t i = 0; i < 3; i++)
		set_num(t, money[i], r->cost);
	/* negotiated prices: the list price beside the contracted one */
	set_num(t, C_LIST, l->list_price == l->unit_price ? r->cost : r->quantity * l->list_price);
	set_num(t, C_LIST_UNIT, l->list_price);
	set_num(t, C_CONTRACTED_UNIT, l->unit_price);
	set_num(t, C_PQ, r->quantity);
	gac_table_set(t, C_PUNIT, l->unit);
	if (r->consumed) {
		set_num(t, C_CQ, r->quantity);
		gac_table_set(t, C_CUNIT, l->unit);
	}
	gac_table_set(t, C_CATEGORY, "Usage");
	gac_table_set(t, C_FREQUENCY, c->frequency);
	char desc[300];
	gac_c_snprintf(desc, sizeof desc, "%s%s", c->description,
	               !r->status ? "" : !strcmp(r->status, "Used") ? " (commitment used)" : " (commitment unused)");
	gac_table_set(t, C_DESCRIPTION, desc);
	gac_table_set(t, C_PRICING_CATEGORY, committed ? "Committed" : "Standard");
	if (committed) {
		/* FOCUS wants the provider's name for the kind of commitment, and
		 * an id for it whenever a status is given: the estimate has no
		 * AWS resource id, so the id names what the commitment buys */
		char id[512], name[512];
		bool reserved = !strcmp(l->unit, "1K TPM-month");
		gac_c_snprintf(id, sizeof id, "genaicost:%s:%s:%s:%g-month", reserved ? "reserved-tier" : "provisioned-throughput",
		               fixed[C_REGION] ? fixed[C_REGION] : "", l->model, r->term);
		gac_c_snprintf(name, sizeof name, "%s, %g-month commitment, %s",
		               reserved ? "Reserved Tier" : "Provisioned Throughput", r->term, l->model);
		gac_table_set(t, C_CD_TYPE, reserved ? "Reserved Tier" : "Provisioned Throughput");
		gac_table_set(t, C_CD_CATEGORY, "Usage");
		gac_table_set(t, C_CD_STATUS, r->status);
		gac_table_set(t, C_CD_ID, id);
		gac_table_set(t, C_CD_NAME, name);
	}
	gac_table_set(t, C_PUBLISHER, c->publisher);
	gac_table_set(t, C_SERVICE, c->service);
	gac_table_set(t, C_SERVICE_CATEGORY, c->category);
	gac_table_set(t, C_SERVICE_SUB, c->subcategory);
	sku_details(t, l, kind);
	gac_table_set(t, C_WORKLOAD, l->workload);
	gac_table_set(t, C_MODEL, l->model);
	gac_table_set(t, C_TOKEN_TYPE, l->component);
}

/* The rows of one line in one month (none between one-time charges). */
static void line_rows(gac_table *t, const char *const *fixed, const gac_line *l, const char *kind,
                      const focus_class *c, const gac_result *res, size_t month)
{
	focus_row r = {l->cost, l->quantity, NULL, true, 0};
	if (l->one_time > 0) {
		/* the month rule of gac_result_tco */
		if (month != 0 && !(l->every_months > 0 && fmod((double)month, l->every_months) == 0))
			return;
		r.cost = l->one_time;
		r.quantity = quantity_for(l->one_time, l->unit_price, l->one_time / l->unit_price);
	}
	const gac_provisioned *pt = NULL;
	if (is_provisioned(l))
		for (size_t i = 0; i < gac_result_provisioned_count(res); i++)
			/* one model may have several: one per deployment, each its own workloads */
			if (!strcmp(gac_result_provisioned(res, i)->model, l->model) &&
			    !strcmp(gac_result_provisioned(res, i)->workloads, l->workload))
				pt = gac_result_provisioned(res, i);
	bool committed = pt && pt->term_months > 0;
	r.term = committed ? pt->term_months : 0;
	if (!committed || isnan(pt->utilisation)) {
		add_row(t, fixed, l, kind, c, committed, &r);
		return;
	}
	double u = fmin(fmax(pt->utilisation, 0), 1);
	focus_row used = {r.quantity * u * l->unit_price, r.quantity * u, "Used", true, r.term};
	focus_row unused = {r.cost - used.cost, 0, "Unused", false, r.term};
	unused.quantity = quantity_for(unused.cost, l->unit_price, r.quantity - used.quantity);
	add_row(t, fixed, l, kind, c, true, &used);
	add_row(t, fixed, l, kind, c, true, &unused);
}

static void month_text(char *out, size_t n, long months_since_year0)
{
	gac_c_snprintf(out, n, "%04ld-%02ld-01T00:00:00Z", months_since_year0 / 12, months_since_year0 % 12 + 1);
}

gac_status gac_report_focus(char **out, const gac_result *result, const gac_scenario *scenario,
                            const gac_sheet *sheet, int year, int month, size_t months)
{
	if (!out)
		return GAC_EARG;
	*out = NULL;
	if (!result || !scenario || !sheet)
		return GAC_EARG;
	long first = (long)year * 12 + month - 1;  /* months since January of year 0 */
	/* the last period must still end in a four-digit year */
	if (year < 1 || year > 9999 || month < 1 || month > 12 || months < 1 ||
	    months > (size_t)(9999L * 12 + 11 - first))
		return GAC_EVALUE;
	for (size_t i = 0; i < gac_result_line_count(result); i++)
		if (!gac_result_line(result, i)->component)
			return GAC_EARG;  /* a totals-only result has no line texts */
	gac_table t;
	gac_table_init(&t, C_COUNT, columns, NULL);
	const char *fixed[C_COUNT] = {0};
	fixed[C_CURRENCY] = gac_result_currency(result);
	fixed[C_PROVIDER] = AWS;
	fixed[C_ISSUER] = AWS;
	fixed[C_SCENARIO] = gac_scenario_name(scenario);
	fixed[C_SCENARIO_HASH] = gac_scenario_hash(scenario);
	fixed[C_SHEET] = gac_sheet_name(sheet);
	fixed[C_SHEET_AS_OF] = gac_sheet_as_of(sheet);
	fixed[C_SHEET_HASH] = gac_sheet_hash(sheet);
	fixed[C_ESTIMATE] = "genaicost";
	/* FOCUS requires an account on every row; an estimate belongs to
	 * none, so it is named as what it is rather than left empty */
	char account_name[300];
	gac_c_snprintf(account_name, sizeof account_name, "genaicost estimate: %s",
	               gac_scenario_name(scenario)[0] ? gac_scenario_name(scenario) : "(unnamed)");
	fixed[C_ACCOUNT] = "genaicost-estimate";
	fixed[C_ACCOUNT_NAME] = account_name;
	for (size_t m = 0; m < months; m++) {
		char start[64], end[64];
		month_text(start, sizeof start, first + (long)m);
		month_text(end, sizeof end, first + (long)m + 1);
		fixed[C_BPSTART] = fixed[C_CPSTART] = start;
		fixed[C_BPEND] = fixed[C_CPEND] = end;
		for (size_t i = 0; i < gac_result_line_count(result); i++) {
			const gac_line *l = gac_result_line(result, i);
			focus_class c;
			if (!classify(&c, l, sheet))
				continue;
			fixed[C_REGION] = line_region(l, scenario, gac_result_region(result));
			line_rows(&t, fixed, l, gac_result_line_kind(result, i), &c, result, m);
		}
	}
	gac_buf b = {0};
	gac_table_render(&b, &t, GAC_FORMAT_CSV);
	gac_table_free(&t);
	*out = gac_buf_take(&b);
	return *out ? GAC_OK : GAC_ENOMEM;
}

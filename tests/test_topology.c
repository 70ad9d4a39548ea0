/* Services, data transfer, redundancy and availability, by hand. */
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.pt\n"
	"    regions: [us-east-1, us-west-2]\n"
	"    per: 1M\n"
	"    input: 1\n"
	"    output: 5\n"
	"    model_unit_hour: {1_month: 40, 6_month: 20}\n"
	"    region_prices:\n"
	"      us-west-2: {model_unit_hour: {1_month: 44, 6_month: 24}}\n"
	"services:\n"
	"  - id: vec\n"
	"    billing: hourly\n"
	"    unit: OCU-hour\n"
	"    price: 0.24\n"
	"    min_quantity: 2\n"
	"    regions: [us-east-1, us-west-2]\n"
	"    region_prices: {us-west-2: 0.3}\n"
	"  - id: store\n"
	"    billing: per-unit\n"
	"    unit: GB-month\n"
	"    price: 0.025\n"
	"    regions: [us-east-1]\n"
	"data_transfer:\n"
	"  inter_az_per_gb: 0.01\n"
	"  inter_region_per_gb: 0.02\n"
	"  internet_egress:\n"
	"    - {up_to_gb: 100, price: 0}\n"
	"    - {up_to_gb: 10240, price: 0.09}\n"
	"    - {up_to_gb: 51200, price: 0.085}\n"
	"    - {price: 0.05}\n"
	"availability: {az: 0.995, region: 0.9999}\n";

static gac_sheet *sheet;

static void setup(void)
{
	gac_error e;
	ck_assert_msg(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e) == GAC_OK,
	              "%s", e.message);
}

static void teardown(void)
{
	gac_sheet_free(sheet);
}

static gac_scenario *load(const char *yaml)
{
	gac_scenario *s = NULL;
	gac_error e;
	ck_assert_msg(gac_scenario_load_buffer(&s, yaml, strlen(yaml), "s.yaml", &e) == GAC_OK, "%s",
	              e.message);
	return s;
}

static gac_result *run(const gac_scenario *s)
{
	gac_result *r = NULL;
	gac_error e;
	ck_assert_msg(gac_estimate(&r, s, sheet, &e) == GAC_OK, "%s", e.message);
	double sum = 0;
	for (size_t i = 0; i < gac_result_line_count(r); i++) {
		const gac_line *l = gac_result_line(r, i);
		ck_assert(l->cost == l->quantity * l->unit_price);
		sum += l->cost;
	}
	ck_assert(sum == gac_result_total(r));
	double quick;
	ck_assert_int_eq(gac_estimate_total(&quick, s, sheet, &e), GAC_OK);
	ck_assert(quick == gac_result_total(r));
	return r;
}

static const gac_line *line(const gac_result *r, const char *component)
{
	for (size_t i = 0; i < gac_result_line_count(r); i++)
		if (!strcmp(gac_result_line(r, i)->component, component))
			return gac_result_line(r, i);
	ck_abort_msg("no line '%s'", component);
	return NULL;
}

static void expect_error(const char *yaml, gac_status st, const char *msg)
{
	gac_scenario *s = load(yaml);
	gac_result *r = NULL;
	gac_error e;
	ck_assert_int_eq(gac_estimate(&r, s, sheet, &e), st);
	ck_assert_ptr_null(r);
	ck_assert_msg(strstr(e.message, msg) != NULL, "'%s' lacks '%s'", e.message, msg);
	gac_scenario_free(s);
}

#define HEAD                                 \
	"genaicost: scenario/1\n"                \
	"workloads:\n"                           \
	"  - {name: w, model: m.pt, requests_per_month: 0, input_tokens: 0, output_tokens: 0}\n"

START_TEST(services_scopes_and_minimum)
{
	/* vec: 1 asked, minimum 2 OCUs × 730 h × $0.24 = 350.40 per region;
	 * scope az with 3 AZs over 2 regions: east 2 × 3 × 730 × 0.24 = 1051.2,
	 * west 2 × 3 × 730 × 0.30 = 1314; store: 40 GB × 0.025 = 1 (deployment) */
	gac_scenario *s = load(HEAD
	                       "services:\n"
	                       "  - {name: v, service: vec, quantity: 1, scope: az}\n"
	                       "  - {name: st, service: store, quantity: 40, scope: deployment}\n"
	                       "topology: {regions: [us-east-1, us-west-2], strategy: active-active, "
	                       "azs_per_region: 3}\n");
	gac_result *r = run(s);
	ck_assert_uint_eq(gac_result_line_count(r), 3);
	const gac_line *east = gac_result_line(r, 0), *west = gac_result_line(r, 1);
	ck_assert_str_eq(east->component, "vec (us-east-1)");
	ck_assert_rel(east->quantity, 2 * 3 * 730, 0);
	ck_assert_str_eq(east->unit, "OCU-hour");
	ck_assert_rel(east->cost, 1051.2, 1e-12);
	ck_assert_rel(west->cost, 1314, 1e-12);
	ck_assert_ptr_nonnull(strstr(east->formula, "the service's minimum, above the 1 asked"));
	ck_assert_rel(line(r, "store")->cost, 1, 1e-12);
	gac_result_free(r);
	/* the quantity is a parameter like any other */
	ck_assert_int_eq(gac_scenario_set(s, "services.v.quantity", "5", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "services.v.scope", "region", NULL), GAC_OK);
	r = run(s);
	ck_assert_rel(gac_result_line(r, 0)->cost, 5 * 730 * 0.24, 1e-12);
	gac_result_free(r);
	gac_scenario_free(s);
}
END_TEST

START_TEST(transfer_tiers)
{
	/* cross-AZ 200 GB × 2 directions × 0.01 = 4; replicated 500 GB to 1
	 * other region × 0.02 = 10; egress 12,000 GB: 100 free, 10,140 × 0.09
	 * = 912.6, 1,760 × 0.085 = 149.6 */
	gac_scenario *s = load(HEAD
	                       "traffic: {cross_az_gb: 200, replicated_gb: 500, internet_egress_gb: 12000}\n"
	                       "topology: {regions: [us-east-1, us-west-2], strategy: active-passive,"
	                       " azs_per_region: 2}\n");
	gac_result *r = run(s);
	ck_assert_rel(line(r, "inter-AZ data transfer")->cost, 4, 1e-12);
	ck_assert_rel(line(r, "inter-AZ data transfer")->quantity, 400, 0);
	ck_assert_rel(line(r, "inter-region replication")->cost, 10, 1e-12);
	ck_assert_rel(line(r, "internet egress 0-100 GB")->cost, 0, 0);
	ck_assert_rel(line(r, "internet egress 100-10240 GB")->cost, 912.6, 1e-12);
	ck_assert_rel(line(r, "internet egress 10240-51200 GB")->quantity, 1760, 1e-12);
	ck_assert_rel(line(r, "internet egress 10240-51200 GB")->cost, 149.6, 1e-12);
	ck_assert_rel(gac_result_total(r), 4 + 10 + 912.6 + 149.6, 1e-12);
	gac_result_free(r);
	/* past the last bound: the open-ended tier */
	ck_assert_int_eq(gac_scenario_set(s, "traffic.internet_egress_gb", "200000", NULL), GAC_OK);
	r = run(s);
	ck_assert_rel(line(r, "internet egress above 51200 GB")->quantity, 148800, 1e-12);
	gac_result_free(r);
	gac_scenario_free(s);
}
END_TEST

START_TEST(availability_arithmetic)
{
	/* single AZ: 0.9999 × 0.995; two AZs: 0.9999 × (1 − 0.005²);
	 * two regions of two AZs: 1 − (1 − site)²; downtime × $1,000/h */
	gac_scenario *s = load(HEAD "topology: {strategy: single, downtime_cost_per_hour: 1000}\n");
	gac_result *r = run(s);
	const gac_topology_info *t = gac_result_topology(r);
	ck_assert_str_eq(t->strategy, "single");
	ck_assert_rel(t->availability, 0.9999 * 0.995, 1e-15);
	ck_assert_rel(t->downtime_hours, (1 - 0.9999 * 0.995) * 730, 1e-12);
	/* a risk, not a bill: beside the lines, not among them */
	ck_assert_rel(gac_result_expected_outage_cost(r), (1 - 0.9999 * 0.995) * 730 * 1000, 1e-12);
	ck_assert_str_eq(gac_result_outage_line(r)->component, "expected outage cost");
	ck_assert_uint_eq(gac_result_line_count(r), 0);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(s, "topology.strategy", "multi-az", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "topology.azs_per_region", "2", NULL), GAC_OK);
	r = run(s);
	double site = 0.9999 * (1 - 0.005 * 0.005);
	ck_assert_rel(gac_result_topology(r)->availability, site, 1e-15);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(s, "topology.regions", "us-east-1, us-west-2", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "topology.strategy", "active-passive", NULL), GAC_OK);
	r = run(s);
	ck_assert_rel(1 - gac_result_topology(r)->availability, (1 - site) * (1 - site), 1e-6);
	ck_assert_uint_eq(gac_result_topology(r)->regions, 2);
	gac_result_free(r);
	/* the scenario's figures override the sheet's */
	ck_assert_int_eq(gac_scenario_set(s, "topology.region_availability", "99.9%", NULL), GAC_OK);
	r = run(s);
	double site2 = 0.999 * (1 - 0.005 * 0.005);
	ck_assert_rel(1 - gac_result_topology(r)->availability, (1 - site2) * (1 - site2), 1e-9);
	gac_result_free(r);
	gac_scenario_free(s);
	/* no topology described: nothing judged */
	s = load(HEAD);
	r = run(s);
	ck_assert(isnan(gac_result_topology(r)->availability));
	gac_result_free(r);
	gac_scenario_free(s);
}
END_TEST

START_TEST(risk_apart_from_bill)
{
	/* billed: a vector store of 2 OCU around the clock, 2 × 730 h × $0.24 =
	 * $350.40.  Risk: one AZ up 0.9999 × 0.995 = 0.9949005 of the time, so
	 * (1 − 0.9949005) × 730 = 3.722635 h down × $1,000 = $3,722.635, which
	 * is no line and not in the total; risk-adjusted $4,073.035. */
	gac_scenario *s = load(HEAD "services:\n  - {name: v, service: vec, quantity: 2}\n"
	                            "topology: {strategy: single, downtime_cost_per_hour: 1000}\n"
	                            "budget: {monthly: 1000}\n");
	gac_result *r = run(s);
	ck_assert_uint_eq(gac_result_line_count(r), 1);
	ck_assert_rel(gac_result_total(r), 350.40, 1e-12);
	ck_assert_rel(gac_result_expected_outage_cost(r), 3722.635, 1e-9);
	ck_assert_rel(gac_result_risk_adjusted_total(r), 4073.035, 1e-9);
	const gac_line *o = gac_result_outage_line(r);
	ck_assert_rel(o->quantity, 3.722635, 1e-9);
	ck_assert(o->unit_price == 1000);
	ck_assert_str_eq(o->unit, "downtime hour");
	ck_assert(o->cost == o->quantity * o->unit_price);
	gac_result_free(r);
	/* the budget of $1,000 judges the bill ($350.40): it holds */
	gac_check *c = NULL;
	ck_assert_int_eq(gac_check_run(&c, s, sheet, NULL, NULL, NULL), GAC_OK);
	ck_assert_int_eq(gac_check_includes_risk(c), 0);
	ck_assert_uint_eq(gac_check_breached(c), 0);
	ck_assert_rel(gac_check_at(c, 0)->value, 350.40, 1e-12);
	gac_check_free(c);
	/* with budget.include_risk it judges $4,073.035: past by $3,073.035 */
	ck_assert_int_eq(gac_scenario_set(s, "budget.include_risk", "true", NULL), GAC_OK);
	ck_assert_int_eq(gac_check_run(&c, s, sheet, NULL, NULL, NULL), GAC_OK);
	ck_assert_int_eq(gac_check_includes_risk(c), 1);
	ck_assert_uint_eq(gac_check_breached(c), 1);
	ck_assert_rel(gac_check_at(c, 0)->value, 4073.035, 1e-9);
	ck_assert_rel(gac_check_at(c, 0)->excess, 3073.035, 1e-9);
	gac_check_free(c);
	ck_assert_int_eq(gac_scenario_set(s, "budget.include_risk", "maybe", NULL), GAC_EVALUE);
	gac_scenario_free(s);
}
END_TEST

/* A report written before the split listed the outage as a line in its
 * total ($350.40 + $3,722.635 = $4,073.035): read back, the line is the
 * expected outage cost and the total what is billed. */
START_TEST(legacy_outage_line)
{
	static const char json[] =
		"{\"genaicost\": \"report/1\", \"scenario\": {\"name\": \"x\", \"hash\": \"0000000000000000\", "
		"\"region\": \"us-east-1\"}, \"pricing\": {\"name\": \"t\", \"as_of\": \"2025-02-28\", "
		"\"hash\": \"0000000000000000\"}, \"currency\": \"USD\", \"period\": {\"unit\": \"month\", "
		"\"hours\": 730}, \"total\": 4073.035, \"lines\": ["
		"{\"workload\": \"v\", \"model\": \"-\", \"component\": \"vec\", \"quantity\": 1460, "
		"\"unit\": \"OCU-hour\", \"unit_price\": 0.24, \"cost\": 350.4}, "
		"{\"workload\": \"*\", \"model\": \"-\", \"component\": \"expected outage cost\", "
		"\"quantity\": 3.722635, \"unit\": \"downtime hour\", \"unit_price\": 1000, \"cost\": 3722.635}]}";
	gac_snapshot *snap = NULL;
	gac_error e;
	ck_assert_msg(gac_snapshot_load_buffer(&snap, json, strlen(json), "old.json", &e) == GAC_OK, "%s", e.message);
	const gac_result *r = gac_snapshot_result(snap, 0);
	ck_assert_uint_eq(gac_result_line_count(r), 1);
	ck_assert_rel(gac_result_total(r), 350.4, 1e-12);
	ck_assert_rel(gac_result_expected_outage_cost(r), 3722.635, 1e-12);
	ck_assert_rel(gac_result_risk_adjusted_total(r), 4073.035, 1e-12);
	gac_snapshot_free(snap);
}
END_TEST

START_TEST(provisioned_per_region)
{
	/* 3 units carry the load.  active-passive at 50%: 3 in us-east-1 at $20,
	 * ceil(1.5) = 2 in us-west-2 at $24.  active-active, 2 regions, headroom
	 * 1: ceil(3 / 2 × 2) = 3 in each. */
	gac_scenario *s = load("genaicost: scenario/1\n"
	                       "workloads:\n"
	                       "  - {name: w, model: m.pt, requests_per_month: 1M, input_tokens: 10, output_tokens: 0}\n"
	                       "deployment: {mode: provisioned, commitment: 6-month, model_units: 3}\n"
	                       "topology: {regions: [us-east-1, us-west-2], strategy: active-passive,"
	                       " standby_fraction: 50%}\n");
	gac_result *r = run(s);
	ck_assert_rel(line(r, "provisioned throughput (us-east-1)")->cost, 3 * 730 * 20, 1e-12);
	ck_assert_rel(line(r, "provisioned throughput (us-west-2)")->cost, 2 * 730 * 24, 1e-12);
	ck_assert(gac_result_provisioned(r, 0)->units == 5);
	ck_assert_rel(gac_result_provisioned(r, 0)->locked_in, 6 * (3 * 730 * 20 + 2 * 730 * 24), 1e-12);
	gac_result_free(r);
	ck_assert_int_eq(gac_scenario_set(s, "topology.strategy", "active-active", NULL), GAC_OK);
	r = run(s);
	ck_assert_rel(line(r, "provisioned throughput (us-east-1)")->quantity, 3 * 730, 0);
	ck_assert_rel(line(r, "provisioned throughput (us-west-2)")->quantity, 3 * 730, 0);
	gac_result_free(r);
	/* a standby of 0: no capacity bought there */
	ck_assert_int_eq(gac_scenario_set(s, "topology.strategy", "active-passive", NULL), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(s, "topology.standby_fraction", "0", NULL), GAC_OK);
	r = run(s);
	ck_assert_uint_eq(gac_result_line_count(r), 1);
	gac_result_free(r);
	gac_scenario_free(s);
}
END_TEST

START_TEST(topology_errors)
{
	expect_error(HEAD "topology: {regions: [us-east-1, us-west-2], strategy: multi-az}\n", GAC_EVALUE,
	             "topology.strategy multi-az runs in one region, but topology.regions lists 2");
	expect_error(HEAD "topology: {strategy: active-active}\n", GAC_EVALUE,
	             "needs at least two regions");
	expect_error(HEAD "topology: {azs_per_region: 3}\n", GAC_EVALUE,
	             "topology.azs_per_region is 3 but the strategy is single");
	expect_error(HEAD "traffic: {replicated_gb: 10}\n", GAC_EVALUE, "needs a second region");
	expect_error(HEAD "traffic: {cross_az_gb: 10}\n", GAC_EVALUE, "needs a topology of more than one AZ");
	expect_error(HEAD "services:\n  - {name: v, service: vek, quantity: 1}\n", GAC_ESERVICE,
	             "unknown service 'vek' in price sheet 't' (did you mean 'vec'?)");
	expect_error(HEAD "region: us-west-2\nservices:\n  - {name: s, service: store, quantity: 1}\n",
	             GAC_EREGION, "store is not offered in 'us-west-2'");
	expect_error(HEAD "region: eu-west-1\ntopology: {regions: [us-east-1, us-west-2], strategy: "
	                  "active-passive}\n",
	             GAC_EVALUE, "region eu-west-1 is not among topology.regions");
}
END_TEST

START_TEST(sheet_sections_checked)
{
	static const struct {
		const char *yaml, *msg;
	} bad[] = {
		{"services:\n  - {id: x, billing: monthly, unit: u, price: 1, regions: [r]}\n",
		 "billing must be hourly or per-unit"},
		{"services:\n  - {id: x, billing: hourly, unit: u, price: -1, regions: [r]}\n",
		 "must not be negative"},
		{"services:\n  - {id: x, billing: hourly, unit: u, regions: [r]}\n", "a service needs 'price'"},
		{"data_transfer:\n  internet_egress:\n    - {up_to_gb: 100, price: 0}\n    - {up_to_gb: 50, "
		 "price: 1}\n    - {price: 2}\n",
		 "egress tiers must rise"},
		{"data_transfer:\n  internet_egress:\n    - {up_to_gb: 100, price: 0}\n",
		 "the last egress tier is open-ended"},
		{"availability: {az: 1.5, region: 0.9}\n", "availability figures are fractions"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char yaml[2048];
		snprintf(yaml, sizeof yaml,
		         "genaicost: pricesheet/1\nname: t\ncurrency: USD\nas_of: 2025-01-01\nsources: [x]\n"
		         "models:\n  - {id: a.b, regions: [r], per: 1M, input: 1}\n%s",
		         bad[i].yaml);
		gac_sheet *sh = NULL;
		gac_error e;
		ck_assert_int_ne(gac_sheet_load_buffer(&sh, yaml, strlen(yaml), "b.yaml", &e), GAC_OK);
		ck_assert_ptr_null(sh);
		ck_assert_msg(strstr(e.message, bad[i].msg) != NULL, "'%s' lacks '%s'", e.message, bad[i].msg);
		ck_assert_uint_ge(e.line, 8);
	}
}
END_TEST

Suite *suite_topology(void)
{
	Suite *s = suite_create("topology");
	TCase *t = tcase_create("infrastructure");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, services_scopes_and_minimum);
	tcase_add_test(t, transfer_tiers);
	tcase_add_test(t, availability_arithmetic);
	tcase_add_test(t, risk_apart_from_bill);
	tcase_add_test(t, legacy_outage_line);
	tcase_add_test(t, provisioned_per_region);
	tcase_add_test(t, topology_errors);
	tcase_add_test(t, sheet_sections_checked);
	suite_add_tcase(s, t);
	return s;
}

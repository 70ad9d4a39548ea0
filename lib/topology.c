/* Redundancy and what it costs: the regions and AZs a deployment spans,
 * the capacity each holds, the services duplicated per region or AZ, the
 * data sent between them, and the availability the topology buys. */
#include "engine.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const strategy_names[] = {"single", "multi-az", "active-passive", "active-active"};

size_t gac_topology_regions(const gac_scenario *s, const char *const **out)
{
	if (s->region_count) {
		*out = (const char *const *)s->regions;
		return s->region_count;
	}
	*out = (const char *const *)&s->region;
	return 1;
}

/* The primary region first, whatever its place in the list. */
static size_t primary_index(const gac_scenario *s)
{
	for (size_t i = 0; i < s->region_count; i++)
		if (!strcmp(s->regions[i], s->region))
			return i;
	return 0;
}

double gac_topology_units(const gac_scenario *s, size_t i, double units)
{
	const char *const *regions;
	size_t n = gac_topology_regions(s, &regions);
	int strategy = (int)s->g[GAC_G_STRATEGY];
	if (n == 1 || strategy <= GAC_TOPO_MULTI_AZ)
		return units;
	if (strategy == GAC_TOPO_ACTIVE_PASSIVE)
		/* the standby holds a share of the primary's units, ready for failover */
		return i == primary_index(s) ? units : ceil(units * s->g[GAC_G_STANDBY]);
	/* active-active: each region carries its share plus headroom to absorb a failed one */
	return ceil(units / (double)n * (1.0 + s->g[GAC_G_HEADROOM]));
}

gac_status gac_check_topology(engine *e)
{
	const gac_scenario *s = e->s;
	int strategy = (int)s->g[GAC_G_STRATEGY];
	const char *const *regions;
	size_t n = gac_topology_regions(s, &regions);
	unsigned line = s->gline[GAC_G_STRATEGY], col = s->gcol[GAC_G_STRATEGY];
	if (s->region_count && primary_index(s) == 0 && strcmp(s->regions[0], s->region))
		return gac_fail(e->err, GAC_EVALUE, s->path, s->regions_line, s->regions_col,
		                "region %s is not among topology.regions", s->region);
	if (strategy <= GAC_TOPO_MULTI_AZ && n > 1)
		return gac_fail(e->err, GAC_EVALUE, s->path, line ? line : s->regions_line,
		                line ? col : s->regions_col,
		                "topology.strategy %s runs in one region, but topology.regions lists %zu; "
		                "use active-passive or active-active", strategy_names[strategy], n);
	if (strategy >= GAC_TOPO_ACTIVE_PASSIVE && n < 2)
		return gac_fail(e->err, GAC_EVALUE, s->path, line, col,
		                "topology.strategy %s needs at least two regions in topology.regions",
		                strategy_names[strategy]);
	if (strategy == GAC_TOPO_SINGLE && s->g[GAC_G_AZS] > 1)
		return gac_fail(e->err, GAC_EVALUE, s->path, s->gline[GAC_G_AZS], s->gcol[GAC_G_AZS],
		                "topology.azs_per_region is %g but the strategy is single (one AZ); use "
		                "multi-az", s->g[GAC_G_AZS]);
	if (s->g[GAC_G_CROSS_AZ_GB] > 0 && (strategy == GAC_TOPO_SINGLE || s->g[GAC_G_AZS] < 2))
		return gac_fail(e->err, GAC_EVALUE, s->path, s->gline[GAC_G_CROSS_AZ_GB], s->gcol[GAC_G_CROSS_AZ_GB],
		                "traffic.cross_az_gb needs a topology of more than one AZ "
		                "(topology.strategy multi-az or wider, topology.azs_per_region 2 or more)");
	if (s->g[GAC_G_REPLICATED_GB] > 0 && n < 2)
		return gac_fail(e->err, GAC_EVALUE, s->path, s->gline[GAC_G_REPLICATED_GB],
		                s->gcol[GAC_G_REPLICATED_GB],
		                "traffic.replicated_gb needs a second region to replicate to (topology.regions)");
	return GAC_OK;
}

static gac_status price_services(engine *e)
{
	const gac_scenario *s = e->s;
	const char *const *regions;
	size_t n = gac_topology_regions(s, &regions);
	double hours = s->g[GAC_G_HOURS_PER_MONTH];
	double azs = s->g[GAC_G_STRATEGY] == GAC_TOPO_SINGLE ? 1 : s->g[GAC_G_AZS];
	for (size_t i = 0; i < s->sect[GAC_SECT_SERVICES].count; i++) {
		const gac_entry *u = &s->sect[GAC_SECT_SERVICES].items[i];
		const char *service = u->text[GAC_ST_SERVICE];
		const gac_service *svc = gac_sheet_service(e->sheet, service);
		if (!svc) {
			const char *best = NULL;
			size_t best_d = (size_t)-1;
			for (size_t j = 0; j < e->sheet->service_count; j++) {
				size_t d = gac_edit_distance(service, e->sheet->services[j].id);
				if (d < best_d) {
					best_d = d;
					best = e->sheet->services[j].id;
				}
			}
			if (best && best_d <= 6)
				return gac_fail(e->err, GAC_ESERVICE, s->path, u->line, u->col,
				                "service '%s': unknown service '%s' in price sheet '%s' (did you "
				                "mean '%s'?)", u->name, service, e->sheet->name, best);
			return gac_fail(e->err, GAC_ESERVICE, s->path, u->line, u->col,
			                "service '%s': unknown service '%s' in price sheet '%s'", u->name,
			                service, e->sheet->name);
		}
		double q = u->v[GAC_S_QUANTITY];
		if (q <= 0)
			continue;
		bool raised = q < svc->min_quantity;
		if (raised)
			q = svc->min_quantity;
		int scope = (int)u->v[GAC_S_SCOPE];
		size_t copies_regions = scope == GAC_SCOPE_DEPLOYMENT ? 1 : n;
		double per_region = scope == GAC_SCOPE_AZ ? azs : 1;
		for (size_t r = 0; r < copies_regions; r++) {
			const char *region = scope == GAC_SCOPE_DEPLOYMENT ? s->region : regions[r];
			double price;
			if (!gac_service_price(svc, region, &price))
				return gac_fail(e->err, GAC_EREGION, s->path, u->line, u->col,
				                "service '%s': %s is not offered in '%s'", u->name, svc->id, region);
			gac_buf b = GAC_WHY(e);
			gac_buf_exact(&b, q);
			if (!svc->hourly)
				gac_buf_printf(&b, " %s", svc->unit);
			else
				gac_buf_puts(&b, " running");
			if (raised) {
				gac_buf_puts(&b, " (the service's minimum, above the ");
				gac_buf_exact(&b, u->v[GAC_S_QUANTITY]);
				gac_buf_puts(&b, " asked)");
			}
			if (per_region != 1) {
				gac_buf_puts(&b, " × ");
				gac_buf_exact(&b, per_region);
				gac_buf_puts(&b, " AZs");
			}
			if (svc->hourly) {
				gac_buf_puts(&b, " × ");
				gac_buf_exact(&b, hours);
				gac_buf_puts(&b, " hours");
			}
			gac_buf_printf(&b, " in %s", region);
			char comp[192];
			gac_c_snprintf(comp, sizeof comp, "%s%s%s%s", svc->name ? svc->name : svc->id,
			               n > 1 && scope != GAC_SCOPE_DEPLOYMENT ? " (" : "",
			               n > 1 && scope != GAC_SCOPE_DEPLOYMENT ? region : "",
			               n > 1 && scope != GAC_SCOPE_DEPLOYMENT ? ")" : "");
			double quantity = q * per_region * (svc->hourly ? hours : 1);
			if (svc->hourly)
				gac_plan_hourly(e, q * per_region);
			else
				gac_plan_fixed(e, quantity);
			gac_status st = gac_add_line(e, u->name, svc->id, comp, quantity, svc->unit, "service", price, &b);
			if (st != GAC_OK)
				return st;
		}
	}
	return GAC_OK;
}

static gac_status need_transfer(engine *e, bool have, const char *what, gac_gfield f)
{
	if (have)
		return GAC_OK;
	return gac_fail(e->err, GAC_ENOPRICE, e->s->path, e->s->gline[f], e->s->gcol[f],
	                "the price sheet has no %s price (data_transfer)", what);
}

static gac_status price_transfer(engine *e)
{
	const gac_scenario *s = e->s;
	const gac_transfer *t = &e->sheet->transfer;
	const char *const *regions;
	size_t n = gac_topology_regions(s, &regions);
	gac_status st;
	double gb = s->g[GAC_G_CROSS_AZ_GB];
	if (gb > 0) {
		if ((st = need_transfer(e, t->has_inter_az, "inter-AZ transfer", GAC_G_CROSS_AZ_GB)) != GAC_OK)
			return st;
		gac_buf b = GAC_WHY(e);
		gac_buf_exact(&b, gb);
		gac_buf_puts(&b, " GB between AZs × 2: billed out of one AZ and into the other");
		gac_plan_fixed(e, gb * 2);
		if ((st = gac_add_line(e, "*", "-", "inter-AZ data transfer", gb * 2, "GB", "data_transfer", t->inter_az,
		                       &b)) != GAC_OK)
			return st;
	}
	gb = s->g[GAC_G_REPLICATED_GB];
	if (gb > 0) {
		if ((st = need_transfer(e, t->has_inter_region, "inter-region transfer", GAC_G_REPLICATED_GB)) != GAC_OK)
			return st;
		gac_buf b = GAC_WHY(e);
		gac_buf_exact(&b, gb);
		gac_buf_printf(&b, " GB replicated from %s to each of %zu other region%s", s->region, n - 1,
		               n == 2 ? "" : "s");
		gac_plan_fixed(e, gb * (double)(n - 1));
		if ((st = gac_add_line(e, "*", "-", "inter-region replication", gb * (double)(n - 1), "GB", "data_transfer",
		                       t->inter_region, &b)) != GAC_OK)
			return st;
	}
	gb = s->g[GAC_G_EGRESS_GB];
	if (gb > 0) {
		if ((st = need_transfer(e, t->egress_count > 0, "internet egress", GAC_G_EGRESS_GB)) != GAC_OK)
			return st;
		/* tiers are marginal: each GB pays the price of the tier it falls in */
		double from = 0;
		for (size_t i = 0; i < t->egress_count && from < gb; i++) {
			double to = fmin(gb, t->egress[i].up_to_gb);
			double in_tier = to - from;
			gac_buf b = GAC_WHY(e);
			char comp[96];
			/* whole GB bounds, never in exponent form */
			if (isinf(t->egress[i].up_to_gb))
				gac_c_snprintf(comp, sizeof comp, "internet egress above %.0f GB", from);
			else
				gac_c_snprintf(comp, sizeof comp, "internet egress %.0f-%.0f GB", from, t->egress[i].up_to_gb);
			gac_buf_exact(&b, in_tier);
			gac_buf_puts(&b, " of ");
			gac_buf_exact(&b, gb);
			gac_buf_puts(&b, " GB a month fall in this tier");
			gac_plan_fixed(e, in_tier);
			if ((st = gac_add_line(e, "*", "-", comp, in_tier, "GB", "data_transfer", t->egress[i].price, &b)) != GAC_OK)
				return st;
			from = to;
		}
	}
	return GAC_OK;
}

/* Availability of one region with `azs` AZs, then of regions in parallel:
 * a site is up when its region is and any AZ is; the deployment is up
 * when any region is (failover is taken to work). */
static gac_status judge_availability(engine *e)
{
	const gac_scenario *s = e->s;
	gac_topology_info *t = &e->r->topology;
	const char *const *regions;
	size_t n = gac_topology_regions(s, &regions);
	int strategy = (int)s->g[GAC_G_STRATEGY];
	t->strategy = strategy_names[strategy];
	t->regions = n;
	t->azs_per_region = strategy == GAC_TOPO_SINGLE ? 1 : s->g[GAC_G_AZS];
	t->availability = NAN;
	t->downtime_hours = NAN;
	/* judged only for a scenario that describes its topology */
	uint32_t topo_bits = 0;
	for (int i = GAC_G_AZS; i <= GAC_G_DOWNTIME_COST; i++)
		topo_bits |= 1u << i;
	if (!(s->gset & topo_bits) && !s->region_count)
		return GAC_OK;
	const gac_availability *sa = &e->sheet->availability;
	bool have_az = (s->gset & (1u << GAC_G_AZ_AVAIL)) || sa->present;
	bool have_region = (s->gset & (1u << GAC_G_REGION_AVAIL)) || sa->present;
	double cost = s->g[GAC_G_DOWNTIME_COST];
	if (!have_az || !have_region) {
		if (cost > 0)
			return gac_fail(e->err, GAC_ENOPRICE, s->path, s->gline[GAC_G_DOWNTIME_COST],
			                s->gcol[GAC_G_DOWNTIME_COST],
			                "topology.downtime_cost_per_hour needs availability figures: set "
			                "topology.az_availability and topology.region_availability (the sheet "
			                "has no 'availability')");
		return GAC_OK;
	}
	double a_az = (s->gset & (1u << GAC_G_AZ_AVAIL)) ? s->g[GAC_G_AZ_AVAIL] : sa->az;
	double a_region = (s->gset & (1u << GAC_G_REGION_AVAIL)) ? s->g[GAC_G_REGION_AVAIL] : sa->region;
	double site = a_region * (1.0 - pow(1.0 - a_az, t->azs_per_region));
	double all = 1.0 - pow(1.0 - site, (double)n);
	t->availability = all;
	t->downtime_hours = (1.0 - all) * s->g[GAC_G_HOURS_PER_MONTH];
	if (cost <= 0)
		return GAC_OK;
	gac_buf b = GAC_WHY(e);
	gac_buf_puts(&b, "(1 − ");
	gac_buf_exact(&b, all);
	gac_buf_puts(&b, " availability) × ");
	gac_buf_exact(&b, s->g[GAC_G_HOURS_PER_MONTH]);
	gac_buf_puts(&b, " hours; availability = 1 − (1 − ");
	gac_buf_exact(&b, a_region);
	gac_buf_puts(&b, " region × (1 − (1 − ");
	gac_buf_exact(&b, a_az);
	gac_buf_puts(&b, " AZ)^");
	gac_buf_exact(&b, t->azs_per_region);
	gac_buf_printf(&b, "))^%zu region%s", n, n == 1 ? "" : "s");
	/* a risk beside the bill, not in it: nothing for the plan, whose total
	 * is what AWS bills (the analyses that weigh the risk, break-even's
	 * risk-adjusted crossing, price it with the engine) */
	gac_plan *plan = e->plan;
	e->plan = NULL;
	gac_status st = gac_add_line(e, "*", "-", "expected outage cost", t->downtime_hours, "downtime hour", NULL, cost, &b);
	e->plan = plan;
	if (st != GAC_OK)
		return st;
	/* a risk, not a bill: taken out of the line items (and so out of the
	 * total AWS bills) and kept beside them */
	gac_result *r = e->r;
	r->count--;
	r->outage_line = r->lines[r->count];
	r->outage_store = r->owned[r->count];
	r->outage = r->outage_line.cost;
	r->has_outage = true;
	return GAC_OK;
}

gac_status gac_price_infrastructure(engine *e)
{
	gac_status st;
	if ((st = price_services(e)) != GAC_OK || (st = price_transfer(e)) != GAC_OK)
		return st;
	return judge_availability(e);
}

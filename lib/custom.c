/* Customized models: fine-tuned and continued-pretrained copies of a
 * sheet model, imported models (Custom Model Import) and models trained
 * from scratch on GPU instances.  Training and set-up are one-time
 * amounts shown as a monthly share, so the monthly estimate and the
 * total cost of ownership (gac_result_tco) both come from the same lines. */
#include "engine.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const char *const kind_names[] = {"fine-tune", "continued-pretraining", "import", "from-scratch",
                                         "distillation"};

const gac_entry *gac_workload_custom(engine *e, const gac_workload *w, gac_status *st)
{
	*st = GAC_OK;
	if (strncmp(w->model, "custom:", 7))
		return NULL;
	const char *name = w->model + 7;
	const gac_entries *cs = &e->s->sect[GAC_SECT_CUSTOM];
	for (size_t i = 0; i < cs->count; i++)
		if (!strcmp(cs->items[i].name, name))
			return &cs->items[i];
	*st = gac_fail(e->err, GAC_ESCHEMA, e->s->path, w->line, w->col,
	               "workload '%s' runs on %s, but no customization is named '%s'", w->name, w->model,
	               name);
	return NULL;
}

static bool used(const gac_scenario *s, const gac_entry *c)
{
	for (size_t i = 0; i < s->workload_count; i++)
		if (!strncmp(s->workloads[i].model, "custom:", 7) && !strcmp(s->workloads[i].model + 7, c->name))
			return true;
	return false;
}

/* Months a one-time amount is spread over: the retraining period, or the
 * amortization horizon for something done once. */
static double spread(const gac_entry *c)
{
	return c->v[GAC_C_RETRAIN_EVERY] > 0 ? c->v[GAC_C_RETRAIN_EVERY] : c->v[GAC_C_AMORTIZE];
}

static void spread_text(gac_buf *b, const gac_entry *c)
{
	gac_buf_puts(b, " ÷ ");
	gac_buf_exact(b, spread(c));
	gac_buf_puts(b, c->v[GAC_C_RETRAIN_EVERY] > 0 ? " months between retrainings"
	                                              : " months amortized");
}

static gac_status need(engine *e, const gac_entry *c, bool ok, const char *what)
{
	if (ok)
		return GAC_OK;
	return gac_fail(e->err, GAC_ESCHEMA, e->s->path, c->line, c->col, "customization '%s' (%s) needs %s",
	                c->name, kind_names[(int)c->v[GAC_C_KIND]], what);
}

static const gac_service *instance(engine *e, const gac_entry *c, int field, gac_status *st)
{
	const char *id = c->text[field];
	const gac_service *svc = id ? gac_sheet_service(e->sheet, id) : NULL;
	*st = GAC_OK;
	if (!id)
		*st = need(e, c, false, field == GAC_CT_INSTANCE ? "instance (a service id)" : "hosting_instance");
	else if (!svc)
		*st = gac_fail(e->err, GAC_ESERVICE, e->s->path, c->line, c->col,
		               "customization '%s': unknown instance '%s' in the sheet's services", c->name, id);
	else if (!svc->hourly)
		*st = gac_fail(e->err, GAC_EVALUE, e->s->path, c->line, c->col,
		               "customization '%s': %s is not billed by the hour", c->name, id);
	return *st == GAC_OK ? svc : NULL;
}

static gac_status fine_tune(engine *e, const gac_entry *c, const char *label)
{
	gac_status st;
	const char *base = c->text[GAC_CT_BASE_MODEL];
	if ((st = need(e, c, base != NULL, "base_model")) != GAC_OK)
		return st;
	const gac_model *m = gac_sheet_lookup(e->sheet, base);
	if (!m)
		return gac_fail(e->err, GAC_EMODEL, e->s->path, c->line, c->col,
		                "customization '%s': unknown base model '%s'", c->name, base);
	if (!m->customizable)
		return gac_fail(e->err, GAC_ENOPRICE, e->s->path, c->line, c->col,
		                "customization '%s': the price sheet has no customization prices for %s "
		                "(training and storage)", c->name, m->id);
	double tokens = c->v[GAC_C_TRAINING_TOKENS], epochs = c->v[GAC_C_EPOCHS];
	if ((st = need(e, c, tokens > 0, "training_tokens above 0")) != GAC_OK)
		return st;
	/* AWS bills tokens in the corpus × epochs */
	double k = tokens * epochs / 1000.0;
	gac_buf b = GAC_WHY(e);
	gac_buf_exact(&b, tokens);
	gac_buf_puts(&b, " training tokens × ");
	gac_buf_exact(&b, epochs);
	gac_buf_puts(&b, epochs == 1 ? " epoch ÷ 1000" : " epochs ÷ 1000");
	spread_text(&b, c);
	gac_plan_fixed(e, k / spread(c));
	if ((st = gac_add_line(e, c->name, m->id, label, k / spread(c), "1K training tokens", "training",
	                       m->training_per_1k, &b)) != GAC_OK)
		return st;
	gac_line_one_time(e, k * m->training_per_1k, c->v[GAC_C_RETRAIN_EVERY]);
	gac_buf_puts(&b, "one custom model stored for the month");
	gac_plan_fixed(e, 1);
	return gac_add_line(e, c->name, m->id, "custom model storage", 1, "model-month", "custom_model_storage",
	                    m->storage_per_month, &b);
}

/* Distillation: the teacher writes the synthetic training data, billed at
 * its on-demand token prices, once per (re)training. */
static gac_status teacher(engine *e, const gac_entry *c)
{
	gac_status st;
	const char *id = c->text[GAC_CT_TEACHER_MODEL];
	if ((st = need(e, c, id != NULL, "teacher_model")) != GAC_OK)
		return st;
	const gac_model *m = gac_sheet_lookup(e->sheet, id);
	if (!m)
		return gac_fail(e->err, GAC_EMODEL, e->s->path, c->line, c->col,
		                "customization '%s': unknown teacher model '%s'", c->name, id);
	gac_prices p;
	gac_model_prices(&p, m, e->s->region);
	static const int kinds[2] = {GAC_DIM_INPUT, GAC_DIM_OUTPUT};
	static const int fields[2] = {GAC_C_TEACHER_INPUT, GAC_C_TEACHER_OUTPUT};
	for (int i = 0; i < 2; i++) {
		double tokens = c->v[fields[i]];
		if (tokens <= 0)
			continue;
		if (!(p.has & (1u << kinds[i])))
			return gac_fail(e->err, GAC_ENOPRICE, e->s->path, c->line, c->col,
			                "customization '%s': the price sheet has no on-demand %s price for teacher %s",
			                c->name, i ? "output" : "input", m->id);
		gac_buf b = GAC_WHY(e);
		gac_buf_exact(&b, tokens);
		gac_buf_printf(&b, " teacher %s tokens ÷ ", i ? "output" : "input");
		gac_buf_exact(&b, m->per);
		spread_text(&b, c);
		const char *unit = m->per == 1e6 ? "1M tokens" : "1K tokens";
		gac_plan_fixed(e, tokens / m->per / spread(c));
		if ((st = gac_add_line(e, c->name, m->id, i ? "teacher output tokens (synthetic data)"
		                                             : "teacher input tokens (synthetic data)",
		                       tokens / m->per / spread(c), unit, i ? "output" : "input", p.v[kinds[i]],
		                       &b)) != GAC_OK)
			return st;
		gac_line_one_time(e, tokens / m->per * p.v[kinds[i]], c->v[GAC_C_RETRAIN_EVERY]);
	}
	return GAC_OK;
}

static gac_status import(engine *e, const gac_entry *c, const char *id)
{
	const gac_import_prices *p = &e->sheet->import;
	gac_status st;
	if (!p->present)
		return gac_fail(e->err, GAC_ENOPRICE, e->s->path, c->line, c->col,
		                "customization '%s': the price sheet has no custom_model_import prices", c->name);
	double cmu = c->v[GAC_C_CMU], copies = c->v[GAC_C_COPIES];
	if ((st = need(e, c, cmu > 0, "cmu_per_copy above 0 (custom model units per copy)")) != GAC_OK)
		return st;
	/* billed in whole windows from the first call; idle copies scale to zero */
	double days = e->s->g[GAC_G_HOURS_PER_MONTH] / 24.0;
	double windows = ceil(c->v[GAC_C_ACTIVE_MINUTES] / p->window_minutes);
	double minutes = copies * cmu * windows * p->window_minutes * days;
	gac_buf b = GAC_WHY(e);
	gac_buf_exact(&b, copies);
	gac_buf_puts(&b, copies == 1 ? " copy × " : " copies × ");
	gac_buf_exact(&b, cmu);
	gac_buf_puts(&b, cmu == 1 ? " CMU × ceil(" : " CMUs × ceil(");
	gac_buf_exact(&b, c->v[GAC_C_ACTIVE_MINUTES]);
	gac_buf_puts(&b, " active minutes a day ÷ ");
	gac_buf_exact(&b, p->window_minutes);
	gac_buf_puts(&b, ") windows × ");
	gac_buf_exact(&b, p->window_minutes);
	gac_buf_puts(&b, " minutes × ");
	gac_buf_exact(&b, days);
	gac_buf_puts(&b, " days");
	/* copies × CMUs × windows × minutes, then × hours / 24 days */
	if (e->plan)
		e->plan_q = PN_OP(e, MUL, PN_CONST(e, copies * cmu * windows * p->window_minutes),
		                  PN_OP(e, DIV, PN_SLOT(e, &e->s->g[GAC_G_HOURS_PER_MONTH]), PN_CONST(e, 24.0)));
	if ((st = gac_add_line(e, c->name, id, "imported model inference", minutes, "CMU-minute", "custom_model_import",
	                       p->cmu_minute, &b)) != GAC_OK)
		return st;
	gac_buf_exact(&b, cmu);
	gac_buf_puts(&b, cmu == 1 ? " CMU of model stored for the month" : " CMUs of model stored for the month");
	gac_plan_fixed(e, cmu);
	return gac_add_line(e, c->name, id, "imported model storage", cmu, "CMU-month", "custom_model_import",
	                    p->storage_cmu_month, &b);
}

static gac_status from_scratch(engine *e, const gac_entry *c)
{
	gac_status st;
	const gac_service *svc = instance(e, c, GAC_CT_INSTANCE, &st);
	if (!svc)
		return st;
	double price;
	if (!gac_service_price(svc, e->s->region, &price))
		return gac_fail(e->err, GAC_EREGION, e->s->path, c->line, c->col,
		                "customization '%s': %s is not offered in '%s'", c->name, svc->id, e->s->region);
	double count = c->v[GAC_C_INSTANCE_COUNT], hours = c->v[GAC_C_TRAINING_HOURS];
	gac_buf b = GAC_WHY(e);
	if (hours <= 0) {
		/* training takes about 6 FLOPs per parameter per token */
		double params = c->v[GAC_C_PARAMETERS], tokens = c->v[GAC_C_TRAINING_TOKENS];
		double mfu = c->v[GAC_C_MFU];
		if ((st = need(e, c, params > 0 && tokens > 0,
		               "training_hours, or parameters and training_tokens to derive them")) != GAC_OK)
			return st;
		if (svc->gpus <= 0 || svc->gpu_flops <= 0)
			return gac_fail(e->err, GAC_ENOPRICE, e->s->path, c->line, c->col,
			                "customization '%s': %s has no gpus and gpu_flops in the sheet to "
			                "derive training hours from; give training_hours", c->name, svc->id);
		if ((st = need(e, c, mfu > 0, "mfu above 0")) != GAC_OK)
			return st;
		hours = params * tokens * 6.0 / (count * svc->gpus * svc->gpu_flops * mfu) / 3600.0;
		gac_buf_puts(&b, "6 × ");
		gac_buf_exact(&b, params);
		gac_buf_puts(&b, " parameters × ");
		gac_buf_exact(&b, tokens);
		gac_buf_puts(&b, " tokens ÷ (");
		gac_buf_exact(&b, count);
		gac_buf_puts(&b, count == 1 ? " instance × " : " instances × ");
		gac_buf_exact(&b, svc->gpus);
		gac_buf_puts(&b, svc->gpus == 1 ? " GPU × " : " GPUs × ");
		gac_buf_exact(&b, svc->gpu_flops);
		gac_buf_puts(&b, " FLOP/s × ");
		gac_buf_exact(&b, mfu);
		gac_buf_puts(&b, " MFU) ÷ 3600 = ");
	}
	gac_buf_exact(&b, hours);
	gac_buf_puts(&b, hours == 1 ? " hour × " : " hours × ");
	gac_buf_exact(&b, count);
	gac_buf_puts(&b, count == 1 ? " instance" : " instances");
	spread_text(&b, c);
	gac_plan_fixed(e, hours * count / spread(c));
	if ((st = gac_add_line(e, c->name, svc->id, "training compute", hours * count / spread(c), svc->unit,
	                       "service", price, &b)) != GAC_OK)
		return st;
	gac_line_one_time(e, hours * count * price, c->v[GAC_C_RETRAIN_EVERY]);
	double hosts = c->v[GAC_C_HOSTING_COUNT];
	if (hosts > 0) {
		const gac_service *h = instance(e, c, GAC_CT_HOSTING_INSTANCE, &st);
		if (!h)
			return st;
		if (!gac_service_price(h, e->s->region, &price))
			return gac_fail(e->err, GAC_EREGION, e->s->path, c->line, c->col,
			                "customization '%s': %s is not offered in '%s'", c->name, h->id, e->s->region);
		gac_buf_exact(&b, hosts);
		gac_buf_puts(&b, hosts == 1 ? " instance serving × " : " instances serving × ");
		gac_buf_exact(&b, e->s->g[GAC_G_HOURS_PER_MONTH]);
		gac_buf_puts(&b, " hours");
		gac_plan_hourly(e, hosts);
		if ((st = gac_add_line(e, c->name, h->id, "hosting", hosts * e->s->g[GAC_G_HOURS_PER_MONTH],
		                       h->unit, "service", price, &b)) != GAC_OK)
			return st;
	}
	return GAC_OK;
}

gac_status gac_price_customizations(engine *e)
{
	const gac_entries *cs = &e->s->sect[GAC_SECT_CUSTOM];
	for (size_t i = 0; i < cs->count; i++) {
		const gac_entry *c = &cs->items[i];
		if (!used(e->s, c))
			continue;
		char id[160];
		gac_c_snprintf(id, sizeof id, "custom:%s", c->name);
		gac_status st;
		switch ((int)c->v[GAC_C_KIND]) {
		case GAC_CUSTOM_FINE_TUNE: st = fine_tune(e, c, "fine-tuning (training)"); break;
		case GAC_CUSTOM_PRETRAIN: st = fine_tune(e, c, "continued pre-training"); break;
		case GAC_CUSTOM_DISTILL:
			if ((st = teacher(e, c)) == GAC_OK)
				st = fine_tune(e, c, "distillation (student training)");
			break;
		case GAC_CUSTOM_IMPORT: st = import(e, c, id); break;
		default: st = from_scratch(e, c); break;
		}
		if (st != GAC_OK)
			return st;
		double once = c->v[GAC_C_ONE_TIME];
		if (once > 0) {
			/* not repeated with retraining: spread over the horizon */
			double months = c->v[GAC_C_AMORTIZE];
			gac_buf b = GAC_WHY(e);
			gac_buf_puts(&b, "data preparation, staff and other one-time costs ÷ ");
			gac_buf_exact(&b, months);
			gac_buf_puts(&b, months == 1 ? " month amortized" : " months amortized");
			gac_plan_fixed(e, 1.0 / months);
			if ((st = gac_add_line(e, c->name, id, "one-time costs", 1.0 / months, "one-time cost", NULL,
			                       once, &b)) != GAC_OK)
				return st;
			gac_line_one_time(e, once, 0);
		}
	}
	return GAC_OK;
}

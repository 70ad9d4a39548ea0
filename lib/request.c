/* What one request to a model must say, and what it may hold: the rule
 * every estimate (and so every command) passes once per workload, where
 * the engine knows the model's kind.  No token count is taken as zero
 * because it was left out, and no request larger than the model's context
 * window is priced. */
#include "engine.h"

/* Where field f's value was written; the workload itself when it came
 * from a --set or from code. */
static void place(const gac_workload *w, int f, unsigned *line, unsigned *col)
{
	*line = w->fline[f] ? w->fline[f] : w->line;
	*col = w->fline[f] ? w->fcol[f] : w->col;
}

bool gac_field_skipped(const gac_workload *w, int f, const gac_model *m)
{
	/* the one field a model's kind refuses: output tokens of an embedding */
	return f == GAC_W_OUTPUT_TOKENS && m->kind == GAC_KIND_EMBEDDING && (w->wild & (1u << f));
}

gac_status gac_check_request(engine *e, const gac_workload *w, const gac_model *m)
{
	const gac_scenario *s = e->s;
	unsigned line, col;
	/* an image model bills images (images_per_request, 1 unless given) */
	if (m->kind == GAC_KIND_IMAGE)
		return GAC_OK;
	/* no request rate (only provisioned throughput may leave it out): no
	 * request is priced, so no token count can be taken as zero */
	if (!(w->set & GAC_W_RATE_BITS))
		return GAC_OK;
	bool embedding = m->kind == GAC_KIND_EMBEDDING;
	if (!(w->set & (1u << GAC_W_INPUT_TOKENS)))
		return gac_fail(e->err, GAC_ESCHEMA, s->path, w->line, w->col,
		                "workload '%s' does not say its input_tokens: %s is %s model and every "
		                "request to it is billed by its input tokens; write input_tokens "
		                "(0 if its requests have none)",
		                w->name, m->id, embedding ? "an embedding" : "a text");
	/* a pattern's output_tokens (workloads.*.output_tokens) is not this
	 * embedding workload's: skipped, as if not written */
	bool skip_out = gac_field_skipped(w, GAC_W_OUTPUT_TOKENS, m);
	double in = w->v[GAC_W_INPUT_TOKENS], out = skip_out ? 0 : w->v[GAC_W_OUTPUT_TOKENS];
	if (embedding && out > 0) {
		place(w, GAC_W_OUTPUT_TOKENS, &line, &col);
		return gac_fail(e->err, GAC_EVALUE, s->path, line, col,
		                "workload '%s': output_tokens is %.15g, but %s is an embedding model and "
		                "embedding models produce no output tokens; remove output_tokens or set it to 0",
		                w->name, out, m->id);
	}
	if (!embedding && !(w->set & (1u << GAC_W_OUTPUT_TOKENS)))
		return gac_fail(e->err, GAC_ESCHEMA, s->path, w->line, w->col,
		                "workload '%s' does not say its output_tokens: %s generates text and every "
		                "request to it is billed by its output tokens; write output_tokens "
		                "(0 if its requests have none)",
		                w->name, m->id);
	/* the plan: both checks hold while the numbers move */
	int n_out = skip_out ? PN_CONST(e, 0.0) : PN_SLOT(e, &w->v[GAC_W_OUTPUT_TOKENS]);
	if (embedding && !skip_out)
		PN_GUARD(e, n_out, GT, 0.0, false);
	if (m->context_window > 0)
		PN_GUARD(e, PN_OP(e, ADD, PN_SLOT(e, &w->v[GAC_W_INPUT_TOKENS]), n_out), GT, m->context_window, false);
	if (m->context_window > 0 && in + out > m->context_window) {
		/* at the value that holds most of the request */
		place(w, in >= out || !w->fline[GAC_W_OUTPUT_TOKENS] ? GAC_W_INPUT_TOKENS : GAC_W_OUTPUT_TOKENS,
		      &line, &col);
		return gac_fail(e->err, GAC_EVALUE, s->path, line, col,
		                "workload '%s': %.15g input + %.15g output tokens a request is %.15g tokens, above "
		                "the context window of %s, %.15g tokens (the sheet's context_window): no such "
		                "request can be served, so none is priced",
		                w->name, in, out, in + out, m->id, m->context_window);
	}
	return GAC_OK;
}

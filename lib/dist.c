/* Distributions of uncertain inputs.  Every one is sampled through its
 * inverse CDF (GSL's gsl_cdf_*_Pinv), so a Gaussian copula can correlate
 * any of them and bounds are applied by drawing within [F(min), F(max)]. */
#include "internal.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_integration.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The 5th and 95th percentiles of a standard normal: ±1.6448536... */
#define Z95 1.6448536269514722

static const char *const kind_names[] = {"fixed", "uniform", "normal", "lognormal", "triangular",
                                         "pert", "gamma", "beta", "poisson", "empirical", NULL};

void gac_dist_free(gac_dist *d)
{
	if (!d)
		return;
	free(d->values);
	free(d->rows);
	free(d->source);
	d->values = d->rows = NULL;
	d->source = NULL;
	d->count = 0;
}

static double triangular_q(double a, double m, double b, double u)
{
	double f = (m - a) / (b - a);
	return u < f ? a + sqrt(u * (b - a) * (m - a)) : b - sqrt((1 - u) * (b - a) * (b - m));
}

static double raw_quantile(const gac_dist *d, double u)
{
	switch (d->kind) {
	case GAC_DIST_FIXED: return d->a;
	case GAC_DIST_UNIFORM: return d->a + (d->b - d->a) * u;
	case GAC_DIST_NORMAL: return d->a + gsl_cdf_gaussian_Pinv(u, d->b);
	case GAC_DIST_LOGNORMAL: return gsl_cdf_lognormal_Pinv(u, d->a, d->b);
	case GAC_DIST_TRIANGULAR: return triangular_q(d->a, d->b, d->c, u);
	case GAC_DIST_PERT: return d->a + (d->c - d->a) * gsl_cdf_beta_Pinv(u, d->d, d->e);
	case GAC_DIST_GAMMA: return gsl_cdf_gamma_Pinv(u, d->a, d->b);
	case GAC_DIST_BETA: return gsl_cdf_beta_Pinv(u, d->a, d->b);
	case GAC_DIST_POISSON: {
		/* the smallest k with P(X <= k) >= u, searched from the normal
		 * approximation's guess, a few steps from it for any mean */
		double k = floor(d->a + sqrt(d->a) * gsl_cdf_ugaussian_Pinv(u));
		if (!(k >= 0))
			k = 0;
		while (k > 0 && gsl_cdf_poisson_P((unsigned)(k - 1), d->a) >= u)
			k--;
		while (gsl_cdf_poisson_P((unsigned)k, d->a) < u && k < 1e9)
			k++;
		return k;
	}
	case GAC_DIST_EMPIRICAL: {
		/* resampling: each observed value equally likely */
		size_t i = (size_t)(u * (double)d->count);
		return d->values[i < d->count ? i : d->count - 1];
	}
	}
	return NAN;
}

static double raw_cdf(const gac_dist *d, double x)
{
	switch (d->kind) {
	case GAC_DIST_NORMAL: return gsl_cdf_gaussian_P(x - d->a, d->b);
	case GAC_DIST_LOGNORMAL: return x <= 0 ? 0 : gsl_cdf_lognormal_P(x, d->a, d->b);
	case GAC_DIST_GAMMA: return x <= 0 ? 0 : gsl_cdf_gamma_P(x, d->a, d->b);
	case GAC_DIST_BETA: return x <= 0 ? 0 : x >= 1 ? 1 : gsl_cdf_beta_P(x, d->a, d->b);
	case GAC_DIST_POISSON: return x < 0 ? 0 : gsl_cdf_poisson_P((unsigned)floor(x), d->a);
	default: return NAN;  /* bounded kinds clamp instead */
	}
}

double gac_dist_quantile(const gac_dist *d, double u)
{
	double x = raw_quantile(d, d->u_lo + (d->u_hi - d->u_lo) * u);
	/* the kinds without a CDF here are clamped */
	if (x < d->lo)
		x = d->lo;
	if (x > d->hi)
		x = d->hi;
	return x;
}

/* Drawn straight from GSL's samplers where they are exact and fast (here
 * a beta's inverse CDF took 2.5 us, gsl_ran_beta 0.05 us); bounds by
 * rejection while it accepts at least a quarter of the draws, else
 * through the quantile.  Kinds whose quantile is a closed form use it. */
double gac_dist_draw(const gac_dist *d, const gsl_rng *r)
{
	if (d->u_hi - d->u_lo < 0.25)
		return gac_dist_quantile(d, gsl_rng_uniform_pos(r));
	for (;;) {
		double x;
		switch (d->kind) {
		case GAC_DIST_NORMAL: x = d->a + gsl_ran_gaussian_ziggurat(r, d->b); break;
		case GAC_DIST_LOGNORMAL: x = exp(d->a + d->b * gsl_ran_gaussian_ziggurat(r, 1)); break;
		case GAC_DIST_GAMMA: x = gsl_ran_gamma(r, d->a, d->b); break;
		case GAC_DIST_BETA: x = gsl_ran_beta(r, d->a, d->b); break;
		case GAC_DIST_PERT: x = d->a + (d->c - d->a) * gsl_ran_beta(r, d->d, d->e); break;
		case GAC_DIST_POISSON: x = gsl_ran_poisson(r, d->a); break;
		default: return gac_dist_quantile(d, gsl_rng_uniform_pos(r));
		}
		if (x >= d->lo && x <= d->hi)
			return x;
	}
}

static double quantile_fn(double u, void *d) { return gac_dist_quantile(d, u); }

/* With bounds, the mean of what is drawn: the integral of the quantile
 * over (0, 1) (GSL's QAGS); without, the closed form below. */
double gac_dist_drawn_mean(const gac_dist *d)
{
	bool bounded = d->lo > -INFINITY || d->hi < INFINITY;
	if (bounded && d->kind == GAC_DIST_EMPIRICAL) {
		/* resampled values are clamped to the bounds */
		double s = 0;
		for (size_t i = 0; i < d->count; i++)
			s += fmin(fmax(d->values[i], d->lo), d->hi);
		return d->count ? s / (double)d->count : NAN;
	}
	if (!bounded || d->kind == GAC_DIST_FIXED)
		return gac_dist_mean(d);
	if (d->kind == GAC_DIST_POISSON) {
		/* a count's quantile is a staircase QAGS does not converge on: sum
		 * k p(k) over the bounds, within 40 sd of the mean where the mass is */
		double reach = 40 * sqrt(d->a) + 40, num = 0, den = 0;
		double from = fmax(ceil(fmax(d->lo, 0)), floor(d->a - reach)), to = fmin(floor(d->hi), d->a + reach);
		for (double k = fmax(from, 0); k <= to; k++) {
			double p = gsl_ran_poisson_pdf((unsigned)k, d->a);
			num += k * p;
			den += p;
		}
		return den > 0 ? num / den : gac_dist_mean(d);
	}
	gsl_integration_workspace *w = gsl_integration_workspace_alloc(200);
	if (!w)
		return gac_dist_mean(d);
	gsl_function f = {quantile_fn, (void *)d};
	double v = NAN, abserr;
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	int rc = gsl_integration_qags(&f, 0, 1, 0, 1e-9, 200, w, &v, &abserr);
	gsl_set_error_handler(old);
	gsl_integration_workspace_free(w);
	return rc == GSL_SUCCESS && isfinite(v) ? v : gac_dist_mean(d);
}

double gac_dist_mean(const gac_dist *d)
{
	switch (d->kind) {
	case GAC_DIST_FIXED: return d->a;
	case GAC_DIST_UNIFORM: return (d->a + d->b) / 2;
	case GAC_DIST_NORMAL: return d->a;
	case GAC_DIST_LOGNORMAL: return exp(d->a + d->b * d->b / 2);
	case GAC_DIST_TRIANGULAR: return (d->a + d->b + d->c) / 3;
	case GAC_DIST_PERT: return (d->a + 4 * d->b + d->c) / 6;
	case GAC_DIST_GAMMA: return d->a * d->b;
	case GAC_DIST_BETA: return d->a / (d->a + d->b);
	case GAC_DIST_POISSON: return d->a;
	case GAC_DIST_EMPIRICAL: {
		double s = 0;
		for (size_t i = 0; i < d->count; i++)
			s += d->values[i];
		return d->count ? s / (double)d->count : NAN;
	}
	}
	return NAN;
}

static gac_status num(gac_ctx *c, const gac_node *map, const char *key, double *out, bool *had)
{
	const gac_node *v = gac_map_get(map, key);
	*had = v != NULL;
	if (!v)
		return GAC_OK;
	/* distributions describe any input: negative means are allowed here,
	 * the parameter's own checks apply to each draw */
	return gac_get_number(c, v, GAC_NUM_SUFFIX | GAC_NUM_PERCENT, key, out);
}

static gac_status bad(gac_ctx *c, const gac_node *n, const char *path, const char *why)
{
	return gac_fail(c->err, GAC_EVALUE, c->file, n->line, n->col, "uncertain %s: %s", path, why);
}

/* "A to B": a lognormal whose 5th and 95th percentiles are A and B */
static gac_status from_interval(gac_ctx *c, const gac_node *n, const char *path, double p5, double p95,
                                gac_dist *d)
{
	if (!(p5 > 0) || !(p95 > p5))
		return bad(c, n, path, "a 90% interval needs 0 < p5 < p95");
	d->kind = GAC_DIST_LOGNORMAL;
	d->a = (log(p5) + log(p95)) / 2;
	d->b = (log(p95) - log(p5)) / (2 * Z95);
	return GAC_OK;
}

static gac_status load_scalar(gac_ctx *c, const gac_node *n, const char *path, gac_dist *d)
{
	const char *to = strstr(n->text, " to ");
	if (!to) {
		d->kind = GAC_DIST_FIXED;
		return gac_get_number(c, n, GAC_NUM_SUFFIX | GAC_NUM_PERCENT, path, &d->a);
	}
	char lo[128];
	size_t len = (size_t)(to - n->text);
	if (len >= sizeof lo)
		return bad(c, n, path, "write 'LOW to HIGH', e.g. '1M to 5M'");
	memcpy(lo, n->text, len);
	lo[len] = '\0';
	double p5, p95;
	if (gac_parse_number(&p5, lo, GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK ||
	    gac_parse_number(&p95, to + 4, GAC_NUM_SUFFIX | GAC_NUM_PERCENT) != GAC_OK)
		return bad(c, n, path, "write 'LOW to HIGH' with two numbers, e.g. '1M to 5M'");
	return from_interval(c, n, path, p5, p95, d);
}

/* empirical from a column of a CSV file of historical usage, found
 * relative to the scenario */
static gac_status load_csv_column(gac_ctx *c, const gac_node *n, const gac_node *csv, const char *path,
                                  gac_dist *d)
{
	gac_status st;
	const gac_node *col = gac_map_get(n, "column");
	if ((st = gac_expect(c, csv, GAC_NODE_SCALAR, "csv")) != GAC_OK)
		return st;
	if (!col || col->type != GAC_NODE_SCALAR)
		return bad(c, n, path, "an empirical csv needs 'column', the header of the column to read");
	gac_buf fp = {0};
	const char *slash = strrchr(c->file, '/');
	if (csv->text[0] != '/' && slash)
		gac_buf_printf(&fp, "%.*s/%s", (int)(slash - c->file), c->file, csv->text);
	else
		gac_buf_puts(&fp, csv->text);
	if (fp.failed)
		return gac_fail(c->err, GAC_ENOMEM, c->file, csv->line, csv->col, "out of memory");
	if ((st = gac_access_check(c->access, fp.data, NULL, "csv", c->file, csv->line, csv->col, c->err)) != GAC_OK) {
		gac_buf_free(&fp);
		return st;
	}
	char *data = NULL;
	size_t len;
	gac_error ferr;
	st = gac_read_file_id(&data, &len, d->file_id, fp.data, GAC_MAX_FILE_BYTES, &ferr);
	if (st != GAC_OK) {
		gac_fail(c->err, st, c->file, csv->line, csv->col, "%s: %s", fp.data, ferr.message);
		gac_buf_free(&fp);
		return st;
	}
	st = gac_csv_column(&d->values, &d->count, data, len, fp.data, col->text, c->err);
	if (st == GAC_ENOTFOUND)
		st = gac_fail(c->err, GAC_ESCHEMA, c->file, col->line, col->col, "%s has no column '%s'", fp.data,
		              col->text);
	else if (st == GAC_ENOMEM)
		st = gac_fail(c->err, GAC_ENOMEM, c->file, csv->line, csv->col, "out of memory");
	if (st == GAC_OK && d->count == 0)
		st = gac_fail(c->err, GAC_EVALUE, c->file, csv->line, csv->col, "%s has no values under '%s'", fp.data,
		              col->text);
	if (st == GAC_OK && (!(d->rows = gac_malloc(d->count * sizeof *d->rows)) || !(d->source = gac_strdup(fp.data))))
		st = gac_fail(c->err, GAC_ENOMEM, c->file, csv->line, csv->col, "out of memory");
	if (st == GAC_OK) {
		memcpy(d->rows, d->values, d->count * sizeof *d->rows);
		gsl_sort(d->values, 1, d->count);
	}
	free(data);
	gac_buf_free(&fp);
	return st;
}

bool gac_dist_same_file(const gac_dist *a, const gac_dist *b)
{
	if (!a->source || !b->source)
		return false;
	if (a->file_id[1] && b->file_id[1])
		return a->file_id[0] == b->file_id[0] && a->file_id[1] == b->file_id[1];
	return !strcmp(a->source, b->source);
}

gac_status gac_dist_load(gac_ctx *c, const gac_node *n, const char *path, gac_dist *d)
{
	static const char *const keys[] = {"dist", "value", "min", "max", "mean", "sd", "p5", "p95", "mode",
	                                   "shape", "scale", "alpha", "beta", "values", "csv", "column", NULL};
	memset(d, 0, sizeof *d);
	d->lo = -INFINITY;
	d->hi = INFINITY;
	d->u_hi = 1;
	gac_status st;
	if (n->type == GAC_NODE_SCALAR)
		return load_scalar(c, n, path, d);
	if ((st = gac_expect(c, n, GAC_NODE_MAP, path)) != GAC_OK || (st = gac_check_keys(c, n, keys, path)) != GAC_OK)
		return st;
	const gac_node *k = gac_map_get(n, "dist");
	if (!k)
		return gac_fail(c->err, GAC_ESCHEMA, c->file, n->line, n->col,
		                "uncertain %s needs 'dist' (fixed, uniform, normal, lognormal, triangular, pert, "
		                "gamma, beta, poisson or empirical)", path);
	if ((st = gac_expect(c, k, GAC_NODE_SCALAR, "dist")) != GAC_OK)
		return st;
	int kind = -1;
	for (int i = 0; kind_names[i]; i++)
		if (!strcmp(kind_names[i], k->text))
			kind = i;
	if (kind < 0)
		return gac_fail(c->err, GAC_EVALUE, c->file, k->line, k->col,
		                "unknown distribution '%s' (fixed, uniform, normal, lognormal, triangular, pert, "
		                "gamma, beta, poisson or empirical)", k->text);
	d->kind = (gac_dist_kind)kind;
	double mn = 0, mx = 0, mean = 0, sd = 0, p5 = 0, p95 = 0, mode = 0, value = 0, x = 0, y = 0;
	bool h_min, h_max, h_mean, h_sd, h_p5, h_p95, h_mode, h_value, h_x, h_y;
	if ((st = num(c, n, "min", &mn, &h_min)) != GAC_OK || (st = num(c, n, "max", &mx, &h_max)) != GAC_OK ||
	    (st = num(c, n, "mean", &mean, &h_mean)) != GAC_OK || (st = num(c, n, "sd", &sd, &h_sd)) != GAC_OK ||
	    (st = num(c, n, "p5", &p5, &h_p5)) != GAC_OK || (st = num(c, n, "p95", &p95, &h_p95)) != GAC_OK ||
	    (st = num(c, n, "mode", &mode, &h_mode)) != GAC_OK || (st = num(c, n, "value", &value, &h_value)) != GAC_OK)
		return st;
	if (h_sd && sd < 0)
		return bad(c, gac_map_get(n, "sd"), path, "sd must not be negative");
	if (h_min && h_max && !(mn < mx))
		return bad(c, n, path, "min must be below max");
	switch (d->kind) {
	case GAC_DIST_FIXED:
		if (!h_value)
			return bad(c, n, path, "fixed needs 'value'");
		d->a = value;
		break;
	case GAC_DIST_UNIFORM:
		if (!h_min || !h_max)
			return bad(c, n, path, "uniform needs min and max");
		d->a = mn;
		d->b = mx;
		break;
	case GAC_DIST_NORMAL:
		if (!h_mean || !h_sd || !(sd > 0))
			return bad(c, n, path, "normal needs mean and an sd above 0");
		d->a = mean;
		d->b = sd;
		break;
	case GAC_DIST_LOGNORMAL:
		if (h_p5 || h_p95) {
			if (!h_p5 || !h_p95 || !(p5 < p95))
				return bad(c, n, path, "lognormal by interval needs p5 below p95");
			if ((st = from_interval(c, n, path, p5, p95, d)) != GAC_OK)
				return st;
		} else {
			if (!h_mean || !h_sd || !(mean > 0) || !(sd > 0))
				return bad(c, n, path, "lognormal needs a mean and an sd above 0, or p5 and p95");
			/* the log's parameters from the mean and sd of the value */
			double s2 = log(1 + sd * sd / (mean * mean));
			d->a = log(mean) - s2 / 2;
			d->b = sqrt(s2);
		}
		break;
	case GAC_DIST_TRIANGULAR:
	case GAC_DIST_PERT:
		if (!h_min || !h_max || !h_mode || mode < mn || mode > mx)
			return bad(c, n, path, "triangular and pert need min <= mode <= max");
		d->a = mn;
		d->b = mode;
		d->c = mx;
		/* PERT: a beta with shapes 1 + 4(mode-min)/(max-min) and 1 + 4(max-mode)/(max-min) */
		d->d = 1 + 4 * (mode - mn) / (mx - mn);
		d->e = 1 + 4 * (mx - mode) / (mx - mn);
		h_min = h_max = false;  /* the range itself, not bounds */
		break;
	case GAC_DIST_GAMMA:
		if ((st = num(c, n, "shape", &x, &h_x)) != GAC_OK || (st = num(c, n, "scale", &y, &h_y)) != GAC_OK)
			return st;
		if (h_x && h_y && x > 0 && y > 0) {
			d->a = x;
			d->b = y;
		} else if (h_mean && h_sd && mean > 0 && sd > 0) {
			d->a = mean * mean / (sd * sd);
			d->b = sd * sd / mean;
		} else {
			return bad(c, n, path, "gamma needs shape and scale above 0, or a mean and an sd above 0");
		}
		break;
	case GAC_DIST_BETA:
		if ((st = num(c, n, "alpha", &x, &h_x)) != GAC_OK || (st = num(c, n, "beta", &y, &h_y)) != GAC_OK)
			return st;
		if (h_x && h_y && x > 0 && y > 0) {
			d->a = x;
			d->b = y;
		} else if (h_mean && h_sd && mean > 0 && mean < 1 && sd > 0 && sd * sd < mean * (1 - mean)) {
			double k2 = mean * (1 - mean) / (sd * sd) - 1;
			d->a = mean * k2;
			d->b = (1 - mean) * k2;
		} else {
			return bad(c, n, path, "beta needs alpha and beta above 0, or a mean in (0,1) and a matching sd");
		}
		break;
	case GAC_DIST_POISSON:
		if (!h_mean || !(mean > 0))
			return bad(c, n, path, "poisson needs a mean above 0");
		d->a = mean;
		break;
	case GAC_DIST_EMPIRICAL: {
		const gac_node *vs = gac_map_get(n, "values"), *csv = gac_map_get(n, "csv");
		if (csv) {
			if ((st = load_csv_column(c, n, csv, path, d)) != GAC_OK)
				return st;
			break;
		}
		if (!vs)
			return bad(c, n, path, "empirical needs 'values', a list of observations, or 'csv' and 'column'");
		if ((st = gac_expect(c, vs, GAC_NODE_SEQ, "values")) != GAC_OK)
			return st;
		if (vs->count == 0)
			return bad(c, vs, path, "values must not be empty");
		if (!(d->values = gac_calloc(vs->count, sizeof *d->values)))
			return gac_fail(c->err, GAC_ENOMEM, c->file, vs->line, vs->col, "out of memory");
		d->count = vs->count;
		for (size_t i = 0; i < vs->count; i++)
			if ((st = gac_get_number(c, vs->items[i], GAC_NUM_SUFFIX | GAC_NUM_PERCENT, "a value",
			                         &d->values[i])) != GAC_OK)
				return st;
		gsl_sort(d->values, 1, d->count);
		break;
	}
	}
	if (h_min)
		d->lo = mn;
	if (h_max)
		d->hi = mx;
	/* truncation: draw within the CDF of the bounds where there is one */
	double flo = h_min ? raw_cdf(d, mn) : NAN, fhi = h_max ? raw_cdf(d, mx) : NAN;
	/* a count's minimum is itself drawable: below it lies P(X <= min - 1) */
	if (h_min && d->kind == GAC_DIST_POISSON)
		flo = mn >= 1 ? raw_cdf(d, ceil(mn) - 1) : 0;
	if (!isnan(flo))
		d->u_lo = flo;
	if (!isnan(fhi))
		d->u_hi = fhi;
	if (!(d->u_lo < d->u_hi))
		return bad(c, n, path, "min and max leave no probability to draw from");
	return GAC_OK;
}

/* A figure in prose, as the report's tables write them: six significant
 * digits, grouped (1.69e+07 reads 16,900,000) */
static void num_to(gac_buf *b, const char *label, double v)
{
	gac_buf_printf(b, "%s ", label);
	gac_buf_sig(b, v, 6);
}

void gac_dist_describe(gac_buf *b, const gac_dist *d)
{
	gac_buf_puts(b, kind_names[d->kind]);
	switch (d->kind) {
	case GAC_DIST_FIXED: num_to(b, ", value", d->a); break;
	case GAC_DIST_UNIFORM: num_to(b, ", from", d->a); num_to(b, " to", d->b); break;
	case GAC_DIST_NORMAL: num_to(b, ", mean", d->a); num_to(b, ", sd", d->b); break;
	case GAC_DIST_LOGNORMAL:
		/* what "P5 to P95" turns into: the log's mean and SD */
		num_to(b, ", mu", d->a);
		num_to(b, ", sigma", d->b);
		gac_buf_puts(b, " (of ln x: mu = (ln P5 + ln P95) / 2, sigma = (ln P95 - ln P5) / (2 × 1.6449); P5 = e^(mu - 1.6449 sigma) =");
		num_to(b, "", exp(d->a - Z95 * d->b));
		gac_buf_puts(b, ", P95 =");
		num_to(b, "", exp(d->a + Z95 * d->b));
		gac_buf_puts(b, ", median e^mu =");
		num_to(b, "", exp(d->a));
		gac_buf_puts(b, ")");
		break;
	case GAC_DIST_TRIANGULAR:
	case GAC_DIST_PERT:
		num_to(b, ", min", d->a); num_to(b, ", mode", d->b); num_to(b, ", max", d->c);
		if (d->kind == GAC_DIST_PERT) {
			num_to(b, " (a beta with alpha", d->d);
			num_to(b, ", beta", d->e);
			gac_buf_puts(b, ")");
		}
		break;
	case GAC_DIST_GAMMA: num_to(b, ", shape", d->a); num_to(b, ", scale", d->b); break;
	case GAC_DIST_BETA: num_to(b, ", alpha", d->a); num_to(b, ", beta", d->b); break;
	case GAC_DIST_POISSON: num_to(b, ", mean", d->a); break;
	case GAC_DIST_EMPIRICAL:
		gac_buf_printf(b, ", %zu value%s", d->count, d->count == 1 ? "" : "s");
		if (d->count) {
			num_to(b, " from", d->values[0]);
			num_to(b, " to", d->values[d->count - 1]);
		}
		break;
	}
	bool lo = isfinite(d->lo), hi = isfinite(d->hi);
	if (isnan(raw_cdf(d, 0)) && (lo || hi)) {
		/* the kinds without a CDF here are clamped: "a value below 50
		 * counts as 50 and one above 3,000 as 3,000" */
		if (lo) {
			num_to(b, "; a value below", d->lo);
			num_to(b, " counts as", d->lo);
		}
		if (hi) {
			num_to(b, lo ? " and one above" : "; a value above", d->hi);
			num_to(b, lo ? " as" : " counts as", d->hi);
		}
	} else if (lo || hi) {
		/* the others are truncated: drawn within [F(min), F(max)] */
		if (lo && hi) {
			num_to(b, "; drawn only between", d->lo);
			num_to(b, " and", d->hi);
		} else {
			num_to(b, lo ? "; drawn only at or above" : "; drawn only at or below", lo ? d->lo : d->hi);
		}
		gac_buf_puts(b, " (the distribution cut off there)");
	}
}

void gac_dist_support(double *lo, double *hi, const gac_dist *d)
{
	double a = -INFINITY, b = INFINITY;
	switch (d->kind) {
	case GAC_DIST_FIXED: a = b = d->a; break;
	case GAC_DIST_UNIFORM: a = d->a; b = d->b; break;
	case GAC_DIST_NORMAL: break;
	case GAC_DIST_LOGNORMAL: a = DBL_MIN; break;   /* above 0: never 0 */
	case GAC_DIST_TRIANGULAR:
	case GAC_DIST_PERT: a = d->a; b = d->c; break;
	case GAC_DIST_GAMMA: a = DBL_MIN; break;
	case GAC_DIST_BETA: a = 0; b = 1; break;
	case GAC_DIST_POISSON: a = 0; break;
	case GAC_DIST_EMPIRICAL:
		if (d->count) {
			a = d->values[0];
			b = d->values[d->count - 1];
		}
		break;
	}
	*lo = fmax(a, d->lo);
	*hi = fmin(b, d->hi);
}

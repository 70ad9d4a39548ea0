/* What both benchmarks measure: a Monte Carlo run's rate and the bare
 * GSL loop it is compared with (bench/bench.c, bench/ceiling.c). */
#ifndef GAC_BENCH_COMMON_H
#define GAC_BENCH_COMMON_H

#include <genaicost.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdio.h>
#include <time.h>

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Trials a second of one simulation, or -1 after printing why it failed. */
static double mc_rate(const gac_scenario *sc, const gac_sheet *sheet, size_t trials, unsigned threads)
{
	gac_error e;
	gac_sim_options o = GAC_SIM_OPTIONS_INIT;
	o.trials = trials;
	o.threads = threads;
	gac_simulation *sim = NULL;
	double t0 = now();
	if (gac_simulate(&sim, sc, sheet, &o, &e) != GAC_OK) {
		fprintf(stderr, "bench: %s\n", e.message);
		return -1;
	}
	double r = (double)trials / (now() - t0);
	gac_simulation_free(sim);
	return r;
}

/* Trials a second of bench/mc-reference.yaml's five distributions as plain
 * GSL calls made the way the simulation makes them (lib/dist.c
 * gac_dist_draw): the two correlated demands through the Gaussian copula
 * and their inverse CDFs, the other three from GSL's samplers, the bounded
 * normal by rejection; written out by hand.  The best of three rounds. */
static double bare_rate(size_t trials)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	if (!rng)
		return -1;
	const double z95 = 1.6448536269514722, mu = (log(1e6) + log(5e6)) / 2, sigma = (log(5e6) - log(1e6)) / (2 * z95);
	const double rho = 2 * sin(3.14159265358979323846 * 0.6 / 6), c = sqrt(1 - rho * rho), tri_a = 200e3,
	             tri_m = 500e3, tri_b = 1.5e6, tri_f = (tri_m - tri_a) / (tri_b - tri_a);
	volatile double sink = 0;
	double bare = 0;
	for (int rep = 0; rep < 3; rep++) {
		double t0 = now();
		for (size_t t = 0; t < trials; t++) {
			double z0 = gsl_ran_ugaussian(rng), z3 = gsl_ran_ugaussian(rng);
			double u0 = gsl_cdf_ugaussian_P(z0), u3 = gsl_cdf_ugaussian_P(rho * z0 + c * z3);
			double tri = u3 < tri_f ? tri_a + sqrt(u3 * (tri_b - tri_a) * (tri_m - tri_a))
			                        : tri_b - sqrt((1 - u3) * (tri_b - tri_a) * (tri_b - tri_m));
			double out;
			do
				out = 400 + gsl_ran_gaussian_ziggurat(rng, 100);
			while (out < 50);
			sink += gsl_cdf_lognormal_Pinv(u0, mu, sigma) + out + gsl_ran_beta(rng, 12, 12) + tri +
			        gsl_ran_gamma(rng, 25, 160);
		}
		double r = (double)trials / (now() - t0);
		if (r > bare)
			bare = r;
	}
	gsl_rng_free(rng);
	(void)sink;  /* written so the draws are made; clang asks it be read too */
	return bare;
}

#endif

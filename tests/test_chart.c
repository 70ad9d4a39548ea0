/* lib/chart*.c: nice ticks, axis labels, the palette's grey steps, the
 * builders' figures (computed by hand), SVG escaping and a PNG's header. */
#include "tests.h"

#include "chart.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char sheet_yaml[] =
	"genaicost: pricesheet/1\n"
	"name: t\n"
	"currency: USD\n"
	"as_of: 2025-02-28\n"
	"sources: [hand]\n"
	"models:\n"
	"  - id: m.sonnet\n"
	"    vendor: anthropic\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 3\n"
	"    output: 15\n"
	"  - id: m.small\n"
	"    vendor: anthropic\n"
	"    regions: [us-east-1]\n"
	"    per: 1M\n"
	"    input: 0.25\n"
	"    output: 1.25\n";

static gac_sheet *sheet;
static gac_scenario *sc;

static void setup(void)
{
	gac_error e;
	ck_assert_int_eq(gac_sheet_load_buffer(&sheet, sheet_yaml, strlen(sheet_yaml), "t.yaml", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_new(&sc, "a <b> & \"c\""), GAC_OK);
	ck_assert_int_eq(gac_scenario_add_workload(sc, "chat", "m.sonnet"), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.requests_per_month", "1M", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.input_tokens", "1500", &e), GAC_OK);
	ck_assert_int_eq(gac_scenario_set(sc, "workloads.chat.output_tokens", "400.5", &e), GAC_OK);
	const char *paths[] = {"workloads.chat.model"}, *values[] = {"m.small"};
	ck_assert_int_eq(gac_scenario_add_option(sc, "small", paths, values, 1, &e), GAC_OK);
}

static void teardown(void)
{
	gac_scenario_free(sc);
	gac_sheet_free(sheet);
}

static void ticks_are(double lo, double hi, int target, const double *want, size_t n)
{
	double t[64];
	size_t got = chart_ticks(t, 64, lo, hi, target);
	ck_assert_uint_eq(got, n);
	for (size_t i = 0; i < n; i++)
		ck_assert_double_eq_tol(t[i], want[i], 1e-9);
}

START_TEST(nice_ticks)
{
	/* 0..15,309 in about 5: 3,061.8 a step, rounded up to 5,000 */
	ticks_are(0, 15309, 5, (const double[]){0, 5000, 10000, 15000, 20000}, 5);
	/* 0.3..0.87: 0.114 -> 0.2, from floor(0.3 / 0.2) = 1 step */
	ticks_are(0.3, 0.87, 5, (const double[]){0.2, 0.4, 0.6, 0.8, 1.0}, 5);
	/* -7..23 in 6: 5 a step, -10 to 25 */
	ticks_are(-7, 23, 6, (const double[]){-10, -5, 0, 5, 10, 15, 20, 25}, 8);
	/* one value, 5: the range 2.5..7.5, a step of 1 */
	ticks_are(5, 5, 5, (const double[]){2, 3, 4, 5, 6, 7, 8}, 7);
	/* nothing at all: 0..1 */
	ticks_are(0, 0, 5, (const double[]){0, 0.2, 0.4, 0.6, 0.8, 1.0}, 6);
	double t[4];
	ck_assert_uint_eq(chart_ticks(t, 4, 0, 1e6, 100), 4);  /* capped at max */
	ck_assert_uint_eq(chart_ticks(t, 4, 0, INFINITY, 5), 0);
}
END_TEST

static void label_is(double v, double step, chart_unit u, const char *cur, const char *want)
{
	gac_buf b = {0};
	chart_label(&b, v, step, u, cur);
	ck_assert_ptr_nonnull(b.data);
	ck_assert_str_eq(b.data, want);
	gac_buf_free(&b);
}

START_TEST(labels)
{
	label_is(12500, 2500, UNIT_MONEY, "USD", "$12,500");
	label_is(1500000, 500000, UNIT_MONEY, "USD", "$1.5M");
	label_is(999000, 1000, UNIT_MONEY, "USD", "$999,000");
	label_is(-2000, 1000, UNIT_MONEY, "USD", "-$2,000");
	label_is(0.5, 0.1, UNIT_MONEY, "USD", "$0.5");
	label_is(3369.6, 0.01, UNIT_MONEY, "USD", "$3,369.60");
	label_is(12500, 2500, UNIT_MONEY, "EUR", "EUR 12,500");
	label_is(1500000, 500000, UNIT_VOLUME, NULL, "1.5M");
	label_is(250000, 50000, UNIT_VOLUME, NULL, "250K");
	label_is(2500, 500, UNIT_VOLUME, NULL, "2,500");
	label_is(3e9, 1e9, UNIT_VOLUME, NULL, "3B");
	label_is(0.25, 0.2, UNIT_SHARE, NULL, "25%");
	label_is(0.125, 0.025, UNIT_SHARE, NULL, "12.5%");
	label_is(1234567, 1, UNIT_PLAIN, NULL, "1,234,567");
}
END_TEST

/* CIE lightness L* of a relative luminance: what a grey print shows */
static double lightness(double y)
{
	return y > 216.0 / 24389 ? 116 * cbrt(y) - 16 : y * 24389.0 / 27;
}

START_TEST(palette_grey_steps)
{
	/* WCAG luminance by hand: #0072B2 = 0.7152 * 0.1683 + 0.0722 * 0.4452 */
	ck_assert_double_eq_tol(chart_luminance(0x0072B2), 0.1525, 5e-4);
	ck_assert_double_eq_tol(chart_luminance(0xFFFFFF), 1, 1e-12);
	ck_assert_double_eq_tol(chart_luminance(0x000000), 0, 1e-12);
	/* darkest first, each at least 9 L* (about a 10% grey step) lighter */
	for (size_t i = 1; i < CHART_PALETTE_SIZE; i++) {
		double a = lightness(chart_luminance(chart_palette(i - 1)));
		double b = lightness(chart_luminance(chart_palette(i)));
		ck_assert_msg(b - a >= 9, "palette %zu (L* %.1f) and %zu (L* %.1f) are not a grey step apart", i - 1, a,
		              i, b);
	}
	/* bar series next to each other differ in grey and in hatching; the
	 * palette's last is still visible on white (L* under 95) */
	for (size_t i = 1; i < 12; i++) {
		ck_assert_uint_ne(chart_fill(i), chart_fill(i - 1));
		ck_assert_int_ne(chart_hatch(i), chart_hatch(i - 1));
		ck_assert_int_ne(chart_dash(i), chart_dash(i - 1));
		ck_assert_uint_ne(chart_stroke(i), chart_stroke(i - 1));
	}
	ck_assert(lightness(chart_luminance(chart_palette(CHART_PALETTE_SIZE - 1))) < 95);
	/* up to 12 bar series: no two share both colour and hatching, in a
	 * plain panel or in one with committed series (any of them
	 * committed or not); neighbours are 9 L* apart in grey, the twelfth
	 * too from the first's colour when the colours wrap round */
	for (size_t i = 0; i < 12; i++) {
		double a = lightness(chart_luminance(chart_fill(i)));
		double b = lightness(chart_luminance(chart_fill(i + 1)));
		ck_assert_msg(fabs(b - a) >= 9, "bar series %zu (L* %.1f) and %zu (L* %.1f) are not a grey step apart",
		              i, a, i + 1, b);
		ck_assert(a < 95);
		for (size_t j = 0; j < 12; j++) {
			if (i == j)
				continue;
			ck_assert_msg(chart_fill(i) != chart_fill(j) || chart_hatch(i) != chart_hatch(j),
			              "bar series %zu and %zu look the same", i, j);
			for (int m = 0; m < 4; m++) {
				bool si = m & 1, sj = m & 2;
				ck_assert_msg(chart_fill(i) != chart_fill(j) ||
				                      chart_hatch_shaded(i, si) != chart_hatch_shaded(j, sj),
				              "bar series %zu and %zu look the same beside committed ones", i, j);
			}
		}
		/* hatching 1 still says committed: the first seven plain
		 * series solid, the first seven committed hatched 1 */
		ck_assert_int_ne(chart_hatch_shaded(i, false), 1);
		if (i < 7) {
			ck_assert_int_eq(chart_hatch_shaded(i, false), 0);
			ck_assert_int_eq(chart_hatch_shaded(i, true), 1);
		}
	}
	/* lines leave out the yellow, too pale for a line on white */
	for (size_t i = 0; i < 10; i++)
		ck_assert_uint_ne(chart_stroke(i), 0xF0E442);
}
END_TEST

START_TEST(format_by_extension)
{
	gac_chart_format f;
	ck_assert_int_eq(gac_chart_format_for_path(&f, "out/cost.SVG"), GAC_OK);
	ck_assert_int_eq(f, GAC_CHART_SVG);
	ck_assert_int_eq(gac_chart_format_for_path(&f, "cost.png"), GAC_OK);
	ck_assert_int_eq(f, GAC_CHART_PNG);
	ck_assert_int_eq(gac_chart_format_for_path(&f, "cost.pdf"), GAC_OK);
	ck_assert_int_eq(f, GAC_CHART_PDF);
	ck_assert_int_eq(gac_chart_format_for_path(&f, "cost.jpg"), GAC_EVALUE);
	ck_assert_int_eq(gac_chart_format_for_path(&f, "charts.svg/cost"), GAC_EVALUE);
	ck_assert_int_eq(gac_chart_format_for_path(&f, "cost"), GAC_EVALUE);
	ck_assert_int_eq(gac_chart_format_for_path(NULL, "cost.svg"), GAC_EARG);
}
END_TEST

START_TEST(estimate_stacks_components)
{
	gac_error e;
	gac_result *res = NULL;
	gac_chart *ch = NULL;
	ck_assert_int_eq(gac_estimate(&res, sc, sheet, &e), GAC_OK);
	ck_assert_int_eq(gac_chart_estimate(&ch, res, gac_scenario_name(sc)), GAC_OK);
	ck_assert_uint_eq(ch->npanels, 1);
	const chart_panel *p = &ch->panels[0];
	ck_assert_int_eq(p->kind, CHART_STACKED_BAR);
	ck_assert_uint_eq(p->ncats, 1);
	ck_assert_str_eq(p->cats[0], "chat");
	ck_assert_uint_eq(p->nseries, 2);
	/* 1M requests x 1,500 input tokens at $3/1M = $4,500;
	 * x 400.5 output tokens at $15/1M = $6,007.50 */
	ck_assert_str_eq(p->series[0].name, "input tokens");
	ck_assert_double_eq_tol(p->series[0].y[0], 4500, 1e-9);
	ck_assert_str_eq(p->series[1].name, "output tokens");
	ck_assert_double_eq_tol(p->series[1].y[0], 6007.5, 1e-9);

	char *svg = NULL;
	size_t len = 0;
	ck_assert_int_eq(gac_chart_render(&svg, &len, ch, GAC_CHART_SVG), GAC_OK);
	ck_assert_uint_eq(len, strlen(svg));
	ck_assert_ptr_nonnull(strstr(svg, "data-series=\"input tokens\""));
	ck_assert_ptr_nonnull(strstr(svg, "data-series=\"output tokens\""));
	/* the total over the bar, in whole dollars on an axis past $1,000 */
	ck_assert_ptr_nonnull(strstr(svg, ">$10,508</text>"));
	/* the title escaped, in <title> and on the chart */
	ck_assert_ptr_nonnull(strstr(svg, "<title id=\"chart-title\">a &lt;b&gt; &amp; &quot;c&quot;</title>"));
	ck_assert_ptr_null(strstr(svg, "<b>"));
	ck_assert_ptr_null(strstr(svg, "<script"));
	ck_assert_ptr_nonnull(strstr(svg, "viewBox=\"0 0 800 444\""));
	gac_free(svg);

	unsigned char *png = NULL;
	ck_assert_int_eq(gac_chart_render((char **)&png, &len, ch, GAC_CHART_PNG), GAC_OK);
	ck_assert_uint_gt(len, 33);
	ck_assert_mem_eq(png, "\x89PNG\r\n\x1a\n", 8);
	/* IHDR: width and height big-endian, twice the SVG's 800 x 444 */
	unsigned w = (unsigned)png[16] << 24 | png[17] << 16 | png[18] << 8 | png[19];
	unsigned h = (unsigned)png[20] << 24 | png[21] << 16 | png[22] << 8 | png[23];
	ck_assert_uint_eq(w, 1600);
	ck_assert_uint_eq(h, 888);
	gac_free(png);

	char *pdf = NULL;
	ck_assert_int_eq(gac_chart_render(&pdf, &len, ch, GAC_CHART_PDF), GAC_OK);
	ck_assert_mem_eq(pdf, "%PDF-", 5);
	gac_free(pdf);
	ck_assert_int_eq(gac_chart_render(&pdf, &len, ch, GAC_CHART_FORMAT_END), GAC_EARG);

	/* a note under the chart: 22 px taller (444 + 22 = 466), the note's
	 * text escaped on a line of its own; removed again by NULL */
	ck_assert_int_eq(gac_chart_set_note(ch, "Prices: t <1> (as of 2025-02-28)"), GAC_OK);
	ck_assert_int_eq(gac_chart_render(&svg, &len, ch, GAC_CHART_SVG), GAC_OK);
	ck_assert_ptr_nonnull(strstr(svg, "viewBox=\"0 0 800 466\""));
	ck_assert_ptr_nonnull(strstr(svg, "class=\"chart-note\""));
	ck_assert_ptr_nonnull(strstr(svg, ">Prices: t &lt;1&gt; (as of 2025-02-28)</text>"));
	gac_free(svg);
	ck_assert_int_eq(gac_chart_set_note(ch, NULL), GAC_OK);
	ck_assert_int_eq(gac_chart_render(&svg, &len, ch, GAC_CHART_SVG), GAC_OK);
	ck_assert_ptr_nonnull(strstr(svg, "viewBox=\"0 0 800 444\""));
	ck_assert_ptr_null(strstr(svg, "chart-note"));
	gac_free(svg);
	ck_assert_int_eq(gac_chart_set_note(NULL, "x"), GAC_EARG);
	gac_chart_free(ch);
	gac_result_free(res);
}
END_TEST

START_TEST(compare_marks_cheapest)
{
	gac_error e;
	gac_comparison *cmp = NULL;
	gac_chart *ch = NULL;
	ck_assert_int_eq(gac_compare(&cmp, sc, sheet, &e), GAC_OK);
	ck_assert_int_eq(gac_chart_compare(&ch, cmp, NULL), GAC_OK);
	const chart_panel *p = &ch->panels[0];
	ck_assert_uint_eq(p->ncats, 2);
	ck_assert_str_eq(p->cats[0], "baseline");
	ck_assert_str_eq(p->cats[1], "small");
	/* small: 1,500 x $0.25 = $375 in, 400.5 x $1.25 = $500.625 out */
	ck_assert_double_eq_tol(p->series[0].y[1], 375, 1e-9);
	ck_assert_double_eq_tol(p->series[1].y[1], 500.625, 1e-9);
	ck_assert_double_eq_tol(p->series[0].y[0], 4500, 1e-9);
	ck_assert_uint_eq(p->nmarks, 1);
	ck_assert_str_eq(p->marks[0].cls, "cheapest");
	ck_assert_uint_eq(p->marks[0].cat, 1);
	char *svg = NULL;
	size_t len;
	ck_assert_int_eq(gac_chart_render(&svg, &len, ch, GAC_CHART_SVG), GAC_OK);
	ck_assert_ptr_nonnull(strstr(svg, "<g class=\"mark cheapest\" data-name=\"cheapest\">"));
	ck_assert_ptr_nonnull(strstr(svg, ">small</text>"));
	gac_free(svg);
	gac_chart_free(ch);
	gac_comparison_free(cmp);
	ck_assert_int_eq(gac_chart_compare(&ch, NULL, NULL), GAC_EARG);
	ck_assert_ptr_null(ch);
	gac_chart_free(NULL);
}
END_TEST

START_TEST(sweep_lines_and_heat_maps)
{
	gac_error e;
	gac_sweep_axis *axes[2] = {NULL, NULL};
	gac_sweep *sw = NULL;
	gac_chart *ch = NULL;
	ck_assert_int_eq(gac_sweep_axis_parse(&axes[0], "workloads.chat.requests_per_month=1M:2M:2", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_run(&sw, sc, sheet, axes, 1, &e), GAC_OK);
	ck_assert_int_eq(gac_chart_sweep(&ch, sw, axes, 1, "USD", NULL), GAC_OK);
	const chart_panel *p = &ch->panels[0];
	ck_assert_int_eq(p->kind, CHART_LINE);
	ck_assert_uint_eq(p->nseries, 2);
	ck_assert_str_eq(p->series[0].name, "baseline");
	ck_assert_str_eq(p->series[1].name, "small");
	/* 1M requests: $4,500 + $6,007.50; 2M: twice; small: $375 + $500.625 */
	ck_assert_double_eq_tol(p->series[0].x[1], 2e6, 1e-6);
	ck_assert_double_eq_tol(p->series[0].y[0], 10507.5, 1e-9);
	ck_assert_double_eq_tol(p->series[0].y[1], 21015, 1e-9);
	ck_assert_double_eq_tol(p->series[1].y[0], 875.625, 1e-9);
	ck_assert_double_eq_tol(p->series[1].y[1], 1751.25, 1e-9);
	gac_chart_free(ch);
	gac_sweep_free(sw);

	ck_assert_int_eq(gac_sweep_axis_parse(&axes[1], "workloads.chat.output_tokens=200:400:2", &e), GAC_OK);
	ck_assert_int_eq(gac_sweep_run(&sw, sc, sheet, axes, 2, &e), GAC_OK);
	ck_assert_int_eq(gac_chart_sweep(&ch, sw, axes, 2, "USD", NULL), GAC_OK);
	ck_assert_uint_eq(ch->npanels, 2);  /* a heat map per option */
	p = &ch->panels[0];
	ck_assert_int_eq(p->kind, CHART_HEATMAP);
	ck_assert_uint_eq(p->ncats, 2);
	ck_assert_str_eq(p->cats[0], "200");
	ck_assert_str_eq(p->cats[1], "400");
	ck_assert_uint_eq(p->nseries, 2);
	ck_assert_str_eq(p->series[0].name, "1M");
	ck_assert_str_eq(p->series[1].name, "2M");
	/* input $4,500 a million requests; output 200 tokens at $15/1M $3,000 */
	ck_assert_double_eq_tol(p->series[0].y[0], 7500, 1e-9);
	ck_assert_double_eq_tol(p->series[0].y[1], 10500, 1e-9);
	ck_assert_double_eq_tol(p->series[1].y[0], 15000, 1e-9);
	ck_assert_double_eq_tol(p->series[1].y[1], 21000, 1e-9);
	char *svg = NULL;
	size_t len;
	ck_assert_int_eq(gac_chart_render(&svg, &len, ch, GAC_CHART_SVG), GAC_OK);
	ck_assert_ptr_nonnull(strstr(svg, ">$21,000</text>"));
	gac_free(svg);
	gac_chart_free(ch);
	ck_assert_int_eq(gac_chart_sweep(&ch, sw, axes, 3, "USD", NULL), GAC_EARG);
	ck_assert_ptr_null(ch);
	gac_sweep_free(sw);
	gac_sweep_axis_free(axes[0]);
	gac_sweep_axis_free(axes[1]);
}
END_TEST

START_TEST(forecast_months)
{
	gac_error e;
	gac_forecast *fc = NULL;
	gac_chart *ch = NULL;
	ck_assert_int_eq(gac_forecast_run(&fc, sc, sheet, 3, &e), GAC_OK);
	ck_assert_int_eq(gac_chart_forecast(&ch, fc, "USD", NULL), GAC_OK);
	const chart_panel *p = &ch->panels[0];
	ck_assert_int_eq(p->kind, CHART_STACKED_BAR);
	ck_assert_uint_eq(p->ncats, 3);
	ck_assert_str_eq(p->cats[2], "3");
	/* no growth and no commitment: $10,507.50 every month, none committed */
	ck_assert_uint_eq(p->nseries, 1);
	ck_assert_str_eq(p->series[0].name, "baseline: usage");
	ck_assert(!p->series[0].shaded);
	for (size_t m = 0; m < 3; m++)
		ck_assert_double_eq_tol(p->series[0].y[m], 10507.5, 1e-9);
	gac_chart_free(ch);
	gac_forecast_free(fc);
}
END_TEST

Suite *suite_chart(void)
{
	Suite *s = suite_create("chart");
	TCase *t = tcase_create("layout");
	tcase_add_test(t, nice_ticks);
	tcase_add_test(t, labels);
	tcase_add_test(t, palette_grey_steps);
	tcase_add_test(t, format_by_extension);
	suite_add_tcase(s, t);
	t = tcase_create("builders");
	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, estimate_stacks_components);
	tcase_add_test(t, compare_marks_cheapest);
	tcase_add_test(t, sweep_lines_and_heat_maps);
	tcase_add_test(t, forecast_months);
	suite_add_tcase(s, t);
	return s;
}

/* Figures as every text format shows them: money to the cent, unit prices
 * with every digit, quantities, percentages.  Rounded here and only here. */
#include "table.h"

#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

void gac_money(gac_buf *b, double v, const char *currency)
{
	/* cents rounded half away from zero, as invoices do (739.125 -> 739.13);
	 * what rounds to no cent has no sign: -1e-12 (a difference of two equal
	 * sums) is $0.00, not -$0.00 */
	double cents = round(fabs(v) * 100.0);
	bool minus = v < 0 && cents != 0;
	if (currency && !strcmp(currency, "USD"))
		gac_buf_puts(b, minus ? "-$" : "$");
	else
		gac_buf_printf(b, "%s %s", currency ? currency : "", minus ? "-" : "");
	gac_buf_grouped(b, isfinite(cents) && cents < 9e15 ? cents / 100.0 : fabs(v), 2);
}

/* Unit prices keep every digit the sheet gave them. */
void gac_unit_price(gac_buf *b, double v, const char *currency)
{
	if (currency && !strcmp(currency, "USD"))
		gac_buf_puts(b, "$");
	else
		gac_buf_printf(b, "%s ", currency ? currency : "");
	if (v >= 1000)
		gac_buf_grouped(b, v, 2);
	else
		gac_buf_exact(b, v);
}

void gac_quantity(gac_buf *b, double v)
{
	double r = round(v);
	/* 15,000/day × 730/24 days is 456,250 up to the last bit: show it whole */
	if (fabs(v - r) <= 1e-9 * fabs(v) && fabs(v) < 1e15)
		gac_buf_grouped(b, r, 0);
	else if (fabs(v) < 1)
		gac_buf_num(b, "%.6g", v);  /* a table shows six digits; JSON and CSV all */
	else
		gac_buf_grouped(b, v, 2);
}

void gac_signed_money(gac_buf *b, double v, const char *cur)
{
	if (v > 0 && round(v * 100.0) != 0)
		gac_buf_puts(b, "+");
	gac_money(b, v, cur);
}

void gac_pct_cell(gac_buf *b, double before, double after, gac_format f)
{
	if (before == 0) {
		if (f != GAC_FORMAT_CSV)
			gac_buf_puts(b, after == 0 ? "" : "new");
		return;
	}
	double p = gac_pct(before, after);
	if (isnan(p)) {
		/* a rise past every percentage (from a hair of a cent) */
		if (f != GAC_FORMAT_CSV)
			gac_buf_puts(b, after > before ? "+∞" : "-");
		return;
	}
	if (f == GAC_FORMAT_CSV) {
		gac_buf_exact(b, p);
		return;
	}
	/* a change within 1e-9 of nothing is the noise of two equal sums, not a
	 * fall: 0.0%, not -0.0% (a real fall of 0.02% keeps its -0.0%) */
	if (fabs(p) < 1e-7)
		p = 0;
	if (p > 0)
		gac_buf_puts(b, "+");
	gac_buf_num(b, "%.1f%%", p);
}

# --explain gives the factor's exponent: the calibrated rates are 2 months
# of growth before month 1 (2026-10), so month m grows (m-1+2) months;
# month 3 (2026-12): Claude Instant 1.0977833^4 = 1.45230; no seasonality,
# so no seasonality factor in the formula
args: forecast examples/usage/last-quarter.yaml --months 3 --explain
exit: 0
stdout-has: × (1 + growth_per_month)^(m-1+2); the month is then priced
stdout-lacks: seasonality[
stdout-has:   month 1 is 2026-10 (forecast.start), month m the (m-1)th month after it
stdout-has:   claude-instant-v1: requests_per_month 13000000 × (1 + 0.09778331429)^(m-1+2); 2026-12: × (1 + 0.09778331429)^4 = 1.4523
stdout-has: 2026-12, month 3 (baseline): growth factor 1.4523

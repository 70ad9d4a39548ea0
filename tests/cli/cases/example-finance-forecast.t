# Step 5: next year at the growth fitted on the three months (Claude
# Instant 9.78 % a month: ln 11.7M, 13.2M, 14.1M; slope 0.093293).  The
# calibrated rates are the quarter's mean month (August's centre), and the
# scenario says month 1 is 2026-10, forecast.months_since_rates 2 months
# of growth after them: month m grows by (1 + g)^(m-1+2).  Month 1:
# Instant 15,200 x 1.0977833^2 (1.2051) = 18,317.95, Embed 180 x
# 1.1832160^2 = 252.00, Haiku 834.90 x 1.0954451^2 = 1,001.88:
# $19,571.83; month 12 (2027-09) grows Instant by 1.0977833^13 = 3.3629;
# the year $416,363.01.
args: forecast examples/usage/last-quarter.yaml --months 12
exit: 0
stdout-has: 2026-10  baseline           1.2051      -       -    $19,571.83   $19,571.83       $0.00
stdout-has: 2027-09  baseline           3.3629
stdout-has: $416,363.01

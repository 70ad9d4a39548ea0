# a calibrated scenario against its own bill, growth kept: the rates are
# the quarter's mean month, August (forecast.start 2026-10 less
# months_since_rates 2), so July is priced at (1 + g)^-1, August at the
# rates, September at (1 + g)^1: Claude Instant input 8,000 / 1.0977833 =
# 7,287.41 in July, 8,782.27 in September; the quarter $48,789.14 against
# $48,644.70 billed (no --set growth_per_month=0 needed)
args: reconcile examples/usage/last-quarter.yaml --bill examples/usage/finance-cur-2026-q3.csv
exit: 0
stdout-has: 2026-07  anthropic.claude-instant-v1               input        $7,287.41   $7,200.00     -$87.41    -1.2%
stdout-has: 2026-09  anthropic.claude-instant-v1               input        $8,782.27   $8,640.00    -$142.27    -1.6%
stdout-has: Total                                                          $48,789.14  $48,644.70    -$144.44    -0.3%
stdout-has: k its months from 2026-08, the month the rates describe (forecast.start − forecast.months_since_rates): 2026-07 k = -1, 2026-08 k = 0, 2026-09 k = 1.

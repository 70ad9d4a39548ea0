args: compare examples/multi-region-assistant.yaml
exit: 0
# the billed totals: the outage is no line and in no Monthly cost
stdout-has: baseline              us-east-1    $16,064.00                             99.9875%              0.09
stdout-has: single-az (cheapest)  us-east-1    $16,060.00       -$4.00     -0.0%      99.4900%              3.72
stdout-has: active-passive        us-east-1    $32,134.00  +$16,070.00   +100.0%    99.999998%          0.000011
# the risk apart, below: (1 − 0.9999 × 0.995) × 730 h × $5,000 = $18,613.18 for one AZ
stdout-has: single-az       $16,060.00                    $18,613.18     $34,673.18
stdout-has: Lowest risk-adjusted: baseline at $16,520.24 a month, of which $16,064.00 billed.

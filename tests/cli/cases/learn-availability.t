args: compare examples/multi-region-assistant.yaml
exit: 0
stdout-has: baseline (cheapest)  us-east-1    $16,520.24                             99.9875%              0.09
stdout-has: single-az            us-east-1    $34,673.18  +$18,152.93   +109.9%      99.4900%              3.72
stdout-has: active-passive       us-east-1    $32,134.06  +$15,613.82    +94.5%    99.999998%          0.000011

args: compare examples/learn/redundancy.yaml --explain
exit: 0
stdout-has: baseline (cheapest)  us-east-1     $1,559.80                          99.4900%              3.72
stdout-has: cross-az             us-east-1     $1,741.00  +$181.20    +11.6%      99.9875%              0.09
stdout-has: cross-region         us-east-1     $2,259.04  +$699.24    +44.8%    99.999998%          0.000011
stdout-has: = 2 running (the service's minimum, above the 1 asked) × 730 hours in ap-northeast-1 = 1460 OCU-hours × 0.334 USD
stdout-has: = 300 GB between AZs × 2: billed out of one AZ and into the other = 600 GB × 0.01 USD = 6 USD
stdout-has: = 1000 GB replicated from us-east-1 to each of 1 other region = 1000 GB × 0.02 USD = 20 USD

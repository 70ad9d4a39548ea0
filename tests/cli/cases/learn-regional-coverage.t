args: compare examples/learn/regional-coverage.yaml --explain
exit: 0
stdout-has: baseline (cheapest)  us-east-1         $32,120.00
stdout-has: eu-only              eu-central-1      $39,420.00   +$7,300.00    +22.7%
stdout-has: tokyo-only           ap-northeast-1    $42,340.00  +$10,220.00    +31.8%
stdout-has: three-regions        us-east-1         $56,952.00  +$24,832.00    +77.3%
stdout-has: = ceil(2 ÷ 3 regions × (1 + 0 failover headroom)) = 1 model unit × 730 hours (6-month commitment) in ap-northeast-1 = 730 model-unit hours × 29 USD = 21170 USD
stdout-has: = 300 GB replicated from us-east-1 to each of 2 other regions = 600 GB × 0.02 USD = 12 USD
stdout-lacks: 1 model units

# an option that changes deployment.mode alone: the baseline's Reserved-tier
# term does not follow it to on demand (was exit 3, "deployment.term is the
# Reserved tier's, but deployment.mode is on-demand"); on demand by hand:
# 43.8M × (1,000 × $1 + 100 × $4) / 1M = $43,800 + $17,520 = $61,320
args: compare tests/data/good/reserved-to-on-demand.yaml --allow-path tests/data/good
exit: 0
stdout-has: od                   us-east-1    $61,320.00  +$23,820.00    +63.5%
stdout-has: Cheapest: baseline at $37,500.00.

# README "Provisioned throughput": the table, 18.8% utilisation, $1.96 per
# 1M tokens on the 6-month term, $770,880.00 locked in (on demand, $73,584
# over the same 65,700M tokens is $1.12 per 1M)
args: compare examples/provisioned-vs-on-demand.yaml --explain
exit: 0
stdout-has: baseline (cheapest)  us-east-1    $73,584.00
stdout-has: pt-1-month           us-east-1   $231,264.00  +$157,680.00   +214.3%
stdout-has: pt-6-month           us-east-1   $128,480.00   +$54,896.00    +74.6%
stdout-has:     utilisation 18.8%; 65,700,000,000 tokens a month at $1.96 per 1M tokens
stdout-has:     6-month commitment: $770,880.00 locked in over 6 months, owed even if usage falls

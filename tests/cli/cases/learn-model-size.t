args: compare examples/learn/model-size.yaml
exit: 0
stdout-has: baseline             us-west-2     $3,960.00
stdout-has: small-3b (cheapest)  us-west-2       $825.00  -$3,135.00    -79.2%
stdout-has: medium-8b            us-west-2     $1,210.00  -$2,750.00    -69.4%
stdout-has: large-405b           us-west-2    $13,200.00  +$9,240.00   +233.3%

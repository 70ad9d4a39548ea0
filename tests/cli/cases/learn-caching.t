args: compare examples/learn/caching.yaml
exit: 0
stdout-has: baseline         us-east-1    $31,500.00
stdout-has: prompt-cache     us-east-1    $20,385.00  -$11,115.00    -35.3%
stdout-has: response-cache   us-east-1    $25,359.87   -$6,140.13    -19.5%
stdout-has: both (cheapest)  us-east-1    $16,467.87  -$15,032.13    -47.7%

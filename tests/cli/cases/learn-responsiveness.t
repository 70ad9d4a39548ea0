args: compare examples/learn/responsiveness.yaml
exit: 0
stdout-has: baseline           us-east-1     $6,250.00
stdout-has: batch (cheapest)   us-east-1     $3,125.00  -$3,125.00    -50.0%
stdout-has: provisioned        us-east-1    $16,060.00  +$9,810.00   +157.0%
stdout-has: instant-on-demand  us-east-1    $15,200.00  +$8,950.00   +143.2%

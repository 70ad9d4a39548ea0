args: compare examples/batch-documents.yaml
exit: 0
stdout-has: baseline                    us-east-1     $1,338.71
stdout-has: on-demand                   us-east-1     $2,631.42   +$1,292.71    +96.6%
stdout-has: nova-lite-batch (cheapest)  us-east-1       $338.00   -$1,000.71    -74.8%
stdout-has: sonnet-batch                us-east-1    $15,558.50  +$14,219.79  +1062.2%

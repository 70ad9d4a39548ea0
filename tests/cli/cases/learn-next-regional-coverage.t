args: compare examples/learn/regional-coverage.yaml --set deployment.model_units=6
exit: 0
stdout-has: baseline (cheapest)  us-east-1         $96,360.00
stdout-has: three-regions        us-east-1        $113,892.00  +$17,532.00    +18.2%

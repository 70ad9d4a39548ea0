args: compare examples/learn/redundancy.yaml --set services.index.quantity=4000
exit: 0
stdout-has: cross-region         us-east-1     $2,439.04  +$792.84    +48.2%

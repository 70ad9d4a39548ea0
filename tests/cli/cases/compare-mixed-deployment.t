args: compare examples/mixed-deployment.yaml
exit: 0
stdout-has: baseline
stdout-has: $97,041.33
stdout-has: $64,337.33  -$32,704.00
stdout-has: units-for-the-peak
stdout-has: $128,577.33  +$31,536.00
stdout-has: all-on-demand
stdout-has: $73,681.33  -$23,360.00

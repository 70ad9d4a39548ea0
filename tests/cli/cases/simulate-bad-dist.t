args: simulate tests/data/bad/uncertain-bad.yaml
exit: 3
stderr-has: uncertain-bad.yaml:7:45: unknown distribution 'weibull'

args: estimate tests/data/bad/huge-requests.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/huge-requests.yaml:7:25: the estimate overflows: input tokens of workload chat is too large to price (its largest input, here: '1e+308')

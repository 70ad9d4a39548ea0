args: estimate tests/data/bad/huge-requests.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/huge-requests.yaml: the estimate overflows: input tokens of workload chat is too large to price
stdout-empty

args: estimate tests/data/bad/huge-requests.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/huge-requests.yaml: the estimate overflows: an input is too large to price
stdout-empty

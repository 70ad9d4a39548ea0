args: estimate tests/data/bad/wrong-type-requests.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/wrong-type-requests.yaml:7:25: workloads.chat.requests_per_month must be a scalar
stdout-empty

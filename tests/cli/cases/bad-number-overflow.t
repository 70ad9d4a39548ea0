args: estimate tests/data/bad/overflow-number.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/overflow-number.yaml:7:25: workloads.chat.requests_per_month: '1e400' is out of range
stdout-empty

args: estimate tests/data/bad/bad-suffix.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/bad-suffix.yaml:7:25: workloads.chat.requests_per_month: '1X' is not a number (suffixes k, M, B allowed)
stdout-empty

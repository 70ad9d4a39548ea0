args: estimate tests/data/bad/hours-zero.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/hours-zero.yaml:4:18: hours_per_month must be above 0
stdout-empty

args: estimate tests/data/bad/hours-too-many.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/hours-too-many.yaml:4:18: hours_per_month must be at most 744 (got 745)
stdout-empty

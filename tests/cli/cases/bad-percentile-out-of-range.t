args: check tests/data/bad/percentile-out-of-range.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/percentile-out-of-range.yaml:12:15: budget.percentile is a percentile above 0 and below 100 (got 101; 90 for P90)
stdout-empty

args: check tests/data/bad/percentile-share.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/percentile-share.yaml:12:15: budget.percentile is a percentile from 1 to below 100: write 90 or 90% for P90 (got 0.95, which would read as P0.95, not as a share)
stdout-empty

args: estimate tests/data/bad/bad-commitment.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/bad-commitment.yaml:12:15: deployment.commitment must be one of none, 1-month, 6-month (got '2-month')
stdout-empty

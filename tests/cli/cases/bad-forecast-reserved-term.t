args: forecast tests/data/bad/forecast-reserved-term.yaml --months 3
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/forecast-reserved-term.yaml:9:9: deployment.term must be one of 1-month, 3-month (got '6-month')

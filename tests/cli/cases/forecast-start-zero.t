args: forecast tests/data/bad/forecast-start-zero.yaml --months 3
exit: 3
stdout-empty
stderr-has: forecast-start-zero.yaml:8:27: start is a month number from 1 (got 0)

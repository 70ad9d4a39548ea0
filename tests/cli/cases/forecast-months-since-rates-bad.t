# forecast.months_since_rates counts months of growth, 0 to 600
args: forecast tests/data/bad/forecast-months-since-rates.yaml --months 3
exit: 3
stdout-empty
stderr-has: forecast-months-since-rates.yaml:7:23: forecast.months_since_rates must not be negative (got -2)

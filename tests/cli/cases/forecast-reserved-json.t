args: forecast tests/data/good/forecast-reserved.yaml --months 5 --format json
exit: 0
stdout-exact: forecast-reserved-json.out

args: forecast tests/data/good/forecast-reserved.yaml --months 5
exit: 0
stdout-exact: forecast-reserved-table.out

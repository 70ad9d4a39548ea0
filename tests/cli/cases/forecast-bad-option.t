args: forecast tests/data/bad/forecast-bad-option.yaml --months 3
exit: 3
stderr-has: forecast-bad-option.yaml:8:7: forecast commitment: no option named 'pt-6-mnth' (declare it under options)

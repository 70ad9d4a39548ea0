args: forecast tests/data/bad/forecast-overlap.yaml --months 12
exit: 3
stderr-has: forecast-overlap.yaml:9:7: forecast commitments overlap

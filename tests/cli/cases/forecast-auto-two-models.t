args: forecast tests/data/bad/forecast-auto-two-models.yaml --months 3
exit: 3
stdout-empty
stderr-has: forecast-auto-two-models.yaml:10:7: month 2: forecast commitment 'pt-auto': model_units: auto over 2 provisioned models cannot be bought as one purchase; set deployment.model_units in the option

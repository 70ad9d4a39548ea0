args: estimate tests/data/bad/model-units-fraction.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/model-units-fraction.yaml:13:16: deployment.model_units must be a whole number >= 1 (got 1.5)
stdout-empty

args: estimate tests/data/bad/model-units-zero.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/model-units-zero.yaml:13:16: deployment.model_units must be a whole number >= 1 (got 0)
stdout-empty

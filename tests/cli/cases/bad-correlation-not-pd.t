args: simulate tests/data/bad/correlation-not-pd.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/correlation-not-pd.yaml:16:3: the correlations do not form a valid (positive-definite) matrix; relax them
stdout-empty

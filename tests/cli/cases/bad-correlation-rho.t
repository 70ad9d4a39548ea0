args: simulate tests/data/bad/correlation-rho.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/correlation-rho.yaml:15:10: rho is a rank correlation from -1 to 1 (got 1.5)
stdout-empty

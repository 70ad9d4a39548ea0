args: validate tests/data/access/pricing-outside.yaml
exit: 3
stderr-has: genaicost: tests/data/access/pricing-outside.yaml:3:10: pricing: '/etc/passwd' is outside the scenario's directory: a scenario may name files only there
stdout-empty

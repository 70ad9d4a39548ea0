args: estimate tests/data/access/pricing-nosuchsheet.yaml
exit: 4
stderr-has: genaicost: tests/data/access/pricing-nosuchsheet.yaml:3:10: pricing: no price sheet named 'nosuchsheet' (looked in
stdout-empty

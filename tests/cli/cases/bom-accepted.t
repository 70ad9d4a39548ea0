args: estimate tests/data/good/bom.yaml
exit: 0
stdout-has: 14,175.00
stderr-empty

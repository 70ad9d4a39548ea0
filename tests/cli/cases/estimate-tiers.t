args: estimate tests/data/good/tiers.yaml
exit: 0
stdout-exact: estimate-tiers.txt

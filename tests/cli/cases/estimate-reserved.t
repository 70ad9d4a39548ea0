args: estimate tests/data/good/reserved.yaml
exit: 0
stdout-exact: estimate-reserved.txt

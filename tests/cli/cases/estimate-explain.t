args: estimate tests/data/good/mixed.yaml --explain
exit: 0
stdout-exact: mixed.explain

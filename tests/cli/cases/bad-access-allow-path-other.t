args: simulate tests/data/access/csv-dotdot.yaml --allow-path tests --trials 100
exit: 3
stderr-has: genaicost: tests/data/access/csv-dotdot.yaml:6:61: csv:
stdout-empty

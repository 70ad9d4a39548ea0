args: simulate tests/data/access/csv-dotdot.yaml --allow-path=
exit: 2
stderr-has: genaicost: --allow-path needs a DIR (got an empty one)

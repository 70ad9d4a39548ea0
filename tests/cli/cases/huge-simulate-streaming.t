args: simulate tests/data/good/huge-uncertain.yaml --trials 200000 --memory 1
exit: 3
stdout-empty
stderr-has: option baseline: the spread of the totals overflows the running statistics

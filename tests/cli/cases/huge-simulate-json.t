args: simulate tests/data/good/huge-uncertain.yaml --trials 500 --format json
exit: 0
stdout-has: "sd": 9.504316022348
stdout-lacks: Infinity

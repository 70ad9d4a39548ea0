args: simulate tests/data/good/huge-uncertain.yaml --trials 500 --format json
exit: 0
stdout-has: "sd": 6.381924508703
stdout-lacks: Infinity

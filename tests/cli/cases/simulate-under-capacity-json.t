args: simulate tests/data/good/capacity-uncertain.yaml --trials 4000 --format json
exit: 0
stdout-has: "prob_none_carries": 0.0,
stdout-has: "prob_under_capacity": 0.73875
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); o=d['options']; assert abs(sum(x['prob_cheapest'] for x in o) + d['prob_none_carries'] - 1) < 1e-12; assert o[1]['prob_cheapest'] == 1 - o[1]['prob_under_capacity']" "$OUT"
stderr-empty

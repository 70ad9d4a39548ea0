# P(under capacity) of an on-demand option is null in JSON (the schema
# allows it), a number for a provisioned one with a known capacity
args: simulate tests/data/good/capacity-uncertain.yaml --trials 4000 --format json
exit: 0
after: python3 -c "import json,sys; o=json.load(open(sys.argv[1]))['options']; assert o[0]['prob_under_capacity'] is None; assert o[1]['prob_under_capacity'] == 0.73875; assert o[2]['prob_under_capacity'] == 0" "$OUT"
stderr-empty

# JSON: null for the rank correlation against pt-6-month's constant
# $16,060 (the schema allows it), a number against the baseline
args: simulate examples/uncertain-demand.yaml --trials 2000 --format json
exit: 0
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); r=[x['rank_correlation'] for x in d['inputs']]; assert all(x['pt-6-month'] is None for x in r); assert all(isinstance(x['baseline'], float) and x['baseline'] > 0.2 for x in r)" "$OUT"
stderr-empty

args: compare examples/learn/provisioned-break-even.yaml --set workloads.assistant.requests_per_month=25M --format json
exit: 0
stdout-has: "cheapest": "baseline"
stdout-has: "under_capacity": true
stdout-has: "units_needed": 2.0
stdout-lacks: "cheapest": "pt-6-month"
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert [o['under_capacity'] for o in d['options']] == [False, True, True]; assert [p['units'] for p in d['options'][2]['provisioned']] == [1.0]" "$OUT"
stderr-empty

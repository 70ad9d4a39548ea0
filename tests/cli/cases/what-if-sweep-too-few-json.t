# sweep/2: every option's verdict, and the units needed where too few
# (2, 2 and 3 units at 30M, 40M and 50M requests, see the table case)
args: what-if examples/learn/provisioned-break-even.yaml --sweep workloads.assistant.requests_per_month=10M:50M:5 --format json
exit: 0
stdout-exact: sweep-too-few.json
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); r=d['rows']; assert d['genaicost']=='sweep/2'; assert [x['under_capacity'] for x in r]==[{'baseline': False, 'pt-1-month': u, 'pt-6-month': u} for u in (False, False, True, True, True)], r; assert [x['units_needed'] for x in r]==[{}, {}]+[{'pt-1-month': n, 'pt-6-month': n} for n in (2.0, 2.0, 3.0)], r" "$OUT"

# The log fixture's report as JSON: 18 invocations used of the period, one
# outside, one failed, one of another schema, one throttled (as
# calibrate-logs.t prints them).
args: calibrate tests/data/usage/invocations-jan-feb.jsonl tests/data/usage/invocations-mar-apr.jsonl.gz --period 2026-01-01..2026-03-31 -o $GAC_TMP/cal.yaml --format json
exit: 0
stdout-has: "genaicost": "calibrate/1",
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); s={x['reason']:x['count'] for x in d['skipped']}; assert d['source']=='logs' and d['read']['used']==18 and s['outside the period']==1 and s['failed (an errorCode: not billed)']==1 and s['not a ModelInvocationLog record']==1 and any(w['status']=='not in the price sheet' and w['name'] is None for w in d['workloads']), d" "$OUT"

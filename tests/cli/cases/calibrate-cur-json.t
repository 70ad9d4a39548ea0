# calibrate --format json: the report of what was read (calibrate/1) on
# stdout, the scenario in -o's file; figures of tests/test_calibrate.c
# (calibrate_cur_bill): 2,010,909.09 requests assumed at 2,500 tokens.
args: calibrate tests/data/usage/cur-2026.csv --from cur --request-tokens 2500 -o $GAC_TMP/cal.yaml --format json
exit: 0
stdout-has: "genaicost": "calibrate/1",
stdout-has: "reason": "row not priced (listed in not_priced)",
stderr-empty
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); w=d['workloads'][0]; assert d['source']=='cur' and d['read']=={'files':1,'rows':16,'used':10} and abs(w['requests']-5027272727.27/2500)<1e-6 and w['request_tokens']==2500 and w['bill_rows']==10 and d['bill_lines'][0]['cost']==96.25 and len(d['not_priced'])==5 and d['seasonality'] is None, d" "$OUT"
after: cmp "$GAC_TMP/cal.yaml" tests/cli/expected/calibrate-cur.yaml

args: reconcile examples/mixed-deployment.yaml --bill $GAC_TMP/estimate.focus --tolerance 0 --format json
before: "$GENAICOST_BIN" estimate examples/mixed-deployment.yaml --format focus --period 2026-10 --months 3 > "$GAC_TMP/estimate.focus" 2>/dev/null
exit: 0
stdout-has: "within_tolerance": true
stdout-has: "difference": 0.0,
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['months']==['2026-10','2026-11','2026-12'] and d['billed']==d['estimated']>0 and all(r['difference']==0 and r['in_scenario'] and r['on_bill'] for r in d['rows']) and d['bedrock_unmapped']==[] and d['outside']==[], d" "$OUT"

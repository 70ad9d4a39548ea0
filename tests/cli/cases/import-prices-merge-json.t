args: import-prices --map pricing/aws-offer-map.yaml tests/data/offers/us-east-1.json tests/data/offers/eu-west-1.json --merge tests/data/offers/hand-sheet.yaml -o $GAC_TMP/merged.yaml --report - --format json
exit: 0
stdout-has: "kind": "moved"
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); m=[c for c in d['changes'] if c['kind']=='moved']; assert len(m)==1 and m[0]['old']=='0.0003' and m[0]['new']=='0.00025' and abs(m[0]['percent']+100/6)<1e-9, m; assert sum(c['kind']=='added' for c in d['changes'])==4" "$OUT"

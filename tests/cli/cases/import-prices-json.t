args: import-prices --map pricing/aws-offer-map.yaml tests/data/offers/us-east-1.json tests/data/offers/eu-west-1.json --format json --report - -o $GAC_TMP/import.yaml
exit: 0
stdout-has: "genaicost": "import-prices/1"
stderr-empty
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['entries']==5 and d['merged'] is None and [u['model'] for u in d['unmapped']]==['Mistral Large',''] and sorted(n['class'] for n in d['not_written'])==['image','no-key'] and sorted(x['state'] for x in d['effective_dates'])==['future','same-price','superseded'] and d['changes']==[] and d['offers'][1]['published']=='2026-11-18T10:00:00Z', d" "$OUT"
after: grep -q '^    cache_write_1h: 6.6$' "$GAC_TMP/import.yaml"
after: "$GENAICOST_BIN" validate "$GAC_TMP/import.yaml" | grep -q "ok: price sheet aws-bedrock-offers, as of 2026-11-20, 5 models"

args: compare examples/learn/caching.yaml --format json
exit: 0
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); t={o[\"name\"]:o[\"total\"] for o in d[\"options\"]}; assert t=={\"baseline\":31500.0,\"prompt-cache\":20385.0,\"response-cache\":25359.87,\"both\":16467.87}, t; assert d[\"cheapest\"]==\"both\" or d[\"cheapest\"].get(\"name\")==\"both\"" "$OUT"

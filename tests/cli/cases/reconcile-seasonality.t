# forecast.start ties the seasonality to the calendar: October at 1,
# November at 1.1 (4,015.00 x 1.1 = 4,416.50): 8,431.50 estimated against
# 8,157.00 billed, within 5%
args: reconcile tests/data/usage/haiku-assistant-season.yaml --bill tests/data/usage/cur-2026.csv --format json
exit: 0
stdout-has: "estimated": 8431.5,
after: python3 -c "import json,sys; d=json.load(open(sys.argv[1])); s=sum(r['estimated'] for r in d['rows'] if r['month']=='2026-11'); assert abs(s-4416.5)<1e-9, s" "$OUT"

args: check examples/learn/provisioned-break-even.yaml --set workloads.assistant.requests_per_month=25M --budget 100000 --format json
exit: 0
# 25M requests need 2 units (228,311 output tokens a minute against
# 200,000 a unit): both terms buy 1 and are under capacity, on demand is not
after: python3 -c "import json,sys; o={x['name']:x['under_capacity'] for x in json.load(open(sys.argv[1]))['options']}; assert o=={'baseline':False,'pt-1-month':True,'pt-6-month':True}, o" "$OUT"

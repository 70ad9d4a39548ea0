args: compare examples/learn/provisioned-break-even.yaml --months 3 --format json
exit: 0
after: python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); o={x["name"]: x["owed_after"] for x in d["options"]}; assert o=={"baseline": 0, "pt-1-month": 0, "pt-6-month": 48180}, o' "$OUT"

args: forecast examples/growing-provisioned.yaml --months 4 --format json
exit: 0
after: python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); m=d["months"]; assert [x["under_capacity"] for x in m]==[False,False,False,True]; assert m[3]["units"]==1 and m[3]["units_needed"]==2; assert [x["owed_after"] for x in m]==[80300,64240,48180,32120]; assert d["owed_after"]==32120; assert len(d["purchases"])==1' "$OUT"

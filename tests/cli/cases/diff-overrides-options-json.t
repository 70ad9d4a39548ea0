before: $GENAICOST_BIN compare examples/negotiated-prices.yaml --format json -o $GAC_TMP/ovr-cmp2.json 2>/dev/null
args: diff $GAC_TMP/ovr-cmp2.json examples/negotiated-prices.yaml --set pricing_overrides.discount=20% --format json
exit: 0
stdout-has: "old_list_total": 62288.333333333336,
stdout-has: "new_list_total": 62288.333333333336,

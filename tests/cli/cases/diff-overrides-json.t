before: $GENAICOST_BIN estimate examples/negotiated-prices.yaml --set pricing_overrides.discount=20% --format json -o $GAC_TMP/ovr-old2.json 2>/dev/null
args: diff $GAC_TMP/ovr-old2.json examples/negotiated-prices.yaml --format json
exit: 0
stdout-has: "old_list_total": 62288.333333333336,
stdout-has: "old_negotiated_saving": 19807.586666666662,
stdout-has: "new_negotiated_saving": 15559.512000000002,

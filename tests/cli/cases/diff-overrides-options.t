before: $GENAICOST_BIN compare examples/negotiated-prices.yaml --format json -o $GAC_TMP/ovr-cmp.json 2>/dev/null
args: diff $GAC_TMP/ovr-cmp.json examples/negotiated-prices.yaml --set pricing_overrides.discount=20%
exit: 0
stdout-has: Option            Old         New      Change  Change %  Old at list  New at list
stdout-has: baseline   $46,728.82  $42,480.75  -$4,248.07     -9.1%   $62,288.33   $62,288.33

before: $GENAICOST_BIN estimate examples/negotiated-prices.yaml --set pricing_overrides.discount=20% --format json -o $GAC_TMP/ovr-old.json 2>/dev/null
args: diff $GAC_TMP/ovr-old.json examples/negotiated-prices.yaml
exit: 0
stdout-has: At list prices                                                                        $62,288.33  $62,288.33       $0.00      0.0%
stdout-has: Negotiated saving                                                                     $19,807.59  $15,559.51  -$4,248.07    -21.4%

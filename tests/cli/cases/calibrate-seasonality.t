# Two years of bills (tests/data/usage/cur-two-years.csv: 1e9 x 1.1^i x s
# input tokens, s = 1.5 in January and December): growth 10 % a month and
# seasonality 18/13 for January and December, 12/13 for the other months
# (by hand in tests/test_calibrate.c, calibrate_seasonality), written as
# the forecast's seasonality from 2027-01; forecast reads it.
args: calibrate tests/data/usage/cur-two-years.csv --from cur --request-tokens 1000
exit: 0
stdout-exact: calibrate-seasonality.yaml
stderr-has: seasonality (24 months, mean 1): Jan 1.385 Feb 0.9231 Mar 0.9231
after: cp "$OUT" "$GAC_TMP/cal.yaml" && "$GENAICOST_BIN" forecast "$GAC_TMP/cal.yaml" --months 12 > /dev/null 2>&1
after: "$GENAICOST_BIN" simulate "$GAC_TMP/cal.yaml" --months 12 --trials 200 | grep -q "200 trials of 12 months each"

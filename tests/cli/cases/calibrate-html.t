args: calibrate --from cur --request-tokens 2000 examples/usage/finance-cur-2026-q3.csv -o $GAC_TMP/cal.yaml --format html
exit: 0
stdout-has: <title>genaicost calibrate: CUR 2.0 bills</title>
stdout-has: <pre><code>calibrate: CUR 2.0 bills
stdout-has:   rows not priced            6  (by reason below)
stdout-has: Prices: aws-bedrock (as of
after: grep -q '^genaicost: scenario/1' $GAC_TMP/cal.yaml

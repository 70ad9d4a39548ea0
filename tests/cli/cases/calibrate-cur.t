# A CUR 2.0 bill into a scenario (hand figures in tests/test_calibrate.c,
# calibrate_cur_bill): the token lines of October and November priced at
# the bundled list are 4,045.00 and 4,015.00 (the 96.25 of priority output
# is listed, not written); the calibrated month prices their mean,
# 4,030.00, to the scenario's 10 significant digits.  The report's figures
# are grouped, never in %g form (1,005,455 a month, not 1.00545e+06).
args: calibrate tests/data/usage/cur-2026.csv --from cur --request-tokens 2500
exit: 0
stdout-exact: calibrate-cur.yaml
stderr-has:   token rows used            10
stderr-has: 2,010,909 requests, 1,005,455 a month (assumed: --request-tokens)
stderr-lacks: e+0
stderr-has:   rows not priced            5  (by reason below)
stderr-has:     2026-10 AmazonBedrock: Tax: 1 row, 401.50 USD (not usage; tests/data/usage/cur-2026.csv:11)
stderr-has:   2026-10 anthropic.claude-haiku-4-5-20251001-v1:0 output_priority in us-east-1: 10,000,000, 96.25 USD (1 row from tests/data/usage/cur-2026.csv:9)
after: cp "$OUT" "$GAC_TMP/cal.yaml" && "$GENAICOST_BIN" estimate "$GAC_TMP/cal.yaml" --format json > "$GAC_TMP/est.json" && python3 -c "import json,sys; t=json.load(open(sys.argv[1]))['total']; assert abs(t-4030.00)<1e-5, t" "$GAC_TMP/est.json"

args: calibrate tests/data/usage/invocations-jan-feb.jsonl tests/data/usage/invocations-mar-apr.jsonl.gz --period 2026-01-01..2026-03-31 -o $GAC_TMP/cal.yaml --history $GAC_TMP/cal-history.csv
exit: 0
stdout-empty
after: $GENAICOST_BIN estimate $GAC_TMP/cal.yaml | grep -q "^Total  *\$0.02$"
after: $GENAICOST_BIN simulate $GAC_TMP/cal.yaml --trials 200 | grep -q "workloads.claude-haiku-4-5-20251001-v1-0.requests_per_month"
# the data doubles a month (2, 4, 8 requests): the rates are its mean month,
# months_since_rates 2 before month 1 (2026-04), so month 3 (2026-06) grows
# (1 + 1)^(3-1+2) = 16 times
after: $GENAICOST_BIN forecast $GAC_TMP/cal.yaml --months 3 | grep -q "^2026-06  baseline          16.0000"
after: grep -q "^2026-03,744,7.849462366,1250,200,0,0.2," $GAC_TMP/cal-history.csv

# README "From a bill to a decision", step 1: last quarter's CUR export
# (examples/usage/finance-cur-2026-q3.csv, July to September 2026: Claude
# Instant, Cohere Embed English and Claude Haiku 4.5, an S3 line and tax)
# into the scenario and history in examples/usage.  Claude Instant bills
# 9.0 + 10.2 + 10.8 = 30B input and 2.7 + 3.0 + 3.3 = 9B output tokens:
# at 1,000 tokens a request, 39M requests, 13M a month, 769.23 input and
# 230.77 output tokens each; Embed English 5.4B tokens at 500 a request,
# 3.6M a month.
args: calibrate examples/usage/finance-cur-2026-q3.csv --from cur --request-tokens 1000 --request-tokens cohere.embed-english-v3=500 -o $GAC_TMP/last-quarter.yaml --history $GAC_TMP/last-quarter-history.csv
exit: 0
stdout-empty
stderr-has:   token rows used            18
stderr-has:     2026-07 AmazonBedrock: Tax: 1 row, 1,621.49 USD (not usage; examples/usage/finance-cur-2026-q3.csv:9)
after: cmp $GAC_TMP/last-quarter.yaml examples/usage/last-quarter.yaml
after: cmp $GAC_TMP/last-quarter-history.csv examples/usage/last-quarter-history.csv

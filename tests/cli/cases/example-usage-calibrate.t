args: calibrate examples/usage/invocations-2026.jsonl.gz --period 2026-01-01..2026-04-30 -o $GAC_TMP/calibrated.yaml --history $GAC_TMP/calibrated-history.csv
exit: 0
stdout-empty
stderr-has:   invocations used           9,638
after: cmp $GAC_TMP/calibrated.yaml examples/usage/calibrated.yaml
after: cmp $GAC_TMP/calibrated-history.csv examples/usage/calibrated-history.csv

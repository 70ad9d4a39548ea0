args: calibrate --from cur --request-tokens 2000 examples/usage/finance-cur-2026-q3.csv -o $GAC_TMP/cal.yaml --format csv
exit: 2
stdout-empty
stderr-has: genaicost: calibrate has no --format csv (its formats: table, json, markdown, html)
after: test ! -e $GAC_TMP/cal.yaml

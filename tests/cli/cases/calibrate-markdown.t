args: calibrate --from cur --request-tokens 2000 examples/usage/finance-cur-2026-q3.csv -o $GAC_TMP/cal.yaml --format markdown
exit: 0
stdout-has: ### genaicost calibrate: CUR 2.0 bills
stdout-has: ```
stdout-has:   token rows used            18
stderr-empty

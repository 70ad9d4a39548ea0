args: calibrate --from cur --request-tokens 2000 examples/usage/finance-cur-2026-q3.csv --format html
exit: 2
stdout-empty
stderr-has: genaicost: --format html prints the report on standard output: write the scenario with -o FILE

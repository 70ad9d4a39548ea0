args: calibrate tests/data/usage/cur-2026.csv --from cur --request-tokens 2500 --format json
exit: 2
stderr-has: --format json prints the report on standard output: write the scenario with -o FILE

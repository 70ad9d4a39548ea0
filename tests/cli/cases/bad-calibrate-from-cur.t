args: calibrate tests/data/usage/cur-2026.csv --from cur
exit: 2
stderr-has: --from cur: a bill counts tokens, not requests; state the mean tokens of a request (input, cache and output together) with --request-tokens N, or MODEL=N per model

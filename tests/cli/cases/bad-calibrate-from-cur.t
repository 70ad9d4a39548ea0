args: calibrate tests/data/usage/invocations-jan-feb.jsonl --from cur
exit: 2
stderr-has: --from cur: calibrating from bills is not built yet; use logs or cloudwatch

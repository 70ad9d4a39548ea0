args: calibrate tests/data/usage/focus-2026-10.csv --from cur --request-tokens 2000
exit: 3
stderr-has: tests/data/usage/focus-2026-10.csv:1:1: a FOCUS export, not a CUR 2.0 one: use --from focus

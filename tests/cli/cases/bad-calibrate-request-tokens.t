args: calibrate tests/data/usage/cur-2026.csv --from cur --request-tokens anthropic.claude-haiku-4-5-20251001-v1:0=0
exit: 2
stderr-has: --request-tokens 'anthropic.claude-haiku-4-5-20251001-v1:0=0': a number of tokens above 0, or MODEL=N

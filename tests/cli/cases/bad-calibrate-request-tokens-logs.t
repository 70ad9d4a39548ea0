args: calibrate tests/data/usage/invocations-jan-feb.jsonl --request-tokens 2000
exit: 2
stderr-has: --request-tokens is for bills (--from cur or --from focus)

args: calibrate tests/data/usage/invocations-jan-feb.jsonl --period 2026-02-12..2026-02-12
exit: 3
stdout-empty
stderr-has:   not written: acme.mystery-v1 in us-east-1, 1 request: not in the price sheet
stderr-has: nothing to calibrate

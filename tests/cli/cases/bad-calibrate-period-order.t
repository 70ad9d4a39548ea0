args: calibrate tests/data/usage/invocations-jan-feb.jsonl --period 2026-02-01..2026-01-01
exit: 2
stderr-has: ends before it starts

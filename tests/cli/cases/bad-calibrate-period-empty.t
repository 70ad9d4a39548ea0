args: calibrate tests/data/usage/invocations-jan-feb.jsonl --period 2027-01-01..2027-01-31
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/usage/invocations-jan-feb.jsonl: no invocation in period 2027-01-01..2027-01-31 in the files read

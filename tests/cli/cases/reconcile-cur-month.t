args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/cur-2026.csv --month 2026-11 --tolerance 0
exit: 0
stdout-has: (cur, USD, 1 month: 2026-11)
stdout-has: Within the tolerance of 0%: billed $4,015.00 against $4,015.00 estimated
stdout-lacks: 2026-10

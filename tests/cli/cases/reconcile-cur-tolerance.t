args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/cur-2026.csv --tolerance 1% --format markdown
exit: 1
stdout-has: **Over the tolerance** of 1%: billed $8,157.00 against $8,030.00 estimated
stdout-has: ### Lines outside the comparison
stderr-empty

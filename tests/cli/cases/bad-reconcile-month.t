args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/cur-2026.csv --month 2026-12
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/usage/cur-2026.csv:1:84: column 'line_item_usage_start_date' has no date in 2026-12: the bill runs from 2026-10 to 2026-11

args: models --pricing tests/data/good/tiers-sheet.yaml --format json
exit: 0
stdout-has: "rate_cards": {
stdout-has: "priority": {
stdout-has: "latency_optimized": {
stdout-has: "reserved_output_3_month": 125.0

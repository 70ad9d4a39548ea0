args: compare examples/learn/provisioned-break-even.yaml --set workloads.assistant.requests_per_month=25M --format markdown
exit: 0
stdout-has: | baseline (cheapest) | us-east-1 | $54,000.00 |  |  |
stdout-has: | pt-6-month TOO FEW (needs 2 units) | us-east-1 | $16,060.00 |
stdout-has: Cheapest: baseline at $54,000.00.
stderr-empty

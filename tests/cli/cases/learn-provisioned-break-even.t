args: compare examples/learn/provisioned-break-even.yaml --explain
exit: 0
stdout-has: baseline (cheapest)  us-east-1    $10,800.00
stdout-has: pt-1-month           us-east-1    $28,908.00  +$18,108.00   +167.7%
stdout-has: pt-6-month           us-east-1    $16,060.00   +$5,260.00    +48.7%
stdout-has: utilisation 22.8%; 9,500,000,000 tokens a month at $1.69 per 1M tokens

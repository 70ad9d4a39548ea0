args: diff tests/data/ci/gate.yaml --pricing-old tests/data/ci/sheet-2025.yaml --pricing-new tests/data/ci/sheet-2026.yaml --explain
exit: 0
stdout-has: chat, m.big, output tokens:
stdout-has:   old: 1000000 requests_per_month × 200 output_tokens = 200000000 tokens ÷ 1000000 = 200 1M tokens × 12 USD = 2400 USD
stdout-has:   new: 1000000 requests_per_month × 200 output_tokens = 200000000 tokens ÷ 1000000 = 200 1M tokens × 15 USD = 3000 USD
stdout-has: total = the sum of the line items: $5,425.00 → $6,025.00, change = new - old = +$600.00, percent = 100 × change / old = +11.1%

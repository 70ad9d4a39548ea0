args: estimate examples/negotiated-prices.yaml --explain
exit: 0
stdout-exact: negotiated-explain.txt
stdout-has: unit price = private price 1 USD per 1M tokens (pricing_overrides.prices) × 1000 ÷ 1000000 = 0.001 (in place of list 0.00125) × (1 − 12% account-wide discount) = 0.00088 USD net
stdout-has: unit price = list 39.6 × (1 − 15% discount for vendor anthropic model_unit_hour prices, pricing_overrides.discounts.2) × (1 − 12% account-wide discount)
stderr-has: genaicost: warning: anthropic.claude-3-haiku-20240307-v1:0 was retired on 2026-09-10 (AWS end of life); priced at the sheet's last prices
stderr-has: genaicost: warning: anthropic.claude-3-5-sonnet-20240620-v1:0 was retired on 2026-07-30 (AWS end of life); priced at the sheet's last prices

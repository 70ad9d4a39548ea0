args: forecast examples/growing-assistant.yaml --months 12 --explain
exit: 0
stdout-has: month m: each workload's rate = its rate as written × (1 + growth_per_month)^(m-1) × seasonality[(m-1) mod 12 + 1]
stdout-has: assistant: requests_per_month 5000000 × (1 + 0.08)^(m-1); month 12: × (1 + 0.08)^11 = 2.33164
stdout-has: commitment: from month 7 the deployment runs as pt-6-month for 6 months
stdout-has: assistant input tokens: 5000000 requests_per_month × 1500 input_tokens = 7500000000 tokens ÷ 1000 = 7500000 1K tokens × 0.0008 USD = 6000 USD
stdout-has: month 1 total = sum of the lines = $10,800.00
stdout-has: Month 12 (pt-6-month): growth factor 3.03113 (assistant: (1 + 0.08)^11 = 2.33164 × seasonality 1.3), total $16,060.00
stdout-has: cumulative = the sum of months 1 to 12 = $175,588.03

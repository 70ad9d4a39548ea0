args: estimate examples/mixed-deployment.yaml --explain --format json
exit: 0
stdout-has: "utilisation": 0.20833333333333334,
stdout-has: "tokens_per_month": 65700000000.0,
stdout-has: "effective_per_1m": 1.4755555555555555,
stdout-has: utilisation = max(29200000000 input tokens on the units (52560000000 − 23360000000 served on demand) ÷ (4 units × 1000000 tokens/min × 60 × 730 h), 7300000000 output tokens on the units (13140000000 − 0.4444444444444444 on-demand share × 13140000000) ÷ (4 units × 200000 tokens/min × 60 × 730 h)) = 0.20833333333333334
stdout-has: tokens a month = 52560000000 input + 13140000000 output = 65700000000

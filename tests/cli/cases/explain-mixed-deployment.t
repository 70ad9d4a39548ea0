args: estimate examples/mixed-deployment.yaml --explain
exit: 0
stdout-has:     = (1 − 4 model units × 200000 output tokens/min per unit ÷ 1440000 peak output tokens/min = 0.4444444444444444 overflow share) × (40 requests_per_second × 3600 × 10 active_hours_per_day × (730 hours_per_month ÷ 24 = 30.416666666666668 days)) × 1200 input_tokens = 23359999999.999996 tokens ÷ 1000 (at the on-demand rate; output binds; the share is an upper bound: the whole month's tokens at the peak's share, exact for a flat load) = 23359999.999999996 1K tokens × 0.0008 USD
stdout-lacks: × 40 requests/s × 3600 s
stdout-has:     = units billed = 4 (model_units: 4)
stdout-has:     = effective per 1M tokens = (64240 + 32703.999999999993 overflow on demand) USD ÷ 65700000000 tokens × 1000000 = 1.4755555555555555 USD
stdout-has:     = overflow tokens = 0.4444444444444444 × 52560000000 input = 23360000000, 0.4444444444444444 × 13140000000 output = 5840000000; served on demand (deployment.overflow: on-demand), priced in the overflow lines: 32703.999999999993 USD

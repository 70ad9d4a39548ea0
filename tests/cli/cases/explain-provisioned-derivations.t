args: estimate examples/provisioned-vs-on-demand.yaml --explain --set deployment.mode=provisioned --set deployment.commitment=6-month
exit: 0
stdout-has:     = peak input tokens/min = Σ requests × (1 − response-cache hits) × input tokens ÷ active minutes × peak_to_average = 5760000
stdout-has:     =   assistant: 40 requests/s × 3600 s × 10 active h/day × 30.416666666666668 days × 1200 input tokens = 52560000000 tokens ÷ 18250 active minutes (10 active h/day × 60 × 30.416666666666668 days) × 2 peak/average = 5760000
stdout-has:     = peak output tokens/min = Σ requests × (1 − response-cache hits) × output tokens × burndown ÷ active minutes × peak_to_average = 1440000
stdout-has:     =   assistant: 40 requests/s × 3600 s × 10 active h/day × 30.416666666666668 days × 300 output tokens = 13140000000 tokens ÷ 18250 active minutes (10 active h/day × 60 × 30.416666666666668 days) × 2 peak/average = 1440000
stdout-has:     = units needed = max(ceil(5760000 ÷ 1000000 input tokens/min per unit), ceil(1440000 ÷ 200000 output tokens/min per unit)) = 8
stdout-has:     = units billed = 8 (model_units: auto)
stdout-has:     = monthly cost = the provisioned throughput line = 128480 USD
stdout-has:     = utilisation = max(52560000000 input tokens ÷ (8 units × 1000000 tokens/min × 60 × 730 h), 13140000000 output tokens ÷ (8 units × 200000 tokens/min × 60 × 730 h)) = 0.1875
stdout-has:     = tokens a month = 52560000000 input + 13140000000 output = 65700000000
stdout-has:     = effective per 1M tokens = 128480 USD ÷ 65700000000 tokens × 1000000 = 1.9555555555555555 USD
stdout-has:     = locked in = 128480 USD a month × 6 months = 770880 USD, owed even if usage falls
stdout-has:     = overflow: none (8 units carry the peak)
stdout-has: utilisation 18.8%; 65,700,000,000 tokens a month at $1.96 per 1M tokens

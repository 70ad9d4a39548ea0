args: estimate tests/data/good/tiers.yaml --explain
exit: 0
stdout-has: × (1 − 0.2 cache_read_fraction − 0.5 cache_write_1h_fraction)
stdout-has: = 1000000 requests_per_month × 1000 input_tokens = 1000000000 tokens ÷ 1000000 (Priority tier rate) = 1000 1M tokens × 1.75 USD = 1750 USD
stdout-has: (Flex tier rate) = 100 1M tokens × 2 USD = 200 USD
stdout-has: (latency-optimized rate) = 1000 1M tokens × 1.25 USD = 1250 USD
stdout-has: = sum of the line costs above, unrounded: 6620 USD

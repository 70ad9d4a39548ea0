args: estimate examples/chatbot.yaml --format json --explain
exit: 0
stdout-has: "formula": "2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × (1 − 0.2 batch_fraction) × 1500 input_tokens × (1 − 0.5 cache_read_fraction − 0.05 cache_write_fraction) = 972000000 tokens ÷ 1000 = 972000 1K tokens × 0.003 USD = 2916 USD"

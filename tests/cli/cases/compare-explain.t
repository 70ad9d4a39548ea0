args: compare examples/chatbot-options.yaml --explain
exit: 0
stdout-has: Option nova-pro
stdout-has: = 2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × (1 − 0.2 batch_fraction) × 1500 input_tokens × 0.5 cache_read_fraction

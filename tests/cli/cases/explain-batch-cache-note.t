args: estimate examples/chatbot.yaml --explain
exit: 0
stdout-has:     = 2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × 0.2 batch_fraction × 1500 input_tokens = 540000000 tokens ÷ 1000 (prompt caching does not apply to batch: every input token pays the batch input price; 0.5 cache_read_fraction and 0.05 cache_write_fraction price the real-time requests only) = 540000 1K tokens × 0.0015 USD = 810 USD
stdout-has:     = 2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × 0.2 batch_fraction × 400 output_tokens = 144000000 tokens ÷ 1000 = 144000 1K tokens

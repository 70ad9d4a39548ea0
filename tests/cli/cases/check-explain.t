args: check examples/chatbot.yaml --budget 20000 --explain
exit: 0
stdout-has: Full breakdown
stdout-has: How each line is priced now
stdout-has:   chat, output tokens: 2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × (1 − 0.2 batch_fraction) × 400 output_tokens = 576000000 tokens ÷ 1000 = 576000 1K tokens × 0.015 USD = 8640 USD

args: what-if examples/chatbot.yaml --set workloads.chat.model=anthropic.claude-3-5-haiku-20241022-v1:0 --set workloads.chat.batch_fraction=0 --explain --format json
exit: 0
stdout-has: "genaicost": "what-if/1"
stdout-has: "formula_before": "2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × (1 − 0.2 batch_fraction) × 400 output_tokens = 576000000 tokens ÷ 1000 = 576000 1K tokens × 0.015 USD = 8640 USD"
stdout-has: "formula_after": "2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × 400 output_tokens = 720000000 tokens ÷ 1000 = 720000 1K tokens × 0.004 USD = 2880 USD"
stdout-has: "formula_after": null

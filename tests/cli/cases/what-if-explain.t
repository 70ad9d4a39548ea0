args: what-if examples/chatbot.yaml --set workloads.chat.output_tokens=800 --explain
exit: 0
stdout-has: How each changed line is computed:
stdout-has:   chat · output tokens (anthropic.claude-3-5-sonnet-20241022-v2:0)
stdout-has:     before = 2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × (1 − 0.2 batch_fraction) × 400 output_tokens = 576000000 tokens ÷ 1000 = 576000 1K tokens × 0.015 USD = 8640 USD
stdout-has:     after  = 2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × (1 − 0.2 batch_fraction) × 800 output_tokens = 1152000000 tokens ÷ 1000 = 1152000 1K tokens × 0.015 USD = 17280 USD
stdout-has:     after  = 2000000 requests_per_month × (1 − 0.1 response_cache_hit_rate) × 0.2 batch_fraction × 800 output_tokens = 288000000 tokens ÷ 1000 = 288000 1K tokens × 0.0075 USD = 2160 USD
stdout-has:   4 lines cost the same on both sides
stdout-has:   total before = sum of the line costs, unrounded: 14175 USD
stdout-has:   total after  = sum of the line costs, unrounded: 23895 USD
stdout-has:   change       = 23895 − 14175 = 9720 USD; ÷ 14175 × 100 = 68.57142857142857%
stdout-lacks: chat · input tokens (

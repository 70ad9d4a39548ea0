args: check examples/chatbot.yaml --budget 20000 --explain
exit: 0
stdout-has: Full breakdown
stdout-has: How each line is priced now
stdout-has:   chat, output tokens: 2000000 requests × (1 − 0.1 response-cache hits) × (1 − 0.2 batch) × 400 output tokens = 576000000 tokens ÷ 1000 = 576000 1K tokens × 0.015 USD = 8640 USD

args: estimate examples/chatbot.yaml --format json --explain
exit: 0
stdout-has: "formula": "2000000 requests × (1 − 0.1 response-cache hits) × (1 − 0.2 batch) × 1500 input tokens × (1 − 0.5 cache read − 0.05 cache write) = 972000000 tokens ÷ 1000 = 972000 1K tokens × 0.003 USD = 2916 USD"

args: compare examples/chatbot-options.yaml --explain
exit: 0
stdout-has: Option nova-pro
stdout-has: = 2000000 requests × (1 − 0.1 response-cache hits) × (1 − 0.2 batch) × 1500 input tokens × 0.5 cache read

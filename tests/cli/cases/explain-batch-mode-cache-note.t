args: estimate examples/chatbot.yaml --explain --set deployment.mode=batch
exit: 0
stdout-has: 1500 input_tokens = 2700000000 tokens ÷ 1000 (prompt caching does not apply to batch: every input token pays the batch input price; 0.5 cache_read_fraction and 0.05 cache_write_fraction price no request: all are batch) = 2700000 1K tokens × 0.0015 USD = 4050 USD

args: estimate --model anthropic.claude-3-5-sonnet-20241022-v2:0 --requests 1M --input-tokens 1500 --output-tokens 400
exit: 0
stdout-has: $10,500.00
stdout-has: 1,500,000  1K tokens

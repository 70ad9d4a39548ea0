args: estimate --model anthropic.claude-3-5-sonnet-20241022-v2:0 --requests 1000 --input-tokens 300k --output-tokens 1000
exit: 3
stdout-empty
stderr-has: above the context window of anthropic.claude-3-5-sonnet-20241022-v2:0, 200000 tokens

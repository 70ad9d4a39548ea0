args: estimate --model anthropic.claude-3-5-sonnet-20241022-v2:0 --requests 15000 --set workloads.default.requests_per_day=15000 --input-tokens 1000 --output-tokens 0
exit: 0
stdout-has: 456,250  1K tokens

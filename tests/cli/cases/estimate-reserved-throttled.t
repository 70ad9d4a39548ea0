args: estimate tests/data/good/reserved.yaml --set deployment.tokens_per_minute=1M
exit: 0
stdout-has: 1,000,000 tokens/min reserved (Reserved tier), 1,100,000 needed at peak: TOO FEW, peak requests will be throttled
stdout-has: overflow 9.1% of the tokens (4,380,000,000), throttled: not served, not priced

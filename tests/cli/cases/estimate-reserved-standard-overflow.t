args: estimate tests/data/good/reserved.yaml --set deployment.input_tokens_per_minute=800k
exit: 0
stdout-has: 800,000 input and 80,000 output tokens/min reserved (Reserved tier)
stdout-has: utilisation at least 100.0% (the overflow share is an upper bound, exact for a flat load); the load above it goes to the Standard tier
stdout-has: overflow 20.0% of the tokens (9,636,000,000), served on demand for $12,264.00

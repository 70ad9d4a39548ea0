args: estimate tests/data/good/reserved.yaml --set deployment.input_tokens_per_minute=800k --set workloads.chat.peak_to_average=2 --format markdown
exit: 0
stdout-has: 800,000 input and 80,000 output tokens/min reserved (Reserved tier)
stdout-has: utilisation at least 50.0% (the overflow share is an upper bound, exact for a flat load); the load above it goes to the Standard tier
stdout-has: overflow 60.0% of the tokens

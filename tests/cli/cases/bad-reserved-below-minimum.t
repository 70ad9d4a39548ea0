args: estimate tests/data/good/reserved.yaml --set deployment.output_tokens_per_minute=5000
exit: 3
stdout-empty
stderr-has: deployment.output_tokens_per_minute is 5000: the Reserved tier reserves at least 10000 output tokens per minute (AWS)

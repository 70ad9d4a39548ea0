args: estimate --requests 1e305 --model anthropic.claude-sonnet-4-20250514-v1:0 --input-tokens 5e5 --output-tokens 0
exit: 3
stdout-empty
stderr-has: the estimate overflows: long-context input tokens of workload default is too large to price

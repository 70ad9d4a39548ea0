args: estimate --requests 1e15 --model anthropic.claude-3-5-sonnet-20240620-v1:0 --input-tokens 1e300
exit: 3
stdout-empty
stderr-has: the estimate overflows: long-context input tokens of workload default is too large to price

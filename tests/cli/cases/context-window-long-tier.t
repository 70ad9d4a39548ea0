args: estimate --model anthropic.claude-sonnet-4-20250514-v1:0 --requests 1000 --input-tokens 300k --output-tokens 1000
exit: 0
stdout-has: long-context input tokens
stdout-has: $1,800.00
stdout-has: $22.50
stdout-has: $1,822.50

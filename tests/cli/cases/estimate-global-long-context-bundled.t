args: estimate --model anthropic.claude-sonnet-4-5-20250929-v1:0 --requests 1000 --input-tokens 300000 --output-tokens 1000 --set workloads.default.inference=global --format csv
exit: 0
stdout-has: default,anthropic.claude-sonnet-4-5-20250929-v1:0,long-context input tokens,300,1M tokens,6,1800,false
stdout-has: default,anthropic.claude-sonnet-4-5-20250929-v1:0,long-context output tokens,1,1M tokens,22.5,22.5,false
stderr-empty

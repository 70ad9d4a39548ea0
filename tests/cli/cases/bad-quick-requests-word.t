args: estimate --model anthropic.claude-3-5-sonnet-20241022-v2:0 --requests lots
exit: 2
stderr-has: genaicost: workloads.default.requests_per_month: 'lots' is not a number
stdout-empty

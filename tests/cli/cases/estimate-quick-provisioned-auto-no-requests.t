args: estimate --mode provisioned --model-units auto --model anthropic.claude-instant-v1
exit: 2
stderr-has: or --mode provisioned with --model-units N, whose units are billed whatever the load
stdout-empty

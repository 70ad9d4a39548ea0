args: estimate --mode on-demand --model-units 2 --model anthropic.claude-instant-v1 --input-tokens 100
exit: 2
stderr-has: a quick estimate needs --requests N (or --images N)
stdout-empty

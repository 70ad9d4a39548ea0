args: estimate --model anthropic.claude-3-5-sonnet-20241022-v2:0 --requests 1e306 --input-tokens 1000 --output-tokens 0
exit: 3
stderr-has: the estimate overflows

args: estimate --model anthropic.claude-3-haiku-20240307-v1:0 --requests 1M --input-tokens 200
exit: 3
stdout-empty
stderr-has: genaicost: workload 'default' does not say its output_tokens
stderr-has: a quick estimate takes them as --input-tokens N and --output-tokens N

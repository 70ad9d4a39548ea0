args: estimate tests/data/good/zero-tokens.yaml --model anthropic.claude-3-haiku-20240307-v1:0
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/good/zero-tokens.yaml:12:5: workload 'search' does not say its output_tokens: anthropic.claude-3-haiku-20240307-v1:0 generates text

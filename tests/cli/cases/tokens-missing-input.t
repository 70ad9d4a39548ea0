args: estimate tests/data/bad/no-input-tokens.yaml
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/no-input-tokens.yaml:5:5: workload 'chat' does not say its input_tokens: anthropic.claude-3-5-sonnet-20241022-v2:0 is a text model
stderr-has: write input_tokens (0 if its requests have none)

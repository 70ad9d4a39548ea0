args: estimate tests/data/bad/no-output-tokens.yaml
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/no-output-tokens.yaml:9:5: workload 'chat' does not say its output_tokens: anthropic.claude-3-5-sonnet-20241022-v2:0 generates text

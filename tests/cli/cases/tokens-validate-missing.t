args: validate tests/data/bad/no-output-tokens.yaml
exit: 3
stdout-lacks: ok
stderr-has: genaicost: tests/data/bad/no-output-tokens.yaml:9:5: workload 'chat' does not say its output_tokens

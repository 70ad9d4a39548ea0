args: estimate tests/data/bad/negative-tokens.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/negative-tokens.yaml:8:19: workloads.chat.input_tokens must not be negative
stdout-empty

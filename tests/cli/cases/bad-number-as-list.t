args: estimate tests/data/bad/number-as-list.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/number-as-list.yaml:8:19: workloads.chat.input_tokens must be a scalar, not a list
stdout-empty

args: estimate tests/data/bad/expr-cycle.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/expr-cycle.yaml:12:23: workloads.chat.output_tokens: a cycle: workloads.chat.input_tokens <- workloads.chat.output_tokens <- workloads.chat.input_tokens (each computed from the next)
stdout-empty

args: simulate tests/data/bad/uncertain-unknown-path.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/uncertain-unknown-path.yaml:11:3: uncertain: 'workloads.chat.input_tokenz' is not a numeric parameter of this scenario (did you mean 'workloads.chat.input_tokens'?)
stdout-empty

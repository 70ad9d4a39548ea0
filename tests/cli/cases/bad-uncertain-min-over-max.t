args: simulate tests/data/bad/uncertain-min-over-max.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/uncertain-min-over-max.yaml:11:32: uncertain workloads.chat.input_tokens: min must be below max
stdout-empty

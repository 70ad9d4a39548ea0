args: simulate tests/data/bad/uncertain-negative-sd.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/bad/uncertain-negative-sd.yaml:11:63: uncertain workloads.chat.output_tokens: sd must not be negative
stdout-empty

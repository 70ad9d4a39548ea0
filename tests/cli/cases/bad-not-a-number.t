args: estimate tests/data/bad/not-a-number.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/not-a-number.yaml:8:19: workloads.chat.input_tokens: 'lots' is not a number
stdout-empty

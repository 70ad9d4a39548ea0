args: estimate tests/data/bad/hex-number.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/hex-number.yaml:8:19: workloads.chat.input_tokens: '0x5DC' is not a number
stdout-empty

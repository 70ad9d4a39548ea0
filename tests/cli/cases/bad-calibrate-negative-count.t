args: calibrate tests/data/usage/bad-negative-count.jsonl
exit: 3
stderr-has: genaicost: tests/data/usage/bad-negative-count.jsonl:2:1: input.inputTokenCount is not a whole number of 0 or more

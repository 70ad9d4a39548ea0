args: estimate tests/data/bad/expr-divide-by-range.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/expr-divide-by-range.yaml:12:27: workloads.chat.output_tokens: division by zero: the divisor can be 0 for values the inputs may take
stdout-empty

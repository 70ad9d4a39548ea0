args: compare tests/data/bad/option-bad-value.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/option-bad-value.yaml:13:37: option 'cheaper': workloads.chat.output_tokens: 'lots' is not a number
stdout-empty

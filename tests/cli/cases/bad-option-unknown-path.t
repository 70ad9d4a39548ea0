args: compare tests/data/bad/option-unknown-path.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/option-unknown-path.yaml:13:37: option 'cheaper': unknown parameter 'workloads.chat.output_tokenz' (did you mean 'workloads.chat.output_tokens'?)
stdout-empty

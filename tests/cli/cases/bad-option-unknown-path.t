# an unknown path in an option's set: is placed at its key (13:7), not at its value (13:37)
args: compare tests/data/bad/option-unknown-path.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/option-unknown-path.yaml:13:7: option 'cheaper': unknown parameter 'workloads.chat.output_tokenz' (did you mean 'workloads.chat.output_tokens'?)
stdout-empty

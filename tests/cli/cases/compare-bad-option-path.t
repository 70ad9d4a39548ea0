args: compare tests/data/bad/option-path.yaml
exit: 3
stderr-has: option-path.yaml:13:7: option 'cheap': unknown parameter 'workloads.chat.modle' (did you mean 'workloads.chat.model'?)

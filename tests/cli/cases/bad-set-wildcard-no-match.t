# a typo in the field of a `*` path: exit 2 with the same did-you-mean a
# path without `*` gets (it had none)
args: estimate examples/agent-drivers.yaml --set workloads.*.output_tokenz=5
exit: 2
stderr-has: genaicost: 'workloads.*.output_tokenz' matches no parameter of this scenario (did you mean 'workloads.*.output_tokens'?)
stdout-empty

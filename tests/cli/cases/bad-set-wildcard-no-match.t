args: estimate examples/agent-drivers.yaml --set workloads.*.output_tokenz=5
exit: 2
stderr-has: genaicost: 'workloads.*.output_tokenz' matches no parameter of this scenario
stdout-empty

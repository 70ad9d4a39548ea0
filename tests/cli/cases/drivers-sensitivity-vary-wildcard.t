args: sensitivity examples/agent-drivers.yaml --vary workloads.*.output_tokens --format csv
exit: 0
stdout-has: workloads.planner.output_tokens,250,200,300,1994.8799999999999,2302.08,307.20000000000005,
stdout-has: workloads.summariser.output_tokens,400,320,480,
stdout-lacks: drivers.users

args: estimate examples/agent-drivers.yaml --set 'workloads.planner.output_tokens== users /'
exit: 2
stderr-has: genaicost: workloads.planner.output_tokens = users /: expected a number, a name or '(' before the end (at character 8 of the expression)

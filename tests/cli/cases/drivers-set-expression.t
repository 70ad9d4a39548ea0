args: estimate examples/agent-drivers.yaml --set 'workloads.planner.output_tokens== context_tokens / 30' --explain
exit: 0
stdout-has:   workloads.planner.output_tokens = context_tokens / 30
stdout-has:       = 3000 ÷ 30 = 100
stdout-has: planner     amazon.nova-pro-v1:0          output tokens         96,000

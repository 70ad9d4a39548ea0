args: break-even tests/data/bad/past-context-window.yaml --vary workloads.contracts.requests_per_month --between baseline --and shorter
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/past-context-window.yaml:8:19: workload 'contracts'
stderr-has: above the context window of anthropic.claude-3-5-sonnet-20241022-v2:0, 200000 tokens

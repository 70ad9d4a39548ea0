args: break-even tests/data/bad/no-output-tokens.yaml --vary workloads.chat.requests_per_month --between baseline --and longer
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/no-output-tokens.yaml:9:5: workload 'chat' does not say its output_tokens

args: what-if tests/data/bad/no-input-tokens.yaml --set workloads.chat.requests_per_month=2M
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/no-input-tokens.yaml:5:5: workload 'chat' does not say its input_tokens

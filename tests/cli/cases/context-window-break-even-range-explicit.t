args: break-even tests/data/good/break-even-tokens.yaml --vary workloads.chat.input_tokens --between baseline --and haiku --range 0:300k
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/good/break-even-tokens.yaml:7:5: workload 'chat'
stderr-has: above the context window of anthropic.claude-3-5-haiku-20241022-v1:0, 200000 tokens

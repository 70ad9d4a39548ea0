args: estimate tests/data/bad/past-context-window.yaml
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/past-context-window.yaml:8:19: workload 'contracts': 300000 input + 2000 output tokens a request is 302000 tokens, above the context window of anthropic.claude-3-5-sonnet-20241022-v2:0, 200000 tokens
stdout-lacks: long-context

args: validate tests/data/bad/past-context-window.yaml
exit: 3
stdout-lacks: ok
stderr-has: genaicost: tests/data/bad/past-context-window.yaml:8:19: workload 'contracts': 300000 input + 2000 output tokens a request is 302000 tokens, above the context window

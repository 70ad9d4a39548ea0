args: validate tests/data/good/zero-tokens.yaml
exit: 0
stdout-has: tests/data/good/zero-tokens.yaml: ok: scenario zero-tokens, 3 workloads

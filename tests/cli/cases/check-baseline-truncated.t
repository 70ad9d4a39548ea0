args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-truncated.json
exit: 3
stderr-has: baseline-truncated.json:
stderr-has: not valid JSON

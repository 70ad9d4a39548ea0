args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-total-string.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-total-string.json:18:12: total: should be a number
stdout-empty

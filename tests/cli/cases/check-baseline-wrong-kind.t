args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-sweep.json
exit: 3
stderr-has: 'sweep/1' holds no line items to compare

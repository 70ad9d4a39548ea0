args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-line-no-cost.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-line-no-cost.json:20:5: lines[0]: 'cost' is missing
stdout-empty

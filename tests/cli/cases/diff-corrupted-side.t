args: diff tests/data/bad/baseline-edited-cost.json tests/data/ci/gate.yaml
exit: 3
stderr-has: baseline-edited-cost.json:27:15:

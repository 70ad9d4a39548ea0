args: diff tests/data/ci/gate.yaml
exit: 2
stderr-has: diff needs OLD and NEW

args: diff tests/data/ci/nothing.json tests/data/ci/gate.yaml
exit: 4
stderr-has: nothing.json: cannot open

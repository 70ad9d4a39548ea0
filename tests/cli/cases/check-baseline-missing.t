args: check tests/data/ci/gate.yaml --baseline tests/data/ci/no-such-baseline.json
exit: 4
stderr-has: no-such-baseline.json: cannot open

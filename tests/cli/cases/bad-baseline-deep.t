args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-deep.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-deep.json:1:2049: not valid JSON: maximum parsing depth reached
stdout-empty

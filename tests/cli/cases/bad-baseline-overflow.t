args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-overflow.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-overflow.json:18:16: not valid JSON: real number overflow
stdout-empty

args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-duplicate-key.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-duplicate-key.json:14:12: not valid JSON: duplicate object key
stdout-empty

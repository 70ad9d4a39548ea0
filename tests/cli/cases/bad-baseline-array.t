args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-array.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-array.json:1:1: a genaicost report is a JSON object
stdout-empty

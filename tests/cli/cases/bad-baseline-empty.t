args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-empty.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-empty.json:1:1: not valid JSON: unexpected token near end of file
stdout-empty

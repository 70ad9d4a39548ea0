args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-lines-object.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-lines-object.json:19:3: lines: should be a list of line items
stdout-empty

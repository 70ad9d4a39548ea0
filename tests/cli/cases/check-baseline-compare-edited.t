args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-compare-edited.json
exit: 3
stderr-has: genaicost: tests/data/bad/baseline-compare-edited.json:94:19: options[1].lines[0].cost: is 251, but quantity × unit_price is 250: the report was changed or corrupted

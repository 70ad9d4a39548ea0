args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-edited-cost.json
exit: 3
stderr-has: tests/data/bad/baseline-edited-cost.json:27:15: lines[0].cost: is 3001, but quantity × unit_price is 3000: the report was changed or corrupted

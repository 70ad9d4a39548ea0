args: diff tests/data/good/baseline-bom.json tests/data/ci/gate.yaml --format json
exit: 0
stdout-has: "old_total": 5425.0

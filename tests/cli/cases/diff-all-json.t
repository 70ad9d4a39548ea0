args: diff tests/data/ci/baseline-compare.json tests/data/ci/gate.yaml --all --option small --format json
exit: 0
stdout-has: "genaicost": "diff/1"
stdout-has: "option": "small"
stdout-has: "delta": 0.0

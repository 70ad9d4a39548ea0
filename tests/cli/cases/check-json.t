args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json --format json
exit: 1
stdout-has: "genaicost": "check/1"
stdout-has: "passed": false
stdout-has: "status": "breached"

args: check tests/data/ci/gate.yaml --baseline tests/data/bad/baseline-edited-total.json
exit: 3
stderr-has: baseline-edited-total.json:18:12: total: is 5000, but its lines add to 5425

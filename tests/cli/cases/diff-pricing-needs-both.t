args: diff tests/data/ci/gate.yaml --pricing-old tests/data/ci/sheet-2025.yaml
exit: 2
stderr-has: a price-sheet diff takes one SCENARIO with both

args: diff tests/data/ci/baseline-2025.json tests/data/ci/gate.yaml --option small
exit: 2
stderr-has: --option small: tests/data/ci/baseline-2025.json has no option of that name

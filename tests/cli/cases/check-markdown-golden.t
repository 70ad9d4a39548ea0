args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json --format markdown
exit: 1
stdout-exact: check-gate.md

args: diff tests/data/ci/baseline-2025.json tests/data/ci/gate.yaml --format markdown --set workloads.nightly.model=m.new
exit: 0
stdout-exact: diff-gate.md

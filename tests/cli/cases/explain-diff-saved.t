args: diff tests/data/ci/baseline-2025.json tests/data/ci/gate.yaml --explain --format markdown
exit: 0
stdout-has: #### How the changed lines are computed, old and new
stdout-has: - old: \(no formula&#58; the report was saved without it\)

args: diff tests/data/ci/baseline-compare.json tests/data/ci/gate.yaml --pricing tests/data/ci/sheet-2025.yaml
exit: 0
stdout-has: Changed inputs: (of the price sheet only: tests/data/ci/baseline-compare.json, a compare/1 saved by an older genaicost, holds no inputs)
stdout-has:   pricing.as_of  2026-06-01 -> 2025-06-01
stdout-lacks: workloads.

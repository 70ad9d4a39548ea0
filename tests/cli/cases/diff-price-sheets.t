args: diff tests/data/ci/gate.yaml --pricing-old tests/data/ci/sheet-2025.yaml --pricing-new tests/data/ci/sheet-2026.yaml
exit: 0
stdout-has: Changed inputs:
stdout-has:   pricing.as_of  2025-06-01 -> 2026-06-01
stdout-has:   pricing.hash   e3755b02cb4800d3 -> 39e4ded03a3cd3d6
stdout-lacks: workloads.
stdout-has: chat      m.big  output tokens  $2,400.00  $3,000.00  +$600.00    +25.0%
stdout-has: 3 unchanged line items hidden (--all shows them).
stdout-lacks: input tokens

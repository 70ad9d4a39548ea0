args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json
exit: 1
stdout-has: 1 of 4 thresholds breached (1 skipped: no baseline figure)
stdout-has: FAIL    budget.max_increase_percent        total                  +10%  $6,025.00  $5,425.00  +$600.00 (+11.1%); 1.06 points over
stdout-has: prices gate-prices as of 2025-06-01
stdout-has: chat      m.big  output tokens  $2,400.00  $3,000.00  +$600.00    +25.0%
stderr-has: that threshold is skipped

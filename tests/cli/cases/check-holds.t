args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-compare.json
exit: 0
stdout-has: Check: gate — all 5 thresholds hold
stdout-has: ok      budget.max_increase_percent        total                  +10%  $6,025.00  $6,025.00  $0.00 (0.0%); 10.00 points under
stderr-empty

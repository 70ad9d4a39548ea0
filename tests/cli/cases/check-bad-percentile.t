args: check tests/data/ci/gate.yaml --percentile 100
exit: 2
stderr-has: --percentile 100: budget.percentile is a percentile above 0 and below 100

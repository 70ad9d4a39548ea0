args: check tests/data/ci/gate.yaml --format json -o $GAC_TMP/next-baseline.json --set budget.max_increase_percent=none
exit: 0
after: $GENAICOST_BIN check tests/data/ci/gate.yaml --baseline $GAC_TMP/next-baseline.json --max-increase 0%

args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json --max-increase ten%
exit: 2
stderr-has: --max-increase takes a share such as 10% or an amount such as $500 (got 'ten%')

# the default scenario check builds to see whether an input the baseline lacks is only at its default
# failing to allocate: check listed the input as added ("deployment.overflow added: throttle"), exit 1
args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json
env: GAC_FAIL_ALLOC_IN=scenario_alloc:4
exit: 4
stdout-empty
stderr-has: failed in scenario_alloc
stderr-has: genaicost: out of memory

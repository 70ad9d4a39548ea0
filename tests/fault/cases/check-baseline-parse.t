# jansson's first allocation reading the baseline failing: check said 'not valid JSON', exit 3
args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json
env: GAC_FAIL_ALLOC_IN=jansson:0
exit: 4
stdout-empty
stderr-has: failed in jansson
stderr-has: genaicost: tests/data/ci/baseline-2025.json: out of memory

# jansson's lexer failing to grow a string of the baseline (its scenario hash): it dropped a byte and read on, and check went on with the wrong hash, exit 1
args: check tests/data/ci/gate.yaml --baseline tests/data/ci/baseline-2025.json
env: GAC_FAIL_ALLOC_IN=jansson:15
exit: 4
stdout-empty
stderr-has: failed in jansson
stderr-has: genaicost: tests/data/ci/baseline-2025.json: out of memory

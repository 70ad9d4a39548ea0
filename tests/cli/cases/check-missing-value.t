args: check tests/data/ci/gate.yaml --baseline
exit: 2
stderr-has: genaicost: option --baseline needs a value
stdout-empty

args: check tests/data/ci/gate.yaml --baseline tests/data/ci
exit: 4
stderr-has: genaicost: tests/data/ci: is a directory, not a file
stdout-empty

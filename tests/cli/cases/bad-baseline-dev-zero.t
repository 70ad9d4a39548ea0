args: check tests/data/ci/gate.yaml --baseline /dev/zero
exit: 3
stderr-has: genaicost: /dev/zero: file is larger than 16777216 bytes
stdout-empty

args: check tests/data/ci/gate.yaml --baseline "$(sh tests/cli/hostile.sh big.json)"
exit: 3
stderr-has: big.json: file is larger than 16777216 bytes
stdout-empty

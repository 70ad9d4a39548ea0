args: validate "$(sh tests/cli/hostile.sh big.yaml)"
exit: 3
stderr-has: big.yaml: file is larger than 16777216 bytes
stdout-empty

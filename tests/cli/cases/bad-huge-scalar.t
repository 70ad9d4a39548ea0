args: validate "$(sh tests/cli/hostile.sh huge-scalar.yaml)"
exit: 3
stderr-has: huge-scalar.yaml:2:7: scalar longer than 65536 bytes
stdout-empty

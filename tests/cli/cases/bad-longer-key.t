args: validate "$(sh tests/cli/hostile.sh longer-key.yaml)"
exit: 3
stderr-has: longer-key.yaml:2:10001: could not find expected ':' while scanning a simple key
stdout-empty

args: validate "$(sh tests/cli/hostile.sh longer-key.yaml)"
exit: 3
stderr-has: longer-key.yaml:2:1: a key longer than 1024 characters (YAML's limit for a key without '? '), or a key with no ':' after it
stdout-empty

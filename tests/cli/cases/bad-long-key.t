args: validate "$(sh tests/cli/hostile.sh long-key.yaml)"
exit: 3
stderr-has: long-key.yaml:2:1: unknown key 'kkkkkkkkkk
stderr-has: kkk...' in a scenario
stdout-empty

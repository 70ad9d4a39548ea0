args: validate "$(sh tests/cli/hostile.sh wide-map.yaml)"
exit: 3
stderr-has: wide-map.yaml:3:1: unknown key 'x' in a scenario
stdout-empty

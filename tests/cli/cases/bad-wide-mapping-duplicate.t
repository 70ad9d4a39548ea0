args: validate "$(sh tests/cli/hostile.sh wide-dup.yaml)"
exit: 3
stderr-has: wide-dup.yaml:50004:3: duplicate key 'k7' (first at line 10)
stdout-empty

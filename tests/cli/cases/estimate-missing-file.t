args: estimate tests/data/no-such.yaml
exit: 4
stderr-has: genaicost: tests/data/no-such.yaml: cannot open: No such file or directory
stdout-empty

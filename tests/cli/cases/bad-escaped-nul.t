args: estimate tests/data/bad/nul-byte.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/nul-byte.yaml:2:7: scalar contains a NUL byte
stdout-empty

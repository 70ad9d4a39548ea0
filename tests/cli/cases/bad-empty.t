args: estimate tests/data/bad/empty.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/empty.yaml:1:1: the file is empty
stdout-empty

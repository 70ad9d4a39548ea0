args: estimate tests/data/bad/tab-indent.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/tab-indent.yaml:
stdout-empty

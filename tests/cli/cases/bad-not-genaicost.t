args: estimate tests/data/bad/not-genaicost.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/not-genaicost.yaml:1:1: not a genaicost file
stdout-empty

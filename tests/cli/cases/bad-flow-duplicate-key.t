args: estimate tests/data/bad/flow-duplicate-key.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/flow-duplicate-key.yaml:4:31: duplicate key 'mode' (first at line 4)
stdout-empty

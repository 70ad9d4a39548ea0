args: estimate tests/data/bad/merge-key.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/merge-key.yaml:6:5: merge keys (<<) are not supported
stdout-empty

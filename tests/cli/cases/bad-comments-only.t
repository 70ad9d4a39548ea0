args: estimate tests/data/bad/comments-only.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/comments-only.yaml:1:1: the file is empty
stdout-empty

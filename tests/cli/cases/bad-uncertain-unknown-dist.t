args: simulate tests/data/bad/uncertain-unknown-dist.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/uncertain-unknown-dist.yaml:11:39: unknown distribution 'zipf'
stdout-empty

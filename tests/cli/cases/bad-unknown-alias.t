args: estimate tests/data/bad/unknown-alias.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/unknown-alias.yaml:4:9: unknown alias 'nowhere'
stdout-empty

args: estimate tests/data/bad/malformed-yaml.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/malformed-yaml.yaml:7:1: did not find expected ',' or ']'
stdout-empty

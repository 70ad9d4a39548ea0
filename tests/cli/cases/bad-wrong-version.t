args: estimate tests/data/bad/wrong-version.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/wrong-version.yaml:1:12: scenario version 'scenario/9' is not supported
stdout-empty

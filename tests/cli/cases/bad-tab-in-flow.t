args: estimate tests/data/bad/tab-flow.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/tab-flow.yaml:5:1: found character that cannot start any token
stderr-has: (a tab: YAML indents with spaces only)
stdout-empty

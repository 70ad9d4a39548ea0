args: estimate tests/data/bad/tab-indent.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/tab-indent.yaml:6:1: found a tab character that violates indentation
stderr-has: (a tab: YAML indents with spaces only)
stdout-empty

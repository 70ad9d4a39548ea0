args: check tests/data/bad/budget-unknown-key.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/budget-unknown-key.yaml:12:3: unknown key 'weekly' in budget
stdout-empty

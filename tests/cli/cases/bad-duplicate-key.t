args: estimate tests/data/bad/duplicate-key.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/duplicate-key.yaml:10:5: duplicate key 'input_tokens' (first at line 8)
stdout-empty

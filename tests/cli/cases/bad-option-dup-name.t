args: compare tests/data/bad/option-dup-name.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/option-dup-name.yaml:13:11: option 'a' is declared twice
stdout-empty

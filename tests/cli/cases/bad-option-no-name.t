args: compare tests/data/bad/option-no-name.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/option-no-name.yaml:11:5: an option needs 'name'
stdout-empty

args: compare tests/data/bad/option-baseline-name.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/option-baseline-name.yaml:11:11: option name 'baseline' must hold only
stdout-empty

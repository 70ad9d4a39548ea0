args: estimate tests/data/bad/missing-pricing-file.yaml
exit: 4
stderr-has: genaicost: tests/data/bad/missing-pricing-file.yaml:3:10: pricing: cannot read './no-such-sheet.yaml': No such file or directory

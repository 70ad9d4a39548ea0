args: estimate tests/data/bad/missing-pricing-file.yaml
exit: 4
stderr-has: no-such-sheet.yaml: cannot open

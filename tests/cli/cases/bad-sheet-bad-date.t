args: validate tests/data/bad/sheet-bad-date.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-bad-date.yaml:4:8: dates are written YYYY-MM-DD
stdout-empty

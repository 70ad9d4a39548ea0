args: validate tests/data/bad/sheet-bad-date-feb30.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-bad-date-feb30.yaml:4:8: dates are written YYYY-MM-DD (got '2026-02-30')
stdout-empty

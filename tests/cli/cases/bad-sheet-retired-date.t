args: models --pricing tests/data/bad/sheet-retired-date.yaml --all
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-retired-date.yaml:11:14: dates are written YYYY-MM-DD (got '2026-02-30')
stdout-empty

args: validate tests/data/bad/sheet-bad-per.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-bad-per.yaml:9:10: per must be 1K or 1M (got '1G')
stdout-empty

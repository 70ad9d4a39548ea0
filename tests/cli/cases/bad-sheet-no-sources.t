args: validate tests/data/bad/sheet-no-sources.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/sheet-no-sources.yaml:1:1: a price sheet needs 'sources'
stdout-empty

args: simulate --allow-path examples tests/data/bad/empirical-column.yaml
exit: 3
stderr-has: empirical-column.yaml:7:111: tests/data/bad/../../../examples/data/usage-history.csv has no column 'requsts'

args: simulate tests/data/access/csv-dotdot.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/access/csv-dotdot.yaml:6:61: csv: 'tests/data/access/../../../examples/data/usage-history.csv' is outside the scenario's directory: a scenario may name files only there
stdout-empty

args: simulate tests/data/access/csv-symlink.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/access/csv-symlink.yaml:6:61: csv: 'tests/data/access/sub/history.csv' is outside the scenario's directory: a scenario may name files only there
stdout-empty

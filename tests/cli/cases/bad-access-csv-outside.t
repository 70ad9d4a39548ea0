args: simulate tests/data/access/csv-outside.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/access/csv-outside.yaml:6:55: csv: '/etc/passwd' is outside the scenario's directory: a scenario may name files only there (allow a directory with --allow-path DIR or GENAICOST_ALLOW_PATH)
stderr-lacks: root:x
stdout-empty

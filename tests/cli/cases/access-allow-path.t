args: simulate tests/data/access/csv-symlink.yaml --allow-path examples/data --trials 100 --format csv
exit: 0
stdout-has: baseline,
stderr-empty

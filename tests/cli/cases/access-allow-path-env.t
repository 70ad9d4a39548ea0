args: simulate tests/data/access/csv-dotdot.yaml --trials 100 --format csv
env: GENAICOST_ALLOW_PATH=/nonexistent:examples
exit: 0
stdout-has: baseline,
stderr-empty

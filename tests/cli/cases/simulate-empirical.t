args: simulate examples/usage-history.yaml --trials 20000 --budget 6k --format csv
exit: 0
stdout-has: baseline,

args: simulate examples/uncertain-demand.yaml --trials 2000 --budget 12000 --format html
exit: 0
stdout-has: <figure>
stdout-has: P(over budget)

# the page's chart titles its axes with the horizon
args: simulate examples/uncertain-demand.yaml --months 3 --trials 500 --budget 12000 --format html
exit: 0
stdout-has: <figure>
stdout-has: 3-month total
stdout-has: 500 trials of 3 months each

# CSV has no heading: the horizon is a column of every row
args: simulate examples/uncertain-demand.yaml --months 3 --trials 500 --format csv
exit: 0
stdout-has: P(under capacity),Months
stdout-lacks: trials of

args: simulate examples/uncertain-demand.yaml --trials 1e12
exit: 2
stderr-has: --trials takes a whole number

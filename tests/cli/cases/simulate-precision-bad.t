args: simulate examples/uncertain-demand.yaml --trials 1000 --precision 200%
exit: 2
stderr-has: --precision is a share above 0 and below 1

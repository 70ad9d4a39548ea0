args: simulate examples/uncertain-demand.yaml --months x
exit: 2
stderr-has: --months takes a whole number from 1 to 600 (got 'x')
stdout-empty

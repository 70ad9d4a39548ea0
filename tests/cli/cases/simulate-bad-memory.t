args: simulate examples/uncertain-demand.yaml --memory 0
exit: 2
stderr-has: --memory takes a whole number from 1 to 1048576 (got '0')

args: simulate examples/uncertain-demand.yaml --memory 0
exit: 2
stderr-has: --memory

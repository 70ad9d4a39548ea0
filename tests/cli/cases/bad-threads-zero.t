args: simulate examples/uncertain-demand.yaml --threads 0
exit: 2
stderr-has: genaicost: --threads takes a whole number from 1 to 256 (got '0')
stdout-empty

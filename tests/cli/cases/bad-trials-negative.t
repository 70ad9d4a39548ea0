args: simulate examples/uncertain-demand.yaml --trials -5
exit: 2
stderr-has: genaicost: --trials takes a whole number from 1 to 1000000000 (got '-5')
stdout-empty

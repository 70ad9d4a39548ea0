args: simulate examples/uncertain-demand.yaml --seed abc
exit: 2
stderr-has: genaicost: --seed takes a whole number from 0 to 4294967295 (got 'abc')
stdout-empty

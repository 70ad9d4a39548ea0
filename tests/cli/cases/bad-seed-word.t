args: simulate examples/uncertain-demand.yaml --seed abc
exit: 2
stderr-has: genaicost: --seed takes a whole number from 0 to 18446744073709551615 (got 'abc')
stdout-empty

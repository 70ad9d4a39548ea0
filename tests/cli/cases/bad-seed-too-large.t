args: simulate examples/uncertain-demand.yaml --seed 18446744073709551616
exit: 2
stderr-has: genaicost: --seed takes a whole number from 0 to 18446744073709551615 (got '18446744073709551616')
stdout-empty

# a horizon of no months is a usage error, before the scenario is read
args: simulate examples/uncertain-demand.yaml --months 0
exit: 2
stderr-has: --months takes a whole number from 1 to 600 (got '0')
stdout-empty

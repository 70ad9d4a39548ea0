args: forecast examples/growing-provisioned.yaml --months 0
exit: 2
stdout-empty
stderr-has: --months takes a whole number from 1 to 600 (got '0')

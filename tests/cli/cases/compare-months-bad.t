args: compare examples/custom-vs-fine-tuned.yaml --months 0
exit: 2
stderr-has: --months takes a whole number from 1 to 600 (got '0')

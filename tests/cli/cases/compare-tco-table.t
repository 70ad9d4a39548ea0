args: compare examples/custom-vs-fine-tuned.yaml --months 12
exit: 0
stdout-exact: custom-tco.table

args: compare examples/custom-vs-fine-tuned.yaml --months 4 --format csv
exit: 0
stdout-exact: custom-tco.csv

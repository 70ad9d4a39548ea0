args: compare examples/custom-vs-fine-tuned.yaml --months 2 --format markdown
exit: 0
stdout-has: #### Total cost of ownership, cumulative over 2 months
stdout-has: | 1 | $480.00 | $36,376.95 | $2,869.15 | $63,296.77 |

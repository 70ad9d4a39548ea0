# the budget a horizon's totals are held to is printed: 3 × $12,000
args: simulate examples/uncertain-demand.yaml --months 3 --trials 500 --budget 12k
exit: 0
stdout-has: P(over budget) against $36,000.00 (3 × $12,000.00 a month)

# reconcile with growth_per_month: 10 %: October (the bill's first month)
# at the rate written, 4,015.00; November at 1.1 times it, 4,416.50;
# 8,431.50 estimated against 8,157.00 billed, -274.50 (-3.3 %), exit 0.
args: reconcile tests/data/usage/haiku-assistant-growth.yaml --bill tests/data/usage/cur-2026.csv
exit: 0
stdout-has: $8,431.50
stdout-has: $8,157.00
stdout-has: -$274.50
stdout-has: $3,025.00

# Markdown names the months by calendar month too, and --explain says
# which month month 1 is and the months since the rates
args: forecast examples/usage/last-quarter.yaml --months 2 --format markdown --explain
exit: 0
stdout-has: | 2026-10 | baseline | 1.2051 | - | - | $19,571.83 | $19,571.83 | $0.00 |
stdout-has: - month 1 is 2026-10 (forecast.start), month m the (m-1)th month after it
stdout-has: - the rates as written describe the month 2 months before month 1 (forecast.months_since_rates): month m grows (m-1) + 2 months from them

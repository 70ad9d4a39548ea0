# CSV names each month by its calendar month when the scenario states
# forecast.start; month 1 (2026-10) at 1.0977833^2 = 1.2051 of the rates
args: forecast examples/usage/last-quarter.yaml --months 2 --format csv
exit: 0
stdout-has: Month,Deployment,Growth factor
stdout-has: 2026-10,baseline,1.2051
stdout-has: 2026-11,baseline,1.3229

# forecast.start and forecast.months_since_rates are parameters, listed
# when the scenario gives them (calibrate wrote them here)
args: params examples/usage/last-quarter.yaml
exit: 0
stdout-has: forecast.start = 2026-10
stdout-has: forecast.months_since_rates = 2

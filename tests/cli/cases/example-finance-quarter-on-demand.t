# Step 3: last quarter as it ran, on demand and flat: 3 x 16,214.90 =
# $48,644.70, the billed token lines to the cent (forecast.start set to
# the quarter's first month, so its months read 2026-07 to 2026-09).
args: forecast examples/usage/last-quarter.yaml --months 3 --set forecast.start=2026-07 --set workloads.*.growth_per_month=0
exit: 0
stdout-has: $48,644.70

# forecast --explain without forecast.seasonality: the formula has no
# seasonality factor (it printed "× seasonality[(m-1) mod 1 + 1]", an
# index into a table of none); the figures are the same: 17M requests
# growing 10%, month 3's factor 1.1^2 = 1.21
args: forecast examples/growing-provisioned.yaml --months 3 --explain
exit: 0
stdout-has: month m: each workload's rate = its rate as written × (1 + growth_per_month)^(m-1); the month is then priced like an estimate and its total is the sum of its line items
stdout-has: seasonality: none (1 every month)
stdout-has: × (1 + 0.1)^2 = 1.21
stdout-lacks: seasonality[
stderr-empty

# Step 3: X, last quarter with Claude Instant on one model unit of
# provisioned throughput on a 6-month commitment: 22.00 an hour x 730 =
# 16,060 a month, plus 180 + 834.90 of the other two on demand = 17,074.90
# a month, X = 3 x 17,074.90 = $51,224.70 (on demand it was 48,644.70).
args: forecast examples/usage/last-quarter.yaml --months 3 --set forecast.start=2026-07 --set workloads.*.growth_per_month=0 --set workloads.claude-instant-v1.deployment.mode=provisioned --set workloads.claude-instant-v1.deployment.commitment=6-month --set workloads.claude-instant-v1.deployment.model_units=1
exit: 0
stdout-has: $17,074.90
stdout-has: $51,224.70
stdout-has: Commitments running past the last month still owe $48,180.00 after it
stdout-has: 2026-09  baseline           1.0000      1       -    $17,074.90  $51,224.70  $48,180.00

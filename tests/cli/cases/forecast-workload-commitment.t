# a commitment on one workload's own deployment (issue 18): Claude Instant
# on 1 model unit bought for 6 months, 22.00 an hour x 730 = $16,060 a
# month, plus 180 + 834.90 of the other two on demand = $17,074.90 a
# month; after month 3 the unit still owes months 4 to 6, 3 x 16,060 =
# $48,180, as compare --months 3 counts it.  The scenario states
# forecast.start: 2026-10, so the months are named 2026-10 to 2026-12.
args: forecast examples/usage/last-quarter.yaml --months 3 --set workloads.*.growth_per_month=0 --set workloads.claude-instant-v1.deployment.mode=provisioned --set workloads.claude-instant-v1.deployment.commitment=6-month --set workloads.claude-instant-v1.deployment.model_units=1
exit: 0
stdout-has: 2026-10  baseline           1.0000      1       -    $17,074.90  $17,074.90  $80,300.00
stdout-has: 2026-12  baseline           1.0000      1       -    $17,074.90  $51,224.70  $48,180.00
stdout-has:   purchase: 1 unit of anthropic.claude-instant-v1 (claude-instant-v1) for baseline, 6-month term from 2026-10 (to 2027-03), $16,060.00 a month
stdout-has: Commitments running past the last month still owe $48,180.00 after it

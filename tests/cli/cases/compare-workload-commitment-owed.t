# compare's owed row for a workload's own commitment: forecast
# (forecast-workload-commitment) counts the same $48,180 after month 3
args: compare examples/usage/last-quarter.yaml --months 3 --set workloads.*.growth_per_month=0 --set workloads.claude-instant-v1.deployment.mode=provisioned --set workloads.claude-instant-v1.deployment.commitment=6-month --set workloads.claude-instant-v1.deployment.model_units=1
exit: 0
stdout-has: owed after month 3  $48,180.00

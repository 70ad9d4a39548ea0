# the same in JSON: owed_after 3 x 16,060 and the purchase naming its
# model and workload
args: forecast examples/usage/last-quarter.yaml --months 3 --format json --set workloads.*.growth_per_month=0 --set workloads.claude-instant-v1.deployment.mode=provisioned --set workloads.claude-instant-v1.deployment.commitment=6-month --set workloads.claude-instant-v1.deployment.model_units=1
exit: 0
stdout-has:   "owed_after": 48180.0
stdout-has:       "model": "anthropic.claude-instant-v1",
stdout-has:       "workloads": "claude-instant-v1"

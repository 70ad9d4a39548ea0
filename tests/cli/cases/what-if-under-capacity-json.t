args: what-if examples/learn/provisioned-break-even.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --set workloads.assistant.requests_per_month=25M --format json
exit: 0
stdout-has: "under_capacity_before": false,
stdout-has: "under_capacity_after": true,
stderr-empty

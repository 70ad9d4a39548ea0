args: estimate examples/learn/provisioned-break-even.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --set workloads.assistant.requests_per_month=25M --set deployment.model_units=2 --format json
exit: 0
stdout-has: "under_capacity": false,
stdout-lacks: "under_capacity": true
stderr-empty

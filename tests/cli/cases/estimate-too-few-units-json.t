args: estimate examples/learn/provisioned-break-even.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --set workloads.assistant.requests_per_month=25M --format json
exit: 0
stdout-has: "under_capacity": true,
stdout-has: "units": 1.0,
stdout-has: "units_needed": 2.0,
stderr-empty

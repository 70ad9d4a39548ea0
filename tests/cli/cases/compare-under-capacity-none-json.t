args: compare examples/learn/provisioned-break-even.yaml --set workloads.assistant.requests_per_month=25M --set deployment.mode=provisioned --set deployment.commitment=6-month --format json
exit: 0
stdout-has: "cheapest": null,
stderr-empty

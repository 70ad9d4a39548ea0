args: compare examples/learn/provisioned-break-even.yaml --set workloads.assistant.requests_per_month=25M --set deployment.mode=provisioned --set deployment.commitment=6-month
exit: 0
stdout-has: baseline TOO FEW (needs 2 units)
stdout-has: Cheapest: none: no option carries the peak load (every one is under capacity).
stdout-lacks: (cheapest)
stderr-empty

args: compare examples/learn/provisioned-break-even.yaml --set workloads.assistant.requests_per_month=25M --set deployment.model_units=2
exit: 0
stdout-has: pt-6-month (cheapest)  us-east-1    $32,120.00
stdout-lacks: TOO FEW
stderr-empty

args: estimate examples/learn/provisioned-break-even.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --set workloads.assistant.requests_per_month=22M
exit: 0
stdout-has: 1 model unit billed, 2 needed at peak: TOO FEW (needs 2 units)

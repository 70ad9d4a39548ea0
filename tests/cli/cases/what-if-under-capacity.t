args: what-if examples/learn/provisioned-break-even.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --set workloads.assistant.requests_per_month=25M
exit: 0
stdout-has: After: TOO FEW (needs 2 units): anthropic.claude-instant-v1 for assistant bills 1 model unit, peak requests will be throttled
stdout-lacks: Before: TOO FEW
stderr-empty

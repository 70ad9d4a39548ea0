# README: past 21.9M requests one unit's assumed capacity runs out
# (learn-next-provisioned: 25M needs 2); at 21.9M one unit still serves the peak
args: estimate examples/learn/provisioned-break-even.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --set workloads.assistant.requests_per_month=21.9M
exit: 0
stdout-has: 1 model unit billed, 1 needed at peak
stdout-lacks: TOO FEW

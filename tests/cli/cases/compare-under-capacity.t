args: compare examples/learn/provisioned-break-even.yaml --set workloads.assistant.requests_per_month=25M
exit: 0
stdout-exact: compare-under-capacity.txt
stderr-empty

args: estimate examples/learn/provisioned-break-even.yaml --set deployment.mode=provisioned --set deployment.commitment=6-month --set workloads.assistant.requests_per_month=25M --format csv
exit: 0
stdout-has: Workload,Model,Component,Quantity,Unit,Unit price,Monthly cost,under_capacity
stdout-has: assistant,anthropic.claude-instant-v1,provisioned throughput,730,model-unit hour,22,16060,true
stderr-empty

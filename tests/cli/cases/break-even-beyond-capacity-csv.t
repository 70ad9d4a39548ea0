args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --set deployment.model_unit_output_tpm=50k --format csv
exit: 0
stdout-has: path,value,a,b,cost_a,cost_b,step,under_capacity_a,under_capacity_b
stdout-has: workloads.assistant.requests_per_month,7435185.1851851856,baseline,pt-6-month,16060,16060,0,0,1
stderr-empty

args: compare examples/learn/provisioned-break-even.yaml --set workloads.assistant.requests_per_month=25M --format csv
exit: 0
stdout-has: Option,Region,Monthly cost,Change,Change %,under_capacity
stdout-has: baseline,us-east-1,54000,0,0,false
stdout-has: pt-6-month,us-east-1,16060,-37940,-70.25925925925925,true
stderr-empty

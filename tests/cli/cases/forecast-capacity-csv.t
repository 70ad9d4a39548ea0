args: forecast examples/growing-provisioned.yaml --months 12 --format csv
exit: 0
stdout-has: Month,Deployment,Growth factor,Units,Units needed,Monthly cost,Cumulative,Owed after,Under capacity
stdout-has: 3,pt-6-month,1.2100000000000002,1,1,16060,48180,48180,false
stdout-has: 4,pt-6-month,1.3310000000000004,1,2,16060,64240,32120,true
stdout-lacks: TOO FEW
stdout-lacks: Purchases

args: forecast examples/growing-assistant.yaml --months 2 --set workloads.assistant.growth_per_month=-10% --format csv
exit: 0
stdout-has: Month,Deployment,Growth factor,Units,Units needed,Monthly cost,Cumulative,Owed after,Under capacity
stdout-has: 2,baseline,0.9,,,9720,20520,0,false

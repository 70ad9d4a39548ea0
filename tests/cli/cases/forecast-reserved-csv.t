args: forecast tests/data/good/forecast-reserved-option.yaml --months 4 --format csv
exit: 0
stdout-has: Month,Deployment,Growth factor,Units,Units needed,Reserved fee,Reserved overflow,Monthly cost,Cumulative,Owed after,Under capacity
stdout-has: 1,baseline,1,,,0,0,61320,61320,0,false
stdout-has: 2,reserve,1,,,37500,0,37500,98820,75000,false
stdout-has: 4,baseline,1,,,37500,0,98820,235140,0,false

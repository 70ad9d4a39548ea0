args: forecast tests/data/bad/forecast-huge-growth.yaml --months 600
exit: 3
stderr-has: genaicost: tests/data/bad/forecast-huge-growth.yaml:9:23: month 288: the estimate overflows: input tokens of workload chat is too large to price (the growth, here: '10')
stdout-empty

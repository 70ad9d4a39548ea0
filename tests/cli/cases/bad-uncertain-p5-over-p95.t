args: simulate tests/data/bad/uncertain-p5-over-p95.yaml --trials 100
exit: 3
stderr-has: genaicost: tests/data/bad/uncertain-p5-over-p95.yaml:11:38: uncertain workloads.chat.requests_per_month: lognormal by interval needs p5 below p95
stdout-empty

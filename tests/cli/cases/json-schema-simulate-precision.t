args: simulate examples/uncertain-demand.yaml --trials 1000 --precision 1% --format json
exit: 0
stdout-has: "converged": true
stdout-has: "trials": 64000

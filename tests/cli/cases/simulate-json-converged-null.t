args: simulate examples/uncertain-demand.yaml --trials 1000 --format json
exit: 0
stdout-has: "converged": null

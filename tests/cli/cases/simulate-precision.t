args: simulate examples/uncertain-demand.yaml --trials 1000 --precision 1%
exit: 0
stderr-has: genaicost: precision 1% reached after 64000 trials
stdout-has: Simulation: 64000 trials
stdout-has: Standard errors (mean; P95): baseline

args: simulate examples/usage-history.yaml --trials 5000 --budget 6k --format json
exit: 0
stdout-has: "genaicost": "simulation/1"
stdout-has: "prob_over_budget": 
stdout-lacks: "prob_over_budget": null

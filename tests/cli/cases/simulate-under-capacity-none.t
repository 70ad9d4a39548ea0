args: simulate tests/data/good/capacity-uncertain.yaml --trials 4000 --set deployment.mode=provisioned --set deployment.commitment=6-month --set workloads.assistant.output_tokens=800
exit: 0
stdout-has: No option carries the peak load in 73.9% of the trials (every one under capacity): those count for none in P(cheapest).
stdout-has: -         0.0%             100.0%
stderr-empty

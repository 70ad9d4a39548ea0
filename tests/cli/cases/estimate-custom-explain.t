args: estimate examples/custom-vs-fine-tuned.yaml --set workloads.support.model=custom:llama8b --explain
exit: 0
stdout-has: = 1 copy × 2 CMUs × ceil(600 active minutes a day ÷ 5) windows × 5 minutes × 30.416666666666668 days = 36500 CMU-minutes × 0.0785 USD = 2865.25 USD
stdout-lacks: 1 copies

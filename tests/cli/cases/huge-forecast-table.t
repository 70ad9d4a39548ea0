args: forecast examples/growing-assistant.yaml --months 100 --set workloads.assistant.growth_per_month=100%
exit: 0
stdout-has:  100  baseline
stdout-has: e+29
stdout-lacks: ,000,000,000,000,000,000,
stdout-lacks: inf

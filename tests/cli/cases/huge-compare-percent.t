args: compare examples/growing-assistant.yaml --set deployment.mode=provisioned --set deployment.commitment=1-month --set deployment.model_units=1e302
exit: 0
stdout-has: -$2.8908e+306   -100.0%
stdout-has: $2.8908e+306 (100.0%) less than the baseline
stdout-lacks: inf

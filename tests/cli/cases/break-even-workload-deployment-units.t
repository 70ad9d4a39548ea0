args: break-even examples/mixed-deployment.yaml --vary workloads.assistant.deployment.model_units --between baseline --and throttle-overflow --range 1:10
exit: 0
stdout-has: Break-even: workloads.assistant.deployment.model_units, baseline against throttle-overflow
stdout-has: at 8.00 both cost $128,577.33

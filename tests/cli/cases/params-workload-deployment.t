args: params examples/mixed-deployment.yaml
exit: 0
stdout-has: deployment.overflow = throttle
stdout-has: workloads.assistant.deployment.mode = provisioned
stdout-has: workloads.assistant.deployment.overflow = on-demand
stdout-lacks: workloads.embeddings.deployment

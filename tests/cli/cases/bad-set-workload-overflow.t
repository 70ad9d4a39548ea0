args: estimate examples/mixed-deployment.yaml --set workloads.assistant.deployment.overflow=spill
exit: 2
stderr-has: genaicost: workloads.assistant.deployment.overflow must be one of throttle, on-demand (got 'spill')
stdout-empty

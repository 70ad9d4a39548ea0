args: estimate examples/mixed-deployment.yaml --format json
exit: 0
stdout-has: "component": "overflow input tokens (on demand)",
stdout-has: "overflow": "on-demand",
stdout-has: "overflow_share": 0.44444444444444442,
stdout-has: "overflow_input_tokens": 23360000000.0,
stdout-has: "overflow_output_tokens": 5840000000.0,
stdout-has: "overflow_cost": 32703.999999999993
stdout-has: "workloads.assistant.deployment.overflow": 1.0,
stdout-lacks: "workloads.embeddings.deployment.mode"

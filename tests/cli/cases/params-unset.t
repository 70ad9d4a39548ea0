args: params examples/mixed-deployment.yaml
exit: 0
stdout-has: deployment.mode = on-demand
stdout-has: hours_per_month = 730  # default
stdout-has: deployment.model_unit_input_tpm = unset  # the model unit's capacity from the price sheet
stdout-has: workloads.assistant.long_context_fraction = unset  # 1 when the mean input is above the model's long-context threshold, else 0
stdout-has: workloads.assistant.deployment.model_units = 4
stdout-has: workloads.assistant.input_tokens = 1200

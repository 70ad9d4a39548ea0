# a count's default range starts at 1, not 0 (1.5 is refused as for a
# fraction, but 2 is taken)
args: break-even examples/mixed-deployment.yaml --vary workloads.assistant.deployment.model_units --between baseline --and all-on-demand
exit: 0
stdout-has: Break-even: workloads.assistant.deployment.model_units, baseline against all-on-demand
stdout-has: Searched 1.00 to 400.00.

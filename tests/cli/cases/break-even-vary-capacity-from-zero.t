# a capacity of 0 is the sheet's, not none: the default range starts at a
# millionth of its end, so no false step at 0
args: break-even examples/mixed-deployment.yaml --vary workloads.assistant.deployment.model_unit_output_tpm --between baseline --and all-on-demand
exit: 0
stdout-has: Searched 20.00 to 20,000,000.00.
stdout-lacks: at 0.00

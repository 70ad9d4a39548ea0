args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --set deployment.model_unit_output_tpm=50k --format markdown
exit: 0
stdout-has: TOO FEW (needs 2 units): the crossing lies beyond what pt\-6\-month's 1 model unit carries
stdout-has: pt\-6\-month runs out of capacity at 5,475,000.00
stderr-empty

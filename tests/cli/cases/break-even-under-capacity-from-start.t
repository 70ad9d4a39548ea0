args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --set deployment.model_unit_output_tpm=50k --range 10M:20M
exit: 0
stdout-has: pt-6-month is under capacity from 10,000,000.00: its 1 model unit carries less than the peak load (2 needed).
stderr-empty

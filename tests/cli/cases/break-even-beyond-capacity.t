args: break-even examples/learn/provisioned-break-even.yaml --vary workloads.assistant.requests_per_month --between baseline --and pt-6-month --set deployment.model_unit_output_tpm=50k
exit: 0
stdout-exact: break-even-beyond-capacity.txt
stderr-empty

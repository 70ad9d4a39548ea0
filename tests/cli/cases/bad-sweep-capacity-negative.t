# a unit's capacity swept below 0 is refused at the point, before any report
args: what-if examples/learn/provisioned-break-even.yaml --sweep deployment.model_unit_output_tpm=-100k:200k:4 --format json
exit: 2
stdout-empty
stderr-has: genaicost: at deployment.model_unit_output_tpm = -100000 (baseline): deployment.model_unit_output_tpm must not be negative (got -100000)

args: simulate tests/data/good/workload-deployment-uncertain.yaml --trials 2000 --seed 1
exit: 0
stdout-has: baseline  $91,140.45  $6,374.18  $86,821.33  $86,821.33  $102,732.19
stdout-has: workloads.assistant.deployment.model_unit_output_tpm  272,761 (275,000)    -0.893

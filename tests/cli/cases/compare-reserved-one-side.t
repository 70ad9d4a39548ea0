args: compare tests/data/good/reserved-one-side.yaml --format json
exit: 0
stdout-has: "output_tpm_per_unit": 80000.0,
stdout-has: "input_tpm_per_unit": 800000.0,
stdout-lacks: "output_tpm_per_unit": 100000.0,
stdout-lacks: "input_tpm_per_unit": 1000000.0,

args: estimate --mode provisioned --model-units 2 --commitment 1-month --model anthropic.claude-instant-v1 --set deployment.model_unit_input_tpm=1000 --set deployment.model_unit_output_tpm=100 --format json
exit: 0
stdout-has: "total": 57816.0,
stdout-has: "units_needed": null,
stdout-has: "utilisation": null,
stdout-has: "load_known": false
stderr-empty

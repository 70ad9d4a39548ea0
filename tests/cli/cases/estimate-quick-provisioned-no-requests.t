args: estimate --mode provisioned --model-units 2 --commitment 1-month --model anthropic.claude-instant-v1 --set deployment.model_unit_input_tpm=1000 --set deployment.model_unit_output_tpm=100
exit: 0
stdout-has: 1,460  model-unit hour
stdout-has: $57,816.00
stdout-has: 2 model units billed
stdout-has: load unknown (no request rate given): the units are billed whatever the load; no capacity verdict
stdout-lacks: needed at peak
stdout-lacks: TOO FEW
stderr-empty

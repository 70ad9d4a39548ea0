args: compare examples/learn/model-size.yaml --set workloads.assistant.output_tokens=1000
exit: 0
stdout-has: baseline             us-west-2     $6,480.00
stdout-has: large-405b           us-west-2   $101,280.00  +$94,800.00  +1463.0%

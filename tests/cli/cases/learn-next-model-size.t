args: compare examples/learn/model-size.yaml --set workloads.assistant.output_tokens=1000
exit: 0
stdout-has: baseline             us-west-2     $6,480.00
stdout-has: large-405b           us-west-2    $21,600.00  +$15,120.00   +233.3%

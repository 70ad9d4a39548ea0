# a '*' key in an option's set: that matches nothing is placed at the key
# (line 8, column 11 of the flow mapping), with the nearest pattern; its
# value (column 37, where it was placed) is not where the mistake is
before: printf 'genaicost: scenario/1\npricing: aws-bedrock\nworkloads:\n  - {name: chat, model: amazon.nova-lite-v1:0, requests_per_month: 1M, input_tokens: 500, output_tokens: 100}\noptions:\n  - name: short\n    # shorter answers\n    set: {workloads.*.output_tokns: 50}\n' > "$GAC_TMP/o.yaml"
args: validate "$GAC_TMP/o.yaml"
exit: 3
stderr-has: o.yaml:8:11: option 'short': 'workloads.*.output_tokns' matches no parameter of this scenario (did you mean 'workloads.*.output_tokens'?)

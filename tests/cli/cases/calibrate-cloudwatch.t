args: calibrate tests/data/usage/cloudwatch-results.json tests/data/usage/cloudwatch-queries.json
exit: 0
stdout-exact: calibrate-cloudwatch.yaml
stderr-has:   results of other metrics   1  (InvocationLatency)
stderr-has:   throttled: anthropic.claude-haiku-4-5-20251001-v1:0 in us-east-1, 5 invocations refused

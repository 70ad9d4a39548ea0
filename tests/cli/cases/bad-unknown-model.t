args: estimate tests/data/bad/unknown-model.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/unknown-model.yaml:6:12: workload 'chat': unknown model 'anthropic.claude-3-5-sonet-20240620-v1:0' in price sheet 'aws-bedrock' (did you mean 'anthropic.claude-3-5-sonnet-20240620-v1:0'?)
stdout-empty

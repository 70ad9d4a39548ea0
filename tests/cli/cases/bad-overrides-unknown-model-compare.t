args: compare tests/data/bad/overrides-unknown-model.yaml
exit: 3
stderr-has: genaicost: tests/data/bad/overrides-unknown-model.yaml:6:5: pricing_overrides.prices: unknown model 'anthropic.claude-3-haiku-20240307-v1' in price sheet 'aws-bedrock'
stdout-empty

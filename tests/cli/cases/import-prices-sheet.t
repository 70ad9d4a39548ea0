args: import-prices --map pricing/aws-offer-map.yaml tests/data/offers/us-east-1.json tests/data/offers/eu-west-1.json
exit: 0
stdout-exact: import-prices-sample.yaml
stderr-has: import-prices: 2 offer files, 5 model entries written
stderr-has: tests/data/offers/us-east-1.json: sku MLRG00000000F001: model 'Mistral Large' (usagetype USE1-MistralLarge-input-tokens, region us-east-1): no map row
stderr-has: sku GRDRL0000000F002: no model attribute (product family Guardrails
stderr-has: anthropic.claude-3-haiku-20240307-v1:0 us-east-1 input: 0.0003000000 per 1K tokens effective 2024-03-01T00:00:00Z (superseded; written: 0.0002500000 effective 2025-01-01T00:00:00Z
stderr-has: amazon.titan-image-generator-v1 us-east-1: image: per image

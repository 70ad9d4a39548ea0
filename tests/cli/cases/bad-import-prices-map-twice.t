args: import-prices --map tests/data/offers/bad-map-twice.yaml tests/data/offers/us-east-1.json
exit: 3
stderr-has: genaicost: tests/data/offers/bad-map-twice.yaml:7:9: model 'Mistral Large' is mapped to 'mistral.mistral-large-2402-v1:0' on line 3 already

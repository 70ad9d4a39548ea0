args: import-prices --map pricing/aws-offer-map.yaml tests/data/offers/us-east-1.json tests/data/offers/bad-syntax.json
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/offers/bad-syntax.json:8:27: not valid JSON: '}' expected near '"productFamily"'

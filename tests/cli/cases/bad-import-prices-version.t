args: import-prices --map pricing/aws-offer-map.yaml tests/data/offers/bad-version.json
exit: 3
stderr-has: genaicost: tests/data/offers/bad-version.json: offer formatVersion 'v2.0' is not supported (this reads v1.0)

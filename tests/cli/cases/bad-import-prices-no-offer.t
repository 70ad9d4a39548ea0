args: import-prices --map pricing/aws-offer-map.yaml
exit: 2
stderr-has: genaicost: import-prices needs at least one OFFER.json

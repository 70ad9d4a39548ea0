args: import-prices --map tests/data/offers/map-nova-micro.yaml tests/data/offers/eu-west-1.json -o $GAC_TMP/none.yaml
exit: 3
stdout-empty
stderr-has: sku H3INEU00000000G1: model 'Claude 3 Haiku' (usagetype EU-Claude3Haiku-input-tokens, region eu-west-1): no map row
stderr-has: genaicost: no price of the offers could be written (4 products the map does not name, 0 prices without a sheet key, 0 passed over for its date): no sheet
after: test ! -e "$GAC_TMP/none.yaml"

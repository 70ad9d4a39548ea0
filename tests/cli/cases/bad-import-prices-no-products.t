args: import-prices --map pricing/aws-offer-map.yaml tests/data/offers/bad-no-products.json
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/offers/bad-no-products.json: offer AmazonBedrock has no products (an offer lists its SKUs under "products")

args: import-prices --map pricing/aws-offer-map.yaml tests/data/offers/no-such.json
exit: 4
stderr-has: genaicost: tests/data/offers/no-such.json: cannot open: No such file or directory

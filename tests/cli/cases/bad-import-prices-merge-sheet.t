args: import-prices --map pricing/aws-offer-map.yaml tests/data/offers/us-east-1.json tests/data/offers/eu-west-1.json --merge tests/data/bad/sheet-bad-per.yaml -o $GAC_TMP/never.yaml
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/bad/sheet-bad-per.yaml:9:10: per must be 1K or 1M
after: test ! -e "$GAC_TMP/never.yaml"

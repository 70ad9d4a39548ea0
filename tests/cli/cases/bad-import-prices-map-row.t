args: import-prices --map tests/data/offers/bad-map-row.yaml tests/data/offers/us-east-1.json
exit: 3
stdout-empty
stderr-has: genaicost: tests/data/offers/bad-map-row.yaml:6:5: a map row needs 'id'

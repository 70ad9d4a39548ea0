args: reconcile tests/data/usage/haiku-assistant.yaml --bill tests/data/usage/bad-cur-region.csv
exit: 3
stdout-empty
stderr-has: bad-cur-region.csv:3:174: column 'product_region_code'

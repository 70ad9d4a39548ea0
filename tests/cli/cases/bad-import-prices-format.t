args: import-prices tests/data/offers/us-east-1.json --format csv
exit: 2
stderr-has: genaicost: unknown format 'csv' (text, json)

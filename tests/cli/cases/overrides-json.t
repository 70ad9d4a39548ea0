args: estimate examples/negotiated-prices.yaml --format json
exit: 0
stdout-exact: negotiated.json
stdout-has: "list_unit_price": 0.00025
stdout-has: "list_total": 
stderr-empty

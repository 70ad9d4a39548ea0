args: check examples/negotiated-prices.yaml --budget 50000 --format json
exit: 0
stdout-has: "list_total": 62288.333333333336,
stdout-has: "negotiated_saving": 9187.3999999999942

args: estimate examples/negotiated-prices.yaml
exit: 0
stdout-exact: negotiated.table
stderr-empty

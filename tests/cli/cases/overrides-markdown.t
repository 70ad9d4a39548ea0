args: estimate examples/negotiated-prices.yaml --format markdown
exit: 0
stdout-exact: negotiated.md
stderr-empty
